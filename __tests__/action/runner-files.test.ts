// The runner's files, broken: an output file that is missing or a directory fails the step with one
// readable error (never a stack trace), and a job summary that cannot be written is one warning:
// the outputs and the comment are written all the same, and the gate alone decides the job. A
// report file that cannot be written fails the job, after the summary, comment and annotations.
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

describe('a report file the step cannot write', () => {
  const EVENT = { number: 7, pull_request: { number: 7, head: { sha: 'feedc0de' } } };

  it('fails the job after the summary, the comment and the annotations are written, the gate\'s failure and the report\'s both said', async () => {
    api = await startGitHubApi();
    const run = await runAction({
      // report-path inside a file, junit-path a directory: neither can be written.
      inputs: { 'base-url': preview.url, 'github-token': 'ghs_standInToken123', 'report-path': 'taken/report.json', 'junit-path': 'reports' },
      files: { '.github/probegate.yml': manifest('/down'), taken: 'a file, not a folder', 'reports/.keep': '' },
      event: EVENT,
      env: { GITHUB_API_URL: api.url },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain('probegate failed');
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain('probegate failed');
    const errors = lines(run, '::error');
    expect(errors[0]).toMatch(/^::error title=INCORRECT_ASSERTION · Home,file=\.github\/probegate\.yml,line=\d+::/);
    expect(errors.slice(1)).toEqual([
      expect.stringContaining('1 check failed the gate: Home'),
      expect.stringMatching(/^::error::The report-path input names taken\/report\.json, which cannot be written \(its folder \S*taken is a file: .+\), so no JSON report was written\. The run's result is in the job summary and the pull-request comment; set report-path to a file in a folder the job can write\.$/),
      expect.stringMatching(/^::error::The junit-path input names reports, which cannot be written \(.*EISDIR.*\), so no JUnit report was written\./),
    ]);
    expect(run.outputs).toMatchObject({ result: 'fail', 'report-path': '', 'comment-url': `https://github.com/octo/preview/pull/7#issuecomment-${api.comments[0]!.id}` });
  });

  it('fails a run that passed the gate, still writing its summary and updating its comment', async () => {
    api = await startGitHubApi();
    api.comments.push({ id: 22, issueNumber: 7, body: `${MARKER}\n### ❌ probegate failed: 1 check failed the gate` });
    const run = await runAction({
      inputs: { 'base-url': preview.url, 'github-token': 'ghs_standInToken123', 'report-path': 'taken/deeper/report.json' },
      files: { '.github/probegate.yml': manifest('/ok'), taken: 'a file, not a folder' },
      event: EVENT,
      env: { GITHUB_API_URL: api.url },
    });
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain('probegate passed');
    expect(api.comments[0]!.body).toContain('probegate passed');
    expect(lines(run, '::error')).toEqual([expect.stringContaining('::error::The report-path input names taken/deeper/report.json, which cannot be written')]);
    // The gate's verdict stays the gate's; the report's path is empty, as no report was written.
    expect(run.outputs).toMatchObject({ result: 'pass', passed: '1', 'report-path': '' });
  });

  it.each([
    { when: 'with comment: never', comment: 'never', event: EVENT, eventName: 'pull_request' },
    { when: 'on an event without a pull request', comment: 'always', event: {}, eventName: 'push' },
  ])('says only where the result was written: the job summary, not a comment, $when', async ({ comment, event, eventName }) => {
    api = await startGitHubApi();
    const run = await runAction({
      inputs: { 'base-url': preview.url, comment, 'github-token': 'ghs_standInToken123', 'report-path': 'taken/report.json' },
      files: { '.github/probegate.yml': manifest('/ok'), taken: 'a file, not a folder' },
      event,
      eventName,
      env: { GITHUB_API_URL: api.url },
    });
    expect(run.exitCode).toBe(1);
    expect(api.requests).toEqual([]);
    expect(lines(run, '::error')).toEqual([expect.stringMatching(/^::error::The report-path input names taken\/report\.json, which cannot be written \(its folder \S*taken is a file: .*\), so no JSON report was written\. The run's result is in the job summary; set report-path/)]);
  });

  it('says the outputs have the result when neither the summary nor the comment was written', async () => {
    api = await startGitHubApi({ denyWritesWith: 403 });
    const run = await runAction({
      inputs: { 'base-url': preview.url, comment: 'always', 'github-token': 'ghs_standInToken123', 'report-path': 'taken/deeper/report.json' },
      files: { '.github/probegate.yml': manifest('/ok'), taken: 'a file, not a folder' },
      event: EVENT,
      env: { GITHUB_API_URL: api.url, GITHUB_STEP_SUMMARY: '' },
    });
    expect(run.exitCode).toBe(1);
    expect(api.comments).toEqual([]);
    expect(lines(run, '::error')).toEqual([expect.stringMatching(/which cannot be written \(a folder in its path is a file: .*ENOTDIR.*\), so no JSON report was written\. The run's result is in the step's outputs \(result, passed, failed\); set report-path/)]);
  });
});
