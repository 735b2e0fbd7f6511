import { describe, expect, it } from 'vitest';
import { judgeLatency, measureLatency, type LatencyMeasurement } from '../../src/compare/latency.js';
import { DEFAULT_LATENCY, type LatencyVerdict } from '../../src/compare/types.js';
import { prng } from '../helpers/prng.js';
import { noisyLatencies } from './noise.js';

const REPETITIONS = 200;

/** One check: preview, baseline and A/A series of n samples each, judged alone. */
function judgeOne(preview: number[], baseline: number[], baselineAgain: number[]): LatencyVerdict {
  return judgeLatency([measureLatency({ preview, baseline, baselineAgain })], DEFAULT_LATENCY)[0]!;
}

function verdictCounts(verdicts: readonly LatencyVerdict[]): Record<string, number> {
  const counts: Record<string, number> = { same: 0, regressed: 0, improved: 0, inconclusive: 0 };
  for (const v of verdicts) counts[v.verdict]!++;
  return counts;
}

/** `repetitions` runs of one check whose preview is `slowdown(baseline sample)`. */
function repeat(seed: number, slowdown: (ms: number) => number, baselineAgainFactor = 1): LatencyVerdict[] {
  const random = prng(seed);
  return Array.from({ length: REPETITIONS }, () =>
    judgeOne(
      noisyLatencies(random, 20, 80).map(slowdown),
      noisyLatencies(random, 20, 80),
      noisyLatencies(random, 20, 80 * baselineAgainFactor),
    ),
  );
}

