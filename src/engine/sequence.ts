// A sequence of sub-checks in one attempt (the seam a multistep check is built on): steps run in
// order under the sequence's deadline, sharing one session (variables, cookies); the first
// failing step ends it and the steps after it are not run.
import { loadCheckModule } from '../checks/index.js';
import type { StepSession } from '../checks/types.js';
import type { ResolvedCheck } from '../model.js';
import { runAttempt, type AttemptResult } from './attempt.js';
import type { Deadline } from './deadline.js';

export interface SequenceOptions {
  /** The whole sequence's deadline (its overall timeout); each step also keeps its own. */
  readonly deadline: Deadline;
  readonly session: StepSession;
}

/** The results of the steps that ran, in order; fewer than the steps when one failed. */
export async function runSequence(steps: readonly ResolvedCheck[], options: SequenceOptions): Promise<AttemptResult[]> {
  const results: AttemptResult[] = [];
  for (const step of steps) {
    const result = await runAttempt(step, await loadCheckModule(step.type), { parent: options.deadline, session: options.session });
    results.push(result);
    if (result.error) break;
  }
  return results;
}
