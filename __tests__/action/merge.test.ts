// The job matrix end to end: the bundled action runs as shards 1/3..3/3 and once unsharded
// against the same loopback preview, then merges the three reports (input merge); the merge
// writes what the unsharded run writes, and the only pull-request comment.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../helpers/action.js';
import { startGitHubApi, type GitHubApiStandIn } from '../helpers/github-api.js';
import { closedPort, startHttpServer, type Peer } from '../helpers/servers.js';

const MANIFEST = (refused: number) => `version: 1
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
  - name: Health
    type: http
    request: { url: "{{ BASE_URL }}/health" }
    assertions:
      - { type: jsonpath, path: "$.status", operator: is, target: ok }
  - name: Admin API
    type: http
    request: { url: "http://127.0.0.1:${refused}/admin" }
  - name: Legacy
    type: http
    skip: true
    request: { url: "{{ BASE_URL }}/legacy" }
  - name: Search
    type: http
    request: { url: "{{ BASE_URL }}/search" }
    assertions:
      - { type: body, operator: contains, target: results }
`;

const TOKEN = 'ghs_mergeStandInToken';
const EVENT = { number: 12, pull_request: { number: 12, head: { sha: 'feedc0de' } } };

let preview: Peer;
let api: GitHubApiStandIn;
let workspace: string;
let whole: ActionRun;
let shards: ActionRun[];
let merged: ActionRun;

async function action(inputs: Record<string, string>): Promise<ActionRun> {
  const run = await runAction({
    inputs: { 'base-url': preview.url, 'warn-on': 'CONNREFUSED', 'github-token': TOKEN, ...inputs },
    files: workspace ? {} : { '.github/probegate.yml': MANIFEST(await closedPort()) },
    event: EVENT,
    env: { GITHUB_API_URL: api.url },
    ...(workspace ? { workspace } : {}),
  });
  workspace ??= run.workspace;
  return run;
}

beforeAll(async () => {
  preview = await startHttpServer((req, res) => {
    if (req.url === '/checkout') res.writeHead(503).end('checkout is down');
    else if (req.url === '/health') res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    else if (req.url === '/search') res.writeHead(200).end('3 results');
    else res.writeHead(200).end('home');
  });
  api = await startGitHubApi();
  whole = await action({ comment: 'never', 'report-path': 'whole/report.json', 'junit-path': 'whole/junit.xml' });
  shards = [];
  for (const index of [1, 2, 3]) {
    shards.push(await action({ shard: `${index}/3`, 'report-path': `reports/shard-${index}.json`, 'junit-path': `shard-junit/${index}.xml` }));
  }
  merged = await action({ merge: 'reports/*.json', 'report-path': 'merged/report.json', 'junit-path': 'merged/junit.xml' });
}, 120_000);
afterAll(async () => {
  await preview.close();
  await api.close();
});

const read = (file: string) => readFileSync(path.join(workspace, file), 'utf8');

/** What differs between two runs of the same checks: measured times and the waterfalls drawn from them. */
function timeless(text: string): string {
  return text
    .replace(/```text\n[\s\S]*?```/g, '```text (waterfall)```')
    .replace(/\d+(\.\d+)?[ \u00a0]?(µs|ms|s)\b/g, 'T')
    .replace(/time="[\d.]+"/g, 'time="T"');
}

const annotations = (run: ActionRun) => run.stdout.split('\n').filter((line) => /^::(error|warning|notice) title=/.test(line));

