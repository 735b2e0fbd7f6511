// What a value was written as: the text of the YAML scalar at a problem's line and column, so
// that a door can see which variables the written value refers to. Not a YAML reader: where it
// cannot tell a scalar, it says nothing, and the caller keeps the problem as it is.

/** The text of the scalar starting at one-based `line`:`column` (quoted, plain or a block, quotes and all), or undefined. */
export function scalarTextAt(text: string, line: number, column: number): string | undefined {
  const lines = text.split('\n').map((each) => (each.endsWith('\r') ? each.slice(0, -1) : each));
  const first = lines[line - 1];
  if (first === undefined || column < 1) return undefined;
  const rest = first.slice(column - 1);
  const following = lines.slice(line);
  switch (rest[0]) {
    case '"':
      return quoted(rest, following, (body, i) => (body[i] === '\\' ? 2 : body[i] === '"' ? 0 : 1));
    case "'":
      return quoted(rest, following, (body, i) => (body[i] === "'" ? (body[i + 1] === "'" ? 2 : 0) : 1));
    case '|':
    case '>':
      return [rest, ...following.slice(0, blockLength(following, indentation(first)))].join('\n');
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

/**
 * A quoted scalar from its opening quote to its closing one, over as many lines as it takes.
 * `step` says how far to move from position i of the body: 0 at the closing quote.
 */
function quoted(rest: string, following: readonly string[], step: (body: string, i: number) => number): string | undefined {
  const body = [rest, ...following].join('\n');
  for (let i = 1; i < body.length; ) {
    const advance = step(body, i);
    if (advance === 0) return body.slice(0, i + 1);
    i += advance;
  }
  return undefined;
}

/** How many of the lines after a block scalar's indicator belong to it: blank ones, and those indented deeper than its key. */
function blockLength(following: readonly string[], keyIndentation: number): number {
  let length = 0;
  for (const [index, each] of following.entries()) {
    if (each.trim() === '') continue;
    if (indentation(each) <= keyIndentation) break;
    length = index + 1;
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
