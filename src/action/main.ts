// The GitHub door: inputs and event in, the run pipeline, then annotations, summary, comment,
// outputs, and the one place that fails the job.
import type { ManifestProblem } from '../manifest/problem.js';
import type { PipelineResult, RunResult } from '../model.js';
import { buildAnnotations } from '../report/annotations.js';
import { commentMarker, renderComment, type CommentScope } from '../report/comment.js';
import type { LinkContext } from '../report/details.js';
import { escapeMarkdown } from '../report/escape.js';
import { renderSummary } from '../report/summary.js';
import { runManifest } from '../run/pipeline.js';
import { publishComment } from './comment.js';
import { readEventContext, type EventContext } from './event.js';
import { OUTPUT, readInputs, type ActionInputs } from './inputs.js';
import { loadOrReport } from './manifest.js';
import { writeReportFiles, type ResultShown, type UnwrittenReport } from './report-files.js';
import * as runner from './runner.js';

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const event = readEventContext();
    const masked = new Set(Object.values(inputs.secretVariables));
    for (const value of masked) runner.setSecret(value);
    if (inputs.merge) {
      // Loaded on use, as the deployments API below: a run of the manifest needs neither.
      const { mergeOrReport } = await import('./merge.js');
      const merged = await mergeOrReport(inputs.merge, inputs.locations);
      if (merged) await reportAndGate(merged, inputs, event, { count: merged.run.manifest.problems, outsideChecks: [] });
      return;
    }
    if (event.deploymentState !== undefined && event.deploymentState !== 'success') {
      failUnfinishedDeployment(event.deploymentState, event.deploymentUrl);
      return;
    }
    const manifest = await loadOrReport(inputs, event, await baselineUrl(inputs, event));
    if (!manifest) return;
    for (const secret of manifest.secrets) if (!masked.has(secret)) runner.setSecret(secret);
    const result = await runManifest(manifest, {
      gate: inputs,
      concurrency: inputs.concurrency,
      shard: inputs.shard,
      location: inputs.location,
      selection: { tags: inputs.tags },
    });
    await reportAndGate(result, inputs, event, { count: manifest.problems.length, outsideChecks: manifest.problemsOutsideChecks });
  } catch (error) {
    failRun(error);
  }
}

/** Whatever stopped the run (a bad input, a runner file that cannot be written), the step fails saying what. */
function failRun(error: unknown): void {
  const message = error instanceof Error ? error.message : `probegate failed: ${String(error)}`;
  try {
    // A step reading the result output must not find it empty.
    runner.setOutput(OUTPUT.result, 'fail');
  } catch {
    // The output file itself is what failed: the message below says so.
  }
  runner.setFailed(message);
}

/** The manifest's problems: how many (a merge knows only that), and those no check's result reports. */
interface ProblemsToReport {
  readonly count: number;
  readonly outsideChecks: readonly ManifestProblem[];
}

/** Reports the run and gates the job: the same for a run of the manifest and a merge of reports. */
async function reportAndGate(result: PipelineResult, inputs: ActionInputs, event: EventContext, problems: ProblemsToReport): Promise<void> {
  const { commentUrl, unwritten, shown } = await report(result, inputs, event, problems.outsideChecks);
  // The verdict first: a report file or an output file that cannot be written fails the step too, but after it.
  const reasons = failureReasons(result, problems.count, result.run.merged !== null);
  if (reasons.length > 0) runner.setFailed(reasons.join('; '));
  for (const { message } of unwritten) runner.setFailed(message(shown));
  const reportWritten = !unwritten.some((report) => report.kind === 'json');
  setOutputs(result, reportWritten ? inputs.reportPath : '', problems.count > 0, commentUrl);
}

/**
 * A deployment_status event of a deployment that did not succeed: its URL is a preview that
 * failed to deploy, or is not deployed yet, or (`target_url`) a build log. Checking it, or the
 * `base-url` that still serves the previous build, could pass a broken preview: the job fails,
 * saying how to run probegate on success only.
 */
