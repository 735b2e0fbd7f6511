// Where the command line writes: results to stdout, the live progress line to stderr and only
// when stderr is a terminal, so piped output stays clean.
import type { CheckResult } from '../model.js';
import { truncate } from '../text.js';
import { createStyle, printable, wantsColor, type Style } from './style.js';

export interface Terminal {
  /** Styles for stdout and for stderr: each stream is coloured only if it is a terminal. */
  readonly style: Style;
  readonly errorStyle: Style;
  /** Columns of the terminal, undefined when stdout is piped (nothing is cut then). */
  readonly width?: number;
  print(...lines: string[]): void;
  error(line: string): void;
  readonly progress: ProgressLine;
}

export function processTerminal(): Terminal {
  const { stdout, stderr, env } = process;
  const errorStyle = createStyle(wantsColor(stderr, env));
  return {
    style: createStyle(wantsColor(stdout, env)),
    errorStyle,
    width: stdout.isTTY ? stdout.columns : undefined,
    print: (...lines) => void stdout.write(lines.map((line) => `${line}\n`).join('')),
    error: (line) => void stderr.write(`${line}\n`),
    progress: new ProgressLine(stderr.isTTY ? stderr : undefined, errorStyle),
  };
}

/** The same terminal with everything it prints sent to stderr, for when stdout carries data. */
export function onStderr(terminal: Terminal): Terminal {
  const { stderr } = process;
  return {
    ...terminal,
    style: terminal.errorStyle,
    width: stderr.isTTY ? stderr.columns : undefined,
    print: (...lines) => lines.forEach((line) => terminal.error(line)),
  };
}

/** `[3/9] ✗ Orders API`: rewritten in place as checks finish, marked as the gate judges them; a no-op off a terminal. */
export class ProgressLine {
  constructor(
    private readonly stream: NodeJS.WriteStream | undefined,
    private readonly style: Style,
  ) {}

  start(total: number, label: string): void {
    this.show(`${this.style.dim(`[0/${total}]`)} ${label}`);
  }

  checkDone(result: CheckResult, done: number, total: number): void {
    const marks = { passed: this.style.green('✓'), failed: this.style.red('✗'), warned: this.style.yellow('!'), skipped: this.style.dim('-') };
    const counter = `[${done}/${total}]`;
    const retried = result.attempts > 1 ? ` (${result.status === 'passed' ? 'passed ' : ''}after ${result.attempts} attempts)` : '';
    const name = truncate(`${printable(result.check.name)}${retried}`, this.columns() - counter.length - 3);
    this.show(`${this.style.dim(counter)} ${marks[result.status]} ${name}`);
  }

  clear(): void {
    this.stream?.write('\r\u001b[2K');
  }

  private columns(): number {
    return Math.max(20, (this.stream?.columns ?? 80) - 1);
  }

  private show(line: string): void {
    this.stream?.write(`\r\u001b[2K${line}`);
  }
}
