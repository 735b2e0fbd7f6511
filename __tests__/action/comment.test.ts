// The sticky pull-request comment, written by the bundled action against a GitHub API stand-in
// that validates every request against GitHub's OpenAPI description.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../helpers/action.js';
import { startGitHubApi, type GitHubApiStandIn, type GitHubApiOptions, type RecordedRequest } from '../helpers/github-api.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

const MARKER = '<!-- probegate:.github/probegate.yml -->';
const TOKEN = 'ghs_standInToken123';
const MANIFEST = `version: 1
defaults:
  timeout: 2s
checks:
  - name: Home page
    type: http
    request: { url: "{{ BASE_URL }}/" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
  - name: Checkout
    type: http
    request: { url: "{{ BASE_URL }}/checkout" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
`;

let preview: Peer;
let checkoutStatus = 503;
let api: GitHubApiStandIn;

beforeAll(async () => {
  preview = await startHttpServer((req, res) => {
    if (req.url === '/checkout') res.writeHead(checkoutStatus).end(checkoutStatus === 200 ? 'ok' : 'checkout is down');
    else res.writeHead(200).end('home');
  });
});
afterAll(() => preview.close());

async function useApi(options: GitHubApiOptions = {}): Promise<void> {
  api = await startGitHubApi(options);
}
afterEach(async () => {
  expect(api.violations, 'requests the GitHub API would not accept').toEqual([]);
  await api.close();
});

function pullRequestEvent(number: number, eventName = 'pull_request') {
  return { eventName, event: { number, pull_request: { number, head: { sha: 'feedc0de' } } } };
}

async function probe(comment: string, event: { eventName: string; event: object }, extra: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    inputs: { 'base-url': preview.url, comment, 'github-token': TOKEN, ...extra },
    files: { '.github/probegate.yml': MANIFEST },
    ...event,
    env: { GITHUB_API_URL: api.url },
  });
}

const JOB_MARKER = '<!-- probegate:.github/probegate.yml#job-Preview%20checks/probe/pull_request -->';

/**
 * One leg of a matrix job: the same workflow, job and step (GITHUB_ACTION) as every other leg, in
 * run `runId`, attempt `attempt`; `step` names another probegate step of the job, `baseUrl` another preview.
 */
function matrixLeg(runId: string, attempt: string, { step = 'probegate', baseUrl = preview.url }: { step?: string; baseUrl?: string } = {}): Promise<ActionRun> {
  return runAction({
    inputs: { 'base-url': baseUrl, comment: 'on-failure', 'github-token': TOKEN },
    files: { '.github/probegate.yml': MANIFEST },
    ...pullRequestEvent(22),
    env: { GITHUB_API_URL: api.url, GITHUB_WORKFLOW: 'Preview checks', GITHUB_JOB: 'probe', GITHUB_ACTION: step, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: attempt, PROBEGATE_COMMENT_REASSERT_MS: '0' },
  });
}

/** A promise and the function that settles it. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Whether a comment write says failed or passed (by its stamp). */
const writesVerdict = (request: RecordedRequest) => (/probegate-run:\d+\/\d+ failed/.test((request.body as { body?: string } | undefined)?.body ?? '') ? 'failed' : 'passed');

const markerComments = (issue: number) => api.comments.filter((c) => c.issueNumber === issue && c.body.startsWith(MARKER));
// GraphQL's viewer query is a POST that writes nothing.
const writes = () => api.requests.filter((r) => r.method !== 'GET' && r.operationId !== 'graphql');
const warnings = (run: ActionRun) => run.stdout.split('\n').filter((line) => line.startsWith('::warning'));

describe('the GitHub API stand-in', () => {
  it.each([
    { request: 'an unknown route', method: 'GET', path: '/repos/octo/preview/probegate/7', body: undefined, says: 'no such route' },
    { request: 'a comment without a body', method: 'POST', path: '/repos/octo/preview/issues/7/comments', body: { text: 'hi' }, says: "must have required property 'body'" },
    { request: 'an undeclared query parameter', method: 'GET', path: '/repos/octo/preview/issues/7/comments?sort=asc', body: undefined, says: 'parameter sort is not declared' },
    { request: 'a non-numeric issue number', method: 'GET', path: '/repos/octo/preview/issues/seven/comments', body: undefined, says: 'parameter issue_number=seven' },
  ])('rejects $request, as GitHub would, and records it', async ({ method, path, body, says }) => {
    await useApi();
    const response = await fetch(`${api.url}${path}`, { method, body: body && JSON.stringify(body) });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(api.violations.join('\n')).toContain(says);
    api.violations.length = 0;
  });
});

