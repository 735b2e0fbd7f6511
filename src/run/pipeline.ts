// The run both doors call: the gate resolved, the checks of this shard run by the engine, the
// gate applied, the run's facts recorded; and the report files. The doors keep only what is
// theirs (inputs and GitHub for the action, progress, table and exit code for the CLI).
import { runChecks } from '../engine/run.js';
import { applyGate, judge, resolveGate } from '../gate.js';
import type { Manifest } from '../manifest/load.js';
import type { CheckOutcome, CheckResult, PipelineResult, ResolvedCheck, RunMetadata, RunSelection } from '../model.js';
import { selectChecks, type Selection } from './select.js';
import { selectShard, type Shard } from './shard.js';

export type { PipelineResult, RunMetadata } from '../model.js';

export interface RunOptions {
  /** `fail_on` / `warn_on` given by the door (input or option); they beat the manifest's. */
  readonly gate: { readonly failOn?: readonly string[]; readonly warnOn?: readonly string[] };
  readonly concurrency: number;
  readonly shard?: Shard;
  /** Where the run runs from (`eu-west`), recorded for merge. */
  readonly location?: string;
  /** `--tag` / `--grep`, input `tags`: the checks left out are not run and not counted; none left is a SelectionError. */
  readonly selection?: Selection;
  /** Called once the checks to run are known, before the wait for the preview. */
  readonly onStart?: (total: number) => void;
  /**
   * Each check as the gate judges it (a warned check is not a failure), as it finishes;
   * `awaitsComparison` when it passed on its own but its comparison with the baseline, after
   * every check has run, may still fail it.
   */
  readonly onCheckDone?: (result: CheckResult, done: number, total: number, awaitsComparison: boolean) => void;
  /** Called when the comparison with the baseline starts, with the number of checks it samples. */
  readonly onCompareStart?: (checks: number) => void;
}

export async function runManifest(manifest: Manifest, options: RunOptions): Promise<PipelineResult> {
  const gate = resolveGate(options.gate, manifest.gate);
  const selected = selectChecks(manifest.checks, options.selection);
  const checks = selectShard(selected, options.shard);
  const startedAt = new Date();
  const started = performance.now();
  options.onStart?.(checks.length);
  const compared = new Set([...(manifest.baseline?.compared.keys() ?? [])].map((check) => check.index));
  const awaitsComparison = (outcome: CheckOutcome) => !outcome.skipped && outcome.error === null && compared.has(outcome.check.index);
  const { onCheckDone } = options;
  const ownRun = await runChecks(
    { checks, ready: manifest.ready, secrets: manifest.secrets, compared },
    { concurrency: options.concurrency, onCheckDone: onCheckDone && ((outcome, done, total) => onCheckDone(judge(outcome, gate), done, total, awaitsComparison(outcome))) },
  );
  const toCompare = ownRun.notReady ? 0 : ownRun.outcomes.filter(awaitsComparison).length;
  if (toCompare > 0) options.onCompareStart?.(toCompare);
  // The comparison is loaded only by a run that compares.
  const engineRun = manifest.baseline
    ? await (await import('./baseline.js')).compareWithBaseline(checks, ownRun, manifest.baseline, { concurrency: options.concurrency, secrets: manifest.secrets })
    : ownRun;
  const durationMs = Math.round(performance.now() - started);
  const run: RunMetadata = {
    manifest: { path: manifest.file, digest: manifest.digest, problems: manifest.problems.length },
    shard: options.shard ?? null,
    location: options.location ?? null,
    baseUrl: manifest.baseUrl ?? null,
    ...(selected !== manifest.checks ? { selection: recordSelection(options.selection ?? {}, selected) } : {}),
    totalChecks: selected.length,
    startedAt: startedAt.toISOString(),
    endedAt: new Date().toISOString(),
    gate,
    merged: null,
  };
  return { ...applyGate(engineRun, gate, { file: manifest.file, problems: manifest.problems.length }, durationMs), run };
}

function recordSelection(selection: Selection, selected: readonly ResolvedCheck[]): RunSelection {
  return { tags: selection.tags ?? [], grep: selection.grep?.source ?? null, indexes: selected.map((check) => check.index) };
}
