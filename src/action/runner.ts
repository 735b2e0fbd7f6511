// The runner's workflow commands and files, as the action uses them: inputs, masks, outputs,
// annotations, the job summary, a failed step. Written here in @actions/core's exact formats
// (__tests__/action/runner.test.ts compares the two) because importing @actions/core also loads
// @actions/http-client and a second undici, for OIDC tokens probegate never asks for: some 70 ms
// of every start (bench/, start-up imports).
import { appendFileSync, existsSync } from 'node:fs';

// node:os's EOL, as @actions/core writes it, without loading node:os at every start.
const EOL = process.platform === 'win32' ? '\r\n' : '\n';

/** Where an annotation points; the runner shows it on that line of the pull request's diff. */
export interface AnnotationProperties {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly startColumn?: number;
}

/** An input by its action.yml name (`base-url`), trimmed; '' when not given. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Asks the runner to mask `value` wherever it would appear in the log. */
export function setSecret(value: string): void {
  issueCommand('add-mask', {}, value);
}

export function setOutput(name: string, value: string | number): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    // Outside a runner that has the output file: the old command, as @actions/core falls back to.
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, String(value));
    return;
  }
  const text = String(value);
  const delimiter = delimiterOutside(name + text);
  appendRunnerFile(file, 'GITHUB_OUTPUT', `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`);
}

/**
 * A delimiter `text` does not contain, shaped as @actions/core's (`ghadelimiter_` and a UUID): in
 * the value it would end the value early and let the rest set other outputs. @actions/core draws
 * it from node:crypto and throws when the value holds it; one that the value is checked not to hold
 * needs no secrecy, so Math.random serves (node:crypto costs every start ~5 ms).
 */
function delimiterOutside(text: string): string {
  for (;;) {
    const hex = Array.from({ length: 4 }, () => Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, '0')).join('');
    const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16]!, 16) & 3]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    const delimiter = `ghadelimiter_${uuid}`;
    if (!text.includes(delimiter)) return delimiter;
  }
}

/**
 * Appends Markdown to the job summary (GITHUB_STEP_SUMMARY, which the caller checked is set). The
 * summary is a report, never the verdict: a file that cannot be written is one warning, and the
 * annotations, outputs and comment are written all the same. (@actions/core's summary.write
 * throws instead, for a file that does not exist or cannot be read and written.) Says whether it was written.
 */
export function appendSummary(markdown: string): boolean {
  try {
    appendRunnerFile(process.env.GITHUB_STEP_SUMMARY ?? '', 'GITHUB_STEP_SUMMARY', markdown);
    return true;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    warning(`No job summary: ${why}. The annotations, the outputs and the pull-request comment have the result; the gate decides the job as usual.`, { title: 'probegate · job summary' });
    return false;
  }
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

// The annotations this step has written, by level: the runner shows only so many of each, so the
// checks' annotations are ranked into the room the door's own (a warning about the comment, the
// job summary or the baseline) leave.
const issuedAnnotations = { error: 0, warning: 0, notice: 0 };

/** How many annotations of `level` this step has written so far. */
export function issued(level: keyof typeof issuedAnnotations): number {
  return issuedAnnotations[level];
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issuedAnnotations.error++;
  issueCommand('error', annotation(properties), message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issuedAnnotations.warning++;
  issueCommand('warning', annotation(properties), message);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issuedAnnotations.notice++;
  issueCommand('notice', annotation(properties), message);
}

/** Fails the step: exit code 1, and the message as an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

function annotation(properties: AnnotationProperties): Record<string, string | number | undefined> {
  return { title: properties.title, file: properties.file, line: properties.startLine, col: properties.startColumn };
}

/** `::name key=value,key=value::message`; properties without a value are left out. */
function issueCommand(name: string, properties: Record<string, string | number | undefined>, message: string): void {
  const given = Object.entries(properties).filter(([, value]) => value !== undefined && value !== '' && value !== 0);
  const list = given.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  process.stdout.write(`::${name}${list ? ` ${list}` : ''}::${escapeData(message)}${EOL}`);
}

// A message or a property cannot start a command of its own (a line break) nor, for a property,
// add or change another (a colon or a comma).
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function appendRunnerFile(file: string, variable: string, text: string): void {
  if (!existsSync(file)) throw new Error(`${variable} names ${file || 'no file'}, which does not exist: the runner creates it for every step`);
  try {
    appendFileSync(file, text, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what = code === 'EISDIR' ? 'a directory' : code === 'EACCES' || code === 'EPERM' ? 'a file this step may not write' : `a file that cannot be written (${code ?? String(error)})`;
    throw new Error(`${variable} names ${file}, which is ${what}: the runner sets it to a file of its own for every step`);
  }
}
