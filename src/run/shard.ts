// Shards and locations, as both doors take them (SPEC §9).
import type { Shard } from '../model.js';

export type { Shard } from '../model.js';

/** Checks of shard i of n: every n-th check starting at i, so each shard gets a similar mix. */
export function selectShard<T>(checks: readonly T[], shard: Shard | undefined): readonly T[] {
  if (!shard) return checks;
  return checks.filter((_, index) => index % shard.count === shard.index - 1);
}

/** `2/4` as a shard, or undefined when the text is not i/n with 1 <= i <= n. */
export function parseShard(text: string): Shard | undefined {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count || count > 1000) return undefined;
  return { index, count };
}

export const SHARD_FORMAT = 'i/n with 1 <= i <= n <= 1000 (for example 2/4)';

/** A location name shows in tables, comments and file names: short, plain characters. */
export function isLocationName(text: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(text);
}

/**
 * `eu-west,us-east` (commas, spaces or new lines between names) as the locations to expect, once
 * each; a string naming what is wrong when a name is not a location name or there is none.
 */
export function parseLocationList(text: string): readonly string[] | string {
  const names = text.split(/[\s,]+/).filter(Boolean);
  const bad = names.find((name) => !isLocationName(name));
  if (bad !== undefined) return `"${bad}" is not a location name`;
  if (names.length === 0) return 'it names no location';
  return [...new Set(names)];
}

export const LOCATION_FORMAT = 'a name of up to 40 letters, digits, `.`, `_` or `-` (for example eu-west)';
