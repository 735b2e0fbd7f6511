// fail_on / warn_on -> the status and level of every check, and the run's verdict (SPEC §3).
import type { CheckOutcome, CheckResult, EngineRun, NotReady, ProbeErrorInfo, ReadyResult, RunResult } from './model.js';

export interface Gate {
  readonly failOn: readonly string[];
  readonly warnOn: readonly string[];
}

export interface GateSelectors {
  readonly failOn?: readonly string[];
  readonly warnOn?: readonly string[];
}

export const DEFAULT_GATE: Gate = { failOn: ['all'], warnOn: [] };

/** The only selector that lets a preview that never became ready warn instead of fail. */
export const READY_TIMEOUT_SELECTOR = 'TIMEOUT:READY_TIMEOUT';

/**
 * The run's gate, key by key: the inputs (or command-line flags) beat the manifest's `gate` and
 * `defaults`, which beat the default (`fail_on: [all]`, `warn_on: []`). A check that sets its own
 * fail_on or warn_on is judged by its own pair instead (see judge).
 */
export function resolveGate(input: GateSelectors, manifest: GateSelectors): Gate {
  return {
    failOn: input.failOn ?? manifest.failOn ?? DEFAULT_GATE.failOn,
    warnOn: input.warnOn ?? manifest.warnOn ?? DEFAULT_GATE.warnOn,
  };
}

/**
 * How specifically a selector matches an error: 3 for CATEGORY:CODE, 2 for CATEGORY, 1 for
 * `all`, 0 for no match. The most specific selector decides, so `fail_on: [all]` with
 * `warn_on: [TIMEOUT]` lets timeouts warn; a tie fails.
 */
function specificity(selectors: readonly string[], error: ProbeErrorInfo): number {
  let best = 0;
  for (const selector of selectors) {
    if (selector === 'all') best = Math.max(best, 1);
    else if (selector === error.category) best = Math.max(best, 2);
    else if (selector === `${error.category}:${error.code}`) best = 3;
  }
  return best;
}

/** The pair a check is judged by: its own when it sets either half (the other half defaulted), else the run's. */
export function gateFor(check: GateSelectors, gate: Gate): Gate {
  if (check.failOn === undefined && check.warnOn === undefined) return gate;
  return { failOn: check.failOn ?? DEFAULT_GATE.failOn, warnOn: check.warnOn ?? DEFAULT_GATE.warnOn };
}

export function judge(outcome: CheckOutcome, gate: Gate): CheckResult {
  if (outcome.skipped) return { ...outcome, status: 'skipped' };
  if (!outcome.error) return { ...outcome, status: 'passed' };
  // A manifest problem fails the job whatever the gate says of INVALID_REQUEST: the check cannot
  // run as written, and a warning would read as a pass in the summary, the report and the comment.
  if (outcome.check.invalid) return { ...outcome, status: 'failed', level: 'error' };
  const own = gateFor(outcome.check, gate);
  const fail = specificity(own.failOn, outcome.error);
  const warn = specificity(own.warnOn, outcome.error);
  if (fail > 0 && fail >= warn) return { ...outcome, status: 'failed', level: 'error' };
  return { ...outcome, status: 'warned', level: warn > 0 ? 'warning' : 'notice' };
}

/**
 * A preview that never became ready fails the run, whatever `all` or `TIMEOUT` say: only the
 * run's warn_on naming TIMEOUT:READY_TIMEOUT itself makes it a warning. A check's own selectors do
 * not apply: no check ran.
 */
export function judgeReady(notReady: NotReady, gate: Gate): ReadyResult {
  const warns = gate.warnOn.includes(READY_TIMEOUT_SELECTOR);
  return { ...notReady, status: warns ? 'warned' : 'failed', level: warns ? 'warning' : 'error' };
}

export function applyGate(engineRun: EngineRun, gate: Gate, manifest: { readonly file: string; readonly problems: number }, durationMs: number): RunResult {
  const checks = engineRun.outcomes.map((outcome) => judge(outcome, gate));
  const ready = engineRun.notReady ? judgeReady(engineRun.notReady, gate) : undefined;
  return { ...tally(checks, ready, manifest.problems), checks, ...(ready ? { ready } : {}), manifestFile: manifest.file, durationMs };
}

/**
 * The verdict, the counts by status and the categories (in order of first appearance) of judged
 * checks and of the ready wait, when the preview never became ready. A manifest with problems
 * fails, those outside any check (the baseline's, the ready wait's) included.
 */
export function tally(checks: readonly CheckResult[], ready: ReadyResult | undefined, manifestProblems: number): Pick<RunResult, 'result' | 'summary' | 'categories'> {
  const count = (status: CheckResult['status']) => checks.filter((c) => c.status === status).length;
  const errors = [...(ready ? [ready.error] : []), ...checks.flatMap((c) => (c.error ? [c.error] : []))];
  const categories = [...new Set(errors.map((error) => error.category))];
  const failed = count('failed');
  return {
    result: failed > 0 || ready?.status === 'failed' || manifestProblems > 0 ? 'fail' : 'pass',
    summary: { total: checks.length, passed: count('passed'), failed, warned: count('warned'), skipped: count('skipped') },
    categories,
  };
}

export { selectorProblem } from './manifest/selectors.js';

/** Parses `SSL, TIMEOUT:REQUEST_TIMEOUT` or one per line; undefined for an empty input. */
export function parseSelectors(text: string | undefined): string[] | undefined {
  const list = (text ?? '').split(/[\s,]+/).filter(Boolean);
  return list.length > 0 ? list : undefined;
}
