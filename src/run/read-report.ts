// Reads a JSON report back into the PipelineResult the renderers take, refusing anything that is not
// a valid probegate report. The inverse of report/json.ts.
import { readFileSync } from 'node:fs';
import type { AssertionResult, CheckResult, CheckStatus, FailureLevel, PipelineResult, ProbeErrorInfo, ReadyResult, ResolvedCheck, RunResult, StepOutcome, TlsObservation, Timings } from '../model.js';
import { tally } from '../gate.js';
import { comparisonDisagreement, comparisonFromEntry, type ComparisonEntry } from './read-comparison.js';
import { reportSchemaProblem } from './report-schema.js';

/** A report merge cannot use; the message names the file(s) and says what to do. */
export class MergeError extends Error {
  override readonly name = 'MergeError';
}

// The shapes of schema/report.schema.json that the reader uses.
interface AssertionEntry {
  type: string;
  operator: AssertionResult['operator'];
  target: unknown;
  property?: string;
  path?: string;
  actual: unknown;
  actualMissing?: true;
  actualTotalBytes?: number;
  passed: boolean;
  line: number;
  message?: string;
  implicit?: true;
}

interface CheckEntry {
  id: string;
  index: number;
  name: string;
  type: ResolvedCheck['type'];
  target: string;
  status: CheckStatus;
  level: FailureLevel | null;
  error: ProbeErrorInfo | null;
  notRun?: string;
  assertions: AssertionEntry[];
  timings: Timings;
  attempts: number;
  durationMs: number;
  protocol?: string;
  proxy?: string;
  statusCode?: number;
  tls?: TlsObservation;
  excerpt?: string;
  steps?: StepEntry[];
  comparison?: ComparisonEntry;
  location: { file: string; line: number; column?: number };
}

interface StepEntry {
  name: string;
  type: StepOutcome['type'];
  status: StepOutcome['status'];
  error: ProbeErrorInfo | null;
  assertions: AssertionEntry[];
  timings: Timings;
  attempts: number;
  extracted: Record<string, string>;
  statusCode?: number;
  proxy?: string;
  line: number;
}

interface ReportEntry {
  result: RunResult['result'];
  durationMs: number;
  run: {
    manifest: { path: string; digest: string; problems: number };
    shard: { index: number; count: number } | null;
    location: string | null;
    baseUrl?: string | null;
    selection?: { tags: string[]; grep: string | null; indexes: number[] };
    startedAt: string;
    endedAt: string;
    gate: { fail_on: string[]; warn_on: string[] };
    merged: { reports: number; locations: string[] } | null;
  };
  ready?: ReadyEntry;
  checks: CheckEntry[];
}

interface ReadyEntry {
  status: ReadyResult['status'];
  level: ReadyResult['level'];
  url: string;
  error: ProbeErrorInfo;
  assertions: AssertionEntry[];
  location: { file: string; line: number; column?: number };
}

