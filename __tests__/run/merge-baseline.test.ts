// merge of shards that compared the preview with a baseline (SPEC §8 and §9): a REGRESSION found
// in a shard fails the merged run exactly as the single run fails, the comparisons come through
// into every report, and a report whose comparison disagrees with its check is refused. Real runs
// against loopback services: a preview slower than the baseline, answering another status, and
// sending another JSON shape.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/load.js';
import type { PipelineResult, Shard } from '../../src/model.js';
import { renderComment } from '../../src/report/comment.js';
import { escapeMarkdown } from '../../src/report/escape.js';
import { renderJsonReport } from '../../src/report/json.js';
import { renderComparisonLines } from '../../src/cli/comparison.js';
import { createStyle } from '../../src/cli/style.js';
import { renderSummary } from '../../src/report/summary.js';
import { MergeError, mergeReportFiles } from '../../src/run/merge.js';
import { readReport } from '../../src/run/read-report.js';
import { runManifest } from '../../src/run/pipeline.js';
import { startService, type Route, type Service } from '../helpers/baseline-peers.js';
import { assertValidReport } from '../helpers/report-schema.js';

const product = { id: 7, title: 'Lamp', price: 19.5 };
// The baseline of 60 ms, not less: a load spike on a busy runner must not move its own A/A medians by the ratio.
const baselineRoutes: Record<string, Route> = {
  '/slow': { delayMs: () => 60, body: () => product },
  '/accepted': { status: () => 200 },
  '/shape': { body: () => product },
  '/same': { delayMs: () => 2, body: () => product },
};
const slowPreview: Record<string, Route> = {
  '/slow': { delayMs: () => 3 * 60 + 100, body: () => product },
  '/accepted': { status: () => 202 },
  '/shape': { body: () => ({ id: 7, price: '19.5' }) },
  '/same': { delayMs: () => 2, body: () => product },
};

let baseline: Service;
let preview: Service;
// A second region of the preview, as fast as the baseline and answering the same.
let healthyPreview: Service;
let dir: string;

beforeAll(async () => {
  [baseline, preview, healthyPreview] = await Promise.all([startService(baselineRoutes), startService(slowPreview), startService(baselineRoutes)]);
  dir = mkdtempSync(path.join(tmpdir(), 'probegate-merge-baseline-'));
  writeFileSync(
    path.join(dir, 'probegate.yml'),
    `version: 1
baseline: { base_url: "${baseline.url}", samples: 10 }
checks:
  - { name: Slow, type: http, request: { url: "{{ BASE_URL }}/slow" } }
  - { name: Accepted, type: http, request: { url: "{{ BASE_URL }}/accepted" } }
  - { name: Shape, type: http, request: { url: "{{ BASE_URL }}/shape" } }
  - { name: Same, type: http, request: { url: "{{ BASE_URL }}/same" } }
  - name: Own failure
    type: http
    request: { url: "{{ BASE_URL }}/same" }
    assertions: [{ type: statusCode, operator: is, target: 201 }]
  - { name: Not compared, type: http, request: { method: POST, url: "{{ BASE_URL }}/same" } }
`,
  );
});

afterAll(async () => {
  await Promise.all([baseline?.close(), preview?.close(), healthyPreview?.close()]);
});

interface Job {
  readonly preview: Service;
  /** The door's baseline URL (input baseline-url), which beats the manifest's. */
  readonly baselineUrl?: string;
  readonly shard?: Shard;
  readonly location?: string;
  readonly warnOn?: string[];
}

/** One job of the matrix, run one after another: the comparisons' timings need a quiet runner. */
async function runJob(job: Job): Promise<PipelineResult> {
  const manifest = await loadManifest({
    path: path.join(dir, 'probegate.yml'),
    displayPath: '.github/probegate.yml',
    variables: { builtins: { BASE_URL: job.preview.url }, inputs: {}, secretInputs: {}, env: {} },
    ...(job.baselineUrl ? { baselineUrl: job.baselineUrl } : {}),
  });
  return runManifest(manifest, { gate: job.warnOn ? { warnOn: job.warnOn } : {}, concurrency: 4, shard: job.shard, location: job.location });
}

type ReportJson = { result: string; summary: Record<string, number>; checks: Record<string, unknown>[] } & Record<string, unknown>;

