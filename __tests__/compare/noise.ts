// Seeded latency samples for the comparison tests: a noisy service with outliers, reproducible.

/**
 * n request times of a service whose typical time is `baseMs`: exponential jitter (mean 30% of
 * the base, as on a shared CI runner) and 10% outliers of 2 to 8 times the base (GC pauses,
 * a cold cache, a noisy neighbour).
 */
export function noisyLatencies(random: () => number, n: number, baseMs: number): number[] {
  return Array.from({ length: n }, () => {
    const jitter = -Math.log(1 - random()) * 0.3 * baseMs;
    const outlier = random() < 0.1 ? (2 + 6 * random()) * baseMs : 0;
    return baseMs + jitter + outlier;
  });
}
