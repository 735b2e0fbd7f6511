// plainValue spells YAML 1.2's core null and booleans out as comparisons: it must read exactly
// what the NULL and BOOL patterns (which parse-fast.ts gives js-yaml) read, and nothing more.
import { describe, expect, it } from 'vitest';
import { BOOL, NULL, plainValue } from '../../src/manifest/core-scalars.js';

/** Every upper and lower case spelling of a word. */
function casings(word: string): string[] {
  return [...word].reduce<string[]>((spellings, char) => spellings.flatMap((s) => [s + char.toLowerCase(), s + char.toUpperCase()]), ['']);
}

describe('plainValue', () => {
  it('reads null and booleans as the core schema patterns do, in every casing and near miss', () => {
    const words = ['null', 'true', 'false'].flatMap((word) => [...casings(word), `${word}x`, word.slice(1), ` ${word}`, `${word} `]);
    const texts = [...words, '~', '~~', '~ ', 'n', 'N', 't', 'T', 'f', 'F', 'nu', 'type', 'target', 'name', 'text', 'fail_on'];
    for (const text of texts) {
      const expected = NULL.test(text) ? null : BOOL.test(text) ? text[0] === 't' || text[0] === 'T' : text;
      expect(plainValue(text), JSON.stringify(text)).toBe(expected);
    }
  });
});
