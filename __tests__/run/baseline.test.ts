// Preview vs baseline through the real loader, pipeline and gate, against two loopback services
// (SPEC §8): what is found, what is never flagged, and that a failing baseline never fails the preview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadManifest, ManifestError, type Manifest } from '../../src/manifest/load.js';
import type { PipelineResult } from '../../src/model.js';
import { renderJsonReport } from '../../src/report/json.js';
import { runManifest } from '../../src/run/pipeline.js';
import { startService, type Service } from '../helpers/baseline-peers.js';
import { writeManifest } from '../helpers/run.js';
import { closedPort } from '../helpers/servers.js';

const product = { id: 7, title: 'Lamp', price: 19.5, seller: { name: 'Ada' } };
let preview: Service;
let baseline: Service;

beforeAll(async () => {
  const same = { delayMs: () => 2, body: () => product };
  preview = await startService({
    '/same-a': same,
    '/same-b': same,
    '/same-c': { delayMs: () => 3 },
    // A baseline of 60 ms, not 20: a load spike on a busy runner must not move its own A/A medians by the ratio.
    '/slow': { delayMs: () => 3 * 60 + 100, body: () => product },
    '/ten-percent': { delayMs: () => 44 },
    '/noisy': { delayMs: () => 10 },
    '/shape': { body: () => ({ id: 7, price: '19.5', seller: { name: 'Ada' } }) },
    '/generated': { body: () => ({ id: 7 }) },
    '/hsts': { headers: { 'content-type': 'text/html' } },
    '/orders': { body: () => ({ id: 1 }) },
    '/accepted': { status: () => 202 },
    // Answers the check's own request, then breaks: only the comparison's samples see it.
    '/breaks': { status: (n) => (n === 0 ? 200 : 503) },
  });
  baseline = await startService({
    '/same-a': same,
    '/same-b': same,
    '/same-c': { delayMs: () => 3 },
    '/slow': { delayMs: () => 60, body: () => product },
    '/ten-percent': { delayMs: () => 40 },
    // Warm-up takes requests 0-2; then the first series gets the odd ones, the second the even ones.
    '/noisy': { delayMs: (n) => (n % 2 === 1 ? 100 : 10) },
    '/shape': { body: () => product },
    '/generated': { body: (n) => ({ id: 7, generatedAt: n % 2 === 0 ? new Date(1e12 + n).toISOString() : 1e12 + n }) },
    '/hsts': { headers: { 'content-type': 'text/html', 'strict-transport-security': 'max-age=63072000' } },
    '/orders': { body: () => ({ id: 1 }) },
    '/accepted': { status: () => 200 },
    '/breaks': {},
  });
});

afterAll(async () => {
  await Promise.all([preview.close(), baseline.close()]);
});

function load(yaml: string, options: { baselineUrl?: string } = {}): Promise<Manifest> {
  return loadManifest({
    path: writeManifest(yaml),
    displayPath: '.github/probegate.yml',
    variables: { builtins: { BASE_URL: preview.url }, inputs: {}, secretInputs: {}, env: { BASELINE: baseline.url } },
    ...options,
  });
}

async function run(yaml: string, options: { baselineUrl?: string; warnOn?: string[] } = {}): Promise<PipelineResult> {
  const manifest = await load(yaml, options);
  expect(manifest.problems).toEqual([]);
  return runManifest(manifest, { gate: options.warnOn ? { warnOn: options.warnOn } : {}, concurrency: 4 });
}

const manifest = (samples: number, paths: string[], extra = '') => `version: 1
baseline:
  base_url: "${baseline.url}"
  samples: ${samples}
${extra}checks:
${paths.map((p) => `  - { name: "GET ${p}", type: http, request: { url: "{{ BASE_URL }}${p}" } }`).join('\n')}
`;

function check(result: PipelineResult, name: string) {
  const found = result.checks.find((c) => c.check.name === name);
  if (!found) throw new Error(`no check ${name}`);
  return found;
}

