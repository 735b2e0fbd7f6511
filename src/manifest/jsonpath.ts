// JSONPath filter `[?(...)]` and script `[(...)]` expressions are JavaScript that jsonpath-plus
// would run, and its evaluator has had remote-code-execution advisories; a manifest may come from
// an untrusted pull request. They are refused at load, and evaluation runs with `eval: false`.
import { mayHoldScript } from '../assertions/plain-path.js';
import { jsonPathPlus } from '../libraries.js';

// Manifests repeat the same few paths ($.status) over hundreds of checks: each is judged once.
const judged = new Map<string, string | undefined>();

/** Why a JSONPath cannot be used, or undefined when it can. */
export function jsonPathProblem(path: string): string | undefined {
  if (judged.has(path)) return judged.get(path);
  const problem = judge(path);
  judged.set(path, problem);
  return problem;
}

function judge(path: string): string | undefined {
  // Most paths need no jsonpath-plus to be cleared, which spares the load its import.
  if (!mayHoldScript(path)) return undefined;
  const { JSONPath } = jsonPathPlus(); // outside the try: a library not loaded yet is not a problem of the path
  let segments: string[];
  try {
    segments = JSONPath.toPathArray(path);
  } catch (error) {
    return `invalid JSONPath "${path}": ${(error as Error).message}`;
  }
  // jsonpath-plus loses the segment of a quoted name followed by more text ($['a,b']12): a path it
  // cannot read back is refused, rather than read as something else or thrown out of the load.
  if (segments.some((segment) => typeof segment !== 'string')) {
    return `invalid JSONPath "${path}": part of it cannot be read (quote names as $['name'] and start each next part with . or [)`;
  }
  // A segment is a name, an index, a slice or a wildcard, or a comma list of them; jsonpath-plus
  // evaluates the ones that start with `?` (a filter) or `(` (a script).
  const script = segments.flatMap((segment) => segment.split(',')).find((part) => /^\s*[?(]/.test(part));
  if (script === undefined) return undefined;
  return (
    `the JSONPath "${path}" contains the script expression [${script}], which probegate never evaluates; ` +
    'select the value with names, indexes, slices or wildcards ($.orders[0].status, $.items[*].id) and compare it with operator and target'
  );
}
