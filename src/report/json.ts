import type { CheckResult, RunResult } from '../model.js';

/** The JSON report of SPEC §5. */
export function renderJsonReport(run: RunResult): object {
  return {
    version: 1,
    result: run.result,
    summary: run.summary,
    checks: run.checks.map(checkEntry),
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
    assertions: result.assertions.map((a) => ({
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
    })),
    timings: result.timings,
    attempts: result.attempts,
    ...(result.protocol ? { protocol: result.protocol } : {}),
    ...(result.statusCode !== undefined ? { statusCode: result.statusCode } : {}),
    ...(result.tls ? { tls: result.tls } : {}),
    location: { file: check.location.file, line: check.location.line },
  };
}
