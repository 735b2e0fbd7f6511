// The "Preview vs baseline" table in every report, from one real run against two loopback
// services: the summary, the comment, the terminal, and JUnit (valid against its schema).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderComparisonLines } from '../../src/cli/comparison.js';
import { createStyle } from '../../src/cli/style.js';
import { loadManifest } from '../../src/manifest/load.js';
import type { RunResult } from '../../src/model.js';
import { renderComment } from '../../src/report/comment.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderSummary } from '../../src/report/summary.js';
import { runManifest } from '../../src/run/pipeline.js';
import { startService, type Service } from '../helpers/baseline-peers.js';
import { junitProblems, parseXml } from '../helpers/junit-schema.js';
import { writeManifest } from '../helpers/run.js';

let preview: Service;
let baseline: Service;
let run: RunResult;

beforeAll(async () => {
  preview = await startService({ '/product': { body: () => ({ id: 7, price: '19.5', '<b>@team</b>': 1 }) }, '/home': {}, '/broken': { status: () => 500 } });
  baseline = await startService({ '/product': { body: () => ({ id: 7, title: 'Lamp', price: 19.5 }) }, '/home': {}, '/broken': {} });
  const manifest = await loadManifest({
    path: writeManifest(`version: 1
baseline: { base_url: "${baseline.url}", samples: 5 }
gate: { warn_on: [REGRESSION:SCHEMA] }
checks:
  - { name: Product API, type: http, request: { url: "{{ BASE_URL }}/product" } }
  - { name: Home, type: http, request: { url: "{{ BASE_URL }}/home" } }
  - { name: Broken, type: http, request: { url: "{{ BASE_URL }}/broken" } }
`),
    displayPath: '.github/probegate.yml',
    variables: { builtins: { BASE_URL: preview.url }, inputs: {}, secretInputs: {}, env: {} },
  });
  run = await runManifest(manifest, { gate: {}, concurrency: 2 });
});

afterAll(async () => {
  await Promise.all([preview.close(), baseline.close()]);
});

describe('the Preview vs baseline table', () => {
  it('is in the job summary: medians, ratio, p, verdict and schema changes by path, escaped', () => {
    const summary = renderSummary(run);
    expect(summary).toContain('### Preview vs baseline');
    expect(summary).toContain('| Check | Preview median / p95 | Baseline median / p95 | Ratio | p | Verdict | Schema changes |');
    const product = summary.split('\n').find((line) => line.startsWith('| Product API |'))!;
    expect(product).toContain('❌ regressed');
    expect(product).toContain('❌ <code>title</code> (string) missing');
    expect(product).toContain('❌ <code>price</code>: number → string');
    expect(product).toContain('❌ regressed: SCHEMA |');
    expect(product).toMatch(/ℹ️ added <code>\\\[&quot;&lt;b&gt;@\u200bteam&lt;\/b&gt;&quot;\\\]<\/code>/);
    expect(summary.split('\n').find((line) => line.startsWith('| Home |'))).toMatch(/\| ×\d\.\d\d \|/);
  });

  it('is in the pull-request comment', () => {
    const comment = renderComment(run, '<!-- probegate:test -->');
    expect(comment).toContain('### Preview vs baseline');
    expect(comment).toContain('❌ <code>title</code> (string) missing');
  });

  it('is printed by the CLI after the results, with the paths that regressed', () => {
    const lines = renderComparisonLines(run, createStyle(false));
    expect(lines[0]).toMatch(/^preview vs baseline\s+median\s+baseline\s+ratio\s+p\s+verdict$/);
    expect(lines.find((line) => line.startsWith('Product API'))).toMatch(/regressed$/);
    expect(lines).toContain('  title: missing (was string)');
    expect(lines).toContain('  price: number → string');
    expect(lines.at(-1)).toBe(`baseline: ${baseline.url}`);
  });

  // Its JSON verdict is inconclusive; a table that said so would read as a baseline too noisy to judge.
  it('says a check that failed on its own was not compared, and why, in the terminal, the summary and the comment', () => {
    const lines = renderComparisonLines(run, createStyle(false));
    const row = lines.findIndex((line) => line.startsWith('Broken'));
    expect(lines[row]).toMatch(/^Broken +– +– +– +– +not compared$/);
    expect(lines[row + 1]).toBe('  the check failed on its own (INCORRECT_ASSERTION)');
    for (const report of [renderSummary(run), renderComment(run, '<!-- probegate:test -->')]) {
      const line = report.split('\n').find((l) => l.startsWith('| Broken |'))!;
      expect(line).toContain('| ➖ not compared: the check failed on its own (INCORRECT\\_ASSERTION) |');
      expect(line).not.toContain('inconclusive');
    }
  });

  it('is in JUnit: a regression the gate warns about in system-out, a passed check with its comparison, valid against the schema', () => {
    const xml = renderJunit(run);
    expect(junitProblems(xml)).toEqual([]);
    const cases = parseXml(xml).children.flatMap((suite) => suite.children.filter((c) => c.name === 'testcase'));
    const product = cases.find((c) => c.attributes.name === 'Product API')!;
    expect(product.children.map((c) => c.name)).toEqual(['system-out']);
    expect(product.children[0]!.text).toContain('warned (the gate does not fail on REGRESSION:SCHEMA)');
    expect(product.children[0]!.text).toContain('schema: title missing (string)');
    const home = cases.find((c) => c.attributes.name === 'Home')!;
    expect(home.children[0]!.text).toMatch(/^preview vs baseline \(http:\/\/127\.0\.0\.1:\d+\): (same|inconclusive)/);
  });
});

describe('what the medians of the table are over', () => {
  let preview: Service;
  let baseline: Service;
  afterAll(async () => {
    await Promise.all([preview?.close(), baseline?.close()]);
  });

  // The first rows have fewer samples than the preview's: none (not sampled), one (the baseline failed and was asked no more).
  it('counts the samples of the checks measured on both sides, not those of the first row', async () => {
    preview = await startService({ '/broken': { status: () => 500 }, '/gone': {}, '/home': {} });
    baseline = await startService({ '/broken': {}, '/gone': { status: () => 503 }, '/home': {} });
    const manifest = await loadManifest({
      path: writeManifest(`version: 1
baseline: { base_url: "${baseline.url}", samples: 5 }
checks:
  - { name: Broken, type: http, request: { url: "{{ BASE_URL }}/broken" } }
  - { name: Gone, type: http, request: { url: "{{ BASE_URL }}/gone" } }
  - { name: Home, type: http, request: { url: "{{ BASE_URL }}/home" } }
`),
      displayPath: '.github/probegate.yml',
      variables: { builtins: { BASE_URL: preview.url }, inputs: {}, secretInputs: {}, env: {} },
    });
    const run = await runManifest(manifest, { gate: {}, concurrency: 2 });
    const [broken, gone, home] = run.checks.map((c) => c.comparison!.samples);
    expect(broken).toEqual({ preview: 0, baseline: 0, baselineAgain: 0 });
    expect(gone!.preview).toBe(5);
    expect(gone!.baseline).toBeLessThan(5);
    expect(home).toEqual({ preview: 5, baseline: 5, baselineAgain: 5 });
    expect(renderSummary(run)).toContain(
      "Medians and p95 in ms over 5 samples per side (a row without medians was not measured: its verdict says why); p is one-sided Mann-Whitney after Holm's correction.",
    );
    const unmeasured = { ...run, checks: run.checks.slice(0, 2) };
    expect(renderSummary(unmeasured)).toContain('No check was measured on both sides: each verdict says why.');
  });
});
