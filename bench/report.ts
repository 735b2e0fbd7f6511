// Figures, the table the runner prints, and bench/RESULTS.md.
import { cpus, freemem, loadavg, totalmem } from 'node:os';

/** One line of the results: probegate's figure against its baseline's, and the target. */
export interface Row {
  readonly scenario: string;
  readonly measure: string;
  readonly probegate: string;
  readonly baseline: string;
  /** The ratio or the difference the target is about. */
  readonly comparison: string;
  readonly target: string;
  /** Undefined for rows that only inform. */
  readonly met?: boolean;
}

export interface ScenarioReport {
  readonly rows: Row[];
  /** What a reader needs to know to trust (or not) the figures: failures, skipped types. */
  readonly notes: string[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function ms(value: number, digits = 0): string {
  return `${value.toFixed(digits)} ms`;
}

export function mib(kib: number): string {
  return `${(kib / 1024).toFixed(1)} MiB`;
}

export function ratio(value: number, base: number): string {
  return `${(value / base).toFixed(2)}x`;
}

export function signed(value: number, digits = 1): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(digits)} ms`;
}

export function machine(nodeVersion: string): Record<string, string> {
  const cpu = cpus();
  return {
    CPU: `${cpu[0]?.model ?? 'unknown'} (nproc ${cpu.length})`,
    Memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free at start)`,
    'Load average at start': loadavg().map((l) => l.toFixed(2)).join(', '),
    Node: nodeVersion,
    Platform: `${process.platform} ${process.arch}`,
  };
}

const COLUMNS = ['Scenario', 'Measure', 'probegate', 'Baseline', 'Ratio / diff', 'Target', 'Met'] as const;

function cells(row: Row): string[] {
  const met = row.met === undefined ? '' : row.met ? 'yes' : 'NO';
  return [row.scenario, row.measure, row.probegate, row.baseline, row.comparison, row.target, met];
}

export function textTable(rows: readonly Row[]): string {
  const table = [[...COLUMNS], ...rows.map(cells)];
  const widths = COLUMNS.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  return table.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

export function markdownTable(rows: readonly Row[]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  return [`| ${COLUMNS.join(' | ')} |`, `|${COLUMNS.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${cells(r).map(escape).join(' | ')} |`)].join('\n');
}
