// scalarTextAt: the written text of the scalar at a problem's line and column.
import { describe, expect, it } from 'vitest';
import { scalarTextAt } from '../../src/manifest/scalar-text.js';

describe('scalarTextAt', () => {
  it.each([
    ['a double-quoted scalar, its escaped quote inside', 'url: "a\\"{{ env.X }}" # c', 1, 6, '"a\\"{{ env.X }}"'],
    ['a single-quoted scalar, its doubled quote inside', "url: 'it''s {{ env.X }}', x: 1", 1, 6, "'it''s {{ env.X }}'"],
    ['a quoted scalar over two lines (CRLF)', 'url: "a\r\n  {{ env.X }}"\r\nnext: 1', 1, 6, '"a\n  {{ env.X }}"'],
    ['a plain scalar in a block mapping, up to its comment', 'url: https://{{ env.X }}/a,b # note', 1, 6, 'https://{{ env.X }}/a,b'],
    ['a plain scalar in a flow mapping, up to the next entry', 'r: { url: https://a.example/x, m: GET }', 1, 11, 'https://a.example/x'],
    ['a block scalar, up to the next key', 'r:\n  url: >-\n    {{ env.X }}\n\n    /a\n  m: GET', 2, 8, '>-\n    {{ env.X }}\n\n    /a'],
  ])('%s', (_, text, line, column, expected) => {
    expect(scalarTextAt(text, line, column)).toBe(expected);
  });

  it.each([
    ['a flow mapping', 'r: { url: x }', 1, 4],
    ['a list item', '- name: a', 1, 1],
    ['an unclosed quote', 'url: "never closed', 1, 6],
    ['a line past the end', 'url: x', 3, 1],
    ['a column past the end of the line', 'url: x', 1, 40],
  ])('nothing where no scalar starts: %s', (_, text, line, column) => {
    expect(scalarTextAt(text, line, column)).toBeUndefined();
  });
});
