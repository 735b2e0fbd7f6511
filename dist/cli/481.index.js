export const id = 481;
export const ids = [481];
export const modules = {

/***/ 1481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_COMPARED_AT_ONCE: () => (/* binding */ MAX_COMPARED_AT_ONCE),
  WARM_UP_REQUESTS: () => (/* binding */ WARM_UP_REQUESTS),
  compareWithBaseline: () => (/* binding */ compareWithBaseline),
  toSample: () => (/* binding */ toSample)
});

// EXTERNAL MODULE: ./src/compare/index.ts + 5 modules
var compare = __webpack_require__(4232);
// EXTERNAL MODULE: ./src/engine/redact.ts
var redact = __webpack_require__(2393);
// EXTERNAL MODULE: ./src/checks/index.ts
var checks = __webpack_require__(2369);
// EXTERNAL MODULE: ./src/engine/attempt.ts
var engine_attempt = __webpack_require__(9991);
;// CONCATENATED MODULE: ./src/engine/samples.ts
// Samples for a comparison of the preview with a baseline: the same check against several
// targets (preview, baseline, a second baseline series for the noise), taken in turns so that
// every series sees the same runner load. Each sample is one attempt on fresh connections with
// its own deadline, never retried. The statistics that read them live in compare/, not here.


/**
 * `rounds` samples of each series, in turns (a, b, c, a, b, c, ...); the result is one list per
 * series. A series the watch stops asking ends short; the others go on.
 */
async function sampleInTurns(series, rounds, watch) {
    const modules = await Promise.all(series.map((check) => (0,checks/* loadCheckModule */.d)(check.type)));
    const samples = series.map(() => []);
    for (let round = 0; round < rounds; round++) {
        for (const [index, check] of series.entries()) {
            if (watch && !watch.asks(index))
                continue;
            const attempt = await (0,engine_attempt/* runAttempt */.T)(check, modules[index]);
            watch?.saw(index, attempt);
            samples[index].push(attempt);
        }
    }
    return samples;
}

;// CONCATENATED MODULE: ./src/run/baseline-watch.ts
const WARM_UP_FAILURES_IN_A_ROW = 3;
/** Failures of the way to the baseline rather than of one of its routes. */
const CONNECTION_FAILURES = new Set(['TIMEOUT', 'CONNREFUSED', 'CONNRESET', 'DNS', 'HOSTUNREACH', 'NETUNREACH', 'SSL']);
/** One per run: whether a counted sample found the baseline's connection failing, which shortens the later warm-ups. */
function watchBaseline() {
    let connectionFailed = false;
    const noteFailure = (attempt) => {
        if (attempt.error && CONNECTION_FAILURES.has(attempt.error.category))
            connectionFailed = true;
    };
    const forCheck = () => {
        let warmUpFailuresInARow = 0;
        let sampleFailed = false;
        return {
            warmUp: {
                asks: (index) => index === 0 || warmUpFailuresInARow < (connectionFailed ? 1 : WARM_UP_FAILURES_IN_A_ROW),
                saw: (index, attempt) => {
                    if (index === 0)
                        return;
                    warmUpFailuresInARow = attempt.error ? warmUpFailuresInARow + 1 : 0;
                },
            },
            sampling: {
                asks: (index) => index === 0 || !sampleFailed,
                saw: (index, attempt) => {
                    if (index === 0 || !attempt.error)
                        return;
                    sampleFailed = true;
                    noteFailure(attempt);
                },
            },
        };
    };
    return { forCheck };
}

// EXTERNAL MODULE: ./src/errors/label.ts
var label = __webpack_require__(9589);
;// CONCATENATED MODULE: ./src/run/baseline.ts
// The baseline mode of a run (SPEC \u00a78): after the normal run, each compared check that passed on
// its own is sampled on the preview and on the baseline (3 warm-up requests per side, then
// `samples` rounds of preview / baseline / second baseline series, in turns, on fresh
// connections), the samples go to compare/ together (Holm's correction across the checks), and
// each compared outcome gets its `comparison`; a regression is its error only when it passed.
// A baseline shown failing is asked no more (baseline-watch.ts): its comparisons are inconclusive.





const WARM_UP_REQUESTS = 3;
/** Compared checks sampled at once: enough to keep a run short, few enough to keep the runner's load even. */
const MAX_COMPARED_AT_ONCE = 4;
/**
 * `checks` are the checks the engine ran, in the order of `run.outcomes` (the outcomes carry
 * copies of them, without their requests).
 */