function failUnfinishedDeployment(state: string, url: string | undefined): void {
  const what = `The deployment_status event is for a deployment in state "${state}"${url ? ` (${url})` : ''}, not "success": there is no deployed preview to check, so no check was run.`;
  const fix = 'Run probegate on successful deployments only, with `if: github.event.deployment_status.state == \'success\'` on its job.';
  // The fix is our own text, its code span left as Markdown; the state and URL come from the event.
  if (process.env.GITHUB_STEP_SUMMARY) runner.appendSummary(`## ❌ probegate: no deployed preview to check\n\n${escapeMarkdown(what)} ${fix}\n`);
  runner.setOutput(OUTPUT.result, 'fail');
  runner.setFailed(`${what} ${fix}`);
}

/** baseline-url, else the latest successful deployment of baseline-environment (a warning when there is none). */
async function baselineUrl(inputs: ActionInputs, event: EventContext): Promise<string | undefined> {
  if (inputs.baselineUrl || !inputs.baselineEnvironment) return inputs.baselineUrl;
  const { findBaselineDeployment } = await import('./deployments.js');
  const found = await findBaselineDeployment({ token: inputs.githubToken, repository: event.repository, environment: inputs.baselineEnvironment });
  if ('url' in found) {
    runner.info(`Baseline: ${found.url} (latest successful deployment of ${inputs.baselineEnvironment}).`);
    return found.url;
  }
  runner.warning(found.warning, { title: 'probegate · baseline' });
  return undefined;
}

/**
 * The report files, the job summary, the pull-request comment (its URL, when there is one) and
 * the annotations. The checks' annotations come last, ranked into the room the door's own left:
 * the runner shows 10 of each level a step, and the warning that the comment could not be written
 * (SPEC §4: it names the missing permission) must never be the one dropped. A report file that
 * cannot be written stops none of them: the caller fails the job for it after the verdict.
 */
async function report(result: PipelineResult, inputs: ActionInputs, event: EventContext, problemsOutsideChecks: readonly ManifestProblem[]): Promise<{ commentUrl?: string; unwritten: UnwrittenReport[]; shown: ResultShown }> {
  for (const { message, location } of problemsOutsideChecks) {
    runner.error(message, { title: 'probegate · invalid manifest', file: location.file, startLine: location.line, startColumn: location.column });
  }
  const unwritten = writeReportFiles(result, { json: inputs.reportPath, junit: inputs.junitPath });
  const links: LinkContext | undefined = event.repository ? { serverUrl: event.serverUrl, repository: event.repository, sha: event.sha, runUrl: event.runUrl } : undefined;
  const summary = process.env.GITHUB_STEP_SUMMARY ? runner.appendSummary(renderSummary(result, { links, problemsOutsideChecks })) : false;
  const { url: commentUrl, written } = await comment(result, inputs, event, links);
  annotateChecks(result, unwritten.length);
  return { commentUrl, unwritten, shown: { summary, comment: written } };
}

/**
 * One annotation per failing check, within the room the door's own annotations leave, and the
 * failure lines still to come: the gate's, and one per report file not written.
 */
function annotateChecks(result: PipelineResult, unwrittenReports: number): void {
  const failureLines = (result.result === 'fail' ? 1 : 0) + unwrittenReports;
  for (const annotation of buildAnnotations(result, runner.issued('error') + failureLines, runner.issued('warning'))) {
    const properties = { title: annotation.title, file: annotation.file, startLine: annotation.line };
    if (annotation.level === 'error') runner.error(annotation.message, properties);
    else if (annotation.level === 'warning') runner.warning(annotation.message, properties);
    else runner.notice(annotation.message, properties);
  }
}

/** The sticky pull-request comment; a failure to write it is a warning, never the verdict. */
/** The comment's URL (also when left as another leg wrote it), and whether this run's verdict was written to it. */
async function comment(result: RunResult, inputs: ActionInputs, event: EventContext, links: LinkContext | undefined): Promise<{ url?: string; written: boolean }> {
  // One comment per job, shard and location (a merge has none of the last two): see CommentScope.
  const scope: CommentScope = {
    ...(event.job ? { job: { ...event.job, event: event.eventName } } : {}),
    shard: inputs.shard,
    location: inputs.location,
    ...(event.run ? { run: event.run } : {}),
  };
  const marker = commentMarker(result.manifestFile, scope);
  const outcome = await publishComment({
    token: inputs.githubToken,
    mode: inputs.comment,
    target: event,
    failed: result.result === 'fail',
    marker,
    ...(event.run ? { run: event.run } : {}),
    body: () => renderComment(result, marker, links, scope),
  });
  if (outcome.foreign) runner.warning(foreignCommentsWarning(outcome.foreign), { title: 'probegate · pull-request comment' });
  if (outcome.unverified) runner.warning(unverifiedCommentsWarning(outcome.unverified), { title: 'probegate · pull-request comment' });
  if (outcome.action === 'warning') runner.warning(outcome.warning, { title: 'probegate · pull-request comment' });
  else if (outcome.action === 'skipped') runner.info(`No pull-request comment: ${outcome.reason}.`);
  else if (outcome.action === 'kept') {
    runner.info(`Pull-request comment left as it is: ${outcome.reason}. ${outcome.url}`);
    return { url: outcome.url, written: false };
  }
  else {
    runner.info(`Pull-request comment ${outcome.action}: ${outcome.url}`);
    return { url: outcome.url, written: true };
  }
  return { written: false };
}

