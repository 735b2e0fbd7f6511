// What the terminal shows under the table for each failed or warned check: the error, the
// assertions as expected vs actual, what the server sent, and the timing waterfall.
import { assertionSubject, describeFailure, showValue } from '../assertions/describe.js';
import { errorLabel } from '../errors/label.js';
import { explain } from '../errors/taxonomy.js';
import type { AssertionResult, CheckResult } from '../model.js';
import { failedWhileSampled } from '../report/comparison.js';
import { whereItFails } from '../report/locations.js';
import { allowedFailures, checkTitle, stepLocation, stepsText } from '../report/steps.js';
import { renderWaterfall } from '../report/waterfall.js';
import { truncate } from '../text.js';
import { printable, type Style } from './style.js';
import { statusLabel } from './table.js';

const INDENT = '    ';
const EXCERPT_COLUMNS = 160;
const VALUE_COLUMNS = 80;

export function renderFailureDetails(result: CheckResult, style: Style): string[] {
  const { check, error } = result;
  if (!error) return [];
  const paint = result.status === 'failed' ? style.red : style.yellow;
  const location = stepLocation(result);
  const where = `${location.file}:${location.line}`;
  const places = whereItFails(result);
  const lines = [
    `${statusLabel(result.status, style)}  ${style.bold(printable(checkTitle(result)))}  ${paint(errorLabel(error))}  ${style.dim(where)}${places ? `  ${paint(printable(places))}` : ''}`,
    `${INDENT}${style.dim(check.type)} ${printable(check.target)}`,
  ];
  if (error.category === 'INCORRECT_ASSERTION' && result.assertions.some((assertion) => !assertion.passed)) {
    lines.push(...result.assertions.map((assertion) => INDENT + assertionLine(assertion, style)));
    lines.push(INDENT + explain(error.category, error.code).fix);
  } else {
    lines.push(INDENT + printable(error.message));
  }
  if (result.attempts > 1) lines.push(`${INDENT}${style.dim(`after ${result.attempts} attempts`)}`);
  lines.push(...stepsText(result).map((line) => INDENT + printable(line)));
  // The message names the sampled request that failed; the response and timings kept are of the check's own, which passed.
  if (failedWhileSampled(result)) return lines;
  if (result.excerpt) {
    lines.push(`${INDENT}${style.dim('response:')} ${truncate(printable(result.excerpt.trim()), EXCERPT_COLUMNS)}`);
  }
  lines.push(...renderWaterfall(result.timings).map((line) => INDENT + style.dim(line)));
  return lines;
}

/** A passed multistep check whose steps allowed to fail did: a warning with its steps. */
export function renderAllowedFailures(result: CheckResult, style: Style): string[] {
  const allowed = allowedFailures(result);
  if (allowed.length === 0) return [];
  const names = allowed.map((step) => `${printable(step.name)} (${errorLabel(step.error!)})`).join(', ');
  return [
    `${style.yellow('!')} ${style.bold(printable(result.check.name))}  ${style.yellow(`passed; steps allowed to fail failed: ${names}`)}`,
    ...stepsText(result).map((line) => INDENT + printable(line)),
  ];
}

function assertionLine(assertion: AssertionResult, style: Style): string {
  const at = style.dim(`line ${assertion.line}`);
  if (!assertion.passed) return `${style.red('✗')} ${at}  ${printable(describeFailure(assertion))}`;
  const shown = (value: unknown) => `\`${showValue(value, VALUE_COLUMNS)}\``;
  return `${style.green('✓')} ${at}  ${printable(`${assertionSubject(assertion)}: ${assertion.operator} ${shown(assertion.target)}, actual ${shown(assertion.actual)}`)}`;
}
