// The sticky comment when GitHub's API (or the network to it) misbehaves, through the bundled
// action: whatever happens, the gate alone decides the job, there is never a second comment, and
// the warning says what happened in one line.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../helpers/action.js';
import { startConnectProxy, type ConnectProxy } from '../helpers/connect-proxy.js';
import { startGitHubApi, type Fault, type GitHubApiOptions, type GitHubApiStandIn, type RecordedRequest } from '../helpers/github-api.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

const MARKER = '<!-- probegate:.github/probegate.yml -->';
const MANIFEST = `version: 1
checks:
  - name: Checkout
    type: http
    request: { url: "{{ BASE_URL }}/checkout" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
`;
const BAD_GATEWAY_PAGE = `<!DOCTYPE html>\n<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n${'<p>upstream went away</p>\n'.repeat(500)}</body>\n</html>\n`;
const SECONDARY_LIMIT = JSON.stringify({ message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' });

let preview: Peer;
let api: GitHubApiStandIn;
let checkoutStatus = 503;

beforeAll(async () => {
  preview = await startHttpServer((_req, res) => res.writeHead(checkoutStatus).end(checkoutStatus === 503 ? 'checkout is down' : 'ok'));
});
afterAll(() => preview.close());
afterEach(async () => {
  checkoutStatus = 503;
  expect(api.violations, 'requests the GitHub API would not accept').toEqual([]);
  await api.close();
});

/** A stand-in that answers `fault(request, attempt)` for the requests of one operation. */
async function useApi(operationId: string | undefined, fault?: (attempt: number, request: RecordedRequest) => Fault | undefined, options: GitHubApiOptions = {}): Promise<void> {
  api = await startGitHubApi({ ...options, fault: (request, attempt) => (request.operationId === operationId ? fault?.(attempt, request) : undefined) });
}

async function probe(env: Record<string, string> = {}, comment = 'on-failure'): Promise<ActionRun> {
  return runAction({
    inputs: { 'base-url': preview.url, comment, 'github-token': 'ghs_standInToken123' },
    files: { '.github/probegate.yml': MANIFEST },
    eventName: 'pull_request',
    event: { number: 7, pull_request: { number: 7, head: { sha: 'feedc0de' } } },
    env: { GITHUB_API_URL: api.url, ...env },
  });
}

const json = (status: number, body: string, headers: Record<string, string> = {}): Fault => ({ answer: { status, body, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } } });
const calls = (operationId: string) => api.requests.filter((r) => r.operationId === operationId);
const markerComments = () => api.comments.filter((c) => c.body.startsWith(MARKER));
const warnings = (run: ActionRun) => run.stdout.split('\n').filter((line) => line.startsWith('::warning'));

/** The job ends as the gate decided (one failing check), whatever the comment met. */
function expectGateDecided(run: ActionRun): void {
  expect(run.exitCode).toBe(1);
  expect(run.outputs.result).toBe('fail');
  expect(run.outputs.failed).toBe('1');
  expect(run.stdout).toContain('::error::1 check failed the gate: Checkout');
}

/** The one warning of the run, on one line. */
function theWarning(run: ActionRun): string {
  expect(warnings(run)).toHaveLength(1);
  const warning = warnings(run)[0]!;
  expect(warning).not.toContain('%0A');
  return warning;
}

describe('the comment behind a proxy', () => {
  const host = 'api.github.invalid';
  let certDir: string;
  let proxy: ConnectProxy;

  beforeAll(async () => {
    certDir = mkdtempSync(path.join(tmpdir(), 'probegate-api-cert-'));
    await promisify(execFile)('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1', '-subj', `/CN=${host}`, '-addext', `subjectAltName=DNS:${host}`, '-keyout', path.join(certDir, 'key.pem'), '-out', path.join(certDir, 'cert.pem')]);
  });
  afterAll(() => rmSync(certDir, { recursive: true, force: true }));
  afterEach(() => proxy.close());

  /** A TLS stand-in named api.github.invalid, reachable only through the proxy. */
  async function useProxiedApi(): Promise<Record<string, string>> {
    api = await startGitHubApi({ tls: { key: readFileSync(path.join(certDir, 'key.pem'), 'utf8'), cert: readFileSync(path.join(certDir, 'cert.pem'), 'utf8') } });
    const port = new URL(api.url).port;
    proxy = await startConnectProxy({ [`${host}:${port}`]: Number(port) });
    return { GITHUB_API_URL: `https://${host}:${port}`, HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: path.join(certDir, 'cert.pem') };
  }

  it('goes through HTTPS_PROXY, as octokit does on a runner, finding and writing the comment there', async () => {
    const env = await useProxiedApi();
    api.seedComments(7, 120);
    const run = await probe(env);
    expectGateDecided(run);
    expect(warnings(run)).toEqual([]);
    expect(markerComments()).toHaveLength(1);
    expect(calls('issues/list-comments').map((r) => r.query.page)).toEqual([undefined, '2']);
    expect(proxy.tunnels.length).toBeGreaterThanOrEqual(1);
    expect(new Set(proxy.tunnels)).toEqual(new Set([`${host}:${new URL(api.url).port}`]));
  });

  it('goes straight to a host NO_PROXY names, never through the proxy', async () => {
    const env = await useProxiedApi();
    const run = await probe({ ...env, NO_PROXY: `localhost,.github.invalid` });
    expectGateDecided(run);
    expect(proxy.tunnels).toEqual([]);
    // Not through the proxy, the name does not resolve (it is .invalid): the comment says so.
    const warning = theWarning(run);
    expect(warning).toContain('GitHub could not be reached');
    expect(warning).toContain(host);
    expect(warning).toContain('HTTPS_PROXY, NO_PROXY');
  });
});

