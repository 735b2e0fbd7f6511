import { describe, expect, it } from 'vitest';
import { holm, mannWhitneyGreater, median, p95, standardNormalUpperTail } from '../../src/compare/statistics.js';

// Two samples without ties whose U (pairs x > y) is exactly u: y = 1..n, each x placed just
// above c_i of the y-values, with the c_i summing to u.
function samplesWithU(u: number, m: number, n: number): { x: number[]; y: number[] } {
  const y = Array.from({ length: n }, (_, i) => i + 1);
  const x: number[] = [];
  let left = u;
  for (let i = 0; i < m; i++) {
    const above = Math.min(n, left);
    left -= above;
    x.push(above + 0.5 + i / (10 * m));
  }
  return { x, y };
}

/** P(U <= c) for sizes m, n: the lower tail, by symmetry P(U' >= m n - c) of the swapped test. */
function lowerTail(c: number, m: number, n: number): number {
  const { x, y } = samplesWithU(m * n - c, n, m);
  const result = mannWhitneyGreater(x, y);
  expect(result.u).toBe(m * n - c);
  expect(result.method).toBe('exact');
  return result.p;
}

describe('Mann-Whitney U, one-sided (first sample greater)', () => {
  it('matches R wilcox.test(x, y, alternative = "greater") exactly for small samples without ties', () => {
    // R documentation of wilcox.test (stats), Hollander & Wolfe (1973) p. 69: permeability of the
    // human chorioamnion. Printed: "Wilcoxon rank sum exact test ... W = 35, p-value = 0.1272".
    const x = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
    const y = [1.15, 0.88, 0.9, 0.74, 1.21];
    const result = mannWhitneyGreater(x, y);
    expect(result).toMatchObject({ u: 35, method: 'exact' });
    expect(result.p).toBeCloseTo(0.1272, 4);
  });

  it('gives the exact probability of complete separation', () => {
    // Three values all above four: one ordering in C(7, 3) = 35 has U = 12.
    expect(mannWhitneyGreater([5.5, 6.6, 7.7], [1.1, 2.2, 3.3, 4.4]).p).toBeCloseTo(1 / 35, 15);
    // Three above three: 1 / C(6, 3) = 0.05 (the exact value; the normal approximation says 0.0404).
    expect(mannWhitneyGreater([10, 11, 12], [1, 2, 3])).toMatchObject({ u: 9, p: 0.05, method: 'exact' });
  });

  it.each([
    // Critical values of U, two-tailed alpha = 0.05 (one-tailed 0.025), from the standard table
    // (e.g. numeracy-bank.net "Table of Critical Values ... alpha 0.05": n1 = n2 = 20 -> 127;
    // docstoc "Critical values of Mann-Whitney U at p = 0.05 (two-tailed test)": 13 vs 16 -> 59).
    [5, 5, 2],
    [10, 10, 23],
    [13, 16, 59],
    [20, 20, 127],
  ])('reproduces the textbook critical value of U for %i and %i samples (%i)', (m, n, critical) => {
    expect(lowerTail(critical, m, n)).toBeLessThanOrEqual(0.025);
    expect(lowerTail(critical + 1, m, n)).toBeGreaterThan(0.025);
  });

  it('matches R with ties (normal approximation, tie and continuity corrections)', () => {
    // R documentation of wilcox.test: wilcox.test(extra ~ group, data = sleep) prints
    // "W = 25.5, p-value = 0.06933" (two-sided); the one-sided p is half of it.
    const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
    const result = mannWhitneyGreater(drug2, drug1);
    expect(result).toMatchObject({ u: 100 - 25.5, method: 'normal' });
    expect(result.p).toBeCloseTo(0.06933 / 2, 5);
  });

  it('matches published results with many ties and unequal sizes', () => {
    // endmemo.com/r/wilcoxon.php: wilcox.test(x, y) prints "W = 51.5, p-value = 0.5966", and
    // against the second y "W = 0, p-value = 0.001364" (two-sided, with ties).
    const x = [1, 5, 9, 24, 56, 21, 3, 7, 21, 4];
    const y = [12, 15, 5, 9, 9, 14, 56, 22, 3, 7, 32, 5];
    expect(mannWhitneyGreater(y, x).p).toBeCloseTo(0.5966 / 2, 4);
    const far = [1233, 4356, 987, 39999, 1111, 200000];
    expect(mannWhitneyGreater(far, x)).toMatchObject({ u: 60, method: 'normal' });
    expect(mannWhitneyGreater(far, x).p).toBeCloseTo(0.001364 / 2, 6);
    // NAG Library g08amc example (16 vs 23 values, many ties): "Test statistic = 86.0000,
    // Approximate tail probability = 0.0025"; U of the second group is 16 * 23 - 86.
    const group1 = [13, 6, 12, 7, 12, 7, 10, 7, 10, 7, 16, 7, 10, 8, 9, 8];
    const group2 = [17, 6, 10, 8, 15, 8, 15, 10, 15, 10, 14, 10, 14, 11, 14, 11, 13, 12, 13, 12, 13, 12, 12];
    const nag = mannWhitneyGreater(group2, group1);
    expect(nag.u).toBe(16 * 23 - 86);
    expect(nag.p).toBeCloseTo(0.0025, 4);
  });

  it('uses the normal approximation above 50 values and agrees with the exact test there', () => {
    const { x, y } = samplesWithU(1500, 51, 50);
    const approx = mannWhitneyGreater(x, y);
    expect(approx.method).toBe('normal');
    const exact = mannWhitneyGreater(x.slice(0, 50), y);
    expect(exact.method).toBe('exact');
    // Same ordering with one x fewer: both p-values near the same tail (a sanity bound only).
    expect(Math.abs(approx.p - exact.p)).toBeLessThan(0.05);
  });

  it('never finds a difference between samples that are all equal', () => {
    expect(mannWhitneyGreater([5, 5, 5], [5, 5, 5, 5]).p).toBe(1);
  });

  it('refuses empty or non-finite samples', () => {
    expect(() => mannWhitneyGreater([], [1])).toThrow(/at least one value/);
    expect(() => mannWhitneyGreater([1, Number.NaN], [1])).toThrow(/finite values/);
  });

  it('computes the standard normal tail precisely', () => {
    // Standard normal table: P(Z > 1.96) = 0.0249979, P(Z > 2.326348) = 0.01, P(Z > 0) = 0.5.
    expect(standardNormalUpperTail(1.96)).toBeCloseTo(0.0249979, 6);
    expect(standardNormalUpperTail(2.326348)).toBeCloseTo(0.01, 6);
    expect(standardNormalUpperTail(0)).toBeCloseTo(0.5, 7);
    expect(standardNormalUpperTail(-1.96)).toBeCloseTo(1 - 0.0249979, 6);
  });
});

