/** Shard `index` of `count` (1-based): one of the parts a large manifest is split into. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** Checks of shard i of n: every n-th check starting at i, so each shard gets a similar mix. */
export function selectShard<T>(checks: readonly T[], shard: Shard | undefined): readonly T[] {
  if (!shard) return checks;
  return checks.filter((_, index) => index % shard.count === shard.index - 1);
}
