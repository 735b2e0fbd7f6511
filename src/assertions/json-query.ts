// JSONPath queries, read once per expression rather than once per check. A path of plain names
// and indexes ($.status, $.items[0].id), what manifests mostly hold, becomes a walk of own
// properties: exactly what jsonpath-plus does for such a path, without its parsing, tracing and
// result objects on every check. Any other path (wildcards, slices, recursive descent, unions,
// quoted names) is left to jsonpath-plus, with eval: false: a filter or script expression throws
// instead of running (the manifest refuses them at load).
import { jsonPathPlus } from '../libraries.js';

/** Every value at the path, in jsonpath-plus's order (its `wrap: true` result). */
export type JsonQuery = (json: unknown) => unknown[];

// A segment jsonpath-plus follows as an own property and nothing else: no `*`, `..`, `^`, `~`,
// `$`, `@type()`, slice, union, quote or script can be spelt with these characters alone.
const PLAIN_SEGMENT = /^[A-Za-z0-9_-]+$/;
// Paths come from the manifest, and a multistep step may bind variables into one per attempt:
// past this many, a path is compiled for each use instead of kept.
const MAX_KEPT = 1000;
const kept = new Map<string, JsonQuery>();

/** The query for a JSONPath, compiled on its first use. */
export function jsonQuery(path: string): JsonQuery {
  let query = kept.get(path);
  if (query === undefined) {
    query = compile(path);
    if (kept.size < MAX_KEPT) kept.set(path, query);
  }
  return query;
}

function compile(path: string): JsonQuery {
  const general: JsonQuery = (json) => jsonPathPlus().JSONPath({ path, json: json as object, wrap: true, eval: false }) as unknown[];
  const names = plainNames(path);
  if (names === undefined) return general;
  return (json) => {
    // jsonpath-plus gives no result at all (not an empty list) for a falsy document: its answer, as it is.
    if (!json) return general(json);
    let value: unknown = json;
    for (const name of names) {
      if (!value || !Object.hasOwn(value, name)) return [];
      value = (value as Record<string, unknown>)[name];
    }
    return [value];
  };
}

/** The names (or indexes) a plain path follows from the document's root; undefined for any other path. */
function plainNames(path: string): string[] | undefined {
  const { JSONPath } = jsonPathPlus(); // outside the try: a library not loaded yet is not a problem of the path
  let segments: string[];
  try {
    segments = JSONPath.toPathArray(path);
  } catch {
    return undefined;
  }
  // As jsonpath-plus evaluates: a leading `$` is the root, and `$` alone is the document.
  if (segments[0] === '$') segments = segments.length > 1 ? segments.slice(1) : [];
  return segments.every((segment) => PLAIN_SEGMENT.test(segment)) ? segments : undefined;
}
