export const id = 510;
export const ids = [510,479];
export const modules = {

/***/ 25510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findBaselineDeployment: () => (/* binding */ findBaselineDeployment)
/* harmony export */ });
/* harmony import */ var _errors_github_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46705);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19479);
// `baseline-environment: NAME`: the URL of the latest successful deployment of that environment,
// from the GitHub deployments API (deployments of the environment, newest first, then each one's
// statuses, newest first; the first deployment whose latest status is `success` gives its
// environment_url, or target_url). Never fatal: when it cannot be found the run goes on without
// a comparison, and the caller says why in one warning.


/** Deployments looked at, newest first: older ones are not what runs now. */
const DEPLOYMENTS_LOOKED_AT = 10;
const API_DEADLINE_MS = 30_000;
async function findBaselineDeployment(target) {
    const { environment } = target;
    const without = 'the run goes on without a baseline comparison';
    const [owner, repo] = (target.repository ?? '').split('/');
    if (!owner || !repo)
        return { warning: `baseline-environment ${environment}: GITHUB_REPOSITORY is not set, so its deployments cannot be read; ${without}.` };
    if (!target.token)
        return { warning: `baseline-environment ${environment}: no github-token to read deployments with; ${without}.` };
    const client = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__.openGitHubClient)(target.token, API_DEADLINE_MS);
    try {
        const { data: deployments } = await client.rest.repos.listDeployments({ owner, repo, environment, per_page: DEPLOYMENTS_LOOKED_AT });
        for (const deployment of deployments) {
            const { data: statuses } = await client.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: deployment.id, per_page: 1 });
            const latest = statuses[0];
            const url = latest?.environment_url || latest?.target_url;
            if (latest?.state === 'success' && url)
                return { url };
        }
        const none = deployments.length === 0 ? 'has no deployment' : `has no successful deployment with a URL among its latest ${deployments.length}`;
        return { warning: `baseline-environment ${environment}: the environment ${none} in ${owner}/${repo}; ${without}. Check the environment's name (Settings \u203a Environments).` };
    }
    catch (error) {
        if ((0,_errors_github_api_js__WEBPACK_IMPORTED_MODULE_0__/* .refusedByGitHub */ .Z2)(error)) {
            return { warning: `baseline-environment ${environment}: GitHub refused to list deployments (403/404): give the job \`permissions: deployments: read\`; ${without}.` };
        }
        return { warning: `baseline-environment ${environment}: ${(0,_errors_github_api_js__WEBPACK_IMPORTED_MODULE_0__/* .describeGitHubFailure */ .Po)(error, 'reading deployments')} ${without[0].toUpperCase()}${without.slice(1)}.` };
    }
    finally {
        client.done();
    }
}


/***/ }),

/***/ 19479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openGitHubClient: () => (/* binding */ openGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86856);
/* harmony import */ var _errors_github_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46705);
// The octokit the sticky comment talks to GitHub with: @actions/github's, so requests go through
// HTTPS_PROXY / NO_PROXY as on any runner, plus octokit's retry and throttling plugins, all held
// to one deadline. Imported only when a comment is written: these modules cost start-up time.




/** 5xx answers and lost connections are asked again after 0.5, 2 and 4.5 s. */
const RETRIES = 3;
const RETRY_BASE_MS = 500;
/** A rate limit is waited out only if the retry still ends this long before the deadline. */
const RATE_LIMIT_MARGIN_MS = 5_000;
/**
 * Every request of this client carries the deadline's signal, set per request: passing
 * `request: { signal }` to the constructor would replace @actions/github's proxy-aware fetch.
 */
function openGitHubClient(token, deadlineMs) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new _errors_github_api_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubDeadlineExceeded */ .jC(deadlineMs)), deadlineMs);
    timer.unref();
    const endsAt = Date.now() + deadlineMs;
    const { signal } = controller;
    const holdToDeadline = (octokit) => {
        // Registered before the retry plugin, so it runs on every attempt: none starts past the deadline.
        octokit.hook.before('request', (options) => {
            if (signal.aborted)
                throw signal.reason;
            options.request = { ...options.request, signal };
        });
    };
    // A rate-limited request was not carried out: retrying it, even a POST, cannot write twice.
    const waitIfInTime = (retryAfterSeconds, _options, _octokit, retryCount) => retryCount < 2 && Date.now() + retryAfterSeconds * 1000 + RATE_LIMIT_MARGIN_MS < endsAt;
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        retry: { retries: RETRIES, retryAfterBaseValue: RETRY_BASE_MS, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: { onRateLimit: waitIfInTime, onSecondaryRateLimit: waitIfInTime },
    }, holdToDeadline, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
    return Object.assign(octokit, { done: () => clearTimeout(timer) });
}


/***/ })

};
