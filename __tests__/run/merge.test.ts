// merge: the reports of shards and locations into one verdict, refusing what would make it a
// guess. Reports come from real runs of one manifest against loopback peers.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/load.js';
import type { PipelineResult, Shard } from '../../src/model.js';
import { buildAnnotations } from '../../src/report/annotations.js';
import { renderComment } from '../../src/report/comment.js';
import { renderJsonReport } from '../../src/report/json.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderSummary } from '../../src/report/summary.js';
import { globFiles } from '../../src/run/glob.js';
import { MergeError, mergeReportFiles } from '../../src/run/merge.js';
import { runManifest } from '../../src/run/pipeline.js';
import { assertValidReport } from '../helpers/report-schema.js';
import { checkNamed } from '../helpers/run.js';
import { withFixedTimes } from '../helpers/run-result.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

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
  - name: Health
    type: http
    request: { url: "{{ BASE_URL }}/health" }
  - name: Search
    type: http
    request: { url: "{{ BASE_URL }}/search" }
    assertions:
      - { type: body, operator: contains, target: results }
  - name: Legacy
    type: http
    skip: true
    request: { url: "{{ BASE_URL }}/legacy" }
`;

// The same checks behind a ready wait: the preview answers `ready` when it is.
const READY_MANIFEST = MANIFEST.replace('checks:\n', `ready:
  url: "{{ BASE_URL }}/ready"
  timeout: 300ms
  interval: 100ms
  assertions: [{ type: body, operator: is, target: ready }]
