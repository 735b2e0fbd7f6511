import type { AssertionResult, CheckResult, ProbeErrorInfo, ReadyResult, RunResult, StepOutcome } from '../model.js';

/** The JSON report of SPEC §5. */
export function renderJsonReport(run: RunResult): object {
  return {
    version: 1,
    result: run.result,
    summary: run.summary,
    ...(run.ready ? { ready: readyEntry(run.ready) } : {}),
    checks: run.checks.map(checkEntry),
  };
}

/** The ready wait that never succeeded: once, with its line, rather than on every check. */
function readyEntry(ready: ReadyResult): object {
  return {
    status: ready.status,
    url: ready.url,
    error: { category: ready.error.category, code: ready.error.code, message: ready.error.message },
    assertions: ready.assertions.map(assertionEntry),
    location: { file: ready.location.file, line: ready.location.line },
  };
}

function checkEntry(result: CheckResult): object {
  const { check } = result;
  return {
    id: check.id,
    name: check.name,
    type: check.type,
    target: check.target,
    status: result.status,
    error: errorEntry(result.error),
    ...(result.notRun ? { notRun: result.notRun } : {}),
    assertions: result.assertions.map(assertionEntry),
    timings: result.timings,
    attempts: result.attempts,
    ...(result.protocol ? { protocol: result.protocol } : {}),
    ...(result.statusCode !== undefined ? { statusCode: result.statusCode } : {}),
    ...(result.tls ? { tls: result.tls } : {}),
    ...(result.steps ? { steps: result.steps.map(stepEntry) } : {}),
    location: { file: check.location.file, line: check.location.line },
  };
}

function errorEntry(error: ProbeErrorInfo | null): object | null {
  if (!error) return null;
  return { category: error.category, code: error.code, message: error.message, ...(error.step ? { step: error.step } : {}) };
}

function stepEntry(step: StepOutcome): object {
  return {
    name: step.name,
    type: step.type,
    status: step.status,
    error: errorEntry(step.error),
    assertions: step.assertions.map(assertionEntry),
    timings: step.timings,
    attempts: step.attempts,
    extracted: step.extracted,
    ...(step.statusCode !== undefined ? { statusCode: step.statusCode } : {}),
    line: step.location.line,
  };
}

function assertionEntry(a: AssertionResult): object {
  return {
    type: a.type,
    ...(a.property !== undefined ? { property: a.property } : {}),
    ...(a.path !== undefined ? { path: a.path } : {}),
    operator: a.operator,
    target: a.target,
    actual: a.actual ?? null,
    passed: a.passed,
    line: a.line,
    ...(a.message ? { message: a.message } : {}),
    ...(a.implicit ? { implicit: true } : {}),
  };
}
