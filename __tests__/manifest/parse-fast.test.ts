// The fast reading of a manifest must agree with yaml's careful one: the same value, and the same
// start for every map and list (each check's and assertion's line:col in errors and annotations).
import { isMap, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseFast } from '../../src/manifest/parse-fast.js';

const checks = (count: number, eol = '\n') =>
  [
    '# probes',
    'version: 1',
    'defaults: { timeout: 5s, retry: { count: 2 } }',
    'checks:',
    ...Array.from({ length: count }, (_, i) => [
      `  - name: "check ${i}" # a comment`,
      '    type: http',
      `    request: { url: "http://127.0.0.1:9/${i}", headers: { x-a: 'b' } }`,
      '    assertions:',
      '      - { type: statusCode, operator: is, target: 200 }',
      '      -',
      '        type: body',
      '        operator: contains',
      `        target: ok ${i}`,
      '      - [1, 0o17, 0x1F, -2, 1e3, .5, .inf, -.Inf, .nan, ~, null, true, False, 1_000, 0b11, 2024-01-01, yes, "", \'q\']',
    ]).flat(),
    'gate:',
    '  failOn:',
    '  - TIMEOUT',
    '  warnOn: []',
    'empty:',
    'block: |',
    '  two',
    '  lines',
    '',
  ].join(eol);

/** Every map's and list's start offset, in document order, and the value, by yaml. */
function byYaml(text: string): { value: unknown; starts: number[] } {
  const document = parseDocument(text, { lineCounter: new LineCounter() });
  const starts: number[] = [];
  visit(document, {
    Node(_, node) {
      if (isMap(node) || isSeq(node)) starts.push(node.range![0]);
    },
  });
  return { value: document.toJS(), starts };
}

/** The same by parse-fast.ts, walking the value in document order. */
function byFast(text: string): { value: unknown; starts: number[] } | undefined {
  const fast = parseFast(text);
  if (!fast) return undefined;
  const starts: number[] = [];
  const walk = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    starts.push(fast.starts.get(value)!);
    for (const child of Object.values(value)) walk(child);
  };
  walk(fast.value);
  return { value: fast.value, starts };
}

describe('the fast manifest reading', () => {
  it.each([
    ['LF', checks(3)],
    ['CRLF', checks(3, '\r\n')],
    ['a flow manifest', '{ version: 1, checks: [ { name: a, type: http, request: { url: "http://x.invalid/" } } ] }\n'],
    ['comments between keys and values', 'checks:\n  # before\n  - # after the dash\n    name: a\n    request:   # here\n      # and here\n      url: x\n'],
    ['no line end at the end', 'checks: [a, {b: c}]'],
  ])('agrees with yaml on the value and every map and list start: %s', (_, text) => {
    const fast = byFast(text);
    expect(fast).toBeDefined();
    const careful = byYaml(text);
    expect(fast!.value).toEqual(careful.value);
    expect(fast!.starts).toEqual(careful.starts);
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