checks:
`);

// The same checks, Checkout and Search tagged smoke: the pull-request set.
const TAGGED_MANIFEST = MANIFEST.replace('  - name: Checkout\n', '  - name: Checkout\n    tags: [smoke]\n').replace('  - name: Search\n', '  - name: Search\n    tags: [smoke]\n');

// Two regions of one preview: in eu-west the checkout answers 503, in us-east it works.
let euWest: Peer;
let usEast: Peer;
let manifestDir: string;
beforeAll(async () => {
  const handler = (broken: boolean) => (req: { url?: string }, res: import('node:http').ServerResponse) => {
    if (req.url === '/checkout' && broken) res.writeHead(503).end('upstream down');
    else if (req.url === '/ready') res.writeHead(200).end(broken ? 'deploying' : 'ready');
    else if (req.url === '/search') res.writeHead(200).end('results: 3');
    else res.writeHead(200).end('ok');
  };
  euWest = await startHttpServer(handler(true));
  usEast = await startHttpServer(handler(false));
  manifestDir = mkdtempSync(path.join(tmpdir(), 'probegate-merge-'));
  writeFileSync(path.join(manifestDir, 'probegate.yml'), MANIFEST);
  writeFileSync(path.join(manifestDir, 'ready.yml'), READY_MANIFEST);
  writeFileSync(path.join(manifestDir, 'tagged.yml'), TAGGED_MANIFEST);
});
afterAll(async () => {
  await euWest.close();
  await usEast.close();
});

interface RunPlace {
  readonly baseUrl: string;
  readonly shard?: Shard;
  readonly location?: string;
  readonly manifest?: string;
  readonly tags?: string[];
}

/** One job of the matrix: the real loader and the run pipeline on its shard of the manifest. */
async function runJob(place: RunPlace): Promise<PipelineResult> {
  const file = path.join(manifestDir, place.manifest ?? 'probegate.yml');
  const manifest = await loadManifest({ path: file, displayPath: '.github/probegate.yml', variables: { builtins: { BASE_URL: place.baseUrl }, inputs: {}, secretInputs: {}, env: {} } });
  return runManifest(manifest, { gate: {}, concurrency: 4, shard: place.shard, location: place.location, selection: { tags: place.tags } });
}

function writeReports(runs: Record<string, PipelineResult | string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'probegate-reports-'));
  for (const [name, run] of Object.entries(runs)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, typeof run === 'string' ? run : `${JSON.stringify(renderJsonReport(run), null, 2)}\n`);
  }
  return dir;
}

function refusal(pattern: string, dir: string): string {
  try {
    mergeReportFiles(pattern, dir);
  } catch (error) {
    expect(error).toBeInstanceOf(MergeError);
    return (error as Error).message;
  }
  throw new Error('the merge was not refused');
}

describe('merging the shards of one location', () => {
  it('gives what the unsharded run gives, check for check, in manifest order', async () => {
    const whole = await runJob({ baseUrl: euWest.url });
    const shards = await Promise.all([1, 2, 3].map((index) => runJob({ baseUrl: euWest.url, shard: { index, count: 3 } })));
    const dir = writeReports({ 'shard-1/report.json': shards[0]!, 'shard-2/report.json': shards[1]!, 'shard-3/report.json': shards[2]! });
    const merged = mergeReportFiles('**/*.json', dir);
    expect(merged.checks.map((c) => c.check.name)).toEqual(['Home page', 'Checkout', 'Health', 'Search', 'Legacy']);
    expect(merged.result).toBe('fail');
    expect(merged.summary).toEqual(whole.summary);
    expect(merged.categories).toEqual(whole.categories);
    expect(merged.run.merged).toEqual({ reports: 3, locations: [], locationsExpected: false });
    expect(renderSummary(withFixedTimes(merged))).toBe(renderSummary(withFixedTimes(whole)));
    expect(renderJunit(withFixedTimes(merged))).toBe(renderJunit(withFixedTimes(whole)));
    expect(buildAnnotations(merged)).toEqual(buildAnnotations(whole));
    const report = JSON.parse(JSON.stringify(renderJsonReport(merged)));
    assertValidReport(report, 'the merged report');
    expect(Date.parse(report.run.startedAt)).toBeLessThanOrEqual(Date.parse(report.run.endedAt));
  });

  it('refuses a set with a missing shard and names it, so an incomplete run never passes', async () => {
    const dir = writeReports({
      'a.json': await runJob({ baseUrl: usEast.url, shard: { index: 1, count: 3 }, location: 'eu-west' }),
      'c.json': await runJob({ baseUrl: usEast.url, shard: { index: 3, count: 3 }, location: 'eu-west' }),
    });
    expect(refusal('*.json', dir)).toBe('Shard 2/3 of location eu-west is missing: the merged run would not cover every check, so it fails. Did that job upload its report (if: always())?');
  });

  it('refuses a shard that appears twice and names both files', async () => {
    const one = await runJob({ baseUrl: usEast.url, shard: { index: 1, count: 2 } });
    const dir = writeReports({ 'one.json': one, 'one-again.json': one, 'two.json': await runJob({ baseUrl: usEast.url, shard: { index: 2, count: 2 } }) });
    expect(refusal('*.json', dir)).toBe('Shard 1/2 appears twice: one-again.json and one.json. Merge the reports of one workflow run (download them into an empty folder)');
  });

  it('refuses a mix of shard counts', async () => {
    const dir = writeReports({ 'a.json': await runJob({ baseUrl: usEast.url, shard: { index: 1, count: 2 } }), 'b.json': await runJob({ baseUrl: usEast.url, shard: { index: 1, count: 3 } }) });
    expect(refusal('*.json', dir)).toBe('The reports mix shard counts: a.json is shard 1/2, b.json is shard 1/3. Merge the reports of one matrix');
  });

  it('refuses a report of another manifest and names both files and digests', async () => {
    writeFileSync(path.join(manifestDir, 'changed.yml'), `${MANIFEST}# changed\n`);
    const first = await runJob({ baseUrl: usEast.url, shard: { index: 1, count: 2 } });
    const other = await runJob({ baseUrl: usEast.url, shard: { index: 2, count: 2 }, manifest: 'changed.yml' });
    const dir = writeReports({ '1.json': first, '2.json': other });
    const message = refusal('*.json', dir);
    expect(message).toContain(`1.json and 2.json come from different manifests (${first.run.manifest.digest} vs ${other.run.manifest.digest})`);
    expect(first.run.manifest.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(first.run.manifest.digest).not.toBe(other.run.manifest.digest);
  });

  it('refuses shards that ran against different previews, naming both files and both previews', async () => {
    const dir = writeReports({ 'a.json': await runJob({ baseUrl: usEast.url, shard: { index: 1, count: 2 } }), 'b.json': await runJob({ baseUrl: euWest.url, shard: { index: 2, count: 2 } }) });
    expect(refusal('*.json', dir)).toBe(`a.json and b.json ran against different previews (${usEast.url} vs ${euWest.url}): give every job of the matrix the same base-url`);
  });

  it('records the preview without its credentials, and takes a report that does not say on trust', async () => {
    const withCredentials = usEast.url.replace('http://', 'http://deploy:s3cret@');
    const first = await runJob({ baseUrl: withCredentials, shard: { index: 1, count: 2 } });
    expect(first.run.baseUrl).toBe(`${usEast.url}/`);
    const older = JSON.parse(JSON.stringify(renderJsonReport(await runJob({ baseUrl: usEast.url, shard: { index: 2, count: 2 } }))));
    delete older.run.baseUrl;
    const dir = writeReports({ 'a.json': first, 'b.json': JSON.stringify(older) });
    const merged = mergeReportFiles('*.json', dir);
    expect(merged.result).toBe('pass');
    // One report does not say which preview it ran against: the merged run does not either.
    expect(merged.run.baseUrl).toBeUndefined();
    const both = mergeReportFiles('*.json', writeReports({ 'a.json': first, 'b.json': await runJob({ baseUrl: withCredentials, shard: { index: 2, count: 2 } }) }));
    expect(both.run.baseUrl).toBe(`${usEast.url}/`);
    expect(JSON.stringify(renderJsonReport(both))).not.toContain('s3cret');
  });

  it('refuses shards gated differently', async () => {
    const dir = writeReports({ 'a.json': await runJob({ baseUrl: usEast.url, shard: { index: 1, count: 2 } }), 'b.json': await runJob({ baseUrl: usEast.url, shard: { index: 2, count: 2 } }) });
    const report = JSON.parse(JSON.stringify(renderJsonReport(await runJob({ baseUrl: usEast.url, shard: { index: 2, count: 2 } }))));
    report.run.gate.warn_on = ['INCORRECT_ASSERTION'];
    writeFileSync(path.join(dir, 'b.json'), JSON.stringify(report));
    expect(refusal('*.json', dir)).toBe('a.json and b.json were gated differently (fail_on [all], warn_on [] vs fail_on [all], warn_on [INCORRECT_ASSERTION]): give every shard the same fail-on and warn-on');
  });

  it('refuses a corrupt report file and a JSON file that is not a report, naming the file', async () => {
    const good = await runJob({ baseUrl: usEast.url });
    const text = `${JSON.stringify(renderJsonReport(good))}`;
    const cut = writeReports({ 'cut.json': text.slice(0, text.length / 2) });
    expect(refusal('*.json', cut)).toMatch(/^cut\.json is not JSON \(.+\): the report is corrupt or was cut short; upload it again from its job$/);
    const notReport = writeReports({ 'other.json': JSON.stringify({ version: 1, result: 'pass' }) });
    expect(refusal('*.json', notReport)).toMatch(/^other\.json is not a valid probegate report: \(the report\) must have required property 'summary'/);
  });

  it('refuses a report whose result was changed after it was written', async () => {
    const report = JSON.parse(JSON.stringify(renderJsonReport(await runJob({ baseUrl: euWest.url }))));
    expect(report.result).toBe('fail');
    const dir = writeReports({ 'edited.json': JSON.stringify({ ...report, result: 'pass' }) });
    expect(refusal('*.json', dir)).toBe('edited.json records result "pass" but its checks give "fail": the report was changed after it was written; upload it again from its job');
  });

  it('refuses a report whose failing check was edited to passed, even with a consistent result', async () => {
    const report = JSON.parse(JSON.stringify(renderJsonReport(await runJob({ baseUrl: euWest.url }))));
    const failing = report.checks.find((c: { status: string }) => c.status === 'failed');
    Object.assign(failing, { status: 'passed', level: null });
    Object.assign(report, { result: 'pass', summary: { ...report.summary, failed: report.summary.failed - 1, passed: report.summary.passed + 1 } });
    const dir = writeReports({ 'edited.json': JSON.stringify(report) });
    expect(refusal('*.json', dir)).toBe(`edited.json: check "${failing.name}" is passed with an error: the report was changed after it was written; upload it again from its job`);
  });

  it('fails the merged run when the manifest has problems, as each job failed', async () => {
    const job = await runJob({ baseUrl: usEast.url });
    // A run whose manifest has problems fails (src/gate.ts tally), its checks passing or not.
    const withProblem = { ...job, result: 'fail' as const, run: { ...job.run, manifest: { ...job.run.manifest, problems: 1 } } };
    const merged = mergeReportFiles('*.json', writeReports({ 'report.json': withProblem }));
    expect(merged).toMatchObject({ result: 'fail', run: { manifest: { problems: 1 } } });
    // Recording problems while saying pass is a report changed after it was written.
    expect(refusal('*.json', writeReports({ 'report.json': { ...withProblem, result: 'pass' as const } }))).toContain('records result "pass" but its checks give "fail"');
  });

  it('merges a check with a manifest problem as failed though the gate warns on INVALID_REQUEST, as its job judged it', async () => {
    writeFileSync(path.join(manifestDir, 'warn-invalid.yml'), `version: 1\ngate: { warn_on: [INVALID_REQUEST] }\nchecks:\n  - { name: home, type: http, request: { url: "{{ BASE_URL }}/" } }\n  - { name: typo, type: htp, request: { url: "{{ BASE_URL }}/" } }\n`);
    const job = await runJob({ baseUrl: usEast.url, manifest: 'warn-invalid.yml' });
    expect(checkNamed(job, 'typo')).toMatchObject({ status: 'failed', level: 'error', attempts: 0 });
    const merged = mergeReportFiles('*.json', writeReports({ 'report.json': job }));
    expect(merged).toMatchObject({ result: 'fail', summary: { failed: 1, passed: 1 } });
  });

  it('refuses a glob that matches nothing', () => {
    const empty = writeReports({});
    expect(refusal('reports/**/*.json', empty)).toBe(`No report matches reports/**/*.json (in ${empty}): check the path the shards' reports were downloaded to`);
  });
});

