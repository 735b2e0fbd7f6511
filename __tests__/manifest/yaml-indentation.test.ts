// A line indented wrongly is said at that line, with what to do (src/manifest/indentation.ts):
// yaml reports an over-indented key at the value above it, one line too early, and an
// under-indented one at column 1. Neither fast reading takes such a text, so yaml's reading (and
// these words) is the only one a manifest gets.
import { describe, expect, it } from 'vitest';
import { ManifestError } from '../../src/manifest/load.js';
import { parseFast } from '../../src/manifest/parse-fast.js';
import { parseOrdinary } from '../../src/manifest/parse-ordinary.js';
import { loadManifestText } from '../helpers/run.js';

/** `line:col message` of each problem of a manifest that must not load. */
async function problems(text: string): Promise<string[]> {
  try {
    await loadManifestText(text, { baseUrl: 'http://127.0.0.1:1' });
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    expect(error.message).toMatch(/is not valid YAML$/);
    return error.problems.map((p) => `${p.location.line}:${p.location.column} ${p.message}`);
  }
  throw new Error('the manifest loaded although it is not valid YAML');
}

const HEAD = 'version: 1\nchecks:\n  - name: a\n';
const URL = '{ url: "https://x.example/" }';

const CASES: [string, string, string[]][] = [
  [
    'a key indented one more than the key above it, after a plain value',
    `${HEAD}    type: http\n     request: ${URL}\n`,
    ['5:6 YAML indentation: line 5 is indented more than `type:` above (line 4, column 5), which has its value on its line already: to put it beside `type:`, move it to column 5'],
  ],
  [
    'the same after a quoted value',
    `${HEAD}    type: "http"\n     request: ${URL}\n`,
    ['5:6 YAML indentation: line 5 is indented more than `type:` above (line 4, column 5), which has its value on its line already: to put it beside `type:`, move it to column 5'],
  ],
  [
    'a key indented less than the key above it, more than its list item',
    `${HEAD}    type: http\n   request: ${URL}\n`,
    ['5:4 YAML indentation: line 5 is indented less than `type:` above (line 4, column 5) and more than the `-` of its list item (line 3, column 3), so YAML cannot tell what it belongs to: move it to column 5 to put it beside `type:`'],
  ],
  [
    'a key between two keys of different maps',
    `${HEAD}    type: http\n    request:\n      url: "https://x.example/"\n     method: GET\n`,
    ['7:6 YAML indentation: line 7 is indented less than `url:` above (line 6, column 7) and more than `request:` (line 5, column 5), so YAML cannot tell what it belongs to: move it to column 7 to put it beside `url:`, or to column 5 to put it beside `request:`'],
  ],
  [
    'a key over-indented under its list item, and the key after it',
    `${HEAD.slice(0, -1)}\n     type: http\n     request: ${URL}\n`,
    ['4:6 YAML indentation: lines 4–5 are indented more than `name:` above (line 3, column 5), which has its value on its line already: to put them beside `name:`, move them 1 space to the left'],
  ],
  [
    'a key under-indented under its list item',
    `${HEAD}   type: http\n    request: ${URL}\n`,
    ['4:4 YAML indentation: line 4 is indented less than `name:` above (line 3, column 5) and more than the `-` of its list item (line 3, column 3), so YAML cannot tell what it belongs to: move it to column 5 to put it beside `name:`'],
  ],
  [
    'a key at the column of the list’s `-`',
    `${HEAD}    type: http\n    request: ${URL}\n  timeout: 5s\n`,
    ['6:3 YAML indentation: line 6 is at the column of the `-` of the list item above (line 3, column 3), but does not start with `- `: to start a new item, write `- ` before it; to add it to the item above, move it to column 5, beside `request:`'],
  ],
  [
    'a list item’s `-` one column right of the items above',
    `${HEAD}    type: http\n    request: ${URL}\n   - name: b\n    type: http\n    request: ${URL}\n`,
    ['6:4 YAML indentation: the `-` on line 6 is indented more than the `-` of the list item above it (line 3, column 3), and the items of a list must start at the same column: move it to column 3'],
  ],
  [
    'a whole list item two columns right, at its keys’ column',
    `${HEAD}    type: http\n    request: ${URL}\n    - name: b\n      type: http\n      request: ${URL}\n`,
    ['6:5 YAML indentation: the `-` on line 6 is indented more than the `-` of the list item above it (line 3, column 3), and the items of a list must start at the same column: move the whole item (lines 6–8) 2 spaces to the left'],
  ],
  [
    'a whole list item one column left',
    `${HEAD}    type: http\n    request: ${URL}\n - name: b\n   type: http\n   request: ${URL}\n`,
    ['6:2 YAML indentation: the `-` on line 6 is indented less than the `-` of the list item above it (line 3, column 3), and the items of a list must start at the same column: move the whole item (lines 6–8) 1 space to the right'],
  ],
  [
    'the first item of a list out of line with the next',
    `${HEAD}    type: http\n    request: ${URL}\n    assertions:\n       - { type: statusCode, operator: is, target: 200 }\n      - { type: body, operator: contains, target: ok }\n`,
    ['7:8 YAML indentation: the `-` on line 7 is indented more than the `-` of the next item of its list (line 8, column 7), and the items of a list must start at the same column: move it to column 7'],
  ],
  [
    'the first key of a map out of line with the next',
    'version: 1\ndefaults:\n   timeout: 5s\n  retry: { count: 1 }\nchecks:\n  - name: a\n    type: http\n    request: { url: "https://x.example/" }\n',
    ['3:4 YAML indentation: line 3 is indented more than `retry:` below it (line 4, column 3), and the keys of a map must start at the same column: to put it beside `retry:`, move it to column 3'],
  ],
  [
    'a key less indented than the keys around it',
    'version: 1\ndefaults:\n  timeout: 5s\nretry: { count: 1 }\n  fail_on: [all]\nchecks:\n  - name: a\n    type: http\n    request: { url: "https://x.example/" }\n',
    ['4:1 YAML indentation: line 4 is indented less than the lines above and below it (lines 3 and 5, column 3), and the keys of a map must start at the same column: to put it beside `fail_on:`, move it to column 3'],
  ],
  [
    'the first line of the manifest indented',
    ` version: 1\nchecks:\n  - name: a\n    type: http\n    request: ${URL}\n`,
    ['1:2 YAML indentation: line 1 is indented more than `checks:` below (line 2, column 1), and the top-level keys must start at the same column: move it to column 1'],
  ],
  [
    'a line indented with a tab',
    `${HEAD}    type: http\n\trequest: ${URL}\n`,
    ['5:1 YAML indentation: line 5 is indented with a tab, and YAML allows only spaces there: indent it with spaces (to column 5, as `type:` on line 4)'],
  ],
  [
    'a tab after spaces',
    `${HEAD}    type: http\n    \trequest: ${URL}\n`,
    ['5:5 YAML indentation: line 5 is indented with a tab, and YAML allows only spaces there: indent it with spaces (to column 5, as `type:` on line 4)'],
  ],
  [
    'a line under a block scalar, less indented than its text',
    `${HEAD}    type: http\n    request:\n      url: "https://x.example/"\n      body: |\n        line one\n\n          deeper: 1\n       method: POST\n`,
    ['11:8 YAML indentation: line 11 is indented more than `body:` above (line 7, column 7): to put it beside `body:`, move it to column 7'],
  ],
  [
    'two mistakes in two checks, each said',
    `${HEAD}    type: http\n     request: ${URL}\n  - name: b\n    type: http\n   request: ${URL}\n`,
    [
      '5:6 YAML indentation: line 5 is indented more than `type:` above (line 4, column 5), which has its value on its line already: to put it beside `type:`, move it to column 5',
      '8:4 YAML indentation: line 8 is indented less than `type:` above (line 7, column 5) and more than the `-` of its list item (line 6, column 3), so YAML cannot tell what it belongs to: move it to column 5 to put it beside `type:`',
    ],
  ],
  [
    'a duplicate key before a wrongly indented line: both, each at its line',
    'version: 1\nchecks:\n  - name: A\n    name: B\n    type: http\n     request: { url: "https://x.example/" }\n',
    [
      '4:5 YAML syntax: Map keys must be unique (this key appears twice in the same map: keep one)',
      '6:6 YAML indentation: line 6 is indented more than `type:` above (line 5, column 5), which has its value on its line already: to put it beside `type:`, move it to column 5',
    ],
  ],
];

