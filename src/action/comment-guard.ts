// Failure wins within a run. The legs of a matrix job (two base-urls, no shard or location) share
// their job's comment, and run side by side: the last to finish would otherwise write its verdict
// over the others', a pass over a failure. A comment stamped by this same run and attempt as
// failed is another leg's, written moments ago: a passing leg leaves it as it is. A failing leg
// always writes, and a later run or a rerun (a new attempt) writes as usual.
import { readRunStamp, type RunId } from '../report/comment.js';

/** Why a passing leg leaves the comment alone, or undefined when it writes it. */
export function anotherLegsFailure(existingBody: string, run: RunId | undefined, failed: boolean): string | undefined {
  if (failed || !run) return undefined;
  const stamp = readRunStamp(existingBody);
  if (!stamp?.failed || stamp.id !== run.id || stamp.attempt !== run.attempt) return undefined;
  return `another leg of this job failed in this run (run ${run.id}, attempt ${run.attempt}), and its comment stays as it is: this leg passed, and the gate decides this job on its own`;
}