describe('merging two locations', () => {
  let merged: PipelineResult;
  beforeAll(async () => {
    const dir = writeReports({
      'eu-west-1.json': await runJob({ baseUrl: euWest.url, location: 'eu-west', shard: { index: 1, count: 2 } }),
      'eu-west-2.json': await runJob({ baseUrl: euWest.url, location: 'eu-west', shard: { index: 2, count: 2 } }),
      'us-east-1.json': await runJob({ baseUrl: usEast.url, location: 'us-east', shard: { index: 1, count: 2 } }),
      'us-east-2.json': await runJob({ baseUrl: usEast.url, location: 'us-east', shard: { index: 2, count: 2 } }),
    });
    merged = mergeReportFiles('*.json', dir);
  });

  it('gives a check its worst location\'s status and fails the run when it fails in one place only', () => {
    expect(merged.result).toBe('fail');
    const checkout = merged.checks.find((c) => c.check.name === 'Checkout')!;
    expect(checkout.status).toBe('failed');
    expect(checkout.error?.code).toBe('INCORRECT_ASSERTION');
    expect(checkout.byLocation?.map((l) => [l.location, l.status])).toEqual([
      ['eu-west', 'failed'],
      ['us-east', 'passed'],
    ]);
    expect(merged.checks.find((c) => c.check.name === 'Legacy')!.status).toBe('skipped');
    expect(merged.summary).toEqual({ total: 5, passed: 3, failed: 1, warned: 0, skipped: 1 });
  });

  it('shows a column per location in the summary and the comment, and says where the check fails', () => {
    const summary = renderSummary(merged);
    expect(summary).toContain('| Status | eu-west | us-east | Check | Type | Target | Error | Time |');
    expect(summary).toMatch(/\| ❌ failed \| ❌ failed \| ✅ passed \| Checkout \|/);
    expect(summary).toContain('**Fails in eu-west (passes in us-east).**');
    const comment = renderComment(merged, '<!-- probegate:test -->');
    expect(comment).toContain('| Status | eu-west | us-east | Check | Error | Time |');
    expect(comment).toContain('Checkout (INCORRECT_ASSERTION · fails in eu-west (passes in us-east))');
  });

  it('annotates the failing check with the location it fails in', () => {
    const [annotation] = buildAnnotations(merged);
    expect(annotation!.title).toBe('INCORRECT_ASSERTION · Checkout');
    expect(annotation!.message).toMatch(/^Fails in eu-west \(passes in us-east\): /);
  });

  it('writes a report that records each location and is valid against the schema', () => {
    const report = JSON.parse(JSON.stringify(renderJsonReport(merged)));
    assertValidReport(report, 'the merged report');
    expect(report.run.merged).toEqual({ reports: 4, locations: ['eu-west', 'us-east'], locationsExpected: false });
    expect(report.run.location).toBeNull();
    // Each region's own address of the preview: allowed across locations, so the merged run names none.
    expect(report.run.baseUrl).toBeNull();
    expect(report.checks[1].locations.map((l: { location: string; status: string }) => `${l.location}:${l.status}`)).toEqual(['eu-west:failed', 'us-east:passed']);
  });

  it('refuses a location whose shard is missing, naming shard and location', async () => {
    const dir = writeReports({
      'eu-west-1.json': await runJob({ baseUrl: euWest.url, location: 'eu-west', shard: { index: 1, count: 2 } }),
      'eu-west-2.json': await runJob({ baseUrl: euWest.url, location: 'eu-west', shard: { index: 2, count: 2 } }),
      'us-east-1.json': await runJob({ baseUrl: usEast.url, location: 'us-east', shard: { index: 1, count: 2 } }),
    });
    expect(refusal('*.json', dir)).toMatch(/^Shard 2\/2 of location us-east is missing/);
  });
});

