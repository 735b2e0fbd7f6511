// The baseline comparison in the reports (SPEC §8): `comparison` in the JSON report, and the
// "Preview vs baseline" table the summary and the comment show. Paths and header names come
// from servers: everything is escaped.
import type { Comparison, SchemaChange } from '../compare/index.js';
import type { CheckResult, RunResult } from '../model.js';
import { cell } from './details.js';
import { escapeMarkdown, inlineCode } from './escape.js';

/** `comparison` of a check in the JSON report (its shape is documented in docs/baseline.md). */
export function comparisonEntry(c: Comparison): object {
  return {
    baselineUrl: c.baselineUrl,
    samples: c.samples,
    verdict: c.verdict,
    reason: c.reason,
    ...(c.preview ? { preview: { median: c.preview.medianMs, p95: c.preview.p95Ms } } : {}),
    ...(c.baseline ? { baseline: { median: c.baseline.medianMs, p95: c.baseline.p95Ms } } : {}),
    ...(c.latency.baselineAgain ? { baselineAgain: { median: c.latency.baselineAgain.medianMs, p95: c.latency.baselineAgain.p95Ms } } : {}),
    ...(c.ratio !== undefined ? { ratio: round(c.ratio, 4) } : {}),
    ...(c.pValue !== undefined ? { pValue: c.pValue } : {}),
    latency: { verdict: c.latency.verdict, reason: c.latency.reason, ...(c.latency.noiseRatio !== undefined ? { noiseRatio: round(c.latency.noiseRatio, 4) } : {}) },
    status: c.status,
    schemaChanges: c.schemaChanges,
    missingHeaders: c.missingHeaders,
  };
}

/**
 * True when the check's error comes from a request sampled for its comparison, not from its own
 * run: a check is sampled only when it passed on its own (run/baseline.ts), so any error of a
 * sampled check but a REGRESSION is a sampled preview request's, and the message says which.
 */
export function failedWhileSampled(result: Pick<CheckResult, 'comparison' | 'error'>): boolean {
  const c = result.comparison;
  return c !== undefined && c.samples.preview > 0 && result.error !== null && result.error.category !== 'REGRESSION';
}

/** A verdict as the tables name it: `not compared` for a check that was not sampled. */
export type ShownVerdict = Comparison['verdict'] | 'not compared';

const VERDICT_LABEL: Record<ShownVerdict, string> = {
  same: '✅ same',
  regressed: '❌ regressed',
  improved: '🚀 improved',
  inconclusive: '❔ inconclusive',
  'not compared': '➖ not compared',
};

/**
 * The verdict as the tables show it, and the reason without a repeat of it. A check that failed
 * on its own is not sampled: its verdict is `inconclusive` in the JSON report, which a table would
 * have read as a baseline too noisy to judge; it shows `not compared` and why (the check failed on
 * its own).
 */
export function shownVerdict(c: Comparison): { verdict: ShownVerdict; reason: string } {
  const verdict: ShownVerdict = c.samples.preview === 0 ? 'not compared' : c.verdict;
  const reason = c.reason.startsWith(`${verdict}: `) ? c.reason.slice(verdict.length + 2) : c.reason;
  return { verdict, reason };
}

/** One row of the table: a compared check, or in a merge of several locations, the check in one location. */
export interface ComparisonRow {
  readonly name: string;
  readonly location?: string;
  readonly comparison: Comparison;
}

export function comparisonRows(run: RunResult): ComparisonRow[] {
  return run.checks.flatMap((result): ComparisonRow[] => {
    const name = result.check.name;
    if (result.byLocation) return result.byLocation.flatMap(({ location, comparison }) => (comparison ? [{ name, location, comparison }] : []));
    return result.comparison ? [{ name, comparison: result.comparison }] : [];
  });
}

/** The "Preview vs baseline" section, or nothing when no check was compared; a Location column in a merge of several. */
export function renderComparisonTable(run: RunResult): string {
  const rows = comparisonRows(run);
  if (rows.length === 0) return '';
  const perLocation = rows[0]!.location !== undefined;
  // The jobs of a merge may each have found another deployment of the baseline environment.
  const baselineUrls = [...new Set(rows.map((row) => row.comparison.baselineUrl))];
  const lines = rows.map(({ name, location, comparison: c }) => {
    const cells = [cell(name), ...(perLocation ? [cell(location!)] : []), side(c.preview), side(c.baseline), ratio(c.ratio), pValue(c.pValue), verdictCell(c), schemaCell(c)];
    return `| ${cells.join(' | ')} |`;
  });
  const columns = ['Check', ...(perLocation ? ['Location'] : []), 'Preview median / p95', 'Baseline median / p95', 'Ratio', 'p', 'Verdict', 'Schema changes'];
  return [
    '### Preview vs baseline',
    '',
    `Baseline${baselineUrls.length > 1 ? 's' : ''}: ${baselineUrls.map(escapeMarkdown).join(', ')}. ${whatMediansAreOver(rows)}`,
    '',
    `| ${columns.join(' | ')} |`,
    `|${' --- |'.repeat(columns.length)}`,
    ...lines,
    '',
  ].join('\n');
}

