// The sticky pull-request comment's text: one per manifest, job, shard and location, found again
// by a hidden marker on its first line (the action door writes it, src/action/comment.ts).
import type { CheckResult, RunMetadata, RunResult, Shard } from '../model.js';
import { COMMENT_LIMIT, fitWithin } from './budget.js';
import { renderComparisonTable } from './comparison.js';
import { adviceIsNew, cell, checkTime, errorLabel, failureDetails, locationCells, locationHeads, statusLabel, type LinkContext } from './details.js';
import { mergedFrom, shownLocations, whereItFails } from './locations.js';
import { escapeHtmlText, escapeMarkdown } from './escape.js';
import { categoryTable, readyLines, totals, verdict } from './summary.js';

/**
 * What one comment reports on. Each job that runs the manifest (a workflow's job on one event: a
 * pull_request job and a deployment_status job check different previews), each shard and each
 * location has a comment of its own, so that no job's pass ever overwrites another's failure. The
 * merge job's is one more: it has no shard or location, and speaks for them all. The legs of a
 * matrix job share their job's comment: within one run, a failure stays (see RunStamp).
 */
export interface CommentScope {
  /**
   * The workflow's file (the path of GITHUB_WORKFLOW_REF, without its `@ref`), else its name
   * (GITHUB_WORKFLOW), GITHUB_JOB and GITHUB_EVENT_NAME; none outside a runner. The name is shown.
   */
  readonly job?: { readonly workflow: string; readonly workflowFile?: string; readonly id: string; readonly event: string };
  readonly shard?: Shard | null;
  readonly location?: string | null;
  /** The run that writes the comment, stamped in it (hidden) with its verdict. */
  readonly run?: RunId;
}

/** A workflow run and attempt (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT): a rerun is a new attempt. */
export interface RunId {
  readonly id: string;
  readonly attempt: string;
  /**
   * The step (GITHUB_ACTION: its `id`, else one the runner makes up), unique within a job, and the
   * same in every leg of a matrix job; undefined in stamps written before it was stamped.
   */
  readonly step?: string;
}

/** What a comment's hidden stamp says: which run and attempt wrote it, and whether it said failed. */
export interface RunStamp extends RunId {
  readonly failed: boolean;
}

/** The hidden first line that finds this scope's comment again, and no other's. */
export function commentMarker(manifestFile: string, scope: CommentScope = {}): string {
  const { job, shard, location } = scope;
  const parts = [
    markerText(encodeURI(manifestFile)),
    // The workflow's file, not its name: two workflow files may have the same name.
    job ? `#job-${[job.workflowFile ?? job.workflow, job.id, job.event].map((part) => markerText(encodeURIComponent(part))).join('/')}` : '',
    shard ? `#shard-${shard.index}-of-${shard.count}` : '',
    location ? `#location-${markerText(encodeURIComponent(location))}` : '',
  ];
  return `<!-- probegate:${parts.join('')} -->`;
}

// The step follows the run in a hidden comment of its own, so that a probegate that reads only
// `probegate-run:` (an earlier version in another leg) still finds the run and its verdict.
const STAMP = /<!-- probegate-run:(\d+)\/(\d+) (passed|failed) -->(?:<!-- probegate-step:([\w%.-]+) -->)?/g;

/** The hidden line at the end of a comment that says which run, attempt and step wrote it, and its verdict. */
export function runStampLine(run: RunId, failed: boolean): string {
  const step = run.step ? `<!-- probegate-step:${markerText(encodeURIComponent(run.step))} -->` : '';
  return `<!-- probegate-run:${run.id}/${run.attempt} ${failed ? 'failed' : 'passed'} -->${step}`;
}

