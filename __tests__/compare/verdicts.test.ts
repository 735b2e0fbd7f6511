import { describe, expect, it } from 'vitest';
import { compareChecks, type CompareOptions } from '../../src/compare/compare.js';
import { parseIgnorePath } from '../../src/compare/typed-path.js';
import { DEFAULT_LATENCY, type CheckSamples, type Sample } from '../../src/compare/types.js';
import { compareStatus, missingHeaders } from '../../src/compare/verdicts.js';
import { prng } from '../helpers/prng.js';
import { noisyLatencies } from './noise.js';

const HSTS = { 'strict-transport-security': 'max-age=63072000', 'content-type': 'application/json' };
const body = { id: 1, name: 'Lamp', items: [{ price: 10 }] };

function sample(ms: number, own: Partial<Sample> = {}): Sample {
  return { ms, status: 200, headers: HSTS, json: body, ...own };
}

function series(times: readonly number[], own: Partial<Sample> | ((i: number) => Partial<Sample>) = {}): Sample[] {
  return times.map((ms, i) => sample(ms, typeof own === 'function' ? own(i) : own));
}

const options: CompareOptions = {
  baselineUrl: 'https://www.example.invalid',
  latency: DEFAULT_LATENCY,
  headers: ['Strict-Transport-Security', 'content-security-policy'],
  ignore: [],
};

/** 20 samples per side of a noisy service, the preview shaped by `preview`. */
function noisyCheck(seed: number, preview: (ms: number) => number, own: Partial<Sample> = {}): CheckSamples {
  const random = prng(seed);
  return {
    preview: series(noisyLatencies(random, 20, 80).map(preview), own),
    baseline: series(noisyLatencies(random, 20, 80)),
    baselineAgain: series(noisyLatencies(random, 20, 80)),
  };
}

describe('STATUS', () => {
  it('is regressed when the preview answers another status than the one the baseline always answers', () => {
    expect(compareStatus(series([1, 1, 1]), series([1, 1, 1], { status: 404 }))).toEqual({ baseline: 200, preview: 404, regressed: true });
  });

  it('does not flag one odd preview sample, nor a baseline whose status varies', () => {
    const oneOdd = series([1, 1, 1, 1, 1], (i) => ({ status: i === 0 ? 503 : 200 }));
    expect(compareStatus(series([1, 1, 1]), oneOdd)).toEqual({ baseline: 200, preview: 200, regressed: false });
    const varying = series([1, 1], (i) => ({ status: i === 0 ? 200 : 503 }));
    expect(compareStatus(varying, series([1, 1], { status: 404 }))).toEqual({ preview: 404, regressed: false });
  });
});

describe('HEADER', () => {
  it('names a header the baseline always sends and the preview lacks, whatever its case', () => {
    const preview = series([1, 1, 1], { headers: { 'Content-Type': 'application/json' } });
    expect(missingHeaders(options.headers, series([1, 1, 1]), preview)).toEqual(['strict-transport-security']);
  });

  it('does not flag a header missing from one preview sample, nor one the baseline does not always send', () => {
    const oneOdd = series([1, 1, 1], (i) => (i === 0 ? { headers: {} } : {}));
    expect(missingHeaders(options.headers, series([1, 1, 1]), oneOdd)).toEqual([]);
    const sometimes = series([1, 1], (i) => (i === 0 ? { headers: {} } : {}));
    expect(missingHeaders(options.headers, sometimes, series([1], { headers: {} }))).toEqual([]);
  });
});

