// The ordinary reading of a manifest must agree with yaml's careful one on everything it takes:
// the same value and the same start for every map and list (each check's and assertion's
// line:col). Whatever it leaves goes to js-yaml (parse-fast.ts) and yaml, and a manifest loads
// with the same problems at the same line:col whichever of the three read it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest, ManifestError, type ManifestProblem } from '../../src/manifest/load.js';
import { parseFast } from '../../src/manifest/parse-fast.js';
import { parseOrdinary } from '../../src/manifest/parse-ordinary.js';
import { ROOT } from '../helpers/cli.js';
import { prng } from '../helpers/prng.js';
import { manifestOfChecks, readByYaml, walked } from '../helpers/yaml-readings.js';

const checks = (count: number, eol = '\n') => manifestOfChecks(count, eol);

describe('the ordinary manifest reading', () => {
  it.each([
    ['LF', checks(3)],
    ['CRLF', checks(3, '\r\n')],
    ['a flow manifest', '{ version: 1, checks: [ { name: a, type: http, request: { url: "http://x.invalid/" } } ] }\n'],
    ['comments between keys and values', 'checks:\n  # before\n  - # after the dash\n    name: a\n    request:   # here\n      # and here\n      url: x\n'],
    ['no line end at the end', 'checks: [a, {b: c}]'],
    ['lists in lists, and maps on the line of their dash', '- - a\n  - b\n- - - c\n- k: v\n  l:\n  - x\n  m: n\n'],
    ['an indented document, and values on the line below their key', '  a:\n    b\n  c:\n      - d\n'],
    ['quoted text with escapes', 'a: "tab\\t \\"q\\" \\\\ \\/ \\x41 \\u00e9 \\U0001F600 #not a comment"\nb: \'it\'\'s # too\'\n"c d": \'\'\n'],
    ['plain text with the characters it may hold', 'url: http://a:8080/x?y=1#z\nw: a#b c:d-e [f] {g}\nflow: { u: http://a:1/, v: a b , w: -1 }\n'],
    ['keys that look like something else, quoted', '"1": a\n\'true\': b\n"null": c\n'],
    [
      'flow maps of word keys and plain or quoted values, beside other pairs',
      '- { a: b, c: "d e", f: -1, g: ~, h: .5, i: +3, j: $.x, k: /p, "q": r, u: http://a:1/x?y#z, v: a b , w: a:b, x_y-z: 0x1F }\n- { a: "b\\"c", d:  e, f: [g], h: {i: j}, k: \'l\' }\n',
    ],
  ])('agrees with yaml on the value and every map and list start: %s', (_, text) => {
    const ordinary = walked(parseOrdinary(text));
    expect(ordinary).toBeDefined();
    expect(ordinary).toEqual(readByYaml(text));
  });

  it.each([
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a duplicate key in a flow map', '{ a: 1, "a": 2 }\n'],
    ['a duplicate plain key in a flow map', '{ a: 1, a: 2 }\n'],
    ['a boolean as a key in a flow map', '{ true: 1 }\n'],
    ['a __proto__ key in a flow map', '{ __proto__: 1 }\n'],
    ['an anchor and an alias', 'a: &x { b: 1 }\nc: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['a list as a key', '[x, y]: 1\n'],
    ['a map as a key', '{ x: y }: 1\n'],
    ['a number as a key', '1: a\n'],
    ['a boolean as a key', 'true: a\n'],
    ['a merge key', '<<: { a: 1 }\n'],
    ['a __proto__ key', '__proto__: { a: 1 }\n'],
    ['a syntax error', 'a: [1, 2\n'],
    ['a flow list over two lines', 'a: [1,\n  2]\n'],
    ['plain text over two lines', 'a: one\n  two\n'],
    ['quoted text over two lines', 'a: "one\n  two"\n'],
    ['a block scalar', 'a: |\n  two\n  lines\n'],
    ['a colon and a space in a value', 'a: b: c\n'],
    ['a key with a space before its colon', 'a : 1\n'],
    ['a trailing comma', 'a: [1, 2,]\n'],
    ['a tab', 'a:\t1\n'],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a byte-order mark', '\uFEFFa: 1\n'],
    ['an escape yaml reads otherwise or refuses', 'a: "\\N \\q"\n'],
    ['an empty document', '# nothing\n'],
    ['a line indented past its map', 'a: 1\n  b: 2\n'],
    ['nesting deeper than a person writes', `${'['.repeat(70)}${']'.repeat(70)}\n`],
  ])('leaves the out-of-the-ordinary to the others: %s', (_, text) => {
    expect(parseOrdinary(text)).toBeUndefined();
  });

  it('takes every example manifest, and the benchmark\'s', () => {
    for (const text of corpus().slice(0, examples().length)) expect(parseOrdinary(text)).toBeDefined();
    expect(parseOrdinary(checks(200))).toBeDefined();
  });

  it('agrees with yaml, or leaves the text, on thousands of mutants; so does js-yaml where both take what the ordinary reading leaves', () => {
    const random = prng(20261203);
    const manifests = corpus();
    let taken = 0;
    let takenByJsYaml = 0;
    const ITERATIONS = 4000;
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      const text = mutate(manifests[Math.floor(random() * manifests.length)]!, random);
      const read = parseOrdinary(text);
      const ordinary = walked(read);
      if (ordinary) {
        taken++;
        expect(ordinary, `mutant ${iteration}:\n${text}`).toEqual(readByYaml(text));
        expect(read!.lineStarts, `mutant ${iteration}:\n${text}`).toEqual(lineStartsOf(text));
        continue;
      }
      const fast = walked(parseFast(text));
      const careful = readByYaml(text);
      // js-yaml takes some flow collections over several lines that yaml refuses (left as it was).
      if (!fast || !careful) continue;
      takenByJsYaml++;
      expect(fast, `mutant ${iteration}:\n${text}`).toEqual(careful);
    }
    // Both readings must be reached, or the comparison proves nothing.
    expect(taken).toBeGreaterThan(ITERATIONS / 5);
    expect(takenByJsYaml).toBeGreaterThan(ITERATIONS / 50);
  });

  it('leaves to yaml a lone - in a flow, which is no scalar there (a longer run of mutants found it)', () => {
    for (const text of ['x: [a, -, b]\n', 'x: [a, -]\n', 'x: { a: - }\n']) {
      expect(parseOrdinary(text), text).toBeUndefined();
      expect(readByYaml(text), text).toBeUndefined();
    }
    expect(walked(parseOrdinary('x: [-a, a-, "-", -1]\n'))).toEqual(readByYaml('x: [-a, a-, "-", -1]\n'));
  });

  it('reads plain and quoted scalars as yaml does, wherever they end', () => {
    const texts = [
      'a: b c  \nd: e:f  # g\nh: i#j\nk: "l\\"m\\n" \nn: \'o\'\'p\' # q\n',
      'a: [b c , d:e, f#g, "h, i", \'j]\']\nk: { l: m n , "o": p:q }\n',
      'a: b :c\n',
    ];
    for (const text of texts) {
      expect(walked(parseOrdinary(text)), text).toBeDefined();
      expect(walked(parseOrdinary(text)), text).toEqual(readByYaml(text));
    }
  });
});

