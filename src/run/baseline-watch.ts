// When to stop asking the baseline (SPEC §8: a baseline that fails or cannot be reached makes the
// comparison inconclusive). Only the counted samples decide a comparison: one baseline failure
// among them makes it inconclusive (compare/compare.ts), so the first one ends the baseline's
// sampling, where asking on cost a timeout per request (warm-up + 2 x `samples` per check with a
// baseline that never answers). The warm-up decides nothing, for it is there to absorb a cold
// baseline: its failures only cut it short, after WARM_UP_FAILURES_IN_A_ROW in a row, or after
// one once a counted sample of another check has found the baseline's connection failing (a
// timeout, a refusal: not a status or an assertion, which say something of one route only). The
// preview is sampled to the end whatever the baseline does, so that a preview request that fails
// while sampled still fails its check.
import type { AttemptResult } from '../engine/attempt.js';
import type { TurnWatch } from '../engine/samples.js';

export const WARM_UP_FAILURES_IN_A_ROW = 3;

/** Failures of the way to the baseline rather than of one of its routes. */
const CONNECTION_FAILURES: ReadonlySet<string> = new Set(['TIMEOUT', 'CONNREFUSED', 'CONNRESET', 'DNS', 'HOSTUNREACH', 'NETUNREACH', 'SSL']);

export interface CheckBaselineWatch {
  /** For the warm-up's turns: the preview at 0, the baseline at 1. */
  readonly warmUp: TurnWatch;
  /** For the counted turns: the preview at 0, the baseline's two series at 1 and 2. */
  readonly sampling: TurnWatch;
}

/** One per run: whether a counted sample found the baseline's connection failing, which shortens the later warm-ups. */
export function watchBaseline(): { forCheck(): CheckBaselineWatch } {
  let connectionFailed = false;
  const noteFailure = (attempt: AttemptResult) => {
    if (attempt.error && CONNECTION_FAILURES.has(attempt.error.category)) connectionFailed = true;
  };
  const forCheck = (): CheckBaselineWatch => {
    let warmUpFailuresInARow = 0;
    let sampleFailed = false;
    return {
      warmUp: {
        asks: (index) => index === 0 || warmUpFailuresInARow < (connectionFailed ? 1 : WARM_UP_FAILURES_IN_A_ROW),
        saw: (index, attempt) => {
          if (index === 0) return;
          warmUpFailuresInARow = attempt.error ? warmUpFailuresInARow + 1 : 0;
        },
      },
      sampling: {
        asks: (index) => index === 0 || !sampleFailed,
        saw: (index, attempt) => {
          if (index === 0 || !attempt.error) return;
          sampleFailed = true;
          noteFailure(attempt);
        },
      },
    };
  };
  return { forCheck };
}
