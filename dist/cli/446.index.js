export const id = 446;
export const ids = [446];
export const modules = {

/***/ 5001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ HTTP_EXTRACTORS),
/* harmony export */   Vp: () => (/* binding */ jsonSchemaProblem),
/* harmony export */   bl: () => (/* binding */ queryJson),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var jsonpath_plus__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6229);



// Made on the first jsonSchema assertion: building one costs every start some milliseconds.
let ajv;
const HTTP_EXTRACTORS = {
    statusCode: (_, observation) => observation.statusCode,
    responseTime: (_, observation) => observation.timings.total,
    header: (assertion, observation) => observation.headers?.[String(assertion.property).toLowerCase()],
    body: (_, observation) => bodyText(observation),
    jsonpath: (assertion, observation) => queryJson(assertion.path ?? '$', parseJson(observation)),
    bodyHash: (assertion, observation) => observation.body ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(String(assertion.property)).update(observation.body).digest('hex') : undefined,
    jsonSchema: (assertion, observation) => schemaErrors(assertion, observation),
};
// A body is decoded and parsed once, however many assertions read it.
const texts = new WeakMap();
const documents = new WeakMap();
function bodyText(observation) {
    const body = observation.body;
    if (!body)
        return undefined;
    let text = texts.get(body);
    if (text === undefined)
        texts.set(body, (text = body.toString('utf8')));
    return text;
}
/** The body as JSON, or a thrown explanation the evaluator reports as the assertion's message. */
function parseJson(observation) {
    const body = observation.body;
    let document = body && documents.get(body);
    if (!document) {
        const text = bodyText(observation) ?? '';
        try {
            document = { json: JSON.parse(text) };
        }
        catch {
            document = { notJson: `the body is not JSON (starts with ${JSON.stringify(text.slice(0, 40))})` };
        }
        if (body)
            documents.set(body, document);
    }
    if ('notJson' in document)
        throw new Error(document.notJson);
    return document.json;
}
/** The value at a JSONPath: one match gives the value, several an array, none undefined. */
function queryJson(path, json) {
    // eval: false: a filter or script expression throws instead of running (the manifest refuses them at load).
    const matches = (0,jsonpath_plus__WEBPACK_IMPORTED_MODULE_1__/* .JSONPath */ .E)({ path, json: json, wrap: true, eval: false });
    if (matches.length === 0)
        return undefined;
    return matches.length === 1 ? matches[0] : matches;
}
// Schemas are compiled once, when the manifest is loaded, and found again by their object.
const compiled = new WeakMap();
function compileSchema(schema) {
    let validate = compiled.get(schema);
    if (!validate) {
        ajv ??= new ajv__WEBPACK_IMPORTED_MODULE_2__.Ajv({ allErrors: true, strict: false });
        compiled.set(schema, (validate = ajv.compile(schema)));
    }
    return validate;
}
/** Why a JSON Schema cannot be used (ajv's own words), or undefined when it compiles. */
function jsonSchemaProblem(schema) {
    if (typeof schema === 'boolean')
        return undefined;
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema))
        return 'a schema is a map (or a file holding one)';
    try {
        compileSchema(schema);
        return undefined;
    }
    catch (error) {
        return error.message;
    }
}
/** `valid`, or the schema errors joined, so `is valid` reads naturally in reports. */
function schemaErrors(assertion, observation) {
    const validate = compileSchema(assertion.target);
    if (validate(parseJson(observation)))
        return 'valid';
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
}


/***/ }),

/***/ 2369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ loadCheckModule)
/* harmony export */ });
// type -> module. Loaded on first use, so a manifest without gRPC never loads grpc-js.
const LOADERS = {
    http: async () => (await Promise.all(/* import() */[__webpack_require__.e(163), __webpack_require__.e(605)]).then(__webpack_require__.bind(__webpack_require__, 5605))).httpCheck,
    ssl: async () => (await __webpack_require__.e(/* import() */ 731).then(__webpack_require__.bind(__webpack_require__, 7731))).sslCheck,
    dns: async () => (await __webpack_require__.e(/* import() */ 125).then(__webpack_require__.bind(__webpack_require__, 6125))).dnsCheck,
    tcp: async () => (await __webpack_require__.e(/* import() */ 722).then(__webpack_require__.bind(__webpack_require__, 4722))).tcpCheck,
    udp: async () => (await __webpack_require__.e(/* import() */ 926).then(__webpack_require__.bind(__webpack_require__, 9926))).udpCheck,
    icmp: async () => (await __webpack_require__.e(/* import() */ 440).then(__webpack_require__.bind(__webpack_require__, 7440))).icmpCheck,
    grpc: async () => (await Promise.all(/* import() */[__webpack_require__.e(33), __webpack_require__.e(913)]).then(__webpack_require__.bind(__webpack_require__, 913))).grpcCheck,
    websocket: async () => (await Promise.all(/* import() */[__webpack_require__.e(163), __webpack_require__.e(977), __webpack_require__.e(605), __webpack_require__.e(701)]).then(__webpack_require__.bind(__webpack_require__, 7701))).websocketCheck,
};
const loaded = new Map();
function loadCheckModule(type) {
    let module = loaded.get(type);
    if (!module) {
        const load = LOADERS[type];
        if (!load)
            return Promise.reject(new Error(`the ${type} check type is not available in this build`));
        module = load();
        loaded.set(type, module);
    }
    return module;
}


/***/ }),

/***/ 6468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ InvalidField)
/* harmony export */ });
/** A problem with one field of a check, found while preparing it. `path` is relative to the check. */
class InvalidField extends Error {
    path;
    name = 'InvalidField';
    constructor(path, message) {
        super(message);
        this.path = path;
    }
}


/***/ }),

/***/ 4446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VALIDATE_HELP: () => (/* binding */ VALIDATE_HELP),
/* harmony export */   formatProblems: () => (/* binding */ formatProblems),
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var _manifest_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3868);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7593);
/* harmony import */ var _style_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1715);
// `probegate validate`: the loader's findings, file:line:col each, without running anything.



const VALIDATE_HELP = `Usage: probegate validate [manifest] [options]

Checks a manifest (default ${_args_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_MANIFEST */ .mj}) against the schema and prepares every check,
without running any. Each problem is printed as file:line:col.

Options:
  --base-url URL     the value of {{ BASE_URL }} (default: a placeholder)
  --var NAME=VALUE   set a variable (repeatable)
  -h, --help         show this help

Built-in variables and {{ env.NAME }} that are not set get placeholder values, so a manifest
can be checked outside CI; unknown variables are still reported.

Exit status: 0 no problems, 2 at least one problem.`;
const VALIDATE_OPTIONS = {
    'base-url': { type: 'string' },
    var: { type: 'string', multiple: true },
};
async function validateCommand(args, terminal) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandLine */ .Du)(args, VALIDATE_OPTIONS, 1);
    if (values.help) {
        terminal.print(VALIDATE_HELP);
        return 0;
    }
    const manifestPath = positionals[0] ?? _args_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_MANIFEST */ .mj;
    const variables = {
        builtins: placeholderBuiltins((0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBaseUrl */ .Q2)(values['base-url'])),
        inputs: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVars */ .ux)(values.var),
        secretInputs: {},
        env: placeholderEnv(process.env),
    };
    const { style } = terminal;
    let problems;
    let checks = 0;
    try {
        const manifest = await (0,_manifest_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadManifest */ .eY)({ path: manifestPath, displayPath: manifestPath, variables });
        problems = manifest.problems;
        checks = manifest.checks.length;
    }
    catch (error) {
        if (!(error instanceof _manifest_load_js__WEBPACK_IMPORTED_MODULE_0__/* .ManifestError */ .Sh))
            throw error;
        terminal.print(...formatProblems(error.problems, style), `${style.red('\u2717')} ${(0,_style_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(error.message)}`);
        return 2;
    }
    if (problems.length > 0) {
        const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
        terminal.print(...formatProblems(problems, style), `${style.red('\u2717')} ${manifestPath}: ${count} in ${checks} checks`);
        return 2;
    }
    terminal.print(`${style.green('\u2713')} ${manifestPath}: ${checks} check${checks === 1 ? '' : 's'}, no problems`);
    return 0;
}
/** `file:line:col: error: message`, the form editors and CI logs link to the line. */
function formatProblems(problems, style) {
    const sorted = [...problems].sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
    return sorted.map(({ location, message }) => `${location.file}:${location.line}:${location.column}: ${style.red('error:')} ${(0,_style_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(message)}`);
}
function placeholderBuiltins(baseUrl) {
    return {
        BASE_URL: baseUrl ?? 'https://preview.example',
        SHA: process.env.GITHUB_SHA || '0000000000000000000000000000000000000000',
        REPOSITORY: process.env.GITHUB_REPOSITORY || 'owner/repository',
        PR_NUMBER: '1',
    };
}
/** The real environment, with a placeholder for every variable that is not set. */
function placeholderEnv(env) {
    return new Proxy({}, {
        get: (_, name) => (typeof name === 'string' ? (env[name] ?? `placeholder-${name.toLowerCase()}`) : undefined),
    });
}


/***/ }),

/***/ 8949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t1: () => (/* reexport */ DEFAULT_LATENCY),
  cu: () => (/* reexport */ DEFAULT_SAMPLES),
  $J: () => (/* reexport */ compareChecks),
  xS: () => (/* reexport */ parseIgnorePath)
});

// UNUSED EXPORTS: ALPHA, MIN_SAMPLES, REGRESSION_PRECEDENCE

;// CONCATENATED MODULE: ./src/compare/statistics.ts
// The statistics of a baseline comparison: the one-sided Mann-Whitney U test, Holm's step-down
// correction, and the median and 95th percentile. Pure functions over arrays of numbers.
/** Exact p-values are computed without ties while both samples have at most this many values. */
const EXACT_LIMIT = 50;
/**
 * One-sided Mann-Whitney U test of "x is stochastically greater than y" (for latencies: the
 * first series is slower). Exact null distribution of U without ties and with both samples of
 * at most EXACT_LIMIT values (as R's wilcox.test); otherwise the normal approximation with the
 * tie correction of the variance and a continuity correction of 1/2.
 */
function mannWhitneyGreater(x, y) {
    if (x.length === 0 || y.length === 0)
        throw new RangeError('Mann-Whitney U needs at least one value on each side');
    for (const value of [...x, ...y]) {
        if (!Number.isFinite(value))
            throw new RangeError(`Mann-Whitney U needs finite values, got ${value}`);
    }
    const { ranks, tieGroups } = rank([...x, ...y]);
    let rankSumX = 0;
    for (let i = 0; i < x.length; i++)
        rankSumX += ranks[i];
    const u = rankSumX - (x.length * (x.length + 1)) / 2;
    const tied = tieGroups.some((size) => size > 1);
    if (!tied && x.length <= EXACT_LIMIT && y.length <= EXACT_LIMIT) {
        return { u, p: exactUpperTail(u, x.length, y.length), method: 'exact' };
    }
    return { u, p: normalUpperTail(u, x.length, y.length, tieGroups), method: 'normal' };
}
/** Average ranks (1-based) of the values, and the sizes of the groups of equal values. */
function rank(values) {
    const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
    const ranks = new Array(values.length);
    const tieGroups = [];
    for (let start = 0; start < order.length;) {
        let end = start;
        while (end + 1 < order.length && order[end + 1].value === order[start].value)
            end++;
        const averageRank = (start + end) / 2 + 1;
        for (let k = start; k <= end; k++)
            ranks[order[k].index] = averageRank;
        tieGroups.push(end - start + 1);
        start = end + 1;
    }
    return { ranks, tieGroups };
}
/** P(U >= u) for samples of m and n values without ties. */
function exactUpperTail(u, m, n) {
    const key = `${m}x${n}`;
    let tails = upperTails.get(key);
    if (tails === undefined) {
        tails = cumulativeFromTop(nullCounts(m, n));
        upperTails.set(key, tails);
    }
    return tails[Math.max(0, Math.ceil(u))] ?? 0;
}
/** P(U >= k) by k, per sample sizes: the null distribution depends on m and n only. */
const upperTails = new Map();
function cumulativeFromTop(counts) {
    const total = counts.reduce((sum, c) => sum + c, 0);
    const tails = new Float64Array(counts.length);
    let tail = 0;
    for (let k = counts.length - 1; k >= 0; k--) {
        tail += counts[k];
        tails[k] = tail / total;
    }
    return tails;
}
/**
 * The null distribution of U for m and n values without ties: counts(i, j)[k], the number of
 * orderings of i x-values and j y-values with U = k, follows the standard recursion
 * counts(i, j)[k] = counts(i - 1, j)[k - j] + counts(i, j - 1)[k] (the largest value is an x,
 * beating all j y-values, or a y). Computed row by row in doubles: the counts reach C(100, 50)
 * ~ 1e29, where only relative precision matters.
 */
function nullCounts(m, n) {
    let previous = [];
    for (let i = 0; i <= m; i++) {
        const row = [];
        for (let j = 0; j <= n; j++) {
            const counts = new Float64Array(i * j + 1);
            if (i === 0 || j === 0)
                counts[0] = 1;
            else {
                const withoutX = previous[j];
                for (let k = 0; k < withoutX.length; k++)
                    counts[k + j] += withoutX[k];
                const withoutY = row[j - 1];
                for (let k = 0; k < withoutY.length; k++)
                    counts[k] += withoutY[k];
            }
            row.push(counts);
        }
        previous = row;
    }
    return previous[n];
}
function normalUpperTail(u, m, n, tieGroups) {
    const total = m + n;
    const tieTerm = tieGroups.reduce((sum, t) => sum + (t * t * t - t), 0);
    const variance = ((m * n) / 12) * (total + 1 - tieTerm / (total * (total - 1)));
    // Every value equal: nothing tells the samples apart.
    if (!(variance > 0))
        return 1;
    const z = (u - (m * n) / 2 - 0.5) / Math.sqrt(variance);
    return standardNormalUpperTail(z);
}
/** P(Z > z) for a standard normal Z. */
function standardNormalUpperTail(z) {
    return erfc(z / Math.SQRT2) / 2;
}
/**
 * The complementary error function by the Chebyshev fit of Numerical Recipes (`erfcc`),
 * fractional error under 1.2e-7 everywhere: ample for p-values judged at 0.01.
 */
function erfc(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + z / 2);
    const polynomial = -z * z - 1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
            t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
    const result = t * Math.exp(polynomial);
    return x >= 0 ? result : 2 - result;
}
/**
 * Holm's step-down adjusted p-values, in input order: sorted ascending, the i-th smallest
 * (0-based) is multiplied by (m - i), made monotone by a running maximum, and capped at 1.
 * An adjusted p-value below alpha rejects exactly the hypotheses Holm's procedure rejects at
 * alpha, with the family-wise error rate held at alpha under any dependence.
 */
function holm(pValues) {
    for (const p of pValues) {
        if (!(p >= 0 && p <= 1))
            throw new RangeError(`Holm's correction needs p-values in [0, 1], got ${p}`);
    }
    const m = pValues.length;
    const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
    const adjusted = new Array(m);
    let runningMax = 0;
    order.forEach(({ p, index }, i) => {
        runningMax = Math.max(runningMax, Math.min(1, (m - i) * p));
        adjusted[index] = runningMax;
    });
    return adjusted;
}
function median(values) {
    const sorted = sortedCopy(values);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
/**
 * The 95th percentile by the nearest-rank definition: the smallest observed value with at
 * least 95% of the values at or below it (the ceil(0.95 n)-th smallest). Always a latency that
 * was really measured; for 20 samples the 19th smallest.
 */
function p95(values) {
    const sorted = sortedCopy(values);
    return sorted[Math.max(0, Math.ceil((95 * sorted.length) / 100) - 1)];
}
function sortedCopy(values) {
    if (values.length === 0)
        throw new RangeError('a quantile of no values is undefined');
    return [...values].sort((a, b) => a - b);
}

;// CONCATENATED MODULE: ./src/compare/types.ts
// The types of a baseline comparison (SPEC \u00a78): what the sampler hands in, what the report
// gets back. Pure data; nothing here knows of GitHub, terminals, the engine or the network.
// model.ts carries `comparison` on an outcome, so this file imports nothing (no circle of types).
const DEFAULT_LATENCY = { ratio: 1.5, minDeltaMs: 50 };
const DEFAULT_SAMPLES = 20;
/** Fewer successful samples than this on any series and latency is not judged. */
const MIN_SAMPLES = 5;
/** Significance level of the one-sided Mann-Whitney U test, after Holm's correction. */
const ALPHA = 0.01;

;// CONCATENATED MODULE: ./src/compare/latency.ts
// The LATENCY verdict of SPEC \u00a78, in two steps: measure each compared check on its own
// (medians, ratio, raw one-sided p-values, the baseline's A/A noise), then judge all checks
// together, because the p-values are corrected with Holm's method across the compared checks.


function measureLatency(series) {
    const counts = [series.preview.length, series.baseline.length, series.baselineAgain.length];
    if (Math.min(...counts) < MIN_SAMPLES) {
        return {
            measurable: false,
            reason: `too few successful samples to judge latency (preview ${counts[0]}, baseline ${counts[1]} + ${counts[2]}; at least ${MIN_SAMPLES} each are needed)`,
        };
    }
    if (![...series.preview, ...series.baseline, ...series.baselineAgain].every((ms) => Number.isFinite(ms) && ms >= 0)) {
        return { measurable: false, reason: 'a sample has no valid request time; latency is not judged' };
    }
    const preview = summarize(series.preview);
    const baseline = summarize(series.baseline);
    const baselineAgain = summarize(series.baselineAgain);
    const aaForward = mannWhitneyGreater(series.baseline, series.baselineAgain).p;
    const aaBackward = mannWhitneyGreater(series.baselineAgain, series.baseline).p;
    return {
        measurable: true,
        preview,
        baseline,
        baselineAgain,
        ratio: preview.medianMs / baseline.medianMs,
        deltaMs: preview.medianMs - baseline.medianMs,
        noiseRatio: spread(baseline.medianMs, baselineAgain.medianMs),
        noiseP: Math.min(1, 2 * Math.min(aaForward, aaBackward)),
        pSlower: Math.max(mannWhitneyGreater(series.preview, series.baseline).p, mannWhitneyGreater(series.preview, series.baselineAgain).p),
        pFaster: Math.max(mannWhitneyGreater(series.baseline, series.preview).p, mannWhitneyGreater(series.baselineAgain, series.preview).p),
    };
}
function summarize(values) {
    return { medianMs: median(values), p95Ms: p95(values) };
}
/** max(a/b, b/a), 1 for equal values; a zero median against a positive one is unbounded. */
function spread(a, b) {
    if (a === b)
        return 1;
    if (a <= 0 || b <= 0)
        return Number.POSITIVE_INFINITY;
    return Math.max(a / b, b / a);
}
/**
 * Judges every measured check. Holm's correction runs over the checks that could be measured,
 * once for "slower" and once for "faster". Regressed needs the four conditions of SPEC \u00a78, each
 * against BOTH baseline series (the second is the A/A series):
 *   1. ratio of medians >= settings.ratio,  2. difference of medians >= settings.minDeltaMs,
 *   3. one-sided Mann-Whitney p < ALPHA after Holm (the larger p of the two series),
 *   4. above the A/A noise: holding against the slower series too is the same as
 *      (preview / faster series) / (A/A ratio) >= settings.ratio.
 * Holding against one series only means the slowdown is within the baseline's own noise:
 * inconclusive. A baseline whose series differ significantly (two-sided A/A p < ALPHA,
 * uncorrected, so noise is called out readily) or by settings.ratio or more is too noisy to
 * judge at all: inconclusive. Faster is judged the same way and reported as improved.
 */
function judgeLatency(measurements, settings) {
    const measured = measurements.flatMap((m, index) => (m.measurable ? [{ m, index }] : []));
    const slower = holm(measured.map(({ m }) => m.pSlower));
    const faster = holm(measured.map(({ m }) => m.pFaster));
    const verdicts = measurements.map((m) => ({
        verdict: 'inconclusive',
        reason: m.measurable ? '' : m.reason,
    }));
    measured.forEach(({ m, index }, i) => {
        verdicts[index] = decide(m, slower[i], faster[i], settings);
    });
    return verdicts;
}
function decide(m, pSlower, pFaster, settings) {
    const slowerSide = m.ratio >= 1;
    const numbers = {
        preview: m.preview,
        baseline: m.baseline,
        baselineAgain: m.baselineAgain,
        ratio: m.ratio,
        deltaMs: m.deltaMs,
        noiseRatio: m.noiseRatio,
        pValue: slowerSide ? pSlower : pFaster,
    };
    if (m.noiseP < ALPHA || m.noiseRatio >= settings.ratio) {
        return {
            ...numbers,
            verdict: 'inconclusive',
            reason: `the baseline is too noisy to judge: its two series differ by x${fmt(m.noiseRatio)} (A/A ${fmtP(m.noiseP)}; ` +
                `judged only under x${fmt(settings.ratio)} and with p >= ${ALPHA}); rerun, or compare against a steadier baseline`,
        };
    }
    const preview = m.preview.medianMs;
    const series = [m.baseline.medianMs, m.baselineAgain.medianMs];
    for (const direction of ['slower', 'faster']) {
        const p = direction === 'slower' ? pSlower : pFaster;
        const failures = series.map((b) => direction === 'slower' ? failedCondition(preview / b, preview - b, p, settings) : failedCondition(b / preview, b - preview, p, settings));
        if (failures.every((f) => f === null)) {
            return { ...numbers, verdict: direction === 'slower' ? 'regressed' : 'improved', reason: `the preview is ${direction}: ${describe(m, p)}` };
        }
        if (failures.some((f) => f === null)) {
            return {
                ...numbers,
                verdict: 'inconclusive',
                reason: `the preview looks ${direction} than one baseline series but not the other (${describe(m, p)}): ` +
                    'within the baseline\'s own A/A noise; rerun to decide',
            };
        }
    }
    const againstFirst = slowerSide
        ? failedCondition(m.ratio, m.deltaMs, pSlower, settings)
        : failedCondition(1 / m.ratio, -m.deltaMs, pFaster, settings);
    return { ...numbers, verdict: 'same', reason: `no latency regression: ${againstFirst}` };
}
/** The first of the ratio, difference and significance conditions that fails, in words; null when all hold. */
function failedCondition(ratio, deltaMs, p, settings) {
    if (!(ratio >= settings.ratio))
        return `the ratio of medians x${fmt(ratio)} is under x${fmt(settings.ratio)}`;
    if (!(deltaMs >= settings.minDeltaMs)) {
        return `the medians differ by ${fmt(Math.abs(deltaMs))} ms, under the ${settings.minDeltaMs} ms minimum`;
    }
    if (!(p < ALPHA))
        return `the difference is not significant (${fmtP(p)} after Holm's correction, >= ${ALPHA})`;
    return null;
}
function describe(m, p) {
    return (`median ${fmt(m.preview.medianMs)} ms against ${fmt(m.baseline.medianMs)} ms and ${fmt(m.baselineAgain.medianMs)} ms ` +
        `(x${fmt(m.ratio)}, ${m.deltaMs >= 0 ? '+' : '-'}${fmt(Math.abs(m.deltaMs))} ms, ${fmtP(p)} after Holm's correction, ` +
        `baseline A/A noise x${fmt(m.noiseRatio)})`);
}
function fmt(value) {
    return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : 'infinite';
}
/** `p = 0.0123`, or `p < 0.0001` for the smallest values. */
function fmtP(p) {
    return p < 0.0001 ? 'p < 0.0001' : `p = ${p.toFixed(4)}`;
}

;// CONCATENATED MODULE: ./src/compare/typed-path.ts
// Typed paths of a JSON body (`items[].price`) and the subset of JSONPath that `baseline.ignore`
// accepts, translated onto them. A path is a list of segments: an object key, or ARRAY for
// "any element of an array" (typed paths merge all elements of an array into one path).
const ARRAY = null;
const PLAIN_KEY = /^[A-Za-z0-9_-]+$/;
/** `$` for the body itself; keys joined by dots, `[]` for array elements, odd keys as `["a.b"]`. */
function formatPath(segments) {
    if (segments.length === 0)
        return '$';
    let text = '';
    for (const segment of segments) {
        if (segment === ARRAY)
            text += '[]';
        else if (PLAIN_KEY.test(segment))
            text += text === '' ? segment : `.${segment}`;
        else
            text += `[${JSON.stringify(segment)}]`;
    }
    return text;
}
const DOT_NAME = /^[^.[\]\s*'"()?@,:]+/;
const SUPPORTED = '`$.a.b`, `$[\'a\']`, `$.items[*].ts`, `$.*` and `$..name`';
/**
 * Parses the JSONPath subset of `baseline.ignore`: `$` followed by `.name`, `['name']` or
 * `["name"]`, `.*` or `[*]` (any one child: a key or the elements of an array), and `..name`
 * (a key at any depth). Indexes, slices, filters, unions and scripts are refused: typed paths
 * merge the elements of an array, so those would not select what they seem to.
 */
function parseIgnorePath(source) {
    const refuse = (why) => ({
        ok: false,
        message: `baseline.ignore "${source}": ${why}. Supported: ${SUPPORTED}.`,
    });
    if (!source.startsWith('$'))
        return refuse('a JSONPath starts with `$`');
    const steps = [];
    let rest = source.slice(1);
    while (rest !== '') {
        if (rest.startsWith('..')) {
            const after = rest.slice(2);
            const dotted = DOT_NAME.exec(after)?.[0];
            const bracket = dotted === undefined ? bracketName(after) : undefined;
            const name = dotted ?? bracket?.name;
            if (name === undefined)
                return refuse('`..` must be followed by a name (`$..ts`)');
            steps.push({ kind: 'descendant', name });
            rest = after.slice(dotted?.length ?? bracket.length);
        }
        else if (rest.startsWith('.*') || rest.startsWith('[*]')) {
            steps.push({ kind: 'any' });
            rest = rest.slice(rest.startsWith('.*') ? 2 : 3);
        }
        else if (rest.startsWith('.')) {
            const name = DOT_NAME.exec(rest.slice(1))?.[0];
            if (name === undefined)
                return refuse(`cannot read a name at "${rest}"`);
            steps.push({ kind: 'key', name });
            rest = rest.slice(1 + name.length);
        }
        else if (rest.startsWith('[')) {
            const bracket = bracketName(rest);
            if (bracket === undefined)
                return refuse(unsupportedBracket(rest));
            steps.push({ kind: 'key', name: bracket.name });
            rest = rest.slice(bracket.length);
        }
        else {
            return refuse(`unexpected "${rest}"`);
        }
    }
    if (steps.length === 0)
        return refuse('`$` alone would ignore the whole body; set `compare: false` on the check instead');
    return { ok: true, pattern: { source, steps } };
}
/** `['name']` or `["name"]` at the start of text: the name and the length read. */
function bracketName(text) {
    const match = /^\[\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*\]/.exec(text);
    if (match === null)
        return undefined;
    const quoted = match[1];
    const body = quoted.slice(1, -1).replace(/\\(.)/g, '$1');
    return { name: body, length: match[0].length };
}
function unsupportedBracket(text) {
    const inside = text.slice(1, Math.max(1, text.indexOf(']')));
    if (/^\s*-?\d+\s*$/.test(inside))
        return `an index like [${inside.trim()}] cannot be ignored alone: typed paths merge the elements of an array, write [*]`;
    if (inside.includes('?') || inside.includes('('))
        return 'filters and script expressions are not supported';
    if (inside.includes(':'))
        return 'slices are not supported';
    if (inside.includes(','))
        return 'unions are not supported; write one entry per path';
    return `cannot read the bracket at "${text}"`;
}
/** True when the pattern selects the path or one of its ancestors (ignoring `$.a` ignores `a.b`). */
function matchesIgnore(pattern, path) {
    return matchFrom(pattern.steps, 0, path, 0);
}
function matchFrom(steps, i, path, j) {
    if (i === steps.length)
        return true;
    const step = steps[i];
    switch (step.kind) {
        case 'key':
            return j < path.length && path[j] === step.name && matchFrom(steps, i + 1, path, j + 1);
        case 'any':
            return j < path.length && matchFrom(steps, i + 1, path, j + 1);
        case 'descendant':
            for (let k = j; k < path.length; k++) {
                if (path[k] === step.name && matchFrom(steps, i + 1, path, k + 1))
                    return true;
            }
            return false;
    }
}

;// CONCATENATED MODULE: ./src/compare/shape.ts
// SCHEMA (SPEC \u00a78): JSON bodies flattened into typed paths; the paths every baseline sample
// sends with one type are compared with the preview. A stable path missing from the preview, or
// with another type (null included), is a regression; added paths, changed values and array
// lengths are information. Paths that vary between baseline samples are noise and skipped.

/** Bounds that keep a hostile body from costing the run its memory. */
const MAX_DEPTH = 64;
const MAX_NODES = 100_000;
function jsonType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    return typeof value === 'object' ? 'object' : typeof value;
}
/** Flattens a parsed JSON body into typed paths, iteratively (deep bodies cannot overflow the stack). */
function flattenJson(body, ignore = []) {
    const types = new Map();
    if (body === undefined)
        return { paths: new Map(), complete: true };
    const stack = [{ value: body, segments: [], inArray: false }];
    let complete = true;
    let visited = 0;
    // Children are queued only while the nodes seen and queued stay under MAX_NODES, so a body of
    // millions of elements never holds millions of queue entries.
    const queue = (value, segments, inArray) => {
        if (visited + stack.length < MAX_NODES)
            stack.push({ value, segments, inArray });
        else
            complete = false;
    };
    while (stack.length > 0) {
        const { value, segments, inArray } = stack.pop();
        visited++;
        if (segments.length > MAX_DEPTH) {
            complete = false;
            continue;
        }
        if (segments.length > 0 && ignore.some((pattern) => matchesIgnore(pattern, segments)))
            continue;
        const key = formatPath(segments);
        const entry = types.get(key) ?? { segments, types: new Set() };
        types.set(key, entry);
        entry.types.add(jsonType(value));
        if (Array.isArray(value)) {
            if (!inArray)
                entry.length = value.length;
            const elementPath = [...segments, ARRAY];
            for (const element of value)
                queue(element, elementPath, true);
        }
        else if (value !== null && typeof value === 'object') {
            for (const [name, child] of Object.entries(value))
                queue(child, [...segments, name], inArray);
        }
        else if (!inArray) {
            entry.value = value;
        }
    }
    const paths = new Map();
    for (const [key, entry] of types) {
        paths.set(key, { segments: entry.segments, type: [...entry.types].sort().join('|'), value: entry.value, length: entry.length });
    }
    return { paths, complete };
}
/**
 * The paths present in every baseline shape with one type; a value or length is kept only when
 * it is the same in every sample (otherwise it is noise, not information).
 */
function stablePaths(baseline) {
    const stable = new Map();
    if (baseline.length === 0)
        return stable;
    for (const [key, first] of baseline[0].paths) {
        const all = baseline.map((shape) => shape.paths.get(key));
        if (all.some((facts) => facts === undefined || facts.type !== first.type))
            continue;
        const sameValue = all.every((facts) => facts.value === first.value);
        const sameLength = all.every((facts) => facts.length === first.length);
        stable.set(key, { ...first, value: sameValue ? first.value : undefined, length: sameLength ? first.length : undefined });
    }
    return stable;
}
/**
 * Compares the preview's shapes with the baseline's. A change counts when a majority of the
 * preview samples show it, so one odd sample never flags and a real change always does.
 * Changes below a reported ancestor (the fields of a missing object) are left out.
 */
function compareShapes(baseline, preview) {
    if (baseline.length === 0 || preview.length === 0)
        return [];
    const stable = stablePaths(baseline);
    const changes = [];
    const majority = (count) => count * 2 > preview.length;
    for (const [key, facts] of stable) {
        const seen = preview.map((shape) => shape.paths.get(key));
        const missing = seen.filter((p, i) => p === undefined && preview[i].complete).length;
        const otherTypes = tally(seen.flatMap((p) => (p !== undefined && p.type !== facts.type ? [p.type] : [])));
        const [topType, topCount] = otherTypes[0] ?? ['', 0];
        if (majority(missing + otherTypes.reduce((sum, [, n]) => sum + n, 0))) {
            const kind = missing >= topCount ? 'missing' : 'type_changed';
            changes.push({
                path: key,
                kind,
                regression: true,
                baselineType: facts.type,
                ...(kind === 'type_changed' ? { previewType: topType } : {}),
                previewSamples: kind === 'missing' ? missing : topCount,
            });
            continue;
        }
        const info = valueOrLengthChange(key, facts, seen);
        if (info !== undefined)
            changes.push(info);
    }
    changes.push(...addedPaths(baseline, preview, majority));
    return withoutDescendants(changes, stable, preview);
}
function tally(values) {
    const counts = new Map();
    for (const value of values)
        counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
/** A value or length the baseline always has and every preview sample has differently. */
function valueOrLengthChange(key, facts, seen) {
    const all = seen.filter((p) => p !== undefined && p.type === facts.type);
    if (all.length !== seen.length)
        return undefined;
    const base = { path: key, regression: false, baselineType: facts.type, previewType: facts.type, previewSamples: seen.length };
    if (facts.value !== undefined && all.every((p) => p.value === all[0].value && p.value !== facts.value)) {
        return { ...base, kind: 'value_changed' };
    }
    if (facts.length !== undefined && all.every((p) => p.length === all[0].length && p.length !== facts.length)) {
        return { ...base, kind: 'length_changed' };
    }
    return undefined;
}
/** Paths a majority of preview samples send and no baseline sample ever sent. */
function addedPaths(baseline, preview, majority) {
    const counts = new Map();
    for (const shape of preview) {
        for (const [key, facts] of shape.paths) {
            if (baseline.some((b) => b.paths.has(key)))
                continue;
            const entry = counts.get(key) ?? { facts, count: 0 };
            entry.count++;
            counts.set(key, entry);
        }
    }
    return [...counts].flatMap(([key, { facts, count }]) => majority(count) ? [{ path: key, kind: 'added', regression: false, previewType: facts.type, previewSamples: count }] : []);
}
/** Drops changes whose ancestor path is itself reported; sorts regressions first, then by path. */
function withoutDescendants(changes, stable, preview) {
    const reported = new Set(changes.filter((c) => c.kind !== 'value_changed' && c.kind !== 'length_changed').map((c) => c.path));
    const segmentsOf = (path) => stable.get(path)?.segments ?? preview.find((shape) => shape.paths.has(path))?.paths.get(path)?.segments ?? [];
    const kept = changes.filter((change) => {
        const segments = segmentsOf(change.path);
        for (let k = 0; k < segments.length; k++) {
            if (reported.has(formatPath(segments.slice(0, k))))
                return false;
        }
        return true;
    });
    return kept.sort((a, b) => Number(b.regression) - Number(a.regression) || a.path.localeCompare(b.path));
}

;// CONCATENATED MODULE: ./src/compare/verdicts.ts
/** The preview's status differs from the one status the baseline answered every time. */
function compareStatus(baseline, preview) {
    const baselineStatuses = new Set(baseline.map((s) => s.status));
    const constant = baselineStatuses.size === 1 ? [...baselineStatuses][0] : undefined;
    const previewStatuses = preview.flatMap((s) => (s.status === undefined ? [] : [s.status]));
    const mostFrequent = mode(previewStatuses);
    if (constant === undefined)
        return { regressed: false, ...(mostFrequent === undefined ? {} : { preview: mostFrequent }) };
    const differing = preview.filter((s) => s.status !== constant).map((s) => s.status);
    const regressed = differing.length * 2 > preview.length;
    const shown = regressed ? mode(differing.flatMap((s) => (s === undefined ? [] : [s]))) : mostFrequent;
    return { baseline: constant, regressed, ...(shown === undefined ? {} : { preview: shown }) };
}
function mode(values) {
    const counts = new Map();
    for (const value of values)
        counts.set(value, (counts.get(value) ?? 0) + 1);
    let best;
    for (const [value, count] of counts) {
        if (best === undefined || count > counts.get(best) || (count === counts.get(best) && value < best))
            best = value;
    }
    return best;
}
/**
 * The headers among `names` that the baseline sent in every sample and a majority of the
 * preview samples lack. Names are compared without regard to case; returned lower-case, in the
 * order of `names`.
 */
function missingHeaders(names, baseline, preview) {
    if (baseline.length === 0 || preview.length === 0)
        return [];
    const has = (sample, name) => sample.headers !== undefined && Object.keys(sample.headers).some((key) => key.toLowerCase() === name);
    const wanted = [...new Set(names.map((name) => name.toLowerCase()))];
    return wanted.filter((name) => baseline.every((s) => has(s, name)) && preview.filter((s) => !has(s, name)).length * 2 > preview.length);
}

;// CONCATENATED MODULE: ./src/compare/compare.ts
// One baseline comparison over all compared checks of a run: each check's samples -> its
// `comparison` for the report and, when the preview is worse, its REGRESSION error. Latency is
// judged across checks (Holm's correction), so the checks go in together.



/** The order in which one regression is chosen as the check's error when several hold. */
const REGRESSION_PRECEDENCE = ['STATUS', 'SCHEMA', 'HEADER', 'LATENCY'];
function compareChecks(checks, options) {
    const failures = checks.map(failureReason);
    const measurements = checks.map((samples, i) => failures[i] === null
        ? measureLatency({ preview: times(samples.preview), baseline: times(samples.baseline), baselineAgain: times(samples.baselineAgain) })
        : { measurable: false, reason: failures[i] });
    const latencies = judgeLatency(measurements, options.latency);
    return checks.map((samples, i) => {
        const failure = failures[i] ?? null;
        if (failure !== null)
            return { comparison: unjudged(samples, options, latencies[i], failure), regression: null };
        return judgeCheck(samples, options, latencies[i]);
    });
}
function times(samples) {
    return samples.map((s) => s.ms);
}
/**
 * Why nothing can be compared: a baseline request failed (then the preview is judged on its own
 * checks only, never failed by the baseline), or a preview request failed (then the check's own
 * failure is what the report shows). Null when every request answered.
 */
function failureReason(samples) {
    const baseline = [...samples.baseline, ...samples.baselineAgain];
    const baselineErrors = baseline.filter((s) => s.error !== undefined);
    if (baseline.length === 0)
        return 'the baseline was not sampled';
    if (baselineErrors.length > 0) {
        const first = baselineErrors[0].error;
        return (`the baseline failed ${baselineErrors.length} of ${baseline.length} requests (${first.category}:${first.code}: ${first.message}); ` +
            'nothing was compared and the preview is judged on its own checks');
    }
    const previewErrors = samples.preview.filter((s) => s.error !== undefined);
    if (samples.preview.length === 0)
        return 'the preview was not sampled';
    if (previewErrors.length > 0) {
        const first = previewErrors[0].error;
        return `the preview failed ${previewErrors.length} of ${samples.preview.length} requests (${first.category}:${first.code}); the check's own result says why`;
    }
    return null;
}
function counts(samples) {
    return { preview: samples.preview.length, baseline: samples.baseline.length, baselineAgain: samples.baselineAgain.length };
}
function unjudged(samples, options, latency, reason) {
    return {
        baselineUrl: options.baselineUrl,
        samples: counts(samples),
        verdict: 'inconclusive',
        reason,
        latency,
        status: { regressed: false },
        schemaChanges: [],
        missingHeaders: [],
    };
}
function judgeCheck(samples, options, latency) {
    const baseline = [...samples.baseline, ...samples.baselineAgain];
    const status = compareStatus(baseline, samples.preview);
    const headers = missingHeaders(options.headers, baseline, samples.preview);
    const shape = (s) => flattenJson(s.json, options.ignore);
    const schemaChanges = compareShapes(baseline.map(shape), samples.preview.map(shape));
    const regressed = regressedCodes(status, schemaChanges, headers, latency);
    const verdict = regressed.length > 0 ? 'regressed' : latency.verdict;
    const comparison = {
        baselineUrl: options.baselineUrl,
        samples: counts(samples),
        verdict,
        reason: regressed.length > 0 ? `regressed: ${regressed.join(', ')}` : latency.reason,
        ...(latency.preview ? { preview: latency.preview } : {}),
        ...(latency.baseline ? { baseline: latency.baseline } : {}),
        ...(latency.ratio !== undefined ? { ratio: latency.ratio } : {}),
        ...(latency.pValue !== undefined ? { pValue: latency.pValue } : {}),
        latency,
        status,
        schemaChanges,
        missingHeaders: headers,
    };
    const code = regressed[0];
    if (code === undefined)
        return { comparison, regression: null };
    const others = regressed.slice(1);
    const also = others.length > 0 ? ` Also regressed: ${others.join(', ')} (see the comparison table).` : '';
    return {
        comparison,
        regression: { category: 'REGRESSION', code, message: regressionMessage(code, comparison) + also },
    };
}
function regressedCodes(status, schemaChanges, headers, latency) {
    const holds = {
        STATUS: status.regressed,
        SCHEMA: schemaChanges.some((c) => c.regression),
        HEADER: headers.length > 0,
        LATENCY: latency.verdict === 'regressed',
    };
    return REGRESSION_PRECEDENCE.filter((code) => holds[code]);
}
function regressionMessage(code, c) {
    const where = `the baseline (${c.baselineUrl})`;
    switch (code) {
        case 'STATUS':
            return (`The preview answers ${c.status.preview ?? 'no status'} where ${where} answered ${c.status.baseline} every time. ` +
                'A route, redirect or handler changed between the two deployments: fix it, or update the check if the change is intended.');
        case 'SCHEMA': {
            const lost = c.schemaChanges.filter((s) => s.regression);
            const listed = lost.slice(0, 5).map(describeSchemaChange).join('; ');
            const more = lost.length > 5 ? `; and ${lost.length - 5} more` : '';
            return (`The preview's JSON lost or changed what ${where} sends every time: ${listed}${more}. ` +
                'Clients reading these fields break: restore them, or add the path to baseline.ignore if the change is intended.');
        }
        case 'HEADER':
            return (`The preview does not send ${c.missingHeaders.join(', ')}, which ${where} sends every time. ` +
                "Restore the header in the preview's server, framework or CDN configuration.");
        case 'LATENCY':
            return (`The preview is slower than ${where}: ${c.latency.reason.replace(/^the preview is slower: /, '')}. ` +
                'All four conditions held (ratio, minimum difference, significance, above the A/A noise). ' +
                'Profile the slower path, or raise baseline.latency if the cost is accepted.');
    }
}
function describeSchemaChange(change) {
    return change.kind === 'missing'
        ? `${change.path} (${change.baselineType}) is missing`
        : `${change.path} changed from ${change.baselineType} to ${change.previewType}`;
}

;// CONCATENATED MODULE: ./src/compare/index.ts
// The baseline comparison of SPEC \u00a78 as the run pipeline uses it. Pure: no GitHub, terminal,
// engine or network here.





/***/ }),

