// Terminal columns, counted by grapheme (Intl.Segmenter): East Asian wide characters and emoji
// take two columns, a combining mark none (it is part of the grapheme before it), our own colour
// codes none. Cutting and wrapping never split a grapheme or a colour code.

// Made on first need: making one loads ICU's break rules, some 8 ms of every start of the command
// line (bench/, start-up), and most texts take the fast path of `columns` without it.
let segmenter: Intl.Segmenter | undefined;
const graphemes = (text: string) => (segmenter ??= new Intl.Segmenter()).segment(text);
const COLOR_CODE = /\u001b\[[0-9;]*m/g;
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]*$/u;
// Emoji shown as emoji: the default emoji presentation (👍, 🇫🇷) or asked for with VS16 (❤️, 1️⃣).
const EMOJI = /\p{Emoji_Presentation}|\uFE0F/u;
// East Asian Wide and Fullwidth code points (Unicode EastAsianWidth.txt, W and F), by block.
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18cff],
  [0x1b000, 0x1b2ff],
  [0x1f200, 0x1f2ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

/** A piece of text that is never split: a grapheme, or one of our colour codes (no width). */
interface Token {
  readonly text: string;
  readonly width: number;
}

function graphemeWidth(grapheme: string): number {
  if (ZERO_WIDTH.test(grapheme)) return 0;
  if (EMOJI.test(grapheme)) return 2;
  const first = grapheme.codePointAt(0)!;
  return WIDE.some(([from, to]) => first >= from && first <= to) ? 2 : 1;
}

function tokens(text: string): Token[] {
  const result: Token[] = [];
  let at = 0;
  const plain = (end: number) => {
    for (const { segment } of graphemes(text.slice(at, end))) result.push({ text: segment, width: graphemeWidth(segment) });
  };
  for (const match of text.matchAll(COLOR_CODE)) {
    plain(match.index);
    result.push({ text: match[0], width: 0 });
    at = match.index + match[0].length;
  }
  plain(text.length);
  return result;
}

// Characters of one column each that never join a grapheme: printable ASCII and Latin, general
// punctuation, arrows and box drawing (✓ ✗ … › ↻ ─), most of what a table shows.
const ONE_COLUMN_EACH = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u257f\u2713\u2717]*$/;

/** Columns a string takes on the terminal. */
export function columns(text: string): number {
  // The common case without segmenting.
  if (ONE_COLUMN_EACH.test(text)) return text.length;
  return tokens(text).reduce((sum, token) => sum + token.width, 0);
}

/** The leading tokens of `all` that fit in `width` columns. */
function head(all: readonly Token[], width: number): Token[] {
  const kept: Token[] = [];
  let used = 0;
  for (const token of all) {
    if (used + token.width > width) break;
    kept.push(token);
    used += token.width;
  }
  return kept;
}

function tail(all: readonly Token[], width: number): Token[] {
  return head([...all].reverse(), width).reverse();
}

const join = (parts: readonly Token[]) => parts.map((token) => token.text).join('');

/** Text cut to `width` columns, keeping `headColumns` of its start and the rest of its end: `Orders API…primary`. */
export function cutAround(text: string, width: number, headColumns = width - 1): string {
  if (columns(text) <= width) return text;
  if (width < 1) return '';
  const all = tokens(text);
  const kept = head(all, Math.min(headColumns, width - 1));
  const keptWidth = kept.reduce((sum, token) => sum + token.width, 0);
  return `${join(kept)}…${join(tail(all.slice(kept.length), width - 1 - keptWidth))}`;
}

/** Cuts the middle out, keeping both ends: `http://127.0…/api/orders`. */
export function cutMiddle(text: string, width: number): string {
  return cutAround(text, width, Math.ceil((width - 1) / 2));
}

/** `…` + what is shown of text from its `from`-th grapheme + `…`, in `width` columns. */
function cutWindow(text: string, width: number, from: number): string {
  if (columns(text) <= width) return text;
  const all = tokens(text);
  const rest = all.slice(from);
  const shown = head(rest, width - 2);
  return shown.length === rest.length ? `…${join(tail(all, width - 1))}` : `…${join(shown)}…`;
}

