// The octokit the sticky comment talks to GitHub with: @actions/github's, so requests go through
// HTTPS_PROXY / NO_PROXY as on any runner, plus octokit's retry and throttling plugins, all held
// to one deadline. Imported only when a comment is written: these modules cost start-up time.
import { getOctokit } from '@actions/github';
import type { Octokit as OctokitCore } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { GitHubDeadlineExceeded } from '../errors/github-api.js';

export type GitHubClient = ReturnType<typeof openGitHubClient>;

/** 5xx answers and lost connections are asked again after 0.5, 2 and 4.5 s. */
const RETRIES = 3;
const RETRY_BASE_MS = 500;
/** A rate limit is waited out only if the retry still ends this long before the deadline. */
const RATE_LIMIT_MARGIN_MS = 5_000;

/**
 * Every request of this client carries the deadline's signal, set per request: passing
 * `request: { signal }` to the constructor would replace @actions/github's proxy-aware fetch.
 */
export function openGitHubClient(token: string, deadlineMs: number) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new GitHubDeadlineExceeded(deadlineMs)), deadlineMs);
  timer.unref();
  const endsAt = Date.now() + deadlineMs;
  const { signal } = controller;
  const holdToDeadline = (octokit: OctokitCore) => {
    // Registered before the retry plugin, so it runs on every attempt: none starts past the deadline.
    octokit.hook.before('request', (options) => {
      if (signal.aborted) throw signal.reason;
      options.request = { ...options.request, signal };
    });
  };
  // A rate-limited request was not carried out: retrying it, even a POST, cannot write twice.
  const waitIfInTime = (retryAfterSeconds: number, _options: unknown, _octokit: unknown, retryCount: number) =>
    retryCount < 2 && Date.now() + retryAfterSeconds * 1000 + RATE_LIMIT_MARGIN_MS < endsAt;
  const octokit = getOctokit(
    token,
    {
      retry: { retries: RETRIES, retryAfterBaseValue: RETRY_BASE_MS, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: { onRateLimit: waitIfInTime, onSecondaryRateLimit: waitIfInTime },
    },
    holdToDeadline,
    retry,
    throttling,
  );
  return Object.assign(octokit, { done: () => clearTimeout(timer) });
}