describe('a wrongly indented line', () => {
  it.each(CASES)('is said at that line, with what to do: %s', async (_, text, expected) => {
    expect(await problems(text)).toEqual(expected);
  });

  it.each(CASES)('is left to yaml by both fast readings: %s', (_, text) => {
    expect(parseOrdinary(text)).toBeUndefined();
    expect(parseFast(text)).toBeUndefined();
  });

  it.each(CASES)('is said at the same line and column with CRLF line ends: %s', async (_, text, expected) => {
    expect(await problems(text.replace(/\n/g, '\r\n'))).toEqual(expected);
  });

  it('says the first 20 of many, then what yaml finds past them', async () => {
    const check = (i: number) => `  - name: c${i}\n\ttype: http\n    request: { url: "https://x.example/${i}" }\n`;
    const said = await problems(`version: 1\nchecks:\n${Array.from({ length: 25 }, (_, i) => check(i)).join('')}`);
    expect(said.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, i) => `${4 + 3 * i}:1 YAML indentation: line ${4 + 3 * i} is indented with a tab, and YAML allows only spaces there: indent it with spaces (to column 5, as \`name:\` on line ${3 + 3 * i})`));
    expect(said[20]).toBe('64:1 YAML syntax: Tabs are not allowed as indentation');
  });

  it('leaves the other syntax errors as yaml says them', async () => {
    expect(await problems(`${HEAD}    type: [http\n`)).toEqual(['5:1 YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]']);
    expect(await problems(`${HEAD}    type: "http\n`)).toEqual(['5:1 YAML syntax: Missing closing "quote']);
    expect(await problems(`${HEAD}    name: b\n`)).toEqual(['4:5 YAML syntax: Map keys must be unique (this key appears twice in the same map: keep one)']);
  });

  it('leaves a block scalar’s own indentation alone', async () => {
    const manifest = await loadManifestText(`${HEAD}    type: http\n    request:\n      url: "https://x.example/"\n      method: POST\n      body: |\n        {\n           "a": 1\n        }\n`);
    expect(manifest.problems).toEqual([]);
  });
});
