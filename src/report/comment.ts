// The sticky pull-request comment: one per manifest (and shard), found again by a hidden
// marker on its first line and updated in place on every rerun. @actions/github is imported
// only when a comment is to be written: it costs start-up time and reads the event on import.
import type { getOctokit } from '@actions/github';
import type { CheckResult, RunResult } from '../model.js';
import { COMMENT_LIMIT, fitWithin } from './budget.js';
import { cell, checkTime, errorLabel, failureDetails, locationCells, locationHeads, statusLabel, type LinkContext } from './details.js';
import { shownLocations, whereItFails } from './locations.js';
import { escapeHtmlText, escapeMarkdown } from './escape.js';
import { categoryTable, totals, verdict } from './summary.js';

export const COMMENT_MODES = ['on-failure', 'always', 'never'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

// One deadline for the whole comment step, so a slow API never holds the job.
const COMMENT_TIMEOUT_MS = 60_000;
const PERMISSION_HINT =
  'Give the job `permissions: pull-requests: write`; pull requests from forks only get a read-only token, so no comment can be written there. The job summary and annotations have the full result.';

/** The hidden first line that finds this manifest's comment again. */
export function commentMarker(manifestFile: string, shard?: { index: number; count: number }): string {
  // `--` or `>` would end the HTML comment early.
  const key = encodeURI(manifestFile).replace(/--/g, '-%2D');
  return `<!-- probegate:${key}${shard ? `#shard-${shard.index}-of-${shard.count}` : ''} -->`;
}

export function renderComment(run: RunResult, marker: string, links?: LinkContext): string {
  const shownChecks = run.checks.filter((c) => c.status === 'failed' || c.status === 'warned');
  const ordered = [...shownChecks.filter((c) => c.status === 'failed'), ...shownChecks.filter((c) => c.status === 'warned')];
  const head = [marker, `### ${verdict(run)}`, '', totals(run), ...categoryTable(run), ''].join('\n');
  const locations = shownLocations(run);
  const tableHead = `| Status |${locationHeads(locations)} Check | Error | Time |\n| --- |${' --- |'.repeat(locations.length)} --- | --- | --- |\n`;
  const table = ordered.length === 0 ? [] : [tableHead + ordered.map((result) => row(result, locations)).join('\n') + '\n'];
  const tail = footer(run, links);
  return fitWithin(
    COMMENT_LIMIT,
    head,
    [
      { parts: table, note: () => `_${ordered.length} checks did not pass; the list is too long for a comment, see the job summary._\n` },
      { parts: ordered.map((result) => () => section(result, links)), note: (n) => `_The details of ${n} more check${n === 1 ? '' : 's'} are in the job summary (a comment holds at most 65,536 characters)._\n` },
    ],
    tail,
  );
}

function row(result: CheckResult, locations: readonly string[]): string {
  const perLocation = locationCells(result, locations).map((c) => ` ${c} |`).join('');
  return `| ${statusLabel(result)} |${perLocation} ${cell(result.check.name)} | ${errorLabel(result.error!)} | ${checkTime(result)} |`;
}

function section(result: CheckResult, links?: LinkContext): string {
  const places = whereItFails(result);
  const summary = `${statusLabel(result)}: ${escapeHtmlText(result.check.name)} (${errorLabel(result.error!)}${places ? ` · ${escapeHtmlText(places)}` : ''})`;
  return `<details><summary>${summary}</summary>\n\n${failureDetails(result, links)}\n\n</details>\n`;
}

function footer(run: RunResult, links?: LinkContext): string {
  const parts = [links?.runUrl ? `[Workflow run](${links.runUrl})` : undefined, links?.sha ? `commit ${links.sha.slice(0, 7)}` : undefined, `${run.summary.total} checks from ${escapeMarkdown(run.manifestFile)}`];
  return `<sub>${parts.filter(Boolean).join(' · ')} · updated by probegate on every run</sub>\n`;
}

/** Where to comment: the pull request of the event, or the one whose commit was deployed. */
export interface CommentTarget {
  readonly eventName: string;
  readonly repository?: string;
  readonly sha?: string;
  readonly pullRequestNumber?: number;
}

export interface CommentRequest {
  readonly token: string;
  readonly mode: CommentMode;
  readonly target: CommentTarget;
  /** The run failed the gate: in on-failure mode only then is a new comment created. */
  readonly failed: boolean;
  readonly marker: string;
  readonly body: string;
}

export type CommentOutcome =
  | { readonly action: 'created' | 'updated'; readonly url: string }
  | { readonly action: 'skipped'; readonly reason: string }
  | { readonly action: 'warning'; readonly warning: string };

type Octokit = ReturnType<typeof getOctokit>;
interface Repo {
  readonly owner: string;
  readonly repo: string;
}

/** Creates or updates the sticky comment; never throws: a failure becomes a warning for the door to print. */
export async function publishComment(request: CommentRequest): Promise<CommentOutcome> {
  const { target, mode } = request;
  if (mode === 'never') return { action: 'skipped', reason: 'the comment input is never' };
  if (target.pullRequestNumber === undefined && target.eventName !== 'deployment_status') {
    return { action: 'skipped', reason: `a ${target.eventName || 'local'} event has no pull request to comment on` };
  }
  const [owner, repo] = (target.repository ?? '').split('/');
  if (!owner || !repo) return { action: 'warning', warning: 'No pull-request comment: GITHUB_REPOSITORY is not set to owner/repo.' };
  if (!request.token) return { action: 'warning', warning: `No pull-request comment: the github-token input is empty. ${PERMISSION_HINT}` };
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(request.token, { request: { signal: AbortSignal.timeout(COMMENT_TIMEOUT_MS) } });
  try {
    const issueNumber = target.pullRequestNumber ?? (await deployedPullRequest(octokit, { owner, repo }, target.sha));
    if (issueNumber === undefined) return { action: 'skipped', reason: `no open pull request has the deployed commit ${target.sha ?? '(unknown)'}` };
    const issue = { owner, repo, issue_number: issueNumber };
    const existing = await findComment(octokit, issue, request.marker);
    if (existing) {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing, body: request.body });
      return { action: 'updated', url: data.html_url };
    }
    if (mode === 'on-failure' && !request.failed) return { action: 'skipped', reason: 'every check passed and no probegate comment exists yet' };
    const { data } = await octokit.rest.issues.createComment({ ...issue, body: request.body });
    return { action: 'created', url: data.html_url };
  } catch (error) {
    return { action: 'warning', warning: commentFailure(error) };
  }
}

/** The open pull request whose head is the deployed commit (else any open one that contains it). */
async function deployedPullRequest(octokit: Octokit, repo: Repo, sha: string | undefined): Promise<number | undefined> {
  if (!sha) return undefined;
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha, per_page: 100 });
  const open = data.filter((pull) => pull.state === 'open');
  return (open.find((pull) => pull.head.sha === sha) ?? open[0])?.number;
}

/** The id of the comment whose first line is the marker, reading page after page until found. */
async function findComment(octokit: Octokit, issue: Repo & { issue_number: number }, marker: string): Promise<number | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...issue, per_page: 100 });
  for await (const page of pages) {
    const found = page.data.find((comment) => comment.body?.startsWith(marker));
    if (found) return found.id;
  }
  return undefined;
}

function commentFailure(error: unknown): string {
  const status = (error as { status?: number }).status;
  const detail = error instanceof Error ? error.message : String(error);
  if (status === 403 || status === 404) {
    return `No pull-request comment: GitHub answered ${status} (${detail}): the token lacks the pull-requests: write permission. ${PERMISSION_HINT}`;
  }
  return `No pull-request comment: ${detail}. The job summary and annotations have the full result; the gate decides the job as usual.`;
}
