// Failure wins within a run. The legs of a matrix job (two base-urls, no shard or location) share
// their job's comment, and run side by side: the last to finish would otherwise write its verdict
// over the others', a pass over a failure. A comment stamped by this same run and attempt as
// failed is another leg's, or an earlier probegate step's of this job: a passing step leaves it as
// it is. A failing one always writes, and a later run or a rerun (a new attempt) writes as usual.
//
// What the stamp can and cannot tell: GITHUB_ACTION (the step) is unique within a job, and the same
// in every leg of a matrix. So a failure stamped by this very step is another leg's. One stamped by
// another step may be this leg's earlier step (a first try with continue-on-error) or another leg's:
// no variable of the runner tells the legs of one job apart (RUNNER_NAME may repeat, and there is no
// matrix variable), so it stays too: a pass never hides a failure of the same run.
//
// Best effort under exact concurrency: the listing is read, then the comment is written, and another
// leg may write in between. A passing leg reads its comment again right before it writes; a failing
// leg that saw a stamp of its own run (another leg exists) reads it again after a short pause and
// writes its failure again if a pass of the same run replaced it. A window remains; the job
// statuses are always right.
import { readRunStamp, type RunId, type RunStamp } from '../report/comment.js';

/** Why a passing step leaves the comment alone, or undefined when it writes it. */
export function anotherLegsFailure(existingBody: string, run: RunId | undefined, failed: boolean): string | undefined {
  if (failed || !run) return undefined;
  const stamp = readRunStamp(existingBody);
  if (!stamp?.failed || !sameRun(stamp, run)) return undefined;
  return `${whoFailed(stamp, run)} failed in this run (run ${run.id}, attempt ${run.attempt}), and its comment stays as it is: this one passed, and the gate decides this job on its own`;
}

/** The comment's stamp says this same run and attempt wrote it (any step, any verdict). */
export function stampedBySameRun(existingBody: string, run: RunId | undefined): boolean {
  const stamp = run ? readRunStamp(existingBody) : undefined;
  return stamp !== undefined && sameRun(stamp, run!);
}

/** The comment says this same run and attempt passed: a failing leg's failure was overwritten. */
export function passedInSameRun(existingBody: string, run: RunId | undefined): boolean {
  const stamp = run ? readRunStamp(existingBody) : undefined;
  return stamp !== undefined && !stamp.failed && sameRun(stamp, run!);
}

function sameRun(stamp: RunStamp, run: RunId): boolean {
  return stamp.id === run.id && stamp.attempt === run.attempt;
}

function whoFailed(stamp: RunStamp, run: RunId): string {
  if (stamp.step && run.step && stamp.step === run.step) return 'another leg of this job';
  if (stamp.step && run.step) return `another probegate step of this job (${stamp.step}, in this leg or another)`;
  return 'another leg or an earlier step of this job';
}