const reportOf = (run: PipelineResult): ReportJson => JSON.parse(JSON.stringify(renderJsonReport(run))) as ReportJson;

function writeReports(reports: Record<string, ReportJson>): string {
  const reportDir = mkdtempSync(path.join(tmpdir(), 'probegate-merge-baseline-reports-'));
  for (const [name, report] of Object.entries(reports)) writeFileSync(path.join(reportDir, name), JSON.stringify(report));
  return reportDir;
}

// Same's two 2 ms routes are equal, but a busy runner can make its baseline noisy against itself,
// and a noisy baseline is inconclusive (never regressed): the whole run and the shards are
// separate runs, so either reading may come in either.
const verdicts = (run: PipelineResult) =>
  run.checks.map((c) => `${c.check.name}: ${c.status} ${c.error ? `${c.error.category}:${c.error.code}` : '-'} ${c.comparison?.verdict ?? 'not compared'}`.replace(/^Same: passed - (?:same|inconclusive)$/, 'Same: passed - same or inconclusive'));

describe('merging the shards of a run compared with a baseline', () => {
  let whole: PipelineResult;
  let shards: PipelineResult[];
  let merged: PipelineResult;
  beforeAll(async () => {
    whole = await runJob({ preview });
    shards = [await runJob({ preview, shard: { index: 1, count: 2 } }), await runJob({ preview, shard: { index: 2, count: 2 } })];
    merged = mergeReportFiles('*.json', writeReports({ 'shard-1.json': reportOf(shards[0]!), 'shard-2.json': reportOf(shards[1]!) }));
  }, 60_000);

  it('fails the merged run exactly as the single run fails: every REGRESSION kept, check for check', () => {
    expect(verdicts(whole)).toEqual([
      'Slow: failed REGRESSION:LATENCY regressed',
      'Accepted: failed REGRESSION:STATUS regressed',
      'Shape: failed REGRESSION:SCHEMA regressed',
      'Same: passed - same or inconclusive',
      'Own failure: failed INCORRECT_ASSERTION:INCORRECT_ASSERTION inconclusive',
      'Not compared: passed - not compared',
    ]);
    expect(verdicts(merged)).toEqual(verdicts(whole));
    expect(merged.result).toBe('fail');
    expect(merged.summary).toEqual(whole.summary);
    expect(merged.categories).toEqual(whole.categories);
  });

  it('carries each comparison through unchanged into the merged JSON report, valid against the schema', () => {
    const report = reportOf(merged);
    assertValidReport(report, 'the merged report of a baseline run');
    const fromShards = [...reportOf(shards[0]!).checks, ...reportOf(shards[1]!).checks].sort((a, b) => (a.index as number) - (b.index as number));
    expect(report.checks.map((c) => c.comparison)).toEqual(fromShards.map((c) => c.comparison));
    expect(report.checks.filter((c) => c.comparison !== undefined)).toHaveLength(5);
  });

  it('shows the Preview vs baseline table in the merged summary and comment, as a single run does', () => {
    const summary = renderSummary(merged);
    expect(summary).toContain('### Preview vs baseline');
    expect(summary).toContain(`Baseline: ${escapeMarkdown(baseline.url)}. Medians and p95 in ms over 10 samples per side`);
    const rows = summary.split('\n').filter((line) => /^\| (Slow|Accepted|Shape|Same|Own failure) \| .*(regressed|same|inconclusive|not compared)/.test(line));
    expect(rows.map((line) => line.split(' | ')[0])).toEqual(['| Slow', '| Accepted', '| Shape', '| Same', '| Own failure']);
    expect(summary).toContain('; status 200 → 202');
    expect(summary).toContain('❌ <code>title</code> (string) missing');
    expect(renderComment(merged, '<!-- probegate:test -->')).toContain('### Preview vs baseline');
  });
});

