// JUnit XML: one testsuite for the manifest, one testcase per check. A failed check is a
// <failure> whose type is CATEGORY:CODE; a warned check passes (the gate let it through) and
// says why in <system-out>; a skipped check is <skipped/>. Follows the common JUnit schema
// as Jenkins' junit-4.xsd describes it (testsuites > testsuite > testcase > skipped | failure |
// system-out).
import { describeFailure } from '../assertions/describe.js';
import { errorLabel } from '../errors/label.js';
import type { CheckResult, RunResult } from '../model.js';
import { comparisonText } from './comparison.js';
import { whereItFails } from './locations.js';
import { stepLocation, stepsText } from './steps.js';

export function renderJunit(run: RunResult): string {
  const { summary } = run;
  const time = seconds(run.durationMs);
  const counts = `tests="${summary.total}" failures="${summary.failed}" errors="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // junit-4.xsd allows `skipped` on testsuite only.
    `<testsuites name="probegate" ${counts} time="${time}">`,
    `  <testsuite name="${attribute(run.manifestFile)}" ${counts} skipped="${summary.skipped}" time="${time}">`,
    ...run.checks.flatMap(testcase),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

function testcase(result: CheckResult): string[] {
  const { check } = result;
  const open = `    <testcase name="${attribute(check.name)}" classname="probegate.${check.type}" time="${seconds(result.timings.total ?? 0)}"`;
  const comparison = result.comparison ? `\n${comparisonText(result.comparison).join('\n')}` : '';
  if (result.status === 'passed') return comparison ? [`${open}>`, `      <system-out>${text(comparison.slice(1))}</system-out>`, '    </testcase>'] : [`${open}/>`];
  if (result.status === 'skipped') return [`${open}>`, '      <skipped/>', '    </testcase>'];
  const error = result.error!;
  const kind = errorLabel(error);
  const body = text(details(result) + comparison);
  const element =
    result.status === 'failed'
      ? `      <failure type="${attribute(kind)}" message="${attribute(`${kind}: ${error.message}`)}">${body}</failure>`
      : `      <system-out>${text(`warned (the gate does not fail on ${kind})\n`)}${body}</system-out>`;
  return [`${open}>`, element, '    </testcase>'];
}

function details(result: CheckResult): string {
  const { check, error } = result;
  const places = whereItFails(result);
  const lines = [`${errorLabel(error!)}: ${error!.message}`, ...(places ? [places] : []), `target: ${check.target}`];
  for (const assertion of result.assertions.filter((a) => !a.passed)) {
    lines.push(`line ${assertion.line}: ${describeFailure(assertion)}`);
  }
  if (result.attempts > 1) lines.push(`attempts: ${result.attempts}`);
  lines.push(...stepsText(result));
  const where = stepLocation(result);
  lines.push(`at ${where.file}:${where.line}`);
  return lines.join('\n');
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

// Characters XML 1.0 cannot carry at all, even escaped: C0 controls but tab, LF and CR, lone
// surrogates, U+FFFE and U+FFFF. What a server sent may contain any of them.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function text(value: string): string {
  return value.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attribute(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
