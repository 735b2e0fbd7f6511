// yaml's syntax errors for a wrongly indented line, said at that line and in words. yaml reports
// such a line where its reading broke: an over-indented key is a second line of the plain value
// above it (`type: http` + `     request: …`), reported at that value, one line too early, as
// "Nested mappings are not allowed in compact mappings"; an under-indented one at column 1. Here
// the first such error is traced to the line the person must fix, by the columns of the lines
// above it, and said with what to do. When two lines could be the one out of place (the first key
// of a map and the next), or a line could go at two columns, each reading is re-indented and read
// again, and the one yaml then finds fewer errors in is said. The text re-indented as said is
// read on: what yaml still finds is another mistake, and what it no longer finds followed from
// this one. Only the indentation (spaces and tabs before a line's content) is ever changed, so a
// later error's offset maps back to the text as written, and lines keep their numbers. A reading
// after which yaml still stops at or before the lines it names is dropped, and yaml's own errors
// are said.
import type { YAMLError } from 'yaml';

export interface SyntaxProblem {
  readonly offset: number;
  readonly message: string;
}

/** The errors that a line indented wrongly makes yaml report. */
const INDENTATION_CODES = new Set(['TAB_AS_INDENT', 'BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);
/** How many wrongly indented lines are traced; past them, yaml's own errors are said. */
const MAX_TRACED = 20;
/** How many readings of one mistake are tried (each a reading of the whole text again). */
const MAX_READINGS = 3;
/**
 * How much text in all is read again (each reading tried is the whole text): a large manifest
 * indented with tabs throughout would otherwise take seconds to say so. Some 200 readings of a
 * 5 KB manifest (more than 20 mistakes take); 3 of a 300 KB one, some 0.7 s on this machine.
 */
const MAX_READ_AGAIN = 1_000_000;

/**
 * The problems of a text that yaml could not read: `errors` are yaml's on `text`, `parse` reads a
 * text again and returns its errors, and `describe` words an error that is not traced here.
 */
export function syntaxProblems(
  text: string,
  errors: readonly YAMLError[],
  parse: (text: string) => readonly YAMLError[],
  describe: (error: YAMLError) => string,
): SyntaxProblem[] {
  const original = new Lines(text);
  const traced: SyntaxProblem[] = [];
  /** By line: the length of its indentation as written, and as re-indented. */
  const reindented = new Map<number, { from: number; to: number }>();
  let lines = original;
  let current = errors;
  let budget = MAX_READ_AGAIN;
  while (traced.length < MAX_TRACED) {
    const first = [...current].sort((a, b) => a.pos[0] - b.pos[0]).find(isIndentationError);
    const root = rootMistake(lines);
    const found = root ? [root] : first ? diagnose(lines, first, (line) => reindented.has(line)) : [];
    const possible = found.filter((mistake) => !mistake.moves.some((move) => reindented.has(move.line))).slice(0, MAX_READINGS);
    if (possible.length === 0 || possible.length * text.length > budget) break;
    budget -= possible.length * text.length;
    // Of the readings (this line is out of place, or the one it does not line up with; this column
    // or that one), the one after which yaml finds fewer errors, else the likelier, else the first.
    // Re-indented as said, the text must read past the lines it names: else the reading was wrong.
    const tried = possible
      .map((mistake) => {
        const text = reindent(lines, mistake.moves);
        const errors = parse(text);
        const next = new Lines(text);
        const past = Math.max(first ? lines.lineAt(first.pos[0]) : 0, ...mistake.moves.map((move) => move.line));
        return { mistake, text, errors, next, stuck: errors.some((error) => (root || isIndentationError(error)) && next.lineAt(error.pos[0]) <= past) };
      })
      .filter((attempt) => !attempt.stuck);
    if (tried.length === 0) break;
    const chosen = tried.reduce((best, attempt) => (attempt.errors.length < best.errors.length || (attempt.errors.length === best.errors.length && attempt.mistake.likelier) ? attempt : best));
    const { mistake, next } = chosen;
    traced.push({ offset: original.offsetOf(mistake.line, lines.column(mistake.line, mistake.offset), reindented), message: mistake.message });
    for (const move of mistake.moves) reindented.set(move.line, { from: lines.indentEnd(move.line) - lines.start(move.line), to: move.to });
    lines = next;
    current = chosen.errors;
    if (current.length === 0) break;
  }
  if (traced.length === 0) return errors.map((error) => ({ offset: error.pos[0], message: describe(error) }));
  // An error on a line said already (a key made a duplicate by the move suggested) is not another mistake.
  const rest = current
    .filter((error) => !reindented.has(lines.lineAt(error.pos[0])))
    .map((error) => ({ offset: original.offsetOf(lines.lineAt(error.pos[0]), error.pos[0] - lines.start(lines.lineAt(error.pos[0])), reindented), message: describe(error) }));
  return [...traced, ...rest].sort((a, b) => a.offset - b.offset);
}

/**
 * The text's first line indented more than a line after it at the top level (`version: 1` with a
 * space before it): yaml reads the lines after as stray tokens, each an error, after that line.
 */
function rootMistake(lines: Lines): Mistake | undefined {
  const first = lines.nextContent(-1);
  if (first === undefined) return undefined;
  const column = lines.contentStart(first) - lines.start(first);
  if (column === 0 || lines.text.slice(lines.start(first), lines.contentStart(first)).includes('\t')) return undefined;
  let less: number | undefined;
  for (let line = lines.nextContent(first); line !== undefined && less === undefined; line = lines.nextContent(line)) {
    if (lines.contentStart(line) - lines.start(line) < column) less = line;
  }
  if (less === undefined) return undefined;
  const to = lines.contentStart(less) - lines.start(less);
  const { keys, under } = blockLines(lines, first, column);
  const next = lines.levelsOf(less).at(-1)!;
  const what = keys.length > 1 ? `lines ${lineList(keys)} are` : `line ${first + 1} is`;
  const them = keys.length > 1 ? 'them' : 'it';
  return {
    line: first,
    offset: lines.contentStart(first),
    message: `YAML indentation: ${what} indented more than ${next.kind === 'key' ? name(next) : `line ${less + 1}`} below (line ${less + 1}, column ${to + 1}), and the top-level keys must start at the same column: move ${them} to column ${to + 1}`,
    moves: [...keys, ...under.filter((child) => lines.indentEnd(child) - lines.start(child) <= to)].map((line) => ({ line, to: lines.indentEnd(line) - lines.start(line) + to - column })),
  };
}

/** The text with these lines re-indented. */
function reindent(lines: Lines, moves: Mistake['moves']): string {
  let text = lines.text;
  // From the last line up, so that the offsets of the lines before stay as they are.
  for (const move of [...moves].sort((a, b) => b.line - a.line)) text = text.slice(0, lines.start(move.line)) + ' '.repeat(move.to) + text.slice(lines.indentEnd(move.line));
  return text;
}

function isIndentationError(error: YAMLError): boolean {
  return INDENTATION_CODES.has(error.code) || (error.code === 'MISSING_CHAR' && error.message.startsWith('Sequence item without - indicator'));
}

interface Mistake {
  /** The line to fix (zero-based), and where to point in the text read: its content, or its tab. */
  readonly line: number;
  readonly offset: number;
  readonly message: string;
  /** The lines to re-indent, to that many spaces, to read on past this mistake. */
  readonly moves: readonly { readonly line: number; readonly to: number }[];
  /** Of two readings that leave as many errors, this one is the likelier. */
  readonly likelier?: boolean;
}

/** One indentation level of the lines above: a `-`, a key, or a value (a list's scalar item). */
interface Level {
  readonly column: number;
  readonly kind: 'dash' | 'key' | 'value';
  /** The key as written, for a key. */
  readonly key?: string;
  readonly line: number;
}

/** A block key at the start of `rest`: plain or quoted, then `:` and a space or the line's end. */
const KEY = /^("(?:[^"\\\r\n]|\\.)*"|'(?:[^'\r\n]|'')*'|[^\s#'"[\]{},:-][^\r\n#]*?|-[^\s\r\n#][^\r\n#]*?)[ \t]*:(?=[ \t\r\n]|$)/;
/** What follows a key or a `-` when the value is on the lines below: nothing, a comment, or a block scalar's header. */
const OPENS_BLOCK = /^(?:[|>][-+0-9]*)?[ \t]*(?:#.*)?\r?$/;

/**
 * The mistake behind `error`, as one or more readings: the line yaml could not place is out of
 * place (with, when it could go at two columns, a reading for each), or the line it does not line
 * up with is, when that one starts its map or list or stands out from the lines around it.
 * `moved`: whether a line has been re-indented already, its columns those of a suggestion.
 */
function diagnose(lines: Lines, error: YAMLError, moved: (line: number) => boolean): Mistake[] {
  const line = candidateLine(lines, error);
  if (line === undefined || lines.hidden(line)) return [];
  const mistake = lineMistake(lines, line, moved);
  if (!mistake) return [];
  const other = mistake.reference && !moved(mistake.reference.line) ? otherLineMistake(lines, mistake.reference, line) : undefined;
  return [mistake, ...(mistake.alternatives ?? []), ...(other ? [other] : [])];
}

/**
 * The line of `other` (a level `line` does not line up with) out of place instead: the first of its
 * map or list, or one less indented than the lines around it (line ... and `line`).
 */
function otherLineMistake(lines: Lines, other: Level, line: number): Mistake | undefined {
  const own = lines.levelsOf(other.line);
  const dashes = own.filter((level) => level.kind === 'dash');
  const afterDash = own.findIndex((level) => level.column === other.column) > 0;
  const column = lines.contentStart(line) - lines.start(line);
  // The first line under `key:`; or at the key's column, which YAML reads as the key's null value and a key beside it.
  const previous = lines.previousContent(other.line);
  const opener = previous !== undefined && lines.opensBlock(previous) ? lines.levelsOf(previous).at(-1)! : undefined;
  const first = opener !== undefined && other.column >= opener.column;
  const between = !afterDash && previous !== undefined && !first && lines.contentStart(previous) - lines.start(previous) === column && other.column < column;
  if (!afterDash && !first && !between) return undefined;
  const shift = column - other.column;
  const start = lines.indentEnd(other.line) - lines.start(other.line);
  if (shift === 0 || start + shift < 0) return undefined;
  const direction = shift < 0 ? 'more' : 'less';
  // Of two readings as good, the one whose columns step as the rest of the text does (for a line
  // `- key: …`, those of its `-`), or the line that stands out from those around it.
  const lineColumn = afterDash ? dashes[0]!.column : other.column;
  const parent = opener ?? lines.levelsAbove(other.line).find((level) => level.column < lineColumn);
  const likelier = between || (parent !== undefined && lineColumn + shift - parent.column === lines.step() && lineColumn - parent.column !== lines.step());
  if (other.kind === 'dash') {
    const item = itemLines(lines, other.line, other.column);
    const moveWhat = item.length > 1 ? `move the whole item (lines ${other.line + 1}–${item.at(-1)! + 1}) ${spaces(Math.abs(shift))} to the ${shift < 0 ? 'left' : 'right'}` : `move it to column ${column + 1}`;
    return {
      line: other.line,
      offset: lines.contentStart(other.line),
      message: `YAML indentation: the \`-\` on line ${other.line + 1} is indented ${direction} than the \`-\` of the next item of its list (line ${line + 1}, column ${column + 1}), and the items of a list must start at the same column: ${moveWhat}`,
      moves: item.map((moved) => ({ line: moved, to: lines.indentEnd(moved) - lines.start(moved) + shift })),
      likelier,
    };
  }
  const next = lines.levelsOf(line).find((level) => level.column === column);
  const beside = next?.kind === 'key' ? name(next) : `line ${line + 1}`;
  const around = between ? `the lines above and below it (lines ${previous! + 1} and ${line + 1}, column ${column + 1})` : `${beside} below it (line ${line + 1}, column ${column + 1})`;
  return {
    line: other.line,
    offset: lines.contentStart(other.line),
    message: `YAML indentation: line ${other.line + 1} is indented ${direction} than ${around}, and the keys of a map must start at the same column: to put it beside ${beside}, move ${afterDash ? `the line ${spaces(Math.abs(shift))} to the ${shift < 0 ? 'left' : 'right'}` : `it to column ${column + 1}`}`,
    moves: [{ line: other.line, to: start + shift }],
    likelier,
  };
}

function lineMistake(lines: Lines, line: number, moved: (line: number) => boolean): (Mistake & { reference?: Level; alternatives?: readonly Mistake[] }) | undefined {
  const start = lines.start(line);
  const contentStart = lines.contentStart(line);
  const indentation = lines.text.slice(start, contentStart);
  const column = contentStart - start;
  const above = lines.levelsAbove(line);
  const last = lines.previousContent(line);
  const shown = line + 1;
  // The line above ends with `key:` or `-` (or a block scalar's header): a line indented more is its value.
  // (Not after a block scalar's text.)
  const opened = last !== undefined && lines.opensBlock(last) && column > lines.levelsOf(last).at(-1)!.column && !lines.hiddenBetween(last, line);
  const tab = indentation.indexOf('\t');
  if (tab !== -1) {
    // How wide a tab is depends on the editor: a reading for each column the line could be meant
    // at, under the line above when that one ends with `key:`, else at a level of the lines above.
    const parent = last !== undefined && lines.opensBlock(last) && !lines.hiddenBetween(last, line) ? lines.levelsOf(last).at(-1) : undefined;
    const isItem = /^-[ \t\r\n]?$/.test(lines.text.slice(contentStart, contentStart + 2));
    const readings = [
      ...(parent ? [{ to: parent.column + lines.step(), where: moved(parent.line) ? '' : ` (more than ${name(parent)} on line ${parent.line + 1}, column ${parent.column + 1}, to put it under it)` }] : []),
      ...above.filter((level) => (level.kind === 'dash') === isItem).map((level) => ({ to: level.column, where: moved(level.line) ? '' : ` (to column ${level.column + 1}, as ${name(level)} on line ${level.line + 1})` })),
    ];
    if (readings.length === 0) readings.push({ to: 0, where: '' });
    const [first, ...others] = readings.map(({ to, where }) => ({
      line,
      offset: start + tab,
      message: `YAML indentation: line ${shown} is indented with a tab, and YAML allows only spaces there: indent it with spaces${where}`,
      moves: [{ line, to }],
    }));
    return { ...first!, alternatives: others };
  }
  if (opened || above.length === 0) return undefined;
  const isDash = lines.text[contentStart] === '-' && /[ \t\r\n]/.test(lines.text[contentStart + 1] ?? '\n');
  if (isDash) {
    if (above.some((level) => level.kind === 'dash' && level.column === column)) return undefined;
    // The lists it is nearest to, by column (a list of the lines above may be inside another's
    // item): a reading for the nearest on each side.
    const lists = above.filter((level) => level.kind === 'dash').sort((a, b) => Math.abs(a.column - column) - Math.abs(b.column - column));
    const readings = [lists.find((level) => level.column > column), lists.find((level) => level.column < column)]
      .filter((level) => level !== undefined)
      .sort((a, b) => lists.indexOf(a) - lists.indexOf(b))
      .map((list) => {
        const shift = list.column - column;
        const item = itemLines(lines, line, column);
        const direction = shift < 0 ? 'more' : 'less';
        const moveWhat = item.length > 1 ? `move the whole item (lines ${shown}–${item.at(-1)! + 1}) ${spaces(Math.abs(shift))} to the ${shift < 0 ? 'left' : 'right'}` : `move it to column ${list.column + 1}`;
        return {
          line,
          offset: contentStart,
          message: `YAML indentation: the \`-\` on line ${shown} is indented ${direction} than the \`-\` of the list item above it (line ${list.line + 1}, column ${list.column + 1}), and the items of a list must start at the same column: ${moveWhat}`,
          moves: item.map((moved) => ({ line: moved, to: lines.indentEnd(moved) - lines.start(moved) + shift })),
          reference: list,
        };
      });
    if (readings.length === 0) return undefined;
    const [first, ...others] = readings;
    return { ...first!, alternatives: others };
  }
  if (above.some((level) => level.kind !== 'dash' && level.column === column)) return undefined;
  const deepest = above[0]!;
  const { keys: block, under } = blockLines(lines, line, column);
  const what = block.length > 1 ? `lines ${lineList(block)} are` : `line ${shown} is`;
  const them = block.length > 1 ? 'them' : 'it';
  // The lines under them keep their columns, unless they would no longer be indented more.
  const moveTo = (to: number) =>
    [...block, ...under.filter((child) => lines.indentEnd(child) - lines.start(child) <= to)].map((moved) => ({ line: moved, to: lines.indentEnd(moved) - lines.start(moved) + to - column }));
  /** "to column 5", or for several lines "2 spaces to the left". */
  const shifted = (to: number) => {
    const lower = under.some((child) => lines.indentEnd(child) - lines.start(child) <= to) ? `, and the lines under ${them} as much` : '';
    return (block.length > 1 ? `${spaces(Math.abs(to - column))} to the ${to < column ? 'left' : 'right'}` : `to column ${to + 1}`) + lower;
  };
  if (column > deepest.column) {
    const reason = deepest.kind === 'key' && !lines.opensBlock(deepest.line) ? `, which has its value on its line already` : '';
    return {
      line,
      offset: contentStart,
      message: `YAML indentation: ${what} indented more than ${name(deepest)} above (line ${deepest.line + 1}, column ${deepest.column + 1})${reason}: to put ${them} beside ${name(deepest)}, move ${them} ${shifted(deepest.column)}`,
      moves: moveTo(deepest.column),
      reference: deepest,
    };
  }
  const upper = [...above].reverse().find((level) => level.column > column)!;
  const target = upper.kind === 'dash' ? ([...above].reverse().find((level) => level.column > upper.column) ?? upper) : upper;
  const list = above.find((level) => level.kind === 'dash' && level.column === column);
  if (list) {
    const newItem = block.length > 1 ? `write \`- \` before line ${shown} and indent the lines below it to match` : `write \`- \` before it`;
    return {
      line,
      offset: contentStart,
      message:
        `YAML indentation: ${what} at the column of the \`-\` of the list item above (line ${list.line + 1}, column ${list.column + 1}), but ${block.length > 1 ? 'do not start with' : 'does not start with'} \`- \`: ` +
        `to start a new item, ${newItem}; to add ${them} to the item above, move ${them} ${shifted(target.column)}, beside ${name(target)}`,
      moves: moveTo(target.column),
      reference: target.kind === 'key' ? target : undefined,
    };
  }
  const lower = above.find((level) => level.column < column);
  if (!lower) return undefined;
  const where =
    `YAML indentation: ${what} indented less than ${name(upper)} above (line ${upper.line + 1}, column ${upper.column + 1}) and more than ${name(lower)} (line ${lower.line + 1}, column ${lower.column + 1}), ` +
    `so YAML cannot tell what ${them === 'it' ? 'it belongs' : 'they belong'} to: move ${them} `;
  const toUpper = `${shifted(target.column)} to put ${them} beside ${name(target)}`;
  if (lower.kind !== 'key') return { line, offset: contentStart, message: where + toUpper, moves: moveTo(target.column), reference: upper.kind === 'dash' ? undefined : upper };
  const toLower = `${shifted(lower.column)} to put ${them} beside ${name(lower)}`;
  return {
    line,
    offset: contentStart,
    message: `${where}${toUpper}, or ${toLower}`,
    moves: moveTo(target.column),
    reference: upper.kind === 'dash' ? undefined : upper,
    // Beside `lower` is the other reading, said the other way round.
    alternatives: [{ line, offset: contentStart, message: `${where}${toLower}, or ${toUpper}`, moves: moveTo(lower.column) }],
  };
}

/**
 * A wrongly indented line and those below it that moved with it: `keys`, the lines at its column
 * (the other keys of its map, as a person pasting a block writes them), and `under`, the lines
 * under those whose value is on the lines below. A line less indented ends them.
 */
function blockLines(lines: Lines, line: number, column: number): { keys: number[]; under: number[] } {
  const keys = [line];
  const under: number[] = [];
  let opens = lines.opensBlock(line);
  for (let next = lines.nextContent(line); next !== undefined; next = lines.nextContent(next)) {
    const at = lines.contentStart(next) - lines.start(next);
    if (lines.text.slice(lines.start(next), lines.contentStart(next)).includes('\t')) break;
    if (at === column) {
      // A list item at their column is another list's (or a list written at its key's column: left alone).
      if (lines.text[lines.contentStart(next)] === '-') break;
      opens = lines.opensBlock(next);
      keys.push(next);
    } else if (at > column && opens) under.push(next);
    else break;
  }
  return { keys, under };
}

/** `6–8`, or `6, 7 and 9` (lines are zero-based, shown one-based). */
function lineList(list: readonly number[]): string {
  const shown = list.map((line) => line + 1);
  if (shown.every((line, index) => index === 0 || line === shown[index - 1]! + 1)) return `${shown[0]}–${shown.at(-1)}`;
  if (shown.length > 5) return `${shown.slice(0, 4).join(', ')} and ${shown.length - 4} more`;
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/**
 * The line of `error` whose indentation is at fault: its own when it points at the indentation or
 * the first character of a line; the next line when it points at a value that yaml took to go on
 * over the next line (`type: http` + `     request: …` read as one key, `http request`).
 */
function candidateLine(lines: Lines, error: YAMLError): number | undefined {
  const at = error.pos[0];
  const line = lines.lineAt(at);
  // yaml may point at the blank line or comment before the line it could not place.
  if (!lines.hasContent(line) || lines.hidden(line)) return lines.nextContent(line);
  if (at <= lines.contentStart(line)) return line;
  if (error.code !== 'BLOCK_AS_IMPLICIT_KEY' && error.code !== 'MULTILINE_IMPLICIT_KEY') return undefined;
  return lines.nextContent(line);
}

/** A list item's lines: the `-` line and those below it that are indented more, as one block, when they are aligned with its own content. */
function itemLines(lines: Lines, line: number, dashColumn: number): number[] {
  const own = lines.levelsOf(line);
  const content = own.find((level) => level.column > dashColumn && level.kind !== 'dash');
  const item = [line];
  // `- { a: 1 }` or `- text` is the whole item; `- key: value` may go on with keys below, `-` with lines indented more.
  if (content?.kind === 'value') return item;
  for (let next = lines.nextContent(line); next !== undefined; next = lines.nextContent(next)) {
    const column = lines.contentStart(next) - lines.start(next);
    if (column <= dashColumn || lines.text.slice(lines.start(next), lines.contentStart(next)).includes('\t')) break;
    // The first line below sets it: aligned with this item's content, the item moves as a block; else only the `-` is out of place.
    if (item.length === 1 && content !== undefined && column !== content.column) break;
    item.push(next);
  }
  return item;
}

function name(level: Level): string {
  if (level.kind === 'key') return `\`${level.key}:\``;
  if (level.kind === 'dash') return 'the `-` of its list item';
  return 'the list item';
}

function spaces(count: number): string {
  return count === 1 ? '1 space' : `${count} spaces`;
}

/** The text's lines: where they start, their content and indentation levels. */
class Lines {
  private readonly starts: number[] = [0];
  /** Lines that are not block structure: inside a block scalar, a quoted scalar or a flow collection over several lines. */
  private readonly hiddenLines = new Set<number>();

  constructor(readonly text: string) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
    this.findHidden();
  }

  get count(): number {
    return this.starts.length;
  }

  start(line: number): number {
    return this.starts[line]!;
  }

  end(line: number): number {
    return line + 1 < this.starts.length ? this.starts[line + 1]! - 1 : this.text.length;
  }

  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  column(line: number, offset: number): number {
    return offset - this.start(line);
  }

  /** Past the spaces and tabs that start the line. */
  indentEnd(line: number): number {
    let at = this.start(line);
    while (this.text[at] === ' ' || this.text[at] === '\t') at++;
    return at;
  }

  contentStart(line: number): number {
    return this.indentEnd(line);
  }

  hiddenBetween(from: number, to: number): boolean {
    for (let line = from + 1; line < to; line++) if (this.hiddenLines.has(line)) return true;
    return false;
  }

  hidden(line: number): boolean {
    return this.hiddenLines.has(line);
  }

  /** A line with something on it other than spaces and a comment. */
  hasContent(line: number): boolean {
    const char = this.text[this.contentStart(line)];
    return char !== undefined && char !== '\n' && char !== '\r' && char !== '#';
  }

  previousContent(line: number): number | undefined {
    for (let at = line - 1; at >= 0; at--) if (this.hasContent(at) && !this.hidden(at)) return at;
    return undefined;
  }

  nextContent(line: number): number | undefined {
    for (let at = line + 1; at < this.count; at++) if (this.hasContent(at) && !this.hidden(at)) return at;
    return undefined;
  }

  /** A line's levels, left to right: each `-` that starts it, then a key or a value. */
  levelsOf(line: number): Level[] {
    const levels: Level[] = [];
    const start = this.start(line);
    const end = this.end(line);
    let at = this.contentStart(line);
    while (this.text[at] === '-' && (at + 1 >= end || /[ \t\r]/.test(this.text[at + 1]!))) {
      levels.push({ column: at - start, kind: 'dash', line });
      at++;
      while (this.text[at] === ' ' || this.text[at] === '\t') at++;
    }
    const rest = this.text.slice(at, end);
    if (rest === '' || rest === '\r' || rest.startsWith('#')) return levels;
    const key = KEY.exec(rest);
    levels.push(key ? { column: at - start, kind: 'key', key: key[1]!, line } : { column: at - start, kind: 'value', line });
    return levels;
  }

  private indentStep: number | undefined;

  /** How much more the text indents a line under `key:` or `-` than that key: the commonest (2 if none). */
  step(): number {
    if (this.indentStep === undefined) {
      const counts = new Map<number, number>();
      for (let line = 0; line < this.count; line++) {
        if (!this.hasContent(line) || this.hidden(line) || !this.opensBlock(line)) continue;
        const next = this.nextContent(line);
        if (next === undefined || this.hiddenBetween(line, next)) continue;
        const step = this.contentStart(next) - this.start(next) - this.levelsOf(line).at(-1)!.column;
        if (step > 0) counts.set(step, (counts.get(step) ?? 0) + 1);
      }
      this.indentStep = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 2;
    }
    return this.indentStep;
  }

  /** Whether a line's value is on the lines below: it ends with `key:` or `-`, or a block scalar's header. */
  opensBlock(line: number): boolean {
    const levels = this.levelsOf(line);
    const last = levels.at(-1);
    if (!last) return false;
    const end = this.end(line);
    let at = this.start(line) + last.column;
    if (last.kind === 'dash') at++;
    else if (last.kind === 'key') at += KEY.exec(this.text.slice(at, end))![0].length;
    else return false;
    return OPENS_BLOCK.test(this.text.slice(at, end).trimStart());
  }

  /**
   * The levels that enclose `line`, deepest first: from the lines above, each level less indented
   * than all the ones found below it (as a person reads the nesting from the indentation).
   */
  levelsAbove(line: number): Level[] {
    const found: Level[] = [];
    let bound = Infinity;
    for (let at = this.previousContent(line); at !== undefined && bound > 0; at = this.previousContent(at)) {
      const levels = this.levelsOf(at);
      for (let index = levels.length - 1; index >= 0; index--) {
        if (levels[index]!.column < bound) {
          found.push(levels[index]!);
          bound = levels[index]!.column;
        }
      }
    }
    return found;
  }

  /** An offset of this text, `column` characters into `line` of a re-indented text, as the offset where it stands in this one. */
  offsetOf(line: number, column: number, reindented: ReadonlyMap<number, { from: number; to: number }>): number {
    const moved = reindented.get(line);
    const within = !moved ? column : column >= moved.to ? column - moved.to + moved.from : Math.min(column, moved.from);
    return this.start(line) + within;
  }

  /**
   * Marks the lines that begin inside a quoted scalar or a flow collection, and a block scalar's
   * lines, roughly (enough to not take them for block structure): they are not traced.
   */
  private findHidden(): void {
    const { text } = this;
    let quote: string | undefined;
    let depth = 0;
    let blockScalar: { key: number; text?: number } | undefined;
    for (let line = 0; line < this.count; line++) {
      const start = this.start(line);
      const end = this.end(line);
      if (blockScalar !== undefined) {
        // Its text is indented as its first line that has any, and more than its key.
        const indent = this.indentEnd(line) - start;
        const blank = /^[ \t]*\r?$/.test(text.slice(start, end));
        if (blank || (indent > blockScalar.key && indent >= (blockScalar.text ?? indent))) {
          if (!blank) blockScalar.text ??= indent;
          this.hiddenLines.add(line);
          continue;
        }
        blockScalar = undefined;
      }
      if (quote !== undefined || depth > 0) this.hiddenLines.add(line);
      for (let at = start; at < end; at++) {
        const char = text[at]!;
        const previous = at === start ? ' ' : text[at - 1]!;
        if (quote === '"') {
          if (char === '\\') at++;
          else if (char === '"') quote = undefined;
        } else if (quote === "'") {
          if (char === "'" && text[at + 1] === "'") at++;
          else if (char === "'") quote = undefined;
        } else if (char === '#' && /[ \t]/.test(previous)) break;
        else if ((char === '"' || char === "'") && /[ \t[{,:-]/.test(previous)) quote = char;
        else if ((char === '[' || char === '{') && (depth > 0 || /[ \t:-]/.test(previous))) depth++;
        else if ((char === ']' || char === '}') && depth > 0) depth--;
      }
      if (quote === undefined && depth === 0 && !this.hiddenLines.has(line) && this.opensBlock(line)) {
        const last = this.levelsOf(line).at(-1)!;
        const header = text.slice(start + last.column, end);
        // `key: |` or `- >-`: the lines below that are indented more than the key (or the `-`) are its text.
        if (/(?:^-|:)[ \t]+[|>][-+0-9]*[ \t]*(?:#.*)?\r?$/.test(header)) blockScalar = { key: last.column };
      }
    }
  }
}