/**
 * Each text cut to `width` columns so that two different texts never read the same: a text cut at
 * its end unless that makes it read as another row, then the group that collides is cut the same
 * other way (more of the end kept, then a window on the middle) until they differ. Undefined when
 * no cut at this width tells them apart (the caller gives the column more room).
 */
export function cutDistinct(texts: readonly string[], width: number, firstCut: (text: string) => string = (t) => cutAround(t, width)): string[] | undefined {
  const shown = texts.map(firstCut);
  for (const group of collisions(texts, shown)) {
    const others = new Set(shown.filter((_, i) => !group.includes(i)));
    const distinctTexts = new Set(group.map((i) => texts[i]!)).size;
    const cut = otherCuts(group.map((i) => texts[i]!), width).find((candidate) => {
      const tried = group.map((i) => candidate(texts[i]!));
      return new Set(tried).size === distinctTexts && tried.every((text) => !others.has(text));
    });
    if (!cut) return undefined;
    for (const i of group) shown[i] = cut(texts[i]!);
  }
  return shown;
}

/** The cuts to try, in order, on texts that read the same when cut at the end. */
function otherCuts(texts: readonly string[], width: number): ((text: string) => string)[] {
  const cuts = [keepDifferingWords(texts, width)];
  for (let headColumns = width - 1; headColumns >= 1; headColumns--) cuts.push((text) => cutAround(text, width, headColumns));
  const longest = Math.max(...texts.map((text) => [...graphemes(text)].length));
  for (let from = 1; from < longest && width > 2; from++) cuts.push((text) => cutWindow(text, width, from));
  return cuts;
}

/**
 * The first cut to try for texts that share a start: keep their start and, whole, the words
 * where they begin to differ (`Checkout…step one`, `Checkout…step two`).
 */
function keepDifferingWords(texts: readonly string[], width: number): (text: string) => string {
  let shared = 0;
  while (texts.every((text) => text[shared] !== undefined && text[shared] === texts[0]![shared])) shared++;
  const wordStart = texts[0]!.lastIndexOf(' ', shared - 1) + 1;
  return (text) => cutAround(text, width, width - 1 - columns(text.slice(wordStart)));
}

/** The rows whose shown text is the same while their texts differ, grouped. */
function collisions(texts: readonly string[], shown: readonly string[]): number[][] {
  const byShown = new Map<string, number[]>();
  shown.forEach((text, i) => byShown.set(text, [...(byShown.get(text) ?? []), i]));
  return [...byShown.values()].filter((rows) => new Set(rows.map((i) => texts[i])).size > 1);
}

const HANGING = '  ';

/**
 * A line wrapped to `width` columns at spaces, each further line indented two more than the
 * first; a word longer than a line is broken between graphemes. As is when `width` is undefined.
 */
export function wrap(line: string, width: number | undefined): string[] {
  if (width === undefined || columns(line) <= width) return [line];
  const indent = /^ */.exec(line)![0];
  const continuation = indent + HANGING;
  const lines: string[] = [];
  let current = indent;
  let fresh = true;
  const available = () => width - columns(current);
  for (const word of line.slice(indent.length).split(' ')) {
    if (fresh && word === '' && current !== indent) continue;
    const separator = fresh ? '' : ' ';
    if (!fresh && columns(word) + 1 > available()) {
      lines.push(current.trimEnd());
      current = continuation;
      fresh = true;
      if (word === '') continue;
    }
    let rest = tokens(fresh ? word : separator + word);
    // At least a column a line: on a terminal narrower than the hanging indent, what is left of
    // a word would otherwise never fit, and empty lines would follow without end.
    while (rest.reduce((sum, token) => sum + token.width, 0) > Math.max(1, available())) {
      const piece = head(rest, Math.max(1, available()));
      const taken = piece.length > 0 ? piece : rest.slice(0, 1);
      lines.push(current + join(taken));
      rest = rest.slice(taken.length);
      current = continuation;
    }
    current += join(rest);
    fresh = false;
  }
  lines.push(current);
  return lines;
}