describe('LATENCY verdict over repeated noisy runs (seeded)', () => {
  it(`never reports a regression when preview and baseline are the same service (${REPETITIONS} runs of 20 vs 20)`, () => {
    const counts = verdictCounts(repeat(1, (ms) => ms));
    expect(counts.regressed).toBe(0);
    expect(counts.improved).toBe(0);
    // Most runs say "same"; the rest are "inconclusive" (the A/A test calls out a noisy run).
    expect(counts.same).toBeGreaterThan(REPETITIONS * 0.9);
  });

  it('never reports a regression across ten identical checks judged together, over 200 runs', () => {
    const random = prng(2);
    let regressed = 0;
    for (let run = 0; run < REPETITIONS; run++) {
      const measurements = Array.from({ length: 10 }, () =>
        measureLatency({
          preview: noisyLatencies(random, 20, 80),
          baseline: noisyLatencies(random, 20, 80),
          baselineAgain: noisyLatencies(random, 20, 80),
        }),
      );
      regressed += judgeLatency(measurements, DEFAULT_LATENCY).filter((v) => v.verdict === 'regressed').length;
    }
    expect(regressed).toBe(0);
  });

  it('finds a preview three times slower plus 100 ms in every run', () => {
    const verdicts = repeat(3, (ms) => 3 * ms + 100);
    expect(verdictCounts(verdicts).regressed).toBe(REPETITIONS);
    expect(verdicts[0]!.reason).toMatch(/^the preview is slower: median [\d.]+ ms against [\d.]+ ms and [\d.]+ ms \(x\d/);
    expect(verdicts[0]!.pValue).toBeLessThan(0.01);
  });

  it('does not flag a preview 10% slower', () => {
    const counts = verdictCounts(repeat(4, (ms) => 1.1 * ms));
    expect(counts.regressed).toBe(0);
    expect(counts.same).toBeGreaterThan(REPETITIONS * 0.9);
  });

  it('calls a baseline that differs from itself (A/A) inconclusive, never regressed', () => {
    // The second baseline series runs 1.6 times slower than the first: a drifting baseline.
    const verdicts = repeat(7, (ms) => ms, 1.6);
    const counts = verdictCounts(verdicts);
    expect(counts.regressed).toBe(0);
    expect(counts.improved).toBe(0);
    // Inconclusive when the two series' medians differ by the ratio or more, otherwise same: the
    // preview is the baseline, and the drift never makes it look slower than both series.
    expect(counts.inconclusive).toBeGreaterThan(REPETITIONS * 0.75);
    expect(verdicts.find((v) => v.verdict === 'inconclusive')!.reason).toMatch(
      /^the baseline is too noisy to judge: its two series differ by x1\.\d+ \(A\/A p [=<] [^;]+; judged only under x1\.5\)/,
    );
  });

  it('reports a preview three times faster as improved, never as regressed', () => {
    const counts = verdictCounts(repeat(6, (ms) => ms / 3));
    expect(counts.regressed).toBe(0);
    expect(counts.improved).toBeGreaterThan(REPETITIONS * 0.95);
  });
});

describe('LATENCY: each of the four conditions is needed', () => {
  const steady = (ms: number): number[] => Array.from({ length: 5 }, (_, i) => ms + i);

  it('is regressed when all four hold (5 vs 5 samples fully separated: exact p = 1/252)', () => {
    const verdict = judgeOne(steady(300), steady(100), steady(100));
    expect(verdict).toMatchObject({ verdict: 'regressed', deltaMs: 200, noiseRatio: 1 });
    expect(verdict.ratio).toBeCloseTo(302 / 102, 10);
    expect(verdict.pValue).toBeCloseTo(1 / 252, 10);
    expect(verdict.preview).toEqual({ medianMs: 302, p95Ms: 304 });
  });

  it("is same when Holm's correction across the checks lifts p above 0.01", () => {
    const slow = measureLatency({ preview: steady(300), baseline: steady(100), baselineAgain: steady(100) });
    const alike = measureLatency({ preview: steady(100), baseline: steady(100), baselineAgain: steady(100) });
    const [verdict] = judgeLatency([slow, alike, alike], DEFAULT_LATENCY);
    expect(verdict!.verdict).toBe('same');
    expect(verdict!.pValue).toBeCloseTo(3 / 252, 10);
    expect(verdict!.reason).toBe("no latency regression: the difference is not significant (p = 0.0119 after Holm's correction, >= 0.01)");
  });

  it('is same under the ratio', () => {
    const verdict = judgeOne(steady(140), steady(100), steady(100));
    expect(verdict.verdict).toBe('same');
    expect(verdict.reason).toBe('no latency regression: the ratio of medians x1.39 is under x1.5');
  });

  it('is same under the minimum difference (a fast endpoint twice as slow by 20 ms)', () => {
    const verdict = judgeOne(steady(40), steady(20), steady(20));
    expect(verdict.verdict).toBe('same');
    expect(verdict.reason).toBe('no latency regression: the medians differ by 20 ms, under the 50 ms minimum');
  });

  it("is inconclusive when the slowdown holds against one baseline series only (within the A/A noise)", () => {
    const measurement: LatencyMeasurement = {
      measurable: true,
      preview: { medianMs: 320, p95Ms: 400 },
      baseline: { medianMs: 200, p95Ms: 260 },
      baselineAgain: { medianMs: 240, p95Ms: 300 },
      ratio: 1.6,
      deltaMs: 120,
      noiseRatio: 1.2,
      noiseP: 0.2,
      pSlower: 0.0001,
      pFaster: 0.9999,
    };
    const [verdict] = judgeLatency([measurement], DEFAULT_LATENCY);
    expect(verdict!.verdict).toBe('inconclusive');
    expect(verdict!.reason).toBe(
      "the preview looks slower than one baseline series but not the other (median 320 ms against 200 ms and 240 ms " +
        "(x1.6, +120 ms, p = 0.0001 after Holm's correction, baseline A/A noise x1.2)): within the baseline's own A/A noise; rerun to decide",
    );
  });

  it('does not let a small but significant A/A difference hide a slowdown past both series', () => {
    // The two baseline series differ by x1.1 with A/A p = 0.0079: a runner's load drifting a
    // little. The preview is more than x2.5 slower than either: a regression, not "inconclusive".
    const verdict = judgeOne(steady(300), steady(100), steady(110));
    expect(verdict.verdict).toBe('regressed');
    expect(verdict.noiseRatio).toBeCloseTo(112 / 102, 10);
  });

  it('is inconclusive with too few successful samples', () => {
    const verdict = judgeOne([300, 301], steady(100), steady(100));
    expect(verdict).toEqual({
      verdict: 'inconclusive',
      reason: 'too few successful samples to judge latency (preview 2, baseline 5 + 5; at least 5 each are needed)',
    });
  });

  it('is inconclusive, not a crash, when a sample carries no valid time', () => {
    const verdict = judgeOne([...steady(300), Number.NaN], steady(100), steady(100));
    expect(verdict).toEqual({ verdict: 'inconclusive', reason: 'a sample has no valid request time; latency is not judged' });
  });

  it('follows the configured ratio and minimum difference', () => {
    const measurement = measureLatency({ preview: steady(130), baseline: steady(100), baselineAgain: steady(100) });
    expect(judgeLatency([measurement], DEFAULT_LATENCY)[0]!.verdict).toBe('same');
    expect(judgeLatency([measurement], { ratio: 1.2, minDeltaMs: 20 })[0]!.verdict).toBe('regressed');
  });
});

describe('a median under the timing resolution (0 ms)', () => {
  it('keeps the ratios finite, so the report can hold them, and still finds the regression', () => {
    const zeros = Array.from({ length: 20 }, () => 0);
    const slow = Array.from({ length: 20 }, (_, i) => 50 + i);
    const measured = measureLatency({ preview: slow, baseline: zeros, baselineAgain: [...zeros.slice(1), 0.01] });
    expect(measured.measurable).toBe(true);
    if (!measured.measurable) return;
    expect(Number.isFinite(measured.ratio)).toBe(true);
    expect(Number.isFinite(measured.noiseRatio)).toBe(true);
    expect(judgeOne(slow, zeros, zeros).verdict).toBe('regressed');
  });
});
