// SCHEMA (SPEC §8): JSON bodies flattened into typed paths; the paths every baseline sample
// sends with one type are compared with the preview. A stable path missing from the preview, or
// with another type (null included), is a regression; added paths, changed values and array
// lengths are information. Paths that vary between baseline samples are noise and skipped.
import { ARRAY, formatPath, matchesIgnore, type IgnorePattern, type Segment } from './typed-path.js';
import type { SchemaChange } from './types.js';

type Primitive = string | number | boolean | null;

interface PathFacts {
  readonly segments: readonly Segment[];
  /** The JSON types seen at this path, sorted and joined: `number`, `null|number`. */
  type: string;
  /** The value, for a primitive outside any array. */
  value?: Primitive;
  /** The length, for an array outside any array. */
  length?: number;
}

/**
 * Path text -> facts. A body that is not JSON (undefined) has no paths at all. `complete` is
 * false when the body was deeper or larger than the bounds below: then a path it lacks is
 * unknown, never counted as missing.
 */
export interface Shape {
  readonly paths: ReadonlyMap<string, PathFacts>;
  readonly complete: boolean;
}

/** Bounds that keep a hostile body from costing the run its memory. */
export const MAX_DEPTH = 64;
export const MAX_NODES = 100_000;

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

/** Flattens a parsed JSON body into typed paths, iteratively (deep bodies cannot overflow the stack). */
export function flattenJson(body: unknown, ignore: readonly IgnorePattern[] = []): Shape {
  const types = new Map<string, { segments: Segment[]; types: Set<string>; value?: Primitive; length?: number }>();
  if (body === undefined) return { paths: new Map(), complete: true };
  const stack: { value: unknown; segments: Segment[]; inArray: boolean }[] = [{ value: body, segments: [], inArray: false }];
  let complete = true;
  let visited = 0;
  // Children are queued only while the nodes seen and queued stay under MAX_NODES, so a body of
  // millions of elements never holds millions of queue entries.
  const queue = (value: unknown, segments: Segment[], inArray: boolean): void => {
    if (visited + stack.length < MAX_NODES) stack.push({ value, segments, inArray });
    else complete = false;
  };
  while (stack.length > 0) {
    const { value, segments, inArray } = stack.pop()!;
    visited++;
    if (segments.length > MAX_DEPTH) {
      complete = false;
      continue;
    }
    if (segments.length > 0 && ignore.some((pattern) => matchesIgnore(pattern, segments))) continue;
    const key = formatPath(segments);
    const entry = types.get(key) ?? { segments, types: new Set<string>() };
    types.set(key, entry);
    entry.types.add(jsonType(value));
    if (Array.isArray(value)) {
      if (!inArray) entry.length = value.length;
      const elementPath = [...segments, ARRAY];
      for (const element of value) queue(element, elementPath, true);
    } else if (value !== null && typeof value === 'object') {
      for (const [name, child] of Object.entries(value)) queue(child, [...segments, name], inArray);
    } else if (!inArray) {
      entry.value = value as Primitive;
    }
  }
  const paths = new Map<string, PathFacts>();
  for (const [key, entry] of types) {
    paths.set(key, { segments: entry.segments, type: [...entry.types].sort().join('|'), value: entry.value, length: entry.length });
  }
  return { paths, complete };
}

/**
 * The paths present in every baseline shape with one type; a value or length is kept only when
 * it is the same in every sample (otherwise it is noise, not information).
 */
export function stablePaths(baseline: readonly Shape[]): Map<string, PathFacts> {
  const stable = new Map<string, PathFacts>();
  if (baseline.length === 0) return stable;
  for (const [key, first] of baseline[0]!.paths) {
    const all = baseline.map((shape) => shape.paths.get(key));
    if (all.some((facts) => facts === undefined || facts.type !== first.type)) continue;
    const sameValue = all.every((facts) => facts!.value === first.value);
    const sameLength = all.every((facts) => facts!.length === first.length);
    stable.set(key, { ...first, value: sameValue ? first.value : undefined, length: sameLength ? first.length : undefined });
  }
  return stable;
}