describe('the sticky pull-request comment', () => {
  beforeEach(() => {
    checkoutStatus = 503;
  });

  it('is created on a failing run, found again past the first page of comments and updated in place, never duplicated', async () => {
    await useApi();
    api.seedComments(7, 150);
    // Someone quoting the marker does not make their comment ours.
    api.comments.push({ id: 1, issueNumber: 7, body: `> ${MARKER}\n> quoted` });

    const first = await probe('on-failure', pullRequestEvent(7));
    expect(first.exitCode).toBe(1);
    expect(markerComments(7)).toHaveLength(1);
    const [created] = markerComments(7);
    expect(writes().map((r) => r.operationId)).toEqual(['issues/create-comment']);
    expect(created!.body).toContain('Checkout');
    expect(created!.body).toContain('https://github.com/octo/preview/actions/runs/42');
    expect(first.stdout).toContain('Pull-request comment created');
    expect(first.outputs['comment-url']).toBe(`https://github.com/octo/preview/pull/7#issuecomment-${created!.id}`);

    checkoutStatus = 200;
    const second = await probe('on-failure', pullRequestEvent(7));
    expect(second.exitCode).toBe(0);
    expect(markerComments(7)).toHaveLength(1);
    expect(markerComments(7)[0]!.id).toBe(created!.id);
    expect(writes().map((r) => r.operationId)).toEqual(['issues/create-comment', 'issues/update-comment']);
    expect(markerComments(7)[0]!.body).toContain('probegate passed');
    expect(api.comments.find((c) => c.id === 1)!.body).toBe(`> ${MARKER}\n> quoted`);
    // The second run read page 2 of the comments, where the marker was.
    expect(api.requests.some((r) => r.operationId === 'issues/list-comments' && r.query.page === '2')).toBe(true);
    // Only github-actions[bot] wrote the marker: GitHub is never asked which bot the token is.
    expect(api.requests.filter((r) => r.operationId === 'graphql')).toEqual([]);
  });

  it('is not created by on-failure when every check passes', async () => {
    await useApi();
    checkoutStatus = 200;
    const run = await probe('on-failure', pullRequestEvent(8));
    expect(run.exitCode).toBe(0);
    expect(writes()).toEqual([]);
    expect(run.stdout).toContain('no probegate comment exists yet');
    expect(run.outputs['comment-url']).toBe('');
  });

  it('is created by always even when every check passes, on pull_request_target too', async () => {
    await useApi();
    checkoutStatus = 200;
    const run = await probe('always', pullRequestEvent(9, 'pull_request_target'));
    expect(run.exitCode).toBe(0);
    expect(markerComments(9)).toHaveLength(1);
  });

  it('sends the github-token to the API and never prints it', async () => {
    await useApi();
    const run = await probe('always', pullRequestEvent(10));
    expect(api.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });

  it('makes no API request at all with comment: never, nor on an event without a pull request', async () => {
    await useApi();
    const never = await probe('never', pullRequestEvent(11));
    const push = await probe('always', { eventName: 'push', event: { after: 'feedc0de' } });
    expect([never.exitCode, push.exitCode]).toEqual([1, 1]);
    expect(api.requests).toEqual([]);
    expect(push.stdout).toContain('a push event has no pull request to comment on');
  });

  it('on deployment_status, comments on the open pull request whose head is the deployed commit', async () => {
    await useApi({
      pullsByCommit: {
        deadbeef: [
          { number: 3, state: 'closed', headSha: 'deadbeef' },
          { number: 12, state: 'open', headSha: 'other' },
          { number: 14, state: 'open', headSha: 'deadbeef' },
        ],
      },
    });
    const event = { deployment: { sha: 'deadbeef' }, deployment_status: { state: 'success', environment_url: preview.url } };
    const run = await runAction({
      inputs: { comment: 'on-failure', 'github-token': TOKEN },
      files: { '.github/probegate.yml': MANIFEST },
      eventName: 'deployment_status',
      event,
      env: { GITHUB_API_URL: api.url },
    });
    expect(run.exitCode).toBe(1);
    expect(api.requests[0]).toMatchObject({ operationId: 'repos/list-pull-requests-associated-with-commit', path: '/repos/octo/preview/commits/deadbeef/pulls' });
    expect(markerComments(14)).toHaveLength(1);
    expect(api.comments.filter((c) => c.issueNumber !== 14)).toEqual([]);
  });

  it('on deployment_status with no open pull request for the commit, writes nothing', async () => {
    await useApi({ pullsByCommit: { deadbeef: [{ number: 3, state: 'closed', headSha: 'deadbeef' }] } });
    const run = await runAction({
      inputs: { comment: 'always', 'github-token': TOKEN },
      files: { '.github/probegate.yml': MANIFEST },
      eventName: 'deployment_status',
      event: { deployment: { sha: 'deadbeef' }, deployment_status: { state: 'success', target_url: preview.url } },
      env: { GITHUB_API_URL: api.url },
    });
    expect(run.exitCode).toBe(1);
    expect(writes()).toEqual([]);
    expect(run.stdout).toContain('no open pull request has the deployed commit deadbeef');
  });

  it.each([
    { case: 'a fork pull request (403)', status: 403 as const },
    { case: 'a token without access (404)', status: 404 as const },
  ])('on $case, asks once (a refusal is not retried), warns once naming pull-requests: write, and the gate alone decides the job', async ({ status }) => {
    await useApi({ denyWritesWith: status });
    const failing = await probe('on-failure', pullRequestEvent(13));
    expect(failing.exitCode).toBe(1);
    expect(warnings(failing)).toHaveLength(1);
    expect(warnings(failing)[0]).toContain('pull-requests: write');
    expect(warnings(failing)[0]).toContain(`GitHub answered ${status}`);
    expect(failing.outputs.result).toBe('fail');

    checkoutStatus = 200;
    const passing = await probe('always', pullRequestEvent(13));
    expect(passing.exitCode).toBe(0);
    expect(warnings(passing)).toHaveLength(1);
    expect(passing.outputs.result).toBe('pass');
    expect(api.comments).toEqual([]);
    expect(writes().map((r) => r.operationId)).toEqual(['issues/create-comment', 'issues/create-comment']);
  });

  it('on a fork pull request with more warned checks than the runner shows, keeps the permission warning among the 10 warnings shown', async () => {
    await useApi({ denyWritesWith: 403 });
    const checks = Array.from({ length: 12 }, (_, i) => `  - name: Page ${i}\n    type: http\n    request: { url: "{{ BASE_URL }}/checkout" }\n    assertions: [ { type: statusCode, operator: is, target: 200 } ]\n`).join('');
    const run = await runAction({
      inputs: { 'base-url': preview.url, comment: 'always', 'github-token': TOKEN, 'fail-on': 'SSL', 'warn-on': 'INCORRECT_ASSERTION' },
      files: { '.github/probegate.yml': `version: 1\nchecks:\n${checks}` },
      ...pullRequestEvent(16),
      env: { GITHUB_API_URL: api.url },
    });
    expect(run.exitCode).toBe(0);
    expect(warnings(run)).toHaveLength(10);
    expect(warnings(run).filter((line) => line.includes('pull-requests: write'))).toHaveLength(1);
    // The checks' warnings the runner would have dropped are counted in the overflow notice.
    expect(run.stdout).toContain('3 more failing checks are not annotated');
  });

  it('keeps one comment per location: a location that passes never overwrites the failure of another, and the verdict names its location', async () => {
    await useApi();
    const eu = await probe('on-failure', pullRequestEvent(17), { location: 'eu-west' });
    checkoutStatus = 200;
    const us = await probe('always', pullRequestEvent(17), { location: 'us-east' });
    expect([eu.exitCode, us.exitCode]).toEqual([1, 0]);
    expect(api.comments.map((c) => c.body.split('\n').slice(0, 2))).toEqual([
      ['<!-- probegate:.github/probegate.yml#location-eu-west -->', '### ❌ probegate failed: 1 check failed the gate in .github/probegate.yml · location eu-west'],
      ['<!-- probegate:.github/probegate.yml#location-us-east -->', '### ✅ probegate passed: .github/probegate.yml · location us-east'],
    ]);
  });

  it('keeps one comment per job and event of the same manifest, and a job\'s rerun updates its own', async () => {
    await useApi();
    const run = (job: string, eventName: string) =>
      runAction({
        inputs: { 'base-url': preview.url, comment: 'always', 'github-token': TOKEN },
        files: { '.github/probegate.yml': MANIFEST },
        ...pullRequestEvent(18, eventName),
        env: { GITHUB_API_URL: api.url, GITHUB_WORKFLOW: 'Preview checks', GITHUB_JOB: job },
      });
    const failing = await run('probe', 'pull_request');
    checkoutStatus = 200;
    // Another job, and the same job on another event, check other previews: their passes are their own.
    await run('smoke', 'pull_request');
    await run('probe', 'pull_request_target');
    expect(failing.exitCode).toBe(1);
    const heads = () => api.comments.map((c) => c.body.split('\n').slice(0, 2));
    expect(heads()).toEqual([
      ['<!-- probegate:.github/probegate.yml#job-Preview%20checks/probe/pull_request -->', expect.stringMatching(/^### ❌ probegate failed/)],
      ['<!-- probegate:.github/probegate.yml#job-Preview%20checks/smoke/pull_request -->', expect.stringMatching(/^### ✅ probegate passed/)],
      ['<!-- probegate:.github/probegate.yml#job-Preview%20checks/probe/pull_request_target -->', expect.stringMatching(/^### ✅ probegate passed/)],
    ]);
    expect(api.comments[0]!.body).toContain('job probe of Preview checks on pull\\_request');
    // The failing job run again, now passing: its own comment is updated, none is added.
    await run('probe', 'pull_request');
    expect(heads()).toHaveLength(3);
    expect(heads()[0]![1]).toMatch(/^### ✅ probegate passed/);
  });

  /** The job `probe` of workflow `name`, run from `.github/workflows/<file>` at `ref`, on pull request 21. */
  const runFromWorkflowFile = (name: string, file: string, ref: string) =>
    runAction({
      inputs: { 'base-url': preview.url, comment: 'always', 'github-token': TOKEN },
      files: { '.github/probegate.yml': MANIFEST },
      ...pullRequestEvent(21),
      env: { GITHUB_API_URL: api.url, GITHUB_WORKFLOW: name, GITHUB_JOB: 'probe', GITHUB_WORKFLOW_REF: `octo/preview/.github/workflows/${file}@${ref}` },
    });

  it('keeps one comment per workflow file, not per workflow name, and the same across branches and pushes', async () => {
    await useApi();
    const run = (file: string, ref: string) => runFromWorkflowFile('Preview checks', file, ref);
    await run('preview.yml', 'refs/pull/21/merge');
    checkoutStatus = 200;
    // Another file with the same workflow name: its pass is its own.
    await run('nightly.yml', 'refs/pull/21/merge');
    expect(api.comments.map((c) => c.body.split('\n').slice(0, 2))).toEqual([
      ['<!-- probegate:.github/probegate.yml#job-.github%2Fworkflows%2Fpreview.yml/probe/pull_request -->', expect.stringMatching(/^### ❌ probegate failed/)],
      ['<!-- probegate:.github/probegate.yml#job-.github%2Fworkflows%2Fnightly.yml/probe/pull_request -->', expect.stringMatching(/^### ✅ probegate passed/)],
    ]);
    // The footer names the workflow by its name.
    expect(api.comments[0]!.body).toContain('job probe of Preview checks on pull\\_request');
    // The same file on another ref updates its comment: the ref is not part of the marker.
    await run('preview.yml', 'refs/heads/feature');
    expect(api.comments).toHaveLength(2);
    expect(api.comments[0]!.body.split('\n')[1]).toMatch(/^### ✅ probegate passed/);
  });

  it('tells apart workflow files whose names hold an @, on a branch ref and on a commit id', async () => {
    await useApi();
    const run = (file: string, ref: string) => runFromWorkflowFile('Deploy', file, ref);
    await run('deploy@eu.yml', 'refs/heads/main');
    checkoutStatus = 200;
    await run('deploy@us.yml', 'refs/pull/21/merge');
    await run('deploy@eu.yml', '0123456789abcdef0123456789abcdef01234567');
    expect(api.comments.map((c) => c.body.split('\n').slice(0, 2))).toEqual([
      ['<!-- probegate:.github/probegate.yml#job-.github%2Fworkflows%2Fdeploy%40eu.yml/probe/pull_request -->', expect.stringMatching(/^### ✅ probegate passed/)],
      ['<!-- probegate:.github/probegate.yml#job-.github%2Fworkflows%2Fdeploy%40us.yml/probe/pull_request -->', expect.stringMatching(/^### ✅ probegate passed/)],
    ]);
  });

  describe('shared by the legs of a matrix job (no shard or location)', () => {
    const verdict = () => api.comments.filter((c) => c.issueNumber === 22).map((c) => c.body.split('\n')[1]);

    it('keeps the failure a leg of the same run wrote when a later leg passes, and says so in one line', async () => {
      await useApi();
      const broken = await matrixLeg('42', '1');
      checkoutStatus = 200;
      const healthy = await matrixLeg('42', '1');
      expect([broken.exitCode, healthy.exitCode]).toEqual([1, 0]);
      expect(verdict()).toEqual([expect.stringMatching(/^### ❌ probegate failed: 1 check failed the gate/)]);
      expect(writes().map((r) => r.operationId)).toEqual(['issues/create-comment']);
      const said = healthy.stdout.split('\n').filter((line) => line.includes('another leg of this job failed in this run'));
      expect(said).toEqual([expect.stringContaining('Pull-request comment left as it is: another leg of this job failed in this run (run 42, attempt 1)')]);
      expect(healthy.outputs['comment-url']).toBe(broken.outputs['comment-url']);
    });

    it('keeps the failure another leg wrote after this passing leg listed the comments: it reads the comment again right before writing', async () => {
      // Both legs list the comments before either writes (the listing is answered once both asked);
      // the passing leg's next request waits until the failing leg's write is done.
      const down = await startHttpServer((_req, res) => res.writeHead(503).end('down'));
      const failureWritten = signal();
      const bothListed = signal();
      let listings = 0;
      await useApi({
        fault: (request) => {
          if (request.operationId === 'issues/list-comments' && ++listings === 2) bothListed.resolve();
          if (request.operationId === 'issues/list-comments') return { wait: bothListed.promise };
          if (request.operationId === 'issues/get-comment' || (request.operationId === 'issues/update-comment' && writesVerdict(request) === 'passed')) return { wait: failureWritten.promise };
          return undefined;
        },
        served: (request) => {
          if (request.operationId === 'issues/update-comment' && writesVerdict(request) === 'failed') failureWritten.resolve();
        },
      });
      api.comments.push({ id: 1, issueNumber: 22, body: `${JOB_MARKER}\n### ✅ probegate passed: .github/probegate.yml\n<!-- probegate-run:41/1 passed -->\n` });
      checkoutStatus = 200;
      const [broken, healthy] = await Promise.all([matrixLeg('42', '1', { baseUrl: down.url }), matrixLeg('42', '1')]).finally(() => down.close());
      expect([broken.exitCode, healthy.exitCode]).toEqual([1, 0]);
      expect(verdict()).toEqual([expect.stringMatching(/^### ❌ probegate failed/)]);
      expect(api.comments[0]!.body).toContain('<!-- probegate-run:42/1 failed -->');
      expect(healthy.stdout).toContain('Pull-request comment left as it is: another leg of this job failed in this run (run 42, attempt 1)');
    });

    it('writes a failure again when a passing leg of the same run, which read the comment just before, replaced it', async () => {
      // A leg of run 42 passed earlier (its stamp is there). The passing leg reads the comment again
      // before the failing leg writes, and writes its pass after it: the failing leg, which saw a
      // stamp of its own run, reads the comment again after its pause and writes its failure again.
      const down = await startHttpServer((_req, res) => res.writeHead(503).end('down'));
      const passReread = signal();
      const failureWritten = signal();
      const passWritten = signal();
      const bothListed = signal();
      let listings = 0;
      await useApi({
        fault: (request, attempt) => {
          if (request.operationId === 'issues/list-comments' && ++listings === 2) bothListed.resolve();
          if (request.operationId === 'issues/list-comments') return { wait: bothListed.promise };
          // (A passing leg that does not read again, as before, lets the failure through when it writes.)
          if (request.operationId === 'issues/update-comment' && writesVerdict(request) === 'passed') passReread.resolve();
          if (request.operationId === 'issues/update-comment') return { wait: writesVerdict(request) === 'failed' ? passReread.promise : failureWritten.promise };
          if (request.operationId === 'issues/get-comment' && attempt > 1) return { wait: passWritten.promise };
          return undefined;
        },
        served: (request, attempt) => {
          if (request.operationId === 'issues/get-comment' && attempt === 1) passReread.resolve();
          if (request.operationId === 'issues/update-comment') (writesVerdict(request) === 'failed' ? failureWritten : passWritten).resolve();
        },
      });
      api.comments.push({ id: 1, issueNumber: 22, body: `${JOB_MARKER}\n### ✅ probegate passed: .github/probegate.yml\n<!-- probegate-run:42/1 passed --><!-- probegate-step:probegate -->\n` });
      checkoutStatus = 200;
      const [broken, healthy] = await Promise.all([matrixLeg('42', '1', { baseUrl: down.url }), matrixLeg('42', '1')]).finally(() => down.close());
      expect([broken.exitCode, healthy.exitCode]).toEqual([1, 0]);
      expect(verdict()).toEqual([expect.stringMatching(/^### ❌ probegate failed/)]);
      expect(api.comments[0]!.body).toContain('<!-- probegate-run:42/1 failed -->');
      // Three writes: the failure, the pass over it, the failure again (they arrive in either order; each is held until its turn).
      expect(writes().filter((r) => r.operationId === 'issues/update-comment').map(writesVerdict).sort()).toEqual(['failed', 'failed', 'passed']);
    });

    it('keeps the failure of an earlier probegate step of the same job and run, and says it may be this leg\'s or another\'s', async () => {
      await useApi();
      const firstTry = await matrixLeg('42', '1', { step: 'first-try' });
      checkoutStatus = 200;
      const retry = await matrixLeg('42', '1', { step: 'retry' });
      expect([firstTry.exitCode, retry.exitCode]).toEqual([1, 0]);
      expect(verdict()).toEqual([expect.stringMatching(/^### ❌ probegate failed/)]);
      expect(api.comments[0]!.body).toContain('<!-- probegate-run:42/1 failed --><!-- probegate-step:first-try -->');
      const said = retry.stdout.split('\n').filter((line) => line.startsWith('Pull-request comment left as it is'));
      expect(said).toEqual([expect.stringContaining('another probegate step of this job (first-try, in this leg or another) failed in this run (run 42, attempt 1)')]);
      expect(said.join('')).not.toContain('another leg of this job failed');
    });

    it('keeps a failure stamped before steps were stamped, and says another leg or an earlier step failed', async () => {
      await useApi();
      api.comments.push({ id: 1, issueNumber: 22, body: `${JOB_MARKER}\n### ❌ probegate failed: .github/probegate.yml\n<!-- probegate-run:42/1 failed -->\n` });
      checkoutStatus = 200;
      const healthy = await matrixLeg('42', '1');
      expect(healthy.exitCode).toBe(0);
      expect(writes()).toEqual([]);
      expect(healthy.stdout).toContain('Pull-request comment left as it is: another leg or an earlier step of this job failed in this run (run 42, attempt 1)');
    });

    it('lets a failing leg overwrite a passing one of the same run: failure wins', async () => {
      await useApi();
      api.comments.push({ id: 1, issueNumber: 22, body: `${JOB_MARKER}\n### ✅ probegate passed: .github/probegate.yml\n<!-- probegate-run:42/1 passed -->\n` });
      const broken = await matrixLeg('42', '1');
      expect(broken.exitCode).toBe(1);
      expect(verdict()).toEqual([expect.stringMatching(/^### ❌ probegate failed/)]);
      expect(api.comments[0]!.body).toContain('<!-- probegate-run:42/1 failed -->');
    });

    it.each([
      { when: 'a rerun (a new attempt of the run)', runId: '42', attempt: '2' },
      { when: 'a later run (a new push)', runId: '43', attempt: '1' },
    ])('is overwritten by $when that passes', async ({ runId, attempt }) => {
      await useApi();
      await matrixLeg('42', '1');
      checkoutStatus = 200;
      const later = await matrixLeg(runId, attempt);
      expect(later.exitCode).toBe(0);
      expect(verdict()).toEqual([expect.stringMatching(/^### ✅ probegate passed/)]);
      expect(api.comments[0]!.body).toContain(`<!-- probegate-run:${runId}/${attempt} passed -->`);
    });
  });

  it('never takes over a comment another person wrote with the marker: leaves it alone, warns, and writes and then updates its own', async () => {
    await useApi();
    const impostor = `${MARKER}\n### ✅ probegate passed (written by hand)`;
    api.comments.push({ id: 1, issueNumber: 19, body: impostor, author: { login: 'mallory', type: 'User' } });
    const failing = await probe('on-failure', pullRequestEvent(19));
    expect(failing.exitCode).toBe(1);
    expect(writes().map((r) => r.operationId)).toEqual(['issues/create-comment']);
    const ours = api.comments.find((c) => c.id !== 1)!;
    expect(ours.body).toMatch(/^<!-- probegate:\.github\/probegate\.yml -->\n### ❌ probegate failed/);
    expect(warnings(failing)).toEqual([expect.stringContaining("A pull-request comment by @mallory starts with probegate's hidden marker")]);

    checkoutStatus = 200;
    const passing = await probe('on-failure', pullRequestEvent(19));
    expect(passing.exitCode).toBe(0);
    expect(writes().map((r) => [r.operationId, r.path])).toEqual([
      ['issues/create-comment', '/repos/octo/preview/issues/19/comments'],
      ['issues/update-comment', `/repos/octo/preview/issues/comments/${ours.id}`],
    ]);
    expect(api.comments.find((c) => c.id === 1)!.body).toBe(impostor);
    // GITHUB_TOKEN cannot read GET /user (403): a person's comment is then never ours, asked once a run.
    expect(api.requests.filter((r) => r.operationId === 'users/get-authenticated')).toHaveLength(2);
  });

  describe("another bot's comment with the marker", () => {
    const RENOVATE = `${MARKER}\n### ✅ probegate passed (written by another app)`;
    const graphqlRequests = () => api.requests.filter((r) => r.operationId === 'graphql');

    it('with GITHUB_TOKEN, is never edited: GitHub is asked once which bot the token is, one warning names the bot, and probegate writes its own', async () => {
      await useApi();
      api.comments.push({ id: 1, issueNumber: 23, body: RENOVATE, author: { login: 'renovate[bot]', type: 'Bot' } });
      const run = await probe('on-failure', pullRequestEvent(23));
      expect(run.exitCode).toBe(1);
      expect(api.comments.find((c) => c.id === 1)!.body).toBe(RENOVATE);
      expect(writes().map((r) => r.path)).toEqual(['/repos/octo/preview/issues/23/comments']);
      expect(warnings(run)).toEqual([expect.stringContaining("A pull-request comment by @renovate[bot] starts with probegate's hidden marker")]);
      expect(graphqlRequests()).toHaveLength(1);
    });

    it("with a GitHub App's token, is edited only when it is the app's own bot (GraphQL's viewer), never another app's", async () => {
      await useApi({ tokenAccount: { login: 'probegate-app[bot]', type: 'Bot' } });
      api.comments.push({ id: 1, issueNumber: 24, body: RENOVATE, author: { login: 'renovate[bot]', type: 'Bot' } });
      api.comments.push({ id: 2, issueNumber: 24, body: `${MARKER}\nan earlier run`, author: { login: 'probegate-app[bot]', type: 'Bot' } });
      const run = await probe('on-failure', pullRequestEvent(24));
      expect(run.exitCode).toBe(1);
      expect(writes().map((r) => r.path)).toEqual(['/repos/octo/preview/issues/comments/2']);
      expect(api.comments.find((c) => c.id === 1)!.body).toBe(RENOVATE);
      expect(api.comments.find((c) => c.id === 2)!.body).toContain('probegate failed');
      expect(graphqlRequests()).toHaveLength(1);
      expect(api.requests.filter((r) => r.operationId === 'users/get-authenticated')).toEqual([]);
    });

    it('when GitHub does not say which bot the token is, is left alone with one warning saying why, and probegate writes its own', async () => {
      const refused = { status: 200, body: JSON.stringify({ data: null, errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] }), headers: { 'content-type': 'application/json' } };
      await useApi({ fault: (request) => (request.operationId === 'graphql' ? { answer: refused } : undefined) });
      api.comments.push({ id: 1, issueNumber: 25, body: RENOVATE, author: { login: 'renovate[bot]', type: 'Bot' } });
      api.comments.push({ id: 2, issueNumber: 25, body: `${MARKER}\nagain`, author: { login: 'renovate[bot]', type: 'Bot' } });
      const run = await probe('on-failure', pullRequestEvent(25));
      expect(run.exitCode).toBe(1);
      expect(api.comments.filter((c) => c.id <= 2).map((c) => c.body)).toEqual([RENOVATE, `${MARKER}\nagain`]);
      expect(writes().map((r) => r.path)).toEqual(['/repos/octo/preview/issues/25/comments']);
      expect(warnings(run)).toEqual([expect.stringMatching(/A pull-request comment by @renovate\[bot\] starts with probegate's hidden marker, but probegate could not learn which bot the github-token acts as \(.*Resource not accessible by integration.*\)/)]);
      expect(graphqlRequests()).toHaveLength(1);
    });
  });

  it("with a personal access token, never takes a bot's comment for its user's, even a bot named as the user", async () => {
    await useApi({ tokenAccount: { login: 'acme', type: 'User' } });
    api.comments.push({ id: 1, issueNumber: 25, body: `${MARKER}\nan app's`, author: { login: 'acme[bot]', type: 'Bot' } });
    const run = await probe('on-failure', pullRequestEvent(25));
    expect(run.exitCode).toBe(1);
    expect(api.comments.find((c) => c.id === 1)!.body).toBe(`${MARKER}\nan app's`);
    expect(writes().map((r) => r.operationId)).toEqual(['issues/create-comment']);
    expect(warnings(run).join('\n')).toContain('acme[bot]');
  });

  it("with a personal access token, updates the comment its user wrote, not another person's", async () => {
    await useApi({ tokenAccount: { login: 'Alice', type: 'User' } });
    api.comments.push({ id: 1, issueNumber: 20, body: `${MARKER}\nnot yours`, author: { login: 'mallory', type: 'User' } });
    api.comments.push({ id: 2, issueNumber: 20, body: `${MARKER}\nan earlier run`, author: { login: 'alice', type: 'User' } });
    const run = await probe('on-failure', pullRequestEvent(20));
    expect(run.exitCode).toBe(1);
    expect(writes().map((r) => r.path)).toEqual(['/repos/octo/preview/issues/comments/2']);
    expect(api.comments.find((c) => c.id === 1)!.body).toBe(`${MARKER}\nnot yours`);
    expect(api.comments.find((c) => c.id === 2)!.body).toContain('probegate failed');
    expect(api.requests.filter((r) => r.operationId === 'users/get-authenticated')).toHaveLength(1);
  });

  it('keeps one comment per shard of the same manifest', async () => {
    await useApi();
    await probe('always', pullRequestEvent(15), { shard: '1/2' });
    await probe('always', pullRequestEvent(15), { shard: '2/2' });
    await probe('always', pullRequestEvent(15), { shard: '2/2' });
    expect(api.comments.map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- probegate:.github/probegate.yml#shard-1-of-2 -->',
      '<!-- probegate:.github/probegate.yml#shard-2-of-2 -->',
    ]);
  });
});
