// Where the command line writes: results to stdout, the live progress line to stderr and only
// when stderr is a terminal, so piped output stays clean. On a terminal every line fits its
// width: lines wrap with a hanging indent, the progress line is cut.
import type { CheckResult } from '../model.js';
import { createStyle, printable, wantsColor, type Style } from './style.js';
import { cutAround, wrap } from './width.js';

export interface Terminal {
  /** Styles for stdout and for stderr: each stream is coloured by its own nature (wantsColor). */
  readonly style: Style;
  readonly errorStyle: Style;
  /** Columns of the terminal, undefined when stdout is piped (nothing is cut or wrapped then). */
  readonly width?: number;
  /** Lines for people on stdout, each wrapped to the terminal's width. */
  print(...lines: string[]): void;
  /** A line for people on stderr, wrapped to its width. */
  error(line: string): void;
  /** Data on stdout (the JSON report of --json -), written as is. */
  write(text: string): void;
  readonly progress: ProgressLine;
}

export function processTerminal(): Terminal {
  const { stdout, stderr, env } = process;
  const errorStyle = createStyle(wantsColor(stderr, env));
  const width = widthOf(stdout);
  return {
    style: createStyle(wantsColor(stdout, env)),
    errorStyle,
    width,
    print: (...lines) => void stdout.write(lines.flatMap((line) => wrap(line, width)).map((line) => `${line}\n`).join('')),
    error: (line) => void stderr.write(wrap(line, widthOf(stderr)).map((l) => `${l}\n`).join('')),
    write: (text) => void stdout.write(`${text}\n`),
    progress: new ProgressLine(stderr.isTTY ? stderr : undefined, errorStyle),
  };
}

function widthOf(stream: NodeJS.WriteStream): number | undefined {
  // A terminal that does not say its width (columns 0) is taken as 80 wide.
  return stream.isTTY ? stream.columns || 80 : undefined;
}

/** The same terminal with everything it prints sent to stderr, for when stdout carries data. */
export function onStderr(terminal: Terminal): Terminal {
  return {
    ...terminal,
    style: terminal.errorStyle,
    width: widthOf(process.stderr),
    print: (...lines) => lines.forEach((line) => terminal.error(line)),
  };
}

/**
 * `[3/9] ✗ Orders API`: rewritten in place as checks finish, marked as the gate judges them; a
 * no-op off a terminal. A check whose comparison with the baseline is still to come is never
 * marked ✓: the comparison, after every check has run, may still fail it.
 */
export class ProgressLine {
  constructor(
    private readonly stream: NodeJS.WriteStream | undefined,
    private readonly style: Style,
  ) {}

  start(total: number, label: string): void {
    this.show(`${this.style.dim(`[0/${total}]`)} ${label}`);
  }

  checkDone(result: CheckResult, done: number, total: number, awaitsComparison = false): void {
    const marks = { passed: this.style.green('✓'), failed: this.style.red('✗'), warned: this.style.yellow('!'), skipped: this.style.dim('-') };
    const counter = `[${done}/${total}]`;
    const retried = result.attempts > 1 ? ` (${result.status === 'passed' ? 'passed ' : ''}after ${result.attempts} attempts)` : '';
    const mark = awaitsComparison ? this.style.dim('…') : marks[result.status];
    const pending = awaitsComparison ? ', to compare with the baseline' : '';
    this.show(`${this.style.dim(counter)} ${mark} ${cutAround(`${printable(result.check.name)}${retried}${pending}`, this.columns() - counter.length - 3)}`);
  }

  /** The comparison with the baseline, after the checks: nothing compared is shown as passed before it. */
  comparing(checks: number): void {
    this.show(`${this.style.dim('…')} ${cutAround(`comparing ${checks} check${checks === 1 ? '' : 's'} with the baseline…`, this.columns() - 2)}`);
  }

  clear(): void {
    this.stream?.write('\r\u001b[2K');
  }

  private columns(): number {
    return Math.max(20, (this.stream?.columns || 80) - 1);
  }

  private show(line: string): void {
    this.stream?.write(`\r\u001b[2K${line}`);
  }
}
