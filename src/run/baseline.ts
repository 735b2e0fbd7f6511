// The baseline mode of a run (SPEC §8): after the normal run, each compared check that passed on
// its own is sampled on the preview and on the baseline (3 warm-up requests per side, then
// `samples` rounds of preview / baseline / second baseline series, in turns, on fresh
// connections), the samples go to compare/ together (Holm's correction across the checks), and
// each compared outcome gets its `comparison`; a regression is its error only when it passed.
// A baseline shown failing is asked no more (baseline-watch.ts): its comparisons are inconclusive.
import { compareChecks, type CheckSamples, type Comparison, type Sample } from '../compare/index.js';
import type { AttemptResult } from '../engine/attempt.js';
import { redactOutcome } from '../engine/redact.js';
import { sampleInTurns } from '../engine/samples.js';
import type { ManifestBaseline } from '../manifest/load.js';
import type { ComparedCheck } from '../manifest/baseline.js';
import type { CheckOutcome, EngineRun, ResolvedCheck } from '../model.js';
import { watchBaseline, type CheckBaselineWatch } from './baseline-watch.js';
import { errorLabel } from '../errors/label.js';

export const WARM_UP_REQUESTS = 3;
/** Compared checks sampled at once: enough to keep a run short, few enough to keep the runner's load even. */
export const MAX_COMPARED_AT_ONCE = 4;

export interface BaselineRunOptions {
  readonly concurrency: number;
  readonly secrets: readonly string[];
}

/**
 * `checks` are the checks the engine ran, in the order of `run.outcomes` (the outcomes carry
 * copies of them, without their requests).
 */
export async function compareWithBaseline(
  checks: readonly ResolvedCheck[],
  run: EngineRun,
  baseline: ManifestBaseline,
  options: BaselineRunOptions,
): Promise<EngineRun> {
  if (run.notReady) return run;
  const sampled: { index: number; variants: ComparedCheck }[] = [];
  const outcomes = [...run.outcomes];
  for (const [index, check] of checks.entries()) {
    const variants = baseline.compared.get(check);
    const outcome = outcomes[index];
    if (!variants || !outcome || outcome.skipped) continue;
    if (outcome.error === null) sampled.push({ index, variants });
    else outcomes[index] = withComparison(outcome, notCompared(baseline, outcome), null, options.secrets);
  }
  const watch = watchBaseline();
  const samples = await mapBounded(sampled, Math.min(MAX_COMPARED_AT_ONCE, Math.max(1, options.concurrency)), ({ variants }) =>
    sampleCheck(variants, baseline.settings.samples, watch.forCheck()),
  );
  const judged = compareChecks(samples, {
    baselineUrl: baseline.settings.baseUrl,
    latency: baseline.settings.latency,
    headers: baseline.settings.headers,
    ignore: baseline.settings.ignorePatterns,
  });
  for (const [i, { index }] of sampled.entries()) {
    const { comparison, regression } = judged[i]!;
    outcomes[index] = withComparison(outcomes[index]!, comparison, regression ?? failedSample(samples[i]!), options.secrets);
  }
  return { ...run, outcomes };
}

function withComparison(outcome: CheckOutcome, comparison: Comparison, regression: CheckOutcome['error'], secrets: readonly string[]): CheckOutcome {
  // A check's own failure wins; a regression is the error only of a check that passed.
  return redactOutcome({ ...outcome, comparison, error: outcome.error ?? regression }, secrets);
}

/**
 * A preview request that failed while it was sampled: the preview is broken even though the
 * check's own run passed, so that failure is the check's error (never an inconclusive pass).
 */
function failedSample(samples: CheckSamples): CheckOutcome['error'] {
  const failed = samples.preview.filter((sample) => sample.error !== undefined);
  const first = failed[0]?.error;
  if (!first) return null;
  const at = samples.preview.findIndex((sample) => sample.error !== undefined) + 1;
  return {
    ...first,
    message: `${failed.length} of ${samples.preview.length} requests to the preview failed while it was compared with the baseline, the first at sample ${at}: ${first.message}`,
  };
}

/** A compared check that failed on its own: its failure is what matters, and it is not sampled. */
function notCompared(baseline: ManifestBaseline, outcome: CheckOutcome): Comparison {
  return {
    baselineUrl: baseline.settings.baseUrl,
    samples: { preview: 0, baseline: 0, baselineAgain: 0 },
    verdict: 'inconclusive',
    reason: `not compared: the check failed on its own (${errorLabel(outcome.error!)})`,
    latency: { verdict: 'inconclusive', reason: 'not sampled' },
    status: { regressed: false },
    schemaChanges: [],
    missingHeaders: [],
  };
}

/** The baseline is asked no more after its first failure among the counted samples (baseline-watch.ts); the preview is sampled to the end. */
async function sampleCheck(variants: ComparedCheck, rounds: number, watch: CheckBaselineWatch): Promise<CheckSamples> {
  // Warm-up: connection set-up paths, caches and JIT on both sides; not counted.
  await sampleInTurns([variants.preview, variants.baseline], WARM_UP_REQUESTS, watch.warmUp);
  const [preview, baseline, baselineAgain] = await sampleInTurns([variants.preview, variants.baseline, variants.baseline], rounds, watch.sampling);
  return { preview: preview!.map(toSample), baseline: baseline!.map(toSample), baselineAgain: baselineAgain!.map(toSample) };
}

/** One attempt as compare/ reads it: its time, status, headers, JSON body, or its error. */
export function toSample(attempt: AttemptResult): Sample {
  const seen = attempt.observation;
  const json = parseJson(seen?.body, seen?.headers?.['content-type']);
  return {
    ms: attempt.timings.total ?? Number.NaN,
    ...(seen?.statusCode !== undefined ? { status: seen.statusCode } : {}),
    ...(seen?.headers ? { headers: seen.headers } : {}),
    ...(json.ok ? { json: json.value } : {}),
    ...(attempt.error ? { error: attempt.error } : {}),
  };
}

function parseJson(body: Buffer | undefined, contentType: string | undefined): { ok: true; value: unknown } | { ok: false } {
  if (!body || body.length === 0) return { ok: false };
  if (contentType !== undefined && !/json/i.test(contentType)) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(body.toString('utf8')) as unknown };
  } catch {
    return { ok: false };
  }
}

async function mapBounded<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