describe('a manifest read by each reading', () => {
  const VARIABLES = { builtins: {}, inputs: {}, secretInputs: {}, env: {} };
  const manifest = [
    'version: 1',
    'defaults: { timeout: 5s, headers: { x-token: "{{ TOKEN }}" } }',
    'checks:',
    '  - name: a',
    '    type: http',
    '    request: { url: "http://127.0.0.1:1/", methd: GET }',
    '  - name: b',
    '    type: http',
    '    request:',
    '      url: "{{ NOPE }}/x"',
    '    assertions:',
    '      - { type: statusCode, operator: contains, target: 200 }',
    '      - type: jsonpath',
    '        path: "status"',
    '        operator: is',
    '        target: ok',
    '  - { name: c, type: http, request: { url: "http://127.0.0.1:1/" }, timeout: 2h }',
  ];
  // The same manifest with a last key only js-yaml, or only yaml, reads: the lines above stay where they are.
  const variants: [string, string[]][] = [
    ['the ordinary reading', ['variables: { TOKEN: t }']],
    ['js-yaml (a block scalar)', ['variables:', '  TOKEN: |', '    t']],
    ['yaml (an anchor)', ['variables:', '  TOKEN: &t t']],
  ];
  const bom = '\uFEFF';

  async function problems(text: string): Promise<string[]> {
    const toLines = (list: readonly ManifestProblem[]) => list.map((p) => `${p.location.line}:${p.location.column} ${p.message}`);
    try {
      return toLines((await loadManifest({ path: path.join(ROOT, 'examples', 'm.yml'), displayPath: 'm.yml', text, variables: VARIABLES })).problems);
    } catch (error) {
      if (!(error instanceof ManifestError)) throw error;
      return [error.message, ...toLines(error.problems)];
    }
  }

  it('has the same problems at the same line:col, with LF and CRLF line ends', async () => {
    const expected = [
      '6:44 checks[0].request: unknown property "methd", did you mean method?',
      '10:12 checks[1].request.url: unknown variable {{ NOPE }}: give it a value, under variables: in the manifest, or in the variables input (--var NOPE=VALUE on the command line)',
      '12:39 checks[1].assertions[0].operator: statusCode does not support the operator contains (use is, isNot, lessThan, lessThanOrEqual, moreThan, moreThanOrEqual, matches, doesNotMatch)',
      '14:15 checks[1].assertions[1].path: "status" is not a JSONPath: it must start with $ (for example $.data.id)',
      '17:78 checks[2].timeout: timeout must be from 1ms to 1h, not 2h',
    ];
    for (const [name, tail] of variants) {
      for (const eol of ['\n', '\r\n']) {
        expect(await problems([...manifest, ...tail, ''].join(eol)), `${name}, ${JSON.stringify(eol)}`).toEqual(expected);
      }
    }
  });

  it('reads each variant by the reading it names', () => {
    const [ordinary, jsYaml, careful] = variants.map(([, tail]) => [...manifest, ...tail, ''].join('\n'));
    expect(parseOrdinary(ordinary!)).toBeDefined();
    expect(parseOrdinary(jsYaml!)).toBeUndefined();
    expect(parseFast(jsYaml!)).toBeDefined();
    expect(parseOrdinary(careful!)).toBeUndefined();
    expect(parseFast(careful!)).toBeUndefined();
    // A text given with its byte-order mark (not read from a file, which drops it) goes to yaml too.
    expect(parseOrdinary(bom + ordinary!)).toBeUndefined();
  });

  it('keeps line:col exact with a byte-order mark given in the text', async () => {
    const text = [...manifest, ...variants[0]![1], ''].join('\r\n');
    // yaml counts the mark as a character of line 1 only: every other position is the same.
    expect(await problems(bom + text)).toEqual(await problems(text));
  });
});

