export const id = 232;
export const ids = [232];
export const modules = {

/***/ 4232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $J: () => (/* reexport */ compareChecks),
  zc: () => (/* reexport */ regressedCodes)
});

// UNUSED EXPORTS: ALPHA, DEFAULT_LATENCY, DEFAULT_SAMPLES, MIN_SAMPLES, REGRESSION_PRECEDENCE, parseIgnorePath

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

// EXTERNAL MODULE: ./src/compare/types.ts
var types = __webpack_require__(8714);
;// CONCATENATED MODULE: ./src/compare/latency.ts
// The LATENCY verdict of SPEC \u00a78, in two steps: measure each compared check on its own
// (medians, ratio, raw one-sided p-values, the baseline's A/A noise), then judge all checks
// together, because the p-values are corrected with Holm's method across the compared checks.


function measureLatency(series) {
    const counts = [series.preview.length, series.baseline.length, series.baselineAgain.length];
    if (Math.min(...counts) < types/* MIN_SAMPLES */.Pu) {
        return {
            measurable: false,
            reason: `too few successful samples to judge latency (preview ${counts[0]}, baseline ${counts[1]} + ${counts[2]}; at least ${types/* MIN_SAMPLES */.Pu} each are needed)`,
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
        ratio: preview.medianMs / atLeastResolution(baseline.medianMs),
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
/** max(a/b, b/a), 1 for equal values. */
function spread(a, b) {
    if (a === b)
        return 1;
    return Math.max(atLeastResolution(a) / atLeastResolution(b), atLeastResolution(b) / atLeastResolution(a));
}
/**
 * Timings are kept to 0.01 ms (net/timing.ts), so a median of 0 means "under the resolution": the
 * ratios divide by the resolution instead, and stay finite numbers that a report can hold (JSON
 * has no Infinity), however large.
 */
const TIMING_RESOLUTION_MS = 0.01;
function atLeastResolution(ms) {
    return Math.max(ms, TIMING_RESOLUTION_MS);
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
 * inconclusive. A baseline whose series differ by settings.ratio or more is too noisy to judge at
 * all: inconclusive. A smaller A/A difference, however significant, does not stop the judgement:
 * condition 4 already asks the slowdown to hold against the slower series, and calling a preview
 * slower than both series "inconclusive" would pass it (a runner's load drifting by a few percent
 * between the series makes tight series differ significantly). Faster is judged the same way and
 * reported as improved.
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
    if (m.noiseRatio >= settings.ratio) {
        return {
            ...numbers,
            verdict: 'inconclusive',
            reason: `the baseline is too noisy to judge: its two series differ by x${fmt(m.noiseRatio)} (A/A ${fmtP(m.noiseP)}; ` +
                `judged only under x${fmt(settings.ratio)}); rerun, or compare against a steadier baseline`,
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
    if (!(p < types/* ALPHA */.Nh))
        return `the difference is not significant (${fmtP(p)} after Holm's correction, >= ${types/* ALPHA */.Nh})`;
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

// EXTERNAL MODULE: ./src/compare/typed-path.ts
var typed_path = __webpack_require__(5031);
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
        if (segments.length > 0 && ignore.some((pattern) => (0,typed_path/* matchesIgnore */.MF)(pattern, segments)))
            continue;
        const key = (0,typed_path/* formatPath */.jV)(segments);
        const entry = types.get(key) ?? { segments, types: new Set() };
        types.set(key, entry);
        entry.types.add(jsonType(value));
        if (Array.isArray(value)) {
            if (!inArray)
                entry.length = value.length;
            const elementPath = [...segments, typed_path/* ARRAY */.sO];
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
            if (reported.has((0,typed_path/* formatPath */.jV)(segments.slice(0, k))))
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

// EXTERNAL MODULE: ./src/errors/label.ts
var label = __webpack_require__(9589);
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
        const failure = `(${(0,label/* errorLabel */.V)(first)}: ${first.message})`;
        // Its series end short when the sampler stopped asking it at that failure (run/baseline-watch.ts).
        const askedNoMore = baseline.length < 2 * samples.preview.length;
        const what = askedNoMore
            ? `the baseline failed at ${firstFailedBaselineSample(samples)} ${failure} and was asked no more`
            : `the baseline failed ${baselineErrors.length} of ${baseline.length} requests, the first at ${firstFailedBaselineSample(samples)} ${failure}`;
        return `${what}; nothing was compared and the preview is judged on its own checks`;
    }
    const previewErrors = samples.preview.filter((s) => s.error !== undefined);
    if (samples.preview.length === 0)
        return 'the preview was not sampled';
    if (previewErrors.length > 0) {
        const first = previewErrors[0].error;
        return `the preview failed ${previewErrors.length} of ${samples.preview.length} requests (${(0,label/* errorLabel */.V)(first)}); the check's own result says why`;
    }
    return null;
}
/** `sample 3 of its first series` (or second series, the A/A one), counted from 1. */
function firstFailedBaselineSample(samples) {
    const failed = (sample) => sample.error !== undefined;
    const inFirst = samples.baseline.findIndex(failed);
    if (inFirst >= 0)
        return `sample ${inFirst + 1} of its first series`;
    return `sample ${samples.baselineAgain.findIndex(failed) + 1} of its second series`;
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
/** The regressions that hold, in REGRESSION_PRECEDENCE order: the first is the check's error. */
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





/***/ })

};