describe('a job whose preview never became ready', () => {
  it('merges shards that were not ready into what the unsharded run gives: the ready failure once, every check not run', async () => {
    const whole = await runJob({ baseUrl: euWest.url, manifest: 'ready.yml' });
    const shards = await Promise.all([1, 2].map((index) => runJob({ baseUrl: euWest.url, manifest: 'ready.yml', shard: { index, count: 2 } })));
    const merged = mergeReportFiles('*.json', writeReports({ '1.json': shards[0]!, '2.json': shards[1]! }));
    expect(whole.ready).toMatchObject({ status: 'failed', error: { category: 'TIMEOUT', code: 'READY_TIMEOUT' } });
    expect(merged.result).toBe('fail');
    expect(merged.ready).toEqual(shards[0]!.ready);
    expect(merged.summary).toEqual(whole.summary);
    expect(merged.categories).toEqual(['TIMEOUT']);
    expect(merged.checks.map((c) => c.notRun)).toEqual(whole.checks.map((c) => c.notRun));
    expect(merged.checks.filter((c) => c.notRun === 'not run: the preview never became ready')).toHaveLength(4);
    assertValidReport(JSON.parse(JSON.stringify(renderJsonReport(merged))), 'the merged report of a preview never ready');
  });

  it('fails the merged run when the preview was ready in one location only, and says where', async () => {
    const dir = writeReports({
      'eu-west.json': await runJob({ baseUrl: euWest.url, location: 'eu-west', manifest: 'ready.yml' }),
      'us-east.json': await runJob({ baseUrl: usEast.url, location: 'us-east', manifest: 'ready.yml' }),
    });
    const merged = mergeReportFiles('*.json', dir);
    expect(merged.result).toBe('fail');
    expect(merged.ready?.status).toBe('failed');
    expect(merged.ready!.error.message).toMatch(/^In eu-west: /);
    // In us-east the checks ran: a check shows it was not run in eu-west and passed in us-east.
    const home = merged.checks[0]!;
    expect(home.byLocation?.map((l) => [l.location, l.status])).toEqual([
      ['eu-west', 'skipped'],
      ['us-east', 'passed'],
    ]);
    expect(renderSummary(merged)).toContain('In eu-west: ');
    assertValidReport(JSON.parse(JSON.stringify(renderJsonReport(merged))), 'the merged report of two locations, one never ready');
  });
});

