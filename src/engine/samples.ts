// Samples for a comparison of the preview with a baseline: the same check against several
// targets (preview, baseline, a second baseline series for the noise), taken in turns so that
// every series sees the same runner load. Each sample is one attempt on fresh connections with
// its own deadline, never retried. The statistics that read them live in compare/, not here.
import { loadCheckModule } from '../checks/index.js';
import type { ResolvedCheck } from '../model.js';
import { runAttempt, type AttemptResult } from './attempt.js';

/** `rounds` samples of each series, in turns (a, b, c, a, b, c, ...); the result is one list per series. */
export async function sampleInTurns(series: readonly ResolvedCheck[], rounds: number): Promise<AttemptResult[][]> {
  const modules = await Promise.all(series.map((check) => loadCheckModule(check.type)));
  const samples = series.map((): AttemptResult[] => []);
  for (let round = 0; round < rounds; round++) {
    for (const [index, check] of series.entries()) samples[index]!.push(await runAttempt(check, modules[index]!));
  }
  return samples;
}
