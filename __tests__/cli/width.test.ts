// Terminal columns by grapheme, cuts that keep names apart, and wrapping with a hanging indent.
import { describe, expect, it } from 'vitest';
import { columns, cutAround, cutDistinct, cutMiddle, wrap } from '../../src/cli/width.js';

describe('columns', () => {
  it.each([
    ['ASCII', 'Orders API', 10],
    ['CJK ideographs and kana: 2 each', '注文サービス', 12],
    ['Hangul syllables: 2 each', '한국어', 6],
    ['fullwidth forms: 2 each', 'ＡＢ', 4],
    ['an emoji: 2', '🚀', 2],
    ['an emoji with a skin tone: one grapheme, 2', '👍🏽', 2],
    ['a family joined by ZWJ: one grapheme, 2', '👨‍👩‍👧', 2],
    ['a flag: 2', '🇫🇷', 2],
    ['a text symbol with VS16 (emoji presentation): 2', '❤️', 2],
    ['a combining accent: 0', 'Cafe\u0301', 4],
    ['the marks the CLI prints: 1 each', '✓✗!…↻─', 6],
    ['our colour codes: 0', '\u001b[31mred\u001b[39m', 3],
  ])('%s', (_case, text, expected) => {
    expect(columns(text)).toBe(expected);
  });
});

describe('cutAround / cutMiddle', () => {
  it('leaves text that fits as it is', () => {
    expect(cutAround('Health', 6)).toBe('Health');
  });

  it('cuts at the end by columns, never through a wide character or a grapheme', () => {
    expect(cutAround('注文サービス', 6)).toBe('注文…');
    expect(cutAround('Cafe\u0301 menu', 5)).toBe('Cafe\u0301…');
    expect(cutAround('👍🏽👍🏽👍🏽', 4)).toBe('👍🏽…');
  });

  it('cuts the middle out of a target, keeping its host and its path', () => {
    expect(cutMiddle('http://127.0.0.1:4000/api/orders', 16)).toBe('http://1…/orders');
  });
});

describe('cutDistinct: names are never cut to where two rows read the same', () => {
  it('keeps the words where names sharing a start differ', () => {
    expect(cutDistinct(['Checkout flow step one', 'Checkout flow step two', 'Health'], 12)).toEqual(['Checkout…one', 'Checkout…two', 'Health']);
  });

  it('shows a window on the middle when names differ only there', () => {
    const names = ['Orders API eu-west-1 primary region', 'Orders API eu-west-2 primary region', 'Orders API eu-west-1 replica region'];
    const shown = cutDistinct(names, 16)!;
    expect(new Set(shown).size).toBe(3);
    for (const name of shown) expect(columns(name)).toBeLessThanOrEqual(16);
  });

  it('cuts at the end when that already tells names apart', () => {
    expect(cutDistinct(['Orders API (answers 503)', 'Search (too slow)'], 10)).toEqual(['Orders AP…', 'Search (t…']);
  });

  it('keeps apart wide names too', () => {
    const shown = cutDistinct(['注文サービス 在庫確認 東京', '注文サービス 在庫確認 大阪'], 12)!;
    expect(shown[0]).not.toBe(shown[1]);
    for (const name of shown) expect(columns(name)).toBeLessThanOrEqual(12);
  });

  it('leaves identical names identical (they read the same uncut too), and gives up when no cut can tell names apart', () => {
    expect(cutDistinct(['Health', 'Health'], 4)).toEqual(['Hea…', 'Hea…']);
    expect(cutDistinct(['ab', 'abc'], 1)).toBeUndefined();
  });
});

describe('wrap', () => {
  it('wraps at spaces within the width, each further line two columns deeper', () => {
    const lines = wrap('    Connection refused by 127.0.0.1:4000. Check that the service is running and that the host and port are right.', 40);
    expect(lines).toEqual([
      '    Connection refused by',
      '      127.0.0.1:4000. Check that the',
      '      service is running and that the',
      '      host and port are right.',
    ]);
  });

  it('breaks a word longer than a line between graphemes', () => {
    const lines = wrap('  https://example.com/注文/a/very/long/path/that/cannot/fit', 20);
    for (const line of lines) expect(columns(line)).toBeLessThanOrEqual(20);
    expect(lines.map((line) => line.trim()).join('')).toBe('https://example.com/注文/a/very/long/path/that/cannot/fit');
  });

  it('ends on a terminal narrower than the continuation indent, every grapheme kept in order', () => {
    // The hanging indent alone is wider than such a terminal: each further line still takes at least one grapheme.
    for (const [line, width] of [['a b', 1], ['abc', 0], ['    x y', 3], ['  a b c d e f', 3], ['    注文 def', 5]] as const) {
      const lines = wrap(line, width);
      expect(lines.length, `${JSON.stringify(line)} in ${width}`).toBeLessThanOrEqual(line.length);
      expect(lines.map((piece) => piece.trim()).join(''), `${JSON.stringify(line)} in ${width}`).toBe(line.replace(/ /g, ''));
    }
  });

  it('counts colour codes as nothing, and leaves lines that fit or a pipe (no width) alone', () => {
    expect(wrap('\u001b[31m✗ failed\u001b[39m  Payments', 18)).toEqual(['\u001b[31m✗ failed\u001b[39m  Payments']);
    expect(wrap('x '.repeat(100), undefined)).toEqual(['x '.repeat(100)]);
  });
});