describe('the report glob', () => {
  it('matches *, ? and ** and leaves out dot files and directories', () => {
    const dir = writeReports({ 'a/r-1.json': '{}', 'a/b/r-2.json': '{}', 'r-3.json': '{}', '.hidden/r-4.json': '{}', 'a/r-10.txt': '' });
    mkdirSync(path.join(dir, 'd.json'));
    const rel = (pattern: string) => globFiles(pattern, dir).map((f) => path.relative(dir, f));
    expect(rel('**/*.json')).toEqual(['a/b/r-2.json', 'a/r-1.json', 'r-3.json']);
    expect(rel('a/r-?.json')).toEqual(['a/r-1.json']);
    expect(rel('*/r-*')).toEqual(['a/r-1.json', 'a/r-10.txt']);
    expect(rel('r-3.json')).toEqual(['r-3.json']);
    expect(rel(path.join(dir, 'a', '**', '*.json'))).toEqual(['a/b/r-2.json', 'a/r-1.json']);
  });
});

describe('merging the shards of a tag selection', () => {
  const tagged = (shard?: Shard, tags = ['smoke']) => runJob({ baseUrl: euWest.url, manifest: 'tagged.yml', tags, ...(shard ? { shard } : {}) });

  it('splits the selected checks, not the manifest, and merges into what the unsharded selection gives', async () => {
    const [first, second, whole] = await Promise.all([tagged({ index: 1, count: 2 }), tagged({ index: 2, count: 2 }), tagged()]);
    expect(first.checks.map((c) => c.check.name)).toEqual(['Checkout']);
    expect(second.checks.map((c) => c.check.name)).toEqual(['Search']);
    expect(whole.run.selection).toEqual({ tags: ['smoke'], grep: null, indexes: [1, 3] });
    const dir = writeReports({ 'a/shard-1.json': first, 'b/shard-2.json': second });
    const merged = mergeReportFiles('**/*.json', dir);
    expect(merged.checks.map((c) => c.check.name)).toEqual(['Checkout', 'Search']);
    expect(merged.result).toBe('fail');
    expect(merged.summary).toEqual(whole.summary);
    expect(merged.run.selection).toEqual(whole.run.selection);
    assertValidReport(JSON.parse(JSON.stringify(renderJsonReport(merged))), 'the merge of a tag selection');
  });

  it('refuses a missing shard of a selection, so an incomplete run never passes', async () => {
    const second = await tagged({ index: 2, count: 2 });
    const dir = writeReports({ 'shard-2.json': second });
    expect(refusal('*.json', dir)).toContain('Shard 1/2 is missing');
  });

  it('refuses shards that ran different selections, naming both', async () => {
    const [first, second] = await Promise.all([tagged({ index: 1, count: 2 }), runJob({ baseUrl: euWest.url, manifest: 'tagged.yml', shard: { index: 2, count: 2 } })]);
    const dir = writeReports({ 'shard-1.json': first, 'shard-2.json': second });
    expect(refusal('*.json', dir)).toMatch(/ran different selections of checks \(tags smoke vs every check\): give every job of the matrix the same tags/);
  });
});