/** The stamp of a comment's body (its last: the footer's), or undefined for a comment without one. */
export function readRunStamp(body: string): RunStamp | undefined {
  const last = [...body.matchAll(STAMP)].at(-1);
  if (!last) return undefined;
  const step = last[4] === undefined ? undefined : safeDecode(last[4]);
  return { id: last[1]!, attempt: last[2]!, failed: last[3] === 'failed', ...(step ? { step } : {}) };
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Encoded text made safe in the marker: `--` or `>` would end the HTML comment early, `#` would start the next part. */
function markerText(encoded: string): string {
  return encoded.replace(/--/g, '-%2D').replace(/#/g, '%23');
}

export function renderComment(run: RunResult & { readonly run?: RunMetadata }, marker: string, links?: LinkContext, scope: CommentScope = {}): string {
  const shownChecks = run.checks.filter((c) => c.status === 'failed' || c.status === 'warned');
  const ordered = [...shownChecks.filter((c) => c.status === 'failed'), ...shownChecks.filter((c) => c.status === 'warned')];
  // A merge says what it merged, as the summary does: a location whose job wrote no report is seen missing.
  const merged = run.run?.merged?.locations.length ? ['', escapeMarkdown(mergedFrom(run.run.merged, 'input locations'))] : [];
  const head = [marker, `### ${verdict(run)}${scopeText(scope)}`, '', totals(run), ...merged, ...readyLines(run), ...categoryTable(run), ''].join('\n');
  const locations = shownLocations(run);
  const tableHead = `| Status |${locationHeads(locations)} Check | Error | Time |\n| --- |${' --- |'.repeat(locations.length)} --- | --- | --- |\n`;
  // Row by row, the header with the first: a table too long for the comment still names the first
  // checks. The last row ends the table with a blank line, and so does the note that replaces the rest.
  const rows = ordered.map((result, index) => () => `${index === 0 ? tableHead : ''}${row(result, locations)}${index === ordered.length - 1 ? '\n' : ''}`);
  const comparison = renderComparisonTable(run);
  const tail = footer(run, links, scope);
  const withAdvice = adviceIsNew(ordered);
  return fitWithin(
    COMMENT_LIMIT,
    head,
    [
      { parts: rows, note: (n) => `\n_…and ${n} more check${n === 1 ? '' : 's'} that did not pass: the job summary lists every check (a comment holds at most 65,536 characters)._\n` },
      { parts: comparison ? [comparison] : [], note: () => '_The "Preview vs baseline" table is in the job summary (a comment holds at most 65,536 characters)._\n' },
      { parts: ordered.map((result, index) => () => section(result, links, withAdvice[index])), note: (n) => `_The details of ${n} more check${n === 1 ? '' : 's'} are in the job summary (a comment holds at most 65,536 characters)._\n` },
    ],
    tail,
  );
}

function row(result: CheckResult, locations: readonly string[]): string {
  const perLocation = locationCells(result, locations).map((c) => ` ${c} |`).join('');
  return `| ${statusLabel(result)} |${perLocation} ${cell(result.check.name)} | ${errorLabel(result.error!)} | ${checkTime(result)} |`;
}

function section(result: CheckResult, links: LinkContext | undefined, withAdvice: boolean): string {
  const places = whereItFails(result);
  const summary = `${statusLabel(result)}: ${escapeHtmlText(result.check.name)} (${errorLabel(result.error!)}${places ? ` · ${escapeHtmlText(places)}` : ''})`;
  return `<details><summary>${summary}</summary>\n\n${failureDetails(result, links, withAdvice)}\n\n</details>\n`;
}

/** The location and shard the verdict is about: ` · location eu-west, shard 1 of 2`. */
function scopeText({ shard, location }: CommentScope): string {
  const parts = [location ? `location ${escapeMarkdown(location)}` : undefined, shard ? `shard ${shard.index} of ${shard.count}` : undefined].filter(Boolean);
  return parts.length > 0 ? ` · ${parts.join(', ')}` : '';
}

function footer(run: RunResult, links?: LinkContext, scope: CommentScope = {}): string {
  const { job, run: writer } = scope;
  const parts = [
    links?.runUrl ? `[Workflow run](${links.runUrl})` : undefined,
    links?.sha ? `commit ${links.sha.slice(0, 7)}` : undefined,
    job ? `job ${escapeMarkdown(job.id)} of ${escapeMarkdown(job.workflow || 'the workflow')} on ${escapeMarkdown(job.event)}` : undefined,
    `${run.summary.total} checks from ${escapeMarkdown(run.manifestFile)}`,
  ];
  const stamp = writer && /^\d+$/.test(writer.id) && /^\d+$/.test(writer.attempt) ? `${runStampLine(writer, run.result === 'fail')}\n` : '';
  return `<sub>${parts.filter(Boolean).join(' · ')} · updated by probegate on every run</sub>\n${stamp}`;
}
