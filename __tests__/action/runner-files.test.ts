// The runner's files, broken: an output file that is missing or a directory fails the step with one
// readable error (never a stack trace), and a job summary that cannot be written is one warning:
// the outputs and the comment are written all the same, and the gate alone decides the job.
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../helpers/action.js';
import { startGitHubApi, type GitHubApiStandIn } from '../helpers/github-api.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

const MARKER = '<!-- probegate:.github/probegate.yml -->';
const manifest = (page: string) => `version: 1
checks:
  - name: Home
    type: http
    request: { url: "{{ BASE_URL }}${page}" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
`;

let preview: Peer;
let api: GitHubApiStandIn | undefined;
beforeAll(async () => {
  preview = await startHttpServer((req, res) => res.writeHead(req.url === '/ok' ? 200 : 503).end('x'));
});
afterAll(() => preview.close());
afterEach(async () => {
  expect(api?.violations ?? []).toEqual([]);
  await api?.close();
  api = undefined;
});

const lines = (run: ActionRun, prefix: string) => run.stdout.split('\n').filter((line) => line.startsWith(prefix));

describe('an output file the step cannot write', () => {
  it.each([
    { what: 'missing', file: (workspace: string) => path.join(workspace, 'no-such-dir', 'output'), says: 'which does not exist' },
    { what: 'a directory', file: (workspace: string) => workspace, says: 'which is a directory' },
  ])('($what) fails the step with one ::error:: naming GITHUB_OUTPUT, not an uncaught exception', async ({ file, says }) => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const workspace = mkdtempSync(path.join(tmpdir(), 'probegate-action-'));
    const run = await runAction({
      workspace,
      inputs: { 'base-url': preview.url, comment: 'never' },
      files: { '.github/probegate.yml': manifest('/down') },
      env: { GITHUB_OUTPUT: file(workspace) },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    const errors = lines(run, '::error::');
    expect(errors.some((line) => line.includes('GITHUB_OUTPUT names') && line.includes(says))).toBe(true);
    // The gate's own verdict is said before the output file fails.
    expect(errors.some((line) => line.includes('1 check failed the gate: Home'))).toBe(true);
  });
});

describe('a job summary the step cannot write', () => {
  it('is one warning: a passing run still passes, sets its outputs and updates its comment', async () => {
    api = await startGitHubApi();
    api.comments.push({ id: 21, issueNumber: 7, body: `${MARKER}\n### ❌ probegate failed: 1 check failed the gate` });
    const run = await runAction({
      inputs: { 'base-url': preview.url, 'github-token': 'ghs_standInToken123' },
      files: { '.github/probegate.yml': manifest('/ok') },
      event: { number: 7, pull_request: { number: 7, head: { sha: 'feedc0de' } } },
      env: { GITHUB_API_URL: api.url, GITHUB_STEP_SUMMARY: '/nonexistent-probegate-dir/summary' },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(lines(run, '::error')).toEqual([]);
    const warnings = lines(run, '::warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('No job summary: GITHUB_STEP_SUMMARY names /nonexistent-probegate-dir/summary, which does not exist');
    expect(run.outputs).toMatchObject({ result: 'pass', passed: '1', 'comment-url': 'https://github.com/octo/preview/pull/7#issuecomment-21' });
    expect(api.comments[0]!.body).toContain('probegate passed');
  });
});
