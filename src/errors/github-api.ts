// What went wrong talking to the GitHub REST API (octokit's RequestError, a fetch failure, the
// comment's deadline, an answer of the wrong shape), said in one line with the likely fix. The
// sticky comment is the only caller: none of this ever decides the job.

export const PERMISSION_HINT =
  'Give the job `permissions: pull-requests: write`; pull requests from forks only get a read-only token, so no comment can be written there.';

/** The comment's deadline ran out; the reason of the AbortSignal every request carries. */
export class GitHubDeadlineExceeded extends Error {
  override readonly name = 'GitHubDeadlineExceeded';
  constructor(readonly limitMs: number) {
    super(`GitHub did not answer within the comment's ${limitMs / 1000} s deadline`);
  }
}

/** A 2xx answer that is not the JSON GitHub documents (a proxy's page, a cut body). */
export class GitHubAnswerError extends Error {
  override readonly name = 'GitHubAnswerError';
  constructor(answer: unknown) {
    super(`GitHub's answer was not the JSON expected${typeof answer === 'string' ? `: ${JSON.stringify(oneLine(answer, 80))}` : ''}`);
  }
}

interface RequestErrorLike {
  readonly name?: string;
  readonly message?: string;
  readonly status?: number;
  readonly cause?: unknown;
  readonly response?: { readonly headers?: Record<string, string | undefined>; readonly data?: unknown };
}

const MAX_DETAIL = 160;

/** One line about `error`, raised while `doing` (e.g. "creating the comment"). */
export function describeGitHubFailure(error: unknown, doing: string): string {
  const failure = (error ?? {}) as RequestErrorLike;
  const deadline = findInChain(error, (e) => e instanceof GitHubDeadlineExceeded) as GitHubDeadlineExceeded | undefined;
  if (deadline) return `${deadline.message} while ${doing}; the next run tries again.`;
  if (error instanceof GitHubAnswerError) return `${error.message} when ${doing}. A proxy or gateway between the runner and GitHub may have answered instead.`;
  const { status, response } = failure;
  const detail = oneLine(failure.message ?? String(error));
  if (status === undefined || !response) return `GitHub could not be reached while ${doing}: ${detail}. A proxy (HTTPS_PROXY, NO_PROXY) or GITHUB_API_URL may be wrong.`;
  const headers = response.headers ?? {};
  if ((status === 403 || status === 429) && /\bsecondary rate limit\b/i.test(detail)) {
    const wait = headers['retry-after'] ? ` and asked to wait ${headers['retry-after']} s, past the comment's deadline` : '';
    return `GitHub's secondary rate limit stopped ${doing} (${status}${wait}): too many requests from this token in a short time, often from jobs running at once. The next run updates the comment.`;
  }
  if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    const until = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
    return `GitHub's API rate limit for this token is used up${until} (${status} while ${doing}). The next run after that updates the comment.`;
  }
  if (status === 403 || status === 404) return `GitHub answered ${status} (${detail}) while ${doing}: the token lacks the pull-requests: write permission. ${PERMISSION_HINT}`;
  if (status >= 500 || status === 429) return `GitHub answered ${status} (${detail}) while ${doing}, also when asked again. GitHub may be having an incident: see https://www.githubstatus.com.`;
  return `GitHub answered ${status} (${detail}) while ${doing}.`;
}

/** GitHub refused the request itself (403, 404): the token lacks a permission, or cannot see the resource. */
export function refusedByGitHub(error: unknown): boolean {
  const { status, response } = (error ?? {}) as RequestErrorLike;
  return response !== undefined && (status === 403 || status === 404);
}

/**
 * Whether a failed write may have been carried out all the same: GitHub answered 5xx, or no
 * answer came (a lost connection, the deadline). A 4xx (a refusal, a rate limit) was not.
 */
export function outcomeUnknown(error: unknown): boolean {
  const { status, response } = (error ?? {}) as RequestErrorLike;
  return status === undefined || !response || status >= 500;
}

/** Text on one line of at most `max` characters: an HTML page becomes its title, or its text. */
export function oneLine(whole: string, max = MAX_DETAIL): string {
  const text = whole.slice(0, 65_536);
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1];
  const plain = (title ?? (/<[a-z!/]/i.test(text) ? text.replace(/<[^>]*>/g, ' ') : text)).replace(/\s+/g, ' ').trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain || '(no message)';
}

function findInChain(error: unknown, test: (e: unknown) => boolean): unknown {
  for (let e = error, depth = 0; e && depth < 8; e = (e as RequestErrorLike).cause, depth++) if (test(e)) return e;
  return undefined;
}