describe('preview vs baseline', () => {
  it('never reports a regression between identical services, run after run', async () => {
    for (let repetition = 0; repetition < 5; repetition++) {
      const result = await run(manifest(10, ['/same-a', '/same-b', '/same-c']));
      for (const c of result.checks) {
        expect(c.status, `${c.check.name}: ${c.comparison?.reason}`).toBe('passed');
        expect(c.comparison?.verdict).not.toBe('regressed');
        expect(c.comparison?.samples).toEqual({ preview: 10, baseline: 10, baselineAgain: 10 });
      }
    }
  });

  it('finds a preview three times slower plus 100 ms as REGRESSION:LATENCY, with medians, ratio and p-value', async () => {
    const result = await run(manifest(10, ['/slow']));
    const slow = check(result, 'GET /slow');
    expect(slow.status).toBe('failed');
    expect(slow.error).toMatchObject({ category: 'REGRESSION', code: 'LATENCY' });
    expect(slow.error!.message).toContain(`The preview is slower than the baseline (${baseline.url})`);
    expect(slow.comparison!.verdict).toBe('regressed');
    expect(slow.comparison!.ratio!).toBeGreaterThan(3);
    expect(slow.comparison!.pValue!).toBeLessThan(0.01);
    expect(slow.comparison!.preview!.medianMs).toBeGreaterThanOrEqual(160);
    expect(slow.comparison!.baseline!.medianMs).toBeGreaterThanOrEqual(20);
  });

  it('warns instead of failing when the gate says warn_on REGRESSION:LATENCY', async () => {
    const result = await run(manifest(10, ['/slow']), { warnOn: ['REGRESSION:LATENCY'] });
    expect(check(result, 'GET /slow'), check(result, 'GET /slow').comparison?.reason).toMatchObject({ status: 'warned', error: { category: 'REGRESSION', code: 'LATENCY' } });
    expect(result.result).toBe('pass');
  });

  it('does not flag a preview that is only 10% slower', async () => {
    const result = await run(manifest(10, ['/ten-percent']));
    const c = check(result, 'GET /ten-percent');
    expect(c.status).toBe('passed');
    expect(c.comparison!.verdict).toBe('same');
    expect(c.comparison!.reason).toMatch(/ratio/);
  });

  it('calls a baseline that is slower against itself inconclusive, never a regression', async () => {
    const result = await run(manifest(10, ['/noisy']));
    const c = check(result, 'GET /noisy');
    expect(c.status).toBe('passed');
    expect(c.comparison!.verdict).toBe('inconclusive');
    expect(c.comparison!.reason).toMatch(/noisy|baseline/i);
  });

  it('finds a JSON field that disappeared and a number that became a string as REGRESSION:SCHEMA, naming both paths', async () => {
    const result = await run(manifest(5, ['/shape']));
    const c = check(result, 'GET /shape');
    expect(c.error).toMatchObject({ category: 'REGRESSION', code: 'SCHEMA' });
    expect(c.error!.message).toContain('title (string) is missing');
    expect(c.error!.message).toContain('price changed from number to string');
    const regressions = c.comparison!.schemaChanges.filter((s) => s.regression).map((s) => [s.path, s.kind]);
    expect(regressions).toEqual(expect.arrayContaining([['title', 'missing'], ['price', 'type_changed']]));
  });

  it('never flags a field the baseline itself changes on every request (a random generatedAt)', async () => {
    const result = await run(manifest(6, ['/generated']));
    const c = check(result, 'GET /generated');
    expect(c.status).toBe('passed');
    expect(c.comparison!.schemaChanges.filter((s) => s.regression)).toEqual([]);
  });

  it('finds a missing Strict-Transport-Security header as REGRESSION:HEADER when the manifest names it', async () => {
    const result = await run(manifest(5, ['/hsts'], '  headers: [Strict-Transport-Security, content-type]\n'));
    const c = check(result, 'GET /hsts');
    expect(c.error).toMatchObject({ category: 'REGRESSION', code: 'HEADER' });
    expect(c.error!.message).toContain('The preview does not send strict-transport-security');
    expect(c.comparison!.missingHeaders).toEqual(['strict-transport-security']);
  });

  it('finds a status the baseline answers every time and the preview does not as REGRESSION:STATUS', async () => {
    const result = await run(manifest(5, ['/accepted']));
    const c = check(result, 'GET /accepted');
    expect(c.error).toMatchObject({ category: 'REGRESSION', code: 'STATUS' });
    expect(c.error!.message).toContain(`The preview answers 202 where the baseline (${baseline.url}) answered 200 every time.`);
    expect(c.comparison!.status).toEqual({ baseline: 200, preview: 202, regressed: true });
  });

  it('fails a check whose preview answers its own request but fails while it is sampled, never an inconclusive pass', async () => {
    const result = await run(manifest(5, ['/breaks']));
    const c = check(result, 'GET /breaks');
    expect(c.status).toBe('failed');
    expect(c.error).toMatchObject({ category: 'INCORRECT_ASSERTION' });
    expect(c.error!.message).toMatch(/^\d+ of 5 requests to the preview failed while it was compared with the baseline, the first at sample \d: /);
    expect(result.result).toBe('fail');
  });

  it('keeps the preview verdict when the baseline is down: the comparison is inconclusive with the reason', async () => {
    const down = `http://127.0.0.1:${await closedPort()}`;
    const result = await run(manifest(5, ['/same-a', '/shape']), { baselineUrl: down });
    const same = check(result, 'GET /same-a');
    expect(same).toMatchObject({ status: 'passed', error: null });
    expect(same.comparison!.verdict).toBe('inconclusive');
    expect(same.comparison!.baselineUrl).toBe(down);
    for (const name of ['GET /same-a', 'GET /shape']) {
      expect(check(result, name).comparison!.reason).toMatch(/^the baseline failed at sample 1 of its first series \(CONNREFUSED: .*\) and was asked no more; nothing was compared/);
    }
    expect(result.result).toBe('pass');
  });

  it('compares a POST only when the check says compare: true, and never a check with compare: false', async () => {
    const yaml = `version: 1
baseline: { base_url: "${baseline.url}", samples: 5 }
checks:
  - { name: post, type: http, request: { method: POST, url: "{{ BASE_URL }}/orders", body: { sku: A1 } } }
  - { name: post compared, type: http, compare: true, request: { method: POST, url: "{{ BASE_URL }}/orders", body: { sku: A1 } } }
  - { name: opted out, type: http, compare: false, request: { url: "{{ BASE_URL }}/same-a" } }
  - { name: fixed URL, type: http, request: { url: "${preview.url}/same-b" } }
`;
    const before = baseline.seen.get('/orders')?.length ?? 0;
    const result = await run(yaml);
    expect(check(result, 'post').comparison).toBeUndefined();
    expect(check(result, 'opted out').comparison).toBeUndefined();
    expect(check(result, 'fixed URL').comparison).toBeUndefined();
    expect(check(result, 'post compared').comparison!.verdict).not.toBe('regressed');
    // Only the compared POST reached the baseline: 3 warm-up requests and 2 series of 5.
    expect((baseline.seen.get('/orders')?.length ?? 0) - before).toBe(13);
  });

  it('puts the comparison in the JSON report of each compared check', async () => {
    const result = await run(manifest(5, ['/shape']));
    const report = renderJsonReport(result) as { checks: { comparison?: Record<string, unknown> }[] };
    expect(report.checks[0]!.comparison).toMatchObject({
      baselineUrl: baseline.url,
      samples: { preview: 5, baseline: 5, baselineAgain: 5 },
      verdict: 'regressed',
      status: { baseline: 200, preview: 200, regressed: false },
      missingHeaders: [],
    });
    expect(report.checks[0]!.comparison!.preview).toMatchObject({ median: expect.any(Number), p95: expect.any(Number) });
  });

  it('lets a check fail on its own first: its failure wins over the comparison, which is not sampled', async () => {
    const yaml = manifest(5, ['/shape']).replace('request: { url: "{{ BASE_URL }}/shape" } }', 'request: { url: "{{ BASE_URL }}/shape" }, assertions: [{ type: statusCode, operator: is, target: 201 }] }');
    const result = await run(yaml);
    const c = check(result, 'GET /shape');
    expect(c.error).toMatchObject({ category: 'INCORRECT_ASSERTION' });
    expect(c.comparison).toMatchObject({ verdict: 'inconclusive', reason: 'not compared: the check failed on its own (INCORRECT_ASSERTION)' });
  });
});

