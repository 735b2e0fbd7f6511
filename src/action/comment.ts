// Writes the sticky pull-request comment: finds this manifest's comment by its marker and
// updates it in place, or creates it. Whatever GitHub answers, the outcome is a line for the log:
// the gate alone decides the job. There is never a second comment: a listing that was cut short
// creates nothing, and a create whose outcome is unknown is not sent again (see createOnce).
import { describeGitHubFailure, GitHubAnswerError, outcomeUnknown, PERMISSION_HINT } from '../errors/github-api.js';
import type { RunId } from '../report/comment.js';
import { CommentAuthors, type CommentAuthor } from './comment-author.js';
import { anotherLegsFailure, passedInSameRun, stampedBySameRun } from './comment-guard.js';
import type { GitHubClient } from './github-client.js';

export const COMMENT_MODES = ['on-failure', 'always', 'never'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** One deadline for all the comment's requests and retries, so a slow API never holds the job. */
const COMMENT_DEADLINE_MS = 60_000;
/** How long a failing leg waits before it reads the comment again (see reassertFailure). */
const REASSERT_PAUSE_MS = 2_000;
/** Comments are read 100 a page; past this many pages the listing stops (and nothing is created). */
const MAX_COMMENT_PAGES = 30;
const NOT_THE_VERDICT = 'The job summary and annotations have the full result; the gate decides the job as usual.';

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
  /** The run writing the comment (stamped in its body): a failure this same run wrote is not overwritten by a pass. */
  readonly run?: RunId;
  /** The comment's text, rendered only when a comment is written: a run with no pull request never needs it. */
  readonly body: () => string;
  /** Defaults to PROBEGATE_COMMENT_DEADLINE_MS from the environment, else 60 s. */
  readonly deadlineMs?: number;
}

export type CommentOutcome = (
  | { readonly action: 'created' | 'updated'; readonly url: string }
  /** Left as another leg of this job wrote it in this run (see comment-guard.ts). */
  | { readonly action: 'kept'; readonly url: string; readonly reason: string }
  | { readonly action: 'skipped'; readonly reason: string }
  | { readonly action: 'warning'; readonly warning: string }
) & {
  /** Comments that start with the marker but were written by another account, left alone (their authors' logins). */
  readonly foreign?: readonly string[];
  /** Bots' marker comments left alone because GitHub did not say which bot the token is: their logins, and why. */
  readonly unverified?: { readonly authors: readonly string[]; readonly reason: string };
};

interface Issue {
  readonly owner: string;
  readonly repo: string;
  readonly issue_number: number;
}

/** What the listing found: our comment, or why it stopped before the last page. */
type Listing = { readonly id: number; readonly url: string; readonly body: string } | { readonly id?: undefined; readonly cutShort?: string };

/** How the comments are told apart: this scope's marker, and whether the token's own account wrote one. */
interface Finder {
  readonly marker: string;
  readonly authors: CommentAuthors;
  /** The authors of marker comments that were not ours, filled in as the listing finds them. */
  readonly foreign: Set<string>;
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
  if (!request.token) return { action: 'warning', warning: `No pull-request comment: the github-token input is empty. ${PERMISSION_HINT} ${NOT_THE_VERDICT}` };
  const progress = { doing: 'starting the GitHub client' };
  const foreign = new Set<string>();
  let authors: CommentAuthors | undefined;
  let octokit: GitHubClient | undefined;
  try {
    const { openGitHubClient } = await import('./github-client.js');
    octokit = openGitHubClient(request.token, request.deadlineMs ?? deadlineFromEnvironment());
    progress.doing = 'finding the pull request of the deployed commit';
    authors = new CommentAuthors(octokit, progress);
    const finder: Finder = { marker: request.marker, authors, foreign };
    return withOthers(await publish(octokit, request, { owner, repo }, progress, finder), foreign, authors);
  } catch (error) {
    return withOthers({ action: 'warning', warning: `No pull-request comment: ${describeGitHubFailure(error, progress.doing)} ${NOT_THE_VERDICT}` }, foreign, authors);
  } finally {
    octokit?.done();
  }
}

/** The outcome, with the marker comments of other accounts left alone, and of bots that could not be told apart. */
function withOthers(outcome: CommentOutcome, foreign: ReadonlySet<string>, authors: CommentAuthors | undefined): CommentOutcome {
  const unverified = authors?.unverified.size ? { authors: [...authors.unverified], reason: authors.viewerProblem ?? 'GitHub did not say' } : undefined;
  return { ...outcome, ...(foreign.size > 0 ? { foreign: [...foreign] } : {}), ...(unverified ? { unverified } : {}) };
}

