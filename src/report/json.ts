import type { AssertionResult, CheckResult, LocationResult, PipelineResult, ProbeErrorInfo, ReadyResult, RunMetadata, StepOutcome } from '../model.js';
import { comparisonEntry } from './comparison.js';

/** The JSON report's format version; it changes only when a field is removed or changes meaning (SPEC §11). */
export const REPORT_VERSION = 1;

/** The JSON report of SPEC §5 and §11, described by schema/report.schema.json and docs/report.md. */
export function renderJsonReport(run: PipelineResult): object {
  return { ...reportHead(run), checks: run.checks.map(checkEntry) };
}

/**
 * The text of `JSON.stringify(renderJsonReport(run), null, 2)`, in pieces of one check each, so
 * that a report of thousands of checks never exists whole, as objects or as one string: what a
 * large run's peak memory would otherwise be made of.
 */
export function* jsonReportText(run: PipelineResult): Generator<string> {
  // `checks` is the last key: the head's own text ends with its empty array.
  const head = JSON.stringify({ ...reportHead(run), checks: [] }, null, 2);
  if (run.checks.length === 0) {
    yield head;
    return;
  }
  yield `${head.slice(0, -'[]\n}'.length)}[\n`;
  for (let start = 0; start < run.checks.length; start += CHECKS_PER_PIECE) {
    // Stringified where they sit in the report, inside `checks`, so JSON.stringify indents them
    // itself; the wrapper's own first and last lines are cut off.
    const text = JSON.stringify({ checks: run.checks.slice(start, start + CHECKS_PER_PIECE).map(checkEntry) }, null, 2);
    const last = start + CHECKS_PER_PIECE >= run.checks.length;
    // The cut and its line end as two pieces: joined, they would be a copy of the cut made at once.
    yield text.slice(CHECKS_OPENING.length, -CHECKS_CLOSING.length);
    yield last ? '\n' : ',\n';
  }
  yield '  ]\n}';
}

/** Checks stringified at once: few calls, and still never more than a small part of the report. */
const CHECKS_PER_PIECE = 64;
const CHECKS_OPENING = '{\n  "checks": [\n';
const CHECKS_CLOSING = '\n  ]\n}';

/** Every field of the report but `checks`, in the report's order. */
function reportHead(run: PipelineResult): object {
  return {
    version: REPORT_VERSION,
    result: run.result,
    summary: run.summary,
    categories: run.categories,
    durationMs: run.durationMs,
    run: runEntry(run.run),
    ...(run.ready ? { ready: readyEntry(run.ready) } : {}),
  };
}

function runEntry(record: RunMetadata): object {
  return {
    manifest: { path: record.manifest.path, digest: record.manifest.digest, problems: record.manifest.problems },
    shard: record.shard ? { index: record.shard.index, count: record.shard.count } : null,
    location: record.location,
    ...(record.baseUrl !== undefined ? { baseUrl: record.baseUrl } : {}),
    ...(record.selection ? { selection: { tags: record.selection.tags, grep: record.selection.grep, indexes: record.selection.indexes } } : {}),
    ...(record.totalChecks !== undefined ? { totalChecks: record.totalChecks } : {}),
    startedAt: record.startedAt,
    endedAt: record.endedAt,
    gate: { fail_on: record.gate.failOn, warn_on: record.gate.warnOn },
    merged: record.merged
      ? { reports: record.merged.reports, locations: record.merged.locations, ...(record.merged.locationsExpected !== undefined ? { locationsExpected: record.merged.locationsExpected } : {}) }
      : null,
  };
}

/** The ready wait that never succeeded: once, with its line, rather than on every check. */
function readyEntry(ready: ReadyResult): object {
  return {
    status: ready.status,
    level: ready.level,
    url: ready.url,
    error: { category: ready.error.category, code: ready.error.code, message: ready.error.message },
    assertions: ready.assertions.map(assertionEntry),
    location: { file: ready.location.file, line: ready.location.line, column: ready.location.column },
  };
}

// The entries of checks and assertions, thousands in a report, are built by adding each field
// that applies, in the report's order: a conditional spread (`...(x ? { x } : {})`) makes an object
// of its own for each field, several times the entry's size, all made while the run's memory is at its peak.
function checkEntry(result: CheckResult): object {
  const { check } = result;
  const entry: Record<string, unknown> = {
    id: check.id,
    index: check.index,
    name: check.name,
    type: check.type,
    target: check.target,
    status: result.status,
    level: result.level ?? null,
    error: errorEntry(result.error),
  };
  // The check's own fail_on / warn_on, when it sets them: what its status was judged by
  // instead of run.gate, so that a reader (merge) can judge it again.
  if (check.failOn !== undefined || check.warnOn !== undefined) {
    entry.gate = { ...(check.failOn !== undefined ? { fail_on: check.failOn } : {}), ...(check.warnOn !== undefined ? { warn_on: check.warnOn } : {}) };
  }
  if (result.notRun) entry.notRun = result.notRun;
  entry.assertions = result.assertions.map(assertionEntry);
  entry.timings = result.timings;
  entry.attempts = result.attempts;
  entry.durationMs = result.durationMs;
  if (result.protocol) entry.protocol = result.protocol;
  if (result.proxy) entry.proxy = result.proxy;
  if (result.statusCode !== undefined) entry.statusCode = result.statusCode;
  if (result.tls) entry.tls = result.tls;
  if (result.excerpt !== undefined) entry.excerpt = result.excerpt;
  if (result.steps) entry.steps = result.steps.map(stepEntry);
  if (result.comparison) entry.comparison = comparisonEntry(result.comparison);
  entry.location = { file: check.location.file, line: check.location.line, column: check.location.column };
  if (result.byLocation) entry.locations = result.byLocation.map(locationEntry);
  return entry;
}

function errorEntry(error: ProbeErrorInfo | null): object | null {
  if (!error) return null;
  return { category: error.category, code: error.code, message: error.message, ...(error.step ? { step: error.step } : {}), ...(error.at ? { at: error.at } : {}) };
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
    ...(step.proxy ? { proxy: step.proxy } : {}),
    line: step.location.line,
  };
}

function assertionEntry(a: AssertionResult): object {
  const entry: Record<string, unknown> = { type: a.type };
  if (a.property !== undefined) entry.property = a.property;
  if (a.path !== undefined) entry.path = a.path;
  entry.operator = a.operator;
  entry.target = a.target;
  entry.actual = a.actual ?? null;
  // `actual: null` is also what a JSON value of null reads as; this says nothing was there.
  if (a.actual === undefined) entry.actualMissing = true;
  // A body assertion keeps only the start of a long body: this says how long the body was.
  if (a.actualTotalBytes !== undefined) entry.actualTotalBytes = a.actualTotalBytes;
  entry.passed = a.passed;
  entry.line = a.line;
  if (a.message) entry.message = a.message;
  if (a.implicit) entry.implicit = true;
  return entry;
}

function locationEntry(result: LocationResult): object {
  return {
    location: result.location,
    status: result.status,
    error: result.error,
    timings: result.timings,
    attempts: result.attempts,
    ...(result.comparison ? { comparison: comparisonEntry(result.comparison) } : {}),
  };
}
