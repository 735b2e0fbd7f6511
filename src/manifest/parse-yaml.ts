import { setFlagsFromString } from 'node:v8';
import { isCollection, parseDocument, visit, type Document, type LineCounter } from 'yaml';

/** V8's own default: the young generation doubles each time it grows. */
const DEFAULT_GROWTH_FACTOR = 2;

/**
 * Parses the manifest's YAML with V8's young generation held at its size meanwhile.
 *
 * yaml builds the syntax tree of the whole text before composing it, and for a large manifest
 * (500 checks, 150 KB) that tree survives enough scavenges for V8 to double its young generation
 * up to its limit, 2 x 16 MiB, which it keeps for the rest of the run: some 22 MiB of resident
 * memory for a one-off burst, a seventh of the action's peak (bench/: memory). The parse is also
 * faster in the small young generation. A process cannot pass itself V8 options, but this flag
 * is read only when the young generation is about to grow, so changing it at run time is safe
 * (Node 24's V8 honours it; a V8 that refused a factor under 2 would only lose the saving, which
 * the benchmark would show).
 */
export function parseManifestYaml(text: string, lineCounter: LineCounter): Document {
  setFlagsFromString('--semi-space-growth-factor=1');
  try {
    return parseDocument(text, { lineCounter, prettyErrors: false });
  } finally {
    setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH_FACTOR}`);
  }
}

/** Deeper than this, a manifest is not written by a person, and recursion over it could overflow the stack. */
export const MAX_NESTING = 64;
/** How many aliases the document may expand in all; past it, it is an alias bomb ("billion laughs"). */
export const MAX_ALIAS_EXPANSIONS = 100;

export interface YamlProblem {
  readonly offset: number;
  readonly message: string;
}

/**
 * What makes a parsed document unusable before it becomes a value: a syntax error, an alias
 * with no anchor before it or inside the node it names (a cycle), a key that is a map or a
 * list, nesting past MAX_NESTING. Each at its offset in the text.
 */
export function yamlProblems(document: Document): YamlProblem[] {
  if (document.errors.length > 0) return document.errors.map((error) => ({ offset: error.pos[0], message: syntaxMessage(error.code, error.message) }));
  const problems: YamlProblem[] = [];
  try {
    visit(document, {
      Alias(_, alias, path) {
        const source = alias.resolve(document);
        const offset = alias.range?.[0] ?? 0;
        if (!source) problems.push({ offset, message: `YAML: the alias *${alias.source} has no anchor &${alias.source} before it` });
        else if (path.includes(source)) problems.push({ offset, message: `YAML: the alias *${alias.source} is inside the node it refers to, which would make it endless` });
      },
      Pair(_, pair) {
        if (isCollection(pair.key)) problems.push({ offset: pair.key.range?.[0] ?? 0, message: 'YAML: a key must be text, not a map or a list' });
      },
      Node(_, node, path) {
        if (path.length > MAX_NESTING * 2 + 1) {
          problems.push({ offset: node.range?.[0] ?? 0, message: `YAML: nested more than ${MAX_NESTING} levels deep` });
          return visit.BREAK;
        }
        return undefined;
      },
    });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    problems.push({ offset: 0, message: `YAML: nested too deeply to read (more than ${MAX_NESTING} levels)` });
  }
  return problems;
}

/** The document as plain data; an alias bomb is a problem rather than a hang. */
export function documentValue(document: Document): { value: unknown } | { problem: YamlProblem } {
  try {
    return { value: document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS }) };
  } catch (error) {
    if (!(error instanceof ReferenceError) && !(error instanceof RangeError)) throw error;
    let offset = 0;
    visit(document, { Alias: (_, alias) => ((offset = alias.range?.[0] ?? 0), visit.BREAK) });
    return { problem: { offset, message: `YAML: aliases expand to more than ${MAX_ALIAS_EXPANSIONS} copies; write the values out or use fewer aliases` } };
  }
}

function syntaxMessage(code: string, message: string): string {
  if (code === 'RESOURCE_EXHAUSTION') return `YAML: nested too deeply to read (more than ${MAX_NESTING} levels)`;
  if (code === 'DUPLICATE_KEY') return 'YAML syntax: Map keys must be unique (this key appears twice in the same map: keep one)';
  return `YAML syntax: ${message.split('\n')[0]}`;
}
