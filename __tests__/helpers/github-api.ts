// A loopback stand-in for the GitHub REST API, strict about what it is sent: every request must
// match a route of GitHub's published OpenAPI description (@octokit/openapi) by method and path
// template, with declared query parameters and path values of the declared type, and a JSON
// body valid against the operation's requestBody schema. Anything else is answered 404/422 and
// recorded in `violations`, which a test asserts empty. Comments live in memory. A `fault`
// makes it misbehave as GitHub (or a gateway in front of it) sometimes does. Of GraphQL (POST
// /graphql, not in the REST description) it answers one query, `viewer { login }`.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = Record<string, unknown>;

interface Operation {
  readonly method: string;
  readonly template: string;
  readonly pattern: RegExp;
  readonly pathParams: readonly string[];
  readonly operationId: string;
  readonly parameters: readonly Json[];
  readonly requestBody?: Json;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly operationId?: string;
  readonly query: Record<string, string>;
  readonly authorization?: string;
  readonly body?: unknown;
}

export interface StoredComment {
  readonly id: number;
  readonly issueNumber: number;
  body: string;
  /** Who wrote it; github-actions[bot] when not given. */
  readonly author?: CommentAccount;
}

/** An account as the REST API shows a comment's `user`. */
export interface CommentAccount {
  readonly login: string;
  readonly type: 'User' | 'Bot';
}

const GITHUB_ACTIONS_BOT: CommentAccount = { login: 'github-actions[bot]', type: 'Bot' };

/** A stable id per login (github-actions[bot]'s real one). */
function accountId(account: CommentAccount): number {
  return account === GITHUB_ACTIONS_BOT ? 41898282 : [...account.login].reduce((id, char) => id * 31 + char.charCodeAt(0), 7) % 1_000_000_000;
}

export interface PullRequestStub {
  readonly number: number;
  readonly state: 'open' | 'closed';
  readonly headSha: string;
}

export interface GitHubApiOptions {
  /**
   * The account the token acts as: it writes the comments created, and GET /user answers it when
   * it is a person (a personal access token); a bot's token (GITHUB_TOKEN) is refused there with
   * 403, as GitHub refuses an app's; GraphQL's `viewer { login }` answers its login, a bot's too.
   * Default github-actions[bot].
   */
  readonly tokenAccount?: CommentAccount;
  /** Answer comment writes (POST, PATCH) with this status, as GitHub does for a read-only token. */
  readonly denyWritesWith?: 403 | 404;
  /** What `GET /repos/{owner}/{repo}/commits/{sha}/pulls` answers, by commit. */
  readonly pullsByCommit?: Record<string, readonly PullRequestStub[]>;
  /** What `GET /repos/{owner}/{repo}/deployments?environment=NAME` lists, newest first, by environment. */
  readonly deployments?: Record<string, readonly DeploymentStub[]>;
  /** Serve HTTPS with this key and certificate instead of HTTP. */
  readonly tls?: { readonly key: string; readonly cert: string };
  /**
   * Decides, request by request, whether to misbehave; `attempt` counts the requests to the
   * same operation so far, from 1. Undefined serves the request as usual.
   */
  readonly fault?: (request: RecordedRequest, attempt: number) => Fault | undefined;
  /** Told of each request once it has been carried out (a write has changed the comments), before it is answered. */
  readonly served?: (request: RecordedRequest, attempt: number) => void;
}

export interface DeploymentStub {
  readonly id: number;
  /** Newest first, as GitHub lists them. */
  readonly statuses: readonly { readonly state: string; readonly environment_url?: string; readonly target_url?: string }[];
}

export type Fault =
  /** This raw answer instead of the real one (the request is not carried out). */
  | { readonly answer: { readonly status: number; readonly body: string; readonly headers?: Record<string, string> } }
  /** The real answer, with this Link header (a page number in, the header out). */
  | { readonly link: (page: number) => string | undefined }
  /** Carry the request out, then close the connection without answering. */
  | 'drop-after-serving'
  /** Never answer (the connection stays open until the stand-in closes). */
  | 'hang'
  /** Carry the request out, then never answer. */
  | 'hang-after-serving'
  /** Carry the request out only once this settles: orders the requests of processes side by side, with no timer. */
  | { readonly wait: Promise<unknown> };

