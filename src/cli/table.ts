// The result table of a run (status, name, type, target, error, time) and its verdict line,
// fitted to the terminal's width when there is one.
import type { CheckResult, CheckStatus, RunResult } from '../model.js';
import { errorLabel } from '../errors/label.js';
import { shownLocations, statusIn } from '../report/locations.js';
import { formatMs } from '../report/waterfall.js';
import { printable, type Style } from './style.js';
import { columns, cutAround, cutDistinct, cutMiddle } from './width.js';

const HEADERS = ['status', 'name', 'type', 'target', 'error', 'time'] as const;
type Column = (typeof HEADERS)[number];
const AFTER_STATUS = 1;

// When the table is too wide, name and target give up width first, sharing the cut, down to a
// comfortable minimum, then down to a bare one; the error column only after them.
const SHRINKABLE: readonly (readonly (readonly [Column, number])[])[] = [
  [
    ['target', 16],
    ['name', 16],
  ],
  [
    ['target', 8],
    ['name', 8],
  ],
  [['error', 12]],
];
const GAP = '  ';

const STATUS_TEXT: Record<CheckStatus, string> = {
  passed: '✓ passed',
  failed: '✗ failed',
  warned: '! warned',
  skipped: '- skipped',
};

function statusPaint(status: CheckStatus, style: Style): (text: string) => string {
  return { passed: style.green, failed: style.red, warned: style.yellow, skipped: style.dim }[status];
}

export function statusLabel(status: CheckStatus, style: Style): string {
  return statusPaint(status, style)(STATUS_TEXT[status]);
}

interface Cell {
  readonly text: string;
  readonly paint?: (text: string) => string;
}

/** The table, one line per check; `maxWidth` is the terminal's width, undefined when piped. */
export function renderResultTable(run: RunResult, style: Style, maxWidth?: number): string[] {
  const locations = shownLocations(run);
  // A column per location after the status (merged runs of several locations only).
  const locationWidths = locations.map((l) => Math.max(l.length, ...run.checks.map((r) => STATUS_TEXT[statusIn(r, l) ?? 'skipped'].length)));
  const locationsWidth = locationWidths.reduce((sum, w) => sum + w + GAP.length, 0);
  const rows = run.checks.map((result) => cells(result, style));
  const { widths, shown } = layout(rows, maxWidth === undefined ? undefined : maxWidth - locationsWidth);
  const header = HEADERS.map((h, i) => fit({ text: h, paint: style.bold }, h, widths[i]!, h === 'time'));
  const body = rows.map((row, r) => row.map((cell, i) => fit(cell, shown[i]![r]!, widths[i]!, HEADERS[i] === 'time')));
  header.splice(AFTER_STATUS, 0, ...locations.map((l, i) => fit({ text: l, paint: style.bold }, l, locationWidths[i]!, false)));
  body.forEach((row, r) => {
    const statuses = locations.map((l) => locationCell(run.checks[r]!, l, style));
    row.splice(AFTER_STATUS, 0, ...statuses.map((cell, i) => fit(cell, cell.text, locationWidths[i]!, false)));
  });
  const allWidths = [...widths];
  allWidths.splice(AFTER_STATUS, 0, ...locationWidths);
  const rule = style.dim(allWidths.map((w) => '─'.repeat(w)).join(GAP));
  return [header.join(GAP).trimEnd(), rule, ...body.map((row) => row.join(GAP).trimEnd())];
}

function locationCell(result: CheckResult, location: string, style: Style): Cell {
  const status = statusIn(result, location);
  return status ? { text: STATUS_TEXT[status], paint: statusPaint(status, style) } : { text: '' };
}

function cells(result: CheckResult, style: Style): Cell[] {
  const { check } = result;
  const error = result.error ? errorLabel(result.error) : (result.notRun ?? '');
  const time = result.timings.total !== undefined ? formatMs(result.timings.total) : '';
  return [
    { text: STATUS_TEXT[result.status], paint: statusPaint(result.status, style) },
    { text: printable(check.name) },
    { text: check.type },
    { text: printable(check.target) },
    { text: error, paint: result.status === 'failed' ? style.red : style.yellow },
    { text: time },
  ];
}