/** The run a report file records; a MergeError when the file is unreadable, not JSON or not a report. */
export function readReport(filePath: string, file = filePath): PipelineResult {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    throw new MergeError(`${file}: cannot read the report (${(error as Error).message})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new MergeError(`${file} is not JSON (${(error as Error).message}): the report is corrupt or was cut short; upload it again from its job`);
  }
  const problem = reportSchemaProblem(parsed);
  if (problem) throw new MergeError(`${file} is not a valid probegate report: ${problem}. Was it written by this version of probegate?`);
  const report = parsed as ReportEntry;
  // A check's status and its error go together: one without the other was written by hand.
  const mismatched = report.checks.find((check) => (check.status === 'passed') !== (check.error === null) && check.status !== 'skipped');
  if (mismatched) {
    throw new MergeError(`${file}: check "${mismatched.name}" is ${mismatched.status} ${mismatched.error ? 'with' : 'without'} an error: the report was changed after it was written; upload it again from its job`);
  }
  // Likewise a comparison with the baseline and the REGRESSION it gives, or does not.
  for (const check of report.checks) {
    const disagreement = comparisonDisagreement(check);
    if (disagreement) throw new MergeError(`${file}: check "${check.name}" ${disagreement}: the report was changed after it was written; upload it again from its job`);
  }
  const run = runFromReport(report);
  // The verdict is recomputed from the statuses; one that disagrees means the file was edited.
  if (run.result !== report.result) {
    throw new MergeError(`${file} records result "${report.result}" but its checks give "${run.result}": the report was changed after it was written; upload it again from its job`);
  }
  return run;
}

function runFromReport(report: ReportEntry): PipelineResult {
  const { run } = report;
  const checks = report.checks.map(checkFromEntry);
  const ready = report.ready ? readyFromEntry(report.ready) : undefined;
  return {
    ...tally(checks, ready, run.manifest.problems),
    checks,
    ...(ready ? { ready } : {}),
    manifestFile: run.manifest.path,
    durationMs: report.durationMs,
    run: {
      manifest: run.manifest,
      shard: run.shard,
      location: run.location,
      ...(run.baseUrl !== undefined ? { baseUrl: run.baseUrl } : {}),
      ...(run.selection ? { selection: run.selection } : {}),
      startedAt: run.startedAt,
      endedAt: run.endedAt,
      gate: { failOn: run.gate.fail_on, warnOn: run.gate.warn_on },
      merged: run.merged,
    },
  };
}

/**
 * A check as far as the report knows it. A merged check is rendered, never run again: what
 * only running needs (the prepared request, timeouts, retry policy) is not in the report.
 */
function checkFromEntry(entry: CheckEntry): CheckResult {
  const location = { file: entry.location.file, line: entry.location.line, column: entry.location.column ?? 1 };
  const check: ResolvedCheck = {
    id: entry.id,
    index: entry.index,
    name: entry.name,
    type: entry.type,
    target: entry.target,
    request: undefined,
    assertions: entry.assertions.map((a) => ({ ...subject(a), location: { file: location.file, line: a.line, column: 1 } })),
    timeoutMs: 0,
    overallTimeoutMs: 0,
    retry: { count: 0, intervalMs: 0 },
    skip: entry.status === 'skipped',
    location,
  };
  return {
    check,
    status: entry.status,
    ...(entry.level ? { level: entry.level } : {}),
    error: entry.error,
    skipped: entry.status === 'skipped',
    ...(entry.notRun !== undefined ? { notRun: entry.notRun } : {}),
    assertions: entry.assertions.map(assertionFromEntry),
    timings: entry.timings,
    attempts: entry.attempts,
    durationMs: entry.durationMs,
    ...(entry.protocol !== undefined ? { protocol: entry.protocol } : {}),
    ...(entry.proxy !== undefined ? { proxy: entry.proxy } : {}),
    ...(entry.statusCode !== undefined ? { statusCode: entry.statusCode } : {}),
    ...(entry.tls !== undefined ? { tls: entry.tls } : {}),
    ...(entry.excerpt !== undefined ? { excerpt: entry.excerpt } : {}),
    ...(entry.steps ? { steps: entry.steps.map((step) => stepFromEntry(step, location.file)) } : {}),
    ...(entry.comparison ? { comparison: comparisonFromEntry(entry.comparison) } : {}),
  };
}

function stepFromEntry(entry: StepEntry, file: string): StepOutcome {
  return {
    name: entry.name,
    type: entry.type,
    status: entry.status,
    error: entry.error,
    assertions: entry.assertions.map(assertionFromEntry),
    timings: entry.timings,
    attempts: entry.attempts,
    extracted: entry.extracted,
    location: { file, line: entry.line, column: 1 },
    ...(entry.statusCode !== undefined ? { statusCode: entry.statusCode } : {}),
    ...(entry.proxy !== undefined ? { proxy: entry.proxy } : {}),
  };
}

function readyFromEntry(entry: ReadyEntry): ReadyResult {
  return {
    status: entry.status,
    level: entry.level,
    url: entry.url,
    error: entry.error,
    assertions: entry.assertions.map(assertionFromEntry),
    location: { file: entry.location.file, line: entry.location.line, column: entry.location.column ?? 1 },
  };
}

function assertionFromEntry(a: AssertionEntry): AssertionResult {
  return {
    ...subject(a),
    actual: a.actualMissing ? undefined : a.actual,
    ...(a.actualTotalBytes !== undefined ? { actualTotalBytes: a.actualTotalBytes } : {}),
    passed: a.passed,
    line: a.line,
    ...(a.message !== undefined ? { message: a.message } : {}),
  };
}

function subject(a: AssertionEntry) {
  return {
    type: a.type,
    operator: a.operator,
    target: a.target,
    ...(a.property !== undefined ? { property: a.property } : {}),
    ...(a.path !== undefined ? { path: a.path } : {}),
    ...(a.implicit ? { implicit: true } : {}),
  };
}