/** A report as a careful hand would edit it: the counts, categories and result made to agree with the statuses. */
type ReportJson = {
  result: string;
  summary: Record<string, number>;
  categories: string[];
  run: Record<string, unknown> & { gate: unknown };
  ready?: { status: string; level: string; error: { category: string } };
  checks: (Record<string, unknown> & { name: string; status: string; error: { category: string } | null })[];
};

function reportOf(run: PipelineResult): ReportJson {
  return JSON.parse(JSON.stringify(renderJsonReport(run)));
}

function retallied(report: ReportJson): string {
  const count = (status: string) => report.checks.filter((c) => c.status === status).length;
  report.summary = { total: report.checks.length, passed: count('passed'), failed: count('failed'), warned: count('warned'), skipped: count('skipped') };
  report.result = report.summary.failed! > 0 || report.ready?.status === 'failed' ? 'fail' : 'pass';
  report.categories = [...new Set([...(report.ready ? [report.ready.error.category] : []), ...report.checks.flatMap((c) => (c.error ? [c.error.category] : []))])];
  return JSON.stringify(report);
}

// Checkout, the check that fails in eu-west, last in the manifest; and a version of it that lets
// its own assertion failures warn.
const CHECKOUT_LAST = MANIFEST.replace(/ {2}- name: Legacy[\s\S]*$/, '').replace(/ {2}- name: Checkout\n[\s\S]*?(?= {2}- name: Health)/, '') + `  - name: Checkout
    type: http
    request: { url: "{{ BASE_URL }}/checkout" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
`;
const OWN_GATE = CHECKOUT_LAST.replace('  - name: Checkout\n', '  - name: Checkout\n    warn_on: [INCORRECT_ASSERTION]\n');