/** Comments that carry probegate's marker but that another account wrote: not probegate's verdict, and never edited by it. */
function foreignCommentsWarning(authors: readonly string[]): string {
  const who = authors.map((login) => `@${login}`).join(', ');
  return `A pull-request comment by ${who} starts with probegate's hidden marker, but the github-token's account did not write it: it is not probegate's verdict, and probegate left it alone (it only updates its own comment). Delete or hide that comment if it poses as probegate's.`;
}

/** Bots' comments with the marker that probegate could not tell its own or not: left alone, and its own written. */
function unverifiedCommentsWarning({ authors, reason }: { authors: readonly string[]; reason: string }): string {
  const who = authors.map((login) => `@${login}`).join(', ');
  return `A pull-request comment by ${who} starts with probegate's hidden marker, but probegate could not learn which bot the github-token acts as (${reason}), so it cannot tell whether that comment is its own: it left it alone, and keeps a comment of its own. If that comment is an earlier probegate comment, delete it, so that only one is left.`;
}

/** Why the job fails: the preview never became ready, checks failed the gate, the manifest has problems. */
function failureReasons(result: RunResult, manifestProblems: number, merged: boolean): string[] {
  const reasons: string[] = [];
  if (result.ready?.status === 'failed') reasons.push(`the preview never became ready, so no check was run: ${result.ready.error.message}`);
  const failed = result.checks.filter((c) => c.status === 'failed').map((c) => c.check.name);
  if (failed.length > 0) reasons.push(`${failed.length} check${failed.length === 1 ? '' : 's'} failed the gate: ${namesUpTo(failed, NAMED_FAILURES)}`);
  // A manifest problem fails the job whatever the gate says of INVALID_REQUEST (SPEC §3).
  if (manifestProblems > 0) {
    const where = merged ? 'annotated by the jobs that ran it' : `annotated at ${manifestProblems === 1 ? 'its line' : 'their lines'}`;
    reasons.push(`the manifest has ${manifestProblems} problem${manifestProblems === 1 ? '' : 's'} (${where})`);
  }
  return reasons;
}

// The failure message names this many checks: the job summary and the report list them all, and
// a run where everything failed would otherwise end on one line as long as the manifest.
const NAMED_FAILURES = 20;

function namesUpTo(names: readonly string[], limit: number): string {
  if (names.length <= limit) return names.join(', ');
  return `${names.slice(0, limit).join(', ')} and ${names.length - limit} more (the job summary lists every check)`;
}

function setOutputs(result: RunResult, reportPath: string, manifestProblems: boolean, commentUrl: string | undefined): void {
  runner.setOutput(OUTPUT.result, manifestProblems ? 'fail' : result.result);
  runner.setOutput(OUTPUT.total, result.summary.total);
  runner.setOutput(OUTPUT.passed, result.summary.passed);
  runner.setOutput(OUTPUT.failed, result.summary.failed);
  runner.setOutput(OUTPUT.warned, result.summary.warned);
  runner.setOutput(OUTPUT.skipped, result.summary.skipped);
  runner.setOutput(OUTPUT.durationMs, Math.round(result.durationMs));
  runner.setOutput(OUTPUT.categories, JSON.stringify(result.categories));
  runner.setOutput(OUTPUT.reportPath, reportPath);
  // Empty when no comment was written (mode never, no pull request, or the API refused).
  runner.setOutput(OUTPUT.commentUrl, commentUrl ?? '');
}
