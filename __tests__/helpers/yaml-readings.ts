// What the manifest-reading tests compare: yaml's careful reading against a fast one, as the
// value and every map's and list's start offset in document order.
import { isMap, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { FastManifest } from '../../src/manifest/parse-fast.js';

export interface Reading {
  readonly value: unknown;
  readonly starts: number[];
}

/** yaml's reading; undefined when yaml finds an error. */
export function readByYaml(text: string): Reading | undefined {
  const document = parseDocument(text, { lineCounter: new LineCounter() });
  if (document.errors.length > 0) return undefined;
  const starts: number[] = [];
  visit(document, {
    Node(_, node) {
      if (isMap(node) || isSeq(node)) starts.push(node.range![0]);
    },
  });
  try {
    return { value: document.toJS(), starts };
  } catch {
    return undefined; // an alias without its anchor
  }
}

/** The same from a fast reading, walking the value in document order. */
export function walked(fast: FastManifest | undefined): Reading | undefined {
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

/** A manifest of `count` checks in the shapes people write, with every kind of plain scalar. */
export function manifestOfChecks(count: number, eol = '\n', tail: readonly string[] = []): string {
  return [
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
    ...tail,
    '',
  ].join(eol);
}
