// One baseline comparison over all compared checks of a run: each check's samples -> its
// `comparison` for the report and, when the preview is worse, its REGRESSION error. Latency is
// judged across checks (Holm's correction), so the checks go in together.
import { judgeLatency, measureLatency, type LatencyMeasurement } from './latency.js';
import { compareShapes, flattenJson } from './shape.js';
import type { IgnorePattern } from './typed-path.js';
import type {
  CheckSamples,
  Comparison,
  LatencySettings,
  LatencyVerdict,
  RegressionCode,
  RegressionError,
  Sample,
  SchemaChange,
  StatusComparison,
} from './types.js';
import { compareStatus, missingHeaders } from './verdicts.js';
import { errorLabel } from '../errors/label.js';

export interface CompareOptions {
  readonly baselineUrl: string;
  readonly latency: LatencySettings;
  readonly headers: readonly string[];
  /** Parsed `baseline.ignore` (see typed-path.ts parseIgnorePath). */
  readonly ignore: readonly IgnorePattern[];
}

export interface CheckComparison {
  readonly comparison: Comparison;
  /** Set when the preview regressed: the check's error when it otherwise passed. */
  readonly regression: RegressionError | null;
}

/** The order in which one regression is chosen as the check's error when several hold. */
export const REGRESSION_PRECEDENCE: readonly RegressionCode[] = ['STATUS', 'SCHEMA', 'HEADER', 'LATENCY'];

export function compareChecks(checks: readonly CheckSamples[], options: CompareOptions): CheckComparison[] {
  const failures: (string | null)[] = checks.map(failureReason);
  const measurements: LatencyMeasurement[] = checks.map((samples, i) =>
    failures[i] === null
      ? measureLatency({ preview: times(samples.preview), baseline: times(samples.baseline), baselineAgain: times(samples.baselineAgain) })
      : { measurable: false, reason: failures[i]! },
  );
  const latencies = judgeLatency(measurements, options.latency);
  return checks.map((samples, i) => {
    const failure = failures[i] ?? null;
    if (failure !== null) return { comparison: unjudged(samples, options, latencies[i]!, failure), regression: null };
    return judgeCheck(samples, options, latencies[i]!);
  });
}

function times(samples: readonly Sample[]): number[] {
  return samples.map((s) => s.ms);
}

/**
 * Why nothing can be compared: a baseline request failed (then the preview is judged on its own
 * checks only, never failed by the baseline), or a preview request failed (then the check's own
 * failure is what the report shows). Null when every request answered.
 */
function failureReason(samples: CheckSamples): string | null {
  const baseline = [...samples.baseline, ...samples.baselineAgain];
  const baselineErrors = baseline.filter((s) => s.error !== undefined);
  if (baseline.length === 0) return 'the baseline was not sampled';
  if (baselineErrors.length > 0) {
    const first = baselineErrors[0]!.error!;
    const failure = `(${errorLabel(first)}: ${first.message})`;
    // Its series end short when the sampler stopped asking it at that failure (run/baseline-watch.ts).
    const askedNoMore = baseline.length < 2 * samples.preview.length;
    const what = askedNoMore
      ? `the baseline failed at ${firstFailedBaselineSample(samples)} ${failure} and was asked no more`
      : `the baseline failed ${baselineErrors.length} of ${baseline.length} requests, the first at ${firstFailedBaselineSample(samples)} ${failure}`;
    return `${what}; nothing was compared and the preview is judged on its own checks`;
  }
  const previewErrors = samples.preview.filter((s) => s.error !== undefined);
  if (samples.preview.length === 0) return 'the preview was not sampled';
  if (previewErrors.length > 0) {
    const first = previewErrors[0]!.error!;
    return `the preview failed ${previewErrors.length} of ${samples.preview.length} requests (${errorLabel(first)}); the check's own result says why`;
  }
  return null;
}

