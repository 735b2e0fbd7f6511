// The fast reading of a manifest must agree with yaml's careful one: the same value, and the same
// start for every map and list (each check's and assertion's line:col in errors and annotations).
import { describe, expect, it } from 'vitest';
import { parseFast } from '../../src/manifest/parse-fast.js';
import { manifestOfChecks, readByYaml, walked } from '../helpers/yaml-readings.js';

const checks = (count: number, eol = '\n') => manifestOfChecks(count, eol, ['block: |', '  two', '  lines']);

describe('the fast manifest reading', () => {
  it.each([
    ['LF', checks(3)],
    ['CRLF', checks(3, '\r\n')],
    ['a flow manifest', '{ version: 1, checks: [ { name: a, type: http, request: { url: "http://x.invalid/" } } ] }\n'],
    ['comments between keys and values', 'checks:\n  # before\n  - # after the dash\n    name: a\n    request:   # here\n      # and here\n      url: x\n'],
    ['no line end at the end', 'checks: [a, {b: c}]'],
  ])('agrees with yaml on the value and every map and list start: %s', (_, text) => {
    const fast = walked(parseFast(text));
    expect(fast).toBeDefined();
    expect(fast).toEqual(readByYaml(text));
  });

  it.each([
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['an anchor and an alias', 'a: &x { b: 1 }\nc: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['a list as a key', '[x, y]: 1\n'],
    ['a map as a key', '{ x: y }: 1\n'],
    ['a syntax error', 'a: [1, 2\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a byte-order mark', '\uFEFFa: 1\n'],
    ['a # right after a closing quote', 'a: "b"#c\n'],
    ['a # right after a closing bracket', 'a: [b]#c\nd: {e: f}#g\n'],
    ['a key null', 'a:\n  null: 1\n'],
    ['a key ~', '{ ~: 1 }\n'],
    ['an escape past U+10FFFF', 'a: "\\U00110000"\n'],
    ['nesting deeper than a person writes', `${'['.repeat(70)}${']'.repeat(70)}\n`],
  ])('leaves the out-of-the-ordinary to yaml: %s', (_, text) => {
    expect(parseFast(text)).toBeUndefined();
  });
});
