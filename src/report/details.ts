// The Markdown pieces the job summary and the pull-request comment share: a check's status and
// error label, and what a person needs to fix a failure (message, assertions, timing
// waterfall, certificate chain, response excerpt). Everything from a server goes through escape.
import { assertionSubject, describeFailure, showValue } from '../assertions/describe.js';
import { errorLabel } from '../errors/label.js';
import { explain } from '../errors/taxonomy.js';
import type { AssertionResult, CheckResult, CheckStatus, ProbeErrorInfo, SourceLocation } from '../model.js';
import { truncate } from '../text.js';
import { escapeMarkdown, inlineCode, preformatted } from './escape.js';
import { capitalized, statusIn, whereItFails } from './locations.js';
import { stepLocation, stepsTable } from './steps.js';
import { formatMsUnbroken, renderWaterfall } from './waterfall.js';

export const STATUS_LABEL: Record<CheckStatus, string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  warned: '⚠️ warned',
  skipped: '⏭️ skipped',
};

const CELL_CHARS = 120;
const MESSAGE_CHARS = 2000;
const EXCERPT_CHARS = 1000;
const EXCERPT_LINES = 20;

/** Where the workflow run and the manifest can be linked; absent outside GitHub. */
export interface LinkContext {
  readonly serverUrl: string;
  readonly repository: string;
  readonly sha?: string;
  readonly runUrl?: string;
}

// The summary, the comment and the annotations take the label from here with the other pieces.
export { errorLabel };

export function statusLabel(result: CheckResult): string {
  if (result.notRun) return '⏭️ not run';
  if (result.status === 'passed' && result.attempts > 1) return `${STATUS_LABEL.passed} (attempt ${result.attempts})`;
  return STATUS_LABEL[result.status];
}

/** The time a check took: its measured total, else the time spent on it; nothing if it never ran. */
export function checkTime(result: CheckResult): string {
  if (result.status === 'skipped' || result.attempts === 0) return '';
  return formatMsUnbroken(result.timings.total ?? result.durationMs);
}

/** Untrusted text for a table cell: escaped and cut to a readable length. */
export function cell(text: string, max = CELL_CHARS): string {
  return escapeMarkdown(truncate(text, max));
}

/** `file:line`, linked to that line of the manifest at the commit when the repository is known. */
export function locationLink(location: { file: string; line: number }, links?: LinkContext): string {
  const text = escapeMarkdown(`${location.file}:${location.line}`);
  if (!links?.sha) return text;
  const file = location.file.split('/').map(encodeURIComponent).join('/');
  return `[${text}](${links.serverUrl}/${links.repository}/blob/${links.sha}/${file}#L${location.line})`;
}

/**
 * What happened to one failed or warned check, and the evidence, as a Markdown block. Without
 * `withAdvice` the taxonomy's fix that ends the message is left out (an earlier section gave it).
 */
export function failureDetails(result: CheckResult, links?: LinkContext, withAdvice = true): string {
  const error = result.error!;
  const where = failureLocation(result);
  const attempts = result.attempts > 1 ? ` after ${result.attempts} attempts` : '';
  const places = whereItFails(result);
  const { happened, advice } = splitAdvice(error);
  const message = [whatHappened(result, happened), ...(withAdvice && advice ? [advice] : [])].join(' ');
  const blocks = [
    ...(places ? [`**${escapeMarkdown(capitalized(places))}.**`] : []),
    `**${errorLabel(error)}** at ${locationLink(where, links)}${attempts}: ${escapeMarkdown(unitsKeptTogether(truncate(message, MESSAGE_CHARS)))}`,
  ];
  const steps = stepsTable(result, (text) => cell(text));
  if (steps) blocks.push(steps);
  if (result.assertions.length > 0) blocks.push(assertionTable(result.assertions));
  // A waterfall of the total alone (a refused connection) shows nothing the table does not.
  const waterfall = renderWaterfall(result.timings);
  if (waterfall.length > 1) blocks.push(['```text', ...waterfall, '```'].join('\n'));
  if (error.category === 'SSL' && result.tls?.chain.length) blocks.push(chainTable(result));
  if (result.excerpt?.trim()) blocks.push(excerptBlock(result.excerpt));
  return blocks.join('\n\n');
}

/**
 * For each check, whether its section gives its advice: only the first section with a given
 * piece of advice does, so the same sentence is not repeated under every failure.
 */
export function adviceIsNew(results: readonly CheckResult[]): boolean[] {
  const given = new Set<string>();
  return results.map((result) => {
    const { advice } = splitAdvice(result.error!);
    if (advice === undefined) return true;
    if (given.has(advice)) return false;
    given.add(advice);
    return true;
  });
}

