import type { Document, YAMLError } from 'yaml';
import { yaml } from '../libraries.js';
import { syntaxProblems } from './indentation.js';
import type { LineCounter } from './line-counter.js';

/**
 * Parses the manifest's YAML into a document with every node's position: the careful reading,
 * for a manifest that parse-fast.ts found out of the ordinary, and for a problem's position.
 */
export function parseManifestYaml(text: string, lineCounter: LineCounter): Document {
  return yaml().parseDocument(text, { lineCounter, prettyErrors: false });
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
 * list, nesting past MAX_NESTING. Each at its offset in `text`, the document's text. A line
 * indented wrongly is said at that line, with what to do (indentation.ts).
 */
export function yamlProblems(document: Document, text: string): YamlProblem[] {
  if (document.errors.length > 0) {
    const parse = (again: string) => yaml().parseDocument(again, { prettyErrors: false }).errors;
    const asYamlSays = () => document.errors.map((error) => ({ offset: error.pos[0], message: syntaxMessage(error) }));
    try {
      return syntaxProblems(text, document.errors, parse, syntaxMessage);
    } catch {
      // Tracing a line is a reading of the text by rules of thumb: whatever it trips on, the file
      // is still not YAML, and yaml's own errors say so.
      return asYamlSays();
    }
  }
  const { isCollection, visit } = yaml();
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
    const { visit } = yaml();
    let offset = 0;
    visit(document, { Alias: (_, alias) => ((offset = alias.range?.[0] ?? 0), visit.BREAK) });
    return { problem: { offset, message: `YAML: aliases expand to more than ${MAX_ALIAS_EXPANSIONS} copies; write the values out or use fewer aliases` } };
  }
}

function syntaxMessage({ code, message }: YAMLError): string {
  if (code === 'RESOURCE_EXHAUSTION') return `YAML: nested too deeply to read (more than ${MAX_NESTING} levels)`;
  if (code === 'DUPLICATE_KEY') return 'YAML syntax: Map keys must be unique (this key appears twice in the same map: keep one)';
  return `YAML syntax: ${message.split('\n')[0]}`;
}
