// Typed paths of a JSON body (`items[].price`) and the subset of JSONPath that `baseline.ignore`
// accepts, translated onto them. A path is a list of segments: an object key, or ARRAY for
// "any element of an array" (typed paths merge all elements of an array into one path).

export const ARRAY = null;
export type Segment = string | typeof ARRAY;

const PLAIN_KEY = /^[A-Za-z0-9_-]+$/;

/** `$` for the body itself; keys joined by dots, `[]` for array elements, odd keys as `["a.b"]`. */
export function formatPath(segments: readonly Segment[]): string {
  if (segments.length === 0) return '$';
  let text = '';
  for (const segment of segments) {
    if (segment === ARRAY) text += '[]';
    else if (PLAIN_KEY.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** One step of an ignore pattern: a key, any single child (`*`), or a key at any depth (`..name`). */
type PatternStep =
  | { readonly kind: 'key'; readonly name: string }
  | { readonly kind: 'any' }
  | { readonly kind: 'descendant'; readonly name: string };

export interface IgnorePattern {
  readonly source: string;
  readonly steps: readonly PatternStep[];
}

export type ParsedIgnore = { readonly ok: true; readonly pattern: IgnorePattern } | { readonly ok: false; readonly message: string };

const DOT_NAME = /^[^.[\]\s*'"()?@,:]+/;
const SUPPORTED = '`$.a.b`, `$[\'a\']`, `$.items[*].ts`, `$.*` and `$..name`';

/**
 * Parses the JSONPath subset of `baseline.ignore`: `$` followed by `.name`, `['name']` or
 * `["name"]`, `.*` or `[*]` (any one child: a key or the elements of an array), and `..name`
 * (a key at any depth). Indexes, slices, filters, unions and scripts are refused: typed paths
 * merge the elements of an array, so those would not select what they seem to.
 */
export function parseIgnorePath(source: string): ParsedIgnore {
  const refuse = (why: string): ParsedIgnore => ({
    ok: false,
    message: `baseline.ignore "${source}": ${why}. Supported: ${SUPPORTED}.`,
  });
  if (!source.startsWith('$')) return refuse('a JSONPath starts with `$`');
  const steps: PatternStep[] = [];
  let rest = source.slice(1);
  while (rest !== '') {
    if (rest.startsWith('..')) {
      const after = rest.slice(2);
      const dotted = DOT_NAME.exec(after)?.[0];
      const bracket = dotted === undefined ? bracketName(after) : undefined;
      const name = dotted ?? bracket?.name;
      if (name === undefined) return refuse('`..` must be followed by a name (`$..ts`)');
      steps.push({ kind: 'descendant', name });
      rest = after.slice(dotted?.length ?? bracket!.length);
    } else if (rest.startsWith('.*') || rest.startsWith('[*]')) {
      steps.push({ kind: 'any' });
      rest = rest.slice(rest.startsWith('.*') ? 2 : 3);
    } else if (rest.startsWith('.')) {
      const name = DOT_NAME.exec(rest.slice(1))?.[0];
      if (name === undefined) return refuse(`cannot read a name at "${rest}"`);
      steps.push({ kind: 'key', name });
      rest = rest.slice(1 + name.length);
    } else if (rest.startsWith('[')) {
      const bracket = bracketName(rest);
      if (bracket === undefined) return refuse(unsupportedBracket(rest));
      steps.push({ kind: 'key', name: bracket.name });
      rest = rest.slice(bracket.length);
    } else {
      return refuse(`unexpected "${rest}"`);
    }
  }
  if (steps.length === 0) return refuse('`$` alone would ignore the whole body; set `compare: false` on the check instead');
  return { ok: true, pattern: { source, steps } };
}

/** `['name']` or `["name"]` at the start of text: the name and the length read. */
function bracketName(text: string): { name: string; length: number } | undefined {
  const match = /^\[\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*\]/.exec(text);
  if (match === null) return undefined;
  const quoted = match[1]!;
  const body = quoted.slice(1, -1).replace(/\\(.)/g, '$1');
  return { name: body, length: match[0].length };
}

function unsupportedBracket(text: string): string {
  const inside = text.slice(1, Math.max(1, text.indexOf(']')));
  if (/^\s*-?\d+\s*$/.test(inside)) return `an index like [${inside.trim()}] cannot be ignored alone: typed paths merge the elements of an array, write [*]`;
  if (inside.includes('?') || inside.includes('(')) return 'filters and script expressions are not supported';
  if (inside.includes(':')) return 'slices are not supported';
  if (inside.includes(',')) return 'unions are not supported; write one entry per path';
  return `cannot read the bracket at "${text}"`;
}

/** True when the pattern selects the path or one of its ancestors (ignoring `$.a` ignores `a.b`). */
export function matchesIgnore(pattern: IgnorePattern, path: readonly Segment[]): boolean {
  return matchFrom(pattern.steps, 0, path, 0);
}

function matchFrom(steps: readonly PatternStep[], i: number, path: readonly Segment[], j: number): boolean {
  if (i === steps.length) return true;
  const step = steps[i]!;
  switch (step.kind) {
    case 'key':
      return j < path.length && path[j] === step.name && matchFrom(steps, i + 1, path, j + 1);
    case 'any':
      return j < path.length && matchFrom(steps, i + 1, path, j + 1);
    case 'descendant':
      for (let k = j; k < path.length; k++) {
        if (path[k] === step.name && matchFrom(steps, i + 1, path, k + 1)) return true;
      }
      return false;
  }
}
