// The statistics of a baseline comparison: the one-sided Mann-Whitney U test, Holm's step-down
// correction, and the median and 95th percentile. Pure functions over arrays of numbers.

export interface MannWhitneyResult {
  /** U of the first sample: pairs (x, y) with x > y, plus half of the tied pairs (R's W). */
  readonly u: number;
  /** P(U >= u) under the null hypothesis that both samples come from one distribution. */
  readonly p: number;
  readonly method: 'exact' | 'normal';
}

/** Exact p-values are computed without ties while both samples have at most this many values. */
export const EXACT_LIMIT = 50;

/**
 * One-sided Mann-Whitney U test of "x is stochastically greater than y" (for latencies: the
 * first series is slower). Exact null distribution of U without ties and with both samples of
 * at most EXACT_LIMIT values (as R's wilcox.test); otherwise the normal approximation with the
 * tie correction of the variance and a continuity correction of 1/2.
 */
export function mannWhitneyGreater(x: readonly number[], y: readonly number[]): MannWhitneyResult {
  if (x.length === 0 || y.length === 0) throw new RangeError('Mann-Whitney U needs at least one value on each side');
  for (const value of [...x, ...y]) {
    if (!Number.isFinite(value)) throw new RangeError(`Mann-Whitney U needs finite values, got ${value}`);
  }
  const { ranks, tieGroups } = rank([...x, ...y]);
  let rankSumX = 0;
  for (let i = 0; i < x.length; i++) rankSumX += ranks[i]!;
  const u = rankSumX - (x.length * (x.length + 1)) / 2;
  const tied = tieGroups.some((size) => size > 1);
  if (!tied && x.length <= EXACT_LIMIT && y.length <= EXACT_LIMIT) {
    return { u, p: exactUpperTail(u, x.length, y.length), method: 'exact' };
  }
  return { u, p: normalUpperTail(u, x.length, y.length, tieGroups), method: 'normal' };
}

/** Average ranks (1-based) of the values, and the sizes of the groups of equal values. */
function rank(values: readonly number[]): { ranks: number[]; tieGroups: number[] } {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  const tieGroups: number[] = [];
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end++;
    const averageRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]!.index] = averageRank;
    tieGroups.push(end - start + 1);
    start = end + 1;
  }
  return { ranks, tieGroups };
}

/** P(U >= u) for samples of m and n values without ties. */
function exactUpperTail(u: number, m: number, n: number): number {
  const key = `${m}x${n}`;
  let tails = upperTails.get(key);
  if (tails === undefined) {
    tails = cumulativeFromTop(nullCounts(m, n));
    upperTails.set(key, tails);
  }
  return tails[Math.max(0, Math.ceil(u))] ?? 0;
}

/** P(U >= k) by k, per sample sizes: the null distribution depends on m and n only. */
const upperTails = new Map<string, Float64Array>();

function cumulativeFromTop(counts: Float64Array): Float64Array {
  const total = counts.reduce((sum, c) => sum + c, 0);
  const tails = new Float64Array(counts.length);
  let tail = 0;
  for (let k = counts.length - 1; k >= 0; k--) {
    tail += counts[k]!;
    tails[k] = tail / total;
  }
  return tails;
}

/**
 * The null distribution of U for m and n values without ties: counts(i, j)[k], the number of
 * orderings of i x-values and j y-values with U = k, follows the standard recursion
 * counts(i, j)[k] = counts(i - 1, j)[k - j] + counts(i, j - 1)[k] (the largest value is an x,
 * beating all j y-values, or a y). Computed row by row in doubles: the counts reach C(100, 50)
 * ~ 1e29, where only relative precision matters.
 */
function nullCounts(m: number, n: number): Float64Array {
  let previous: Float64Array[] = [];
  for (let i = 0; i <= m; i++) {
    const row: Float64Array[] = [];
    for (let j = 0; j <= n; j++) {
      const counts = new Float64Array(i * j + 1);
      if (i === 0 || j === 0) counts[0] = 1;
      else {
        const withoutX = previous[j]!;
        for (let k = 0; k < withoutX.length; k++) counts[k + j] += withoutX[k]!;
        const withoutY = row[j - 1]!;
        for (let k = 0; k < withoutY.length; k++) counts[k] += withoutY[k]!;
      }
      row.push(counts);
    }
    previous = row;
  }
  return previous[n]!;
}

function normalUpperTail(u: number, m: number, n: number, tieGroups: readonly number[]): number {
  const total = m + n;
  const tieTerm = tieGroups.reduce((sum, t) => sum + (t * t * t - t), 0);
  const variance = ((m * n) / 12) * (total + 1 - tieTerm / (total * (total - 1)));
  // Every value equal: nothing tells the samples apart.
  if (!(variance > 0)) return 1;
  const z = (u - (m * n) / 2 - 0.5) / Math.sqrt(variance);
  return standardNormalUpperTail(z);
}

/** P(Z > z) for a standard normal Z. */
export function standardNormalUpperTail(z: number): number {
  return erfc(z / Math.SQRT2) / 2;
}

/**
 * The complementary error function by the Chebyshev fit of Numerical Recipes (`erfcc`),
 * fractional error under 1.2e-7 everywhere: ample for p-values judged at 0.01.
 */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + z / 2);
  const polynomial =
    -z * z - 1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const result = t * Math.exp(polynomial);
  return x >= 0 ? result : 2 - result;
}

/**
 * Holm's step-down adjusted p-values, in input order: sorted ascending, the i-th smallest
 * (0-based) is multiplied by (m - i), made monotone by a running maximum, and capped at 1.
 * An adjusted p-value below alpha rejects exactly the hypotheses Holm's procedure rejects at
 * alpha, with the family-wise error rate held at alpha under any dependence.
 */
export function holm(pValues: readonly number[]): number[] {
  for (const p of pValues) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`Holm's correction needs p-values in [0, 1], got ${p}`);
  }
  const m = pValues.length;
  const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(m);
  let runningMax = 0;
  order.forEach(({ p, index }, i) => {
    runningMax = Math.max(runningMax, Math.min(1, (m - i) * p));
    adjusted[index] = runningMax;
  });
  return adjusted;
}

export function median(values: readonly number[]): number {
  const sorted = sortedCopy(values);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The 95th percentile by the nearest-rank definition: the smallest observed value with at
 * least 95% of the values at or below it (the ceil(0.95 n)-th smallest). Always a latency that
 * was really measured; for 20 samples the 19th smallest.
 */
export function p95(values: readonly number[]): number {
  const sorted = sortedCopy(values);
  return sorted[Math.max(0, Math.ceil((95 * sorted.length) / 100) - 1)]!;
}

function sortedCopy(values: readonly number[]): number[] {
  if (values.length === 0) throw new RangeError('a quantile of no values is undefined');
  return [...values].sort((a, b) => a - b);
}