describe("Holm's step-down correction", () => {
  it("reproduces Wikipedia's worked example (rejects hypotheses 1 and 4 at 0.05)", () => {
    // en.wikipedia.org/wiki/Holm-Bonferroni_method, "Example": p = 0.01, 0.04, 0.03, 0.005 at
    // alpha 0.05; H1 and H4 are rejected, H2 and H3 are not.
    const adjusted = holm([0.01, 0.04, 0.03, 0.005]);
    expect(adjusted.map((p) => Number(p.toFixed(10)))).toEqual([0.03, 0.06, 0.06, 0.02]);
    expect(adjusted.map((p) => p < 0.05)).toEqual([true, false, false, true]);
  });

  it('follows the definition on six p-values, ties of the adjusted values included', () => {
    // The R p.adjust(method = "holm") input of metricgate.com/docs/holm-bonferroni-correction
    // (p = 0.01, 0.04, 0.20, 0.03, 0.005, 0.07), adjusted by hand from Holm's definition: 0.005*6 = 0.03, 0.01*5 = 0.05, 0.03*4 = 0.12, 0.04*3 = 0.12,
    // 0.07*2 = 0.14, 0.20*1 = 0.20.
    const adjusted = holm([0.01, 0.04, 0.2, 0.03, 0.005, 0.07]);
    expect(adjusted.map((p) => Number(p.toFixed(10)))).toEqual([0.05, 0.12, 0.2, 0.12, 0.03, 0.14]);
  });

  it('keeps input order, stays monotone in the raw order and caps at 1', () => {
    const raw = [0.4, 0.001, 0.3, 0.9, 0.02];
    const adjusted = holm(raw);
    // 0.001*5, 0.02*4, 0.3*3, then 0.4*2 = 0.8 and 0.9*1 lifted to the running maximum 0.9.
    expect(adjusted.map((p) => Number(p.toFixed(10)))).toEqual([0.9, 0.005, 0.9, 0.9, 0.08]);
    expect(holm([0.6, 0.7])).toEqual([1, 1]);
    const byRaw = raw.map((p, i) => [p, adjusted[i]!] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < byRaw.length; i++) expect(byRaw[i]![1]).toBeGreaterThanOrEqual(byRaw[i - 1]![1]);
    expect(holm([0.3])).toEqual([0.3]);
    expect(holm([])).toEqual([]);
  });

  it('refuses values that are not p-values', () => {
    expect(() => holm([0.1, 1.5])).toThrow(/p-values in \[0, 1\]/);
    expect(() => holm([Number.NaN])).toThrow(/p-values/);
  });
});

describe('median and 95th percentile', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('uses the nearest rank for the 95th percentile: a value that was really measured', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => (i + 1) * 10);
    expect(p95(twenty)).toBe(190);
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(p95(hundred)).toBe(95);
    expect(p95([7])).toBe(7);
    expect(p95([1, 2, 3, 4, 5])).toBe(5);
  });

  it('refuses an empty series', () => {
    expect(() => median([])).toThrow(/no values/);
    expect(() => p95([])).toThrow(/no values/);
  });
});
