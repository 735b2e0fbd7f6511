// The LATENCY verdict of SPEC §8, in two steps: measure each compared check on its own
// (medians, ratio, raw one-sided p-values, the baseline's A/A noise), then judge all checks
// together, because the p-values are corrected with Holm's method across the compared checks.
import { holm, mannWhitneyGreater, median, p95 } from './statistics.js';
import { ALPHA, MIN_SAMPLES, type LatencySettings, type LatencySummary, type LatencyVerdict } from './types.js';

/** Successful request times of one check: preview, baseline and the second baseline series. */
export interface LatencySeries {
  readonly preview: readonly number[];
  readonly baseline: readonly number[];
  readonly baselineAgain: readonly number[];
}

/** What one check's samples say before the correction across checks. */
export type LatencyMeasurement =
  | { readonly measurable: false; readonly reason: string }
  | {
      readonly measurable: true;
      readonly preview: LatencySummary;
      readonly baseline: LatencySummary;
      readonly baselineAgain: LatencySummary;
      readonly ratio: number;
      readonly deltaMs: number;
      readonly noiseRatio: number;
      /** Two-sided Mann-Whitney p-value of baseline against baselineAgain. */
      readonly noiseP: number;
      /**
       * Raw one-sided p-values that the preview is slower (faster) than each baseline series:
       * the larger of the two, since a regression must hold against both.
       */
      readonly pSlower: number;
      readonly pFaster: number;
    };

export function measureLatency(series: LatencySeries): LatencyMeasurement {
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
    ratio: preview.medianMs / atLeastResolution(baseline.medianMs),
    deltaMs: preview.medianMs - baseline.medianMs,
    noiseRatio: spread(baseline.medianMs, baselineAgain.medianMs),
    noiseP: Math.min(1, 2 * Math.min(aaForward, aaBackward)),
    pSlower: Math.max(
      mannWhitneyGreater(series.preview, series.baseline).p,
      mannWhitneyGreater(series.preview, series.baselineAgain).p,
    ),
    pFaster: Math.max(
      mannWhitneyGreater(series.baseline, series.preview).p,
      mannWhitneyGreater(series.baselineAgain, series.preview).p,
    ),
  };
}

function summarize(values: readonly number[]): LatencySummary {
  return { medianMs: median(values), p95Ms: p95(values) };
}

/** max(a/b, b/a), 1 for equal values. */
function spread(a: number, b: number): number {
  if (a === b) return 1;
  return Math.max(atLeastResolution(a) / atLeastResolution(b), atLeastResolution(b) / atLeastResolution(a));
}

/**
 * Timings are kept to 0.01 ms (net/timing.ts), so a median of 0 means "under the resolution": the
 * ratios divide by the resolution instead, and stay finite numbers that a report can hold (JSON
 * has no Infinity), however large.
 */
const TIMING_RESOLUTION_MS = 0.01;
function atLeastResolution(ms: number): number {
  return Math.max(ms, TIMING_RESOLUTION_MS);
}

/**
 * Judges every measured check. Holm's correction runs over the checks that could be measured,
 * once for "slower" and once for "faster". Regressed needs the four conditions of SPEC §8, each
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
export function judgeLatency(measurements: readonly LatencyMeasurement[], settings: LatencySettings): LatencyVerdict[] {
  const measured = measurements.flatMap((m, index) => (m.measurable ? [{ m, index }] : []));
  const slower = holm(measured.map(({ m }) => m.pSlower));
  const faster = holm(measured.map(({ m }) => m.pFaster));
  const verdicts: LatencyVerdict[] = measurements.map((m) => ({
    verdict: 'inconclusive',
    reason: m.measurable ? '' : m.reason,
  }));
  measured.forEach(({ m, index }, i) => {
    verdicts[index] = decide(m, slower[i]!, faster[i]!, settings);
  });
  return verdicts;
}

type Measured = Extract<LatencyMeasurement, { measurable: true }>;

function decide(m: Measured, pSlower: number, pFaster: number, settings: LatencySettings): LatencyVerdict {
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
      reason:
        `the baseline is too noisy to judge: its two series differ by x${fmt(m.noiseRatio)} (A/A ${fmtP(m.noiseP)}; ` +
        `judged only under x${fmt(settings.ratio)}); rerun, or compare against a steadier baseline`,
    };
  }
  const preview = m.preview.medianMs;
  const series = [m.baseline.medianMs, m.baselineAgain.medianMs];
  for (const direction of ['slower', 'faster'] as const) {
    const p = direction === 'slower' ? pSlower : pFaster;
    const failures = series.map((b) =>
      direction === 'slower' ? failedCondition(preview / b, preview - b, p, settings) : failedCondition(b / preview, b - preview, p, settings),
    );
    if (failures.every((f) => f === null)) {
      return { ...numbers, verdict: direction === 'slower' ? 'regressed' : 'improved', reason: `the preview is ${direction}: ${describe(m, p)}` };
    }
    if (failures.some((f) => f === null)) {
      return {
        ...numbers,
        verdict: 'inconclusive',
        reason:
          `the preview looks ${direction} than one baseline series but not the other (${describe(m, p)}): ` +
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
function failedCondition(ratio: number, deltaMs: number, p: number, settings: LatencySettings): string | null {
  if (!(ratio >= settings.ratio)) return `the ratio of medians x${fmt(ratio)} is under x${fmt(settings.ratio)}`;
  if (!(deltaMs >= settings.minDeltaMs)) {
    return `the medians differ by ${fmt(Math.abs(deltaMs))} ms, under the ${settings.minDeltaMs} ms minimum`;
  }
  if (!(p < ALPHA)) return `the difference is not significant (${fmtP(p)} after Holm's correction, >= ${ALPHA})`;
  return null;
}

function describe(m: Measured, p: number): string {
  return (
    `median ${fmt(m.preview.medianMs)} ms against ${fmt(m.baseline.medianMs)} ms and ${fmt(m.baselineAgain.medianMs)} ms ` +
    `(x${fmt(m.ratio)}, ${m.deltaMs >= 0 ? '+' : '-'}${fmt(Math.abs(m.deltaMs))} ms, ${fmtP(p)} after Holm's correction, ` +
    `baseline A/A noise x${fmt(m.noiseRatio)})`
  );
}

function fmt(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : 'infinite';
}

/** `p = 0.0123`, or `p < 0.0001` for the smallest values. */
function fmtP(p: number): string {
  return p < 0.0001 ? 'p < 0.0001' : `p = ${p.toFixed(4)}`;
}
