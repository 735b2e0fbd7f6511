import type { AssertionResult, CheckResult, ReadyResult, RunResult } from '../model.js';

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
    error: result.error ? { category: result.error.category, code: result.error.code, message: result.error.message } : null,
    ...(result.notRun ? { notRun: result.notRun } : {}),
    assertions: result.assertions.map(assertionEntry),
    timings: result.timings,
    attempts: result.attempts,
    ...(result.protocol ? { protocol: result.protocol } : {}),
    ...(result.proxy ? { proxy: result.proxy } : {}),
    ...(result.statusCode !== undefined ? { statusCode: result.statusCode } : {}),
    ...(result.tls ? { tls: result.tls } : {}),
    location: { file: check.location.file, line: check.location.line },
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
