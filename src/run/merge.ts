// `merge`: the reports of a job matrix (shards, locations) into the one PipelineResult a single run
// would have given (SPEC §9). Every doubt is a refusal that names the file: a merge never passes
// on incomplete or mixed data.
import path from 'node:path';
import { tally } from '../gate.js';
import type { CheckResult, PipelineResult, ReadyResult } from '../model.js';
import { globFiles } from './glob.js';
import { MergeError, readReport } from './read-report.js';
import { mergeLocations } from './locations.js';

export { MergeError } from './read-report.js';

export interface ReportFile {
  /** As shown in messages: relative to the working directory. */
  readonly file: string;
  readonly run: PipelineResult;
}

export interface MergeOptions {
  /**
   * The locations the matrix ran in (`--locations`, input `locations`): a merge that lacks one, or
   * has another, is refused. Without them, the merge takes the locations its reports name.
   */
  readonly locations?: readonly string[];
}

/** Reads the reports matching `pattern` (relative to `cwd`) and merges them. */
export function mergeReportFiles(pattern: string, cwd: string, options: MergeOptions = {}): PipelineResult {
  const files = globFiles(pattern, cwd);
  if (files.length === 0) throw new MergeError(`No report matches ${pattern} (in ${cwd}): check the path the shards' reports were downloaded to`);
  return mergeReports(
    files.map((file) => {
      const shown = path.relative(cwd, file) || file;
      return { file: shown, run: readReport(file, shown) };
    }),
    options,
  );
}

export function mergeReports(reports: readonly ReportFile[], options: MergeOptions = {}): PipelineResult {
  sameManifestAndGate(reports);
  const totalChecks = sameTotal(reports);
  const byLocation = groupByLocation(reports);
  if (options.locations) expectedLocations(byLocation, options.locations);
  for (const [location, group] of byLocation) onePreview(location, group);
  const perLocation = [...byLocation].map(([location, group]) => ({ location, checks: completeLocation(location, group, totalChecks) }));
  sameChecksEverywhere(perLocation);
  const named = perLocation.map((l) => l.location).filter((l): l is string => l !== null);
  const checks = perLocation.length === 1 ? perLocation[0]!.checks : mergeLocations(perLocation as { location: string; checks: CheckResult[] }[]);
  const first = reports[0]!.run;
  const startedAt = Math.min(...reports.map((r) => Date.parse(r.run.run.startedAt)));
  const endedAt = Math.max(...reports.map((r) => Date.parse(r.run.run.endedAt)));
  const ready = notReady(reports);
  return {
    ...tally(checks, ready, Math.max(...reports.map((r) => r.run.run.manifest.problems))),
    checks,
    ...(ready ? { ready } : {}),
    manifestFile: first.manifestFile,
    durationMs: Math.max(0, endedAt - startedAt),
    run: {
      // Every report is of one manifest; its problems fail the merge as they failed each job.
      manifest: { ...first.run.manifest, problems: Math.max(...reports.map((r) => r.run.run.manifest.problems)) },
      shard: null,
      location: named.length === 1 ? named[0]! : null,
      ...mergedBaseUrl(reports),
      ...(first.run.selection ? { selection: first.run.selection } : {}),
      ...(totalChecks !== undefined ? { totalChecks: checks.length } : {}),
      startedAt: new Date(startedAt).toISOString(),
      endedAt: new Date(endedAt).toISOString(),
      gate: first.run.gate,
      merged: { reports: reports.length, locations: named, locationsExpected: options.locations !== undefined },
    },
  };
}

/**
 * The ready wait of a job whose preview never became ready (a failed one before a warned one):
 * that job's checks were not run, so the merged run carries its verdict, and says where.
 */
function notReady(reports: readonly ReportFile[]): ReadyResult | undefined {
  const waits = reports.flatMap(({ run }) => (run.ready ? [{ ready: run.ready, location: run.run.location }] : []));
  const chosen = waits.find((wait) => wait.ready.status === 'failed') ?? waits[0];
  if (!chosen || chosen.location === null) return chosen?.ready;
  const { ready, location } = chosen;
  return { ...ready, error: { ...ready.error, message: `In ${location}: ${ready.error.message}` } };
}

