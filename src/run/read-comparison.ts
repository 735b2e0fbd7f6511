// A check's `comparison` read back from a JSON report (the inverse of report/comparison.ts
// comparisonEntry), and the agreement between it and the check's status and error: a
// regression is the error of a compared check exactly when its comparison regressed (SPEC §8).
import { regressedCodes, type Comparison, type LatencySummary, type SchemaChange, type StatusComparison, type Verdict } from '../compare/index.js';
import type { CheckStatus, ProbeErrorInfo } from '../model.js';

/** `comparison` as schema/report.schema.json describes it. */
export interface ComparisonEntry {
  baselineUrl: string;
  samples: Comparison['samples'];
  verdict: Verdict;
  reason: string;
  preview?: SummaryEntry;
  baseline?: SummaryEntry;
  baselineAgain?: SummaryEntry;
  ratio?: number;
  pValue?: number;
  latency: { verdict: Verdict; reason: string; noiseRatio?: number };
  status: StatusComparison;
  schemaChanges: SchemaChange[];
  missingHeaders: string[];
}

interface SummaryEntry {
  median: number;
  p95: number;
}

export function comparisonFromEntry(entry: ComparisonEntry): Comparison {
  const { latency } = entry;
  return {
    baselineUrl: entry.baselineUrl,
    samples: entry.samples,
    verdict: entry.verdict,
    reason: entry.reason,
    ...(entry.preview ? { preview: summary(entry.preview) } : {}),
    ...(entry.baseline ? { baseline: summary(entry.baseline) } : {}),
    ...(entry.ratio !== undefined ? { ratio: entry.ratio } : {}),
    ...(entry.pValue !== undefined ? { pValue: entry.pValue } : {}),
    latency: {
      verdict: latency.verdict,
      reason: latency.reason,
      ...(latency.noiseRatio !== undefined ? { noiseRatio: latency.noiseRatio } : {}),
      ...(entry.baselineAgain ? { baselineAgain: summary(entry.baselineAgain) } : {}),
    },
    status: entry.status,
    schemaChanges: entry.schemaChanges,
    missingHeaders: entry.missingHeaders,
  };
}

function summary(entry: SummaryEntry): LatencySummary {
  return { medianMs: entry.median, p95Ms: entry.p95 };
}

/** The schema changes that are regressions (compare/shape.ts); the others are information. */
const SCHEMA_REGRESSIONS: ReadonlySet<SchemaChange['kind']> = new Set(['missing', 'type_changed']);

interface ComparedCheckEntry {
  readonly status: CheckStatus;
  readonly error: ProbeErrorInfo | null;
  readonly comparison?: ComparisonEntry;
}

/**
 * How the check's comparison disagrees with its status and error, in words, or undefined when
 * they agree as a run writes them: a check passed or failed on its own carries a comparison that
 * did not regress; a REGRESSION error carries one that regressed, first by the error's code.
 */
export function comparisonDisagreement({ status, error, comparison }: ComparedCheckEntry): string | undefined {
  const regression = error?.category === 'REGRESSION' ? `REGRESSION:${error.code}` : undefined;
  if (!comparison) return regression && `${status} with ${regression} but has no comparison with the baseline`;
  if (status === 'skipped') return 'is skipped but has a comparison with the baseline';
  const mislabelled = comparison.schemaChanges.find((change) => change.regression !== SCHEMA_REGRESSIONS.has(change.kind));
  if (mislabelled) return `has a schema change of ${mislabelled.path} (${mislabelled.kind}) marked ${mislabelled.regression ? '' : 'not '}a regression`;
  const codes = regressedCodes(comparison.status, comparison.schemaChanges, comparison.missingHeaders, comparison.latency);
  if ((comparison.verdict === 'regressed') !== codes.length > 0) {
    return codes.length > 0
      ? `has a comparison that is ${comparison.verdict} but names regressions (${codes.join(', ')})`
      : 'has a comparison that regressed but names no regression (status, schema, header or latency)';
  }
  if (regression === undefined) {
    if (codes.length === 0) return undefined;
    return `${status}${error ? ` with ${error.category}:${error.code}` : ''} but its comparison with the baseline regressed (${codes.join(', ')})`;
  }
  if (codes.length === 0) return `${status} with ${regression} but its comparison with the baseline is ${comparison.verdict}`;
  if (error!.code !== codes[0]) return `${status} with ${regression} but its comparison with the baseline regressed by ${codes.join(', ')}`;
  return undefined;
}