async function publish(octokit: GitHubClient, request: CommentRequest, repo: { owner: string; repo: string }, progress: { doing: string }, finder: Finder): Promise<CommentOutcome> {
  const { target } = request;
  const issueNumber = target.pullRequestNumber ?? (await deployedPullRequest(octokit, repo, target.sha));
  if (issueNumber === undefined) return { action: 'skipped', reason: `no open pull request has the deployed commit ${target.sha ?? '(unknown)'}` };
  const issue = { ...repo, issue_number: issueNumber };
  progress.doing = `listing the comments of pull request #${issueNumber}`;
  const listing = await findComment(octokit, issue, finder);
  if (listing.id !== undefined) {
    const kept = anotherLegsFailure(listing.body, request.run, request.failed);
    if (kept) return { action: 'kept', url: listing.url, reason: kept };
    if (request.run && !request.failed) {
      // Another leg may have written its failure since the listing: read the comment again, last thing.
      progress.doing = 'reading the comment again before updating it';
      const keptNow = anotherLegsFailure(await commentBody(octokit, repo, listing.id), request.run, request.failed);
      if (keptNow) return { action: 'kept', url: listing.url, reason: keptNow };
    }
    progress.doing = 'updating the comment';
    const body = request.body();
    const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: listing.id, body });
    const url = commentUrl(data);
    if (request.failed && stampedBySameRun(listing.body, request.run)) await reassertFailure(octokit, repo, listing.id, body, request, progress);
    return { action: 'updated', url };
  }
  if (listing.cutShort) {
    const warning = `No pull-request comment: ${listing.cutShort}, so this manifest's comment may be on a page not read: it is not updated, and none is created, so that there is never a second one. ${NOT_THE_VERDICT}`;
    return { action: 'warning', warning };
  }
  if (request.mode === 'on-failure' && !request.failed) return { action: 'skipped', reason: 'every check passed and no probegate comment exists yet' };
  progress.doing = 'creating the comment';
  return createOnce(octokit, issue, request, progress, finder);
}

/** The body of one comment, read again by its id. */
async function commentBody(octokit: GitHubClient, repo: { owner: string; repo: string }, id: number): Promise<string> {
  const { data } = await octokit.rest.issues.getComment({ ...repo, comment_id: id });
  const body = (data as { body?: unknown } | null)?.body;
  if (typeof body !== 'string') throw new GitHubAnswerError(data);
  return body;
}

/**
 * A failing leg whose listing showed a stamp of its own run (so another leg of this run exists, and
 * may be writing right now) reads the comment again after a short pause, within the comment's
 * deadline, and writes its failure again if a pass of the same run replaced it: a passing leg that
 * read the comment just before this failure landed. Best effort: a failure here is not reported.
 */
async function reassertFailure(octokit: GitHubClient, repo: { owner: string; repo: string }, id: number, body: string, request: CommentRequest, progress: { doing: string }): Promise<void> {
  const deadline = request.deadlineMs ?? deadlineFromEnvironment();
  const pause = Math.min(pauseFromEnvironment(), Math.floor(deadline / 4));
  await new Promise((resolve) => setTimeout(resolve, pause));
  try {
    progress.doing = 'reading the comment again after writing the failure';
    if (!passedInSameRun(await commentBody(octokit, repo, id), request.run)) return;
    progress.doing = 'writing the failure again over a pass of the same run';
    await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body });
  } catch {
    // The failure was written once; the job's status has the verdict either way.
  }
}

/**
 * POST is not idempotent: a create that failed with a 5xx, a lost connection or the deadline
 * may have been written all the same, so it is never sent again (rate-limited requests, which
 * GitHub refused before doing anything, are the only retried creates). After such a failure the
 * comments are listed once more: if the comment is there, it was created.
 */
async function createOnce(octokit: GitHubClient, issue: Issue, request: CommentRequest, progress: { doing: string }, finder: Finder): Promise<CommentOutcome> {
  try {
    const { data } = await octokit.rest.issues.createComment({ ...issue, body: request.body(), request: { retries: 0 } });
    return { action: 'created', url: commentUrl(data) };
  } catch (error) {
    if (!outcomeUnknown(error)) throw error;
    const listing = await findComment(octokit, issue, finder).catch(() => undefined);
    if (listing?.id !== undefined) return { action: 'created', url: listing.url };
    progress.doing = 'creating the comment (not sent again: GitHub may have written it, and a second would be a duplicate)';
    throw error;
  }
}