describe('merging two locations compared with one baseline', () => {
  let merged: PipelineResult;
  beforeAll(async () => {
    merged = mergeReportFiles(
      '*.json',
      writeReports({
        'eu-west.json': reportOf(await runJob({ preview, location: 'eu-west', warnOn: ['REGRESSION:SCHEMA'] })),
        'us-east.json': reportOf(await runJob({ preview: healthyPreview, location: 'us-east', warnOn: ['REGRESSION:SCHEMA'] })),
      }),
    );
  }, 60_000);

  it('fails a check that regressed in one location only, with that location\'s comparison', () => {
    expect(merged.result).toBe('fail');
    const slow = merged.checks[0]!;
    expect(slow).toMatchObject({ status: 'failed', error: { category: 'REGRESSION', code: 'LATENCY' }, comparison: { verdict: 'regressed' } });
    expect(slow.byLocation?.map((l) => `${l.location}: ${l.status} ${l.comparison?.verdict}`)).toEqual(['eu-west: failed regressed', 'us-east: passed same']);
    expect(merged.checks[2]).toMatchObject({ status: 'warned', error: { category: 'REGRESSION', code: 'SCHEMA' } });
  });

  it('shows a row per location in the Preview vs baseline table', () => {
    const summary = renderSummary(merged);
    expect(summary).toContain('| Check | Location | Preview median / p95 | Baseline median / p95 | Ratio | p | Verdict | Schema changes |');
    expect(summary).toMatch(/\| Slow \| eu-west \| .* \| ❌ regressed: LATENCY \|/);
    expect(summary).toMatch(/\| Slow \| us-east \| .* \| ✅ same: /);
  });

  it('shows a line per location in the terminal too (probegate merge)', () => {
    const lines = renderComparisonLines(merged, createStyle(false));
    expect(lines.find((line) => line.startsWith('Slow @ eu-west'))).toMatch(/regressed$/);
    expect(lines.find((line) => line.startsWith('Slow @ us-east'))).toMatch(/same$/);
  });

  it('keeps each location\'s comparison in the merged JSON report, valid against the schema', () => {
    const report = reportOf(merged);
    assertValidReport(report, 'the merged report of two locations compared with a baseline');
    const locations = report.checks[0]!.locations as { location: string; comparison?: { verdict: string } }[];
    expect(locations.map((l) => `${l.location}: ${l.comparison?.verdict}`)).toEqual(['eu-west: regressed', 'us-east: same']);
  });
});

describe('merging jobs compared with two deployments of the baseline', () => {
  it('names both baselines above the table (baseline-environment may find a newer deployment for a later job)', async () => {
    const newer = await startService(baselineRoutes);
    try {
      const merged = mergeReportFiles(
        '*.json',
        writeReports({
          'eu-west.json': reportOf(await runJob({ preview: healthyPreview, location: 'eu-west' })),
          'us-east.json': reportOf(await runJob({ preview: healthyPreview, location: 'us-east', baselineUrl: newer.url })),
        }),
      );
      expect(merged.checks[0]!.byLocation?.map((l) => `${l.location}: ${l.comparison?.baselineUrl}`)).toEqual([`eu-west: ${baseline.url}`, `us-east: ${newer.url}`]);
      expect(renderSummary(merged)).toContain(`Baselines: ${escapeMarkdown(baseline.url)}, ${escapeMarkdown(newer.url)}. Medians`);
    } finally {
      await newer.close();
    }
  }, 60_000);
});

