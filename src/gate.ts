// fail_on / warn_on -> the status and level of every check, and the run's verdict (SPEC §3).
import { CATEGORIES } from './errors/taxonomy.js';
import { closest } from './manifest/suggest.js';
import type { CheckOutcome, CheckResult, ProbeErrorInfo, RunRecord, RunResult } from './model.js';

export interface Gate {
  readonly failOn: readonly string[];
  readonly warnOn: readonly string[];
}

export const DEFAULT_GATE: Gate = { failOn: ['all'], warnOn: [] };

/** Input beats manifest beats the default (`fail_on: [all]`, `warn_on: []`). */
export function resolveGate(
  input: { failOn?: readonly string[]; warnOn?: readonly string[] },
  manifest: { failOn?: readonly string[]; warnOn?: readonly string[] },
): Gate {
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

export function judge(outcome: CheckOutcome, gate: Gate): CheckResult {
  if (outcome.skipped) return { ...outcome, status: 'skipped' };
  if (!outcome.error) return { ...outcome, status: 'passed' };
  const failOn = outcome.check.failOn ?? gate.failOn;
  const warnOn = outcome.check.warnOn ?? gate.warnOn;
  const fail = specificity(failOn, outcome.error);
  const warn = specificity(warnOn, outcome.error);
  if (fail > 0 && fail >= warn) return { ...outcome, status: 'failed', level: 'error' };
  return { ...outcome, status: 'warned', level: warn > 0 ? 'warning' : 'notice' };
}

/** What the door knows about a run besides its outcomes; the gate is added by applyGate. */
export type RunContext = Omit<RunRecord, 'gate' | 'merged'> & { readonly durationMs: number };

export function applyGate(outcomes: readonly CheckOutcome[], gate: Gate, context: RunContext): RunResult {
  const { durationMs, ...record } = context;
  const checks = outcomes.map((outcome) => judge(outcome, gate));
  return { ...tally(checks), checks, manifestFile: record.manifest.path, durationMs, run: { ...record, gate, merged: null } };
}

/** The verdict, the counts by status and the categories (in order of first appearance) of judged checks. */
export function tally(checks: readonly CheckResult[]): Pick<RunResult, 'result' | 'summary' | 'categories'> {
  const count = (status: CheckResult['status']) => checks.filter((c) => c.status === status).length;
  const categories = [...new Set(checks.flatMap((c) => (c.error ? [c.error.category] : [])))];
  const failed = count('failed');
  return {
    result: failed > 0 ? 'fail' : 'pass',
    summary: { total: checks.length, passed: count('passed'), failed, warned: count('warned'), skipped: count('skipped') },
    categories,
  };
}

/** Parses `SSL, TIMEOUT:REQUEST_TIMEOUT` or one per line; undefined for an empty input. */
export function parseSelectors(text: string | undefined): string[] | undefined {
  const list = (text ?? '').split(/[\s,]+/).filter(Boolean);
  return list.length > 0 ? list : undefined;
}

/** Why a selector given on the command line or as an input matches nothing, or undefined when it is fine. */
export function selectorProblem(selector: string): string | undefined {
  if (selector === 'all') return undefined;
  const [category, code, ...rest] = selector.split(':');
  const known = (CATEGORIES as readonly string[]).includes(category!);
  if (known && rest.length === 0 && (code === undefined || /^[A-Z0-9_]+$/.test(code))) return undefined;
  const suggestion = known ? undefined : closest(category!, CATEGORIES);
  return suggestion
    ? `not a known error category, did you mean ${suggestion}?`
    : 'not a known error category (expected all, a category such as SSL, or CATEGORY:CODE such as SSL:CERT_HAS_EXPIRED)';
}
