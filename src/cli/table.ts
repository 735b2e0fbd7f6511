// The result table of a run (status, name, type, target, error, time) and its verdict line,
// fitted to the terminal's width when there is one.
import type { CheckResult, CheckStatus, RunResult } from '../model.js';
import { errorLabel } from '../errors/label.js';
import { shownLocations, statusIn } from '../report/locations.js';
import { formatMs } from '../report/waterfall.js';
import { truncate, truncateMiddle } from '../text.js';
import { printable, visibleLength, type Style } from './style.js';

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
  /** Targets keep both ends when cut: the host and the path tell checks apart. */
  readonly cut?: 'end' | 'middle';
}

/** The table, one line per check; `maxWidth` is the terminal's width, undefined when piped. */
export function renderResultTable(run: RunResult, style: Style, maxWidth?: number): string[] {
  const locations = shownLocations(run);
  const rows = run.checks.map((result) => cells(result, style));
  const widths = columnWidths(rows, maxWidth);
  const header = HEADERS.map((h, i) => fit({ text: h, paint: style.bold }, widths[i]!, h === 'time'));
  const body = rows.map((row) => row.map((cell, i) => fit(cell, widths[i]!, HEADERS[i] === 'time')));
  // A column per location after the status (merged runs of several locations only).
  const locationWidths = locations.map((l) => Math.max(l.length, ...run.checks.map((r) => STATUS_TEXT[statusIn(r, l) ?? 'skipped'].length)));
  header.splice(AFTER_STATUS, 0, ...locations.map((l, i) => fit({ text: l, paint: style.bold }, locationWidths[i]!, false)));
  body.forEach((row, r) => row.splice(AFTER_STATUS, 0, ...locations.map((l, i) => fit(locationCell(run.checks[r]!, l, style), locationWidths[i]!, false))));
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
    { text: printable(check.target), cut: 'middle' },
    { text: error, paint: result.status === 'failed' ? style.red : style.yellow },
    { text: time },
  ];
}

function columnWidths(rows: Cell[][], maxWidth: number | undefined): number[] {
  const widths = HEADERS.map((header, i) => Math.max(header.length, ...rows.map((row) => visibleLength(row[i]!.text))));
  if (maxWidth === undefined) return widths;
  let overflow = widths.reduce((sum, w) => sum + w, 0) + GAP.length * (widths.length - 1) - maxWidth;
  // One column at a time, always the one with the most to spare in the tier.
  for (const tier of SHRINKABLE) {
    while (overflow > 0) {
      const spare = tier.map(([column, minimum]) => widths[HEADERS.indexOf(column)]! - minimum);
      const most = Math.max(...spare);
      if (most <= 0) break;
      widths[HEADERS.indexOf(tier[spare.indexOf(most)]![0])]! -= 1;
      overflow--;
    }
  }
  return widths;
}

/** Cuts a cell to its column, pads it, then colours it. */
function fit(cell: Cell, width: number, alignRight: boolean): string {
  const shown = cell.cut === 'middle' ? truncateMiddle(cell.text, width) : truncate(cell.text, width);
  const padding = ' '.repeat(Math.max(0, width - visibleLength(shown)));
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
  return run.result === 'pass'
    ? `${style.green(style.bold('✓ The gate passed:'))} ${counts} ${style.dim(tail)}`
    : `${style.red(style.bold('✗ The gate failed:'))} ${counts} ${style.dim(tail)}`;
}