describe('a shard report changed after it was written', () => {
  beforeAll(() => {
    writeFileSync(path.join(manifestDir, 'checkout-last.yml'), CHECKOUT_LAST);
    writeFileSync(path.join(manifestDir, 'own-gate.yml'), OWN_GATE);
  });

  it('is refused when a failed check was made warned, naming the file, the check and the gate that fails it', async () => {
    const report = reportOf(await runJob({ baseUrl: euWest.url, shard: { index: 2, count: 2 } }));
    const checkout = report.checks.find((c) => c.name === 'Checkout')!;
    expect(checkout.status).toBe('failed');
    Object.assign(checkout, { status: 'warned', level: 'notice' });
    const dir = writeReports({ 'a.json': await runJob({ baseUrl: euWest.url, shard: { index: 1, count: 2 } }), 'b.json': retallied(report) });
    expect(refusal('*.json', dir)).toBe(
      'b.json: check "Checkout" is warned (level notice) but its error INCORRECT_ASSERTION:INCORRECT_ASSERTION under run.gate (fail_on [all], warn_on []) gives failed (level error): the report was changed after it was written; upload it again from its job',
    );
  });

  it('is refused when a failed check was made skipped but still shows its attempt, its answer and its assertions', async () => {
    const report = reportOf(await runJob({ baseUrl: euWest.url }));
    Object.assign(report.checks.find((c) => c.name === 'Checkout')!, { status: 'skipped', level: null, error: null });
    expect(refusal('*.json', writeReports({ 'edited.json': retallied(report) }))).toBe(
      'edited.json: check "Checkout" is skipped but records 1 attempt: the report was changed after it was written; upload it again from its job',
    );
    const checkout = report.checks.find((c) => c.name === 'Checkout')!;
    Object.assign(checkout, { attempts: 0 });
    expect(refusal('*.json', writeReports({ 'edited.json': retallied(report) }))).toBe(
      'edited.json: check "Checkout" is skipped but records assertion results: the report was changed after it was written; upload it again from its job',
    );
    Object.assign(checkout, { assertions: [] });
    expect(refusal('*.json', writeReports({ 'edited.json': retallied(report) }))).toBe(
      'edited.json: check "Checkout" is skipped but records what a run observed (statusCode): the report was changed after it was written; upload it again from its job',
    );
  });

  it('is refused when a failed check was made passed without its error but with its failed assertion', async () => {
    const report = reportOf(await runJob({ baseUrl: euWest.url }));
    Object.assign(report.checks.find((c) => c.name === 'Checkout')!, { status: 'passed', level: null, error: null });
    expect(refusal('*.json', writeReports({ 'edited.json': retallied(report) }))).toBe(
      'edited.json: check "Checkout" is passed with a failed assertion: the report was changed after it was written; upload it again from its job',
    );
  });

  it("records a check's own gate, merges the check it lets warn, and refuses the report once that gate is taken out", async () => {
    const run = await runJob({ baseUrl: euWest.url, manifest: 'own-gate.yml' });
    const report = reportOf(run);
    const checkout = report.checks.find((c) => c.name === 'Checkout')!;
    expect(checkout).toMatchObject({ status: 'warned', level: 'warning', gate: { warn_on: ['INCORRECT_ASSERTION'] } });
    assertValidReport(report, 'a report with a check of its own gate');
    const merged = mergeReportFiles('*.json', writeReports({ 'own.json': run }));
    expect(merged.result).toBe('pass');
    expect(merged.checks.find((c) => c.check.name === 'Checkout')!.status).toBe('warned');
    expect(reportOf(merged).checks.find((c) => c.name === 'Checkout')!.gate).toEqual({ warn_on: ['INCORRECT_ASSERTION'] });
    delete checkout.gate;
    expect(refusal('*.json', writeReports({ 'own.json': retallied(report) }))).toBe(
      'own.json: check "Checkout" is warned (level warning) but its error INCORRECT_ASSERTION:INCORRECT_ASSERTION under run.gate (fail_on [all], warn_on []) gives failed (level error): the report was changed after it was written; upload it again from its job',
    );
  });

  it('is refused when a preview that never became ready was made to warn', async () => {
    const report = reportOf(await runJob({ baseUrl: euWest.url, manifest: 'ready.yml' }));
    expect(report.ready!.status).toBe('failed');
    Object.assign(report.ready!, { status: 'warned', level: 'warning' });
    expect(refusal('*.json', writeReports({ 'edited.json': retallied(report) }))).toBe(
      'edited.json: the ready wait is warned (level warning) but run.gate (fail_on [all], warn_on []) gives failed (level error): the report was changed after it was written; upload it again from its job',
    );
  });

  it('is refused when its counts no longer match its checks, even from a version that did not record the gate of each check', async () => {
    const report = reportOf(await runJob({ baseUrl: euWest.url }));
    delete report.run.totalChecks;
    Object.assign(report.checks.find((c) => c.name === 'Checkout')!, { status: 'warned', level: 'notice' });
    report.result = 'pass';
    expect(refusal('*.json', writeReports({ 'edited.json': JSON.stringify(report) }))).toBe(
      'edited.json: its summary or categories (5 checks: 3 passed, 1 failed, 0 warned, 1 skipped) are not what its checks give (5 checks: 3 passed, 0 failed, 1 warned, 1 skipped): the report was changed after it was written; upload it again from its job',
    );
  });
});