/**
 * The samples the medians are over, as the rows measured on both sides counted them. A row
 * without medians was not measured: its check failed on its own (not sampled), or the baseline
 * failed and was asked no more (fewer samples than the preview).
 */
function whatMediansAreOver(rows: readonly ComparisonRow[]): string {
  const measured = rows.map((row) => row.comparison).filter((c) => c.preview !== undefined && c.baseline !== undefined);
  if (measured.length === 0) return 'No check was measured on both sides: each verdict says why.';
  const counts = new Set(measured.map(({ samples }) => (samples.preview === samples.baseline ? `${samples.preview} samples per side` : `${samples.preview} preview and ${samples.baseline} baseline samples`)));
  const over = counts.size === 1 ? [...counts][0]! : 'the samples each check counts in the JSON report';
  const unmeasured = measured.length < rows.length ? ' (a row without medians was not measured: its verdict says why)' : '';
  return `Medians and p95 in ms over ${over}${unmeasured}; p is one-sided Mann-Whitney after Holm's correction.`;
}

function side(summary: Comparison['preview']): string {
  // Non-breaking spaces: a narrow column never splits `43 / 51 ms`.
  return summary ? `${Math.round(summary.medianMs)}\u00a0/\u00a0${Math.round(summary.p95Ms)}\u00a0ms` : '–';
}

export function ratio(value: number | undefined): string {
  return value === undefined ? '–' : `×${value.toFixed(2)}`;
}

export function pValue(value: number | undefined): string {
  if (value === undefined) return '–';
  return value < 0.0001 ? '< 0.0001' : value.toFixed(4);
}

function verdictCell(c: Comparison): string {
  const missing = c.missingHeaders.length > 0 ? `; missing header ${c.missingHeaders.map(inlineCode).join(', ')}` : '';
  const status = c.status.regressed ? `; status ${c.status.baseline} → ${c.status.preview ?? 'none'}` : '';
  const { verdict, reason } = shownVerdict(c);
  return `${VERDICT_LABEL[verdict]}: ${cell(reason)}${status}${missing}`;
}

const SHOWN_CHANGES = 5;

function schemaCell(c: Comparison): string {
  const changes = [...c.schemaChanges].sort((a, b) => Number(b.regression) - Number(a.regression));
  if (changes.length === 0) return '';
  const shown = changes.slice(0, SHOWN_CHANGES).map(describeChange);
  const more = changes.length > SHOWN_CHANGES ? ` …and ${changes.length - SHOWN_CHANGES} more` : '';
  return shown.join('<br>') + more;
}

/** `❌ price: number → string`, `❌ seller.name: string missing`, `ℹ️ added debug: object` */
export function describeChange(change: SchemaChange): string {
  const path = inlineCode(change.path);
  switch (change.kind) {
    case 'missing':
      return `❌ ${path} (${escapeMarkdown(change.baselineType ?? '?')}) missing`;
    case 'type_changed':
      return `❌ ${path}: ${escapeMarkdown(change.baselineType ?? '?')} → ${escapeMarkdown(change.previewType ?? '?')}`;
    case 'added':
      return `ℹ️ added ${path} (${escapeMarkdown(change.previewType ?? '?')})`;
    case 'value_changed':
      return `ℹ️ value of ${path} changed`;
    case 'length_changed':
      return `ℹ️ length of ${path} changed`;
  }
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The comparison as plain text lines (JUnit's system-out): verdict, medians, ratio, p, schema changes. */
export function comparisonText(c: Comparison): string[] {
  const medians = c.preview && c.baseline ? `, median ${Math.round(c.preview.medianMs)} ms vs ${Math.round(c.baseline.medianMs)} ms` : '';
  const lines = [
    `preview vs baseline (${c.baselineUrl}): ${c.verdict}${medians}, ratio ${ratio(c.ratio)}, p ${pValue(c.pValue)}`,
    `reason: ${c.reason}`,
  ];
  if (c.status.regressed) lines.push(`status: ${c.status.baseline} on the baseline, ${c.status.preview ?? 'none'} on the preview`);
  if (c.missingHeaders.length > 0) lines.push(`missing headers: ${c.missingHeaders.join(', ')}`);
  for (const change of c.schemaChanges) {
    const types = change.kind === 'type_changed' ? ` (${change.baselineType} -> ${change.previewType})` : change.baselineType ? ` (${change.baselineType})` : '';
    lines.push(`schema: ${change.path} ${change.kind}${types}${change.regression ? '' : ' (information)'}`);
  }
  return lines;
}