function examples(): string[] {
  return readdirSync(path.join(ROOT, 'examples'))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => readFileSync(path.join(ROOT, 'examples', name), 'utf8'));
}

/** The example manifests, then the docs' YAML blocks (some of them only a fragment), then odd shapes. */
function corpus(): string[] {
  const docs = ['README.md', 'docs/manifest.md'].flatMap((file) => [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!));
  return [...examples(), ...docs, checks(2), checks(2, '\r\n'), '- - a\n  - b: c\n    d: [e, { f: "g\\n" }]\n- \'h\'\n'];
}

/** Where each line starts, as yaml's line counter has it: 0, then after each line feed. */
function lineStartsOf(text: string): number[] {
  return [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)];
}

/** Pieces of YAML syntax, each a way to be read wrongly. */
const TOKENS = [' ', '  ', '\n', '\r\n', '#', ' #', ':', ': ', '-', '- ', '"', "'", '{', '}', '[', ']', ',', '\\', '\\n', '\\x41', '\\u00e9', '?', '!', '&a', '*a', '|', '>', '~', 'null', 'true', '1', '0x1F', '0o7', '1e3', '.5', '-1', '.inf', '__proto__', '<<', 'x y', 'http://a:1/', '%', '---', '\t', '\u00a0', '😀', "''", '""', '1_0', 'yes'];

function mutate(text: string, random: () => number): string {
  let mutant = text;
  const rounds = 1 + Math.floor(random() * 4);
  for (let round = 0; round < rounds; round++) {
    const at = Math.floor(random() * mutant.length);
    const choice = random();
    if (choice < 0.45) mutant = mutant.slice(0, at) + TOKENS[Math.floor(random() * TOKENS.length)]! + mutant.slice(at);
    else if (choice < 0.75) mutant = mutant.slice(0, at) + mutant.slice(at + 1 + Math.floor(random() * 3));
    else {
      const lines = mutant.split('\n');
      const line = Math.floor(random() * lines.length);
      lines[line] = ' '.repeat(1 + Math.floor(random() * 2)) + lines[line];
      mutant = lines.join('\n');
    }
  }
  return mutant;
}