async function compareWithBaseline(checks, run, baseline, options) {
    if (run.notReady)
        return run;
    const sampled = [];
    const outcomes = [...run.outcomes];
    for (const [index, check] of checks.entries()) {
        const variants = baseline.compared.get(check);
        const outcome = outcomes[index];
        if (!variants || !outcome || outcome.skipped)
            continue;
        if (outcome.error === null)
            sampled.push({ index, variants });
        else
            outcomes[index] = withComparison(outcome, notCompared(baseline, outcome), null, options.secrets);
    }
    const watch = watchBaseline();
    const samples = await mapBounded(sampled, Math.min(MAX_COMPARED_AT_ONCE, Math.max(1, options.concurrency)), ({ variants }) => sampleCheck(variants, baseline.settings.samples, watch.forCheck()));
    const judged = (0,compare/* compareChecks */.$J)(samples, {
        baselineUrl: baseline.settings.baseUrl,
        latency: baseline.settings.latency,
        headers: baseline.settings.headers,
        ignore: baseline.settings.ignorePatterns,
    });
    for (const [i, { index }] of sampled.entries()) {
        const { comparison, regression } = judged[i];
        outcomes[index] = withComparison(outcomes[index], comparison, regression ?? failedSample(samples[i]), options.secrets);
    }
    return { ...run, outcomes };
}
function withComparison(outcome, comparison, regression, secrets) {
    // A check's own failure wins; a regression is the error only of a check that passed.
    return (0,redact/* redactOutcome */.Ah)({ ...outcome, comparison, error: outcome.error ?? regression }, secrets);
}
/**
 * A preview request that failed while it was sampled: the preview is broken even though the
 * check's own run passed, so that failure is the check's error (never an inconclusive pass).
 */
function failedSample(samples) {
    const failed = samples.preview.filter((sample) => sample.error !== undefined);
    const first = failed[0]?.error;
    if (!first)
        return null;
    const at = samples.preview.findIndex((sample) => sample.error !== undefined) + 1;
    return {
        ...first,
        message: `${failed.length} of ${samples.preview.length} requests to the preview failed while it was compared with the baseline, the first at sample ${at}: ${first.message}`,
    };
}
/** A compared check that failed on its own: its failure is what matters, and it is not sampled. */
function notCompared(baseline, outcome) {
    return {
        baselineUrl: baseline.settings.baseUrl,
        samples: { preview: 0, baseline: 0, baselineAgain: 0 },
        verdict: 'inconclusive',
        reason: `not compared: the check failed on its own (${(0,label/* errorLabel */.V)(outcome.error)})`,
        latency: { verdict: 'inconclusive', reason: 'not sampled' },
        status: { regressed: false },
        schemaChanges: [],
        missingHeaders: [],
    };
}
/** The baseline is asked no more after its first failure among the counted samples (baseline-watch.ts); the preview is sampled to the end. */
async function sampleCheck(variants, rounds, watch) {
    // Warm-up: connection set-up paths, caches and JIT on both sides; not counted.
    await sampleInTurns([variants.preview, variants.baseline], WARM_UP_REQUESTS, watch.warmUp);
    const [preview, baseline, baselineAgain] = await sampleInTurns([variants.preview, variants.baseline, variants.baseline], rounds, watch.sampling);
    return { preview: preview.map(toSample), baseline: baseline.map(toSample), baselineAgain: baselineAgain.map(toSample) };
}
/** One attempt as compare/ reads it: its time, status, headers, JSON body, or its error. */
function toSample(attempt) {
    const seen = attempt.observation;
    const json = parseJson(seen?.body, seen?.headers?.['content-type']);
    return {
        ms: attempt.timings.total ?? Number.NaN,
        ...(seen?.statusCode !== undefined ? { status: seen.statusCode } : {}),
        ...(seen?.headers ? { headers: seen.headers } : {}),
        ...(json.ok ? { json: json.value } : {}),
        ...(attempt.error ? { error: attempt.error } : {}),
    };
}
function parseJson(body, contentType) {
    if (!body || body.length === 0)
        return { ok: false };
    if (contentType !== undefined && !/json/i.test(contentType))
        return { ok: false };
    try {
        return { ok: true, value: JSON.parse(body.toString('utf8')) };
    }
    catch {
        return { ok: false };
    }
}
async function mapBounded(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}


/***/ })

};
