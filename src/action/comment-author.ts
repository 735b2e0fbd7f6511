// Whose comment the sticky comment may be. A comment that starts with probegate's marker is
// probegate's only when the account the github-token acts as wrote it: anyone who can comment on
// the pull request can write the marker, and a comment of theirs taken for probegate's would be
// edited by probegate, and then by them (to show a pass). Other apps' bots (renovate[bot],
// dependabot[bot]) can write it too. As sticky-comment actions do
// (marocchino/sticky-pull-request-comment compares with GraphQL's `viewer { login }`), an author is ours:
// - when it is github-actions[bot], the account GITHUB_TOKEN writes as;
// - when it is another bot and the token's own: GraphQL's `viewer { login }`, which a GitHub App's
//   installation token can read (GET /user refuses it), asked once, and only when such a comment is
//   found, and the very same login (`my-app[bot]`; a person's login, `acme`, never adopts the bot
//   `acme[bot]`); if GitHub does not say, the comment is left alone (see `unverified`);
// - when it is the login GET /user gives for this token (a personal access token's user), asked
//   once, and only when a marker comment by a person is found.
// Anyone else's comment is left alone, and probegate writes its own.
import { GitHubAnswerError, refusedByGitHub } from '../errors/github-api.js';
import type { GitHubClient } from './github-client.js';

/** A comment's `user`, as the REST API lists it: null for a deleted account. */
export type CommentAuthor = { readonly login?: unknown; readonly type?: unknown } | null | undefined;

/** The account GITHUB_TOKEN comments as. */
const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

/** Tells the token's own comments from others'; asks GitHub at most once per question. */
export class CommentAuthors {
  /** Bots whose marker comments could not be told ours or not, because GitHub did not say which bot the token is. */
  readonly unverified = new Set<string>();
  /** Why GitHub did not say which bot the token is. */
  viewerProblem?: string;
  private ownUser?: Promise<string | undefined>;
  private ownBot?: Promise<string | undefined>;

  constructor(
    private readonly octokit: GitHubClient,
    private readonly progress: { doing: string },
  ) {}

  /** Whether the token's own account wrote a comment by `author`. */
  async isOwn(author: CommentAuthor): Promise<boolean> {
    if (typeof author?.login !== 'string') return false;
    const login = author.login;
    if (author.type === 'Bot') {
      if (login === GITHUB_ACTIONS_BOT) return true;
      this.ownBot ??= this.asking('which bot account the github-token acts as (to tell its comments from other bots\')', () => this.viewerLogin());
      const own = await this.ownBot;
      if (own === undefined) this.unverified.add(login);
      return own !== undefined && sameBot(own, login);
    }
    this.ownUser ??= this.asking("which account the github-token acts as (to tell probegate's comments from others')", () => authenticatedLogin(this.octokit));
    const own = await this.ownUser;
    return own !== undefined && own.toLowerCase() === login.toLowerCase();
  }

  private async asking<T>(what: string, ask: () => Promise<T>): Promise<T> {
    const before = this.progress.doing;
    this.progress.doing = `asking GitHub ${what}`;
    try {
      return await ask();
    } finally {
      this.progress.doing = before;
    }
  }

  /** The login of the token's account by GraphQL (`my-app[bot]` for an app's installation token); undefined, and why, when GitHub does not say. */
  private async viewerLogin(): Promise<string | undefined> {
    try {
      const data = await this.octokit.graphql<{ viewer?: { login?: unknown } | null }>('query { viewer { login } }');
      const login = data?.viewer?.login;
      if (typeof login !== 'string' || login === '') throw new GitHubAnswerError(data);
      return login;
    } catch (error) {
      this.viewerProblem = viewerFailure(error);
      return undefined;
    }
  }
}

/**
 * Whether the viewer is the bot that wrote the comment. GraphQL's viewer is a bot when its login
 * ends in `[bot]` (`my-app[bot]`), as the REST API's comment authors do: the two logins are then the
 * same, but for case. A viewer without `[bot]` is a person (a personal access token's user `acme`),
 * whose token never writes as a bot (`acme[bot]` is another account, an app's): never ours.
 */
function sameBot(viewer: string, author: string): boolean {
  return viewer.toLowerCase().endsWith('[bot]') && viewer.toLowerCase() === author.toLowerCase();
}

function viewerFailure(error: unknown): string {
  const { status, message } = (error ?? {}) as { status?: unknown; message?: unknown };
  const detail = String(message ?? error).replace(/\s+/g, ' ').trim();
  return typeof status === 'number' ? `GitHub answered ${status} to GraphQL's viewer query: ${detail}` : `GraphQL's viewer query failed: ${detail}`;
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