describe('a shard report whose comparison disagrees with its check', () => {
  let shard: ReportJson;
  let other: ReportJson;
  beforeAll(async () => {
    // Shard 2/2 holds Accepted (REGRESSION:STATUS), Same and Not compared; none of them is slow.
    shard = reportOf(await runJob({ preview, shard: { index: 2, count: 2 } }));
    other = reportOf(await runJob({ preview: healthyPreview, shard: { index: 2, count: 2 } }));
  }, 60_000);

  /** Why merge refuses shard 2/2 edited by `edit` (a report is read, and refused, before the shards are counted). */
  function refusal(edit: (report: ReportJson) => void): string {
    const edited = JSON.parse(JSON.stringify(shard)) as ReportJson;
    edit(edited);
    try {
      mergeReportFiles('*.json', writeReports({ 'shard-2.json': edited }));
    } catch (error) {
      expect(error).toBeInstanceOf(MergeError);
      return (error as Error).message;
    }
    throw new Error('the merge was not refused');
  }

  const accepted = (report: ReportJson) => report.checks.find((c) => c.name === 'Accepted') as Record<string, unknown> & { comparison: Record<string, unknown> };

  /** The check made to look passed, with the summary and result to match. */
  function passed(report: ReportJson): void {
    Object.assign(accepted(report), { status: 'passed', level: null, error: null });
    Object.assign(report, { result: 'pass', categories: [], summary: { ...report.summary, failed: 0, passed: report.summary.passed! + 1 } });
  }

  it('is refused when a check passed with a comparison that regressed', () => {
    expect(refusal(passed)).toBe(
      'shard-2.json: check "Accepted" passed but its comparison with the baseline regressed (STATUS): the report was changed after it was written; upload it again from its job',
    );
  });

  it('is refused when a REGRESSION error has a comparison that did not regress, or none', () => {
    expect(refusal((report) => Object.assign(accepted(report).comparison, { verdict: 'same', reason: 'same', status: { baseline: 200, preview: 200, regressed: false } }))).toBe(
      'shard-2.json: check "Accepted" failed with REGRESSION:STATUS but its comparison with the baseline is same: the report was changed after it was written; upload it again from its job',
    );
    expect(refusal((report) => delete (accepted(report) as Record<string, unknown>).comparison)).toBe(
      'shard-2.json: check "Accepted" failed with REGRESSION:STATUS but has no comparison with the baseline: the report was changed after it was written; upload it again from its job',
    );
  });

  it('is refused when the verdict of a comparison and the regressions it names disagree, or the error names another', () => {
    expect(refusal((report) => Object.assign(accepted(report).comparison, { status: { baseline: 200, preview: 200, regressed: false } }))).toBe(
      'shard-2.json: check "Accepted" has a comparison that regressed but names no regression (status, schema, header or latency): the report was changed after it was written; upload it again from its job',
    );
    expect(refusal((report) => Object.assign(accepted(report).comparison, { verdict: 'same' }))).toBe(
      'shard-2.json: check "Accepted" has a comparison that is same but names regressions (STATUS): the report was changed after it was written; upload it again from its job',
    );
    const lostField = { path: 'title', kind: 'missing', regression: false, baselineType: 'string', previewSamples: 10 };
    expect(refusal((report) => Object.assign(accepted(report).comparison, { schemaChanges: [lostField] }))).toBe(
      'shard-2.json: check "Accepted" has a schema change of title (missing) marked not a regression: the report was changed after it was written; upload it again from its job',
    );
    expect(refusal((report) => Object.assign(accepted(report), { error: { category: 'REGRESSION', code: 'LATENCY', message: 'slower' } }))).toBe(
      'shard-2.json: check "Accepted" failed with REGRESSION:LATENCY but its comparison with the baseline regressed by STATUS: the report was changed after it was written; upload it again from its job',
    );
  });

  it('is refused when a skipped check carries a comparison, or a comparison has fields of another shape', () => {
    const notCompared = (report: ReportJson) => report.checks.find((c) => c.name === 'Not compared')!;
    expect(
      refusal((report) => {
        Object.assign(notCompared(report), { status: 'skipped', comparison: accepted(other).comparison });
        Object.assign(report, { summary: { ...report.summary, passed: report.summary.passed! - 1, skipped: report.summary.skipped! + 1 } });
      }),
    ).toBe('shard-2.json: check "Not compared" is skipped but has a comparison with the baseline: the report was changed after it was written; upload it again from its job');
    expect(refusal((report) => Object.assign(accepted(report).comparison, { verdict: 'regressed', regressions: ['STATUS'] }))).toMatch(
      /^shard-2\.json is not a valid probegate report: \/checks\/0\/comparison must NOT have additional properties/,
    );
    expect(refusal((report) => Object.assign(accepted(report).comparison, { status: { regressed: 'yes' } }))).toMatch(
      /^shard-2\.json is not a valid probegate report: \/checks\/0\/comparison\/status\/regressed must be boolean/,
    );
  });

  it('reads the unedited shard reports back with their comparisons as written', () => {
    const reportDir = writeReports({ 'shard-2.json': shard, 'healthy.json': other });
    for (const [file, report] of [['shard-2.json', shard], ['healthy.json', other]] as const) {
      expect(reportOf(readReport(path.join(reportDir, file))).checks).toEqual(report.checks);
    }
    expect(accepted(other).comparison.verdict).not.toBe('regressed');
  });
});
