// Reads a JSON report back into the PipelineResult the renderers take, refusing anything that is not
// a valid probegate report. The inverse of report/json.ts.
import { readFileSync } from 'node:fs';
import type { AssertionResult, CheckResult, CheckStatus, FailureLevel, PipelineResult, ProbeErrorInfo, ReadyResult, ResolvedCheck, RunResult, StepOutcome, TlsObservation, Timings } from '../model.js';
import { DEFAULT_GATE, judge, judgeReady, tally } from '../gate.js';
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
  gate?: { fail_on?: string[]; warn_on?: string[] };
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
  summary: RunResult['summary'];
  categories: string[];
  durationMs: number;
  run: {
    manifest: { path: string; digest: string; problems: number };
    shard: { index: number; count: number } | null;
    location: string | null;
    baseUrl?: string | null;
    selection?: { tags: string[]; grep: string | null; indexes: number[] };
    totalChecks?: number;
    startedAt: string;
    endedAt: string;
    gate: { fail_on: string[]; warn_on: string[] };
    merged: { reports: number; locations: string[]; locationsExpected?: boolean } | null;
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
  const changed = (what: string) => new MergeError(`${file}: ${what}: the report was changed after it was written; upload it again from its job`);
  for (const check of report.checks) {
    // A comparison with the baseline and the REGRESSION it gives, or does not.
    const disagreement = comparisonDisagreement(check);
    if (disagreement) throw changed(`check "${check.name}" ${disagreement}`);
    const problem = checkProblem(check, report);
    if (problem) throw changed(`check "${check.name}" ${problem}`);
  }
  const ready = readyProblem(report);
  if (ready) throw changed(ready);
  const missing = checksProblem(report);
  if (missing) throw new MergeError(`${file} ${missing}: the report was cut or changed after it was written; upload it again from its job`);
  const run = runFromReport(report);
  // The verdict is recomputed from the statuses; one that disagrees means the file was edited.
  if (run.result !== report.result) {
    throw new MergeError(`${file} records result "${report.result}" but its checks give "${run.result}": the report was changed after it was written; upload it again from its job`);
  }
  // So are the counts and the categories: a check taken out or changed leaves them behind.
  const sameSummary = (Object.keys(run.summary) as (keyof RunResult['summary'])[]).every((key) => run.summary[key] === report.summary[key]);
  if (!sameSummary || run.categories.join('\n') !== report.categories.join('\n')) {
    throw changed(`its summary or categories (${counts(report.summary)}) are not what its checks give (${counts(run.summary)})`);
  }
  return run;
}

function counts(summary: RunResult['summary']): string {
  return `${summary.total} checks: ${summary.passed} passed, ${summary.failed} failed, ${summary.warned} warned, ${summary.skipped} skipped`;
}

/**
 * Why a check's status does not follow from the rest of its entry, or undefined. A skipped check
 * made no attempt and observed nothing; any other status follows from its error and the gate it
 * was judged by (run.gate, or its own fail_on / warn_on), judged again here as the run judged it.
 * A report that does not record run.totalChecks was written before checks recorded their own
 * gate: its statuses are judged only as far as they can be without it (taken on trust, as
 * documented).
 */
function checkProblem(check: CheckEntry, report: ReportEntry): string | undefined {
  if (check.status === 'skipped') {
    if (check.error !== null) return 'is skipped with an error';
    if (check.level !== null) return `is skipped with level ${check.level}`;
    if (check.attempts !== 0) return `is skipped but records ${check.attempts} attempt${check.attempts === 1 ? '' : 's'}`;
    if (check.assertions.length > 0) return 'is skipped but records assertion results';
    const observed = OBSERVATIONS.find((field) => check[field] !== undefined) ?? (Object.keys(check.timings).length > 0 ? 'timings' : undefined);
    if (observed) return `is skipped but records what a run observed (${observed})`;
    return undefined;
  }
  if ((check.status === 'passed') !== (check.error === null)) return `is ${check.status} ${check.error ? 'with' : 'without'} an error`;
  if (check.status === 'passed') {
    if (check.level !== null) return `is passed with level ${check.level}`;
    // A multistep check shows its last step's assertions, which may be a step allowed to fail.
    if (!check.steps && check.assertions.some((a) => !a.passed)) return 'is passed with a failed assertion';
    return undefined;
  }
  if (check.status === 'failed' && check.level !== 'error') return `is failed with level ${check.level ?? 'null'}`;
  if (check.status === 'warned' && check.level !== 'warning' && check.level !== 'notice') return `is warned with level ${check.level ?? 'null'}`;
  if (report.run.totalChecks === undefined) return undefined;
  const own = check.gate ? { failOn: check.gate.fail_on, warnOn: check.gate.warn_on } : {};
  const gate = { failOn: report.run.gate.fail_on, warnOn: report.run.gate.warn_on };
  // A check that never ran with INVALID_REQUEST had a manifest problem: failed whatever the gate (src/gate.ts).
  const invalid = check.attempts === 0 && check.error?.category === 'INVALID_REQUEST' ? check.error : undefined;
  const judged = judge({ check: { ...own, invalid }, error: check.error, skipped: false } as unknown as Parameters<typeof judge>[0], gate);
  if (judged.status === check.status && judged.level === check.level) return undefined;
  const by = check.gate ? `its own gate (${describeGate(check.gate)})` : `run.gate (${describeGate(report.run.gate)})`;
  return `is ${check.status} (level ${check.level}) but its error ${check.error!.category}:${check.error!.code} under ${by} gives ${judged.status} (level ${judged.level})`;
}

