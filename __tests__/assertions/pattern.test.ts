// patternOf: a manifest's pattern is its source, or a JavaScript literal with flags.
import { describe, expect, it } from 'vitest';
import { patternOf, patternProblem } from '../../src/assertions/pattern.js';

describe('patternOf', () => {
  it.each([
    ['a source', '^v\\d+', '^v\\d+', ''],
    ['a literal with flags', '/error/i', 'error', 'i'],
    ['a literal with several flags', '/^a.b$/msu', '^a.b$', 'msu'],
    ['a literal with an escaped slash and a slash in a class', '/a\\/b[/]c/i', 'a\\/b[/]c', 'i'],
    ['a path with slashes inside: no literal', '/usr/local/bin', '\\/usr\\/local\\/bin', ''],
    ['a path whose last part is no flags: no literal', '/usr/bin', '\\/usr\\/bin', ''],
    ['a single slash', '/', '\\/', ''],
  ])('%s: %s', (_, text, source, flags) => {
    const pattern = patternOf(text);
    expect([pattern.source, pattern.flags]).toEqual([source, flags]);
  });

  it('reads /error/i as JavaScript does: ERROR matches', () => {
    expect(patternOf('/error/i').test('FATAL ERROR')).toBe(true);
  });

  it.each([
    ['a literal without flags reads two ways', '/api/', '"/api/" reads two ways: write "api" for the pattern between the slashes, or "\\\\/api\\\\/" for the slashes too'],
    ['g and y mean nothing for one test', '/x/gi', '"/x/gi": flags gi cannot apply to one test (use each of i, m, s, u, v, d at most once; g and y mean nothing here)'],
    ['a flag twice', '/x/ii', '"/x/ii": flags ii cannot apply to one test (use each of i, m, s, u, v, d at most once; g and y mean nothing here)'],
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