describe('a shard report whose checks were cut', () => {
  it('records how many checks the run had to run, after the selection and before the shard split', async () => {
    const [whole, shard, tagged] = await Promise.all([
      runJob({ baseUrl: usEast.url }),
      runJob({ baseUrl: usEast.url, shard: { index: 2, count: 3 } }),
      runJob({ baseUrl: usEast.url, manifest: 'tagged.yml', tags: ['smoke'], shard: { index: 1, count: 2 } }),
    ]);
    expect([whole.run.totalChecks, shard.run.totalChecks, tagged.run.totalChecks]).toEqual([5, 5, 2]);
    expect(reportOf(shard).run.totalChecks).toBe(5);
  });

  it('is refused when the last shard lost its only check, the failing one, naming the file and the check', async () => {
    const shards = await Promise.all([1, 2, 3, 4].map((index) => runJob({ baseUrl: euWest.url, manifest: 'checkout-last.yml', shard: { index, count: 4 } })));
    const last = reportOf(shards[3]!);
    expect(last.checks.map((c) => `${c.name}:${c.status}`)).toEqual(['Checkout:failed']);
    last.checks = [];
    const dir = writeReports({ '1.json': shards[0]!, '2.json': shards[1]!, '3.json': shards[2]!, '4.json': retallied(last) });
    expect(refusal('*.json', dir)).toBe(
      "4.json lacks check 4 of the manifest, which shard 4/4 had to run (1 of the run's 4; the report holds 0): the report was cut or changed after it was written; upload it again from its job",
    );
  });

  it('is refused when the tail of an unsharded report was cut', async () => {
    const report = reportOf(await runJob({ baseUrl: euWest.url, manifest: 'checkout-last.yml', location: 'eu-west' }));
    report.checks = report.checks.slice(0, 2);
    expect(refusal('*.json', writeReports({ 'eu.json': retallied(report) }))).toBe(
      "eu.json lacks checks 3, 4 of the manifest, which the run had to run (4 of the run's 4; the report holds 2): the report was cut or changed after it was written; upload it again from its job",
    );
    // The count is the report's word: counted against, never listed out.
    report.run.totalChecks = 1e12;
    expect(refusal('*.json', writeReports({ 'eu.json': retallied(report) }))).toBe(
      "eu.json lacks checks 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 999999999988 more of the manifest, which the run had to run (1000000000000 of the run's 1000000000000; the report holds 2): the report was cut or changed after it was written; upload it again from its job",
    );
  });

  it('takes a report of a version before the count on trust, but never beside one that records it', async () => {
    const [first, second] = await Promise.all([1, 2].map((index) => runJob({ baseUrl: usEast.url, shard: { index, count: 2 } })));
    const older = (run: PipelineResult) => {
      const report = reportOf(run);
      delete report.run.totalChecks;
      return JSON.stringify(report);
    };
    const merged = mergeReportFiles('*.json', writeReports({ 'a.json': older(first!), 'b.json': older(second!) }));
    expect(merged.result).toBe('pass');
    expect(merged.run.totalChecks).toBeUndefined();
    expect(refusal('*.json', writeReports({ 'a.json': first!, 'b.json': older(second!) }))).toBe(
      'a.json records how many checks the run had (run.totalChecks: 5) but b.json does not: the jobs of one workflow run write the same fields, so b.json was changed or comes from an older run; merge the reports of one workflow run',
    );
  });
});

describe('the locations a merge expects', () => {
  const euWestShards = () => Promise.all([1, 2].map((index) => runJob({ baseUrl: euWest.url, shard: { index, count: 2 }, location: 'eu-west' })));

  it('refuses a merge that lacks one: a location whose job wrote no report never passes', async () => {
    const [a, b] = await euWestShards();
    const dir = writeReports({ 'eu-1.json': a!, 'eu-2.json': b! });
    expect(() => mergeReportFiles('*.json', dir, { locations: ['eu-west', 'us-east'] })).toThrow(
      'Location us-east has no report (the merge expects locations eu-west, us-east, the reports are from eu-west): the merged run would not cover every location, so it fails. Did that job upload its report (if: always())?',
    );
    expect(() => mergeReportFiles('*.json', dir, { locations: ['us-east'] })).toThrow('eu-1.json ran from eu-west, which is not one of the locations expected (the merge expects locations us-east)');
  });

  it('merges when every expected location is there, and says so', async () => {
    const [a, b] = await euWestShards();
    const us = await runJob({ baseUrl: usEast.url, location: 'us-east' });
    const merged = mergeReportFiles('*.json', writeReports({ 'eu-1.json': a!, 'eu-2.json': b!, 'us.json': us }), { locations: ['us-east', 'eu-west'] });
    expect(merged.run.merged).toEqual({ reports: 3, locations: ['eu-west', 'us-east'], locationsExpected: true });
    expect(renderSummary(merged)).toContain('Merged 3 reports from locations eu-west, us-east; every expected location is there.');
    expect(renderComment(merged, '<!-- probegate:m -->')).toContain('Merged 3 reports from locations eu-west, us-east; every expected location is there.');
  });

  it('without them, merges as before but names the locations it merged in the summary and the report', async () => {
    const [a, b] = await euWestShards();
    const merged = mergeReportFiles('*.json', writeReports({ 'eu-1.json': a!, 'eu-2.json': b! }));
    expect(merged.result).toBe('fail');
    expect(merged.run.merged).toEqual({ reports: 2, locations: ['eu-west'], locationsExpected: false });
    for (const rendered of [renderSummary(merged), renderComment(merged, '<!-- probegate:m -->')]) {
      expect(rendered).toContain('Merged 2 reports from location eu-west; the locations to expect were not given (input locations), so a location whose job wrote no report would not show.');
    }
    assertValidReport(reportOf(merged), 'a merge of one named location');
  });
});