function sameManifestAndGate(reports: readonly ReportFile[]): void {
  const [first] = reports;
  for (const report of reports) {
    if (report.run.run.merged) throw new MergeError(`${report.file} is already a merged report: merge the reports of the shards themselves`);
    const digest = report.run.run.manifest.digest;
    if (digest !== first!.run.run.manifest.digest) {
      throw new MergeError(
        `${first!.file} and ${report.file} come from different manifests (${first!.run.run.manifest.digest} vs ${digest}): merge only the reports of one workflow run, all made from the same manifest`,
      );
    }
    const selection = JSON.stringify(report.run.run.selection ?? null);
    if (selection !== JSON.stringify(first!.run.run.selection ?? null)) {
      throw new MergeError(`${first!.file} and ${report.file} ran different selections of checks (${describeSelection(first!)} vs ${describeSelection(report)}): give every job of the matrix the same tags`);
    }
    const gate = JSON.stringify(report.run.run.gate);
    if (gate !== JSON.stringify(first!.run.run.gate)) {
      throw new MergeError(`${first!.file} and ${report.file} were gated differently (${describeGate(first!)} vs ${describeGate(report)}): give every shard the same fail-on and warn-on`);
    }
  }
}

/**
 * The shards of one location ran against one preview: a job given another base URL (a matrix
 * that computes it per job, a stale deployment) would make half a verdict of another preview.
 * Reports written before the preview was recorded are taken on trust.
 */
function onePreview(location: string | null, group: readonly ReportFile[]): void {
  const recorded = group.filter((report) => report.run.run.baseUrl !== undefined);
  const first = recorded[0];
  const other = recorded.find((report) => report.run.run.baseUrl !== first!.run.run.baseUrl);
  if (!first || !other) return;
  const shown = (report: ReportFile) => report.run.run.baseUrl ?? 'no base URL';
  throw new MergeError(
    `${first.file} and ${other.file} ran against different previews${location === null ? '' : ` in ${location}`} (${shown(first)} vs ${shown(other)}): give every job of the matrix the same base-url`,
  );
}

/** The preview of the merged run: the one every report names, else none (locations may differ; older reports do not say). */
function mergedBaseUrl(reports: readonly ReportFile[]): { baseUrl?: string | null } {
  const urls = new Set(reports.map((report) => report.run.run.baseUrl));
  if (urls.has(undefined)) return {};
  return { baseUrl: urls.size === 1 ? [...urls][0]! : null };
}

/**
 * How many checks the run had (run.totalChecks), the same in every report; undefined when no
 * report records it (older versions, taken on trust). A report without it beside reports with it
 * was not written by the probegate of that workflow run: refused, so that taking the field out
 * never makes a report trusted.
 */
function sameTotal(reports: readonly ReportFile[]): number | undefined {
  const recorded = reports.find((report) => report.run.run.totalChecks !== undefined);
  if (!recorded) return undefined;
  const total = recorded.run.run.totalChecks!;
  const without = reports.find((report) => report.run.run.totalChecks === undefined);
  if (without) {
    throw new MergeError(
      `${recorded.file} records how many checks the run had (run.totalChecks: ${total}) but ${without.file} does not: the jobs of one workflow run write the same fields, so ${without.file} was changed or comes from an older run; merge the reports of one workflow run`,
    );
  }
  const other = reports.find((report) => report.run.run.totalChecks !== total);
  if (other) {
    throw new MergeError(`${recorded.file} and ${other.file} had different numbers of checks to run (${total} vs ${other.run.run.totalChecks}): merge the reports of one workflow run`);
  }
  return total;
}

/** The locations the merge was told to expect: each has reports, and no report is from another. */
function expectedLocations(byLocation: ReadonlyMap<string | null, readonly ReportFile[]>, expected: readonly string[]): void {
  const wanted = `the merge expects locations ${expected.join(', ')}`;
  const unnamed = byLocation.get(null);
  if (unnamed) throw new MergeError(`${unnamed[0]!.file} names no location but ${wanted}: give every job of the matrix its location`);
  const other = [...byLocation].find(([location]) => !expected.includes(location!));
  if (other) throw new MergeError(`${other[1][0]!.file} ran from ${other[0]}, which is not one of the locations expected (${wanted}): merge the reports of one matrix, or name every location`);
  const missing = expected.filter((location) => !byLocation.has(location));
  if (missing.length > 0) {
    const found = [...byLocation.keys()].join(', ');
    throw new MergeError(
      `Location${missing.length === 1 ? '' : 's'} ${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} no report (${wanted}, the reports are from ${found}): the merged run would not cover every location, so it fails. Did that job upload its report (if: always())?`,
    );
  }
}

