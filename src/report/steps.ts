// The steps of a multistep check in reports: the failing step, the annotation title
// (`check › step`), and the steps with their status and time as a Markdown table or text lines.
import { errorLabel } from '../errors/label.js';
import type { CheckResult, SourceLocation, StepOutcome, StepStatus } from '../model.js';
import { formatMs, formatMsUnbroken } from './waterfall.js';

const STEP_STATUS: Record<StepStatus, string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  allowed_failure: '⚠️ allowed failure',
  not_run: '⏭️ not run',
};

/** The step whose failure is the check's error, if any. */
export function failingStep(result: CheckResult): StepOutcome | undefined {
  const index = result.error?.step?.index;
  return index === undefined ? undefined : result.steps?.[index];
}

/** The check's name, then the failing step's: `Checkout › Create order`. */
export function checkTitle(result: CheckResult): string {
  const step = result.error?.step;
  return step ? `${result.check.name} › ${step.name}` : result.check.name;
}

/** Where a person looks first: the failing step's line, else the check's. */
export function stepLocation(result: CheckResult): SourceLocation {
  return failingStep(result)?.location ?? result.check.location;
}

/** Steps that failed but were allowed to. */
export function allowedFailures(result: CheckResult): StepOutcome[] {
  return (result.steps ?? []).filter((step) => step.status === 'allowed_failure');
}

/** The steps as a Markdown table, for a multistep check that failed or had an allowed failure. */
export function stepsTable(result: CheckResult, cell: (text: string) => string): string | undefined {
  if (!result.steps || (!result.error && allowedFailures(result).length === 0)) return undefined;
  const rows = result.steps.map((step, index) => {
    // A label is CATEGORY[:CODE], nothing Markdown would read.
    const error = step.error ? errorLabel(step.error) : '';
    const attempts = step.attempts > 1 ? ` (${step.attempts} attempts)` : '';
    return `| ${index + 1} | ${cell(step.name)} | ${step.type} | ${STEP_STATUS[step.status]}${attempts} | ${error} | ${stepTime(step, formatMsUnbroken)} | ${step.location.line} |`;
  });
  return ['| # | Step | Type | Status | Error | Time | Line |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** The steps as plain text lines (terminal, JUnit). */
export function stepsText(result: CheckResult): string[] {
  if (!result.steps || (!result.error && allowedFailures(result).length === 0)) return [];
  return result.steps.map((step, index) => {
    const status = STEP_STATUS[step.status].replace(/^\S+ /, '');
    const error = step.error ? `  ${errorLabel(step.error)}` : '';
    const time = stepTime(step, formatMs);
    return `${index + 1}. ${step.name} (${step.type}, line ${step.location.line}): ${status}${time ? ` in ${time}` : ''}${error}`;
  });
}

function stepTime(step: StepOutcome, format: (ms: number) => string): string {
  return step.status === 'not_run' || step.timings.total === undefined ? '' : format(step.timings.total);
}
