// Whose comment the sticky comment may be. A comment that starts with probegate's marker is
// probegate's only when the account the github-token acts as wrote it: anyone who can comment on
// the pull request can write the marker, and a comment of theirs taken for probegate's would be
// edited by probegate, and then by them (to show a pass). As sticky-comment actions do
// (marocchino/sticky-pull-request-comment compares with the token's own login), an author is ours:
// - when it is a Bot: GITHUB_TOKEN writes as github-actions[bot], a GitHub App as its own bot, and
//   no person can write as a bot; an app's token cannot read GET /user, so a bot is taken on type;
// - when it is the login GET /user gives for this token (a personal access token's user), asked
//   once, and only when a marker comment by a person is found.
// Anyone else's comment is left alone, and probegate writes its own.
import { GitHubAnswerError, refusedByGitHub } from '../errors/github-api.js';
import type { GitHubClient } from './github-client.js';

/** A comment's `user`, as the REST API lists it: null for a deleted account. */
export type CommentAuthor = { readonly login?: unknown; readonly type?: unknown } | null | undefined;

/** Says whether a comment's author is the token's own account; asks GitHub at most once. */
export type OwnAuthorTest = (author: CommentAuthor) => Promise<boolean>;

export function ownAuthorTest(octokit: GitHubClient, progress: { doing: string }): OwnAuthorTest {
  let ownLogin: Promise<string | undefined> | undefined;
  return async (author) => {
    if (typeof author?.login !== 'string') return false;
    if (author.type === 'Bot') return true;
    if (!ownLogin) {
      const before = progress.doing;
      progress.doing = "asking GitHub which account the github-token acts as (to tell probegate's comments from others')";
      ownLogin = authenticatedLogin(octokit);
      await ownLogin;
      progress.doing = before;
    }
    const login = await ownLogin;
    return login !== undefined && login.toLowerCase() === author.login.toLowerCase();
  };
}

/** The login of the token's user; undefined for a token that has none (an app's, GITHUB_TOKEN's). */
async function authenticatedLogin(octokit: GitHubClient): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    const login = (data as { login?: unknown } | null)?.login;
    if (typeof login !== 'string') throw new GitHubAnswerError(data);
    return login;
  } catch (error) {
    // GITHUB_TOKEN is answered 403 "Resource not accessible by integration": its comments are a bot's.
    if (refusedByGitHub(error) && !rateLimited(error)) return undefined;
    if ((error as { status?: unknown } | null)?.status === 401) return undefined;
    // Anything else (GitHub down, the deadline) leaves the question open: the caller says so, and writes nothing.
    throw error;
  }
}

function rateLimited(error: unknown): boolean {
  const { message, response } = (error ?? {}) as { message?: string; response?: { headers?: Record<string, string | undefined> } };
  return response?.headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message ?? '');
}
