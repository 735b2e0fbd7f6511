// The fast reading of a manifest: js-yaml (some 20x faster than yaml's parseDocument, and it
// allocates no syntax tree) with, for each map and list, the offset where it starts, which is all
// a valid manifest needs (each check's and assertion's line). Anything out of the ordinary
// (a syntax error, a duplicate key, anchors, aliases, tags, deep nesting) returns undefined, and the manifest is read again by yaml (parse-yaml.ts), which
// says exactly what and where. So this module never has to explain a problem.
import { FAILSAFE_SCHEMA, load, Type, type State } from 'js-yaml';
import { BOOL, FLOAT, floatValue, INT, intValue, NULL } from './core-scalars.js';
import { MAX_NESTING } from './parse-yaml.js';

export interface FastManifest {
  readonly value: unknown;
  /** Where each map and list of `value` starts in the text. */
  readonly starts: ReadonlyMap<object, number> | WeakMap<object, number>;
  /** Where each line starts (after each line feed), when the reading has recorded them. */
  readonly lineStarts?: number[];
}

const SCHEMA = FAILSAFE_SCHEMA.extend({
  // One type per tag: js-yaml keeps only the last of several with the same tag.
  implicit: [
    scalarType('null', NULL, () => null),
    scalarType('bool', BOOL, (text) => text[0] === 't' || text[0] === 'T'),
    scalarType('int', INT, intValue),
    scalarType('float', FLOAT, floatValue),
  ],
});
/**
 * What js-yaml reads differently, or without the checks yaml makes: a tag (`!!int`) at the start
 * of a token, an explicit key (`? `), a list or map used as a key (`[x, y]: 1`, which js-yaml turns
 * into text), an empty key in a flow (`{ a,: b }`, which js-yaml calls "null"), a `#` right after a
 * closing quote or bracket (`a: "b"#c`, which yaml refuses and js-yaml reads as a comment), a key
 * `null:` or `~:` (js-yaml's key is the text "null", yaml's is empty), an escape `\U` (js-yaml
 * reads one past U+10FFFF as garbage). A quoted value that merely looks like one only costs the
 * careful reading.
 */
const UNORDINARY = /(?:^|[\s[{,:-])!|(?:^|[\s[{,])\?(?:\s|$)|[\]}]\s*:(?:\s|$)|[{,]\s*:(?:[\s,\]}]|$)|["'\]}]#|(?:^|[\s[{,-])(?:null|Null|NULL|~)\s*:(?:\s|$)|\\U/m;

function scalarType(name: string, test: RegExp, construct: (text: string) => unknown): Type {
  return new Type(`tag:yaml.org,2002:${name}`, { kind: 'scalar', resolve: (text: unknown) => typeof text === 'string' && test.test(text), construct });
}

export function parseFast(text: string): FastManifest | undefined {
  if (text.charCodeAt(0) === 0xfeff) return undefined; // js-yaml would drop it and shift every offset
  if (UNORDINARY.test(text)) return undefined;
  const starts = new WeakMap<object, number>();
  const opened: number[] = [];
  let ordinary = true;
  const listener = (event: 'open' | 'close', state: State) => {
    if (event === 'open') {
      opened.push(state.position);
      if (opened.length > MAX_NESTING - 2) ordinary = false;
      return;
    }
    const from = opened.pop()!;
    if ((state as State & { anchor: string | null }).anchor !== null) ordinary = false;
    const result: unknown = state.result;
    // A node can close twice (js-yaml wraps the root); the innermost opening is the node's own. No
    // alias shares a node: an alias needs an anchor, which sends the manifest to yaml.
    if (typeof result === 'object' && result !== null && !starts.has(result)) starts.set(result, contentStart(text, from));
  };
  try {
    const value = load(text, { schema: SCHEMA, listener });
    return ordinary ? { value, starts } : undefined;
  } catch {
    return undefined;
  }
}

/** The first character of a node that js-yaml opened at `from`: past spaces, line breaks and comments. */
function contentStart(text: string, from: number): number {
  let at = from;
  for (;;) {
    const char = text.charCodeAt(at);
    if (char === 0x20 || char === 0x09 || char === 0x0a || char === 0x0d) at++;
    else if (char === 0x23 && (at === 0 || /\s/.test(text[at - 1]!))) {
      const end = text.indexOf('\n', at);
      if (end === -1) return text.length;
      at = end + 1;
    } else return at;
  }
}
