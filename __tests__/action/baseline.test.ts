// The action's baseline inputs through the built action (node dist/index.js), with loopback
// services for both sides and the loopback GitHub API stand-in for baseline-environment.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { startService, type Service } from '../helpers/baseline-peers.js';
import { startGitHubApi, type DeploymentStub, type Fault, type GitHubApiStandIn } from '../helpers/github-api.js';

const TOKEN = 'ghs_baselinetoken0000000000000000000000';
let preview: Service;
let baseline: Service;
const apis: GitHubApiStandIn[] = [];

beforeAll(async () => {
  preview = await startService({ '/product': { body: () => ({ id: 7, price: '19.5' }) }, '/home': {} });
  baseline = await startService({ '/product': { body: () => ({ id: 7, title: 'Lamp', price: 19.5 }) }, '/home': {} });
});

afterAll(async () => {
  await Promise.all([preview.close(), baseline.close(), ...apis.map((api) => api.close())]);
});

const MANIFEST = `version: 1
baseline: { samples: 5 }
checks:
  - { name: Product API, type: http, request: { url: "{{ BASE_URL }}/product" } }
`;

async function api(deployments: Record<string, readonly DeploymentStub[]>, fault?: (request: { operationId?: string }) => Fault | undefined): Promise<GitHubApiStandIn> {
  const started = await startGitHubApi({ deployments, fault });
  apis.push(started);
  return started;
}

function runWith(inputs: Record<string, string>, apiUrl?: string) {
  return runAction({
    inputs: { 'base-url': preview.url, comment: 'never', 'github-token': TOKEN, ...inputs },
    files: { '.github/probegate.yml': MANIFEST },
    ...(apiUrl ? { env: { GITHUB_API_URL: apiUrl } } : {}),
  });
}

describe('the action compares the preview with a baseline', () => {
  it('with baseline-url: the regression fails the job, and the summary and the JSON report show the comparison', async () => {
    const run = await runWith({ 'baseline-url': baseline.url });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error title=REGRESSION%3ASCHEMA · Product API');
    expect(run.outputs.categories).toBe('["REGRESSION"]');
    expect(run.summary).toContain('### Preview vs baseline');
    expect(run.summary).toContain('<code>title</code> (string) missing');
    expect(run.summary).toContain('<code>price</code>: number → string');
    const report = JSON.parse(readFileSync(path.join(run.workspace, 'probegate-report.json'), 'utf8')) as { checks: { comparison: { baselineUrl: string; verdict: string } }[] };
    expect(report.checks[0]!.comparison).toMatchObject({ baselineUrl: baseline.url, verdict: 'regressed' });
  });

  it('with baseline-environment: takes the latest deployment whose latest status is success', async () => {
    const github = await api({
      Production: [
        { id: 3, statuses: [{ state: 'failure', environment_url: 'http://127.0.0.1:9' }] },
        { id: 2, statuses: [{ state: 'success', environment_url: baseline.url }] },
        { id: 1, statuses: [{ state: 'success', target_url: 'http://127.0.0.1:9' }] },
      ],
    });
    const run = await runWith({ 'baseline-environment': 'Production' }, github.url);
    expect(github.violations).toEqual([]);
    expect(run.stdout).toContain(`Baseline: ${baseline.url} (latest successful deployment of Production).`);
    expect(run.stdout).toContain('::error title=REGRESSION%3ASCHEMA · Product API');
    expect(github.requests.map((r) => r.operationId)).toEqual(['repos/list-deployments', 'repos/list-deployment-statuses', 'repos/list-deployment-statuses']);
    expect(github.requests[0]!.query.environment).toBe('Production');
  });

  it('with baseline-environment and no deployment: one warning, and the run goes on without a comparison', async () => {
    const github = await api({});
    const run = await runWith({ 'baseline-environment': 'Staging' }, github.url);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('::warning title=probegate · baseline::baseline-environment Staging: the environment has no deployment in octo/preview; the run goes on without a baseline comparison.');
    expect(run.summary).not.toContain('Preview vs baseline');
  });

  it('with baseline-environment and a token that may not read deployments (403): one warning naming the permission', async () => {
    const denied: Fault = { answer: { status: 403, body: JSON.stringify({ message: 'Resource not accessible by integration' }), headers: { 'content-type': 'application/json' } } };
    const github = await api({ Production: [{ id: 1, statuses: [{ state: 'success', environment_url: baseline.url }] }] }, () => denied);
    const run = await runWith({ 'baseline-environment': 'Production' }, github.url);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('GitHub refused to list deployments (403/404): give the job `permissions: deployments: read`; the run goes on without a baseline comparison.');
    expect(run.stdout.match(/::warning/g)).toHaveLength(1);
  });

  it('sharded, then merged (input merge): the regression a shard found fails the merge job, whose summary and report keep the comparisons', async () => {
    const files = { '.github/probegate.yml': `${MANIFEST}  - { name: Home, type: http, request: { url: "{{ BASE_URL }}/home" } }\n` };
    const job = (inputs: Record<string, string>, workspace?: string) =>
      runAction({ inputs: { 'base-url': preview.url, comment: 'never', 'github-token': TOKEN, ...inputs }, files, ...(workspace ? { workspace } : {}) });
    const first = await job({ 'baseline-url': baseline.url, shard: '1/2', 'report-path': 'reports/1.json' });
    await job({ 'baseline-url': baseline.url, shard: '2/2', 'report-path': 'reports/2.json' }, first.workspace);
    const merged = await job({ merge: 'reports/*.json', 'report-path': 'merged.json' }, first.workspace);
    expect(merged.exitCode).toBe(1);
    expect(merged.stdout).toContain('::error title=REGRESSION%3ASCHEMA · Product API');
    expect(merged.summary).toContain('### Preview vs baseline');
    expect(merged.summary).toContain('<code>title</code> (string) missing');
    expect(merged.summary).toMatch(/\| Home \| .* \| (✅ same|❔ inconclusive|🚀 improved): /);
    const report = JSON.parse(readFileSync(path.join(merged.workspace, 'merged.json'), 'utf8')) as { checks: { name: string; comparison?: { verdict: string } }[] };
    expect(report.checks.map((c) => `${c.name}: ${c.comparison?.verdict === 'regressed' ? 'regressed' : 'not regressed'}`)).toEqual(['Product API: regressed', 'Home: not regressed']);
  });

  it('refuses a baseline-url that is not an http(s) URL', async () => {
    const run = await runWith({ 'baseline-url': 'ftp://prod.example' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('Input baseline-url must be an http:// or https:// URL, not "ftp://prod.example".');
  });
});