/** What only a check that ran can have. */
const OBSERVATIONS = ['statusCode', 'tls', 'protocol', 'proxy', 'excerpt', 'steps'] as const;

function describeGate(gate: { fail_on?: string[]; warn_on?: string[] }): string {
  return `fail_on [${(gate.fail_on ?? DEFAULT_GATE.failOn).join(', ')}], warn_on [${(gate.warn_on ?? DEFAULT_GATE.warnOn).join(', ')}]`;
}

/** A ready wait whose status is not what run.gate gives it, or checks that ran although the preview never became ready. */
function readyProblem(report: ReportEntry): string | undefined {
  const { ready } = report;
  if (!ready) return undefined;
  const judged = judgeReady({ error: ready.error, url: ready.url, location: { ...ready.location, column: ready.location.column ?? 1 }, assertions: [] }, { failOn: report.run.gate.fail_on, warnOn: report.run.gate.warn_on });
  if (judged.status !== ready.status || judged.level !== ready.level) {
    return `the ready wait is ${ready.status} (level ${ready.level}) but run.gate (${describeGate(report.run.gate)}) gives ${judged.status} (level ${judged.level})`;
  }
  const ran = report.checks.find((check) => check.attempts > 0);
  if (ran) return `check "${ran.name}" records ${ran.attempts} attempt${ran.attempts === 1 ? '' : 's'} although the preview never became ready`;
  return undefined;
}

/**
 * The checks a report must hold, when it records how many the run had (run.totalChecks): the
 * selection's (or the manifest's first totalChecks), every shard.count-th from shard.index for a
 * shard. Undefined when they are exactly there, else what is missing or extra.
 */
function checksProblem(report: ReportEntry): string | undefined {
  const { totalChecks, selection, shard } = report.run;
  if (totalChecks === undefined) return undefined;
  if (selection && selection.indexes.length !== totalChecks) {
    return `records ${totalChecks} checks to run (run.totalChecks) but its selection chose ${selection.indexes.length}`;
  }
  // Counted, not listed: the count is the report's word, and may be anything.
  const positions = selection ? new Map(selection.indexes.map((index, position) => [index, position])) : undefined;
  const positionOf = (index: number) => (positions ? positions.get(index) : index < totalChecks ? index : undefined);
  const indexAt = (position: number) => (selection ? selection.indexes[position]! : position);
  const first = shard ? shard.index - 1 : 0;
  const step = shard?.count ?? 1;
  const expected = Math.max(0, Math.ceil((totalChecks - first) / step));
  const isExpected = (index: number) => {
    const position = positionOf(index);
    return position !== undefined && position >= first && (position - first) % step === 0;
  };
  const held = new Set(report.checks.map((check) => check.index));
  const part = shard ? `shard ${shard.index}/${shard.count}${report.run.location === null ? '' : ` of location ${report.run.location}`}` : 'the run';
  const matched = [...held].filter(isExpected).length;
  if (matched < expected) {
    const missing: number[] = [];
    for (let position = first; position < totalChecks && missing.length < 10; position += step) {
      if (!held.has(indexAt(position))) missing.push(indexAt(position));
    }
    const count = expected - matched;
    return `lacks ${plural(count, 'check')} ${list(missing, count)} of the manifest, which ${part} had to run (${expected} of the run's ${totalChecks}; the report holds ${report.checks.length})`;
  }
  const extra = [...held].filter((index) => !isExpected(index));
  if (extra.length > 0) return `holds ${plural(extra.length, 'check')} ${list(extra.slice(0, 10), extra.length)} of the manifest, which ${part} did not run`;
  if (held.size !== report.checks.length) return `holds a check of the manifest twice (${report.checks.length} checks where ${part} ran ${expected})`;
  return undefined;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

/** Manifest positions, 1-based as people count them: the first few of `count`. */
function list(indexes: readonly number[], count: number): string {
  const shown = indexes.slice(0, 10).map((index) => index + 1);
  return `${shown.join(', ')}${count > shown.length ? ` and ${count - shown.length} more` : ''}`;
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
      ...(run.totalChecks !== undefined ? { totalChecks: run.totalChecks } : {}),
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
    ...(entry.gate?.fail_on !== undefined ? { failOn: entry.gate.fail_on } : {}),
    ...(entry.gate?.warn_on !== undefined ? { warnOn: entry.gate.warn_on } : {}),
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
