import type { Shard } from './inputs.js';

/** Checks of shard i of n: every n-th check starting at i, so each shard gets a similar mix. */
export function selectShard<T>(checks: readonly T[], shard: Shard | undefined): readonly T[] {
  if (!shard) return checks;
  return checks.filter((_, index) => index % shard.count === shard.index - 1);
}