export interface GitHubApiStandIn {
  readonly url: string;
  readonly requests: RecordedRequest[];
  readonly violations: string[];
  readonly comments: StoredComment[];
  /** Adds comments by other people, so the marker has to be looked for past the first page. */
  seedComments(issueNumber: number, count: number): void;
  close(): Promise<void>;
}

const requireFromHere = createRequire(import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

let routes: OpenApiRoutes | undefined;

/** GitHub's REST routes, read once per test process (the description is 13 MB). */
function githubRoutes(): OpenApiRoutes {
  if (!routes) {
    const packageDir = path.dirname(requireFromHere.resolve('@octokit/openapi/package.json'));
    routes = new OpenApiRoutes(JSON.parse(readFileSync(path.join(packageDir, 'generated', 'api.github.com.json'), 'utf8')) as Json);
  }
  return routes;
}

/** Matches requests to the description's operations and says what about them it would reject. */
class OpenApiRoutes {
  private readonly operations: Operation[] = [];
  private readonly ajv = addFormats(new Ajv({ strict: false, allErrors: true, coerceTypes: true }));
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: Json) {
    for (const [template, item] of Object.entries(document.paths as Record<string, Record<string, Json>>)) {
      const pathParams = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
      const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '([^/]+)')}$`);
      for (const [method, operation] of Object.entries(item)) {
        if (!['get', 'post', 'patch', 'put', 'delete'].includes(method)) continue;
        const { operationId, parameters = [], requestBody } = operation as { operationId: string; parameters?: Json[]; requestBody?: Json };
        this.operations.push({ method: method.toUpperCase(), template, pattern, pathParams, operationId, parameters, requestBody });
      }
    }
    // The most literal template wins: /issues/comments before /issues/{issue_number}.
    this.operations.sort((a, b) => a.pathParams.length - b.pathParams.length);
  }

  match(method: string, pathname: string): { operation: Operation; pathValues: Record<string, string> } | undefined {
    const operation = this.operations.find((o) => o.method === method && o.pattern.test(pathname));
    if (!operation) return undefined;
    const values = operation.pattern.exec(pathname)!.slice(1).map(decodeURIComponent);
    return { operation, pathValues: Object.fromEntries(operation.pathParams.map((name, i) => [name, values[i]!])) };
  }

  /** Why GitHub would reject these parameters and body, or undefined. */
  problem(operation: Operation, values: Record<string, string>, body: unknown): string | undefined {
    const declared = this.dereference(operation.parameters) as Json[];
    for (const [name, value] of Object.entries(values)) {
      const parameter = declared.find((p) => p.name === name);
      if (!parameter) return `parameter ${name} is not declared by ${operation.operationId}`;
      const validate = this.validator(`${operation.operationId}:${name}`, () => ({ type: 'object', properties: { value: parameter.schema }, required: ['value'] }));
      if (!validate({ value })) return `parameter ${name}=${value}: ${this.ajv.errorsText(validate.errors)}`;
    }
    const requestBody = operation.requestBody ? (this.dereference(operation.requestBody) as Json) : undefined;
    if (!requestBody) return body === undefined ? undefined : `${operation.operationId} takes no body`;
    if (body === undefined) return requestBody.required ? `${operation.operationId} needs a body` : undefined;
    const validate = this.validator(`${operation.operationId}:body`, () => ((requestBody.content as Json)['application/json'] as Json).schema);
    return validate(body) ? undefined : `body: ${this.ajv.errorsText(validate.errors)}`;
  }

  private validator(key: string, schema: () => unknown): ValidateFunction {
    if (!this.validators.has(key)) this.validators.set(key, this.ajv.compile(schema() as object));
    return this.validators.get(key)!;
  }

  /** Replaces `$ref`s into the description with what they point at. */
  private dereference(value: unknown, depth = 0): unknown {
    if (depth > 40) throw new Error('OpenAPI $ref nesting too deep');
    if (Array.isArray(value)) return value.map((item) => this.dereference(item, depth + 1));
    if (!value || typeof value !== 'object') return value;
    const ref = (value as Json).$ref;
    if (typeof ref !== 'string') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.dereference(item, depth + 1)]));
    const keys = ref.slice(2).split('/').map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
    return this.dereference(keys.reduce<unknown>((node, key) => (node as Json)[key], this.document), depth + 1);
  }
}

interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Record<string, string>;
}

/** The comments of the stand-in's pull requests, and the answers GitHub would give about them. */
class CommentStore {
  readonly comments: StoredComment[] = [];
  private nextId = 1000;
  base = '';

  constructor(private readonly options: GitHubApiOptions) {}

  add(issueNumber: number, body: string, author?: CommentAccount): StoredComment {
    const comment = { id: this.nextId++, issueNumber, body, author };
    this.comments.push(comment);
    return comment;
  }

  reply(method: string, operationId: string, params: Record<string, string>, query: Record<string, string>, body: unknown, link?: (page: number) => string | undefined): Reply | undefined {
    if ((method === 'POST' || method === 'PATCH') && this.options.denyWritesWith) {
      const status = this.options.denyWritesWith;
      return { status, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments', status: String(status) } };
    }
    const text = (body as { body?: string } | undefined)?.body ?? '';
    switch (operationId) {
      case 'issues/list-comments':
        return this.page(params, Number(query.per_page ?? 30), Number(query.page ?? 1), link);
      case 'issues/create-comment':
        return { status: 201, body: this.json(this.add(Number(params.issue_number), text, this.options.tokenAccount)) };
      case 'users/get-authenticated': {
        const account = this.options.tokenAccount ?? GITHUB_ACTIONS_BOT;
        if (account.type === 'Bot') return { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '403' } };
        return { status: 200, body: { login: account.login, id: accountId(account), type: 'User', site_admin: false } };
      }
      case 'issues/get-comment': {
        const comment = this.comments.find((c) => c.id === Number(params.comment_id));
        return comment ? { status: 200, body: this.json(comment) } : { status: 404, body: { message: 'Not Found' } };
      }
      case 'issues/update-comment': {
        const comment = this.comments.find((c) => c.id === Number(params.comment_id));
        if (!comment) return { status: 404, body: { message: 'Not Found' } };
        comment.body = text;
        return { status: 200, body: this.json(comment) };
      }
      case 'repos/list-pull-requests-associated-with-commit': {
        const pulls = this.options.pullsByCommit?.[params.commit_sha!] ?? [];
        return { status: 200, body: pulls.map((p) => ({ number: p.number, state: p.state, head: { sha: p.headSha, ref: 'feature' }, base: { ref: 'main' } })) };
      }
      case 'repos/list-deployments': {
        const listed = this.options.deployments?.[query.environment ?? ''] ?? [];
        return { status: 200, body: listed.slice(0, Number(query.per_page ?? 30)).map((d) => ({ id: d.id, environment: query.environment, sha: 'abc123', ref: 'main', url: `${this.base}/repos/${params.owner}/${params.repo}/deployments/${d.id}` })) };
      }
      case 'repos/list-deployment-statuses': {
        const deployment = Object.values(this.options.deployments ?? {}).flat().find((d) => d.id === Number(params.deployment_id));
        if (!deployment) return { status: 404, body: { message: 'Not Found' } };
        return { status: 200, body: deployment.statuses.slice(0, Number(query.per_page ?? 30)).map((status, i) => ({ id: deployment.id * 100 + i, ...status, target_url: status.target_url ?? '', environment_url: status.environment_url ?? '' })) };
      }
      default:
        return undefined;
    }
  }

  /** One page of an issue's comments, with GitHub's Link header to the next and last pages. */
  private page(params: Record<string, string>, perPage: number, page: number, link?: (page: number) => string | undefined): Reply {
    const issueNumber = Number(params.issue_number);
    const all = this.comments.filter((c) => c.issueNumber === issueNumber);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const url = (n: number) => `<${this.base}/repos/${params.owner}/${params.repo}/issues/${issueNumber}/comments?per_page=${perPage}&page=${n}>`;
    const header = link ? link(page) : page < last ? `${url(page + 1)}; rel="next", ${url(last)}; rel="last"` : undefined;
    return { status: 200, body: all.slice((page - 1) * perPage, page * perPage).map((c) => this.json(c)), headers: header === undefined ? undefined : { link: header } };
  }

  private json(comment: StoredComment): Json {
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${this.base}/repos/octo/preview/issues/comments/${comment.id}`,
      html_url: `https://github.com/octo/preview/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.base}/repos/octo/preview/issues/${comment.issueNumber}`,
      body: comment.body,
      user: { ...(comment.author ?? GITHUB_ACTIONS_BOT), id: accountId(comment.author ?? GITHUB_ACTIONS_BOT) },
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
      author_association: 'NONE',
    };
  }
}

