// When to stop asking the baseline (SPEC §8: a baseline that fails or cannot be reached makes the
// comparison inconclusive). One baseline failure already makes a check's comparison
// inconclusive (compare/compare.ts), so asking on only costs time: with a baseline that never
// answers, warm-up + 2 x `samples` timeouts per check. A check stops asking the baseline once it
// failed BASELINE_FAILURES_IN_A_ROW requests in a row (warm-up included; a blip is not a trend),
// and once one check has shown it so, each later check stops at its own first baseline failure.
// A check whose baseline requests answer is compared as ever: no check is given up on without
// a failure of its own. The preview goes on being sampled, so that a preview request that fails
// while sampled still fails its check.
import type { ProbeErrorInfo } from '../model.js';
import type { AttemptResult } from '../engine/attempt.js';
import type { TurnWatch } from '../engine/samples.js';

export const BASELINE_FAILURES_IN_A_ROW = 3;

/** What one check of the run showed: the baseline failed that many requests in a row. */
interface ShownFailing {
  readonly check: string;
  readonly inARow: number;
}

export interface CheckBaselineWatch {
  /** A TurnWatch for one call of sampleInTurns, whose series at `baselineIndexes` ask the baseline. */
  over(baselineIndexes: readonly number[]): TurnWatch;
  /** Why the baseline was asked no more, or undefined while it is asked. */
  gaveUp(): string | undefined;
}

/** One per run: what one check learns of the baseline, the checks after it use. */
export function watchBaseline(): { forCheck(name: string): CheckBaselineWatch } {
  let shownFailing: ShownFailing | undefined;
  const forCheck = (name: string): CheckBaselineWatch => {
    let inARow = 0;
    let reason: string | undefined;
    const record = (error: ProbeErrorInfo | null) => {
      if (reason !== undefined) return;
      inARow = error ? inARow + 1 : 0;
      if (!error) return;
      const failure = `${error.category}:${error.code}: ${error.message}`;
      if (inARow >= BASELINE_FAILURES_IN_A_ROW) {
        reason = `the baseline failed ${inARow} requests in a row (${failure}) and was asked no more`;
        shownFailing ??= { check: name, inARow };
      } else if (shownFailing) {
        reason = `the baseline failed this check's request (${failure}) after failing ${shownFailing.inARow} requests in a row for "${shownFailing.check}", and was asked no more`;
      }
    };
    return {
      over: (baselineIndexes) => ({
        asks: (index) => reason === undefined || !baselineIndexes.includes(index),
        saw: (index, attempt: AttemptResult) => {
          if (baselineIndexes.includes(index)) record(attempt.error);
        },
      }),
      gaveUp: () => reason,
    };
  };
  return { forCheck };
}