describe('the listing of comments', () => {
  it('stops at a next link that leads back to a page already read, and creates no second comment', async () => {
    await useApi('issues/list-comments', (_attempt, request) => ({ link: () => `<${api.url}${request.path}?per_page=100&page=1>; rel="next"` }));
    api.seedComments(7, 150);
    api.comments.push({ id: 1, issueNumber: 7, body: `${MARKER}\nan earlier run's comment, on page 2` });
    const run = await probe();
    expectGateDecided(run);
    expect(theWarning(run)).toContain("GitHub's link to the next page of comments after page 2 leads back to a page already read");
    expect(theWarning(run)).toContain('it is not updated, and none is created, so that there is never a second one');
    expect(api.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(markerComments()).toHaveLength(1);
  });

  it('warns on a passing run too when the listing loops, since the earlier failing comment cannot be updated', async () => {
    await useApi('issues/list-comments', (_attempt, request) => ({ link: () => `<${api.url}${request.path}?per_page=100&page=1>; rel="next"` }));
    api.seedComments(7, 100);
    api.comments.push({ id: 1, issueNumber: 7, body: `${MARKER}\n### probegate failed` });
    checkoutStatus = 200;
    const run = await probe();
    expect(run.exitCode).toBe(0);
    expect(run.outputs.result).toBe('pass');
    expect(theWarning(run)).toContain('it is not updated, and none is created');
    expect(api.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('stops at 30 pages when the next link never ends, says so, and creates nothing', async () => {
    await useApi('issues/list-comments', (_attempt, request) => ({ link: (page: number) => `<${api.url}${request.path}?per_page=100&page=${page + 1}>; rel="next"` }));
    const run = await probe();
    expectGateDecided(run);
    expect(theWarning(run)).toContain('the pull request has more than 3000 comments, more than probegate reads');
    expect(calls('issues/list-comments')).toHaveLength(30);
    expect(calls('issues/create-comment')).toEqual([]);
  });

  it('says invalid JSON from the API is not what GitHub answers, and writes nothing', async () => {
    await useApi('issues/list-comments', () => json(200, '[{"id": 12, "body": "<!-- probe'));
    const run = await probe();
    expectGateDecided(run);
    const warning = theWarning(run);
    expect(warning).toContain("No pull-request comment: GitHub's answer was not the JSON expected");
    expect(warning).toContain('when listing the comments of pull request #7');
    expect(calls('issues/create-comment')).toEqual([]);
  });
});

describe('server errors and rate limits', () => {
  it('retries a 502 with back-off and then writes the comment once', async () => {
    await useApi('issues/list-comments', (attempt) => (attempt <= 2 ? { answer: { status: 502, body: BAD_GATEWAY_PAGE, headers: { 'content-type': 'text/html' } } } : undefined));
    const run = await probe();
    expectGateDecided(run);
    expect(warnings(run)).toEqual([]);
    expect(calls('issues/list-comments')).toHaveLength(3);
    expect(markerComments()).toHaveLength(1);
  });

  it('cuts a 502 HTML page that persists to one line in the warning, after retrying', async () => {
    await useApi('issues/list-comments', () => ({ answer: { status: 502, body: BAD_GATEWAY_PAGE, headers: { 'content-type': 'text/html' } } }));
    const run = await probe();
    expectGateDecided(run);
    const warning = theWarning(run);
    expect(warning).toContain('GitHub answered 502 (502 Bad Gateway) while listing the comments of pull request #7, also when asked again');
    expect(warning).not.toContain('<');
    expect(warning.length).toBeLessThan(600);
    expect(calls('issues/list-comments')).toHaveLength(4);
  });

  it('says a secondary rate limit is one (not a missing permission) when its retry-after is past the deadline', async () => {
    await useApi('issues/create-comment', () => json(403, SECONDARY_LIMIT, { 'retry-after': '120' }));
    const run = await probe();
    expectGateDecided(run);
    const warning = theWarning(run);
    expect(warning).toContain("GitHub's secondary rate limit stopped creating the comment (403 and asked to wait 120 s, past the comment's deadline)");
    expect(warning).not.toContain('pull-requests: write');
    expect(calls('issues/create-comment')).toHaveLength(1);
    expect(api.comments).toEqual([]);
  });

  it('waits out a secondary rate limit (429, retry-after 1 s) and creates the comment once', async () => {
    await useApi('issues/create-comment', (attempt) => (attempt === 1 ? json(429, SECONDARY_LIMIT, { 'retry-after': '1' }) : undefined));
    const run = await probe();
    expectGateDecided(run);
    expect(warnings(run)).toEqual([]);
    expect(calls('issues/create-comment')).toHaveLength(2);
    expect(markerComments()).toHaveLength(1);
    expect(run.stdout).toContain('Pull-request comment created');
  });

  it("says the token's rate limit is used up, and until when", async () => {
    const reset = Math.floor(Date.UTC(2030, 0, 1) / 1000);
    await useApi('issues/list-comments', () => json(403, JSON.stringify({ message: 'API rate limit exceeded for installation ID 1.' }), { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }));
    const run = await probe();
    expectGateDecided(run);
    expect(theWarning(run)).toContain("GitHub's API rate limit for this token is used up until 2030-01-01T00:00:00.000Z (403 while listing the comments of pull request #7)");
    expect(calls('issues/list-comments')).toHaveLength(1);
  });
});

describe('never a second comment', () => {
  it('does not send a create again when its answer was lost: the listing finds the comment GitHub wrote', async () => {
    await useApi('issues/create-comment', (attempt) => (attempt === 1 ? 'drop-after-serving' : undefined));
    const run = await probe();
    expectGateDecided(run);
    expect(warnings(run)).toEqual([]);
    expect(calls('issues/create-comment')).toHaveLength(1);
    expect(markerComments()).toHaveLength(1);
    expect(run.stdout).toContain(`Pull-request comment created: https://github.com/octo/preview/pull/7#issuecomment-${markerComments()[0]!.id}`);
  });

  it('does not send a create answered 502 again, and says why', async () => {
    await useApi('issues/create-comment', () => ({ answer: { status: 502, body: BAD_GATEWAY_PAGE, headers: { 'content-type': 'text/html' } } }));
    const run = await probe();
    expectGateDecided(run);
    expect(theWarning(run)).toContain('GitHub answered 502 (502 Bad Gateway) while creating the comment (not sent again: GitHub may have written it, and a second would be a duplicate)');
    expect(calls('issues/create-comment')).toHaveLength(1);
    expect(calls('issues/list-comments')).toHaveLength(2);
  });

  it('gives up at the deadline on a create that hangs after writing, and the next run updates that comment', async () => {
    let hang = true;
    await useApi('issues/create-comment', () => (hang ? 'hang-after-serving' : undefined));
    const first = await probe({ PROBEGATE_COMMENT_DEADLINE_MS: '3000' });
    expectGateDecided(first);
    expect(theWarning(first)).toContain("GitHub did not answer within the comment's 3 s deadline while creating the comment");
    hang = false;
    const second = await probe();
    expectGateDecided(second);
    expect(warnings(second)).toEqual([]);
    expect(api.requests.filter((r) => r.method !== 'GET').map((r) => r.operationId)).toEqual(['issues/create-comment', 'issues/update-comment']);
    expect(markerComments()).toHaveLength(1);
  });

  it('a listing that hangs cannot hold the job: the comment gives up at its deadline', async () => {
    await useApi('issues/list-comments', () => 'hang');
    const run = await probe({ PROBEGATE_COMMENT_DEADLINE_MS: '2000' });
    expectGateDecided(run);
    expect(theWarning(run)).toContain("GitHub did not answer within the comment's 2 s deadline while listing the comments of pull request #7");
    expect(api.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});
