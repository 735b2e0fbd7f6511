// The baseline comparison in the terminal: a compact "preview vs baseline" table printed after
// the results (check, medians, ratio, p, verdict), and the schema changes that regressed.
import type { Comparison } from '../compare/index.js';
import type { RunResult } from '../model.js';
import { comparisonRows, pValue, ratio, shownVerdict, type ShownVerdict } from '../report/comparison.js';
import { truncate } from '../text.js';
import { printable, type Style } from './style.js';
import { columns, cutDistinct } from './width.js';

const NAME_COLUMNS = 32;
const HEADERS = ['preview vs baseline', 'median', 'baseline', 'ratio', 'p', 'verdict'];

/**
 * Nothing when no check was compared. A merge of several locations has a row per check and
 * location. At a terminal (`cut`) names and reasons are cut to fit; piped, nothing is.
 */
export function renderComparisonLines(run: RunResult, style: Style, cut = true): string[] {
  const compared = comparisonRows(run);
  if (compared.length === 0) return [];
  const full = compared.map(({ name, location }) => printable(location === undefined ? name : `${name} @ ${location}`));
  const names = cut ? distinctNames(full) : full;
  const shown = compared.map(({ comparison }) => shownVerdict(comparison));
  const rows = compared.map(({ comparison: c }, i) => [names[i]!, ms(c.preview), ms(c.baseline), ratio(c.ratio), pValue(c.pValue), shown[i]!.verdict]);
  const widths = HEADERS.map((header, i) => Math.max(header.length, ...rows.map((row) => columns(row[i]!))));
  const pad = (text: string, i: number) => ' '.repeat(widths[i]! - columns(text));
  const line = (cells: string[]) => cells.map((text, i) => (i === 0 ? text + pad(text, i) : pad(text, i) + text)).join('  ');
  const lines = [style.bold(line(HEADERS)), style.dim(widths.map((w) => '─'.repeat(w)).join('  '))];
  for (const [index, { comparison: c }] of compared.entries()) {
    const { verdict, reason } = shown[index]!;
    lines.push(verdictPaint(verdict, style)(line(rows[index]!)));
    if (verdict !== 'same') lines.push(style.dim(`  ${printable(cut ? truncate(reason, 160) : reason)}`));
    for (const change of c.schemaChanges.filter((s) => s.regression)) {
      const what = change.kind === 'missing' ? `missing (was ${change.baselineType})` : `${change.baselineType} → ${change.previewType}`;
      lines.push(style.red(`  ${printable(change.path)}: ${what}`));
    }
  }
  lines.push(style.dim(`baseline: ${printable(compared[0]!.comparison.baselineUrl)}`));
  return lines;
}

/** Names cut to NAME_COLUMNS, never so that two read the same (more columns when no cut can). */
function distinctNames(names: readonly string[]): string[] {
  for (let width = NAME_COLUMNS; ; width++) {
    const shown = cutDistinct(names, width);
    if (shown) return shown;
  }
}

function ms(summary: Comparison['preview']): string {
  return summary ? `${Math.round(summary.medianMs)} ms` : '–';
}

function verdictPaint(verdict: ShownVerdict, style: Style): (text: string) => string {
  // A check not compared failed on its own: its failure, above, is in red already.
  return { same: (t: string) => t, improved: style.green, regressed: style.red, inconclusive: style.yellow, 'not compared': style.dim }[verdict];
}