function describeSelection(report: ReportFile): string {
  const selection = report.run.run.selection;
  if (!selection) return 'every check';
  return [selection.tags.length > 0 ? `tags ${selection.tags.join(', ')}` : '', selection.grep !== null ? `--grep ${selection.grep}` : ''].filter(Boolean).join(' and ');
}

function describeGate(report: ReportFile): string {
  const { failOn, warnOn } = report.run.run.gate;
  return `fail_on [${failOn.join(', ')}], warn_on [${warnOn.join(', ')}]`;
}

function groupByLocation(reports: readonly ReportFile[]): Map<string | null, ReportFile[]> {
  const groups = new Map<string | null, ReportFile[]>();
  for (const report of reports) {
    const location = report.run.run.location;
    groups.set(location, [...(groups.get(location) ?? []), report]);
  }
  if (groups.size > 1 && groups.has(null)) {
    const unnamed = groups.get(null)![0]!.file;
    const named = [...groups].find(([location]) => location !== null)![1][0]!;
    throw new MergeError(`${unnamed} names no location but ${named.file} ran from ${named.run.run.location}: give every job of the matrix a location, or none`);
  }
  return new Map([...groups].sort(([a], [b]) => (a ?? '').localeCompare(b ?? '')));
}

function where(location: string | null): string {
  return location === null ? '' : ` of location ${location}`;
}

/** The checks of one location, in manifest order, once every shard 1..n is there exactly once. */
function completeLocation(location: string | null, reports: readonly ReportFile[], totalChecks: number | undefined): CheckResult[] {
  const count = (r: ReportFile) => r.run.run.shard?.count ?? 1;
  const shardOf = (r: ReportFile) => r.run.run.shard ?? { index: 1, count: 1 };
  const mixed = reports.find((r) => count(r) !== count(reports[0]!));
  if (mixed) {
    const a = shardOf(reports[0]!);
    const b = shardOf(mixed);
    throw new MergeError(`The reports${where(location)} mix shard counts: ${reports[0]!.file} is shard ${a.index}/${a.count}, ${mixed.file} is shard ${b.index}/${b.count}. Merge the reports of one matrix`);
  }
  const n = count(reports[0]!);
  const byIndex = new Map<number, ReportFile>();
  for (const report of reports) {
    const { index } = shardOf(report);
    const seen = byIndex.get(index);
    if (seen) throw new MergeError(`Shard ${index}/${n}${where(location)} appears twice: ${seen.file} and ${report.file}. Merge the reports of one workflow run (download them into an empty folder)`);
    byIndex.set(index, report);
  }
  for (let index = 1; index <= n; index++) {
    if (!byIndex.has(index)) {
      throw new MergeError(`Shard ${index}/${n}${where(location)} is missing: the merged run would not cover every check, so it fails. Did that job upload its report (if: always())?`);
    }
  }
  const checks = reports.flatMap((r) => r.run.checks).sort((a, b) => a.check.index - b.check.index);
  // A selection (--tag / --grep) names the checks to expect; without one, every check of the manifest.
  const expected = reports[0]!.run.run.selection?.indexes;
  const expectedAt = (position: number) => (expected ? expected[position] : position);
  checks.forEach((result, position) => {
    const index = expectedAt(position);
    if (result.check.index !== index) {
      const missing = index === undefined ? result.check.index : Math.min(index, result.check.index);
      throw new MergeError(`Check ${missing + 1} of the manifest is in ${index === undefined || result.check.index < index ? 'two reports' : 'no report'}${where(location)}: the shards did not split one manifest the same way`);
    }
  });
  if (expected && checks.length < expected.length) {
    throw new MergeError(`Check ${expected[checks.length]! + 1} of the manifest is in no report${where(location)}: the shards did not split one manifest the same way`);
  }
  // Each report holds exactly its shard's checks (read-report), so this holds; said again here
  // because it is what the merged verdict stands on.
  if (totalChecks !== undefined && checks.length !== totalChecks) {
    throw new MergeError(`The reports${where(location)} hold ${checks.length} checks but the run had ${totalChecks} to run: the merged run would not cover every check, so it fails`);
  }
  return checks;
}

function sameChecksEverywhere(locations: readonly { location: string | null; checks: readonly CheckResult[] }[]): void {
  const [first] = locations;
  for (const other of locations) {
    if (other.checks.length !== first!.checks.length) {
      throw new MergeError(`Location ${first!.location} ran ${first!.checks.length} checks but ${other.location} ran ${other.checks.length}, from the same manifest: merge the reports of one workflow run`);
    }
  }
}