describe('the comparison of a check and its REGRESSION error', () => {
  it('reports identical services as the same, with medians, p95, ratio and p-value for the table', () => {
    const [result] = compareChecks([noisyCheck(21, (ms) => ms)], options);
    expect(result!.regression).toBeNull();
    const c = result!.comparison;
    expect(c).toMatchObject({
      baselineUrl: 'https://www.example.invalid',
      samples: { preview: 20, baseline: 20, baselineAgain: 20 },
      verdict: 'same',
      status: { baseline: 200, preview: 200, regressed: false },
      schemaChanges: [],
      missingHeaders: [],
    });
    expect(c.preview!.medianMs).toBeGreaterThan(80);
    expect(c.baseline!.p95Ms).toBeGreaterThanOrEqual(c.baseline!.medianMs);
    expect(c.ratio).toBeCloseTo(c.preview!.medianMs / c.baseline!.medianMs, 12);
    expect(c.pValue).toBeGreaterThan(0.01);
    expect(c.reason).toMatch(/^no latency regression: /);
  });

  it('is REGRESSION:LATENCY for a preview three times slower plus 100 ms', () => {
    const [result] = compareChecks([noisyCheck(22, (ms) => 3 * ms + 100)], options);
    expect(result!.comparison.verdict).toBe('regressed');
    expect(result!.regression).toMatchObject({ category: 'REGRESSION', code: 'LATENCY' });
    expect(result!.regression!.message).toMatch(
      /^The preview is slower than the baseline \(https:\/\/www\.example\.invalid\): median [\d.]+ ms against [\d.]+ ms and [\d.]+ ms \(x[\d.]+, \+[\d.]+ ms, p [=<] [\d.]+ after Holm's correction, baseline A\/A noise x[\d.]+\)\. All four conditions held \(ratio, minimum difference, significance, above the A\/A noise\)\. Profile the slower path, or raise baseline\.latency if the cost is accepted\.$/,
    );
  });

  it('is REGRESSION:SCHEMA naming the lost field and the number that became a string', () => {
    const check = noisyCheck(23, (ms) => ms, { json: { id: '1', items: [{ price: 10 }] } });
    const [result] = compareChecks([check], options);
    expect(result!.regression).toEqual({
      category: 'REGRESSION',
      code: 'SCHEMA',
      message:
        "The preview's JSON lost or changed what the baseline (https://www.example.invalid) sends every time: " +
        'id changed from number to string; name (string) is missing. ' +
        'Clients reading these fields break: restore them, or add the path to baseline.ignore if the change is intended.',
    });
    expect(result!.comparison.schemaChanges.map((s) => [s.path, s.kind])).toEqual([
      ['id', 'type_changed'],
      ['name', 'missing'],
    ]);
  });

  it('never flags a random generatedAt in the baseline, listed in ignore or not', () => {
    const random = prng(24);
    const stamp = (): Partial<Sample> => ({ json: { ...body, generatedAt: random() < 0.5 ? 'x' : 7 } });
    const check = noisyCheck(24, (ms) => ms);
    const withStamps: CheckSamples = {
      preview: check.preview.map((s) => ({ ...s, ...stamp() })),
      baseline: check.baseline.map((s) => ({ ...s, ...stamp() })),
      baselineAgain: check.baselineAgain.map((s) => ({ ...s, ...stamp() })),
    };
    const parsed = parseIgnorePath('$.generatedAt');
    if (!parsed.ok) throw new Error(parsed.message);
    for (const ignore of [[], [parsed.pattern]]) {
      const [result] = compareChecks([withStamps], { ...options, ignore });
      expect(result!.regression).toBeNull();
      expect(result!.comparison.schemaChanges).toEqual([]);
    }
  });

  it('is REGRESSION:HEADER for a preview without the baseline HSTS header', () => {
    const [result] = compareChecks([noisyCheck(25, (ms) => ms, { headers: { 'content-type': 'application/json' } })], options);
    expect(result!.comparison.missingHeaders).toEqual(['strict-transport-security']);
    expect(result!.regression).toEqual({
      category: 'REGRESSION',
      code: 'HEADER',
      message:
        'The preview does not send strict-transport-security, which the baseline (https://www.example.invalid) sends every time. ' +
        "Restore the header in the preview's server, framework or CDN configuration.",
    });
  });

  it('is REGRESSION:STATUS first when several regress, and names the others', () => {
    const check = noisyCheck(26, (ms) => 3 * ms + 100, { status: 404, headers: {}, json: { error: 'not found' } });
    const [result] = compareChecks([check], options);
    expect(result!.regression).toEqual({
      category: 'REGRESSION',
      code: 'STATUS',
      message:
        'The preview answers 404 where the baseline (https://www.example.invalid) answered 200 every time. ' +
        'A route, redirect or handler changed between the two deployments: fix it, or update the check if the change is intended. ' +
        'Also regressed: SCHEMA, HEADER, LATENCY (see the comparison table).',
    });
    expect(result!.comparison.reason).toBe('regressed: STATUS, SCHEMA, HEADER, LATENCY');
  });

  it('is inconclusive, never a regression, when the baseline is down', () => {
    const down = { category: 'CONNREFUSED', code: 'CONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:1' };
    const check = noisyCheck(27, (ms) => 3 * ms + 100, { headers: {} });
    const [result] = compareChecks([{ ...check, baseline: check.baseline.map((s) => ({ ms: s.ms, error: down })) }], options);
    expect(result!.regression).toBeNull();
    expect(result!.comparison).toMatchObject({
      verdict: 'inconclusive',
      reason:
        'the baseline failed 20 of 40 requests, the first at sample 1 of its first series (CONNREFUSED: connect ECONNREFUSED 127.0.0.1:1); ' +
        'nothing was compared and the preview is judged on its own checks',
      schemaChanges: [],
      missingHeaders: [],
      status: { regressed: false },
    });
  });

  it('names the first baseline sample that failed and its series', () => {
    const timeout = { category: 'TIMEOUT', code: 'REQUEST_TIMEOUT', message: 'No answer within 300 ms' };
    const check = noisyCheck(27, (ms) => ms, { headers: {} });
    const baselineAgain = check.baselineAgain.map((s, i) => (i === 2 ? { ms: s.ms, error: timeout } : s));
    const [result] = compareChecks([{ ...check, baselineAgain }], options);
    expect(result!.comparison.reason).toBe(
      'the baseline failed 1 of 40 requests, the first at sample 3 of its second series (TIMEOUT:REQUEST_TIMEOUT: No answer within 300 ms); ' +
        'nothing was compared and the preview is judged on its own checks',
    );
  });

  it('says the sampler asked a failing baseline no more when its series end short at the failure', () => {
    const check = noisyCheck(27, (ms) => 3 * ms + 100, { headers: {} });
    const timeout = { category: 'TIMEOUT', code: 'REQUEST_TIMEOUT', message: 'No answer within 300 ms' };
    const [result] = compareChecks([{ ...check, baseline: [check.baseline[0]!, { ms: Number.NaN, error: timeout }], baselineAgain: [check.baselineAgain[0]!] }], options);
    expect(result!.regression).toBeNull();
    expect(result!.comparison).toMatchObject({
      verdict: 'inconclusive',
      reason: 'the baseline failed at sample 2 of its first series (TIMEOUT:REQUEST_TIMEOUT: No answer within 300 ms) and was asked no more; nothing was compared and the preview is judged on its own checks',
      samples: { preview: 20, baseline: 2, baselineAgain: 1 },
    });
  });

  it("is inconclusive when the preview's own requests failed (the check's own failure wins)", () => {
    const timeout = { category: 'TIMEOUT', code: 'REQUEST_TIMEOUT', message: 'timed out' };
    const check = noisyCheck(28, (ms) => ms);
    const [result] = compareChecks([{ ...check, preview: [{ ms: 5000, error: timeout }, ...check.preview.slice(1)] }], options);
    expect(result!.regression).toBeNull();
    expect(result!.comparison.verdict).toBe('inconclusive');
    expect(result!.comparison.reason).toBe("the preview failed 1 of 20 requests (TIMEOUT:REQUEST_TIMEOUT); the check's own result says why");
  });

  it("corrects the p-values across the compared checks (Holm), so more checks need stronger evidence", () => {
    const steady = (ms: number): number[] => Array.from({ length: 5 }, (_, i) => ms + i);
    const slow: CheckSamples = { preview: series(steady(300)), baseline: series(steady(100)), baselineAgain: series(steady(100)) };
    const alike: CheckSamples = { preview: series(steady(100)), baseline: series(steady(100)), baselineAgain: series(steady(100)) };
    expect(compareChecks([slow], options)[0]!.regression?.code).toBe('LATENCY');
    const [together] = compareChecks([slow, alike, alike], options);
    expect(together!.regression).toBeNull();
    expect(together!.comparison.pValue).toBeCloseTo(3 / 252, 10);
  });
});