/***/ 8590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ ProbeError),
/* harmony export */   v: () => (/* binding */ probeError)
/* harmony export */ });
/* harmony import */ var _taxonomy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2516);

/**
 * A failure already classified into the taxonomy. Checks throw it for conditions they detect
 * themselves (too many redirects, a body over the cap); the classifier makes one of every
 * other error. `cause` keeps the low-level error.
 */
class ProbeError extends Error {
    name = 'ProbeError';
    category;
    code;
    constructor(category, code, message, options) {
        super(message, options);
        this.category = category;
        this.code = code;
    }
    toInfo() {
        return { category: this.category, code: this.code, message: this.message };
    }
}
/**
 * Builds a ProbeError whose message is `detail` (what happened here, with addresses and
 * values) followed by the taxonomy's likely fix for that category and code.
 */
function probeError(category, code = category, detail, cause) {
    const { meaning, fix } = (0,_taxonomy_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(category, code);
    const what = detail ?? meaning;
    return new ProbeError(category, code, `${sentence(what)} ${fix}`, { cause });
}
function sentence(text) {
    const trimmed = text.trim();
    return /[.!?:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}


/***/ }),

/***/ 7197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   YV: () => (/* binding */ durationProblem)
/* harmony export */ });
/* unused harmony export DURATION_BOUNDS */
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** `250ms`, `10s`, `5m`, `1h` or a number of milliseconds; the schema has already checked the form. */
function parseDuration(value, fallbackMs) {
    if (value === undefined || value === null)
        return fallbackMs;
    if (typeof value === 'number')
        return value;
    const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$/.exec(String(value));
    if (!match)
        throw new Error(`"${String(value)}" is not a duration (use 250ms, 10s, 5m or a number of milliseconds)`);
    return Number(match[1]) * UNITS[match[2]];
}
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/**
 * The documented limits of every duration (docs/manifest.md, "Limits"). A Node timer takes at most
 * 2^31-1 ms (24.8 days) and fires after 1 ms beyond that, so an unbounded `timeout: 1000h` would
 * time out at once: these limits keep every timer far below it, and within a GitHub job (6 h).
 */
const DURATION_BOUNDS = {
    timeout: { minMs: 1, maxMs: HOUR },
    overall_timeout: { minMs: 1, maxMs: HOUR },
    'retry.interval': { minMs: 0, maxMs: 10 * MINUTE },
    'ready.timeout': { minMs: 1, maxMs: 6 * HOUR },
    'ready.interval': { minMs: 100, maxMs: 10 * MINUTE },
    'baseline.latency.min_delta': { minMs: 0, maxMs: HOUR },
};
/** Why a duration is outside its bounds, or undefined when it is within them. */
function durationProblem(name, ms) {
    const { minMs, maxMs } = DURATION_BOUNDS[name];
    if (Number.isFinite(ms) && ms >= minMs && ms <= maxMs)
        return undefined;
    return `${name} must be from ${formatBound(minMs)} to ${formatBound(maxMs)}, not ${Number.isFinite(ms) ? formatBound(ms) : 'that'}`;
}
function formatBound(ms) {
    if (ms >= HOUR && ms % HOUR === 0)
        return `${ms / HOUR}h`;
    if (ms >= MINUTE && ms % MINUTE === 0)
        return `${ms / MINUTE}m`;
    if (ms >= 1000 && ms % 1000 === 0)
        return `${ms / 1000}s`;
    return `${ms}ms`;
}


/***/ }),

/***/ 3868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Sh: () => (/* binding */ ManifestError),
  eY: () => (/* binding */ loadManifest)
});

// UNUSED EXPORTS: decodeManifest

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/checks/types.ts
var types = __webpack_require__(6468);
;// CONCATENATED MODULE: ./src/model.ts
const CHECK_TYPES = (/* unused pure expression or super */ null && (['http', 'ssl', 'dns', 'tcp', 'udp', 'icmp', 'grpc', 'websocket']));
const OPERATORS = [
    'is',
    'isNot',
    'contains',
    'doesNotContain',
    'matches',
    'doesNotMatch',
    'lessThan',
    'lessThanOrEqual',
    'moreThan',
    'moreThanOrEqual',
    'doesNotExist',
    'isInMoreThan',
    'isInLessThan',
];

// EXTERNAL MODULE: ./src/manifest/duration.ts
var manifest_duration = __webpack_require__(7197);
;// CONCATENATED MODULE: ./src/manifest/assertion-targets.ts
// An assertion's operator and target checked against its type at load time (SPEC \u00a73), so a
// typo is a problem at its line rather than a comparison that fails, or passes, at run time.
// (The tcp check itself refuses a `connection` target that is no outcome.)




const NUMERIC = ['lessThan', 'lessThanOrEqual', 'moreThan', 'moreThanOrEqual'];
const EQUALITY = ['is', 'isNot'];
const TEXT = ['is', 'isNot', 'contains', 'doesNotContain', 'matches', 'doesNotMatch'];
const REGEX = ['matches', 'doesNotMatch'];
/** What each assertion type compares, which decides its operators and the form of its target. */
const KINDS = {
    responseTime: 'time',
    latency: 'time',
    packetLossPercentage: 'number',
    packetsReceived: 'number',
    certificate: 'days',
    statusCode: 'status',
    header: 'text',
    body: 'text',
    receivedMessage: 'text',
    grpcMetadata: 'text',
    property: 'text',
    recordSome: 'text',
    recordEvery: 'text',
    jsonpath: 'value',
    grpcProto: 'value',
    bodyHash: 'hash',
    jsonSchema: 'schema',
    tlsVersion: 'version',
    minTlsVersion: 'version',
    connection: 'connection',
    grpcHealthcheckStatus: 'health',
};
const assertion_targets_OPERATORS = {
    time: NUMERIC,
    number: [...EQUALITY, ...NUMERIC],
    days: ['isInMoreThan', 'isInLessThan', ...NUMERIC],
    status: [...EQUALITY, ...NUMERIC, ...REGEX],
    text: [...TEXT, 'doesNotExist'],
    value: [...TEXT, ...NUMERIC, 'doesNotExist'],
    hash: TEXT,
    schema: EQUALITY,
    version: [...TEXT, ...NUMERIC],
    connection: EQUALITY,
    health: EQUALITY,
};
/**
 * The assertion's target as the run compares it (durations in milliseconds, numeric strings as
 * numbers), or an InvalidField at the part of the assertion that is wrong.
 */
function checkAssertion(assertion, at) {
    const kind = KINDS[assertion.type];
    if (!kind)
        return assertion.target; // the schema reports an unknown type
    const { operator, target } = assertion;
    // An operator that is no operator at all is the schema's to report.
    if (OPERATORS.includes(operator) && !assertion_targets_OPERATORS[kind].includes(operator)) {
        throw new types/* InvalidField */.u([...at, 'operator'], `${assertion.type} does not support the operator ${operator} (use ${assertion_targets_OPERATORS[kind].join(', ')})`);
    }
    if (kind === 'hash')
        checkHash(assertion.property, [...at, 'property']);
    if ((assertion.type === 'jsonpath' || assertion.type === 'grpcProto') && assertion.path !== undefined)
        checkJsonPath(String(assertion.path), [...at, 'path']);
    if (operator === 'doesNotExist')
        return target;
    const targetAt = [...at, 'target'];
    if (REGEX.includes(operator))
        return checkRegex(target, targetAt);
    if (kind === 'time')
        return timeTarget(target, targetAt);
    if (NUMERIC.includes(operator) || operator === 'isInMoreThan' || operator === 'isInLessThan' || kind === 'number')
        return numberTarget(target, targetAt, operator);
    if (kind === 'status')
        return statusTarget(target, targetAt);
    if (kind !== 'schema' && kind !== 'value' && (target === null || typeof target === 'object')) {
        throw new types/* InvalidField */.u(targetAt, `${assertion.type} ${operator} compares with text or a number, not ${target === null ? 'null' : 'a list or map'}`);
    }
    return target;
}
function timeTarget(target, at) {
    let ms;
    try {
        ms = typeof target === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(target) ? Number(target) : (0,manifest_duration/* parseDuration */.E9)(target, NaN);
    }
    catch {
        ms = NaN;
    }
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
        throw new types/* InvalidField */.u(at, `${JSON.stringify(target)} is not a time: give milliseconds (800) or a duration (800ms, 1.5s)`);
    }
    return ms;
}
function numberTarget(target, at, operator) {
    const value = typeof target === 'number' ? target : typeof target === 'string' && target.trim() !== '' ? Number(target) : NaN;
    if (!Number.isFinite(value))
        throw new types/* InvalidField */.u(at, `${operator} compares numbers: ${JSON.stringify(target) ?? 'nothing'} is not a number`);
    return value;
}
function statusTarget(target, at) {
    const value = typeof target === 'number' ? target : typeof target === 'string' && /^\s*\d+\s*$/.test(target) ? Number(target) : NaN;
    if (!Number.isInteger(value) || value < 100 || value > 599) {
        throw new types/* InvalidField */.u(at, `${JSON.stringify(target) ?? 'nothing'} is not an HTTP status code (a whole number from 100 to 599; use matches for a pattern such as ^2)`);
    }
    return value;
}
function checkRegex(target, at) {
    if (target === null || typeof target === 'object')
        throw new types/* InvalidField */.u(at, 'matches takes a regular expression as text');
    try {
        new RegExp(String(target));
    }
    catch (error) {
        throw new types/* InvalidField */.u(at, `invalid regular expression: ${error.message}`);
    }
    return target;
}
let hashes;
function checkHash(property, at) {
    hashes ??= new Set((0,external_node_crypto_.getHashes)().map((name) => name.toLowerCase()));
    if (!hashes.has(String(property).toLowerCase()))
        throw new types/* InvalidField */.u(at, `"${String(property)}" is not a hash algorithm Node knows (use md5, sha1 or sha256)`);
}
/** JSONPath that jsonpath-plus would misread: not starting at `$`, or brackets, parentheses and quotes that do not close. */
function checkJsonPath(path, at) {
    const problem = jsonPathProblem(path);
    if (problem)
        throw new types/* InvalidField */.u(at, `"${path}" is not a JSONPath: ${problem}`);
}
function jsonPathProblem(path) {
    if (!path.startsWith('$'))
        return 'it must start with $ (for example $.data.id)';
    const open = [];
    const closing = { '[': ']', '(': ')' };
    let quote;
    for (const char of path) {
        if (quote) {
            if (char === quote)
                quote = undefined;
        }
        else if (char === "'" || char === '"')
            quote = char;
        else if (char in closing)
            open.push(closing[char]);
        else if (char === ']' || char === ')') {
            if (open.pop() !== char)
                return `an unexpected ${char}`;
        }
    }
    if (quote)
        return `a ${quote} that is not closed`;
    if (open.length > 0)
        return `a missing ${open.at(-1)}`;
    if (/\.$/.test(path) && !path.endsWith('..'))
        return 'it ends with a dot';
    return undefined;
}

// EXTERNAL MODULE: ./src/compare/index.ts + 7 modules
var compare = __webpack_require__(8949);
// EXTERNAL MODULE: ./src/checks/index.ts
var checks = __webpack_require__(2369);
// EXTERNAL MODULE: ./src/errors/probe-error.ts
var probe_error = __webpack_require__(8590);
// EXTERNAL MODULE: ./src/assertions/http.ts
var http = __webpack_require__(5001);
// EXTERNAL MODULE: ./src/manifest/selectors.ts
var selectors = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/manifest/implicit.ts
/**
 * Assertions a check gets when it states none of that kind, so a check without assertions
 * still means something: an HTTP answer of 400 or more fails as with `curl --fail` (and
 * blackbox_exporter's 2xx default), and a gRPC health check wants SERVING.
 */
function implicitAssertions(type, request, explicit, location) {
    const has = (assertionType) => explicit.some((a) => a.type === assertionType);
    if (type === 'http' && !has('statusCode')) {
        return [{ type: 'statusCode', operator: 'lessThan', target: 400, location, implicit: true }];
    }
    if (type === 'grpc' && request?.call === 'health' && !has('grpcHealthcheckStatus')) {
        return [{ type: 'grpcHealthcheckStatus', operator: 'is', target: 'SERVING', location, implicit: true }];
    }
    return [];
}

// EXTERNAL MODULE: ./node_modules/jsonpath-plus/dist/index-node-esm.js
var index_node_esm = __webpack_require__(6229);
;// CONCATENATED MODULE: ./src/manifest/jsonpath.ts
// JSONPath filter `[?(...)]` and script `[(...)]` expressions are JavaScript that jsonpath-plus
// would run, and its evaluator has had remote-code-execution advisories; a manifest may come from
// an untrusted pull request. They are refused at load, and evaluation runs with `eval: false`.

/** Why a JSONPath cannot be used, or undefined when it can. */
function jsonpath_jsonPathProblem(path) {
    let segments;
    try {
        segments = index_node_esm/* JSONPath */.E.toPathArray(path);
    }
    catch (error) {
        return `invalid JSONPath "${path}": ${error.message}`;
    }
    // A segment is a name, an index, a slice or a wildcard, or a comma list of them; jsonpath-plus
    // evaluates the ones that start with `?` (a filter) or `(` (a script).
    const script = segments.flatMap((segment) => segment.split(',')).find((part) => /^\s*[?(]/.test(part));
    if (script === undefined)
        return undefined;
    return (`the JSONPath "${path}" contains the script expression [${script}], which probegate never evaluates; ` +
        'select the value with names, indexes, slices or wildcards ($.orders[0].status, $.items[*].id) and compare it with operator and target');
}

;// CONCATENATED MODULE: ./src/manifest/parse-yaml.ts

/**
 * Parses the manifest's YAML into a document with every node's position: the careful reading,
 * for a manifest that parse-fast.ts found out of the ordinary, and for a problem's position.
 */
function parseManifestYaml(text, lineCounter) {
    return (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
}
/** Deeper than this, a manifest is not written by a person, and recursion over it could overflow the stack. */
const MAX_NESTING = 64;
/** How many aliases the document may expand in all; past it, it is an alias bomb ("billion laughs"). */
const MAX_ALIAS_EXPANSIONS = 100;
/**
 * What makes a parsed document unusable before it becomes a value: a syntax error, an alias
 * with no anchor before it or inside the node it names (a cycle), a key that is a map or a
 * list, nesting past MAX_NESTING. Each at its offset in the text.
 */
function yamlProblems(document) {
    if (document.errors.length > 0)
        return document.errors.map((error) => ({ offset: error.pos[0], message: syntaxMessage(error.code, error.message) }));
    const problems = [];
    try {
        (0,dist/* visit */.YR)(document, {
            Alias(_, alias, path) {
                const source = alias.resolve(document);
                const offset = alias.range?.[0] ?? 0;
                if (!source)
                    problems.push({ offset, message: `YAML: the alias *${alias.source} has no anchor &${alias.source} before it` });
                else if (path.includes(source))
                    problems.push({ offset, message: `YAML: the alias *${alias.source} is inside the node it refers to, which would make it endless` });
            },
            Pair(_, pair) {
                if ((0,dist/* isCollection */.P3)(pair.key))
                    problems.push({ offset: pair.key.range?.[0] ?? 0, message: 'YAML: a key must be text, not a map or a list' });
            },
            Node(_, node, path) {
                if (path.length > MAX_NESTING * 2 + 1) {
                    problems.push({ offset: node.range?.[0] ?? 0, message: `YAML: nested more than ${MAX_NESTING} levels deep` });
                    return dist/* visit */.YR.BREAK;
                }
                return undefined;
            },
        });
    }
    catch (error) {
        if (!(error instanceof RangeError))
            throw error;
        problems.push({ offset: 0, message: `YAML: nested too deeply to read (more than ${MAX_NESTING} levels)` });
    }
    return problems;
}
/** The document as plain data; an alias bomb is a problem rather than a hang. */
function documentValue(document) {
    try {
        return { value: document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS }) };
    }
    catch (error) {
        if (!(error instanceof ReferenceError) && !(error instanceof RangeError))
            throw error;
        let offset = 0;
        (0,dist/* visit */.YR)(document, { Alias: (_, alias) => ((offset = alias.range?.[0] ?? 0), dist/* visit */.YR.BREAK) });
        return { problem: { offset, message: `YAML: aliases expand to more than ${MAX_ALIAS_EXPANSIONS} copies; write the values out or use fewer aliases` } };
    }
}
function syntaxMessage(code, message) {
    if (code === 'RESOURCE_EXHAUSTION')
        return `YAML: nested too deeply to read (more than ${MAX_NESTING} levels)`;
    if (code === 'DUPLICATE_KEY')
        return 'YAML syntax: Map keys must be unique (this key appears twice in the same map: keep one)';
    return `YAML syntax: ${message.split('\n')[0]}`;
}

;// CONCATENATED MODULE: ./src/manifest/positions.ts


/**
 * Finds where a value of the document stands; a path that does not exist falls back to its nearest
 * parent. A manifest read by parse-fast.ts knows where its maps and lists start, which is all a
 * valid manifest asks; anything else (a problem's scalar, a key) reads the text again with yaml,
 * once, on first need.
 */
