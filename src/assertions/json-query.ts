// JSONPath queries, read once per expression rather than once per check. A path of plain names
// and indexes ($.status, $.items[0].id), what manifests mostly hold, becomes a walk of own
// properties: exactly what jsonpath-plus does for such a path, without its parsing, tracing and
// result objects on every check, and without loading it at all. Any other path (wildcards,
// slices, recursive descent, unions, quoted names) is left to jsonpath-plus, with eval: false: a
// filter or script expression throws instead of running (the manifest refuses them at load).
import { jsonPathPlus } from '../libraries.js';
import { plainPathNames } from './plain-path.js';

/** Every value at the path, in jsonpath-plus's order (its `wrap: true` result). */
export type JsonQuery = (json: unknown) => unknown[];

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
  const general: JsonQuery = (json) => {
    if (!json) throw falsyDocument(json, path);
    return jsonPathPlus().JSONPath({ path, json: json as object, wrap: true, eval: false }) as unknown[];
  };
  const names = plainPathNames(path);
  if (names === undefined) return general;
  return (json) => {
    if (!json) throw falsyDocument(json, path);
    let value: unknown = json;
    for (const name of names) {
      if (!value || !Object.hasOwn(value, name)) return [];
      value = (value as Record<string, unknown>)[name];
    }
    return [value];
  };
}

/**
 * jsonpath-plus reads no falsy document (null, 0, false, ""): it answers nothing at all, not an
 * empty list. Still a failure of whatever reads it (a body of null is no reason for doesNotExist
 * to pass), said as it is rather than as the TypeError the reader would otherwise throw.
 */
function falsyDocument(json: unknown, path: string): Error {
  return new Error(`the JSON document is ${JSON.stringify(json)}, which ${path} cannot be read in`);
}
