// What can be told of a JSONPath from its text alone, without jsonpath-plus (some 3 ms to import):
// the load checks every path, and most are plain ($.status, $.items[0].id).

/** `$`, then names of these characters after a dot or indexes in brackets: nothing else. */
const PLAIN_PATH = /^\$(?:\.[A-Za-z0-9_-]+|\[[0-9]+\])*$/;
const PLAIN_PART = /[A-Za-z0-9_-]+/g;

/**
 * The names (and indexes, as text) a plain path follows from the document's root, exactly as
 * jsonpath-plus's JSONPath.toPathArray reads them after its `$`; undefined for any other path.
 */
export function plainPathNames(path: string): string[] | undefined {
  if (!isPlainPath(path)) return undefined;
  return path.slice(1).match(PLAIN_PART) ?? [];
}

/** Whether plainPathNames reads the path, without reading it: the run's set-up asks it of every assertion's path. */
export function isPlainPath(path: string): boolean {
  return PLAIN_PATH.test(path);
}

/**
 * Whether the path may select several values (a wildcard, `..`, a slice, a union), so that even
 * one match is one of a path's several values; a quoted name holding such a character counts too.
 */
export function maySelectSeveral(path: string): boolean {
  return /\*|\.\.|\[[^\]]*[:,][^\]]*\]/.test(path);
}

/**
 * Whether jsonpath-plus could read a filter or script expression in the path. It splits a path into
 * parts that are each a piece of the path (or of the `;`, `.`, `~`, `^` it puts in), and a script
 * is a part that starts with `?` or `(`: a path without either cannot hold one. It also sets quoted
 * names aside and puts them back by a `#` and a number, which can go wrong (`$['a,b']12` makes it
 * throw): a path with a quote or a `#` is left to it as well, to be read exactly as before.
 */
export function mayHoldScript(path: string): boolean {
  return /[?(#'"]/.test(path);
}