describe('the baseline block of the manifest', () => {
  it('masks a baseline URL read from a secret in every report', async () => {
    const manifest = await load(`version: 1
baseline: { base_url: "{{ env.BASELINE }}", samples: 5 }
checks: [ { name: home, type: http, request: { url: "{{ BASE_URL }}/same-a" } } ]
`);
    const result = await runManifest(manifest, { gate: {}, concurrency: 1 });
    expect(JSON.stringify(renderJsonReport(result))).not.toContain(baseline.url);
    expect(result.checks[0]!.comparison!.baselineUrl).toBe('***');
  });

  it('lets the door\'s baseline URL beat base_url', async () => {
    const loaded = await load(manifest(5, ['/same-a']), { baselineUrl: 'https://door.example' });
    expect(loaded.baseline!.settings.baseUrl).toBe('https://door.example');
  });

  it('reports an unsupported ignore path and a bad min_delta at their lines, and does not compare', async () => {
    const yaml = manifest(5, ['/same-a'], '  ignore: ["$.items[0].ts"]\n  latency: { min_delta: 2h }\n');
    const loaded = await load(yaml);
    expect(loaded.baseline).toBeUndefined();
    expect(loaded.problems.map((p) => [p.location.line, p.message])).toEqual([
      [6, 'baseline.latency.min_delta: baseline.latency.min_delta must be from 0ms to 1h, not 2h'],
      [5, expect.stringContaining('baseline.ignore "$.items[0].ts"')],
    ]);
  });

  it('refuses samples outside 5..100 and unknown keys through the schema', async () => {
    await expect(load(manifest(4, ['/same-a']))).rejects.toBeInstanceOf(ManifestError);
    await expect(load(manifest(5, ['/same-a'], '  sample_count: 3\n'))).rejects.toThrow(ManifestError);
  });
});
