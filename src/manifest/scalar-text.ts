// What a value was written as: the text of the YAML scalar at a problem's line and column, so
// that a door can see which variables the written value refers to. Not a YAML reader: where it
// cannot tell a scalar, it says nothing, and the caller keeps the problem as it is.

/** The text of the scalar starting at one-based `line`:`column` (quoted, plain or a block, quotes and all), or undefined. */
export function scalarTextAt(text: string, line: number, column: number): string | undefined {
  const lines = linesOf(text);
  const first = lines[line - 1];
  if (first === undefined || column < 1) return undefined;
  const rest = first.slice(column - 1);
  // The lines after it are read from `lines` at `line` on, never copied: a caller asks of many problems.
  switch (rest[0]) {
    case '"':
      return quoted(rest, lines, line, (body, i) => (body[i] === '\\' ? 2 : body[i] === '"' ? 0 : 1));
    case "'":
      return quoted(rest, lines, line, (body, i) => (body[i] === "'" ? (body[i + 1] === "'" ? 2 : 0) : 1));
    case '|':
    case '>':
      return [rest, ...lines.slice(line, line + blockLength(lines, line, indentation(first)))].join('\n');
    case undefined:
    case '{':
    case '[':
    case '#':
    case '-':
    case '&':
    case '*':
    case '!':
      return undefined;
    default:
      return plain(rest, insideFlow(first.slice(0, column - 1)));
  }
}

/** The text's lines, split once for the many problems of one manifest (a caller asks for each). */
let split: { readonly text: string; readonly lines: readonly string[] } | undefined;
function linesOf(text: string): readonly string[] {
  if (split?.text !== text) split = { text, lines: text.split('\n').map((each) => (each.endsWith('\r') ? each.slice(0, -1) : each)) };
  return split.lines;
}

/**
 * A quoted scalar from its opening quote to its closing one, over as many lines (from `lines` at
 * `next` on) as it takes, read only while it is open. `step` says how far to move from position i
 * of the body: 0 at the closing quote.
 */
function quoted(rest: string, lines: readonly string[], next: number, step: (body: string, i: number) => number): string | undefined {
  let body = rest;
  for (let i = 1; ; next++) {
    for (; i < body.length; ) {
      const advance = step(body, i);
      if (advance === 0) return body.slice(0, i + 1);
      i += advance;
    }
    if (next >= lines.length) return undefined;
    body += `\n${lines[next]!}`;
  }
}

/** How many of the lines from `from` on belong to a block scalar: blank ones, and those indented deeper than its key. */
function blockLength(lines: readonly string[], from: number, keyIndentation: number): number {
  let length = 0;
  for (let index = from; index < lines.length; index++) {
    const each = lines[index]!;
    if (each.trim() === '') continue;
    if (indentation(each) <= keyIndentation) break;
    length = index - from + 1;
  }
  return length;
}

/** A plain scalar: up to a comment, and in a flow collection up to what ends an entry there. */
function plain(rest: string, flow: boolean): string {
  const end = rest.search(flow ? /\s#|,\s|,$|[\]}]/ : /\s#/);
  return (end === -1 ? rest : rest.slice(0, end)).trimEnd();
}

/** Whether text before a column leaves a `{` or `[` open, quotes aside. */
function insideFlow(before: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (const character of before) {
    if (quote) {
      if (character === quote) quote = undefined;
    } else if (character === '"' || character === "'") quote = character;
    else if (character === '{' || character === '[') depth++;
    else if (character === '}' || character === ']') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

function indentation(line: string): number {
  return line.length - line.trimStart().length;
}