class Positions {
    text;
    file;
    fast;
    document;
    lines;
    constructor(text, file, fast, document) {
        this.text = text;
        this.file = file;
        this.fast = fast;
        this.document = document;
    }
    /** The location of the value at `path`, or of its key when `key` is set (for unknown properties). */
    locate(path, key) {
        const start = key === undefined && this.fast ? this.fastStart(path) : undefined;
        if (start !== undefined)
            return this.at(start);
        for (let depth = path.length; depth >= 0; depth--) {
            const node = this.nodeAt(path.slice(0, depth));
            if (!node)
                continue;
            if (key !== undefined && depth === path.length && (0,dist/* isMap */.jh)(node)) {
                const pair = node.items.find((item) => (0,dist/* isNode */.Ll)(item.key) && item.key.value === key);
                if (pair && (0,dist/* isNode */.Ll)(pair.key))
                    return this.at(pair.key.range?.[0] ?? 0);
            }
            return this.at(node.range?.[0] ?? 0);
        }
        return { file: this.file, line: 1, column: 1 };
    }
    /** Whether the document has a value at `path`. */
    has(path) {
        if (this.fast)
            return valueAt(this.fast.value, path).found;
        return this.nodeAt(path) !== undefined;
    }
    at(offset) {
        const { line, col } = this.lineCounter().linePos(offset);
        return { file: this.file, line, column: col };
    }
    fastStart(path) {
        const { found, value } = valueAt(this.fast.value, path);
        return found && typeof value === 'object' && value !== null ? this.fast.starts.get(value) : undefined;
    }
    /** Line starts as yaml's lexer records them: after each line feed. */
    lineCounter() {
        if (!this.lines) {
            const lines = new dist/* LineCounter */.HN();
            lines.addNewLine(0);
            for (let at = this.text.indexOf('\n'); at !== -1; at = this.text.indexOf('\n', at + 1))
                lines.addNewLine(at + 1);
            this.lines = lines;
        }
        return this.lines;
    }
    nodeAt(path) {
        this.document ??= parseManifestYaml(this.text, new dist/* LineCounter */.HN());
        if (path.length === 0)
            return this.document.contents ?? undefined;
        const node = this.document.getIn(path, true);
        return (0,dist/* isNode */.Ll)(node) || (0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node) ? node : undefined;
    }
}
function valueAt(root, path) {
    let value = root;
    for (const part of path) {
        if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part))
            return { found: false };
        value = value[part];
    }
    return { found: true, value };
}
/** `checks[2].request.url` for people. */
function formatPath(path) {
    return path.reduce((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}

// EXTERNAL MODULE: ./src/manifest/variables.ts
var manifest_variables = __webpack_require__(2612);
;// CONCATENATED MODULE: ./src/manifest/check-resolver.ts
// One check of the manifest, resolved: defaults merged, variables replaced, durations parsed,
// then the check type's own preparation, every problem recorded with its manifest position.













const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_OVERALL_TIMEOUT_MS = 60_000;
const DEFAULT_RETRY_INTERVAL_MS = 300;
// Keys of `defaults` that belong in a check's request, for the types whose request has them.
const REQUEST_DEFAULTS = {
    headers: ['http', 'websocket'],
    tls: ['http', 'websocket'],
    http_version: ['http'],
    follow_redirects: ['http'],
};
/** Resolves one check: defaults, variables, durations, then the check type's own preparation. */
class CheckResolver {
    raw;
    index;
    defaults;
    positions;
    variables;
    files;
    options;
    path;
    constructor(raw, index, defaults = {}, positions, variables, files, options = {}) {
        this.raw = raw;
        this.index = index;
        this.defaults = defaults;
        this.positions = positions;
        this.variables = variables;
        this.files = files;
        this.options = options;
        this.path = options.path ?? ['checks', index];
    }
    async resolve(problems) {
        const type = this.raw.type;
        const merged = problems.length === 0 ? this.substitute(this.withDefaults(type), problems) : this.raw;
        const name = String(merged.name ?? `check ${this.index + 1}`);
        problems.push(...selectorProblems(merged, this.path, this.positions));
        // A check with problems is not run, and its durations may be the very values at fault.
        const limits = this.limits(problems.length === 0 ? merged : {}, problems);
        const base = {
            id: String(merged.id ?? slug(name)),
            index: this.index,
            name,
            type,
            target: describeTarget(merged.request),
            assertions: this.withImplicit(type, merged.request, this.assertions(merged.assertions, problems)),
            ...limits,
            failOn: merged.fail_on,
            warnOn: merged.warn_on,
            skip: merged.skip === true,
            ...(Array.isArray(merged.tags) ? { tags: merged.tags.map(String) } : {}),
            location: this.positions.locate(this.path),
        };
        if (problems.length === 0) {
            try {
                const context = { ...this.files, locate: (fieldPath) => this.positions.locate([...this.path, ...fieldPath]) };
                const prepared = this.options.prepare
                    ? await this.options.prepare(merged, problems, context)
                    : (await (0,checks/* loadCheckModule */.d)(type)).prepare(merged, context);
                if (problems.length === 0)
                    return { ...base, request: prepared.request, target: prepared.target };
            }
            catch (error) {
                if (!(error instanceof types/* InvalidField */.u))
                    throw error;
                const fieldPath = [...this.path, ...error.path];
                problems.push({ location: this.locateInherited(fieldPath), message: `${formatPath(fieldPath)}: ${error.message}` });
            }
        }
        // An invalid check is judged by the run's gate: its own selectors may be the very values at fault.
        const detail = problems.map((p) => `line ${p.location.line}: ${p.message}`).join('; ');
        // "Correct the check in the manifest" would send the user to fix what is not broken.
        const invalid = problems.every((p) => p.fixedOutside) ? new probe_error/* ProbeError */.B('INVALID_REQUEST', 'INVALID_REQUEST', `${detail}.`) : (0,probe_error/* probeError */.v)('INVALID_REQUEST', 'INVALID_REQUEST', detail);
        return { ...base, failOn: undefined, warnOn: undefined, request: undefined, location: problems[0].location, invalid: invalid.toInfo() };
    }
    withDefaults(type) {
        const check = { ...this.raw, request: { ...this.raw.request } };
        const request = check.request;
        for (const [key, value] of Object.entries(this.defaults)) {
            // defaults.fail_on / warn_on are the manifest's gate, not the check's own selectors (see gate.ts).
            if (key === 'fail_on' || key === 'warn_on')
                continue;
            // A dns check asks the server it is given: it has no ip_family to inherit.
            if (key === 'ip_family' && type === 'dns')
                continue;
            const requestTypes = REQUEST_DEFAULTS[key];
            if (!requestTypes) {
                check[key] ??= value;
            }
            else if (requestTypes.includes(type)) {
                request[key] = key === 'headers' ? mergeHeaders(value, request.headers) : (request[key] ?? check[key] ?? value);
            }
        }
        return check;
    }
    substitute(check, problems) {
        return (0,manifest_variables/* substituteDeep */.fw)(check, this.variables, [...this.path], (fieldPath, error) => {
            problems.push({ location: this.locateInherited(fieldPath), message: `${formatPath(fieldPath)}: ${error.message}`, fixedOutside: error.fixedOutside });
        });
    }
    /** A field of this check, or, when it was inherited, the same field under `defaults`. */
    locateInherited(fieldPath) {
        if (this.positions.has(fieldPath))
            return this.positions.locate(fieldPath);
        const rest = fieldPath.slice(this.path.length).filter((part) => part !== 'request');
        const inDefaults = ['defaults', ...rest];
        return this.positions.has(inDefaults) ? this.positions.locate(inDefaults) : this.positions.locate(fieldPath);
    }
    assertions(raw, problems) {
        const list = Array.isArray(raw) ? raw : [];
        return list.flatMap((item, i) => {
            // The schema has reported an assertion that is not a map.
            if (!isRecord(item))
                return [];
            const assertionPath = [...this.path, 'assertions', i];
            const assertion = { ...item, type: String(item.type), operator: item.operator };
            let target = item.target;
            try {
                target = this.assertionTarget(assertion, assertionPath);
            }
            catch (error) {
                if (!(error instanceof types/* InvalidField */.u))
                    throw error;
                problems.push({ location: this.positions.locate(error.path), message: `${formatPath(error.path)}: ${error.message}` });
            }
            const pathProblem = typeof item.path === 'string' ? jsonpath_jsonPathProblem(item.path) : undefined;
            if (pathProblem) {
                const fieldPath = [...assertionPath, 'path'];
                problems.push({ location: this.positions.locate(fieldPath), message: `${formatPath(fieldPath)}: ${pathProblem}` });
            }
            return [{
                    type: assertion.type,
                    operator: assertion.operator,
                    target,
                    property: item.property,
                    path: item.path,
                    location: this.positions.locate(assertionPath),
                }];
        });
    }
    withImplicit(type, request, explicit) {
        const request_ = request && typeof request === 'object' ? request : undefined;
        return [...explicit, ...implicitAssertions(type, request_, explicit, this.positions.locate(this.path))];
    }
    /** Checks the target against the assertion's type, and reads and compiles a JSON schema once, here. */
    assertionTarget(assertion, assertionPath) {
        const target = checkAssertion(assertion, assertionPath);
        if (assertion.type !== 'jsonSchema')
            return target;
        const targetPath = [...assertionPath, 'target'];
        let schema = target;
        if (typeof target === 'string') {
            try {
                schema = JSON.parse((0,external_node_fs_.readFileSync)(this.files.resolvePath(target), 'utf8'));
            }
            catch (error) {
                throw new types/* InvalidField */.u(targetPath, `cannot read the JSON schema ${target}: ${error.message}`);
            }
        }
        const problem = (0,http/* jsonSchemaProblem */.Vp)(schema);
        if (problem)
            throw new types/* InvalidField */.u(targetPath, `not a valid JSON Schema: ${problem}`);
        return schema;
    }
    /** Timeouts, retries and their intervals, each within its documented bounds. */
    limits(merged, problems) {
        const retry = (isRecord(merged.retry) ? merged.retry : {});
        const bounded = (name, value, fieldPath, fallback) => {
            const ms = (0,manifest_duration/* parseDuration */.E9)(value, fallback);
            const problem = (0,manifest_duration/* durationProblem */.YV)(name, ms);
            if (!problem)
                return ms;
            problems.push({ location: this.locateInherited(fieldPath), message: `${formatPath(fieldPath)}: ${problem}` });
            return fallback;
        };
        return {
            timeoutMs: bounded('timeout', merged.timeout, [...this.path, 'timeout'], DEFAULT_TIMEOUT_MS),
            overallTimeoutMs: bounded('overall_timeout', merged.overall_timeout, [...this.path, 'overall_timeout'], this.options.defaultOverallTimeoutMs ?? DEFAULT_OVERALL_TIMEOUT_MS),
            retry: {
                count: retry.count ?? 0,
                intervalMs: bounded('retry.interval', retry.interval, [...this.path, 'retry', 'interval'], DEFAULT_RETRY_INTERVAL_MS),
            },
        };
    }
}
/** A check's own fail_on / warn_on, each selector against the closed list of codes. */
function selectorProblems(check, checkPath, positions) {
    return ['fail_on', 'warn_on'].flatMap((key) => listSelectorProblems(check[key], [...checkPath, key], positions));
}
function listSelectorProblems(list, listPath, positions) {
    if (!Array.isArray(list))
        return [];
    return list.flatMap((selector, i) => {
        const problem = typeof selector === 'string' ? (0,selectors/* selectorProblem */.f)(selector) : undefined;
        return problem ? [{ location: positions.locate([...listPath, i]), message: `${formatPath([...listPath, i])}: ${problem}` }] : [];
    });
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function prepareContext(manifestDir) {
    const resolvePath = (file) => external_node_path_default().resolve(manifestDir, file);
    return {
        resolvePath,
        readPemOrFile(value, fieldPath) {
            if (value.includes('-----BEGIN'))
                return value;
            try {
                return (0,external_node_fs_.readFileSync)(resolvePath(value), 'utf8');
            }
            catch (error) {
                throw new types/* InvalidField */.u(fieldPath, `cannot read ${value}: ${error.code ?? error.message} (give PEM text or a path relative to the manifest)`);
            }
        },
    };
}
function mergeHeaders(defaults, own) {
    const merged = {};
    for (const [name, value] of Object.entries({ ...defaults, ...own })) {
        merged[name.toLowerCase()] = value;
    }
    return merged;
}
function describeTarget(request) {
    const r = (request ?? {});
    if (typeof r.url === 'string')
        return r.url;
    if (typeof r.host === 'string')
        return r.port ? `${r.host}:${String(r.port)}` : r.host;
    return '';
}
function slug(name) {
    return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'check';
}

;// CONCATENATED MODULE: ./src/manifest/baseline.ts





const USES_BASE_URL = /\{\{\s*BASE_URL\s*\}\}/;
const SAFE_METHODS = new Set(['GET', 'HEAD']);
/**
 * The baseline settings, or undefined when there is no baseline (no URL in `baseline:` nor from
 * the door) or when it has problems (then they are in `problems`, at their lines).
 * `urlFromDoor` (input baseline-url, --baseline-url, baseline-environment) beats `base_url`.
 */
function resolveBaseline(raw, urlFromDoor, positions, variables, problems) {
    if (raw === undefined && urlFromDoor === undefined)
        return undefined;
    const block = isRecord(raw) ? raw : {};
    const own = [];
    const fail = (fieldPath, message) => own.push({ location: positions.locate(fieldPath), message: `${formatPath(fieldPath)}: ${message}` });
    const baseUrl = baselineUrl(block.base_url, urlFromDoor, variables, fail);
    const latency = isRecord(block.latency) ? block.latency : {};
    const minDeltaMs = (0,manifest_duration/* parseDuration */.E9)(latency.min_delta, compare/* DEFAULT_LATENCY */.t1.minDeltaMs);
    const deltaProblem = (0,manifest_duration/* durationProblem */.YV)('baseline.latency.min_delta', minDeltaMs);
    if (deltaProblem)
        fail(['baseline', 'latency', 'min_delta'], deltaProblem);
    const ignore = Array.isArray(block.ignore) ? block.ignore.map(String) : [];
    const ignorePatterns = ignore.flatMap((source, i) => {
        const parsed = (0,compare/* parseIgnorePath */.xS)(source);
        if (parsed.ok)
            return [parsed.pattern];
        own.push({ location: positions.locate(['baseline', 'ignore', i]), message: parsed.message });
        return [];
    });
    // No URL from anywhere (a baseline-environment without a successful deployment, which the
    // action warns about): the run goes on without a comparison.
    problems.push(...own);
    if (own.length > 0 || baseUrl === undefined)
        return undefined;
    return {
        baseUrl,
        samples: typeof block.samples === 'number' ? block.samples : compare/* DEFAULT_SAMPLES */.cu,
        latency: { ratio: typeof latency.ratio === 'number' ? latency.ratio : compare/* DEFAULT_LATENCY */.t1.ratio, minDeltaMs },
        headers: Array.isArray(block.headers) ? block.headers.map((name) => String(name).toLowerCase()) : [],
        ignore,
        ignorePatterns,
    };
}
function baselineUrl(raw, urlFromDoor, variables, fail) {
    const fieldPath = ['baseline', 'base_url'];
    let text = urlFromDoor;
    if (text === undefined && typeof raw === 'string') {
        try {
            text = variables.resolve(raw);
        }
        catch (error) {
            if (!(error instanceof manifest_variables/* VariableError */.P$))
                throw error;
            fail(fieldPath, error.message);
            return undefined;
        }
    }
    if (text === undefined)
        return undefined;
    let url;
    try {
        url = new URL(text);
    }
    catch {
        url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
        const from = urlFromDoor === undefined ? '' : ' (given by the baseline-url input or --baseline-url)';
        fail(fieldPath, `"${text}"${from} is not an http(s) URL`);
        return undefined;
    }
    return (0,manifest_variables/* normalizeBaseUrl */.qT)(text);
}
/**
 * Whether a check is compared: an http check whose URL uses {{ BASE_URL }}, with a GET or HEAD
 * request unless it says `compare: true`; `compare: false` never. Read from the manifest's text,
 * before variables are replaced.
 */
function isCompared(raw) {
    if (raw.type !== 'http' || raw.compare === false || raw.skip === true)
        return false;
    const request = isRecord(raw.request) ? raw.request : {};
    if (typeof request.url !== 'string' || !USES_BASE_URL.test(request.url))
        return false;
    return raw.compare === true || SAFE_METHODS.has(String(request.method ?? 'GET').toUpperCase());
}
/**
 * The variants the sampler runs: both read the whole body (the shapes are compared) and are never
 * retried; the baseline's keeps only the status assertions, so a baseline that answers an error
 * status fails (the comparison is then inconclusive) while an assertion about what the preview
 * adds never does.
 */
function comparedVariants(preview, baseline) {
    const sampled = (check) => {
        const request = check.request;
        return { ...check, request: { ...request, keptBodyBytes: request.maxBodyBytes }, retry: { count: 0, intervalMs: 0 } };
    };
    const baselineVariant = sampled(baseline);
    return {
        preview: sampled(preview),
        baseline: { ...baselineVariant, assertions: baselineVariant.assertions.filter((a) => a.type === 'statusCode') },
    };
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./src/manifest/parse-fast.ts
// The fast reading of a manifest: js-yaml (some 20x faster than yaml's parseDocument, and it
// allocates no syntax tree) with, for each map and list, the offset where it starts, which is all
// a valid manifest needs (each check's and assertion's line). Anything out of the ordinary
// (a syntax error, a duplicate key, anchors, aliases, tags, deep nesting) returns undefined, and the manifest is read again by yaml (parse-yaml.ts), which
// says exactly what and where. So this module never has to explain a problem.


/** YAML 1.2's core schema exactly as yaml reads it (js-yaml's CORE_SCHEMA also reads `1_000`, `0b1`, and not `1e3`). */
const INT = /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;
const SCHEMA = js_yaml/* FAILSAFE_SCHEMA */.uH.extend({
    // One type per tag: js-yaml keeps only the last of several with the same tag.
    implicit: [
        scalarType('null', /^(?:~|[Nn]ull|NULL)$/, () => null),
        scalarType('bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T'),
        scalarType('int', INT, (text) => (text[1] === 'o' ? parseInt(text.slice(2), 8) : text[1] === 'x' ? parseInt(text.slice(2), 16) : parseInt(text, 10))),
        scalarType('float', FLOAT, (text) => (/nan$/i.test(text) ? NaN : /inf$/i.test(text) ? (text[0] === '-' ? -Infinity : Infinity) : parseFloat(text))),
    ],
});
/**
 * What js-yaml reads differently, or without the checks yaml makes: a tag (`!!int`) at the start
 * of a token, an explicit key (`? `), a list or map used as a key (`[x, y]: 1`, which js-yaml turns
 * into text). A quoted value that merely looks like one only costs the careful reading.
 */
const UNORDINARY = /(?:^|[\s[{,:-])!|(?:^|[\s[{,])\?(?:\s|$)|[\]}]\s*:(?:\s|$)/m;
function scalarType(name, test, construct) {
    return new js_yaml/* Type */.ZU(`tag:yaml.org,2002:${name}`, { kind: 'scalar', resolve: (text) => typeof text === 'string' && test.test(text), construct });
}
function parseFast(text) {
    if (text.charCodeAt(0) === 0xfeff)
        return undefined; // js-yaml would drop it and shift every offset
    if (UNORDINARY.test(text))
        return undefined;
    const starts = new WeakMap();
    const opened = [];
    let ordinary = true;
    const listener = (event, state) => {
        if (event === 'open') {
            opened.push(state.position);
            if (opened.length > MAX_NESTING - 2)
                ordinary = false;
            return;
        }
        const from = opened.pop();
        if (state.anchor !== null)
            ordinary = false;
        const result = state.result;
        // A node can close twice (js-yaml wraps the root); the innermost opening is the node's own. No
        // alias shares a node: an alias needs an anchor, which sends the manifest to yaml.
        if (typeof result === 'object' && result !== null && !starts.has(result))
            starts.set(result, contentStart(text, from));
    };
    try {
        const value = (0,js_yaml/* load */.Hh)(text, { schema: SCHEMA, listener });
        return ordinary ? { value, starts } : undefined;
    }
    catch {
        return undefined;
    }
}
/** The first character of a node that js-yaml opened at `from`: past spaces, line breaks and comments. */
function contentStart(text, from) {
    let at = from;
    for (;;) {
        const char = text.charCodeAt(at);
        if (char === 0x20 || char === 0x09 || char === 0x0a || char === 0x0d)
            at++;
        else if (char === 0x23 && (at === 0 || /\s/.test(text[at - 1]))) {
            const end = text.indexOf('\n', at);
            if (end === -1)
                return text.length;
            at = end + 1;
        }
        else
            return at;
    }
}

;// CONCATENATED MODULE: ./src/manifest/schema-validator.generated.js
// Generated by scripts/schema-validator.mjs from schema/probegate.schema.json. Do not edit.
const validate = validate10;/* harmony default export */ const schema_validator_generated = ((/* unused pure expression or super */ null && (validate10)));const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://probegate.dev/schema/probegate.schema.json","title":"probegate checks manifest","type":"object","additionalProperties":false,"required":["version","checks"],"properties":{"$schema":{"type":"string"},"version":{"const":1},"defaults":{"$ref":"#/definitions/defaults"},"variables":{"type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":["string","number","boolean"]}},"ready":{"type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"type":"string"},"timeout":{"$ref":"#/definitions/duration"},"interval":{"$ref":"#/definitions/duration"},"status":{"type":"integer","minimum":100,"maximum":599},"assertions":{"type":"array","items":{"allOf":[{"$ref":"#/definitions/assertion"},{"$ref":"#/definitions/httpAssertion"}]}}}},"gate":{"type":"object","additionalProperties":false,"properties":{"fail_on":{"$ref":"#/definitions/selectors"},"warn_on":{"$ref":"#/definitions/selectors"}}},"baseline":{"type":"object","additionalProperties":false,"properties":{"base_url":{"type":"string","minLength":1},"samples":{"type":"integer","minimum":5,"maximum":100},"latency":{"type":"object","additionalProperties":false,"properties":{"ratio":{"type":"number","minimum":1,"maximum":100},"min_delta":{"$ref":"#/definitions/duration"}}},"headers":{"type":"array","items":{"type":"string","pattern":"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"}},"ignore":{"type":"array","items":{"type":"string","minLength":1}}}},"checks":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/check"}}},"definitions":{"ipFamily":{"enum":[4,6,"any"]},"duration":{"anyOf":[{"type":"string","pattern":"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},{"type":"number","minimum":0}]},"selectors":{"type":"array","items":{"type":"string","pattern":"^(all|(AUTHENTICATION_ERROR|CONNREFUSED|CONNRESET|DNS|HOSTUNREACH|NETUNREACH|HTTP2|INVALID_REQUEST|SSL|TIMEOUT|MALFORMED_RESPONSE|TOO_MANY_REDIRECTS|BODY_TOO_LARGE|WEBSOCKET|GRPC|INCORRECT_ASSERTION|REGRESSION|UNKNOWN)(:[A-Z0-9_]+)?)$"}},"retry":{"type":"object","additionalProperties":false,"properties":{"count":{"type":"integer","minimum":0,"maximum":10},"interval":{"$ref":"#/definitions/duration"}}},"httpVersion":{"enum":["http1","http2","any"]},"headers":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}},"pem":{"type":"string"},"tls":{"type":"object","additionalProperties":false,"properties":{"ca":{"$ref":"#/definitions/pem"},"cert":{"$ref":"#/definitions/pem"},"key":{"$ref":"#/definitions/pem"},"crl":{"$ref":"#/definitions/pem"},"servername":{"type":"string"},"insecure":{"type":"boolean"}}},"auth":{"type":"object","additionalProperties":false,"properties":{"basic":{"type":"object","additionalProperties":false,"required":["username","password"],"properties":{"username":{"type":"string"},"password":{"type":"string"}}},"bearer":{"type":"string"}}},"defaults":{"type":"object","additionalProperties":false,"properties":{"timeout":{"$ref":"#/definitions/duration"},"overall_timeout":{"$ref":"#/definitions/duration"},"retry":{"$ref":"#/definitions/retry"},"http_version":{"$ref":"#/definitions/httpVersion"},"follow_redirects":{"type":"boolean"},"headers":{"$ref":"#/definitions/headers"},"tls":{"$ref":"#/definitions/tls"},"fail_on":{"$ref":"#/definitions/selectors"},"warn_on":{"$ref":"#/definitions/selectors"},"ip_family":{"$ref":"#/definitions/ipFamily"}}},"port":{"type":"integer","minimum":1,"maximum":65535},"portOrString":{"anyOf":[{"$ref":"#/definitions/port"},{"type":"string"}]},"check":{"type":"object","required":["name","type"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"type":{"enum":["http","ssl","dns","tcp","udp","icmp","grpc","websocket","multistep"]},"steps":{"type":"array","minItems":1,"maxItems":20,"items":{"$ref":"#/definitions/step"}},"cookies":{"type":"boolean"},"request":{"type":"object"},"assertions":{"type":"array","items":{"$ref":"#/definitions/assertion"}},"timeout":{"$ref":"#/definitions/duration"},"overall_timeout":{"$ref":"#/definitions/duration"},"retry":{"$ref":"#/definitions/retry"},"http_version":{"$ref":"#/definitions/httpVersion"},"compare":{"type":"boolean"},"follow_redirects":{"type":"boolean"},"fail_on":{"$ref":"#/definitions/selectors"},"warn_on":{"$ref":"#/definitions/selectors"},"skip":{"type":"boolean"},"tags":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"uniqueItems":true},"ip_family":{"$ref":"#/definitions/ipFamily"}},"allOf":[{"if":{"properties":{"type":{"const":"http"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/httpRequest"},"assertions":{"items":{"$ref":"#/definitions/httpAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"ssl"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/sslRequest"},"assertions":{"items":{"$ref":"#/definitions/sslAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"dns"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/dnsRequest"},"assertions":{"items":{"$ref":"#/definitions/dnsAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"tcp"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/tcpRequest"},"assertions":{"items":{"$ref":"#/definitions/tcpAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"udp"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/udpRequest"},"assertions":{"items":{"$ref":"#/definitions/udpAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"icmp"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/icmpRequest"},"assertions":{"items":{"$ref":"#/definitions/icmpAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"grpc"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/grpcRequest"},"assertions":{"items":{"$ref":"#/definitions/grpcAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"websocket"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/websocketRequest"},"assertions":{"items":{"$ref":"#/definitions/websocketAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"multistep"}},"type":"object"},"then":{"required":["steps"],"properties":{"steps":{"type":"array"},"request":{"not":{}},"assertions":{"not":{}},"timeout":{"not":{}}},"type":"object"}},{"if":{"properties":{"type":{"not":{"const":"multistep"}}},"type":"object"},"then":{"required":["request"],"properties":{"request":{"type":"object"},"steps":{"not":{}},"cookies":{"not":{}}},"type":"object"}}]},"step":{"type":"object","required":["name","type"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"type":{"enum":["http","ssl","dns","tcp","udp","icmp","grpc","websocket","wait"]},"request":{"type":"object"},"assertions":{"type":"array","items":{"$ref":"#/definitions/assertion"}},"timeout":{"$ref":"#/definitions/duration"},"overall_timeout":{"$ref":"#/definitions/duration"},"retry":{"$ref":"#/definitions/retry"},"http_version":{"$ref":"#/definitions/httpVersion"},"follow_redirects":{"type":"boolean"},"extract":{"type":"array","maxItems":10,"items":{"$ref":"#/definitions/extraction"}},"allow_failure":{"type":"boolean"},"duration":{"$ref":"#/definitions/duration"}},"allOf":[{"if":{"properties":{"type":{"const":"http"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/httpRequest"},"assertions":{"items":{"$ref":"#/definitions/httpAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"ssl"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/sslRequest"},"assertions":{"items":{"$ref":"#/definitions/sslAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"dns"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/dnsRequest"},"assertions":{"items":{"$ref":"#/definitions/dnsAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"tcp"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/tcpRequest"},"assertions":{"items":{"$ref":"#/definitions/tcpAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"udp"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/udpRequest"},"assertions":{"items":{"$ref":"#/definitions/udpAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"icmp"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/icmpRequest"},"assertions":{"items":{"$ref":"#/definitions/icmpAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"grpc"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/grpcRequest"},"assertions":{"items":{"$ref":"#/definitions/grpcAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"websocket"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/websocketRequest"},"assertions":{"items":{"$ref":"#/definitions/websocketAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"wait"}},"type":"object"},"then":{"required":["duration"],"properties":{"duration":{"$ref":"#/definitions/duration"},"request":{"not":{}},"extract":{"not":{}}},"type":"object"}},{"if":{"properties":{"type":{"not":{"const":"wait"}}},"type":"object"},"then":{"required":["request"],"properties":{"request":{"type":"object"},"duration":{"not":{}}},"type":"object"}}]},"extraction":{"type":"object","required":["name","from"],"additionalProperties":false,"properties":{"name":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"from":{"enum":["status","header","cookie","body","jsonpath","message","metadata","record"]},"path":{"type":"string"},"property":{"type":"string"},"regex":{"type":"string"},"secret":{"type":"boolean"}}},"websocketMessage":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"send":{"type":"string"},"receive":{"type":"object","additionalProperties":false,"properties":{"assertions":{"type":"array","items":{"$ref":"#/definitions/websocketAssertion"}},"until":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/websocketAssertion"}},"within":{"$ref":"#/definitions/duration"}}}}},"httpRequest":{"type":"object","additionalProperties":false,"required":["url"],"properties":{"method":{"enum":["GET","HEAD","POST","PUT","PATCH","DELETE","OPTIONS","get","head","post","put","patch","delete","options"]},"url":{"type":"string"},"headers":{"$ref":"#/definitions/headers"},"query":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}},"body":{"type":["string","object","array"]},"http_version":{"$ref":"#/definitions/httpVersion"},"follow_redirects":{"type":"boolean"},"auth":{"$ref":"#/definitions/auth"},"proxy":{"type":"string","minLength":1},"tls":{"$ref":"#/definitions/tls"}}},"sslRequest":{"type":"object","additionalProperties":false,"required":["host"],"properties":{"host":{"type":"string"},"port":{"$ref":"#/definitions/portOrString"},"servername":{"type":"string"},"ca":{"$ref":"#/definitions/pem"},"cert":{"$ref":"#/definitions/pem"},"key":{"$ref":"#/definitions/pem"},"crl":{"$ref":"#/definitions/pem"},"insecure":{"type":"boolean"}}},"dnsRequest":{"type":"object","additionalProperties":false,"required":["host"],"properties":{"host":{"type":"string"},"record_type":{"enum":["A","AAAA","CNAME","MX","NS","TXT","SRV","CAA","SOA","PTR"]},"server":{"type":"string"},"port":{"$ref":"#/definitions/portOrString"}}},"tcpRequest":{"type":"object","additionalProperties":false,"required":["host","port"],"properties":{"host":{"type":"string"},"port":{"$ref":"#/definitions/portOrString"}}},"udpRequest":{"type":"object","additionalProperties":false,"required":["host","port","message"],"properties":{"host":{"type":"string"},"port":{"$ref":"#/definitions/portOrString"},"message":{"type":"string"}}},"icmpRequest":{"type":"object","additionalProperties":false,"required":["host"],"properties":{"host":{"type":"string"},"count":{"type":"integer","minimum":1,"maximum":10}}},"grpcRequest":{"type":"object","additionalProperties":false,"required":["host","port","call"],"properties":{"host":{"type":"string"},"port":{"$ref":"#/definitions/portOrString"},"tls":{"anyOf":[{"type":"boolean"},{"$ref":"#/definitions/tls"}]},"metadata":{"type":"object","additionalProperties":{"type":"string"}},"call":{"enum":["health","unary"]},"service":{"type":"string"},"proto":{"type":"string"},"method":{"type":"string"},"message":{"type":["object","string"]}},"if":{"properties":{"call":{"const":"unary"}},"type":"object"},"then":{"type":"object","properties":{"proto":{"type":"string"},"service":{"type":"string"},"method":{"type":"string"}},"required":["proto","service","method"]}},"websocketRequest":{"type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"type":"string"},"headers":{"$ref":"#/definitions/headers"},"auth":{"$ref":"#/definitions/auth"},"message":{"type":"string"},"messages":{"type":"array","minItems":1,"maxItems":50,"items":{"$ref":"#/definitions/websocketMessage"}},"proxy":{"type":"string","minLength":1},"tls":{"$ref":"#/definitions/tls"}}},"operator":{"enum":["is","isNot","contains","doesNotContain","matches","doesNotMatch","lessThan","lessThanOrEqual","moreThan","moreThanOrEqual","doesNotExist","isInMoreThan","isInLessThan"]},"assertion":{"type":"object","required":["type","operator"],"additionalProperties":false,"properties":{"type":{"type":"string"},"operator":{"$ref":"#/definitions/operator"},"target":{},"property":{"type":"string"},"path":{"type":"string"}},"if":{"properties":{"operator":{"not":{"const":"doesNotExist"}}},"type":"object"},"then":{"type":"object","properties":{"target":{}},"required":["target"]}},"httpAssertion":{"properties":{"type":{"enum":["statusCode","responseTime","header","body","jsonpath","bodyHash","jsonSchema","tlsVersion"]}},"allOf":[{"$ref":"#/definitions/needsProperty"}],"type":"object"},"sslAssertion":{"properties":{"type":{"enum":["certificate","property","tlsVersion","minTlsVersion","responseTime"]}},"allOf":[{"$ref":"#/definitions/needsProperty"}],"type":"object"},"dnsAssertion":{"properties":{"type":{"enum":["recordSome","recordEvery","responseTime"]}},"allOf":[{"$ref":"#/definitions/needsProperty"}],"type":"object"},"tcpAssertion":{"properties":{"type":{"enum":["connection","responseTime"]}},"type":"object"},"udpAssertion":{"properties":{"type":{"enum":["receivedMessage","responseTime"]}},"type":"object"},"icmpAssertion":{"properties":{"type":{"enum":["latency","packetLossPercentage","packetsReceived"]}},"allOf":[{"$ref":"#/definitions/needsProperty"}],"type":"object"},"grpcAssertion":{"properties":{"type":{"enum":["grpcHealthcheckStatus","grpcMetadata","grpcProto","responseTime"]}},"allOf":[{"$ref":"#/definitions/needsProperty"}],"type":"object"},"websocketAssertion":{"properties":{"type":{"enum":["receivedMessage","header","responseTime"]}},"allOf":[{"$ref":"#/definitions/needsProperty"}],"type":"object"},"needsProperty":{"allOf":[{"if":{"properties":{"type":{"enum":["header","bodyHash","property","recordSome","recordEvery","latency","grpcMetadata"]}},"required":["type"],"type":"object"},"then":{"type":"object","properties":{"property":{"type":"string"}},"required":["property"]}},{"if":{"properties":{"type":{"const":"jsonpath"}},"required":["type"],"type":"object"},"then":{"type":"object","properties":{"path":{"type":"string"}},"required":["path"]}}],"type":"object"}}};const schema13 = {"anyOf":[{"type":"string","pattern":"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},{"type":"number","minimum":0}]};const schema24 = {"type":"array","items":{"type":"string","pattern":"^(all|(AUTHENTICATION_ERROR|CONNREFUSED|CONNRESET|DNS|HOSTUNREACH|NETUNREACH|HTTP2|INVALID_REQUEST|SSL|TIMEOUT|MALFORMED_RESPONSE|TOO_MANY_REDIRECTS|BODY_TOO_LARGE|WEBSOCKET|GRPC|INCORRECT_ASSERTION|REGRESSION|UNKNOWN)(:[A-Z0-9_]+)?)$"}};const schema12 = {"type":"object","additionalProperties":false,"properties":{"timeout":{"$ref":"#/definitions/duration"},"overall_timeout":{"$ref":"#/definitions/duration"},"retry":{"$ref":"#/definitions/retry"},"http_version":{"$ref":"#/definitions/httpVersion"},"follow_redirects":{"type":"boolean"},"headers":{"$ref":"#/definitions/headers"},"tls":{"$ref":"#/definitions/tls"},"fail_on":{"$ref":"#/definitions/selectors"},"warn_on":{"$ref":"#/definitions/selectors"},"ip_family":{"$ref":"#/definitions/ipFamily"}}};const schema17 = {"enum":["http1","http2","any"]};const schema18 = {"type":"object","additionalProperties":{"type":["string","number","boolean"]}};const schema26 = {"enum":[4,6,"any"]};const func2 = Object.prototype.hasOwnProperty;const pattern0 = new RegExp("^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$", "u");const pattern3 = new RegExp("^(all|(AUTHENTICATION_ERROR|CONNREFUSED|CONNRESET|DNS|HOSTUNREACH|NETUNREACH|HTTP2|INVALID_REQUEST|SSL|TIMEOUT|MALFORMED_RESPONSE|TOO_MANY_REDIRECTS|BODY_TOO_LARGE|WEBSOCKET|GRPC|INCORRECT_ASSERTION|REGRESSION|UNKNOWN)(:[A-Z0-9_]+)?)$", "u");const schema15 = {"type":"object","additionalProperties":false,"properties":{"count":{"type":"integer","minimum":0,"maximum":10},"interval":{"$ref":"#/definitions/duration"}}};function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "count") || (key0 === "interval"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.count !== undefined){let data0 = data.count;if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){const err1 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.count.type,parentSchema:schema15.properties.count,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(typeof data0 == "number"){if(data0 > 10 || isNaN(data0)){const err2 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema15.properties.count,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data0 < 0 || isNaN(data0)){const err3 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.count,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}if(data.interval !== undefined){let data1 = data.interval;const _errs6 = errors;let valid2 = false;const _errs7 = errors;if(typeof data1 === "string"){if(!pattern0.test(data1)){const err4 = {instancePath:instancePath+"/interval",schemaPath:"#/definitions/duration/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema13.anyOf[0],data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/interval",schemaPath:"#/definitions/duration/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.anyOf[0].type,parentSchema:schema13.anyOf[0],data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs7 === errors;valid2 = valid2 || _valid0;if(!valid2){const _errs9 = errors;if(typeof data1 == "number"){if(data1 < 0 || isNaN(data1)){const err6 = {instancePath:instancePath+"/interval",schemaPath:"#/definitions/duration/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.anyOf[1],data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/interval",schemaPath:"#/definitions/duration/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.anyOf[1].type,parentSchema:schema13.anyOf[1],data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid0 = _errs9 === errors;valid2 = valid2 || _valid0;}if(!valid2){const err8 = {instancePath:instancePath+"/interval",schemaPath:"#/definitions/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema13.anyOf,parentSchema:schema13,data:data1};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}else {errors = _errs6;if(vErrors !== null){if(_errs6){vErrors.length = _errs6;}else {vErrors = null;}}}}}else {const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}validate12.errors = vErrors;return errors === 0;}const schema19 = {"type":"object","additionalProperties":false,"properties":{"ca":{"$ref":"#/definitions/pem"},"cert":{"$ref":"#/definitions/pem"},"key":{"$ref":"#/definitions/pem"},"crl":{"$ref":"#/definitions/pem"},"servername":{"type":"string"},"insecure":{"type":"boolean"}}};const schema20 = {"type":"string"};function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((key0 === "ca") || (key0 === "cert")) || (key0 === "key")) || (key0 === "crl")) || (key0 === "servername")) || (key0 === "insecure"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.ca !== undefined){let data0 = data.ca;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/ca",schemaPath:"#/definitions/pem/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.cert !== undefined){let data1 = data.cert;if(typeof data1 !== "string"){const err2 = {instancePath:instancePath+"/cert",schemaPath:"#/definitions/pem/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.key !== undefined){let data2 = data.key;if(typeof data2 !== "string"){const err3 = {instancePath:instancePath+"/key",schemaPath:"#/definitions/pem/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.crl !== undefined){let data3 = data.crl;if(typeof data3 !== "string"){const err4 = {instancePath:instancePath+"/crl",schemaPath:"#/definitions/pem/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.servername !== undefined){let data4 = data.servername;if(typeof data4 !== "string"){const err5 = {instancePath:instancePath+"/servername",schemaPath:"#/properties/servername/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.servername.type,parentSchema:schema19.properties.servername,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.insecure !== undefined){let data5 = data.insecure;if(typeof data5 !== "boolean"){const err6 = {instancePath:instancePath+"/insecure",schemaPath:"#/properties/insecure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema19.properties.insecure.type,parentSchema:schema19.properties.insecure,data:data5};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}validate14.errors = vErrors;return errors === 0;}function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema12.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.timeout !== undefined){let data0 = data.timeout;const _errs4 = errors;let valid2 = false;const _errs5 = errors;if(typeof data0 === "string"){if(!pattern0.test(data0)){const err1 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema13.anyOf[0],data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.anyOf[0].type,parentSchema:schema13.anyOf[0],data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}var _valid0 = _errs5 === errors;valid2 = valid2 || _valid0;if(!valid2){const _errs7 = errors;if(typeof data0 == "number"){if(data0 < 0 || isNaN(data0)){const err3 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.anyOf[1],data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.anyOf[1].type,parentSchema:schema13.anyOf[1],data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var _valid0 = _errs7 === errors;valid2 = valid2 || _valid0;}if(!valid2){const err5 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema13.anyOf,parentSchema:schema13,data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}else {errors = _errs4;if(vErrors !== null){if(_errs4){vErrors.length = _errs4;}else {vErrors = null;}}}}if(data.overall_timeout !== undefined){let data1 = data.overall_timeout;const _errs11 = errors;let valid4 = false;const _errs12 = errors;if(typeof data1 === "string"){if(!pattern0.test(data1)){const err6 = {instancePath:instancePath+"/overall_timeout",schemaPath:"#/definitions/duration/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema13.anyOf[0],data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/overall_timeout",schemaPath:"#/definitions/duration/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.anyOf[0].type,parentSchema:schema13.anyOf[0],data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid1 = _errs12 === errors;valid4 = valid4 || _valid1;if(!valid4){const _errs14 = errors;if(typeof data1 == "number"){if(data1 < 0 || isNaN(data1)){const err8 = {instancePath:instancePath+"/overall_timeout",schemaPath:"#/definitions/duration/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.anyOf[1],data:data1};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/overall_timeout",schemaPath:"#/definitions/duration/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.anyOf[1].type,parentSchema:schema13.anyOf[1],data:data1};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var _valid1 = _errs14 === errors;valid4 = valid4 || _valid1;}if(!valid4){const err10 = {instancePath:instancePath+"/overall_timeout",schemaPath:"#/definitions/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema13.anyOf,parentSchema:schema13,data:data1};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}else {errors = _errs11;if(vErrors !== null){if(_errs11){vErrors.length = _errs11;}else {vErrors = null;}}}}if(data.retry !== undefined){if(!(validate12(data.retry, {instancePath:instancePath+"/retry",parentData:data,parentDataProperty:"retry",rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}if(data.http_version !== undefined){let data3 = data.http_version;if(!(((data3 === "http1") || (data3 === "http2")) || (data3 === "any"))){const err11 = {instancePath:instancePath+"/http_version",schemaPath:"#/definitions/httpVersion/enum",keyword:"enum",params:{allowedValues: schema17.enum},message:"must be equal to one of the allowed values",schema:schema17.enum,parentSchema:schema17,data:data3};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.follow_redirects !== undefined){let data4 = data.follow_redirects;if(typeof data4 !== "boolean"){const err12 = {instancePath:instancePath+"/follow_redirects",schemaPath:"#/properties/follow_redirects/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.follow_redirects.type,parentSchema:schema12.properties.follow_redirects,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.headers !== undefined){let data5 = data.headers;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key1 in data5){let data6 = data5[key1];if(((typeof data6 !== "string") && (!(typeof data6 == "number"))) && (typeof data6 !== "boolean")){const err13 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/headers/additionalProperties/type",keyword:"type",params:{type: schema18.additionalProperties.type},message:"must be string,number,boolean",schema:schema18.additionalProperties.type,parentSchema:schema18.additionalProperties,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/headers",schemaPath:"#/definitions/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.tls !== undefined){if(!(validate14(data.tls, {instancePath:instancePath+"/tls",parentData:data,parentDataProperty:"tls",rootData}))){vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);errors = vErrors.length;}}if(data.fail_on !== undefined){let data8 = data.fail_on;if(Array.isArray(data8)){const len0 = data8.length;for(let i0=0; i0<len0; i0++){let data9 = data8[i0];if(typeof data9 === "string"){if(!pattern3.test(data9)){const err15 = {instancePath:instancePath+"/fail_on/" + i0,schemaPath:"#/definitions/selectors/items/pattern",keyword:"pattern",params:{pattern: "^(all|(AUTHENTICATION_ERROR|CONNREFUSED|CONNRESET|DNS|HOSTUNREACH|NETUNREACH|HTTP2|INVALID_REQUEST|SSL|TIMEOUT|MALFORMED_RESPONSE|TOO_MANY_REDIRECTS|BODY_TOO_LARGE|WEBSOCKET|GRPC|INCORRECT_ASSERTION|REGRESSION|UNKNOWN)(:[A-Z0-9_]+)?)$"},message:"must match pattern \""+"^(all|(AUTHENTICATION_ERROR|CONNREFUSED|CONNRESET|DNS|HOSTUNREACH|NETUNREACH|HTTP2|INVALID_REQUEST|SSL|TIMEOUT|MALFORMED_RESPONSE|TOO_MANY_REDIRECTS|BODY_TOO_LARGE|WEBSOCKET|GRPC|INCORRECT_ASSERTION|REGRESSION|UNKNOWN)(:[A-Z0-9_]+)?)$"+"\"",schema:"^(all|(AUTHENTICATION_ERROR|CONNREFUSED|CONNRESET|DNS|HOSTUNREACH|NETUNREACH|HTTP2|INVALID_REQUEST|SSL|TIMEOUT|MALFORMED_RESPONSE|TOO_MANY_REDIRECTS|BODY_TOO_LARGE|WEBSOCKET|GRPC|INCORRECT_ASSERTION|REGRESSION|UNKNOWN)(:[A-Z0-9_]+)?)$",parentSchema:schema24.items,data:data9};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/fail_on/" + i0,schemaPath:"#/definitions/selectors/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.type,parentSchema:schema24.items,data:data9};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/fail_on",schemaPath:"#/definitions/selectors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.type,parentSchema:schema24,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.warn_on !== undefined){let data10 = data.warn_on;if(Array.isArray(data10)){const len1 = data10.length;for(let i1=0; i1<len1; i1++){let data11 = data10[i1];if(typeof data11 === "string"){if(!pattern3.test(data11)){const err18 = {instancePath:instancePath+"/warn_on/" + i1,schemaPath:"#/definitions/selectors/items/pattern",keyword:"pattern",params:{pattern: "^(all|(AUTHENTICATION_ERROR|CONNREFUSED|CONNRESET|DNS|HOSTUNREACH|NETUNREACH|HTTP2|INVALID_REQUEST|SSL|TIMEOUT|MALFORMED_RESPONSE|TOO_MANY_REDIRECTS|BODY_TOO_LARGE|WEBSOCKET|GRPC|INCORRECT_ASSERTION|REGRESSION|UNKNOWN)(:[A-Z0-9_]+)?)$"},message:"must match pattern \""+"^(all|(AUTHENTICATION_ERROR|CONNREFUSED|CONNRESET|DNS|HOSTUNREACH|NETUNREACH|HTTP2|INVALID_REQUEST|SSL|TIMEOUT|MALFORMED_RESPONSE|TOO_MANY_REDIRECTS|BODY_TOO_LARGE|WEBSOCKET|GRPC|INCORRECT_ASSERTION|REGRESSION|UNKNOWN)(:[A-Z0-9_]+)?)$"+"\"",schema:"^(all|(AUTHENTICATION_ERROR|CONNREFUSED|CONNRESET|DNS|HOSTUNREACH|NETUNREACH|HTTP2|INVALID_REQUEST|SSL|TIMEOUT|MALFORMED_RESPONSE|TOO_MANY_REDIRECTS|BODY_TOO_LARGE|WEBSOCKET|GRPC|INCORRECT_ASSERTION|REGRESSION|UNKNOWN)(:[A-Z0-9_]+)?)$",parentSchema:schema24.items,data:data11};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/warn_on/" + i1,schemaPath:"#/definitions/selectors/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.type,parentSchema:schema24.items,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/warn_on",schemaPath:"#/definitions/selectors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.type,parentSchema:schema24,data:data10};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.ip_family !== undefined){let data12 = data.ip_family;if(!(((data12 === 4) || (data12 === 6)) || (data12 === "any"))){const err21 = {instancePath:instancePath+"/ip_family",schemaPath:"#/definitions/ipFamily/enum",keyword:"enum",params:{allowedValues: schema26.enum},message:"must be equal to one of the allowed values",schema:schema26.enum,parentSchema:schema26,data:data12};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}validate11.errors = vErrors;return errors === 0;}const schema29 = {"type":"object","required":["type","operator"],"additionalProperties":false,"properties":{"type":{"type":"string"},"operator":{"$ref":"#/definitions/operator"},"target":{},"property":{"type":"string"},"path":{"type":"string"}},"if":{"properties":{"operator":{"not":{"const":"doesNotExist"}}},"type":"object"},"then":{"type":"object","properties":{"target":{}},"required":["target"]}};const schema30 = {"enum":["is","isNot","contains","doesNotContain","matches","doesNotMatch","lessThan","lessThanOrEqual","moreThan","moreThanOrEqual","doesNotExist","isInMoreThan","isInLessThan"]};function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs1 = errors;let valid0 = true;const _errs2 = errors;if(errors === _errs2){if(data && typeof data == "object" && !Array.isArray(data)){if(data.operator !== undefined){const _errs5 = errors;const _errs6 = errors;if("doesNotExist" !== data.operator){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var valid2 = _errs6 === errors;if(valid2){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}else {errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}}}}else {const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs2 === errors;errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}if(_valid0){const _errs7 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.target === undefined){const err3 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema29.then.required,parentSchema:schema29.then,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath,schemaPath:"#/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.then.type,parentSchema:schema29.then,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var _valid0 = _errs7 === errors;valid0 = _valid0;}if(!valid0){const err5 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema29.if,parentSchema:schema29,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema29.required,parentSchema:schema29,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.operator === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "operator"},message:"must have required property '"+"operator"+"'",schema:schema29.required,parentSchema:schema29,data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}for(const key0 in data){if(!(((((key0 === "type") || (key0 === "operator")) || (key0 === "target")) || (key0 === "property")) || (key0 === "path"))){const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema29,data};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.type !== undefined){let data1 = data.type;if(typeof data1 !== "string"){const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.type.type,parentSchema:schema29.properties.type,data:data1};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.operator !== undefined){let data2 = data.operator;if(!(((((((((((((data2 === "is") || (data2 === "isNot")) || (data2 === "contains")) || (data2 === "doesNotContain")) || (data2 === "matches")) || (data2 === "doesNotMatch")) || (data2 === "lessThan")) || (data2 === "lessThanOrEqual")) || (data2 === "moreThan")) || (data2 === "moreThanOrEqual")) || (data2 === "doesNotExist")) || (data2 === "isInMoreThan")) || (data2 === "isInLessThan"))){const err10 = {instancePath:instancePath+"/operator",schemaPath:"#/definitions/operator/enum",keyword:"enum",params:{allowedValues: schema30.enum},message:"must be equal to one of the allowed values",schema:schema30.enum,parentSchema:schema30,data:data2};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.property !== undefined){let data3 = data.property;if(typeof data3 !== "string"){const err11 = {instancePath:instancePath+"/property",schemaPath:"#/properties/property/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.property.type,parentSchema:schema29.properties.property,data:data3};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.path !== undefined){let data4 = data.path;if(typeof data4 !== "string"){const err12 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.path.type,parentSchema:schema29.properties.path,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}validate17.errors = vErrors;return errors === 0;}const schema31 = {"properties":{"type":{"enum":["statusCode","responseTime","header","body","jsonpath","bodyHash","jsonSchema","tlsVersion"]}},"allOf":[{"$ref":"#/definitions/needsProperty"}],"type":"object"};const schema32 = {"allOf":[{"if":{"properties":{"type":{"enum":["header","bodyHash","property","recordSome","recordEvery","latency","grpcMetadata"]}},"required":["type"],"type":"object"},"then":{"type":"object","properties":{"property":{"type":"string"}},"required":["property"]}},{"if":{"properties":{"type":{"const":"jsonpath"}},"required":["type"],"type":"object"},"then":{"type":"object","properties":{"path":{"type":"string"}},"required":["path"]}}],"type":"object"};function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(data && typeof data == "object" && !Array.isArray(data))){const err0 = {instancePath,schemaPath:"#/definitions/needsProperty/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}const _errs5 = errors;let valid3 = true;const _errs6 = errors;if(errors === _errs6){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.type === undefined) && (missing0 = "type")){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}else {if(data.type !== undefined){let data0 = data.type;if(!(((((((data0 === "header") || (data0 === "bodyHash")) || (data0 === "property")) || (data0 === "recordSome")) || (data0 === "recordEvery")) || (data0 === "latency")) || (data0 === "grpcMetadata"))){const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}}else {const err3 = {};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}var _valid0 = _errs6 === errors;errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}if(_valid0){const _errs9 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.property === undefined){const err4 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/0/then/required",keyword:"required",params:{missingProperty: "property"},message:"must have required property '"+"property"+"'",schema:schema32.allOf[0].then.required,parentSchema:schema32.allOf[0].then,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.property !== undefined){let data1 = data.property;if(typeof data1 !== "string"){const err5 = {instancePath:instancePath+"/property",schemaPath:"#/definitions/needsProperty/allOf/0/then/properties/property/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.allOf[0].then.properties.property.type,parentSchema:schema32.allOf[0].then.properties.property,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.allOf[0].then.type,parentSchema:schema32.allOf[0].then,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid0 = _errs9 === errors;valid3 = _valid0;}if(!valid3){const err7 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema32.allOf[0].if,parentSchema:schema32.allOf[0],data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}const _errs14 = errors;let valid6 = true;const _errs15 = errors;if(errors === _errs15){if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.type === undefined) && (missing1 = "type")){const err8 = {};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}else {if(data.type !== undefined){if("jsonpath" !== data.type){const err9 = {};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}}else {const err10 = {};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}var _valid1 = _errs15 === errors;errors = _errs14;if(vErrors !== null){if(_errs14){vErrors.length = _errs14;}else {vErrors = null;}}if(_valid1){const _errs18 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.path === undefined){const err11 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/1/then/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema32.allOf[1].then.required,parentSchema:schema32.allOf[1].then,data};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data.path !== undefined){let data3 = data.path;if(typeof data3 !== "string"){const err12 = {instancePath:instancePath+"/path",schemaPath:"#/definitions/needsProperty/allOf/1/then/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.allOf[1].then.properties.path.type,parentSchema:schema32.allOf[1].then.properties.path,data:data3};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.allOf[1].then.type,parentSchema:schema32.allOf[1].then,data};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}var _valid1 = _errs18 === errors;valid6 = _valid1;}if(!valid6){const err14 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema32.allOf[1].if,parentSchema:schema32.allOf[1],data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){let data4 = data.type;if(!((((((((data4 === "statusCode") || (data4 === "responseTime")) || (data4 === "header")) || (data4 === "body")) || (data4 === "jsonpath")) || (data4 === "bodyHash")) || (data4 === "jsonSchema")) || (data4 === "tlsVersion"))){const err15 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.type.enum,parentSchema:schema31.properties.type,data:data4};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}validate19.errors = vErrors;return errors === 0;}const schema36 = {"type":"object","required":["name","type"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"type":{"enum":["http","ssl","dns","tcp","udp","icmp","grpc","websocket","multistep"]},"steps":{"type":"array","minItems":1,"maxItems":20,"items":{"$ref":"#/definitions/step"}},"cookies":{"type":"boolean"},"request":{"type":"object"},"assertions":{"type":"array","items":{"$ref":"#/definitions/assertion"}},"timeout":{"$ref":"#/definitions/duration"},"overall_timeout":{"$ref":"#/definitions/duration"},"retry":{"$ref":"#/definitions/retry"},"http_version":{"$ref":"#/definitions/httpVersion"},"compare":{"type":"boolean"},"follow_redirects":{"type":"boolean"},"fail_on":{"$ref":"#/definitions/selectors"},"warn_on":{"$ref":"#/definitions/selectors"},"skip":{"type":"boolean"},"tags":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"uniqueItems":true},"ip_family":{"$ref":"#/definitions/ipFamily"}},"allOf":[{"if":{"properties":{"type":{"const":"http"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/httpRequest"},"assertions":{"items":{"$ref":"#/definitions/httpAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"ssl"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/sslRequest"},"assertions":{"items":{"$ref":"#/definitions/sslAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"dns"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/dnsRequest"},"assertions":{"items":{"$ref":"#/definitions/dnsAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"tcp"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/tcpRequest"},"assertions":{"items":{"$ref":"#/definitions/tcpAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"udp"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/udpRequest"},"assertions":{"items":{"$ref":"#/definitions/udpAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"icmp"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/icmpRequest"},"assertions":{"items":{"$ref":"#/definitions/icmpAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"grpc"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/grpcRequest"},"assertions":{"items":{"$ref":"#/definitions/grpcAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"websocket"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/websocketRequest"},"assertions":{"items":{"$ref":"#/definitions/websocketAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"multistep"}},"type":"object"},"then":{"required":["steps"],"properties":{"steps":{"type":"array"},"request":{"not":{}},"assertions":{"not":{}},"timeout":{"not":{}}},"type":"object"}},{"if":{"properties":{"type":{"not":{"const":"multistep"}}},"type":"object"},"then":{"required":["request"],"properties":{"request":{"type":"object"},"steps":{"not":{}},"cookies":{"not":{}}},"type":"object"}}]};const schema54 = {"properties":{"type":{"enum":["connection","responseTime"]}},"type":"object"};const schema56 = {"properties":{"type":{"enum":["receivedMessage","responseTime"]}},"type":"object"};const schema57 = {"type":"object","additionalProperties":false,"required":["host"],"properties":{"host":{"type":"string"},"count":{"type":"integer","minimum":1,"maximum":10}}};const schema37 = {"type":"object","additionalProperties":false,"required":["url"],"properties":{"method":{"enum":["GET","HEAD","POST","PUT","PATCH","DELETE","OPTIONS","get","head","post","put","patch","delete","options"]},"url":{"type":"string"},"headers":{"$ref":"#/definitions/headers"},"query":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}},"body":{"type":["string","object","array"]},"http_version":{"$ref":"#/definitions/httpVersion"},"follow_redirects":{"type":"boolean"},"auth":{"$ref":"#/definitions/auth"},"proxy":{"type":"string","minLength":1},"tls":{"$ref":"#/definitions/tls"}}};const schema40 = {"type":"object","additionalProperties":false,"properties":{"basic":{"type":"object","additionalProperties":false,"required":["username","password"],"properties":{"username":{"type":"string"},"password":{"type":"string"}}},"bearer":{"type":"string"}}};const func3 = (function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
});function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.url === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema37.required,parentSchema:schema37,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func2.call(schema37.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.method !== undefined){let data0 = data.method;if(!((((((((((((((data0 === "GET") || (data0 === "HEAD")) || (data0 === "POST")) || (data0 === "PUT")) || (data0 === "PATCH")) || (data0 === "DELETE")) || (data0 === "OPTIONS")) || (data0 === "get")) || (data0 === "head")) || (data0 === "post")) || (data0 === "put")) || (data0 === "patch")) || (data0 === "delete")) || (data0 === "options"))){const err2 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/enum",keyword:"enum",params:{allowedValues: schema37.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema37.properties.method.enum,parentSchema:schema37.properties.method,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.url !== undefined){let data1 = data.url;if(typeof data1 !== "string"){const err3 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.url.type,parentSchema:schema37.properties.url,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.headers !== undefined){let data2 = data.headers;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){let data3 = data2[key1];if(((typeof data3 !== "string") && (!(typeof data3 == "number"))) && (typeof data3 !== "boolean")){const err4 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/headers/additionalProperties/type",keyword:"type",params:{type: schema18.additionalProperties.type},message:"must be string,number,boolean",schema:schema18.additionalProperties.type,parentSchema:schema18.additionalProperties,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath:instancePath+"/headers",schemaPath:"#/definitions/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.query !== undefined){let data4 = data.query;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key2 in data4){let data5 = data4[key2];if(((typeof data5 !== "string") && (!(typeof data5 == "number"))) && (typeof data5 !== "boolean")){const err6 = {instancePath:instancePath+"/query/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/query/additionalProperties/type",keyword:"type",params:{type: schema37.properties.query.additionalProperties.type},message:"must be string,number,boolean",schema:schema37.properties.query.additionalProperties.type,parentSchema:schema37.properties.query.additionalProperties,data:data5};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.query.type,parentSchema:schema37.properties.query,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.body !== undefined){let data6 = data.body;if((!data6 || typeof data6 != "object") && (typeof data6 !== "string")){const err8 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: schema37.properties.body.type},message:"must be string,object,array",schema:schema37.properties.body.type,parentSchema:schema37.properties.body,data:data6};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.http_version !== undefined){let data7 = data.http_version;if(!(((data7 === "http1") || (data7 === "http2")) || (data7 === "any"))){const err9 = {instancePath:instancePath+"/http_version",schemaPath:"#/definitions/httpVersion/enum",keyword:"enum",params:{allowedValues: schema17.enum},message:"must be equal to one of the allowed values",schema:schema17.enum,parentSchema:schema17,data:data7};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.follow_redirects !== undefined){let data8 = data.follow_redirects;if(typeof data8 !== "boolean"){const err10 = {instancePath:instancePath+"/follow_redirects",schemaPath:"#/properties/follow_redirects/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.follow_redirects.type,parentSchema:schema37.properties.follow_redirects,data:data8};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.auth !== undefined){let data9 = data.auth;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){for(const key3 in data9){if(!((key3 === "basic") || (key3 === "bearer"))){const err11 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/auth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data:data9};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data9.basic !== undefined){let data10 = data9.basic;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){if(data10.username === undefined){const err12 = {instancePath:instancePath+"/auth/basic",schemaPath:"#/definitions/auth/properties/basic/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'",schema:schema40.properties.basic.required,parentSchema:schema40.properties.basic,data:data10};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data10.password === undefined){const err13 = {instancePath:instancePath+"/auth/basic",schemaPath:"#/definitions/auth/properties/basic/required",keyword:"required",params:{missingProperty: "password"},message:"must have required property '"+"password"+"'",schema:schema40.properties.basic.required,parentSchema:schema40.properties.basic,data:data10};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}for(const key4 in data10){if(!((key4 === "username") || (key4 === "password"))){const err14 = {instancePath:instancePath+"/auth/basic",schemaPath:"#/definitions/auth/properties/basic/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema40.properties.basic,data:data10};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data10.username !== undefined){let data11 = data10.username;if(typeof data11 !== "string"){const err15 = {instancePath:instancePath+"/auth/basic/username",schemaPath:"#/definitions/auth/properties/basic/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.basic.properties.username.type,parentSchema:schema40.properties.basic.properties.username,data:data11};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data10.password !== undefined){let data12 = data10.password;if(typeof data12 !== "string"){const err16 = {instancePath:instancePath+"/auth/basic/password",schemaPath:"#/definitions/auth/properties/basic/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.basic.properties.password.type,parentSchema:schema40.properties.basic.properties.password,data:data12};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/auth/basic",schemaPath:"#/definitions/auth/properties/basic/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.properties.basic.type,parentSchema:schema40.properties.basic,data:data10};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data9.bearer !== undefined){let data13 = data9.bearer;if(typeof data13 !== "string"){const err18 = {instancePath:instancePath+"/auth/bearer",schemaPath:"#/definitions/auth/properties/bearer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.bearer.type,parentSchema:schema40.properties.bearer,data:data13};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/auth/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data:data9};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.proxy !== undefined){let data14 = data.proxy;if(typeof data14 === "string"){if(func3(data14) < 1){const err20 = {instancePath:instancePath+"/proxy",schemaPath:"#/properties/proxy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.proxy,data:data14};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/proxy",schemaPath:"#/properties/proxy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.proxy.type,parentSchema:schema37.properties.proxy,data:data14};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.tls !== undefined){if(!(validate14(data.tls, {instancePath:instancePath+"/tls",parentData:data,parentDataProperty:"tls",rootData}))){vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);errors = vErrors.length;}}}else {const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}validate22.errors = vErrors;return errors === 0;}const schema41 = {"type":"object","additionalProperties":false,"required":["host"],"properties":{"host":{"type":"string"},"port":{"$ref":"#/definitions/portOrString"},"servername":{"type":"string"},"ca":{"$ref":"#/definitions/pem"},"cert":{"$ref":"#/definitions/pem"},"key":{"$ref":"#/definitions/pem"},"crl":{"$ref":"#/definitions/pem"},"insecure":{"type":"boolean"}}};const schema42 = {"anyOf":[{"$ref":"#/definitions/port"},{"type":"string"}]};const schema43 = {"type":"integer","minimum":1,"maximum":65535};function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;const _errs1 = errors;if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){const err0 = {instancePath,schemaPath:"#/definitions/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.type,parentSchema:schema43,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(typeof data == "number"){if(data > 65535 || isNaN(data)){const err1 = {instancePath,schemaPath:"#/definitions/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema43,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data < 1 || isNaN(data)){const err2 = {instancePath,schemaPath:"#/definitions/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema43,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs1 === errors;valid0 = valid0 || _valid0;if(!valid0){const _errs4 = errors;if(typeof data !== "string"){const err3 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.anyOf[1].type,parentSchema:schema42.anyOf[1],data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs4 === errors;valid0 = valid0 || _valid0;}if(!valid0){const err4 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema42.anyOf,parentSchema:schema42,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate27.errors = vErrors;return errors === 0;}function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.host === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema41.required,parentSchema:schema41,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((((((key0 === "host") || (key0 === "port")) || (key0 === "servername")) || (key0 === "ca")) || (key0 === "cert")) || (key0 === "key")) || (key0 === "crl")) || (key0 === "insecure"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.host !== undefined){let data0 = data.host;if(typeof data0 !== "string"){const err2 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.host.type,parentSchema:schema41.properties.host,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.port !== undefined){if(!(validate27(data.port, {instancePath:instancePath+"/port",parentData:data,parentDataProperty:"port",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data.servername !== undefined){let data2 = data.servername;if(typeof data2 !== "string"){const err3 = {instancePath:instancePath+"/servername",schemaPath:"#/properties/servername/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.servername.type,parentSchema:schema41.properties.servername,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.ca !== undefined){let data3 = data.ca;if(typeof data3 !== "string"){const err4 = {instancePath:instancePath+"/ca",schemaPath:"#/definitions/pem/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.cert !== undefined){let data4 = data.cert;if(typeof data4 !== "string"){const err5 = {instancePath:instancePath+"/cert",schemaPath:"#/definitions/pem/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.key !== undefined){let data5 = data.key;if(typeof data5 !== "string"){const err6 = {instancePath:instancePath+"/key",schemaPath:"#/definitions/pem/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data5};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.crl !== undefined){let data6 = data.crl;if(typeof data6 !== "string"){const err7 = {instancePath:instancePath+"/crl",schemaPath:"#/definitions/pem/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data6};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.insecure !== undefined){let data7 = data.insecure;if(typeof data7 !== "boolean"){const err8 = {instancePath:instancePath+"/insecure",schemaPath:"#/properties/insecure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.insecure.type,parentSchema:schema41.properties.insecure,data:data7};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}validate26.errors = vErrors;return errors === 0;}const schema48 = {"properties":{"type":{"enum":["certificate","property","tlsVersion","minTlsVersion","responseTime"]}},"allOf":[{"$ref":"#/definitions/needsProperty"}],"type":"object"};function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(data && typeof data == "object" && !Array.isArray(data))){const err0 = {instancePath,schemaPath:"#/definitions/needsProperty/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}const _errs5 = errors;let valid3 = true;const _errs6 = errors;if(errors === _errs6){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.type === undefined) && (missing0 = "type")){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}else {if(data.type !== undefined){let data0 = data.type;if(!(((((((data0 === "header") || (data0 === "bodyHash")) || (data0 === "property")) || (data0 === "recordSome")) || (data0 === "recordEvery")) || (data0 === "latency")) || (data0 === "grpcMetadata"))){const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}}else {const err3 = {};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}var _valid0 = _errs6 === errors;errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}if(_valid0){const _errs9 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.property === undefined){const err4 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/0/then/required",keyword:"required",params:{missingProperty: "property"},message:"must have required property '"+"property"+"'",schema:schema32.allOf[0].then.required,parentSchema:schema32.allOf[0].then,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.property !== undefined){let data1 = data.property;if(typeof data1 !== "string"){const err5 = {instancePath:instancePath+"/property",schemaPath:"#/definitions/needsProperty/allOf/0/then/properties/property/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.allOf[0].then.properties.property.type,parentSchema:schema32.allOf[0].then.properties.property,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.allOf[0].then.type,parentSchema:schema32.allOf[0].then,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid0 = _errs9 === errors;valid3 = _valid0;}if(!valid3){const err7 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema32.allOf[0].if,parentSchema:schema32.allOf[0],data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}const _errs14 = errors;let valid6 = true;const _errs15 = errors;if(errors === _errs15){if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.type === undefined) && (missing1 = "type")){const err8 = {};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}else {if(data.type !== undefined){if("jsonpath" !== data.type){const err9 = {};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}}else {const err10 = {};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}var _valid1 = _errs15 === errors;errors = _errs14;if(vErrors !== null){if(_errs14){vErrors.length = _errs14;}else {vErrors = null;}}if(_valid1){const _errs18 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.path === undefined){const err11 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/1/then/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema32.allOf[1].then.required,parentSchema:schema32.allOf[1].then,data};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data.path !== undefined){let data3 = data.path;if(typeof data3 !== "string"){const err12 = {instancePath:instancePath+"/path",schemaPath:"#/definitions/needsProperty/allOf/1/then/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.allOf[1].then.properties.path.type,parentSchema:schema32.allOf[1].then.properties.path,data:data3};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.allOf[1].then.type,parentSchema:schema32.allOf[1].then,data};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}var _valid1 = _errs18 === errors;valid6 = _valid1;}if(!valid6){const err14 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema32.allOf[1].if,parentSchema:schema32.allOf[1],data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){let data4 = data.type;if(!(((((data4 === "certificate") || (data4 === "property")) || (data4 === "tlsVersion")) || (data4 === "minTlsVersion")) || (data4 === "responseTime"))){const err15 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema48.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.type.enum,parentSchema:schema48.properties.type,data:data4};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}validate30.errors = vErrors;return errors === 0;}const schema50 = {"type":"object","additionalProperties":false,"required":["host"],"properties":{"host":{"type":"string"},"record_type":{"enum":["A","AAAA","CNAME","MX","NS","TXT","SRV","CAA","SOA","PTR"]},"server":{"type":"string"},"port":{"$ref":"#/definitions/portOrString"}}};function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.host === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema50.required,parentSchema:schema50,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((key0 === "host") || (key0 === "record_type")) || (key0 === "server")) || (key0 === "port"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.host !== undefined){let data0 = data.host;if(typeof data0 !== "string"){const err2 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.host.type,parentSchema:schema50.properties.host,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.record_type !== undefined){let data1 = data.record_type;if(!((((((((((data1 === "A") || (data1 === "AAAA")) || (data1 === "CNAME")) || (data1 === "MX")) || (data1 === "NS")) || (data1 === "TXT")) || (data1 === "SRV")) || (data1 === "CAA")) || (data1 === "SOA")) || (data1 === "PTR"))){const err3 = {instancePath:instancePath+"/record_type",schemaPath:"#/properties/record_type/enum",keyword:"enum",params:{allowedValues: schema50.properties.record_type.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.record_type.enum,parentSchema:schema50.properties.record_type,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.server !== undefined){let data2 = data.server;if(typeof data2 !== "string"){const err4 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.server.type,parentSchema:schema50.properties.server,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.port !== undefined){if(!(validate27(data.port, {instancePath:instancePath+"/port",parentData:data,parentDataProperty:"port",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}}else {const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}validate32.errors = vErrors;return errors === 0;}const schema51 = {"properties":{"type":{"enum":["recordSome","recordEvery","responseTime"]}},"allOf":[{"$ref":"#/definitions/needsProperty"}],"type":"object"};function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(data && typeof data == "object" && !Array.isArray(data))){const err0 = {instancePath,schemaPath:"#/definitions/needsProperty/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}const _errs5 = errors;let valid3 = true;const _errs6 = errors;if(errors === _errs6){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.type === undefined) && (missing0 = "type")){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}else {if(data.type !== undefined){let data0 = data.type;if(!(((((((data0 === "header") || (data0 === "bodyHash")) || (data0 === "property")) || (data0 === "recordSome")) || (data0 === "recordEvery")) || (data0 === "latency")) || (data0 === "grpcMetadata"))){const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}}else {const err3 = {};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}var _valid0 = _errs6 === errors;errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}if(_valid0){const _errs9 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.property === undefined){const err4 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/0/then/required",keyword:"required",params:{missingProperty: "property"},message:"must have required property '"+"property"+"'",schema:schema32.allOf[0].then.required,parentSchema:schema32.allOf[0].then,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.property !== undefined){let data1 = data.property;if(typeof data1 !== "string"){const err5 = {instancePath:instancePath+"/property",schemaPath:"#/definitions/needsProperty/allOf/0/then/properties/property/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.allOf[0].then.properties.property.type,parentSchema:schema32.allOf[0].then.properties.property,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.allOf[0].then.type,parentSchema:schema32.allOf[0].then,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid0 = _errs9 === errors;valid3 = _valid0;}if(!valid3){const err7 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema32.allOf[0].if,parentSchema:schema32.allOf[0],data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}const _errs14 = errors;let valid6 = true;const _errs15 = errors;if(errors === _errs15){if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.type === undefined) && (missing1 = "type")){const err8 = {};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}else {if(data.type !== undefined){if("jsonpath" !== data.type){const err9 = {};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}}else {const err10 = {};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}var _valid1 = _errs15 === errors;errors = _errs14;if(vErrors !== null){if(_errs14){vErrors.length = _errs14;}else {vErrors = null;}}if(_valid1){const _errs18 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.path === undefined){const err11 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/1/then/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema32.allOf[1].then.required,parentSchema:schema32.allOf[1].then,data};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data.path !== undefined){let data3 = data.path;if(typeof data3 !== "string"){const err12 = {instancePath:instancePath+"/path",schemaPath:"#/definitions/needsProperty/allOf/1/then/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.allOf[1].then.properties.path.type,parentSchema:schema32.allOf[1].then.properties.path,data:data3};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.allOf[1].then.type,parentSchema:schema32.allOf[1].then,data};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}var _valid1 = _errs18 === errors;valid6 = _valid1;}if(!valid6){const err14 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema32.allOf[1].if,parentSchema:schema32.allOf[1],data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){let data4 = data.type;if(!(((data4 === "recordSome") || (data4 === "recordEvery")) || (data4 === "responseTime"))){const err15 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema51.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema51.properties.type.enum,parentSchema:schema51.properties.type,data:data4};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}validate35.errors = vErrors;return errors === 0;}const schema53 = {"type":"object","additionalProperties":false,"required":["host","port"],"properties":{"host":{"type":"string"},"port":{"$ref":"#/definitions/portOrString"}}};function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.host === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema53.required,parentSchema:schema53,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.port === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'",schema:schema53.required,parentSchema:schema53,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((key0 === "host") || (key0 === "port"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.host !== undefined){let data0 = data.host;if(typeof data0 !== "string"){const err3 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.host.type,parentSchema:schema53.properties.host,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.port !== undefined){if(!(validate27(data.port, {instancePath:instancePath+"/port",parentData:data,parentDataProperty:"port",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}}else {const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}validate37.errors = vErrors;return errors === 0;}const schema55 = {"type":"object","additionalProperties":false,"required":["host","port","message"],"properties":{"host":{"type":"string"},"port":{"$ref":"#/definitions/portOrString"},"message":{"type":"string"}}};function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.host === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema55.required,parentSchema:schema55,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.port === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'",schema:schema55.required,parentSchema:schema55,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.message === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema55.required,parentSchema:schema55,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(((key0 === "host") || (key0 === "port")) || (key0 === "message"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.host !== undefined){let data0 = data.host;if(typeof data0 !== "string"){const err4 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.host.type,parentSchema:schema55.properties.host,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.port !== undefined){if(!(validate27(data.port, {instancePath:instancePath+"/port",parentData:data,parentDataProperty:"port",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data.message !== undefined){let data2 = data.message;if(typeof data2 !== "string"){const err5 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.message.type,parentSchema:schema55.properties.message,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}validate40.errors = vErrors;return errors === 0;}const schema58 = {"properties":{"type":{"enum":["latency","packetLossPercentage","packetsReceived"]}},"allOf":[{"$ref":"#/definitions/needsProperty"}],"type":"object"};function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(data && typeof data == "object" && !Array.isArray(data))){const err0 = {instancePath,schemaPath:"#/definitions/needsProperty/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}const _errs5 = errors;let valid3 = true;const _errs6 = errors;if(errors === _errs6){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.type === undefined) && (missing0 = "type")){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}else {if(data.type !== undefined){let data0 = data.type;if(!(((((((data0 === "header") || (data0 === "bodyHash")) || (data0 === "property")) || (data0 === "recordSome")) || (data0 === "recordEvery")) || (data0 === "latency")) || (data0 === "grpcMetadata"))){const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}}else {const err3 = {};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}var _valid0 = _errs6 === errors;errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}if(_valid0){const _errs9 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.property === undefined){const err4 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/0/then/required",keyword:"required",params:{missingProperty: "property"},message:"must have required property '"+"property"+"'",schema:schema32.allOf[0].then.required,parentSchema:schema32.allOf[0].then,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.property !== undefined){let data1 = data.property;if(typeof data1 !== "string"){const err5 = {instancePath:instancePath+"/property",schemaPath:"#/definitions/needsProperty/allOf/0/then/properties/property/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.allOf[0].then.properties.property.type,parentSchema:schema32.allOf[0].then.properties.property,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.allOf[0].then.type,parentSchema:schema32.allOf[0].then,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid0 = _errs9 === errors;valid3 = _valid0;}if(!valid3){const err7 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema32.allOf[0].if,parentSchema:schema32.allOf[0],data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}const _errs14 = errors;let valid6 = true;const _errs15 = errors;if(errors === _errs15){if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.type === undefined) && (missing1 = "type")){const err8 = {};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}else {if(data.type !== undefined){if("jsonpath" !== data.type){const err9 = {};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}}else {const err10 = {};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}var _valid1 = _errs15 === errors;errors = _errs14;if(vErrors !== null){if(_errs14){vErrors.length = _errs14;}else {vErrors = null;}}if(_valid1){const _errs18 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.path === undefined){const err11 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/1/then/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema32.allOf[1].then.required,parentSchema:schema32.allOf[1].then,data};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data.path !== undefined){let data3 = data.path;if(typeof data3 !== "string"){const err12 = {instancePath:instancePath+"/path",schemaPath:"#/definitions/needsProperty/allOf/1/then/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.allOf[1].then.properties.path.type,parentSchema:schema32.allOf[1].then.properties.path,data:data3};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.allOf[1].then.type,parentSchema:schema32.allOf[1].then,data};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}var _valid1 = _errs18 === errors;valid6 = _valid1;}if(!valid6){const err14 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema32.allOf[1].if,parentSchema:schema32.allOf[1],data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){let data4 = data.type;if(!(((data4 === "latency") || (data4 === "packetLossPercentage")) || (data4 === "packetsReceived"))){const err15 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema58.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema58.properties.type.enum,parentSchema:schema58.properties.type,data:data4};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}validate43.errors = vErrors;return errors === 0;}const schema60 = {"type":"object","additionalProperties":false,"required":["host","port","call"],"properties":{"host":{"type":"string"},"port":{"$ref":"#/definitions/portOrString"},"tls":{"anyOf":[{"type":"boolean"},{"$ref":"#/definitions/tls"}]},"metadata":{"type":"object","additionalProperties":{"type":"string"}},"call":{"enum":["health","unary"]},"service":{"type":"string"},"proto":{"type":"string"},"method":{"type":"string"},"message":{"type":["object","string"]}},"if":{"properties":{"call":{"const":"unary"}},"type":"object"},"then":{"type":"object","properties":{"proto":{"type":"string"},"service":{"type":"string"},"method":{"type":"string"}},"required":["proto","service","method"]}};function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs1 = errors;let valid0 = true;const _errs2 = errors;if(errors === _errs2){if(data && typeof data == "object" && !Array.isArray(data)){if(data.call !== undefined){if("unary" !== data.call){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}}else {const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid0 = _errs2 === errors;errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}if(_valid0){const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.proto === undefined){const err2 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "proto"},message:"must have required property '"+"proto"+"'",schema:schema60.then.required,parentSchema:schema60.then,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.service === undefined){const err3 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema60.then.required,parentSchema:schema60.then,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.method === undefined){const err4 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'",schema:schema60.then.required,parentSchema:schema60.then,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.proto !== undefined){let data1 = data.proto;if(typeof data1 !== "string"){const err5 = {instancePath:instancePath+"/proto",schemaPath:"#/then/properties/proto/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.then.properties.proto.type,parentSchema:schema60.then.properties.proto,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.service !== undefined){let data2 = data.service;if(typeof data2 !== "string"){const err6 = {instancePath:instancePath+"/service",schemaPath:"#/then/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.then.properties.service.type,parentSchema:schema60.then.properties.service,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.method !== undefined){let data3 = data.method;if(typeof data3 !== "string"){const err7 = {instancePath:instancePath+"/method",schemaPath:"#/then/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.then.properties.method.type,parentSchema:schema60.then.properties.method,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath,schemaPath:"#/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.then.type,parentSchema:schema60.then,data};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}var _valid0 = _errs5 === errors;valid0 = _valid0;}if(!valid0){const err9 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema60.if,parentSchema:schema60,data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.host === undefined){const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema60.required,parentSchema:schema60,data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data.port === undefined){const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'",schema:schema60.required,parentSchema:schema60,data};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data.call === undefined){const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "call"},message:"must have required property '"+"call"+"'",schema:schema60.required,parentSchema:schema60,data};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}for(const key0 in data){if(!(func2.call(schema60.properties, key0))){const err13 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.host !== undefined){let data4 = data.host;if(typeof data4 !== "string"){const err14 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.host.type,parentSchema:schema60.properties.host,data:data4};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.port !== undefined){if(!(validate27(data.port, {instancePath:instancePath+"/port",parentData:data,parentDataProperty:"port",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data.tls !== undefined){let data6 = data.tls;const _errs18 = errors;let valid4 = false;const _errs19 = errors;if(typeof data6 !== "boolean"){const err15 = {instancePath:instancePath+"/tls",schemaPath:"#/properties/tls/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema60.properties.tls.anyOf[0].type,parentSchema:schema60.properties.tls.anyOf[0],data:data6};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}var _valid1 = _errs19 === errors;valid4 = valid4 || _valid1;if(!valid4){const _errs21 = errors;if(!(validate14(data6, {instancePath:instancePath+"/tls",parentData:data,parentDataProperty:"tls",rootData}))){vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);errors = vErrors.length;}var _valid1 = _errs21 === errors;valid4 = valid4 || _valid1;}if(!valid4){const err16 = {instancePath:instancePath+"/tls",schemaPath:"#/properties/tls/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema60.properties.tls.anyOf,parentSchema:schema60.properties.tls,data:data6};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}else {errors = _errs18;if(vErrors !== null){if(_errs18){vErrors.length = _errs18;}else {vErrors = null;}}}}if(data.metadata !== undefined){let data7 = data.metadata;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key1 in data7){let data8 = data7[key1];if(typeof data8 !== "string"){const err17 = {instancePath:instancePath+"/metadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.metadata.additionalProperties.type,parentSchema:schema60.properties.metadata.additionalProperties,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.properties.metadata.type,parentSchema:schema60.properties.metadata,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.call !== undefined){let data9 = data.call;if(!((data9 === "health") || (data9 === "unary"))){const err19 = {instancePath:instancePath+"/call",schemaPath:"#/properties/call/enum",keyword:"enum",params:{allowedValues: schema60.properties.call.enum},message:"must be equal to one of the allowed values",schema:schema60.properties.call.enum,parentSchema:schema60.properties.call,data:data9};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.service !== undefined){let data10 = data.service;if(typeof data10 !== "string"){const err20 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.service.type,parentSchema:schema60.properties.service,data:data10};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.proto !== undefined){let data11 = data.proto;if(typeof data11 !== "string"){const err21 = {instancePath:instancePath+"/proto",schemaPath:"#/properties/proto/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.proto.type,parentSchema:schema60.properties.proto,data:data11};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.method !== undefined){let data12 = data.method;if(typeof data12 !== "string"){const err22 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.method.type,parentSchema:schema60.properties.method,data:data12};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.message !== undefined){let data13 = data.message;if((!(data13 && typeof data13 == "object" && !Array.isArray(data13))) && (typeof data13 !== "string")){const err23 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: schema60.properties.message.type},message:"must be object,string",schema:schema60.properties.message.type,parentSchema:schema60.properties.message,data:data13};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}validate45.errors = vErrors;return errors === 0;}const schema61 = {"properties":{"type":{"enum":["grpcHealthcheckStatus","grpcMetadata","grpcProto","responseTime"]}},"allOf":[{"$ref":"#/definitions/needsProperty"}],"type":"object"};function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(data && typeof data == "object" && !Array.isArray(data))){const err0 = {instancePath,schemaPath:"#/definitions/needsProperty/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}const _errs5 = errors;let valid3 = true;const _errs6 = errors;if(errors === _errs6){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.type === undefined) && (missing0 = "type")){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}else {if(data.type !== undefined){let data0 = data.type;if(!(((((((data0 === "header") || (data0 === "bodyHash")) || (data0 === "property")) || (data0 === "recordSome")) || (data0 === "recordEvery")) || (data0 === "latency")) || (data0 === "grpcMetadata"))){const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}}else {const err3 = {};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}var _valid0 = _errs6 === errors;errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}if(_valid0){const _errs9 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.property === undefined){const err4 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/0/then/required",keyword:"required",params:{missingProperty: "property"},message:"must have required property '"+"property"+"'",schema:schema32.allOf[0].then.required,parentSchema:schema32.allOf[0].then,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.property !== undefined){let data1 = data.property;if(typeof data1 !== "string"){const err5 = {instancePath:instancePath+"/property",schemaPath:"#/definitions/needsProperty/allOf/0/then/properties/property/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.allOf[0].then.properties.property.type,parentSchema:schema32.allOf[0].then.properties.property,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.allOf[0].then.type,parentSchema:schema32.allOf[0].then,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid0 = _errs9 === errors;valid3 = _valid0;}if(!valid3){const err7 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema32.allOf[0].if,parentSchema:schema32.allOf[0],data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}const _errs14 = errors;let valid6 = true;const _errs15 = errors;if(errors === _errs15){if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.type === undefined) && (missing1 = "type")){const err8 = {};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}else {if(data.type !== undefined){if("jsonpath" !== data.type){const err9 = {};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}}else {const err10 = {};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}var _valid1 = _errs15 === errors;errors = _errs14;if(vErrors !== null){if(_errs14){vErrors.length = _errs14;}else {vErrors = null;}}if(_valid1){const _errs18 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.path === undefined){const err11 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/1/then/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema32.allOf[1].then.required,parentSchema:schema32.allOf[1].then,data};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data.path !== undefined){let data3 = data.path;if(typeof data3 !== "string"){const err12 = {instancePath:instancePath+"/path",schemaPath:"#/definitions/needsProperty/allOf/1/then/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.allOf[1].then.properties.path.type,parentSchema:schema32.allOf[1].then.properties.path,data:data3};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.allOf[1].then.type,parentSchema:schema32.allOf[1].then,data};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}var _valid1 = _errs18 === errors;valid6 = _valid1;}if(!valid6){const err14 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema32.allOf[1].if,parentSchema:schema32.allOf[1],data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){let data4 = data.type;if(!((((data4 === "grpcHealthcheckStatus") || (data4 === "grpcMetadata")) || (data4 === "grpcProto")) || (data4 === "responseTime"))){const err15 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema61.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema61.properties.type.enum,parentSchema:schema61.properties.type,data:data4};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}validate49.errors = vErrors;return errors === 0;}const schema63 = {"type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"type":"string"},"headers":{"$ref":"#/definitions/headers"},"auth":{"$ref":"#/definitions/auth"},"message":{"type":"string"},"messages":{"type":"array","minItems":1,"maxItems":50,"items":{"$ref":"#/definitions/websocketMessage"}},"proxy":{"type":"string","minLength":1},"tls":{"$ref":"#/definitions/tls"}}};const schema66 = {"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"send":{"type":"string"},"receive":{"type":"object","additionalProperties":false,"properties":{"assertions":{"type":"array","items":{"$ref":"#/definitions/websocketAssertion"}},"until":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/websocketAssertion"}},"within":{"$ref":"#/definitions/duration"}}}}};const schema67 = {"properties":{"type":{"enum":["receivedMessage","header","responseTime"]}},"allOf":[{"$ref":"#/definitions/needsProperty"}],"type":"object"};function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(data && typeof data == "object" && !Array.isArray(data))){const err0 = {instancePath,schemaPath:"#/definitions/needsProperty/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}const _errs5 = errors;let valid3 = true;const _errs6 = errors;if(errors === _errs6){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.type === undefined) && (missing0 = "type")){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}else {if(data.type !== undefined){let data0 = data.type;if(!(((((((data0 === "header") || (data0 === "bodyHash")) || (data0 === "property")) || (data0 === "recordSome")) || (data0 === "recordEvery")) || (data0 === "latency")) || (data0 === "grpcMetadata"))){const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}}else {const err3 = {};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}var _valid0 = _errs6 === errors;errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}if(_valid0){const _errs9 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.property === undefined){const err4 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/0/then/required",keyword:"required",params:{missingProperty: "property"},message:"must have required property '"+"property"+"'",schema:schema32.allOf[0].then.required,parentSchema:schema32.allOf[0].then,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.property !== undefined){let data1 = data.property;if(typeof data1 !== "string"){const err5 = {instancePath:instancePath+"/property",schemaPath:"#/definitions/needsProperty/allOf/0/then/properties/property/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.allOf[0].then.properties.property.type,parentSchema:schema32.allOf[0].then.properties.property,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.allOf[0].then.type,parentSchema:schema32.allOf[0].then,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid0 = _errs9 === errors;valid3 = _valid0;}if(!valid3){const err7 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema32.allOf[0].if,parentSchema:schema32.allOf[0],data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}const _errs14 = errors;let valid6 = true;const _errs15 = errors;if(errors === _errs15){if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.type === undefined) && (missing1 = "type")){const err8 = {};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}else {if(data.type !== undefined){if("jsonpath" !== data.type){const err9 = {};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}}else {const err10 = {};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}var _valid1 = _errs15 === errors;errors = _errs14;if(vErrors !== null){if(_errs14){vErrors.length = _errs14;}else {vErrors = null;}}if(_valid1){const _errs18 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.path === undefined){const err11 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/1/then/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema32.allOf[1].then.required,parentSchema:schema32.allOf[1].then,data};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data.path !== undefined){let data3 = data.path;if(typeof data3 !== "string"){const err12 = {instancePath:instancePath+"/path",schemaPath:"#/definitions/needsProperty/allOf/1/then/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.allOf[1].then.properties.path.type,parentSchema:schema32.allOf[1].then.properties.path,data:data3};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.allOf[1].then.type,parentSchema:schema32.allOf[1].then,data};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}var _valid1 = _errs18 === errors;valid6 = _valid1;}if(!valid6){const err14 = {instancePath,schemaPath:"#/definitions/needsProperty/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema32.allOf[1].if,parentSchema:schema32.allOf[1],data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){let data4 = data.type;if(!(((data4 === "receivedMessage") || (data4 === "header")) || (data4 === "responseTime"))){const err15 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema67.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema67.properties.type.enum,parentSchema:schema67.properties.type,data:data4};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.type,parentSchema:schema67,data};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}validate53.errors = vErrors;return errors === 0;}function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(Object.keys(data).length > 1){const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema66,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(Object.keys(data).length < 1){const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema66,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((key0 === "send") || (key0 === "receive"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema66,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.send !== undefined){let data0 = data.send;if(typeof data0 !== "string"){const err3 = {instancePath:instancePath+"/send",schemaPath:"#/properties/send/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.send.type,parentSchema:schema66.properties.send,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.receive !== undefined){let data1 = data.receive;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!(((key1 === "assertions") || (key1 === "until")) || (key1 === "within"))){const err4 = {instancePath:instancePath+"/receive",schemaPath:"#/properties/receive/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema66.properties.receive,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.assertions !== undefined){let data2 = data1.assertions;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(!(validate53(data2[i0], {instancePath:instancePath+"/receive/assertions/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);errors = vErrors.length;}}}else {const err5 = {instancePath:instancePath+"/receive/assertions",schemaPath:"#/properties/receive/properties/assertions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema66.properties.receive.properties.assertions.type,parentSchema:schema66.properties.receive.properties.assertions,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data1.until !== undefined){let data4 = data1.until;if(Array.isArray(data4)){if(data4.length < 1){const err6 = {instancePath:instancePath+"/receive/until",schemaPath:"#/properties/receive/properties/until/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema66.properties.receive.properties.until,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}const len1 = data4.length;for(let i1=0; i1<len1; i1++){if(!(validate53(data4[i1], {instancePath:instancePath+"/receive/until/" + i1,parentData:data4,parentDataProperty:i1,rootData}))){vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);errors = vErrors.length;}}}else {const err7 = {instancePath:instancePath+"/receive/until",schemaPath:"#/properties/receive/properties/until/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema66.properties.receive.properties.until.type,parentSchema:schema66.properties.receive.properties.until,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data1.within !== undefined){let data6 = data1.within;const _errs15 = errors;let valid7 = false;const _errs16 = errors;if(typeof data6 === "string"){if(!pattern0.test(data6)){const err8 = {instancePath:instancePath+"/receive/within",schemaPath:"#/definitions/duration/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema13.anyOf[0],data:data6};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/receive/within",schemaPath:"#/definitions/duration/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.anyOf[0].type,parentSchema:schema13.anyOf[0],data:data6};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var _valid0 = _errs16 === errors;valid7 = valid7 || _valid0;if(!valid7){const _errs18 = errors;if(typeof data6 == "number"){if(data6 < 0 || isNaN(data6)){const err10 = {instancePath:instancePath+"/receive/within",schemaPath:"#/definitions/duration/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.anyOf[1],data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/receive/within",schemaPath:"#/definitions/duration/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.anyOf[1].type,parentSchema:schema13.anyOf[1],data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}var _valid0 = _errs18 === errors;valid7 = valid7 || _valid0;}if(!valid7){const err12 = {instancePath:instancePath+"/receive/within",schemaPath:"#/definitions/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema13.anyOf,parentSchema:schema13,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}else {errors = _errs15;if(vErrors !== null){if(_errs15){vErrors.length = _errs15;}else {vErrors = null;}}}}}else {const err13 = {instancePath:instancePath+"/receive",schemaPath:"#/properties/receive/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.properties.receive.type,parentSchema:schema66.properties.receive,data:data1};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.type,parentSchema:schema66,data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}validate52.errors = vErrors;return errors === 0;}function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.url === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema63.required,parentSchema:schema63,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(((((((key0 === "url") || (key0 === "headers")) || (key0 === "auth")) || (key0 === "message")) || (key0 === "messages")) || (key0 === "proxy")) || (key0 === "tls"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema63,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.url !== undefined){let data0 = data.url;if(typeof data0 !== "string"){const err2 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.url.type,parentSchema:schema63.properties.url,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.headers !== undefined){let data1 = data.headers;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){let data2 = data1[key1];if(((typeof data2 !== "string") && (!(typeof data2 == "number"))) && (typeof data2 !== "boolean")){const err3 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/headers/additionalProperties/type",keyword:"type",params:{type: schema18.additionalProperties.type},message:"must be string,number,boolean",schema:schema18.additionalProperties.type,parentSchema:schema18.additionalProperties,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath:instancePath+"/headers",schemaPath:"#/definitions/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.auth !== undefined){let data3 = data.auth;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key2 in data3){if(!((key2 === "basic") || (key2 === "bearer"))){const err5 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/auth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data3.basic !== undefined){let data4 = data3.basic;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.username === undefined){const err6 = {instancePath:instancePath+"/auth/basic",schemaPath:"#/definitions/auth/properties/basic/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'",schema:schema40.properties.basic.required,parentSchema:schema40.properties.basic,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data4.password === undefined){const err7 = {instancePath:instancePath+"/auth/basic",schemaPath:"#/definitions/auth/properties/basic/required",keyword:"required",params:{missingProperty: "password"},message:"must have required property '"+"password"+"'",schema:schema40.properties.basic.required,parentSchema:schema40.properties.basic,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}for(const key3 in data4){if(!((key3 === "username") || (key3 === "password"))){const err8 = {instancePath:instancePath+"/auth/basic",schemaPath:"#/definitions/auth/properties/basic/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema40.properties.basic,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data4.username !== undefined){let data5 = data4.username;if(typeof data5 !== "string"){const err9 = {instancePath:instancePath+"/auth/basic/username",schemaPath:"#/definitions/auth/properties/basic/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.basic.properties.username.type,parentSchema:schema40.properties.basic.properties.username,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data4.password !== undefined){let data6 = data4.password;if(typeof data6 !== "string"){const err10 = {instancePath:instancePath+"/auth/basic/password",schemaPath:"#/definitions/auth/properties/basic/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.basic.properties.password.type,parentSchema:schema40.properties.basic.properties.password,data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/auth/basic",schemaPath:"#/definitions/auth/properties/basic/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.properties.basic.type,parentSchema:schema40.properties.basic,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data3.bearer !== undefined){let data7 = data3.bearer;if(typeof data7 !== "string"){const err12 = {instancePath:instancePath+"/auth/bearer",schemaPath:"#/definitions/auth/properties/bearer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.bearer.type,parentSchema:schema40.properties.bearer,data:data7};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/auth/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data:data3};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.message !== undefined){let data8 = data.message;if(typeof data8 !== "string"){const err14 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.message.type,parentSchema:schema63.properties.message,data:data8};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.messages !== undefined){let data9 = data.messages;if(Array.isArray(data9)){if(data9.length > 50){const err15 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema63.properties.messages,data:data9};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data9.length < 1){const err16 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema63.properties.messages,data:data9};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}const len0 = data9.length;for(let i0=0; i0<len0; i0++){if(!(validate52(data9[i0], {instancePath:instancePath+"/messages/" + i0,parentData:data9,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);errors = vErrors.length;}}}else {const err17 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.properties.messages.type,parentSchema:schema63.properties.messages,data:data9};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.proxy !== undefined){let data11 = data.proxy;if(typeof data11 === "string"){if(func3(data11) < 1){const err18 = {instancePath:instancePath+"/proxy",schemaPath:"#/properties/proxy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.proxy,data:data11};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/proxy",schemaPath:"#/properties/proxy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.proxy.type,parentSchema:schema63.properties.proxy,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.tls !== undefined){if(!(validate14(data.tls, {instancePath:instancePath+"/tls",parentData:data,parentDataProperty:"tls",rootData}))){vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);errors = vErrors.length;}}}else {const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}validate51.errors = vErrors;return errors === 0;}const schema70 = {"type":"object","required":["name","type"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"type":{"enum":["http","ssl","dns","tcp","udp","icmp","grpc","websocket","wait"]},"request":{"type":"object"},"assertions":{"type":"array","items":{"$ref":"#/definitions/assertion"}},"timeout":{"$ref":"#/definitions/duration"},"overall_timeout":{"$ref":"#/definitions/duration"},"retry":{"$ref":"#/definitions/retry"},"http_version":{"$ref":"#/definitions/httpVersion"},"follow_redirects":{"type":"boolean"},"extract":{"type":"array","maxItems":10,"items":{"$ref":"#/definitions/extraction"}},"allow_failure":{"type":"boolean"},"duration":{"$ref":"#/definitions/duration"}},"allOf":[{"if":{"properties":{"type":{"const":"http"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/httpRequest"},"assertions":{"items":{"$ref":"#/definitions/httpAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"ssl"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/sslRequest"},"assertions":{"items":{"$ref":"#/definitions/sslAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"dns"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/dnsRequest"},"assertions":{"items":{"$ref":"#/definitions/dnsAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"tcp"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/tcpRequest"},"assertions":{"items":{"$ref":"#/definitions/tcpAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"udp"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/udpRequest"},"assertions":{"items":{"$ref":"#/definitions/udpAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"icmp"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/icmpRequest"},"assertions":{"items":{"$ref":"#/definitions/icmpAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"grpc"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/grpcRequest"},"assertions":{"items":{"$ref":"#/definitions/grpcAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"websocket"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/websocketRequest"},"assertions":{"items":{"$ref":"#/definitions/websocketAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"wait"}},"type":"object"},"then":{"required":["duration"],"properties":{"duration":{"$ref":"#/definitions/duration"},"request":{"not":{}},"extract":{"not":{}}},"type":"object"}},{"if":{"properties":{"type":{"not":{"const":"wait"}}},"type":"object"},"then":{"required":["request"],"properties":{"request":{"type":"object"},"duration":{"not":{}}},"type":"object"}}]};const schema78 = {"type":"object","required":["name","from"],"additionalProperties":false,"properties":{"name":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"from":{"enum":["status","header","cookie","body","jsonpath","message","metadata","record"]},"path":{"type":"string"},"property":{"type":"string"},"regex":{"type":"string"},"secret":{"type":"boolean"}}};const pattern5 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(errors === _errs3){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("http" !== data.type){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}}else {const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}if(_valid0){const _errs6 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){if(!(validate22(data.request, {instancePath:instancePath+"/request",parentData:data,parentDataProperty:"request",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data.assertions !== undefined){let data2 = data.assertions;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(!(validate19(data2[i0], {instancePath:instancePath+"/assertions/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);errors = vErrors.length;}}}else {const err2 = {instancePath:instancePath+"/assertions",schemaPath:"#/allOf/0/then/properties/assertions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.allOf[0].then.properties.assertions.type,parentSchema:schema70.allOf[0].then.properties.assertions,data:data2};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.allOf[0].then.type,parentSchema:schema70.allOf[0].then,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs6 === errors;valid1 = _valid0;}if(!valid1){const err4 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema70.allOf[0].if,parentSchema:schema70.allOf[0],data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}const _errs13 = errors;let valid6 = true;const _errs14 = errors;if(errors === _errs14){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("ssl" !== data.type){const err5 = {};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}var _valid1 = _errs14 === errors;errors = _errs13;if(vErrors !== null){if(_errs13){vErrors.length = _errs13;}else {vErrors = null;}}if(_valid1){const _errs17 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){if(!(validate26(data.request, {instancePath:instancePath+"/request",parentData:data,parentDataProperty:"request",rootData}))){vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);errors = vErrors.length;}}if(data.assertions !== undefined){let data6 = data.assertions;if(Array.isArray(data6)){const len1 = data6.length;for(let i1=0; i1<len1; i1++){if(!(validate30(data6[i1], {instancePath:instancePath+"/assertions/" + i1,parentData:data6,parentDataProperty:i1,rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}}}else {const err7 = {instancePath:instancePath+"/assertions",schemaPath:"#/allOf/1/then/properties/assertions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.allOf[1].then.properties.assertions.type,parentSchema:schema70.allOf[1].then.properties.assertions,data:data6};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath,schemaPath:"#/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.allOf[1].then.type,parentSchema:schema70.allOf[1].then,data};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}var _valid1 = _errs17 === errors;valid6 = _valid1;}if(!valid6){const err9 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema70.allOf[1].if,parentSchema:schema70.allOf[1],data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}const _errs24 = errors;let valid11 = true;const _errs25 = errors;if(errors === _errs25){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("dns" !== data.type){const err10 = {};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}var _valid2 = _errs25 === errors;errors = _errs24;if(vErrors !== null){if(_errs24){vErrors.length = _errs24;}else {vErrors = null;}}if(_valid2){const _errs28 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){if(!(validate32(data.request, {instancePath:instancePath+"/request",parentData:data,parentDataProperty:"request",rootData}))){vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);errors = vErrors.length;}}if(data.assertions !== undefined){let data10 = data.assertions;if(Array.isArray(data10)){const len2 = data10.length;for(let i2=0; i2<len2; i2++){if(!(validate35(data10[i2], {instancePath:instancePath+"/assertions/" + i2,parentData:data10,parentDataProperty:i2,rootData}))){vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);errors = vErrors.length;}}}else {const err12 = {instancePath:instancePath+"/assertions",schemaPath:"#/allOf/2/then/properties/assertions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.allOf[2].then.properties.assertions.type,parentSchema:schema70.allOf[2].then.properties.assertions,data:data10};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,schemaPath:"#/allOf/2/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.allOf[2].then.type,parentSchema:schema70.allOf[2].then,data};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}var _valid2 = _errs28 === errors;valid11 = _valid2;}if(!valid11){const err14 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema70.allOf[2].if,parentSchema:schema70.allOf[2],data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}const _errs35 = errors;let valid16 = true;const _errs36 = errors;if(errors === _errs36){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("tcp" !== data.type){const err15 = {};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}var _valid3 = _errs36 === errors;errors = _errs35;if(vErrors !== null){if(_errs35){vErrors.length = _errs35;}else {vErrors = null;}}if(_valid3){const _errs39 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){if(!(validate37(data.request, {instancePath:instancePath+"/request",parentData:data,parentDataProperty:"request",rootData}))){vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);errors = vErrors.length;}}if(data.assertions !== undefined){let data14 = data.assertions;if(Array.isArray(data14)){const len3 = data14.length;for(let i3=0; i3<len3; i3++){let data15 = data14[i3];if(data15 && typeof data15 == "object" && !Array.isArray(data15)){if(data15.type !== undefined){let data16 = data15.type;if(!((data16 === "connection") || (data16 === "responseTime"))){const err17 = {instancePath:instancePath+"/assertions/" + i3+"/type",schemaPath:"#/definitions/tcpAssertion/properties/type/enum",keyword:"enum",params:{allowedValues: schema54.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema54.properties.type.enum,parentSchema:schema54.properties.type,data:data16};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/assertions/" + i3,schemaPath:"#/definitions/tcpAssertion/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data:data15};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/assertions",schemaPath:"#/allOf/3/then/properties/assertions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.allOf[3].then.properties.assertions.type,parentSchema:schema70.allOf[3].then.properties.assertions,data:data14};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath,schemaPath:"#/allOf/3/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.allOf[3].then.type,parentSchema:schema70.allOf[3].then,data};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}var _valid3 = _errs39 === errors;valid16 = _valid3;}if(!valid16){const err21 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema70.allOf[3].if,parentSchema:schema70.allOf[3],data};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}const _errs49 = errors;let valid23 = true;const _errs50 = errors;if(errors === _errs50){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("udp" !== data.type){const err22 = {};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}var _valid4 = _errs50 === errors;errors = _errs49;if(vErrors !== null){if(_errs49){vErrors.length = _errs49;}else {vErrors = null;}}if(_valid4){const _errs53 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){if(!(validate40(data.request, {instancePath:instancePath+"/request",parentData:data,parentDataProperty:"request",rootData}))){vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);errors = vErrors.length;}}if(data.assertions !== undefined){let data19 = data.assertions;if(Array.isArray(data19)){const len4 = data19.length;for(let i4=0; i4<len4; i4++){let data20 = data19[i4];if(data20 && typeof data20 == "object" && !Array.isArray(data20)){if(data20.type !== undefined){let data21 = data20.type;if(!((data21 === "receivedMessage") || (data21 === "responseTime"))){const err24 = {instancePath:instancePath+"/assertions/" + i4+"/type",schemaPath:"#/definitions/udpAssertion/properties/type/enum",keyword:"enum",params:{allowedValues: schema56.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema56.properties.type.enum,parentSchema:schema56.properties.type,data:data21};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath:instancePath+"/assertions/" + i4,schemaPath:"#/definitions/udpAssertion/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data:data20};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/assertions",schemaPath:"#/allOf/4/then/properties/assertions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.allOf[4].then.properties.assertions.type,parentSchema:schema70.allOf[4].then.properties.assertions,data:data19};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath,schemaPath:"#/allOf/4/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.allOf[4].then.type,parentSchema:schema70.allOf[4].then,data};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}var _valid4 = _errs53 === errors;valid23 = _valid4;}if(!valid23){const err28 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema70.allOf[4].if,parentSchema:schema70.allOf[4],data};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}const _errs63 = errors;let valid30 = true;const _errs64 = errors;if(errors === _errs64){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("icmp" !== data.type){const err29 = {};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}var _valid5 = _errs64 === errors;errors = _errs63;if(vErrors !== null){if(_errs63){vErrors.length = _errs63;}else {vErrors = null;}}if(_valid5){const _errs67 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){let data23 = data.request;if(data23 && typeof data23 == "object" && !Array.isArray(data23)){if(data23.host === undefined){const err31 = {instancePath:instancePath+"/request",schemaPath:"#/definitions/icmpRequest/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema57.required,parentSchema:schema57,data:data23};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}for(const key0 in data23){if(!((key0 === "host") || (key0 === "count"))){const err32 = {instancePath:instancePath+"/request",schemaPath:"#/definitions/icmpRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data:data23};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data23.host !== undefined){let data24 = data23.host;if(typeof data24 !== "string"){const err33 = {instancePath:instancePath+"/request/host",schemaPath:"#/definitions/icmpRequest/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.host.type,parentSchema:schema57.properties.host,data:data24};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data23.count !== undefined){let data25 = data23.count;if(!((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25)))){const err34 = {instancePath:instancePath+"/request/count",schemaPath:"#/definitions/icmpRequest/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.count.type,parentSchema:schema57.properties.count,data:data25};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(typeof data25 == "number"){if(data25 > 10 || isNaN(data25)){const err35 = {instancePath:instancePath+"/request/count",schemaPath:"#/definitions/icmpRequest/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema57.properties.count,data:data25};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(data25 < 1 || isNaN(data25)){const err36 = {instancePath:instancePath+"/request/count",schemaPath:"#/definitions/icmpRequest/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema57.properties.count,data:data25};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}}else {const err37 = {instancePath:instancePath+"/request",schemaPath:"#/definitions/icmpRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data:data23};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data.assertions !== undefined){let data26 = data.assertions;if(Array.isArray(data26)){const len5 = data26.length;for(let i5=0; i5<len5; i5++){if(!(validate43(data26[i5], {instancePath:instancePath+"/assertions/" + i5,parentData:data26,parentDataProperty:i5,rootData}))){vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);errors = vErrors.length;}}}else {const err38 = {instancePath:instancePath+"/assertions",schemaPath:"#/allOf/5/then/properties/assertions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.allOf[5].then.properties.assertions.type,parentSchema:schema70.allOf[5].then.properties.assertions,data:data26};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath,schemaPath:"#/allOf/5/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.allOf[5].then.type,parentSchema:schema70.allOf[5].then,data};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}var _valid5 = _errs67 === errors;valid30 = _valid5;}if(!valid30){const err40 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema70.allOf[5].if,parentSchema:schema70.allOf[5],data};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}const _errs81 = errors;let valid37 = true;const _errs82 = errors;if(errors === _errs82){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("grpc" !== data.type){const err41 = {};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}else {const err42 = {};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}var _valid6 = _errs82 === errors;errors = _errs81;if(vErrors !== null){if(_errs81){vErrors.length = _errs81;}else {vErrors = null;}}if(_valid6){const _errs85 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){if(!(validate45(data.request, {instancePath:instancePath+"/request",parentData:data,parentDataProperty:"request",rootData}))){vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);errors = vErrors.length;}}if(data.assertions !== undefined){let data30 = data.assertions;if(Array.isArray(data30)){const len6 = data30.length;for(let i6=0; i6<len6; i6++){if(!(validate49(data30[i6], {instancePath:instancePath+"/assertions/" + i6,parentData:data30,parentDataProperty:i6,rootData}))){vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);errors = vErrors.length;}}}else {const err43 = {instancePath:instancePath+"/assertions",schemaPath:"#/allOf/6/then/properties/assertions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.allOf[6].then.properties.assertions.type,parentSchema:schema70.allOf[6].then.properties.assertions,data:data30};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath,schemaPath:"#/allOf/6/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.allOf[6].then.type,parentSchema:schema70.allOf[6].then,data};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}var _valid6 = _errs85 === errors;valid37 = _valid6;}if(!valid37){const err45 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema70.allOf[6].if,parentSchema:schema70.allOf[6],data};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}const _errs92 = errors;let valid42 = true;const _errs93 = errors;if(errors === _errs93){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("websocket" !== data.type){const err46 = {};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}else {const err47 = {};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}var _valid7 = _errs93 === errors;errors = _errs92;if(vErrors !== null){if(_errs92){vErrors.length = _errs92;}else {vErrors = null;}}if(_valid7){const _errs96 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){if(!(validate51(data.request, {instancePath:instancePath+"/request",parentData:data,parentDataProperty:"request",rootData}))){vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);errors = vErrors.length;}}if(data.assertions !== undefined){let data34 = data.assertions;if(Array.isArray(data34)){const len7 = data34.length;for(let i7=0; i7<len7; i7++){if(!(validate53(data34[i7], {instancePath:instancePath+"/assertions/" + i7,parentData:data34,parentDataProperty:i7,rootData}))){vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);errors = vErrors.length;}}}else {const err48 = {instancePath:instancePath+"/assertions",schemaPath:"#/allOf/7/then/properties/assertions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.allOf[7].then.properties.assertions.type,parentSchema:schema70.allOf[7].then.properties.assertions,data:data34};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}else {const err49 = {instancePath,schemaPath:"#/allOf/7/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.allOf[7].then.type,parentSchema:schema70.allOf[7].then,data};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}var _valid7 = _errs96 === errors;valid42 = _valid7;}if(!valid42){const err50 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema70.allOf[7].if,parentSchema:schema70.allOf[7],data};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}const _errs103 = errors;let valid47 = true;const _errs104 = errors;if(errors === _errs104){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("wait" !== data.type){const err51 = {};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}else {const err52 = {};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}var _valid8 = _errs104 === errors;errors = _errs103;if(vErrors !== null){if(_errs103){vErrors.length = _errs103;}else {vErrors = null;}}if(_valid8){const _errs107 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.duration === undefined){const err53 = {instancePath,schemaPath:"#/allOf/8/then/required",keyword:"required",params:{missingProperty: "duration"},message:"must have required property '"+"duration"+"'",schema:schema70.allOf[8].then.required,parentSchema:schema70.allOf[8].then,data};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if(data.duration !== undefined){let data37 = data.duration;const _errs111 = errors;let valid51 = false;const _errs112 = errors;if(typeof data37 === "string"){if(!pattern0.test(data37)){const err54 = {instancePath:instancePath+"/duration",schemaPath:"#/definitions/duration/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema13.anyOf[0],data:data37};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}else {const err55 = {instancePath:instancePath+"/duration",schemaPath:"#/definitions/duration/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.anyOf[0].type,parentSchema:schema13.anyOf[0],data:data37};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}var _valid9 = _errs112 === errors;valid51 = valid51 || _valid9;if(!valid51){const _errs114 = errors;if(typeof data37 == "number"){if(data37 < 0 || isNaN(data37)){const err56 = {instancePath:instancePath+"/duration",schemaPath:"#/definitions/duration/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.anyOf[1],data:data37};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}else {const err57 = {instancePath:instancePath+"/duration",schemaPath:"#/definitions/duration/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.anyOf[1].type,parentSchema:schema13.anyOf[1],data:data37};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}var _valid9 = _errs114 === errors;valid51 = valid51 || _valid9;}if(!valid51){const err58 = {instancePath:instancePath+"/duration",schemaPath:"#/definitions/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema13.anyOf,parentSchema:schema13,data:data37};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}else {errors = _errs111;if(vErrors !== null){if(_errs111){vErrors.length = _errs111;}else {vErrors = null;}}}}if(data.request !== undefined){const err59 = {instancePath:instancePath+"/request",schemaPath:"#/allOf/8/then/properties/request/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema70.allOf[8].then.properties.request.not,parentSchema:schema70.allOf[8].then.properties.request,data:data.request};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}if(data.extract !== undefined){const err60 = {instancePath:instancePath+"/extract",schemaPath:"#/allOf/8/then/properties/extract/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema70.allOf[8].then.properties.extract.not,parentSchema:schema70.allOf[8].then.properties.extract,data:data.extract};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}else {const err61 = {instancePath,schemaPath:"#/allOf/8/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.allOf[8].then.type,parentSchema:schema70.allOf[8].then,data};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}var _valid8 = _errs107 === errors;valid47 = _valid8;}if(!valid47){const err62 = {instancePath,schemaPath:"#/allOf/8/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema70.allOf[8].if,parentSchema:schema70.allOf[8],data};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}const _errs121 = errors;let valid52 = true;const _errs122 = errors;if(errors === _errs122){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){const _errs125 = errors;const _errs126 = errors;if("wait" !== data.type){const err63 = {};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}var valid54 = _errs126 === errors;if(valid54){const err64 = {};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}else {errors = _errs125;if(vErrors !== null){if(_errs125){vErrors.length = _errs125;}else {vErrors = null;}}}}}else {const err65 = {};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}var _valid10 = _errs122 === errors;errors = _errs121;if(vErrors !== null){if(_errs121){vErrors.length = _errs121;}else {vErrors = null;}}if(_valid10){const _errs127 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.request === undefined){const err66 = {instancePath,schemaPath:"#/allOf/9/then/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema70.allOf[9].then.required,parentSchema:schema70.allOf[9].then,data};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}if(data.request !== undefined){let data41 = data.request;if(!(data41 && typeof data41 == "object" && !Array.isArray(data41))){const err67 = {instancePath:instancePath+"/request",schemaPath:"#/allOf/9/then/properties/request/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.allOf[9].then.properties.request.type,parentSchema:schema70.allOf[9].then.properties.request,data:data41};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data.duration !== undefined){const err68 = {instancePath:instancePath+"/duration",schemaPath:"#/allOf/9/then/properties/duration/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema70.allOf[9].then.properties.duration.not,parentSchema:schema70.allOf[9].then.properties.duration,data:data.duration};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}else {const err69 = {instancePath,schemaPath:"#/allOf/9/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.allOf[9].then.type,parentSchema:schema70.allOf[9].then,data};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}var _valid10 = _errs127 === errors;valid52 = _valid10;}if(!valid52){const err70 = {instancePath,schemaPath:"#/allOf/9/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema70.allOf[9].if,parentSchema:schema70.allOf[9],data};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err71 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema70.required,parentSchema:schema70,data};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}if(data.type === undefined){const err72 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema70.required,parentSchema:schema70,data};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}for(const key1 in data){if(!(func2.call(schema70.properties, key1))){const err73 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema70,data};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data.name !== undefined){let data43 = data.name;if(typeof data43 === "string"){if(func3(data43) < 1){const err74 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema70.properties.name,data:data43};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}else {const err75 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.name.type,parentSchema:schema70.properties.name,data:data43};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data.type !== undefined){let data44 = data.type;if(!(((((((((data44 === "http") || (data44 === "ssl")) || (data44 === "dns")) || (data44 === "tcp")) || (data44 === "udp")) || (data44 === "icmp")) || (data44 === "grpc")) || (data44 === "websocket")) || (data44 === "wait"))){const err76 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema70.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema70.properties.type.enum,parentSchema:schema70.properties.type,data:data44};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data.request !== undefined){let data45 = data.request;if(!(data45 && typeof data45 == "object" && !Array.isArray(data45))){const err77 = {instancePath:instancePath+"/request",schemaPath:"#/properties/request/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.properties.request.type,parentSchema:schema70.properties.request,data:data45};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data.assertions !== undefined){let data46 = data.assertions;if(Array.isArray(data46)){const len8 = data46.length;for(let i8=0; i8<len8; i8++){if(!(validate17(data46[i8], {instancePath:instancePath+"/assertions/" + i8,parentData:data46,parentDataProperty:i8,rootData}))){vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);errors = vErrors.length;}}}else {const err78 = {instancePath:instancePath+"/assertions",schemaPath:"#/properties/assertions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.properties.assertions.type,parentSchema:schema70.properties.assertions,data:data46};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data.timeout !== undefined){let data48 = data.timeout;const _errs144 = errors;let valid60 = false;const _errs145 = errors;if(typeof data48 === "string"){if(!pattern0.test(data48)){const err79 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema13.anyOf[0],data:data48};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}else {const err80 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.anyOf[0].type,parentSchema:schema13.anyOf[0],data:data48};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}var _valid11 = _errs145 === errors;valid60 = valid60 || _valid11;if(!valid60){const _errs147 = errors;if(typeof data48 == "number"){if(data48 < 0 || isNaN(data48)){const err81 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.anyOf[1],data:data48};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}else {const err82 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.anyOf[1].type,parentSchema:schema13.anyOf[1],data:data48};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}var _valid11 = _errs147 === errors;valid60 = valid60 || _valid11;}if(!valid60){const err83 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema13.anyOf,parentSchema:schema13,data:data48};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}else {errors = _errs144;if(vErrors !== null){if(_errs144){vErrors.length = _errs144;}else {vErrors = null;}}}}if(data.overall_timeout !== undefined){let data49 = data.overall_timeout;const _errs151 = errors;let valid62 = false;const _errs152 = errors;if(typeof data49 === "string"){if(!pattern0.test(data49)){const err84 = {instancePath:instancePath+"/overall_timeout",schemaPath:"#/definitions/duration/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema13.anyOf[0],data:data49};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}else {const err85 = {instancePath:instancePath+"/overall_timeout",schemaPath:"#/definitions/duration/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.anyOf[0].type,parentSchema:schema13.anyOf[0],data:data49};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}var _valid12 = _errs152 === errors;valid62 = valid62 || _valid12;if(!valid62){const _errs154 = errors;if(typeof data49 == "number"){if(data49 < 0 || isNaN(data49)){const err86 = {instancePath:instancePath+"/overall_timeout",schemaPath:"#/definitions/duration/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.anyOf[1],data:data49};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}else {const err87 = {instancePath:instancePath+"/overall_timeout",schemaPath:"#/definitions/duration/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.anyOf[1].type,parentSchema:schema13.anyOf[1],data:data49};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}var _valid12 = _errs154 === errors;valid62 = valid62 || _valid12;}if(!valid62){const err88 = {instancePath:instancePath+"/overall_timeout",schemaPath:"#/definitions/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema13.anyOf,parentSchema:schema13,data:data49};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}else {errors = _errs151;if(vErrors !== null){if(_errs151){vErrors.length = _errs151;}else {vErrors = null;}}}}if(data.retry !== undefined){if(!(validate12(data.retry, {instancePath:instancePath+"/retry",parentData:data,parentDataProperty:"retry",rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}if(data.http_version !== undefined){let data51 = data.http_version;if(!(((data51 === "http1") || (data51 === "http2")) || (data51 === "any"))){const err89 = {instancePath:instancePath+"/http_version",schemaPath:"#/definitions/httpVersion/enum",keyword:"enum",params:{allowedValues: schema17.enum},message:"must be equal to one of the allowed values",schema:schema17.enum,parentSchema:schema17,data:data51};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}if(data.follow_redirects !== undefined){let data52 = data.follow_redirects;if(typeof data52 !== "boolean"){const err90 = {instancePath:instancePath+"/follow_redirects",schemaPath:"#/properties/follow_redirects/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema70.properties.follow_redirects.type,parentSchema:schema70.properties.follow_redirects,data:data52};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data.extract !== undefined){let data53 = data.extract;if(Array.isArray(data53)){if(data53.length > 10){const err91 = {instancePath:instancePath+"/extract",schemaPath:"#/properties/extract/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema70.properties.extract,data:data53};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}const len9 = data53.length;for(let i9=0; i9<len9; i9++){let data54 = data53[i9];if(data54 && typeof data54 == "object" && !Array.isArray(data54)){if(data54.name === undefined){const err92 = {instancePath:instancePath+"/extract/" + i9,schemaPath:"#/definitions/extraction/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema78.required,parentSchema:schema78,data:data54};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}if(data54.from === undefined){const err93 = {instancePath:instancePath+"/extract/" + i9,schemaPath:"#/definitions/extraction/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema78.required,parentSchema:schema78,data:data54};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}for(const key2 in data54){if(!((((((key2 === "name") || (key2 === "from")) || (key2 === "path")) || (key2 === "property")) || (key2 === "regex")) || (key2 === "secret"))){const err94 = {instancePath:instancePath+"/extract/" + i9,schemaPath:"#/definitions/extraction/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema78,data:data54};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}if(data54.name !== undefined){let data55 = data54.name;if(typeof data55 === "string"){if(!pattern5.test(data55)){const err95 = {instancePath:instancePath+"/extract/" + i9+"/name",schemaPath:"#/definitions/extraction/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema78.properties.name,data:data55};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}else {const err96 = {instancePath:instancePath+"/extract/" + i9+"/name",schemaPath:"#/definitions/extraction/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema78.properties.name.type,parentSchema:schema78.properties.name,data:data55};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}if(data54.from !== undefined){let data56 = data54.from;if(!((((((((data56 === "status") || (data56 === "header")) || (data56 === "cookie")) || (data56 === "body")) || (data56 === "jsonpath")) || (data56 === "message")) || (data56 === "metadata")) || (data56 === "record"))){const err97 = {instancePath:instancePath+"/extract/" + i9+"/from",schemaPath:"#/definitions/extraction/properties/from/enum",keyword:"enum",params:{allowedValues: schema78.properties.from.enum},message:"must be equal to one of the allowed values",schema:schema78.properties.from.enum,parentSchema:schema78.properties.from,data:data56};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}if(data54.path !== undefined){let data57 = data54.path;if(typeof data57 !== "string"){const err98 = {instancePath:instancePath+"/extract/" + i9+"/path",schemaPath:"#/definitions/extraction/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema78.properties.path.type,parentSchema:schema78.properties.path,data:data57};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}if(data54.property !== undefined){let data58 = data54.property;if(typeof data58 !== "string"){const err99 = {instancePath:instancePath+"/extract/" + i9+"/property",schemaPath:"#/definitions/extraction/properties/property/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema78.properties.property.type,parentSchema:schema78.properties.property,data:data58};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}if(data54.regex !== undefined){let data59 = data54.regex;if(typeof data59 !== "string"){const err100 = {instancePath:instancePath+"/extract/" + i9+"/regex",schemaPath:"#/definitions/extraction/properties/regex/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema78.properties.regex.type,parentSchema:schema78.properties.regex,data:data59};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}if(data54.secret !== undefined){let data60 = data54.secret;if(typeof data60 !== "boolean"){const err101 = {instancePath:instancePath+"/extract/" + i9+"/secret",schemaPath:"#/definitions/extraction/properties/secret/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema78.properties.secret.type,parentSchema:schema78.properties.secret,data:data60};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}}else {const err102 = {instancePath:instancePath+"/extract/" + i9,schemaPath:"#/definitions/extraction/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema78.type,parentSchema:schema78,data:data54};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}}else {const err103 = {instancePath:instancePath+"/extract",schemaPath:"#/properties/extract/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.properties.extract.type,parentSchema:schema70.properties.extract,data:data53};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}if(data.allow_failure !== undefined){let data61 = data.allow_failure;if(typeof data61 !== "boolean"){const err104 = {instancePath:instancePath+"/allow_failure",schemaPath:"#/properties/allow_failure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema70.properties.allow_failure.type,parentSchema:schema70.properties.allow_failure,data:data61};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}if(data.duration !== undefined){let data62 = data.duration;const _errs182 = errors;let valid69 = false;const _errs183 = errors;if(typeof data62 === "string"){if(!pattern0.test(data62)){const err105 = {instancePath:instancePath+"/duration",schemaPath:"#/definitions/duration/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema13.anyOf[0],data:data62};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}else {const err106 = {instancePath:instancePath+"/duration",schemaPath:"#/definitions/duration/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.anyOf[0].type,parentSchema:schema13.anyOf[0],data:data62};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}var _valid13 = _errs183 === errors;valid69 = valid69 || _valid13;if(!valid69){const _errs185 = errors;if(typeof data62 == "number"){if(data62 < 0 || isNaN(data62)){const err107 = {instancePath:instancePath+"/duration",schemaPath:"#/definitions/duration/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.anyOf[1],data:data62};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}else {const err108 = {instancePath:instancePath+"/duration",schemaPath:"#/definitions/duration/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.anyOf[1].type,parentSchema:schema13.anyOf[1],data:data62};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}var _valid13 = _errs185 === errors;valid69 = valid69 || _valid13;}if(!valid69){const err109 = {instancePath:instancePath+"/duration",schemaPath:"#/definitions/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema13.anyOf,parentSchema:schema13,data:data62};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}else {errors = _errs182;if(vErrors !== null){if(_errs182){vErrors.length = _errs182;}else {vErrors = null;}}}}}else {const err110 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}validate60.errors = vErrors;return errors === 0;}const pattern13 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(errors === _errs3){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("http" !== data.type){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}}else {const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}if(_valid0){const _errs6 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){if(!(validate22(data.request, {instancePath:instancePath+"/request",parentData:data,parentDataProperty:"request",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data.assertions !== undefined){let data2 = data.assertions;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(!(validate19(data2[i0], {instancePath:instancePath+"/assertions/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);errors = vErrors.length;}}}else {const err2 = {instancePath:instancePath+"/assertions",schemaPath:"#/allOf/0/then/properties/assertions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.allOf[0].then.properties.assertions.type,parentSchema:schema36.allOf[0].then.properties.assertions,data:data2};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.allOf[0].then.type,parentSchema:schema36.allOf[0].then,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs6 === errors;valid1 = _valid0;}if(!valid1){const err4 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema36.allOf[0].if,parentSchema:schema36.allOf[0],data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}const _errs13 = errors;let valid6 = true;const _errs14 = errors;if(errors === _errs14){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("ssl" !== data.type){const err5 = {};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}var _valid1 = _errs14 === errors;errors = _errs13;if(vErrors !== null){if(_errs13){vErrors.length = _errs13;}else {vErrors = null;}}if(_valid1){const _errs17 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){if(!(validate26(data.request, {instancePath:instancePath+"/request",parentData:data,parentDataProperty:"request",rootData}))){vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);errors = vErrors.length;}}if(data.assertions !== undefined){let data6 = data.assertions;if(Array.isArray(data6)){const len1 = data6.length;for(let i1=0; i1<len1; i1++){if(!(validate30(data6[i1], {instancePath:instancePath+"/assertions/" + i1,parentData:data6,parentDataProperty:i1,rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}}}else {const err7 = {instancePath:instancePath+"/assertions",schemaPath:"#/allOf/1/then/properties/assertions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.allOf[1].then.properties.assertions.type,parentSchema:schema36.allOf[1].then.properties.assertions,data:data6};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath,schemaPath:"#/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.allOf[1].then.type,parentSchema:schema36.allOf[1].then,data};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}var _valid1 = _errs17 === errors;valid6 = _valid1;}if(!valid6){const err9 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema36.allOf[1].if,parentSchema:schema36.allOf[1],data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}const _errs24 = errors;let valid11 = true;const _errs25 = errors;if(errors === _errs25){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("dns" !== data.type){const err10 = {};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}var _valid2 = _errs25 === errors;errors = _errs24;if(vErrors !== null){if(_errs24){vErrors.length = _errs24;}else {vErrors = null;}}if(_valid2){const _errs28 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){if(!(validate32(data.request, {instancePath:instancePath+"/request",parentData:data,parentDataProperty:"request",rootData}))){vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);errors = vErrors.length;}}if(data.assertions !== undefined){let data10 = data.assertions;if(Array.isArray(data10)){const len2 = data10.length;for(let i2=0; i2<len2; i2++){if(!(validate35(data10[i2], {instancePath:instancePath+"/assertions/" + i2,parentData:data10,parentDataProperty:i2,rootData}))){vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);errors = vErrors.length;}}}else {const err12 = {instancePath:instancePath+"/assertions",schemaPath:"#/allOf/2/then/properties/assertions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.allOf[2].then.properties.assertions.type,parentSchema:schema36.allOf[2].then.properties.assertions,data:data10};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,schemaPath:"#/allOf/2/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.allOf[2].then.type,parentSchema:schema36.allOf[2].then,data};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}var _valid2 = _errs28 === errors;valid11 = _valid2;}if(!valid11){const err14 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema36.allOf[2].if,parentSchema:schema36.allOf[2],data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}const _errs35 = errors;let valid16 = true;const _errs36 = errors;if(errors === _errs36){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("tcp" !== data.type){const err15 = {};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}var _valid3 = _errs36 === errors;errors = _errs35;if(vErrors !== null){if(_errs35){vErrors.length = _errs35;}else {vErrors = null;}}if(_valid3){const _errs39 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){if(!(validate37(data.request, {instancePath:instancePath+"/request",parentData:data,parentDataProperty:"request",rootData}))){vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);errors = vErrors.length;}}if(data.assertions !== undefined){let data14 = data.assertions;if(Array.isArray(data14)){const len3 = data14.length;for(let i3=0; i3<len3; i3++){let data15 = data14[i3];if(data15 && typeof data15 == "object" && !Array.isArray(data15)){if(data15.type !== undefined){let data16 = data15.type;if(!((data16 === "connection") || (data16 === "responseTime"))){const err17 = {instancePath:instancePath+"/assertions/" + i3+"/type",schemaPath:"#/definitions/tcpAssertion/properties/type/enum",keyword:"enum",params:{allowedValues: schema54.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema54.properties.type.enum,parentSchema:schema54.properties.type,data:data16};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/assertions/" + i3,schemaPath:"#/definitions/tcpAssertion/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data:data15};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/assertions",schemaPath:"#/allOf/3/then/properties/assertions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.allOf[3].then.properties.assertions.type,parentSchema:schema36.allOf[3].then.properties.assertions,data:data14};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath,schemaPath:"#/allOf/3/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.allOf[3].then.type,parentSchema:schema36.allOf[3].then,data};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}var _valid3 = _errs39 === errors;valid16 = _valid3;}if(!valid16){const err21 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema36.allOf[3].if,parentSchema:schema36.allOf[3],data};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}const _errs49 = errors;let valid23 = true;const _errs50 = errors;if(errors === _errs50){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("udp" !== data.type){const err22 = {};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}var _valid4 = _errs50 === errors;errors = _errs49;if(vErrors !== null){if(_errs49){vErrors.length = _errs49;}else {vErrors = null;}}if(_valid4){const _errs53 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){if(!(validate40(data.request, {instancePath:instancePath+"/request",parentData:data,parentDataProperty:"request",rootData}))){vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);errors = vErrors.length;}}if(data.assertions !== undefined){let data19 = data.assertions;if(Array.isArray(data19)){const len4 = data19.length;for(let i4=0; i4<len4; i4++){let data20 = data19[i4];if(data20 && typeof data20 == "object" && !Array.isArray(data20)){if(data20.type !== undefined){let data21 = data20.type;if(!((data21 === "receivedMessage") || (data21 === "responseTime"))){const err24 = {instancePath:instancePath+"/assertions/" + i4+"/type",schemaPath:"#/definitions/udpAssertion/properties/type/enum",keyword:"enum",params:{allowedValues: schema56.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema56.properties.type.enum,parentSchema:schema56.properties.type,data:data21};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath:instancePath+"/assertions/" + i4,schemaPath:"#/definitions/udpAssertion/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data:data20};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/assertions",schemaPath:"#/allOf/4/then/properties/assertions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.allOf[4].then.properties.assertions.type,parentSchema:schema36.allOf[4].then.properties.assertions,data:data19};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath,schemaPath:"#/allOf/4/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.allOf[4].then.type,parentSchema:schema36.allOf[4].then,data};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}var _valid4 = _errs53 === errors;valid23 = _valid4;}if(!valid23){const err28 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema36.allOf[4].if,parentSchema:schema36.allOf[4],data};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}const _errs63 = errors;let valid30 = true;const _errs64 = errors;if(errors === _errs64){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("icmp" !== data.type){const err29 = {};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}var _valid5 = _errs64 === errors;errors = _errs63;if(vErrors !== null){if(_errs63){vErrors.length = _errs63;}else {vErrors = null;}}if(_valid5){const _errs67 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){let data23 = data.request;if(data23 && typeof data23 == "object" && !Array.isArray(data23)){if(data23.host === undefined){const err31 = {instancePath:instancePath+"/request",schemaPath:"#/definitions/icmpRequest/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema57.required,parentSchema:schema57,data:data23};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}for(const key0 in data23){if(!((key0 === "host") || (key0 === "count"))){const err32 = {instancePath:instancePath+"/request",schemaPath:"#/definitions/icmpRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data:data23};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data23.host !== undefined){let data24 = data23.host;if(typeof data24 !== "string"){const err33 = {instancePath:instancePath+"/request/host",schemaPath:"#/definitions/icmpRequest/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.host.type,parentSchema:schema57.properties.host,data:data24};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data23.count !== undefined){let data25 = data23.count;if(!((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25)))){const err34 = {instancePath:instancePath+"/request/count",schemaPath:"#/definitions/icmpRequest/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.count.type,parentSchema:schema57.properties.count,data:data25};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(typeof data25 == "number"){if(data25 > 10 || isNaN(data25)){const err35 = {instancePath:instancePath+"/request/count",schemaPath:"#/definitions/icmpRequest/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema57.properties.count,data:data25};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(data25 < 1 || isNaN(data25)){const err36 = {instancePath:instancePath+"/request/count",schemaPath:"#/definitions/icmpRequest/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema57.properties.count,data:data25};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}}else {const err37 = {instancePath:instancePath+"/request",schemaPath:"#/definitions/icmpRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data:data23};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data.assertions !== undefined){let data26 = data.assertions;if(Array.isArray(data26)){const len5 = data26.length;for(let i5=0; i5<len5; i5++){if(!(validate43(data26[i5], {instancePath:instancePath+"/assertions/" + i5,parentData:data26,parentDataProperty:i5,rootData}))){vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);errors = vErrors.length;}}}else {const err38 = {instancePath:instancePath+"/assertions",schemaPath:"#/allOf/5/then/properties/assertions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.allOf[5].then.properties.assertions.type,parentSchema:schema36.allOf[5].then.properties.assertions,data:data26};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath,schemaPath:"#/allOf/5/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.allOf[5].then.type,parentSchema:schema36.allOf[5].then,data};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}var _valid5 = _errs67 === errors;valid30 = _valid5;}if(!valid30){const err40 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema36.allOf[5].if,parentSchema:schema36.allOf[5],data};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}const _errs81 = errors;let valid37 = true;const _errs82 = errors;if(errors === _errs82){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("grpc" !== data.type){const err41 = {};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}else {const err42 = {};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}var _valid6 = _errs82 === errors;errors = _errs81;if(vErrors !== null){if(_errs81){vErrors.length = _errs81;}else {vErrors = null;}}if(_valid6){const _errs85 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){if(!(validate45(data.request, {instancePath:instancePath+"/request",parentData:data,parentDataProperty:"request",rootData}))){vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);errors = vErrors.length;}}if(data.assertions !== undefined){let data30 = data.assertions;if(Array.isArray(data30)){const len6 = data30.length;for(let i6=0; i6<len6; i6++){if(!(validate49(data30[i6], {instancePath:instancePath+"/assertions/" + i6,parentData:data30,parentDataProperty:i6,rootData}))){vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);errors = vErrors.length;}}}else {const err43 = {instancePath:instancePath+"/assertions",schemaPath:"#/allOf/6/then/properties/assertions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.allOf[6].then.properties.assertions.type,parentSchema:schema36.allOf[6].then.properties.assertions,data:data30};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath,schemaPath:"#/allOf/6/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.allOf[6].then.type,parentSchema:schema36.allOf[6].then,data};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}var _valid6 = _errs85 === errors;valid37 = _valid6;}if(!valid37){const err45 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema36.allOf[6].if,parentSchema:schema36.allOf[6],data};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}const _errs92 = errors;let valid42 = true;const _errs93 = errors;if(errors === _errs93){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("websocket" !== data.type){const err46 = {};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}else {const err47 = {};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}var _valid7 = _errs93 === errors;errors = _errs92;if(vErrors !== null){if(_errs92){vErrors.length = _errs92;}else {vErrors = null;}}if(_valid7){const _errs96 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){if(!(validate51(data.request, {instancePath:instancePath+"/request",parentData:data,parentDataProperty:"request",rootData}))){vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);errors = vErrors.length;}}if(data.assertions !== undefined){let data34 = data.assertions;if(Array.isArray(data34)){const len7 = data34.length;for(let i7=0; i7<len7; i7++){if(!(validate53(data34[i7], {instancePath:instancePath+"/assertions/" + i7,parentData:data34,parentDataProperty:i7,rootData}))){vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);errors = vErrors.length;}}}else {const err48 = {instancePath:instancePath+"/assertions",schemaPath:"#/allOf/7/then/properties/assertions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.allOf[7].then.properties.assertions.type,parentSchema:schema36.allOf[7].then.properties.assertions,data:data34};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}else {const err49 = {instancePath,schemaPath:"#/allOf/7/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.allOf[7].then.type,parentSchema:schema36.allOf[7].then,data};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}var _valid7 = _errs96 === errors;valid42 = _valid7;}if(!valid42){const err50 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema36.allOf[7].if,parentSchema:schema36.allOf[7],data};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}const _errs103 = errors;let valid47 = true;const _errs104 = errors;if(errors === _errs104){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("multistep" !== data.type){const err51 = {};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}else {const err52 = {};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}var _valid8 = _errs104 === errors;errors = _errs103;if(vErrors !== null){if(_errs103){vErrors.length = _errs103;}else {vErrors = null;}}if(_valid8){const _errs107 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.steps === undefined){const err53 = {instancePath,schemaPath:"#/allOf/8/then/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'",schema:schema36.allOf[8].then.required,parentSchema:schema36.allOf[8].then,data};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if(data.steps !== undefined){let data37 = data.steps;if(!(Array.isArray(data37))){const err54 = {instancePath:instancePath+"/steps",schemaPath:"#/allOf/8/then/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.allOf[8].then.properties.steps.type,parentSchema:schema36.allOf[8].then.properties.steps,data:data37};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data.request !== undefined){const err55 = {instancePath:instancePath+"/request",schemaPath:"#/allOf/8/then/properties/request/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema36.allOf[8].then.properties.request.not,parentSchema:schema36.allOf[8].then.properties.request,data:data.request};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if(data.assertions !== undefined){const err56 = {instancePath:instancePath+"/assertions",schemaPath:"#/allOf/8/then/properties/assertions/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema36.allOf[8].then.properties.assertions.not,parentSchema:schema36.allOf[8].then.properties.assertions,data:data.assertions};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(data.timeout !== undefined){const err57 = {instancePath:instancePath+"/timeout",schemaPath:"#/allOf/8/then/properties/timeout/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema36.allOf[8].then.properties.timeout.not,parentSchema:schema36.allOf[8].then.properties.timeout,data:data.timeout};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}else {const err58 = {instancePath,schemaPath:"#/allOf/8/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.allOf[8].then.type,parentSchema:schema36.allOf[8].then,data};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}var _valid8 = _errs107 === errors;valid47 = _valid8;}if(!valid47){const err59 = {instancePath,schemaPath:"#/allOf/8/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema36.allOf[8].if,parentSchema:schema36.allOf[8],data};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}const _errs118 = errors;let valid50 = true;const _errs119 = errors;if(errors === _errs119){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){const _errs122 = errors;const _errs123 = errors;if("multistep" !== data.type){const err60 = {};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}var valid52 = _errs123 === errors;if(valid52){const err61 = {};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}else {errors = _errs122;if(vErrors !== null){if(_errs122){vErrors.length = _errs122;}else {vErrors = null;}}}}}else {const err62 = {};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}var _valid9 = _errs119 === errors;errors = _errs118;if(vErrors !== null){if(_errs118){vErrors.length = _errs118;}else {vErrors = null;}}if(_valid9){const _errs124 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.request === undefined){const err63 = {instancePath,schemaPath:"#/allOf/9/then/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema36.allOf[9].then.required,parentSchema:schema36.allOf[9].then,data};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}if(data.request !== undefined){let data42 = data.request;if(!(data42 && typeof data42 == "object" && !Array.isArray(data42))){const err64 = {instancePath:instancePath+"/request",schemaPath:"#/allOf/9/then/properties/request/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.allOf[9].then.properties.request.type,parentSchema:schema36.allOf[9].then.properties.request,data:data42};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data.steps !== undefined){const err65 = {instancePath:instancePath+"/steps",schemaPath:"#/allOf/9/then/properties/steps/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema36.allOf[9].then.properties.steps.not,parentSchema:schema36.allOf[9].then.properties.steps,data:data.steps};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}if(data.cookies !== undefined){const err66 = {instancePath:instancePath+"/cookies",schemaPath:"#/allOf/9/then/properties/cookies/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema36.allOf[9].then.properties.cookies.not,parentSchema:schema36.allOf[9].then.properties.cookies,data:data.cookies};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}else {const err67 = {instancePath,schemaPath:"#/allOf/9/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.allOf[9].then.type,parentSchema:schema36.allOf[9].then,data};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}var _valid9 = _errs124 === errors;valid50 = _valid9;}if(!valid50){const err68 = {instancePath,schemaPath:"#/allOf/9/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema36.allOf[9].if,parentSchema:schema36.allOf[9],data};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err69 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema36.required,parentSchema:schema36,data};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if(data.type === undefined){const err70 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema36.required,parentSchema:schema36,data};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}for(const key1 in data){if(!(func2.call(schema36.properties, key1))){const err71 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data.name !== undefined){let data45 = data.name;if(typeof data45 === "string"){if(func3(data45) < 1){const err72 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.name,data:data45};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}else {const err73 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.name.type,parentSchema:schema36.properties.name,data:data45};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data.id !== undefined){let data46 = data.id;if(typeof data46 === "string"){if(!pattern13.test(data46)){const err74 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema36.properties.id,data:data46};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}else {const err75 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.id.type,parentSchema:schema36.properties.id,data:data46};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data.type !== undefined){let data47 = data.type;if(!(((((((((data47 === "http") || (data47 === "ssl")) || (data47 === "dns")) || (data47 === "tcp")) || (data47 === "udp")) || (data47 === "icmp")) || (data47 === "grpc")) || (data47 === "websocket")) || (data47 === "multistep"))){const err76 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema36.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.type.enum,parentSchema:schema36.properties.type,data:data47};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data.steps !== undefined){let data48 = data.steps;if(Array.isArray(data48)){if(data48.length > 20){const err77 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema36.properties.steps,data:data48};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}if(data48.length < 1){const err78 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema36.properties.steps,data:data48};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}const len8 = data48.length;for(let i8=0; i8<len8; i8++){if(!(validate60(data48[i8], {instancePath:instancePath+"/steps/" + i8,parentData:data48,parentDataProperty:i8,rootData}))){vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);errors = vErrors.length;}}}else {const err79 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.steps.type,parentSchema:schema36.properties.steps,data:data48};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data.cookies !== undefined){let data50 = data.cookies;if(typeof data50 !== "boolean"){const err80 = {instancePath:instancePath+"/cookies",schemaPath:"#/properties/cookies/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.cookies.type,parentSchema:schema36.properties.cookies,data:data50};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data.request !== undefined){let data51 = data.request;if(!(data51 && typeof data51 == "object" && !Array.isArray(data51))){const err81 = {instancePath:instancePath+"/request",schemaPath:"#/properties/request/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.request.type,parentSchema:schema36.properties.request,data:data51};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data.assertions !== undefined){let data52 = data.assertions;if(Array.isArray(data52)){const len9 = data52.length;for(let i9=0; i9<len9; i9++){if(!(validate17(data52[i9], {instancePath:instancePath+"/assertions/" + i9,parentData:data52,parentDataProperty:i9,rootData}))){vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);errors = vErrors.length;}}}else {const err82 = {instancePath:instancePath+"/assertions",schemaPath:"#/properties/assertions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.assertions.type,parentSchema:schema36.properties.assertions,data:data52};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data.timeout !== undefined){let data54 = data.timeout;const _errs150 = errors;let valid60 = false;const _errs151 = errors;if(typeof data54 === "string"){if(!pattern0.test(data54)){const err83 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema13.anyOf[0],data:data54};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}else {const err84 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.anyOf[0].type,parentSchema:schema13.anyOf[0],data:data54};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}var _valid10 = _errs151 === errors;valid60 = valid60 || _valid10;if(!valid60){const _errs153 = errors;if(typeof data54 == "number"){if(data54 < 0 || isNaN(data54)){const err85 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.anyOf[1],data:data54};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}else {const err86 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.anyOf[1].type,parentSchema:schema13.anyOf[1],data:data54};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}var _valid10 = _errs153 === errors;valid60 = valid60 || _valid10;}if(!valid60){const err87 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema13.anyOf,parentSchema:schema13,data:data54};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}else {errors = _errs150;if(vErrors !== null){if(_errs150){vErrors.length = _errs150;}else {vErrors = null;}}}}if(data.overall_timeout !== undefined){let data55 = data.overall_timeout;const _errs157 = errors;let valid62 = false;const _errs158 = errors;if(typeof data55 === "string"){if(!pattern0.test(data55)){const err88 = {instancePath:instancePath+"/overall_timeout",schemaPath:"#/definitions/duration/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema13.anyOf[0],data:data55};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}else {const err89 = {instancePath:instancePath+"/overall_timeout",schemaPath:"#/definitions/duration/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.anyOf[0].type,parentSchema:schema13.anyOf[0],data:data55};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}var _valid11 = _errs158 === errors;valid62 = valid62 || _valid11;if(!valid62){const _errs160 = errors;if(typeof data55 == "number"){if(data55 < 0 || isNaN(data55)){const err90 = {instancePath:instancePath+"/overall_timeout",schemaPath:"#/definitions/duration/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.anyOf[1],data:data55};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}else {const err91 = {instancePath:instancePath+"/overall_timeout",schemaPath:"#/definitions/duration/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.anyOf[1].type,parentSchema:schema13.anyOf[1],data:data55};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}var _valid11 = _errs160 === errors;valid62 = valid62 || _valid11;}if(!valid62){const err92 = {instancePath:instancePath+"/overall_timeout",schemaPath:"#/definitions/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema13.anyOf,parentSchema:schema13,data:data55};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}else {errors = _errs157;if(vErrors !== null){if(_errs157){vErrors.length = _errs157;}else {vErrors = null;}}}}if(data.retry !== undefined){if(!(validate12(data.retry, {instancePath:instancePath+"/retry",parentData:data,parentDataProperty:"retry",rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}if(data.http_version !== undefined){let data57 = data.http_version;if(!(((data57 === "http1") || (data57 === "http2")) || (data57 === "any"))){const err93 = {instancePath:instancePath+"/http_version",schemaPath:"#/definitions/httpVersion/enum",keyword:"enum",params:{allowedValues: schema17.enum},message:"must be equal to one of the allowed values",schema:schema17.enum,parentSchema:schema17,data:data57};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data.compare !== undefined){let data58 = data.compare;if(typeof data58 !== "boolean"){const err94 = {instancePath:instancePath+"/compare",schemaPath:"#/properties/compare/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.compare.type,parentSchema:schema36.properties.compare,data:data58};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}if(data.follow_redirects !== undefined){let data59 = data.follow_redirects;if(typeof data59 !== "boolean"){const err95 = {instancePath:instancePath+"/follow_redirects",schemaPath:"#/properties/follow_redirects/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.follow_redirects.type,parentSchema:schema36.properties.follow_redirects,data:data59};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}if(data.fail_on !== undefined){let data60 = data.fail_on;if(Array.isArray(data60)){const len10 = data60.length;for(let i10=0; i10<len10; i10++){let data61 = data60[i10];if(typeof data61 === "string"){if(!pattern3.test(data61)){const err96 = {instancePath:instancePath+"/fail_on/" + i10,schemaPath:"#/definitions/selectors/items/pattern",keyword:"pattern",params:{pattern: "^(all|(AUTHENTICATION_ERROR|CONNREFUSED|CONNRESET|DNS|HOSTUNREACH|NETUNREACH|HTTP2|INVALID_REQUEST|SSL|TIMEOUT|MALFORMED_RESPONSE|TOO_MANY_REDIRECTS|BODY_TOO_LARGE|WEBSOCKET|GRPC|INCORRECT_ASSERTION|REGRESSION|UNKNOWN)(:[A-Z0-9_]+)?)$"},message:"must match pattern \""+"^(all|(AUTHENTICATION_ERROR|CONNREFUSED|CONNRESET|DNS|HOSTUNREACH|NETUNREACH|HTTP2|INVALID_REQUEST|SSL|TIMEOUT|MALFORMED_RESPONSE|TOO_MANY_REDIRECTS|BODY_TOO_LARGE|WEBSOCKET|GRPC|INCORRECT_ASSERTION|REGRESSION|UNKNOWN)(:[A-Z0-9_]+)?)$"+"\"",schema:"^(all|(AUTHENTICATION_ERROR|CONNREFUSED|CONNRESET|DNS|HOSTUNREACH|NETUNREACH|HTTP2|INVALID_REQUEST|SSL|TIMEOUT|MALFORMED_RESPONSE|TOO_MANY_REDIRECTS|BODY_TOO_LARGE|WEBSOCKET|GRPC|INCORRECT_ASSERTION|REGRESSION|UNKNOWN)(:[A-Z0-9_]+)?)$",parentSchema:schema24.items,data:data61};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}else {const err97 = {instancePath:instancePath+"/fail_on/" + i10,schemaPath:"#/definitions/selectors/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.type,parentSchema:schema24.items,data:data61};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}}else {const err98 = {instancePath:instancePath+"/fail_on",schemaPath:"#/definitions/selectors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.type,parentSchema:schema24,data:data60};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}if(data.warn_on !== undefined){let data62 = data.warn_on;if(Array.isArray(data62)){const len11 = data62.length;for(let i11=0; i11<len11; i11++){let data63 = data62[i11];if(typeof data63 === "string"){if(!pattern3.test(data63)){const err99 = {instancePath:instancePath+"/warn_on/" + i11,schemaPath:"#/definitions/selectors/items/pattern",keyword:"pattern",params:{pattern: "^(all|(AUTHENTICATION_ERROR|CONNREFUSED|CONNRESET|DNS|HOSTUNREACH|NETUNREACH|HTTP2|INVALID_REQUEST|SSL|TIMEOUT|MALFORMED_RESPONSE|TOO_MANY_REDIRECTS|BODY_TOO_LARGE|WEBSOCKET|GRPC|INCORRECT_ASSERTION|REGRESSION|UNKNOWN)(:[A-Z0-9_]+)?)$"},message:"must match pattern \""+"^(all|(AUTHENTICATION_ERROR|CONNREFUSED|CONNRESET|DNS|HOSTUNREACH|NETUNREACH|HTTP2|INVALID_REQUEST|SSL|TIMEOUT|MALFORMED_RESPONSE|TOO_MANY_REDIRECTS|BODY_TOO_LARGE|WEBSOCKET|GRPC|INCORRECT_ASSERTION|REGRESSION|UNKNOWN)(:[A-Z0-9_]+)?)$"+"\"",schema:"^(all|(AUTHENTICATION_ERROR|CONNREFUSED|CONNRESET|DNS|HOSTUNREACH|NETUNREACH|HTTP2|INVALID_REQUEST|SSL|TIMEOUT|MALFORMED_RESPONSE|TOO_MANY_REDIRECTS|BODY_TOO_LARGE|WEBSOCKET|GRPC|INCORRECT_ASSERTION|REGRESSION|UNKNOWN)(:[A-Z0-9_]+)?)$",parentSchema:schema24.items,data:data63};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}else {const err100 = {instancePath:instancePath+"/warn_on/" + i11,schemaPath:"#/definitions/selectors/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.type,parentSchema:schema24.items,data:data63};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}}else {const err101 = {instancePath:instancePath+"/warn_on",schemaPath:"#/definitions/selectors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.type,parentSchema:schema24,data:data62};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}if(data.skip !== undefined){let data64 = data.skip;if(typeof data64 !== "boolean"){const err102 = {instancePath:instancePath+"/skip",schemaPath:"#/properties/skip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.skip.type,parentSchema:schema36.properties.skip,data:data64};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}if(data.tags !== undefined){let data65 = data.tags;if(Array.isArray(data65)){const len12 = data65.length;for(let i12=0; i12<len12; i12++){let data66 = data65[i12];if(typeof data66 === "string"){if(!pattern13.test(data66)){const err103 = {instancePath:instancePath+"/tags/" + i12,schemaPath:"#/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema36.properties.tags.items,data:data66};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}else {const err104 = {instancePath:instancePath+"/tags/" + i12,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.tags.items.type,parentSchema:schema36.properties.tags.items,data:data66};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}let i13 = data65.length;let j0;if(i13 > 1){const indices0 = {};for(;i13--;){let item0 = data65[i13];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err105 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i13+" are identical)",schema:true,parentSchema:schema36.properties.tags,data:data65};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;break;}indices0[item0] = i13;}}}else {const err106 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.tags.type,parentSchema:schema36.properties.tags,data:data65};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}if(data.ip_family !== undefined){let data67 = data.ip_family;if(!(((data67 === 4) || (data67 === 6)) || (data67 === "any"))){const err107 = {instancePath:instancePath+"/ip_family",schemaPath:"#/definitions/ipFamily/enum",keyword:"enum",params:{allowedValues: schema26.enum},message:"must be equal to one of the allowed values",schema:schema26.enum,parentSchema:schema26,data:data67};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}}else {const err108 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}validate21.errors = vErrors;return errors === 0;}const pattern11 = new RegExp("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://probegate.dev/schema/probegate.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.checks === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "checks"},message:"must have required property '"+"checks"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((((((((key0 === "$schema") || (key0 === "version")) || (key0 === "defaults")) || (key0 === "variables")) || (key0 === "ready")) || (key0 === "gate")) || (key0 === "baseline")) || (key0 === "checks"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 !== "string"){const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.version !== undefined){let data1 = data.version;if(1 !== data1){const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.defaults !== undefined){if(!(validate11(data.defaults, {instancePath:instancePath+"/defaults",parentData:data,parentDataProperty:"defaults",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data.variables !== undefined){let data3 = data.variables;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){const _errs8 = errors;if(typeof key1 === "string"){if(!pattern5.test(key1)){const err5 = {instancePath:instancePath+"/variables",schemaPath:"#/properties/variables/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema11.properties.variables.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}var valid1 = _errs8 === errors;if(!valid1){const err6 = {instancePath:instancePath+"/variables",schemaPath:"#/properties/variables/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema11.properties.variables.propertyNames,parentSchema:schema11.properties.variables,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}for(const key2 in data3){let data4 = data3[key2];if(((typeof data4 !== "string") && (!(typeof data4 == "number"))) && (typeof data4 !== "boolean")){const err7 = {instancePath:instancePath+"/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/variables/additionalProperties/type",keyword:"type",params:{type: schema11.properties.variables.additionalProperties.type},message:"must be string,number,boolean",schema:schema11.properties.variables.additionalProperties.type,parentSchema:schema11.properties.variables.additionalProperties,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath:instancePath+"/variables",schemaPath:"#/properties/variables/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.variables.type,parentSchema:schema11.properties.variables,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.ready !== undefined){let data5 = data.ready;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(data5.url === undefined){const err9 = {instancePath:instancePath+"/ready",schemaPath:"#/properties/ready/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema11.properties.ready.required,parentSchema:schema11.properties.ready,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}for(const key3 in data5){if(!(((((key3 === "url") || (key3 === "timeout")) || (key3 === "interval")) || (key3 === "status")) || (key3 === "assertions"))){const err10 = {instancePath:instancePath+"/ready",schemaPath:"#/properties/ready/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.ready,data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data5.url !== undefined){let data6 = data5.url;if(typeof data6 !== "string"){const err11 = {instancePath:instancePath+"/ready/url",schemaPath:"#/properties/ready/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ready.properties.url.type,parentSchema:schema11.properties.ready.properties.url,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data5.timeout !== undefined){let data7 = data5.timeout;const _errs19 = errors;let valid5 = false;const _errs20 = errors;if(typeof data7 === "string"){if(!pattern0.test(data7)){const err12 = {instancePath:instancePath+"/ready/timeout",schemaPath:"#/definitions/duration/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema13.anyOf[0],data:data7};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/ready/timeout",schemaPath:"#/definitions/duration/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.anyOf[0].type,parentSchema:schema13.anyOf[0],data:data7};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}var _valid0 = _errs20 === errors;valid5 = valid5 || _valid0;if(!valid5){const _errs22 = errors;if(typeof data7 == "number"){if(data7 < 0 || isNaN(data7)){const err14 = {instancePath:instancePath+"/ready/timeout",schemaPath:"#/definitions/duration/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.anyOf[1],data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/ready/timeout",schemaPath:"#/definitions/duration/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.anyOf[1].type,parentSchema:schema13.anyOf[1],data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}var _valid0 = _errs22 === errors;valid5 = valid5 || _valid0;}if(!valid5){const err16 = {instancePath:instancePath+"/ready/timeout",schemaPath:"#/definitions/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema13.anyOf,parentSchema:schema13,data:data7};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}else {errors = _errs19;if(vErrors !== null){if(_errs19){vErrors.length = _errs19;}else {vErrors = null;}}}}if(data5.interval !== undefined){let data8 = data5.interval;const _errs26 = errors;let valid7 = false;const _errs27 = errors;if(typeof data8 === "string"){if(!pattern0.test(data8)){const err17 = {instancePath:instancePath+"/ready/interval",schemaPath:"#/definitions/duration/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema13.anyOf[0],data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/ready/interval",schemaPath:"#/definitions/duration/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.anyOf[0].type,parentSchema:schema13.anyOf[0],data:data8};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}var _valid1 = _errs27 === errors;valid7 = valid7 || _valid1;if(!valid7){const _errs29 = errors;if(typeof data8 == "number"){if(data8 < 0 || isNaN(data8)){const err19 = {instancePath:instancePath+"/ready/interval",schemaPath:"#/definitions/duration/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.anyOf[1],data:data8};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/ready/interval",schemaPath:"#/definitions/duration/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.anyOf[1].type,parentSchema:schema13.anyOf[1],data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}var _valid1 = _errs29 === errors;valid7 = valid7 || _valid1;}if(!valid7){const err21 = {instancePath:instancePath+"/ready/interval",schemaPath:"#/definitions/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema13.anyOf,parentSchema:schema13,data:data8};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}else {errors = _errs26;if(vErrors !== null){if(_errs26){vErrors.length = _errs26;}else {vErrors = null;}}}}if(data5.status !== undefined){let data9 = data5.status;if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){const err22 = {instancePath:instancePath+"/ready/status",schemaPath:"#/properties/ready/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.ready.properties.status.type,parentSchema:schema11.properties.ready.properties.status,data:data9};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(typeof data9 == "number"){if(data9 > 599 || isNaN(data9)){const err23 = {instancePath:instancePath+"/ready/status",schemaPath:"#/properties/ready/properties/status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema11.properties.ready.properties.status,data:data9};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data9 < 100 || isNaN(data9)){const err24 = {instancePath:instancePath+"/ready/status",schemaPath:"#/properties/ready/properties/status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema11.properties.ready.properties.status,data:data9};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}if(data5.assertions !== undefined){let data10 = data5.assertions;if(Array.isArray(data10)){const len0 = data10.length;for(let i0=0; i0<len0; i0++){let data11 = data10[i0];if(!(validate17(data11, {instancePath:instancePath+"/ready/assertions/" + i0,parentData:data10,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);errors = vErrors.length;}if(!(validate19(data11, {instancePath:instancePath+"/ready/assertions/" + i0,parentData:data10,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);errors = vErrors.length;}}}else {const err25 = {instancePath:instancePath+"/ready/assertions",schemaPath:"#/properties/ready/properties/assertions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.ready.properties.assertions.type,parentSchema:schema11.properties.ready.properties.assertions,data:data10};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/ready",schemaPath:"#/properties/ready/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.ready.type,parentSchema:schema11.properties.ready,data:data5};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data.gate !== undefined){let data12 = data.gate;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key4 in data12){if(!((key4 === "fail_on") || (key4 === "warn_on"))){const err27 = {instancePath:instancePath+"/gate",schemaPath:"#/properties/gate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.gate,data:data12};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data12.fail_on !== undefined){let data13 = data12.fail_on;if(Array.isArray(data13)){const len1 = data13.length;for(let i1=0; i1<len1; i1++){let data14 = data13[i1];if(typeof data14 === "string"){if(!pattern3.test(data14)){const err28 = {instancePath:instancePath+"/gate/fail_on/" + i1,schemaPath:"#/definitions/selectors/items/pattern",keyword:"pattern",params:{pattern: "^(all|(AUTHENTICATION_ERROR|CONNREFUSED|CONNRESET|DNS|HOSTUNREACH|NETUNREACH|HTTP2|INVALID_REQUEST|SSL|TIMEOUT|MALFORMED_RESPONSE|TOO_MANY_REDIRECTS|BODY_TOO_LARGE|WEBSOCKET|GRPC|INCORRECT_ASSERTION|REGRESSION|UNKNOWN)(:[A-Z0-9_]+)?)$"},message:"must match pattern \""+"^(all|(AUTHENTICATION_ERROR|CONNREFUSED|CONNRESET|DNS|HOSTUNREACH|NETUNREACH|HTTP2|INVALID_REQUEST|SSL|TIMEOUT|MALFORMED_RESPONSE|TOO_MANY_REDIRECTS|BODY_TOO_LARGE|WEBSOCKET|GRPC|INCORRECT_ASSERTION|REGRESSION|UNKNOWN)(:[A-Z0-9_]+)?)$"+"\"",schema:"^(all|(AUTHENTICATION_ERROR|CONNREFUSED|CONNRESET|DNS|HOSTUNREACH|NETUNREACH|HTTP2|INVALID_REQUEST|SSL|TIMEOUT|MALFORMED_RESPONSE|TOO_MANY_REDIRECTS|BODY_TOO_LARGE|WEBSOCKET|GRPC|INCORRECT_ASSERTION|REGRESSION|UNKNOWN)(:[A-Z0-9_]+)?)$",parentSchema:schema24.items,data:data14};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath:instancePath+"/gate/fail_on/" + i1,schemaPath:"#/definitions/selectors/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.type,parentSchema:schema24.items,data:data14};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/gate/fail_on",schemaPath:"#/definitions/selectors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.type,parentSchema:schema24,data:data13};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data12.warn_on !== undefined){let data15 = data12.warn_on;if(Array.isArray(data15)){const len2 = data15.length;for(let i2=0; i2<len2; i2++){let data16 = data15[i2];if(typeof data16 === "string"){if(!pattern3.test(data16)){const err31 = {instancePath:instancePath+"/gate/warn_on/" + i2,schemaPath:"#/definitions/selectors/items/pattern",keyword:"pattern",params:{pattern: "^(all|(AUTHENTICATION_ERROR|CONNREFUSED|CONNRESET|DNS|HOSTUNREACH|NETUNREACH|HTTP2|INVALID_REQUEST|SSL|TIMEOUT|MALFORMED_RESPONSE|TOO_MANY_REDIRECTS|BODY_TOO_LARGE|WEBSOCKET|GRPC|INCORRECT_ASSERTION|REGRESSION|UNKNOWN)(:[A-Z0-9_]+)?)$"},message:"must match pattern \""+"^(all|(AUTHENTICATION_ERROR|CONNREFUSED|CONNRESET|DNS|HOSTUNREACH|NETUNREACH|HTTP2|INVALID_REQUEST|SSL|TIMEOUT|MALFORMED_RESPONSE|TOO_MANY_REDIRECTS|BODY_TOO_LARGE|WEBSOCKET|GRPC|INCORRECT_ASSERTION|REGRESSION|UNKNOWN)(:[A-Z0-9_]+)?)$"+"\"",schema:"^(all|(AUTHENTICATION_ERROR|CONNREFUSED|CONNRESET|DNS|HOSTUNREACH|NETUNREACH|HTTP2|INVALID_REQUEST|SSL|TIMEOUT|MALFORMED_RESPONSE|TOO_MANY_REDIRECTS|BODY_TOO_LARGE|WEBSOCKET|GRPC|INCORRECT_ASSERTION|REGRESSION|UNKNOWN)(:[A-Z0-9_]+)?)$",parentSchema:schema24.items,data:data16};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}else {const err32 = {instancePath:instancePath+"/gate/warn_on/" + i2,schemaPath:"#/definitions/selectors/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.type,parentSchema:schema24.items,data:data16};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath:instancePath+"/gate/warn_on",schemaPath:"#/definitions/selectors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.type,parentSchema:schema24,data:data15};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath:instancePath+"/gate",schemaPath:"#/properties/gate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.gate.type,parentSchema:schema11.properties.gate,data:data12};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data.baseline !== undefined){let data17 = data.baseline;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){for(const key5 in data17){if(!(((((key5 === "base_url") || (key5 === "samples")) || (key5 === "latency")) || (key5 === "headers")) || (key5 === "ignore"))){const err35 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.baseline,data:data17};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data17.base_url !== undefined){let data18 = data17.base_url;if(typeof data18 === "string"){if(func3(data18) < 1){const err36 = {instancePath:instancePath+"/baseline/base_url",schemaPath:"#/properties/baseline/properties/base_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.baseline.properties.base_url,data:data18};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}else {const err37 = {instancePath:instancePath+"/baseline/base_url",schemaPath:"#/properties/baseline/properties/base_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.baseline.properties.base_url.type,parentSchema:schema11.properties.baseline.properties.base_url,data:data18};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data17.samples !== undefined){let data19 = data17.samples;if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){const err38 = {instancePath:instancePath+"/baseline/samples",schemaPath:"#/properties/baseline/properties/samples/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.baseline.properties.samples.type,parentSchema:schema11.properties.baseline.properties.samples,data:data19};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(typeof data19 == "number"){if(data19 > 100 || isNaN(data19)){const err39 = {instancePath:instancePath+"/baseline/samples",schemaPath:"#/properties/baseline/properties/samples/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema11.properties.baseline.properties.samples,data:data19};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if(data19 < 5 || isNaN(data19)){const err40 = {instancePath:instancePath+"/baseline/samples",schemaPath:"#/properties/baseline/properties/samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 5},message:"must be >= 5",schema:5,parentSchema:schema11.properties.baseline.properties.samples,data:data19};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}if(data17.latency !== undefined){let data20 = data17.latency;if(data20 && typeof data20 == "object" && !Array.isArray(data20)){for(const key6 in data20){if(!((key6 === "ratio") || (key6 === "min_delta"))){const err41 = {instancePath:instancePath+"/baseline/latency",schemaPath:"#/properties/baseline/properties/latency/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.baseline.properties.latency,data:data20};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data20.ratio !== undefined){let data21 = data20.ratio;if(typeof data21 == "number"){if(data21 > 100 || isNaN(data21)){const err42 = {instancePath:instancePath+"/baseline/latency/ratio",schemaPath:"#/properties/baseline/properties/latency/properties/ratio/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema11.properties.baseline.properties.latency.properties.ratio,data:data21};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(data21 < 1 || isNaN(data21)){const err43 = {instancePath:instancePath+"/baseline/latency/ratio",schemaPath:"#/properties/baseline/properties/latency/properties/ratio/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.baseline.properties.latency.properties.ratio,data:data21};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}else {const err44 = {instancePath:instancePath+"/baseline/latency/ratio",schemaPath:"#/properties/baseline/properties/latency/properties/ratio/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.baseline.properties.latency.properties.ratio.type,parentSchema:schema11.properties.baseline.properties.latency.properties.ratio,data:data21};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data20.min_delta !== undefined){let data22 = data20.min_delta;const _errs65 = errors;let valid21 = false;const _errs66 = errors;if(typeof data22 === "string"){if(!pattern0.test(data22)){const err45 = {instancePath:instancePath+"/baseline/latency/min_delta",schemaPath:"#/definitions/duration/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema13.anyOf[0],data:data22};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}else {const err46 = {instancePath:instancePath+"/baseline/latency/min_delta",schemaPath:"#/definitions/duration/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.anyOf[0].type,parentSchema:schema13.anyOf[0],data:data22};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}var _valid2 = _errs66 === errors;valid21 = valid21 || _valid2;if(!valid21){const _errs68 = errors;if(typeof data22 == "number"){if(data22 < 0 || isNaN(data22)){const err47 = {instancePath:instancePath+"/baseline/latency/min_delta",schemaPath:"#/definitions/duration/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.anyOf[1],data:data22};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}else {const err48 = {instancePath:instancePath+"/baseline/latency/min_delta",schemaPath:"#/definitions/duration/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.anyOf[1].type,parentSchema:schema13.anyOf[1],data:data22};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}var _valid2 = _errs68 === errors;valid21 = valid21 || _valid2;}if(!valid21){const err49 = {instancePath:instancePath+"/baseline/latency/min_delta",schemaPath:"#/definitions/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema13.anyOf,parentSchema:schema13,data:data22};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}else {errors = _errs65;if(vErrors !== null){if(_errs65){vErrors.length = _errs65;}else {vErrors = null;}}}}}else {const err50 = {instancePath:instancePath+"/baseline/latency",schemaPath:"#/properties/baseline/properties/latency/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.baseline.properties.latency.type,parentSchema:schema11.properties.baseline.properties.latency,data:data20};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data17.headers !== undefined){let data23 = data17.headers;if(Array.isArray(data23)){const len3 = data23.length;for(let i3=0; i3<len3; i3++){let data24 = data23[i3];if(typeof data24 === "string"){if(!pattern11.test(data24)){const err51 = {instancePath:instancePath+"/baseline/headers/" + i3,schemaPath:"#/properties/baseline/properties/headers/items/pattern",keyword:"pattern",params:{pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"},message:"must match pattern \""+"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"+"\"",schema:"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$",parentSchema:schema11.properties.baseline.properties.headers.items,data:data24};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}else {const err52 = {instancePath:instancePath+"/baseline/headers/" + i3,schemaPath:"#/properties/baseline/properties/headers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.baseline.properties.headers.items.type,parentSchema:schema11.properties.baseline.properties.headers.items,data:data24};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath:instancePath+"/baseline/headers",schemaPath:"#/properties/baseline/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.baseline.properties.headers.type,parentSchema:schema11.properties.baseline.properties.headers,data:data23};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data17.ignore !== undefined){let data25 = data17.ignore;if(Array.isArray(data25)){const len4 = data25.length;for(let i4=0; i4<len4; i4++){let data26 = data25[i4];if(typeof data26 === "string"){if(func3(data26) < 1){const err54 = {instancePath:instancePath+"/baseline/ignore/" + i4,schemaPath:"#/properties/baseline/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.baseline.properties.ignore.items,data:data26};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}else {const err55 = {instancePath:instancePath+"/baseline/ignore/" + i4,schemaPath:"#/properties/baseline/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.baseline.properties.ignore.items.type,parentSchema:schema11.properties.baseline.properties.ignore.items,data:data26};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}else {const err56 = {instancePath:instancePath+"/baseline/ignore",schemaPath:"#/properties/baseline/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.baseline.properties.ignore.type,parentSchema:schema11.properties.baseline.properties.ignore,data:data25};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}}else {const err57 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.baseline.type,parentSchema:schema11.properties.baseline,data:data17};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data.checks !== undefined){let data27 = data.checks;if(Array.isArray(data27)){if(data27.length < 1){const err58 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.checks,data:data27};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}const len5 = data27.length;for(let i5=0; i5<len5; i5++){if(!(validate21(data27[i5], {instancePath:instancePath+"/checks/" + i5,parentData:data27,parentDataProperty:i5,rootData}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}}else {const err59 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.checks.type,parentSchema:schema11.properties.checks,data:data27};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}else {const err60 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}validate10.errors = vErrors;return errors === 0;}

// EXTERNAL MODULE: ./src/manifest/suggest.ts
var suggest = __webpack_require__(7271);
;// CONCATENATED MODULE: ./src/manifest/schema.ts



// `validate` is schema/probegate.schema.json compiled at build time by scripts/schema-validator.mjs
// (ajv, allErrors and verbose): compiling it here cost every run a few hundred milliseconds.
// Keywords that only repeat what a more precise error below them says.
const NOISE = new Set(['if', 'anyOf', 'allOf', 'then']);
function validateManifest(document) {
    if (validate(document))
        return [];
    const problems = [];
    const seen = new Set();
    for (const error of validate.errors ?? []) {
        if (NOISE.has(error.keyword))
            continue;
        // Selectors are checked against the closed list of codes by the loader, with a did-you-mean.
        if (error.keyword === 'pattern' && String(error.params.pattern).startsWith('^(all|'))
            continue;
        const problem = describe(error);
        const key = `${formatPath(problem.path)}|${problem.message}`;
        if (seen.has(key))
            continue;
        // A duration that is neither string nor number yields one error per branch: keep the first.
        if (error.keyword === 'type' && problems.some((p) => formatPath(p.path) === formatPath(problem.path)))
            continue;
        seen.add(key);
        problems.push(problem);
    }
    return problems;
}
function describe(error) {
    const path = pointerToPath(error.instancePath);
    const where = formatPath(path) || 'manifest';
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperty':
        case 'additionalProperties': {
            const name = String(params.additionalProperty);
            const allowed = Object.keys(error.parentSchema?.properties ?? {});
            const suggestion = (0,suggest/* closest */.k)(name, allowed);
            const hint = suggestion ? `, did you mean ${suggestion}?` : allowed.length ? ` (allowed: ${allowed.join(', ')})` : '';
            return { path, key: name, message: `${where}: unknown property "${name}"${hint}` };
        }
        case 'required':
            return { path, message: `${where}: missing required property "${String(params.missingProperty)}"` };
        case 'enum': {
            const allowed = params.allowedValues.map((v) => String(v));
            return { path, message: `${where}: must be one of ${allowed.join(', ')}` };
        }
        case 'const':
            return { path, message: `${where}: must be ${JSON.stringify(params.allowedValue)}` };
        case 'pattern':
            return { path, message: `${where}: ${patternHint(error)}` };
        case 'type':
            return { path, message: `${where}: must be ${describeTypes(String(params.type))}` };
        default:
            return { path, message: `${where}: ${error.message ?? 'is invalid'}` };
    }
}
function describeTypes(types) {
    const article = (type) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
    return types.split(',').map(article).join(' or ');
}
function patternHint(error) {
    const pattern = String(error.params.pattern);
    if (pattern.includes('ms|s|m|h'))
        return 'must be a duration such as 250ms, 10s or 5m';
    if (pattern.startsWith('^(all|'))
        return 'must be all, a category such as SSL, or CATEGORY:CODE such as SSL:CERT_HAS_EXPIRED';
    return `must match ${pattern}`;
}
function pointerToPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

;// CONCATENATED MODULE: ./src/manifest/extractions.ts


/** What each step type can extract from. */
const SOURCES = {
    http: ['status', 'header', 'cookie', 'body', 'jsonpath'],
    websocket: ['message', 'header', 'cookie'],
    grpc: ['message', 'metadata'],
    dns: ['record'],
};
const NEEDS_PROPERTY = new Set(['header', 'cookie', 'metadata']);
function resolveExtractions(raw, type, stepPath, positions, problems) {
    const list = Array.isArray(raw) ? raw : [];
    return list.map((entry, index) => {
        const path = [...stepPath, 'extract', index];
        const problem = (message) => problems.push({ location: positions.locate(path), message: `${formatPath(path)}: ${message}` });
        const from = entry.from;
        const allowed = SOURCES[type] ?? [];
        if (!allowed.includes(from)) {
            problem(allowed.length === 0 ? `a ${type} step has nothing to extract from` : `a ${type} step extracts from ${allowed.join(', ')}, not ${from}`);
        }
        if (from === 'jsonpath' && typeof entry.path !== 'string')
            problem('from: jsonpath needs a `path` (for example $.token)');
        const pathProblem = typeof entry.path === 'string' ? jsonpath_jsonPathProblem(entry.path) : undefined;
        if (pathProblem)
            problem(`path: ${pathProblem}`);
        if (NEEDS_PROPERTY.has(from) && typeof entry.property !== 'string')
            problem(`from: ${from} needs a \`property\` (the ${from} name)`);
        return {
            name: String(entry.name),
            from,
            ...(typeof entry.path === 'string' ? { path: entry.path } : {}),
            ...(typeof entry.property === 'string' ? { property: entry.property } : {}),
            ...(typeof entry.regex === 'string' ? { regex: compile(entry.regex, [...path, 'regex'], positions, problems) } : {}),
            secret: entry.secret === true,
            location: positions.locate(path),
        };
    });
}
function compile(source, path, positions, problems) {
    try {
        return new RegExp(source);
    }
    catch (error) {
        problems.push({ location: positions.locate(path), message: `${formatPath(path)}: invalid regular expression: ${error.message}` });
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/manifest/steps.ts
// A multistep check (SPEC \u00a77): its steps resolved one by one, each as a check of its own type
// at its own line. Names that earlier steps extract stay `{{ NAME }}` until the run fills them;
// every other name is checked here, so a typo is refused before anything runs.








const MULTISTEP_OVERALL_TIMEOUT_MS = 5 * 60_000;
// Stand in for extracted values while the rest of a step is checked at load time: a number
// (ids, ports), then a URL (a link a server hands out).
const PLACEHOLDERS = ['1', 'https://probegate.invalid/1'];
/** The resolver of a multistep check: its own fields as any check's, its steps prepared here. */
function multistepResolver(raw, index, manifest) {
    const { steps, cookies, ...outer } = raw;
    // A step's timeout is its own; the sequence's is `overall_timeout` (default 5m), not the defaults'.
    const { timeout: _timeout, overall_timeout: _overall, ...defaults } = manifest.defaults;
    const prepare = async (_, problems) => {
        // The check's own ip_family reaches its steps as defaults.ip_family would (steps have none of their own).
        const stepManifest = outer.ip_family === undefined ? manifest : { ...manifest, defaults: { ...manifest.defaults, ip_family: outer.ip_family } };
        const resolved = await resolveSteps(Array.isArray(steps) ? steps : [], ['checks', index], stepManifest, problems);
        const first = resolved.find((step) => step.check)?.check;
        return { request: { steps: resolved, cookies: cookies !== false }, target: first?.target ?? '' };
    };
    return new CheckResolver({ ...outer, request: {} }, index, defaults, manifest.positions, manifest.variables, manifest.context, {
        prepare,
        defaultOverallTimeoutMs: MULTISTEP_OVERALL_TIMEOUT_MS,
    });
}
async function resolveSteps(raws, checkPath, manifest, problems) {
    const earlier = new Set();
    const resolved = [];
    for (const [index, raw] of raws.entries()) {
        // Names this step or a later one extracts, and which, for the message when one is used too soon.
        const later = new Map();
        for (const [offset, next] of raws.slice(index).entries()) {
            for (const name of extractionNames(next)) {
                if (!earlier.has(name) && !later.has(name))
                    later.set(name, offset === 0 ? 'this step itself' : `a later step ("${String(next.name)}")`);
            }
        }
        const path = [...checkPath, 'steps', index];
        resolved.push(await resolveStep(raw, path, manifest, { extracted: new Set(earlier), later }, problems));
        for (const name of extractionNames(raw))
            earlier.add(name);
    }
    return resolved;
}
function extractionNames(raw) {
    return Array.isArray(raw.extract) ? raw.extract.map((e) => String(e.name)) : [];
}
async function resolveStep(raw, path, manifest, scope, problems) {
    const { extract, allow_failure, duration, ...checkRaw } = raw;
    const type = raw.type;
    const own = [];
    const base = {
        name: String(raw.name),
        type,
        location: manifest.positions.locate(path),
        extract: resolveExtractions(extract, type, path, manifest.positions, own),
        allowFailure: allow_failure === true,
    };
    if (type === 'wait') {
        problems.push(...own);
        return { ...base, waitMs: (0,manifest_duration/* parseDuration */.E9)(duration, 0) };
    }
    const template = {};
    const prepare = async (merged, stepProblems, context) => {
        const module = await (0,checks/* loadCheckModule */.d)(type);
        if (!usesAny(merged, scope.extracted))
            return module.prepare(merged, context);
        Object.assign(template, { raw: merged, module, context });
        return prepareWithPlaceholders(module, merged, scope.extracted, context, path, manifest.positions, stepProblems);
    };
    // Defaults reach a step's request and timeout, not its retry: retries never multiply.
    const { retry: _retry, ...defaults } = manifest.defaults;
    const variables = manifest.variables.forStep(scope.extracted, scope.later);
    const resolver = new CheckResolver({ ...checkRaw, id: 'step' }, 0, defaults, manifest.positions, variables, manifest.context, { path, prepare });
    const check = await resolver.resolve(own);
    problems.push(...own);
    return { ...base, check, bind: (values) => bindStep(check, template, values) };
}
/**
 * Prepares a step whose fields use extracted values, with stand-ins for them: a field that is
 * wrong whatever the value (an ftp:// URL) is a problem now; one that some value would make
 * right (a URL that is wholly `{{ NEXT_URL }}`) waits for the run.
 */
function prepareWithPlaceholders(module, merged, extracted, context, path, positions, problems) {
    const attempt = (standIn) => {
        try {
            return module.prepare(fillDeep(merged, new Map([...extracted].map((name) => [name, standIn]))), context);
        }
        catch (error) {
            if (error instanceof types/* InvalidField */.u)
                return error;
            throw error;
        }
    };
    const prepared = attempt(PLACEHOLDERS[0]);
    if (!(prepared instanceof types/* InvalidField */.u))
        return prepared;
    const valueMayFixIt = usesAny(steps_valueAt(merged, prepared.path), extracted) && PLACEHOLDERS.slice(1).some((standIn) => !(attempt(standIn) instanceof types/* InvalidField */.u));
    if (!valueMayFixIt) {
        const fieldPath = [...path, ...prepared.path];
        problems.push({ location: positions.locate(fieldPath), message: `${formatPath(fieldPath)}: ${prepared.message}` });
    }
    return { request: undefined, target: String(merged.request.url ?? merged.request.host ?? '') };
}
function bindStep(check, template, values) {
    if (!template.raw || !template.module || !template.context)
        return { check };
    // A reference still in the template can only be to an extracted name: every other was resolved
    // at load. One without a value (its step was allowed to fail) is never sent as `{{ NAME }}`.
    const missing = [...new Set(referencesIn(template.raw).filter((name) => !values.has(name)))];
    if (missing.length > 0) {
        const names = missing.map((name) => `{{ ${name} }}`).join(', ');
        const detail = `${names} had no value: the step that extracts ${missing.length === 1 ? 'it' : 'them'} failed and was allowed to, so this step was not sent`;
        return { error: (0,probe_error/* probeError */.v)('INCORRECT_ASSERTION', 'NOTHING_EXTRACTED', detail).toInfo() };
    }
    try {
        const prepared = template.module.prepare(fillDeep(template.raw, values), template.context);
        return { check: { ...check, request: prepared.request, target: prepared.target, assertions: check.assertions.map((a) => fillAssertion(a, values)) } };
    }
    catch (error) {
        if (!(error instanceof types/* InvalidField */.u))
            throw error;
        const message = `${formatPath(error.path)}: ${error.message}, once the extracted values were filled in`;
        return { error: (0,probe_error/* probeError */.v)('INVALID_REQUEST', 'INVALID_REQUEST', message).toInfo() };
    }
}
function fillAssertion(assertion, values) {
    const fill = (value) => (typeof value === 'string' ? (0,manifest_variables/* fillReferences */.ks)(value, values) : value);
    return { ...assertion, target: fill(assertion.target), property: fill(assertion.property), path: fill(assertion.path) };
}
function usesAny(value, names) {
    return names.size > 0 && referencesIn(value).some((name) => names.has(name));
}
function referencesIn(value) {
    if (typeof value === 'string')
        return (0,manifest_variables/* references */.Ft)(value);
    if (Array.isArray(value))
        return value.flatMap(referencesIn);
    if (value && typeof value === 'object')
        return Object.values(value).flatMap(referencesIn);
    return [];
}
function fillDeep(value, values) {
    if (typeof value === 'string')
        return (0,manifest_variables/* fillReferences */.ks)(value, values);
    if (Array.isArray(value))
        return value.map((item) => fillDeep(item, values));
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillDeep(v, values)]));
    return value;
}
function steps_valueAt(value, path) {
    return path.reduce((node, key) => (node && typeof node === 'object' ? node[key] : undefined), value);
}

;// CONCATENATED MODULE: ./src/manifest/load.ts
// Manifest: YAML with positions -> JSON Schema -> defaults and variables -> resolved checks,
// each with its manifest line. Every problem is collected, not just the first; a problem inside
// one check makes that check INVALID_REQUEST and leaves the others to run.















/** The manifest cannot be used at all: unreadable, not YAML, or broken outside its checks. */
class ManifestError extends Error {
    problems;
    name = 'ManifestError';
    constructor(message, problems) {
        super(message);
        this.problems = problems;
    }
}
async function loadManifest(options) {
    const file = options.displayPath ?? options.path;
    const { text, bytes } = options.text !== undefined ? { text: options.text, bytes: Buffer.from(options.text) } : readManifestFile(options.path, file);
    const { value, positions } = readYaml(text, file);
    const raw = (isRecord(value.value) ? value.value : {});
    const problems = [];
    const checkProblems = new Map();
    for (const problem of validateManifest(value.value ?? {})) {
        const located = { location: positions.locate(problem.path, problem.key), message: problem.message };
        problems.push(located);
        const checkIndex = problem.path[0] === 'checks' && typeof problem.path[1] === 'number' ? problem.path[1] : undefined;
        if (checkIndex === undefined)
            continue;
        checkProblems.set(checkIndex, [...(checkProblems.get(checkIndex) ?? []), located]);
    }
    problems.push(...gateProblems(raw, positions));
    const fatal = problems.filter((p) => ![...checkProblems.values()].some((list) => list.includes(p)));
    if (fatal.length > 0)
        throw new ManifestError(`${file} does not match the manifest schema`, problems);
    const variables = new manifest_variables/* Variables */.ut({ ...options.variables, manifest: stringRecord(raw.variables) });
    const baseline = resolveBaseline(raw.baseline, options.baselineUrl, positions, variables, problems);
    const baselineVariables = baseline
        ? new manifest_variables/* Variables */.ut({ ...options.variables, builtins: { ...options.variables.builtins, BASE_URL: baseline.baseUrl }, manifest: stringRecord(raw.variables) })
        : undefined;
    const compared = new Map();
    const context = prepareContext(external_node_path_default().dirname(external_node_path_default().resolve(options.path)));
    const rawChecks = raw.checks;
    const defaults = isRecord(raw.defaults) ? raw.defaults : {};
    const checks = [];
    const seenNames = new Set();
    for (const [index, item] of rawChecks.entries()) {
        const rawCheck = isRecord(item) ? item : {};
        const resolver = rawCheck.type === 'multistep'
            ? multistepResolver(rawCheck, index, { positions, variables, context, defaults })
            : new CheckResolver(rawCheck, index, defaults, positions, variables, context);
        const own = checkProblems.get(index) ?? [];
        const name = String(rawCheck.name ?? `check ${index + 1}`);
        if (seenNames.has(name))
            own.push({ location: positions.locate(['checks', index, 'name']), message: `checks[${index}].name: "${name}" is used by another check; names must be unique` });
        seenNames.add(name);
        const check = await resolver.resolve(own);
        problems.push(...own.filter((p) => !problems.includes(p)));
        checks.push(check);
        if (baselineVariables && !check.invalid && isCompared(rawCheck)) {
            // The same check with {{ BASE_URL }} as the baseline URL; a problem only that side has leaves the check uncompared.
            const onBaseline = await new CheckResolver(rawCheck, index, defaults, positions, baselineVariables, context).resolve([]);
            if (!onBaseline.invalid)
                compared.set(check, comparedVariants(check, onBaseline));
        }
    }
    const ready = resolveReady(raw.ready, positions, variables, problems);
    return {
        file,
        digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`,
        checks,
        gate: manifestGate(raw),
        ready,
        secrets: [...variables.secrets, ...(baselineVariables?.secrets ?? [])],
        problems: onceMissingBaseUrl(problems),
        ...(baseline ? { baseline: { settings: baseline, compared } } : {}),
    };
}
/** The manifest's value, fast when it is ordinary, else by yaml with its problems. */
function readYaml(text, file) {
    const fast = parseFast(text);
    if (fast)
        return { value: { value: fast.value }, positions: new Positions(text, file, fast) };
    const document = parseManifestYaml(text, new dist/* LineCounter */.HN());
    const positions = new Positions(text, file, undefined, document);
    const located = (problem) => ({ location: positions.at(problem.offset), message: problem.message });
    const shape = yamlProblems(document);
    if (shape.length > 0)
        throw new ManifestError(`${file} is not valid YAML`, shape.map(located));
    const value = documentValue(document);
    if ('problem' in value)
        throw new ManifestError(`${file} is not valid YAML`, [located(value.problem)]);
    return { value, positions };
}
/** The manifest's text, and its bytes as read (which the digest is of). */
function readManifestFile(filePath, shown) {
    if (!(0,external_node_fs_.existsSync)(filePath)) {
        throw new ManifestError(`No manifest at ${shown}: create it, or point the manifest input (or the command's argument) at yours`, []);
    }
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(filePath);
    }
    catch (error) {
        throw new ManifestError(`Cannot read the manifest ${shown}: ${error.message}`, []);
    }
    const text = decodeManifest(bytes);
    if (text === undefined) {
        const message = 'the file is not UTF-8 text (nor UTF-16 with a byte-order mark): save it as UTF-8';
        throw new ManifestError(`${shown}: ${message}`, [{ location: { file: shown, line: 1, column: 1 }, message }]);
    }
    return { text, bytes };
}
/** UTF-8 (its byte-order mark dropped, so columns count from the first character) or UTF-16 with a byte-order mark. */
function decodeManifest(bytes) {
    try {
        if (bytes[0] === 0xff && bytes[1] === 0xfe)
            return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
        if (bytes[0] === 0xfe && bytes[1] === 0xff)
            return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        // NUL bytes: UTF-16 or UTF-32 without a byte-order mark, or a binary file.
        return text.includes('\0') ? undefined : text;
    }
    catch {
        return undefined;
    }
}
/** The manifest's own gate: `gate` or `defaults` (one of them per key; the inputs beat both). */
function manifestGate(raw) {
    const gate = isRecord(raw.gate) ? raw.gate : {};
    const defaults = isRecord(raw.defaults) ? raw.defaults : {};
    return {
        failOn: (gate.fail_on ?? defaults.fail_on),
        warnOn: (gate.warn_on ?? defaults.warn_on),
    };
}
/** Unknown selectors in `gate` and `defaults`, and a key set differently in both. */
function gateProblems(raw, positions) {
    const gate = isRecord(raw.gate) ? raw.gate : {};
    const defaults = isRecord(raw.defaults) ? raw.defaults : {};
    const problems = [];
    for (const key of ['fail_on', 'warn_on']) {
        problems.push(...listSelectorProblems(gate[key], ['gate', key], positions), ...listSelectorProblems(defaults[key], ['defaults', key], positions));
        if (gate[key] !== undefined && defaults[key] !== undefined && JSON.stringify(gate[key]) !== JSON.stringify(defaults[key])) {
            problems.push({ location: positions.locate(['defaults', key]), message: `defaults.${key}: gate.${key} says otherwise; the run has one ${key}, so set it in one place (a check's own ${key} goes on the check)` });
        }
    }
    return problems;
}
/** A missing base URL is said once, at its first use, however many checks use it. */
function onceMissingBaseUrl(problems) {
    const missing = problems.filter((p) => p.message.includes(manifest_variables/* MISSING_BASE_URL */.Ly));
    if (missing.length <= 1)
        return problems;
    const first = missing[0];
    const merged = { ...first, message: `${first.message} (${missing.length} places use it)` };
    return problems.filter((p) => !missing.includes(p) || p === first).map((p) => (p === first ? merged : p));
}
function resolveReady(raw, positions, variables, problems) {
    if (!isRecord(raw))
        return undefined;
    const ready = raw;
    const own = [];
    const fail = (fieldPath, message) => own.push({ location: positions.locate(fieldPath), message: `${formatPath(fieldPath)}: ${message}` });
    let url;
    try {
        url = new URL(variables.resolve(ready.url));
    }
    catch (error) {
        fail(['ready', 'url'], error instanceof manifest_variables/* VariableError */.P$ ? error.message : `"${ready.url}" is not a valid URL`);
    }
    const bounded = (name, value, fallback) => {
        const ms = (0,manifest_duration/* parseDuration */.E9)(value, fallback);
        const problem = (0,manifest_duration/* durationProblem */.YV)(name, ms);
        if (problem)
            fail(name.split('.'), problem);
        return ms;
    };
    const timeoutMs = bounded('ready.timeout', ready.timeout, 5 * 60_000);
    const intervalMs = bounded('ready.interval', ready.interval, 5_000);
    const assertions = readyAssertions(ready.assertions, positions, variables, fail);
    if (own.length > 0 || !url) {
        throw new ManifestError(`${own[0].location.file}:${own[0].location.line}: ${own[0].message}`, [...problems, ...own]);
    }
    return { url, timeoutMs, intervalMs, status: ready.status, assertions, location: positions.locate([], 'ready') };
}
/** `ready.assertions`, as an http check's, variables replaced ({{ SHA }}). */
function readyAssertions(raw, positions, variables, fail) {
    if (!Array.isArray(raw))
        return [];
    return raw.flatMap((item, i) => {
        if (!isRecord(item))
            return [];
        const at = ['ready', 'assertions', i];
        const assertion = (0,manifest_variables/* substituteDeep */.fw)(item, variables, at, (fieldPath, error) => fail(fieldPath, error.message));
        const operator = assertion.operator;
        let target = assertion.target;
        try {
            target = checkAssertion({ ...assertion, type: String(assertion.type), operator }, at);
        }
        catch (error) {
            if (!(error instanceof types/* InvalidField */.u))
                throw error;
            fail(error.path, error.message);
        }
        const { property, path: jsonPath } = assertion;
        return [{ type: String(assertion.type), operator, target, property, path: jsonPath, location: positions.locate(at) }];
    });
}
function stringRecord(value) {
    return Object.fromEntries(Object.entries((value ?? {})).map(([k, v]) => [k, String(v)]));
}


/***/ })

};