/** The open pull request whose head is the deployed commit (else any open one that contains it). */
async function deployedPullRequest(octokit: GitHubClient, repo: { owner: string; repo: string }, sha: string | undefined): Promise<number | undefined> {
  if (!sha) return undefined;
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha, per_page: 100 });
  if (!Array.isArray(data)) throw new GitHubAnswerError(data);
  const open = data.filter((pull) => pull.state === 'open');
  return (open.find((pull) => pull.head.sha === sha) ?? open[0])?.number;
}

/**
 * The comment whose first line is the marker and whose author is the token's own account (see
 * comment-author.ts: anyone can write the marker), following GitHub's `next` links page after
 * page. A link that leads back to a page already read, or off the API's origin, ends the listing,
 * and so does the page cap.
 */
async function findComment(octokit: GitHubClient, issue: Issue, finder: Finder): Promise<Listing> {
  const apiOrigin = new URL(octokit.request.endpoint.DEFAULTS.baseUrl).origin;
  const read = new Set<string>();
  let response = await octokit.rest.issues.listComments({ ...issue, per_page: 100 });
  for (let page = 1; ; page++) {
    if (!Array.isArray(response.data)) throw new GitHubAnswerError(response.data);
    const found = await ownMarkerComment(response.data as readonly unknown[], finder);
    if (found) {
      if (typeof found.id !== 'number') throw new GitHubAnswerError(found);
      return { id: found.id, url: commentUrl(found), body: found.body as string };
    }
    read.add(response.url);
    const next = nextPage(response.headers.link, response.url);
    if (!next) return {};
    if (next === 'unreadable') return { cutShort: `GitHub's link to page ${page + 1} of the comments is not a URL` };
    if (next.origin !== apiOrigin) return { cutShort: `GitHub's link to page ${page + 1} of the comments leads away from ${apiOrigin} (to ${next.origin})` };
    if (read.has(next.href)) return { cutShort: `GitHub's link to the next page of comments after page ${page} leads back to a page already read` };
    if (page === MAX_COMMENT_PAGES) return { cutShort: `the pull request has more than ${MAX_COMMENT_PAGES * 100} comments, more than probegate reads` };
    response = (await octokit.request({ method: 'GET', url: next.href })) as typeof response;
  }
}

type ListedComment = { readonly id?: unknown; readonly body?: unknown; readonly user?: CommentAuthor };

/** The first comment of a page that starts with the marker and is ours; the others with the marker are noted as foreign. */
async function ownMarkerComment(page: readonly unknown[], finder: Finder): Promise<ListedComment | undefined> {
  for (const comment of page as readonly (ListedComment | null)[]) {
    if (typeof comment?.body !== 'string' || !comment.body.startsWith(finder.marker)) continue;
    if (await finder.authors.isOwn(comment.user)) return comment;
    const login = typeof comment.user?.login === 'string' ? comment.user.login : 'a deleted account';
    // A bot that could not be told ours or not is warned of on its own (see CommentOutcome.unverified).
    if (!finder.authors.unverified.has(login)) finder.foreign.add(login);
  }
  return undefined;
}

function nextPage(link: string | undefined, base: string): URL | 'unreadable' | undefined {
  const next = link?.split(',').find((part) => /;\s*rel="?next"?/i.test(part));
  if (next === undefined) return undefined;
  const target = /<([^>]*)>/.exec(next)?.[1];
  return target !== undefined && URL.canParse(target, base) ? new URL(target, base) : 'unreadable';
}

function commentUrl(data: unknown): string {
  const url = (data as { html_url?: unknown } | null)?.html_url;
  if (typeof url !== 'string') throw new GitHubAnswerError(data);
  return url;
}

/** PROBEGATE_COMMENT_REASSERT_MS from the environment (tests), else 2 s. */
function pauseFromEnvironment(): number {
  const configured = Number(process.env.PROBEGATE_COMMENT_REASSERT_MS);
  return Number.isSafeInteger(configured) && configured >= 0 ? configured : REASSERT_PAUSE_MS;
}

function deadlineFromEnvironment(): number {
  const configured = Number(process.env.PROBEGATE_COMMENT_DEADLINE_MS);
  return Number.isSafeInteger(configured) && configured > 0 ? configured : COMMENT_DEADLINE_MS;
}
