// The timing waterfall as plain text: one bar per completed phase, each starting where the
// previous one ended, scaled to the total. The CLI prints these lines; the job summary puts
// the same lines in a code block.
import type { Timings } from '../model.js';

const PHASES: readonly (readonly [keyof Timings, string])[] = [
  ['dns', 'DNS'],
  ['connect', 'connect'],
  ['tls', 'TLS'],
  ['firstByte', 'first byte'],
  ['download', 'download'],
];

const LABEL_WIDTH = Math.max(...PHASES.map(([, label]) => label.length), 'total'.length);
// Left-aligned eighths of a cell, for the end of a bar.
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const FULL = '█';

export interface WaterfallOptions {
  /** Width of the bar area in characters (default 40). */
  readonly width?: number;
}

/**
 * One line per phase that completed (`DNS  ██▍      12.3 ms`), then the total. Phases that
 * did not happen are left out; without any timing at all the result is empty.
 */
export function renderWaterfall(timings: Timings, options: WaterfallOptions = {}): string[] {
  const width = Math.max(10, options.width ?? 40);
  const phases = PHASES.filter(([key]) => typeof timings[key] === 'number');
  const phaseSum = phases.reduce((sum, [key]) => sum + timings[key]!, 0);
  const total = Math.max(timings.total ?? 0, phaseSum);
  if (phases.length === 0 && timings.total === undefined) return [];
  const figures = [...phases.map(([key]) => timings[key]!), timings.total ?? phaseSum].map(formatMs);
  const figureWidth = Math.max(...figures.map((f) => f.length));
  const lines: string[] = [];
  let start = 0;
  for (const [index, [key, label]] of phases.entries()) {
    const duration = timings[key]!;
    lines.push(line(label, bar(start, duration, total, width), figures[index]!, width, figureWidth));
    start += duration;
  }
  lines.push(line('total', bar(0, total, total, width), figures.at(-1)!, width, figureWidth));
  return lines;
}

/** A bar from `start` for `duration`, in a row of `width` cells that stands for `total`. */
function bar(start: number, duration: number, total: number, width: number): string {
  if (total <= 0) return '';
  const offset = Math.min(width - 1, Math.floor((start / total) * width));
  const eighths = Math.max(1, Math.round((duration / total) * width * 8));
  const cells = Math.min(eighths, (width - offset) * 8);
  return ' '.repeat(offset) + FULL.repeat(Math.floor(cells / 8)) + EIGHTHS[cells % 8];
}

function line(label: string, drawn: string, figure: string, width: number, figureWidth: number): string {
  return `${label.padEnd(LABEL_WIDTH)}  ${drawn.padEnd(width)}  ${figure.padStart(figureWidth)}`;
}

/** `0.4 ms`, `12.3 ms`, `250 ms`, `12.5 s`: three significant figures or so, never `100.0 ms`. */
export function formatMs(ms: number): string {
  if (Math.round(ms) >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (Math.round(ms * 10) >= 1000) return `${Math.round(ms)} ms`;
  return `${ms.toFixed(1)} ms`;
}

/** formatMs with a non-breaking space, for Markdown: a narrow table column never splits `12.2 ms` over two lines. */
export function formatMsUnbroken(ms: number): string {
  return formatMs(ms).replace(' ', '\u00a0');
}