/**
 * Compares the preview's shapes with the baseline's. A change counts when a majority of the
 * preview samples show it, so one odd sample never flags and a real change always does.
 * Changes below a reported ancestor (the fields of a missing object) are left out.
 */
export function compareShapes(baseline: readonly Shape[], preview: readonly Shape[]): SchemaChange[] {
  if (baseline.length === 0 || preview.length === 0) return [];
  const stable = stablePaths(baseline);
  const changes: SchemaChange[] = [];
  const majority = (count: number): boolean => count * 2 > preview.length;
  for (const [key, facts] of stable) {
    const seen = preview.map((shape) => shape.paths.get(key));
    const missing = seen.filter((p, i) => p === undefined && preview[i]!.complete).length;
    const otherTypes = tally(seen.flatMap((p) => (p !== undefined && p.type !== facts.type ? [p.type] : [])));
    const [topType, topCount] = otherTypes[0] ?? ['', 0];
    if (majority(missing + otherTypes.reduce((sum, [, n]) => sum + n, 0))) {
      const kind = missing >= topCount ? 'missing' : 'type_changed';
      changes.push({
        path: key,
        kind,
        regression: true,
        baselineType: facts.type,
        ...(kind === 'type_changed' ? { previewType: topType } : {}),
        previewSamples: kind === 'missing' ? missing : topCount,
      });
      continue;
    }
    const info = valueOrLengthChange(key, facts, seen);
    if (info !== undefined) changes.push(info);
  }
  changes.push(...addedPaths(baseline, preview, majority));
  return withoutDescendants(changes, stable, preview);
}

function tally(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** A value or length the baseline always has and every preview sample has differently. */
function valueOrLengthChange(key: string, facts: PathFacts, seen: readonly (PathFacts | undefined)[]): SchemaChange | undefined {
  const all = seen.filter((p): p is PathFacts => p !== undefined && p.type === facts.type);
  if (all.length !== seen.length) return undefined;
  const base = { path: key, regression: false, baselineType: facts.type, previewType: facts.type, previewSamples: seen.length };
  if (facts.value !== undefined && all.every((p) => p.value === all[0]!.value && p.value !== facts.value)) {
    return { ...base, kind: 'value_changed' };
  }
  if (facts.length !== undefined && all.every((p) => p.length === all[0]!.length && p.length !== facts.length)) {
    return { ...base, kind: 'length_changed' };
  }
  return undefined;
}

/** Paths a majority of preview samples send and no baseline sample ever sent. */
function addedPaths(baseline: readonly Shape[], preview: readonly Shape[], majority: (n: number) => boolean): SchemaChange[] {
  const counts = new Map<string, { facts: PathFacts; count: number }>();
  for (const shape of preview) {
    for (const [key, facts] of shape.paths) {
      if (baseline.some((b) => b.paths.has(key))) continue;
      const entry = counts.get(key) ?? { facts, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  return [...counts].flatMap(([key, { facts, count }]) =>
    majority(count) ? [{ path: key, kind: 'added' as const, regression: false, previewType: facts.type, previewSamples: count }] : [],
  );
}

/** Drops changes whose ancestor path is itself reported; sorts regressions first, then by path. */
function withoutDescendants(changes: SchemaChange[], stable: ReadonlyMap<string, PathFacts>, preview: readonly Shape[]): SchemaChange[] {
  const reported = new Set(changes.filter((c) => c.kind !== 'value_changed' && c.kind !== 'length_changed').map((c) => c.path));
  const segmentsOf = (path: string): readonly Segment[] =>
    stable.get(path)?.segments ?? preview.find((shape) => shape.paths.has(path))?.paths.get(path)?.segments ?? [];
  const kept = changes.filter((change) => {
    const segments = segmentsOf(change.path);
    for (let k = 0; k < segments.length; k++) {
      if (reported.has(formatPath(segments.slice(0, k)))) return false;
    }
    return true;
  });
  return kept.sort((a, b) => Number(b.regression) - Number(a.regression) || a.path.localeCompare(b.path));
}