/** An error's message as what happened and the taxonomy's fix it ends with (when it does). */
function splitAdvice(error: ProbeErrorInfo): { happened: string; advice?: string } {
  const { fix } = explain(error.category, error.code);
  if (!error.message.endsWith(` ${fix}`)) return { happened: error.message };
  return { happened: error.message.slice(0, -fix.length - 1), advice: fix };
}

/**
 * A message that lists the failed assertions, as the attempt writes it, becomes their count:
 * the assertion table below shows each with its expected and actual value.
 */
function whatHappened(result: CheckResult, happened: string): string {
  const failed = result.assertions.filter((a) => !a.passed);
  if (result.error?.code !== 'INCORRECT_ASSERTION' || failed.length === 0) return happened;
  const step = result.error.step;
  const prefix = step ? `Step ${step.index + 1} "${step.name}": ` : '';
  const listed = `${prefix}${failed.map(describeFailure).join('; ')}`;
  if (happened !== listed && happened !== `${listed}.`) return happened;
  const total = result.assertions.length;
  return `${prefix}${failed.length} of ${total} assertion${total === 1 ? '' : 's'} failed.`;
}

/** `1000 ms`, `2 s` with a non-breaking space, so a figure and its unit stay on one line. */
export function unitsKeptTogether(text: string): string {
  return text.replace(/(\d) (ms|s)\b/g, '$1\u00a0$2');
}

/** ` eu-west | us-east |` for a table head with a column per location (nothing for one location). */
export function locationHeads(locations: readonly string[]): string {
  return locations.map((l) => ` ${cell(l)} |`).join('');
}

/** The check's status in each location, as table cells. */
export function locationCells(result: CheckResult, locations: readonly string[]): string[] {
  return locations.map((l) => {
    const status = statusIn(result, l);
    return status ? STATUS_LABEL[status] : '';
  });
}

/** The failing assertion's line for INCORRECT_ASSERTION, else the failing step's or the check's. */
export function failureLocation(result: CheckResult): SourceLocation {
  const location = stepLocation(result);
  if (result.error?.category !== 'INCORRECT_ASSERTION') return location;
  const failed = result.assertions.find((a) => !a.passed);
  return failed ? { ...location, line: failed.line, column: 1 } : location;
}

function assertionTable(assertions: readonly AssertionResult[]): string {
  const rows = assertions.map((a) => {
    const expected = a.operator === 'doesNotExist' ? 'doesNotExist' : `${a.operator} ${inlineCode(showValue(a.target, CELL_CHARS))}`;
    const actual = `${a.actual === undefined ? 'nothing' : inlineCode(showValue(a.actual, CELL_CHARS))}${a.message ? ` (${cell(a.message)})` : ''}`;
    return `| ${a.passed ? '✅' : '❌'} | ${cell(assertionSubject(a))} | ${expected} | ${actual} | ${a.line} |`;
  });
  return ['| | Assertion | Expected | Actual | Line |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

function chainTable(result: CheckResult): string {
  const now = Date.now();
  const rows = result.tls!.chain.map((cert, index) => {
    const from = `${cell(day(cert.validFrom))}${Date.parse(cert.validFrom) > now ? ' (not yet valid)' : ''}`;
    const to = `${cell(day(cert.validTo))}${Date.parse(cert.validTo) < now ? ' (expired)' : ''}`;
    return `| ${index === 0 ? 'leaf' : index} | ${cell(cert.subject)} | ${cell(cert.issuer)} | ${from} | ${to} |`;
  });
  return ['Certificate chain the server sent (leaf first):', '', '| | Subject | Issuer | Valid from | Valid to |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** `2026-11-23` from an ISO timestamp; anything else as it is. */
function day(timestamp: string): string {
  return /^\d{4}-\d\d-\d\dT/.test(timestamp) ? timestamp.slice(0, 10) : timestamp;
}

function excerptBlock(excerpt: string): string {
  const lines = excerpt.trim().split(/\r\n|\r|\n/);
  let shownText = lines.slice(0, EXCERPT_LINES).join('\n');
  const cut = lines.length > EXCERPT_LINES || [...shownText].length > EXCERPT_CHARS;
  shownText = truncate(shownText, EXCERPT_CHARS);
  return `What the server sent${cut ? ' (the beginning)' : ''}:\n\n${preformatted(cut && !shownText.endsWith('…') ? `${shownText}\n…` : shownText)}`;
}