/** `sample 3 of its first series` (or second series, the A/A one), counted from 1. */
function firstFailedBaselineSample(samples: CheckSamples): string {
  const failed = (sample: Sample) => sample.error !== undefined;
  const inFirst = samples.baseline.findIndex(failed);
  if (inFirst >= 0) return `sample ${inFirst + 1} of its first series`;
  return `sample ${samples.baselineAgain.findIndex(failed) + 1} of its second series`;
}

function counts(samples: CheckSamples): Comparison['samples'] {
  return { preview: samples.preview.length, baseline: samples.baseline.length, baselineAgain: samples.baselineAgain.length };
}

function unjudged(samples: CheckSamples, options: CompareOptions, latency: LatencyVerdict, reason: string): Comparison {
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

function judgeCheck(samples: CheckSamples, options: CompareOptions, latency: LatencyVerdict): CheckComparison {
  const baseline = [...samples.baseline, ...samples.baselineAgain];
  const status = compareStatus(baseline, samples.preview);
  const headers = missingHeaders(options.headers, baseline, samples.preview);
  const shape = (s: Sample) => flattenJson(s.json, options.ignore);
  const schemaChanges = compareShapes(baseline.map(shape), samples.preview.map(shape));
  const regressed = regressedCodes(status, schemaChanges, headers, latency);
  const verdict = regressed.length > 0 ? 'regressed' : latency.verdict;
  const comparison: Comparison = {
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
  if (code === undefined) return { comparison, regression: null };
  const others = regressed.slice(1);
  const also = others.length > 0 ? ` Also regressed: ${others.join(', ')} (see the comparison table).` : '';
  return {
    comparison,
    regression: { category: 'REGRESSION', code, message: regressionMessage(code, comparison) + also },
  };
}

/** The regressions that hold, in REGRESSION_PRECEDENCE order: the first is the check's error. */
export function regressedCodes(
  status: StatusComparison,
  schemaChanges: readonly SchemaChange[],
  headers: readonly string[],
  latency: Pick<LatencyVerdict, 'verdict'>,
): RegressionCode[] {
  const holds: Record<RegressionCode, boolean> = {
    STATUS: status.regressed,
    SCHEMA: schemaChanges.some((c) => c.regression),
    HEADER: headers.length > 0,
    LATENCY: latency.verdict === 'regressed',
  };
  return REGRESSION_PRECEDENCE.filter((code) => holds[code]);
}

function regressionMessage(code: RegressionCode, c: Comparison): string {
  const where = `the baseline (${c.baselineUrl})`;
  switch (code) {
    case 'STATUS':
      return (
        `The preview answers ${c.status.preview ?? 'no status'} where ${where} answered ${c.status.baseline} every time. ` +
        'A route, redirect or handler changed between the two deployments: fix it, or update the check if the change is intended.'
      );
    case 'SCHEMA': {
      const lost = c.schemaChanges.filter((s) => s.regression);
      const listed = lost.slice(0, 5).map(describeSchemaChange).join('; ');
      const more = lost.length > 5 ? `; and ${lost.length - 5} more` : '';
      return (
        `The preview's JSON lost or changed what ${where} sends every time: ${listed}${more}. ` +
        'Clients reading these fields break: restore them, or add the path to baseline.ignore if the change is intended.'
      );
    }
    case 'HEADER':
      return (
        `The preview does not send ${c.missingHeaders.join(', ')}, which ${where} sends every time. ` +
        "Restore the header in the preview's server, framework or CDN configuration."
      );
    case 'LATENCY':
      return (
        `The preview is slower than ${where}: ${c.latency.reason.replace(/^the preview is slower: /, '')}. ` +
        'All four conditions held (ratio, minimum difference, significance, above the A/A noise). ' +
        'Profile the slower path, or raise baseline.latency if the cost is accepted.'
      );
  }
}

function describeSchemaChange(change: SchemaChange): string {
  return change.kind === 'missing'
    ? `${change.path} (${change.baselineType}) is missing`
    : `${change.path} changed from ${change.baselineType} to ${change.previewType}`;
}
