// The scenario tables of the check tests: one manifest with a check per scenario, run once,
// then one test per scenario on the result of its check.
import { expect } from 'vitest';
import type { CheckResult } from '../../src/model.js';

export interface Scenario {
  /** The check's name, and the test's: the behaviour a user relies on. */
  readonly name: string;
  /** The check's YAML after its name and type; a function, since the peers start after collection. */
  readonly check: () => string;
  /** null for a check that passes. */
  readonly category: string | null;
  /** The error code; the category when not given. */
  readonly code?: string;
  readonly message?: RegExp;
}

/** A manifest with one check of `type` per scenario; `preamble` is YAML lines between `version` and `checks` (e.g. `defaults:`), each ending in a newline. */
export function scenarioManifest(type: string, scenarios: readonly Scenario[], preamble = ''): string {
  const checks = scenarios.map((s) => `  - name: ${JSON.stringify(s.name)}\n    type: ${type}\n    ${s.check()}`).join('\n');
  return `version: 1\n${preamble}checks:\n${checks}\n`;
}

/** The outcome the scenario expects: passed without error, or failed with its category, code and message. */
export function expectScenario(result: CheckResult, scenario: Scenario): void {
  const hint = result.error?.message;
  if (scenario.category === null) {
    expect(result.error, hint).toBeNull();
    expect(result.status).toBe('passed');
    return;
  }
  expect(result.error?.category, hint).toBe(scenario.category);
  expect(result.error?.code, hint).toBe(scenario.code ?? scenario.category);
  if (scenario.message) expect(result.error?.message).toMatch(scenario.message);
  expect(result.status).toBe('failed');
}
