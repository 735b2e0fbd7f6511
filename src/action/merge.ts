// The action's `merge: GLOB`: the reports of a job matrix instead of a run; reports that cannot
// be merged are said in the summary and fail the job.
import type { PipelineResult } from '../model.js';
import { escapeMarkdown } from '../report/escape.js';
import { MergeError, mergeReportFiles } from '../run/merge.js';
import { OUTPUT } from './inputs.js';
import * as runner from './runner.js';

/** The merged run of the reports matching `pattern` in the workspace, or undefined when they cannot be merged. */
export async function mergeOrReport(pattern: string, locations?: readonly string[]): Promise<PipelineResult | undefined> {
  try {
    return mergeReportFiles(pattern, process.env.GITHUB_WORKSPACE ?? process.cwd(), { locations });
  } catch (error) {
    if (!(error instanceof MergeError)) throw error;
    if (process.env.GITHUB_STEP_SUMMARY) runner.appendSummary(`## ❌ probegate: the reports cannot be merged\n\n${escapeMarkdown(error.message)}\n`);
    runner.setOutput(OUTPUT.result, 'fail');
    runner.setFailed(error.message);
    return undefined;
  }
}