/** Why a GraphQL request is not the one query the stand-in answers (`{ query: "query { viewer { login } }" }`). */
function viewerQueryProblem(body: unknown): string | undefined {
  const query = (body as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string') return 'a GraphQL request needs a query string';
  const compact = query.replace(/\s+/g, ' ').trim();
  return /^(query )?\{ ?viewer ?\{ ?login ?\} ?\}$/.test(compact) ? undefined : `the stand-in answers only GraphQL's viewer { login }, not ${compact}`;
}

export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApiStandIn> {
  const api = githubRoutes();
  const store = new CommentStore(options);
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const attempts = new Map<string, number>();
  const sockets = new Set<Socket>();
  const scheme = options.tls ? 'https' : 'http';
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      // Links name the host the client asked for (through a proxy, not 127.0.0.1).
      if (req.headers.host) store.base = `${scheme}://${req.headers.host}`;
      const url = new URL(req.url ?? '/', store.base);
      const send = ({ status, body, headers }: Reply) => res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
      const reject = (status: number, problem: string) => {
        violations.push(`${req.method} ${url.pathname}: ${problem}`);
        send({ status, body: { message: problem, documentation_url: 'https://docs.github.com/rest' } });
      };
      const query = Object.fromEntries(url.searchParams);
      const matched = api.match(req.method!, url.pathname);
      let body: unknown;
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        body = text ? JSON.parse(text) : undefined;
      } catch {
        return reject(400, 'the body is not JSON');
      }
      const graphql = req.method === 'POST' && url.pathname === '/graphql';
      const recorded: RecordedRequest = { method: req.method!, path: url.pathname, operationId: graphql ? 'graphql' : matched?.operation.operationId, query, authorization: req.headers.authorization, body };
      requests.push(recorded);
      if (graphql) {
        const problem = viewerQueryProblem(body);
        if (problem) return reject(400, problem);
        const attempt = (attempts.get('graphql') ?? 0) + 1;
        attempts.set('graphql', attempt);
        const fault = options.fault?.(recorded, attempt);
        if (fault && typeof fault === 'object' && 'answer' in fault) return res.writeHead(fault.answer.status, fault.answer.headers).end(fault.answer.body);
        return send({ status: 200, body: { data: { viewer: { login: (options.tokenAccount ?? GITHUB_ACTIONS_BOT).login } } } });
      }
      if (!matched) return reject(404, 'no such route in the GitHub REST API description');
      const problem = api.problem(matched.operation, { ...matched.pathValues, ...query }, body);
      if (problem) return reject(422, problem);
      const attempt = (attempts.get(matched.operation.operationId) ?? 0) + 1;
      attempts.set(matched.operation.operationId, attempt);
      const fault = options.fault?.(recorded, attempt);
      if (fault === 'hang') return;
      if (fault && typeof fault === 'object' && 'answer' in fault) {
        return res.writeHead(fault.answer.status, fault.answer.headers).end(fault.answer.body);
      }
      const serve = () => {
        const link = fault && typeof fault === 'object' && 'link' in fault ? fault.link : undefined;
        const reply = store.reply(req.method!, matched.operation.operationId, matched.pathValues, query, body, link);
        if (!reply) return reject(501, `${matched.operation.operationId} is a real GitHub route this stand-in does not serve`);
        options.served?.(recorded, attempt);
        if (fault === 'drop-after-serving') return req.socket.destroy();
        if (fault === 'hang-after-serving') return;
        send(reply);
      };
      if (fault && typeof fault === 'object' && 'wait' in fault) return void fault.wait.then(serve, serve);
      serve();
    });
  };
  const server = options.tls ? https.createServer(options.tls, handler) : http.createServer(handler);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  store.base = address;
  return {
    url: address,
    requests,
    violations,
    comments: store.comments,
    seedComments(issueNumber, count) {
      for (let i = 0; i < count; i++) store.add(issueNumber, `LGTM ${i} <!-- probegate:elsewhere.yml -->`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
