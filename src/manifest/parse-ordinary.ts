// The quickest reading of a manifest: a reader of the YAML manifests are made of (block maps and
// lists; maps, lists and scalars that each fit on one line; comments), which records where each
// map and list starts as it builds the value. Anything else (a scalar or flow collection over
// several lines, a block scalar, an anchor, a tag, a tab, a document marker, a duplicate key, a
// key that is not text) is not read: it returns undefined and the manifest goes to parse-fast.ts,
// then to yaml, which know all of YAML. So this reader only has to be right about what it takes,
// and never has to explain a problem. It is some 4x quicker than js-yaml on a large manifest.
import { plainValue } from './core-scalars.js';
import type { FastManifest } from './parse-fast.js';
import { MAX_NESTING } from './parse-yaml.js';

/** Thrown to leave the reading as soon as the text is not of the ordinary kind. */
const NOT_ORDINARY = Symbol('not ordinary');

/**
 * What no line of an ordinary manifest has: a tab, a control character, a carriage return without a
 * line feed, a Unicode line break, a byte-order mark, a lone surrogate, a document marker, a directive.
 */
const UNORDINARY_TEXT =
  /[\x00-\x09\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|\r(?!\n)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|^(?:---|\.\.\.)(?:[ \r\n]|$)|^%/m;

const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Characters that cannot begin a plain scalar here: flow indicators, quotes and the indicators this reader leaves to others. */
const NOT_PLAIN_START = new Set([...',[]{}#&*!|>\'"%@`?:'].map((char) => char.charCodeAt(0)));
/**
 * The rest of a plain scalar after its first character, as `plain` reads it: any character but a
 * line break, a space, `:` and `#`; a `:` that a non-blank follows; a `#` (never after a space, as
 * spaces are only taken before what may go on); spaces that more of the scalar follows, so that
 * trailing ones are left out. In a flow, flow indicators end it too, and a `:` that one follows.
 */
const PLAIN_REST = /(?:[^\r\n:# ]|:(?=[^ \r\n])|#| +(?=[^\r\n:# ]|:[^ \r\n]))*/y;
const PLAIN_REST_IN_FLOW = /(?:[^\r\n:# ,[\]{}]|:(?=[^ \r\n,[\]{}])|#| +(?=[^\r\n:# ,[\]{}]|:[^ \r\n,[\]{}]))*/y;
/** What a quoted scalar holds up to its closing quote, an escape, or a line break (which is not ordinary). */
const SINGLE_QUOTED_RUN = /[^'\r\n]*/y;
const DOUBLE_QUOTED_RUN = /[^"\\\r\n]*/y;
const ESCAPES: Readonly<Record<string, string>> = { '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', '"': '"', '/': '/', '\\': '\\' };
const HEX_DIGITS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

export function parseOrdinary(text: string): FastManifest | undefined {
  if (UNORDINARY_TEXT.test(text)) return undefined;
  const reader = new OrdinaryReader(text);
  try {
    return { value: reader.document(), starts: reader.starts, lineStarts: reader.lineStarts };
  } catch (error) {
    if (error === NOT_ORDINARY) return undefined;
    throw error;
  }
}

function isFlowIndicator(char: number): boolean {
  return char === COMMA || char === OPEN_BRACKET || char === CLOSE_BRACKET || char === OPEN_BRACE || char === CLOSE_BRACE;
}

/** A line break, the end of the text (NaN) or a space: what ends a `:` or a `-` indicator. */
function isBlank(char: number): boolean {
  return char === SPACE || char === LF || char === CR || Number.isNaN(char);
}

/**
 * Every block node starts at the first character of its content and returns with the position at
 * the first character of the next content (or the end): its column says whose the next line is.
 */
class OrdinaryReader {
  readonly starts = new Map<object, number>();
  /** Where each line starts: every line break of an ordinary text is passed by endLine. */
  readonly lineStarts = [0];
  private pos = 0;
  private lineStart = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  document(): unknown {
    this.skipToContent();
    // An empty manifest: yaml says so.
    if (this.pos >= this.text.length) throw NOT_ORDINARY;
    const value = this.blockNode();
    if (this.pos < this.text.length) throw NOT_ORDINARY;
    return value;
  }

  private blockNode(): unknown {
    const column = this.pos - this.lineStart;
    const char = this.text.charCodeAt(this.pos);
    if (char === DASH && isBlank(this.text.charCodeAt(this.pos + 1))) return this.blockSequence(column);
    if (char === OPEN_BRACE || char === OPEN_BRACKET) return this.lineEnding(this.flowNode());
    const start = this.pos;
    const quoted = char === DOUBLE_QUOTE || char === SINGLE_QUOTE;
    const scalar = quoted ? this.quoted() : this.plain(false);
    if (this.isKeyEnd()) return this.blockMapping(column, start, this.keyOf(scalar, quoted));
    return this.lineEnding(quoted ? scalar : plainValue(scalar));
  }

  private blockMapping(indent: number, start: number, firstKey: string): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    this.open(map, start);
    let key = firstKey;
    for (;;) {
      this.pos++; // the colon
      map[key] = this.mappingValue(indent);
      if (this.pos >= this.text.length) break;
      const column = this.pos - this.lineStart;
      if (column < indent) break;
      if (column > indent) throw NOT_ORDINARY;
      key = this.key();
      if (Object.hasOwn(map, key)) throw NOT_ORDINARY;
    }
    this.depth--;
    return map;
  }

  /** After `key:`: a value on the same line, a node on the lines below (indented, or a list at the key's column), or null. */
  private mappingValue(indent: number): unknown {
    this.skipSpaces();
    if (!this.atLineEnd()) return this.lineEnding(this.inlineValue());
    this.endLine();
    this.skipToContent();
    if (this.pos >= this.text.length) return null;
    const column = this.pos - this.lineStart;
    if (column > indent) return this.blockNode();
    if (column === indent && this.text.charCodeAt(this.pos) === DASH && isBlank(this.text.charCodeAt(this.pos + 1))) return this.blockSequence(column);
    return null;
  }

  private blockSequence(indent: number): unknown[] {
    const list: unknown[] = [];
    this.open(list, this.pos);
    for (;;) {
      this.pos++; // the dash
      list.push(this.entryValue(indent));
      if (this.pos >= this.text.length) break;
      const column = this.pos - this.lineStart;
      if (column < indent) break;
      if (column > indent) throw NOT_ORDINARY;
      // At the list's column, the next key of the map the list is the value of.
      if (this.text.charCodeAt(this.pos) !== DASH || !isBlank(this.text.charCodeAt(this.pos + 1))) break;
    }
    this.depth--;
    return list;
  }

  /** After `-`: a node on the same line (its column is its indentation), one on the lines below, or null. */
  private entryValue(indent: number): unknown {
    this.skipSpaces();
    if (!this.atLineEnd()) return this.blockNode();
    this.endLine();
    this.skipToContent();
    if (this.pos >= this.text.length) return null;
    return this.pos - this.lineStart > indent ? this.blockNode() : null;
  }

  /** A key of a block map at the current position, its colon included in what follows. */
  private key(): string {
    const char = this.text.charCodeAt(this.pos);
    const quoted = char === DOUBLE_QUOTE || char === SINGLE_QUOTE;
    const scalar = quoted ? this.quoted() : this.plain(false);
    if (!this.isKeyEnd()) throw NOT_ORDINARY;
    return this.keyOf(scalar, quoted);
  }

  /** A key as yaml keeps it, when it is text: a plain key that reads as a number, a boolean or null, and the special keys, are not ordinary. */
  private keyOf(scalar: string, quoted: boolean): string {
    if (!quoted && plainValue(scalar) !== scalar) throw NOT_ORDINARY;
    if (scalar === '__proto__' || scalar === '<<') throw NOT_ORDINARY;
    return scalar;
  }

  /** Whether the position is at a `:` that ends a key: followed by a space or a line end. */
  private isKeyEnd(): boolean {
    return this.text.charCodeAt(this.pos) === COLON && isBlank(this.text.charCodeAt(this.pos + 1));
  }

  private inlineValue(): unknown {
    const char = this.text.charCodeAt(this.pos);
    if (char === OPEN_BRACE || char === OPEN_BRACKET) return this.flowNode();
    if (char === DOUBLE_QUOTE || char === SINGLE_QUOTE) return this.quoted();
    return plainValue(this.plain(false));
  }

  private flowNode(): unknown {
    const char = this.text.charCodeAt(this.pos);
    if (char === OPEN_BRACE) return this.flowMapping();
    if (char === OPEN_BRACKET) return this.flowSequence();
    if (char === DOUBLE_QUOTE || char === SINGLE_QUOTE) return this.quoted();
    return plainValue(this.plain(true));
  }

  private flowMapping(): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    this.open(map, this.pos);
    this.pos++;
    this.flowSpaces();
    if (this.text.charCodeAt(this.pos) === CLOSE_BRACE) {
      this.pos++;
      this.depth--;
      return map;
    }
    for (;;) {
      const char = this.text.charCodeAt(this.pos);
      const quoted = char === DOUBLE_QUOTE || char === SINGLE_QUOTE;
      const scalar = quoted ? this.quoted() : this.plain(true);
      if (!this.isKeyEnd()) throw NOT_ORDINARY;
      const key = this.keyOf(scalar, quoted);
      if (Object.hasOwn(map, key)) throw NOT_ORDINARY;
      this.pos++;
      this.flowSpaces();
      map[key] = this.flowNode();
      if (this.flowEntryEnd(CLOSE_BRACE)) break;
    }
    this.depth--;
    return map;
  }

  private flowSequence(): unknown[] {
    const list: unknown[] = [];
    this.open(list, this.pos);
    this.pos++;
    this.flowSpaces();
    if (this.text.charCodeAt(this.pos) === CLOSE_BRACKET) {
      this.pos++;
      this.depth--;
      return list;
    }
    for (;;) {
      list.push(this.flowNode());
      if (this.flowEntryEnd(CLOSE_BRACKET)) break;
    }
    this.depth--;
    return list;
  }

  /** After a flow entry: true at the closing bracket (passed), false after a comma followed by another entry. */
  private flowEntryEnd(close: number): boolean {
    this.flowSpaces();
    const char = this.text.charCodeAt(this.pos);
    this.pos++;
    if (char === close) return true;
    if (char !== COMMA) throw NOT_ORDINARY;
    this.flowSpaces();
    // A trailing comma, or an empty entry.
    const next = this.text.charCodeAt(this.pos);
    if (next === COMMA || next === CLOSE_BRACE || next === CLOSE_BRACKET) throw NOT_ORDINARY;
    return false;
  }

  /** Spaces inside a flow collection: one that goes on past its line (or holds a comment) is not ordinary. */
  private flowSpaces(): void {
    this.skipSpaces();
    const char = this.text.charCodeAt(this.pos);
    if (char === LF || char === CR || char === HASH || Number.isNaN(char)) throw NOT_ORDINARY;
  }

  /**
   * A plain scalar on one line, its trailing spaces left out. It ends at a line end, a comment, a
   * `:` followed by a space (or, in a flow, by a flow indicator), and in a flow at a flow indicator.
   */
  private plain(inFlow: boolean): string {
    const { text } = this;
    const start = this.pos;
    const first = text.charCodeAt(start);
    if (NOT_PLAIN_START.has(first) || Number.isNaN(first) || first === LF || first === CR || first === SPACE) throw NOT_ORDINARY;
    // `- ` is a list entry, and in a flow `-,` `-]` `-}` are no scalar (yaml refuses them).
    const second = text.charCodeAt(start + 1);
    if (first === DASH && (isBlank(second) || (inFlow && isFlowIndicator(second)))) throw NOT_ORDINARY;
    // A regular expression runs as machine code from its first uses; a loop over characters is
    // interpreted for a good part of a fresh process's first manifest.
    const rest = inFlow ? PLAIN_REST_IN_FLOW : PLAIN_REST;
    rest.lastIndex = start + 1;
    rest.test(text);
    this.pos = rest.lastIndex;
    return text.slice(start, this.pos);
  }

  private quoted(): string {
    return this.text.charCodeAt(this.pos) === DOUBLE_QUOTE ? this.doubleQuoted() : this.singleQuoted();
  }

  private singleQuoted(): string {
    const { text } = this;
    let value = '';
    let from = this.pos + 1;
    for (;;) {
      SINGLE_QUOTED_RUN.lastIndex = from;
      SINGLE_QUOTED_RUN.test(text);
      const at = SINGLE_QUOTED_RUN.lastIndex;
      // A line break, or the end of the text.
      if (text.charCodeAt(at) !== SINGLE_QUOTE) throw NOT_ORDINARY;
      value += text.slice(from, at);
      if (text.charCodeAt(at + 1) !== SINGLE_QUOTE) {
        this.pos = at + 1;
        return value;
      }
      value += "'";
      from = at + 2;
    }
  }

  private doubleQuoted(): string {
    const { text } = this;
    let value = '';
    let from = this.pos + 1;
    for (;;) {
      DOUBLE_QUOTED_RUN.lastIndex = from;
      DOUBLE_QUOTED_RUN.test(text);
      let at = DOUBLE_QUOTED_RUN.lastIndex;
      const char = text.charCodeAt(at);
      if (char === DOUBLE_QUOTE) {
        this.pos = at + 1;
        return value + text.slice(from, at);
      }
      // A line break, or the end of the text.
      if (char !== BACKSLASH) throw NOT_ORDINARY;
      value += text.slice(from, at);
      const escape = text[at + 1] ?? '';
      const digits = HEX_DIGITS[escape];
      if (digits === undefined) {
        const replacement = ESCAPES[escape];
        if (replacement === undefined) throw NOT_ORDINARY;
        value += replacement;
        at += 1;
      } else {
        const hex = text.slice(at + 2, at + 2 + digits);
        const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits ? parseInt(hex, 16) : NaN;
        // Surrogates one escape at a time, and past Unicode, are not ordinary.
        if (Number.isNaN(code) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) throw NOT_ORDINARY;
        value += String.fromCodePoint(code);
        at += 1 + digits;
      }
      from = at + 1;
    }
  }

  /** A node is one more level deep; past the nesting yaml allows, it is not ordinary. */
  private open(node: object, start: number): void {
    if (++this.depth > MAX_NESTING - 2) throw NOT_ORDINARY;
    this.starts.set(node, start);
  }

  /** Ends the line of an inline value (spaces and a comment may follow it) and moves to the next content. */
  private lineEnding<T>(value: T): T {
    this.skipSpaces();
    if (!this.atLineEnd()) throw NOT_ORDINARY;
    this.endLine();
    this.skipToContent();
    return value;
  }

  private skipSpaces(): void {
    while (this.text.charCodeAt(this.pos) === SPACE) this.pos++;
  }

  /** At a line break, the end, or a comment (which needs a space before it, or the line's start). */
  private atLineEnd(): boolean {
    const char = this.text.charCodeAt(this.pos);
    if (char === LF || char === CR || Number.isNaN(char)) return true;
    return char === HASH && (this.pos === this.lineStart || this.text.charCodeAt(this.pos - 1) === SPACE);
  }

  /** Past a comment, if any, and the line break. */
  private endLine(): void {
    const { text } = this;
    if (text.charCodeAt(this.pos) === HASH) {
      const end = text.indexOf('\n', this.pos);
      this.pos = end === -1 ? text.length : end;
      if (text.charCodeAt(this.pos - 1) === CR) this.pos--;
    }
    if (text.charCodeAt(this.pos) === CR) this.pos++;
    if (text.charCodeAt(this.pos) === LF) this.lineStarts.push(++this.pos);
    this.lineStart = this.pos;
  }

  /** From a line start, past blank and comment lines, to the first character of content. */
  private skipToContent(): void {
    for (;;) {
      this.skipSpaces();
      if (this.pos >= this.text.length || !this.atLineEnd()) return;
      this.endLine();
    }
  }
}
