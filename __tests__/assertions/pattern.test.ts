// patternOf: a manifest's pattern is its source, or a JavaScript literal with the i flag; any
// other text of a literal's shape reads two ways and is refused.
import { describe, expect, it } from 'vitest';
import { patternOf, patternProblem } from '../../src/assertions/pattern.js';

describe('patternOf', () => {
  it.each([
    ['a source', '^v\\d+', '^v\\d+', ''],
    ['a literal with the i flag', '/error/i', 'error', 'i'],
    ['a literal with an escaped slash and a slash in a class', '/a\\/b[/]c/i', 'a\\/b[/]c', 'i'],
    ['a path with slashes inside: no literal', '/usr/local/bin', '\\/usr\\/local\\/bin', ''],
    ['a path whose last part cannot be flags: no literal', '/usr/bin', '\\/usr\\/bin', ''],
    ['a single slash', '/', '\\/', ''],
    ['an escaped slash alone', '/\\//i', '\\/', 'i'],
  ])('%s: %s', (_, text, source, flags) => {
    const pattern = patternOf(text);
    expect([pattern.source, pattern.flags]).toEqual([source, flags]);
  });

  it('reads /error/i as JavaScript does: ERROR matches', () => {
    expect(patternOf('/error/i').test('FATAL ERROR')).toBe(true);
  });

  const twoWays = (text: string, spellings: string) => `"${text}" reads two ways, as text with slashes or as a JavaScript literal: write ${spellings}`;
  it.each([
    ['a literal without flags', '/api/', `${twoWays('/api/', '"\\\\/api\\\\/" for the text with its slashes, or "api" for the pattern between them')} (the one flag a literal may have here is i, as in /api/i)`],
    ['a path whose last part could be flags', '/users/id', `${twoWays('/users/id', '"\\\\/users\\\\/id" for the text with its slashes, or "users" for the pattern between them')} (the one flag a literal may have here is i, as in /users/i)`],
    ['flags other than i alone', '/x/gi', `${twoWays('/x/gi', '"\\\\/x\\\\/gi" for the text with its slashes, or "x" for the pattern between them')} (the one flag a literal may have here is i, as in /x/i)`],
    ['a text that is no pattern either way', '/(/', 'invalid regular expression: Invalid regular expression: //(//: Unterminated group'],
    ['a source that does not compile', '(', 'invalid regular expression: Invalid regular expression: /(/: Unterminated group'],
    ['a literal whose body does not compile', '/(/i', 'invalid regular expression: Invalid regular expression: /(/i: Unterminated group'],
  ])('refuses %s', (_, text, message) => {
    expect(patternProblem(text)).toBe(message);
  });

  it('says nothing of a good pattern', () => {
    expect(patternProblem('/error/i')).toBeUndefined();
    expect(patternProblem('^2\\d\\d$')).toBeUndefined();
  });
});