describe('a sharded matrix merged by the bundled action', () => {
  it('runs each shard on its own part of the manifest, without a comment', () => {
    const totals = shards.map((run) => JSON.parse(read(`reports/shard-${shards.indexOf(run) + 1}.json`)).summary.total);
    expect(totals).toEqual([2, 2, 2]);
    expect(shards.map((run) => run.stdout.includes('No pull-request comment: the comment input is never'))).toEqual([true, true, true]);
  });

  it('merges into the same gate as the unsharded run: the job fails for the same check', () => {
    expect(merged.exitCode).toBe(1);
    expect(whole.exitCode).toBe(1);
    const failure = (run: ActionRun) => run.stdout.split('\n').find((line) => line.startsWith('::error::'));
    expect(failure(merged)).toBe('::error::1 check failed the gate: Checkout');
    expect(failure(merged)).toBe(failure(whole));
  });

  it('sets the same outputs as the unsharded run, and the comment only the merge job wrote', () => {
    // The run's duration is measured, not merged: the merge spans the shards' runs.
    const { 'duration-ms': mergedMs, 'comment-url': commentUrl, ...mergedRest } = merged.outputs;
    const { 'duration-ms': wholeMs, 'comment-url': wholeCommentUrl, ...wholeRest } = whole.outputs;
    expect(mergedRest).toEqual({ ...wholeRest, 'report-path': 'merged/report.json' });
    expect([mergedMs, wholeMs].map(Number).every((ms) => Number.isInteger(ms) && ms >= 0)).toBe(true);
    expect(wholeCommentUrl).toBe('');
    expect(commentUrl).toMatch(/^https:\/\/github\.com\/octo\/preview\/pull\/12#issuecomment-\d+$/);
    expect(merged.outputs).toMatchObject({ result: 'fail', total: '6', passed: '3', failed: '1', warned: '1', categories: '["INCORRECT_ASSERTION","CONNREFUSED"]' });
  });

  it('writes the same job summary, annotations and JUnit report as the unsharded run, times aside', () => {
    expect(timeless(merged.summary)).toBe(timeless(whole.summary));
    expect(merged.summary).toContain('| ❌ failed | Checkout | http |');
    expect(annotations(merged)).toEqual(annotations(whole));
    expect(annotations(merged)).toHaveLength(2);
    expect(timeless(read('merged/junit.xml'))).toBe(timeless(read('whole/junit.xml')));
  });

  it('writes a merged JSON report with the same checks, recording the merge', () => {
    const mergedReport = JSON.parse(read('merged/report.json'));
    const wholeReport = JSON.parse(read('whole/report.json'));
    const comparable = (report: { checks: { timings: unknown; durationMs: unknown; assertions: unknown }[] }) =>
      report.checks.map((check) => ({ ...check, timings: Object.keys(check.timings as object), durationMs: 0, assertions: check.assertions }));
    expect(comparable(mergedReport)).toEqual(comparable(wholeReport));
    expect(mergedReport.run.merged).toEqual({ reports: 3, locations: [], locationsExpected: false });
    expect(mergedReport.run.manifest).toEqual(wholeReport.run.manifest);
    expect(mergedReport.run.shard).toBeNull();
  });

  it('writes exactly one pull-request comment, from the merge job', () => {
    expect(api.violations).toEqual([]);
    const writes = api.requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => r.operationId)).toEqual(['issues/create-comment']);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body.startsWith('<!-- probegate:.github/probegate.yml -->')).toBe(true);
    expect(api.comments[0]!.body).toContain('Checkout');
    expect(merged.stdout).toContain('Pull-request comment created');
  });

  it('refuses to merge when a shard is missing: the job fails and says which', async () => {
    mkdirSync(path.join(workspace, 'partial'));
    for (const index of [1, 3]) copyFileSync(path.join(workspace, `reports/shard-${index}.json`), path.join(workspace, `partial/shard-${index}.json`));
    const partial = await action({ merge: 'partial/*.json', 'report-path': 'partial-merge/report.json' });
    expect(partial.exitCode).toBe(1);
    expect(partial.stdout).toContain('::error::Shard 2/3 is missing: the merged run would not cover every check, so it fails.');
    expect(partial.outputs.result).toBe('fail');
    expect(partial.summary).toContain('probegate: the reports cannot be merged');
    expect(api.comments).toHaveLength(1);
  });

  it('refuses to merge reports that name no location when input locations expects some, and says which', async () => {
    const refused = await action({ merge: 'reports/*.json', locations: 'eu-west, us-east', 'report-path': 'located-merge/report.json' });
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain('::error::reports/shard-1.json names no location but the merge expects locations eu-west, us-east: give every job of the matrix its location');
    expect(refused.outputs.result).toBe('fail');
    expect(api.comments).toHaveLength(1);
  });
});