const NAME = HEADERS.indexOf('name');
const TARGET = HEADERS.indexOf('target');

/**
 * The columns' widths and each cell's text as shown. Names are cut so that two rows never read
 * the same (cutDistinct), the name column taking more room when no cut at its width can; targets
 * keep both ends (the host and the path tell checks apart), told apart too where a cut can.
 */
function layout(rows: readonly Cell[][], maxWidth: number | undefined): { widths: number[]; shown: string[][] } {
  const full = HEADERS.map((header, i) => Math.max(header.length, ...rows.map((row) => columns(row[i]!.text))));
  const texts = HEADERS.map((_, i) => rows.map((row) => row[i]!.text));
  for (let nameMinimum = 0; ; ) {
    const widths = columnWidths(full, maxWidth, nameMinimum);
    const names = cutDistinct(texts[NAME]!, widths[NAME]!);
    if (names) {
      const shown = texts.map((column, i) => column.map((text) => cutAround(text, widths[i]!)));
      shown[NAME] = names;
      const width = widths[TARGET]!;
      shown[TARGET] = cutDistinct(texts[TARGET]!, width, (text) => cutMiddle(text, width)) ?? texts[TARGET]!.map((text) => cutMiddle(text, width));
      return { widths, shown };
    }
    nameMinimum = widths[NAME]! + 1;
  }
}

function columnWidths(full: readonly number[], maxWidth: number | undefined, nameMinimum: number): number[] {
  const widths = [...full];
  if (maxWidth === undefined) return widths;
  let overflow = widths.reduce((sum, w) => sum + w, 0) + GAP.length * (widths.length - 1) - maxWidth;
  // One column at a time, always the one with the most to spare in the tier.
  for (const tier of SHRINKABLE) {
    const minimums = tier.map(([column, minimum]) => (column === 'name' ? Math.max(minimum, nameMinimum) : minimum));
    while (overflow > 0) {
      const spare = tier.map(([column], t) => widths[HEADERS.indexOf(column)]! - minimums[t]!);
      const most = Math.max(...spare);
      if (most <= 0) break;
      widths[HEADERS.indexOf(tier[spare.indexOf(most)]![0])]! -= 1;
      overflow--;
    }
  }
  return widths;
}

/** Pads a cell's shown text (cut to its column) to the column, then colours it. */
function fit(cell: Cell, shown: string, width: number, alignRight: boolean): string {
  const padding = ' '.repeat(Math.max(0, width - columns(shown)));
  const painted = cell.paint && shown ? cell.paint(shown) : shown;
  return alignRight ? padding + painted : painted + padding;
}

/** `↻ Health passed after 3 attempts`: a check that needed retries to pass is worth knowing about. */
export function renderRetried(run: RunResult, style: Style): string[] {
  return run.checks
    .filter((result) => result.status === 'passed' && result.attempts > 1)
    .map((result) => `${style.yellow('↻')} ${printable(result.check.name)} ${style.dim(`passed after ${result.attempts} attempts`)}`);
}

/** `✗ The gate failed: 2 failed, 1 warned, 5 passed, 0 skipped (8 checks in 1.4 s)`. */
export function renderVerdict(run: RunResult, style: Style): string {
  const { summary } = run;
  const counts = `${summary.failed} failed, ${summary.warned} warned, ${summary.passed} passed, ${summary.skipped} skipped`;
  const tail = `(${summary.total} check${summary.total === 1 ? '' : 's'} in ${formatMs(run.durationMs)})`;
  if (run.ready?.status === 'failed') return `${style.red(style.bold('✗ The gate failed: the preview never became ready;'))} no check was run ${style.dim(tail)}`;
  if (run.result === 'pass') return `${style.green(style.bold('✓ The gate passed:'))} ${counts} ${style.dim(tail)}`;
  // No check failed: the manifest's problems outside its checks failed the run (src/gate.ts tally).
  const why = summary.failed === 0 ? 'on the manifest’s problems (below);' : '';
  return `${style.red(style.bold(`✗ The gate failed${why ? ` ${why}` : ':'}`))} ${counts} ${style.dim(tail)}`;
}
