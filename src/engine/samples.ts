// Samples for a comparison of the preview with a baseline: the same check against several
// targets (preview, baseline, a second baseline series for the noise), taken in turns so that
// every series sees the same runner load. Each sample is one attempt on fresh connections with
// its own deadline, never retried. The statistics that read them live in compare/, not here.
import { loadCheckModule } from '../checks/index.js';
import type { ResolvedCheck } from '../model.js';
import { runAttempt, type AttemptResult } from './attempt.js';

/** Told of every request as it ends; decides which series are still asked (run/baseline-watch.ts). */
export interface TurnWatch {
  /** False from the moment the series at `index` is to be left out of the turns. */
  asks(index: number): boolean;
  saw(index: number, attempt: AttemptResult): void;
}

/**
 * `rounds` samples of each series, in turns (a, b, c, a, b, c, ...); the result is one list per
 * series. A series the watch stops asking ends short; the others go on.
 */
export async function sampleInTurns(series: readonly ResolvedCheck[], rounds: number, watch?: TurnWatch): Promise<AttemptResult[][]> {
  const modules = await Promise.all(series.map((check) => loadCheckModule(check.type)));
  const samples = series.map((): AttemptResult[] => []);
  for (let round = 0; round < rounds; round++) {
    for (const [index, check] of series.entries()) {
      if (watch && !watch.asks(index)) continue;
      const attempt = await runAttempt(check, modules[index]!);
      watch?.saw(index, attempt);
      samples[index]!.push(attempt);
    }
  }
  return samples;
}
