// Hostile and careless manifests: the loader never crashes, every problem has file:line:col,
// and `validate` finds at load what `run` would refuse or misjudge.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest, ManifestError, type Manifest, type ManifestProblem } from '../../src/manifest/load.js';
import { loadManifestText } from '../helpers/run.js';

/** The problems a manifest has, whether it loads (problems confined to checks) or not; anything else thrown fails the test. */
async function problemsOf(yaml: string): Promise<{ fatal: boolean; problems: readonly ManifestProblem[]; manifest?: Manifest }> {
  try {
    const manifest = await loadManifestText(yaml, { baseUrl: 'http://127.0.0.1:1' });
    return { fatal: false, problems: manifest.problems, manifest };
  } catch (error) {
    if (error instanceof ManifestError) return { fatal: true, problems: error.problems };
    throw error;
  }
}

const lines = (problems: readonly ManifestProblem[]) => problems.map((p) => `${p.location.line}:${p.location.column} ${p.message}`);
const HTTP = 'type: http, request: { url: "http://127.0.0.1:1/" }';

describe('hostile manifests never crash the loader', () => {
  const deep = `version: 1\nchecks:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(2 + i * 2)}-`).join('\n')} x\n`;
  const laughs = ['version: 1', 'variables:', '  a: &a [x, x, x, x, x, x, x, x, x]', '  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', '  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', '  d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', '  e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]', 'checks:', `  - { name: a, ${HTTP} }`, ''].join('\n');
  const cases: [string, string, RegExp, number][] = [
    ['checks: [~]', 'version: 1\nchecks: [~]\n', /checks\[0\]: must be an object/, 2],
    ['assertions: [~]', `version: 1\nchecks:\n  - { name: a, ${HTTP}, assertions: [~] }\n`, /checks\[0\]\.assertions\[0\]: must be an object/, 3],
    ['{{ constructor }} in a string', `version: 1\nchecks:\n  - { name: a, type: http, request: { url: "http://x/{{ constructor }}" } }\n`, /unknown variable \{\{ constructor \}\}/, 3],
    ['{{ toString }} in a string', `version: 1\nchecks:\n  - { name: a, type: http, request: { url: "http://x/{{ toString }}" } }\n`, /unknown variable \{\{ toString \}\}/, 3],
    ['{{ __proto__ }} in a string', `version: 1\nchecks:\n  - { name: a, type: http, request: { url: "http://x/{{ __proto__ }}" } }\n`, /unknown variable \{\{ __proto__ \}\}/, 3],
    ['a self-referencing alias', `version: 1\nchecks:\n  - &c { name: a, ${HTTP}, assertions: [*c] }\n`, /the alias \*c is inside the node it refers to/, 3],
    ['an unresolved alias', `version: 1\nchecks:\n  - { name: a, type: http, request: { url: *nowhere } }\n`, /the alias \*nowhere has no anchor &nowhere before it/, 3],
    ['too many alias expansions (billion laughs)', laughs, /aliases expand to more than 100 copies/, 4],
    ['a 3,000-deep block sequence', deep, /nested too deeply/, -1],
    ['duplicate keys', `version: 1\nchecks:\n  - name: a\n    name: b\n    ${HTTP.replace(', ', '\n    ')}\n`, /Map keys must be unique \(this key appears twice/, 4],
    ['a key that is a list', `version: 1\nchecks:\n  - name: a\n    ? [x, y]\n    : 1\n`, /a key must be text, not a map or a list/, 4],
    ['a huge number as a timeout', `version: 1\nchecks:\n  - { name: a, ${HTTP}, timeout: 1e400 }\n`, /timeout must be from 1ms to 1h/, 3],
    ['a huge retry count', `version: 1\nchecks:\n  - { name: a, ${HTTP}, retry: { count: 1e400 } }\n`, /retry\.count: must be (an integer|<= 10)/, 3],
    ['a huge port', `version: 1\nchecks:\n  - { name: a, type: tcp, request: { host: 127.0.0.1, port: 123456789012345678901234567890 } }\n`, /port|must be <= 65535/, 3],
    ['a huge target', `version: 1\nchecks:\n  - { name: a, ${HTTP}, assertions: [{ type: responseTime, operator: lessThan, target: 1e400 }] }\n`, /is not a time/, 3],
    ['an assertion type named like a property of every object', `version: 1\nchecks:\n  - name: a\n    ${HTTP.replace(', ', '\n    ')}\n    assertions: [{ type: constructor, operator: is, target: 1 }]\n`, /assertions\[0\]\.type: must be one of/, 6],
    ['an assertion type named toString in a step', `version: 1\nchecks:\n  - name: a\n    type: multistep\n    steps:\n      - { name: s, ${HTTP}, assertions: [{ type: toString, operator: is, target: 1 }] }\n`, /assertions\[0\]\.type: must be one of/, 6],
    ['a prototype key among the variables', `version: 1\nvariables:\n  __proto__: http://127.0.0.1:1\nchecks:\n  - { name: a, type: http, request: { url: "{{ __proto__ }}/" } }\n`, /^$/, 0],
  ];
  it.each(cases)('%s', async (_, yaml, says, line) => {
    const { problems } = await problemsOf(yaml);
    if (line === 0) {
      expect(lines(problems)).toEqual([]);
      return;
    }
    expect(problems.length, lines(problems).join('\n')).toBeGreaterThan(0);
    const matching = problems.find((p) => says.test(p.message));
    expect(matching, lines(problems).join('\n')).toBeDefined();
    // -1: where the parser gave up, somewhere down the nesting.
    if (line > 0) expect(matching!.location.line).toBe(line);
    for (const problem of problems) expect(problem.location.column).toBeGreaterThanOrEqual(1);
  });

  it('does not let a __proto__ key change any object of the process', async () => {
    await problemsOf(`version: 1\n__proto__: { polluted: yes }\nvariables: { __proto__: { polluted: yes } }\nchecks:\n  - { name: a, ${HTTP} }\n`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('validate finds what run would refuse', () => {
  const cases: [string, string, string][] = [
    ['CR/LF in a header value', `headers: { x-trace: "a\\r\\nInjected: yes" }`, 'checks[0].request.headers.x-trace: a header value cannot contain a line break (CR or LF) or a NUL byte'],
    ['a header name with a space', `headers: { "x trace": a }`, 'checks[0].request.headers.x trace: "x trace" is not a valid header name'],
    ['a header name with CR/LF', `headers: { "x\\r\\ny": a }`, 'is not a valid header name'],
  ];
  it.each(cases)('%s in a request', async (_, headers, message) => {
    const { problems, manifest } = await problemsOf(`version: 1\nchecks:\n  - name: a\n    type: http\n    request: { url: "http://127.0.0.1:1/", ${headers} }\n`);
    expect(lines(problems)).toEqual([expect.stringContaining(message)]);
    expect(problems[0]!.location.line).toBe(5);
    expect(manifest!.checks[0]!.invalid).toMatchObject({ category: 'INVALID_REQUEST' });
  });

  it('CR/LF in a header inherited from defaults is reported at the defaults line', async () => {
    const { problems } = await problemsOf(`version: 1\ndefaults:\n  headers: { x-a: "1\\n2" }\nchecks:\n  - { name: a, ${HTTP} }\n`);
    expect(lines(problems)).toEqual([expect.stringMatching(/^3:\d+ checks\[0\]\.request\.headers\.x-a: a header value cannot contain a line break/)]);
  });

  const assertions: [string, string, string][] = [
    ['an invalid inline JSON Schema', '{ type: jsonSchema, operator: is, target: { type: 12 } }', 'checks[0].assertions[0].target: not a valid JSON Schema: schema is invalid: data/type must be equal to one of the allowed values'],
    ['an unknown hash algorithm', '{ type: bodyHash, property: sha999, operator: is, target: abc }', 'checks[0].assertions[0].property: "sha999" is not a hash algorithm Node knows (use md5, sha1 or sha256)'],
    ['a JSONPath syntax error', '{ type: jsonpath, path: "$.items[0", operator: is, target: 1 }', 'checks[0].assertions[0].path: "$.items[0" is not a JSONPath: a missing ]'],
    ['a JSONPath that does not start at $', '{ type: jsonpath, path: "items", operator: is, target: 1 }', 'checks[0].assertions[0].path: "items" is not a JSONPath: it must start with $'],
    ['a bad regex', '{ type: body, operator: matches, target: "(unclosed" }', 'checks[0].assertions[0].target: invalid regular expression: Invalid regular expression: /(unclosed/: Unterminated group'],
    ['an operator the type does not support', '{ type: statusCode, operator: isInMoreThan, target: 200 }', 'checks[0].assertions[0].operator: statusCode does not support the operator isInMoreThan (use is, isNot, lessThan, lessThanOrEqual, moreThan, moreThanOrEqual, matches, doesNotMatch)'],
    ['a status code out of range', '{ type: statusCode, operator: is, target: 2000 }', 'checks[0].assertions[0].target: 2000 is not an HTTP status code (a whole number from 100 to 599; use matches for a pattern such as ^2)'],
    ['a status code that is a word', '{ type: statusCode, operator: is, target: OK }', 'checks[0].assertions[0].target: "OK" is not an HTTP status code'],
    ['a word where numbers are compared', '{ type: jsonpath, path: "$.n", operator: moreThan, target: many }', 'checks[0].assertions[0].target: moreThan compares numbers: "many" is not a number'],
    ['a time that is no duration', '{ type: responseTime, operator: lessThan, target: fast }', 'checks[0].assertions[0].target: "fast" is not a time: give milliseconds (800) or a duration (800ms, 1.5s)'],
    ['a timeout over the documented bound', '', 'checks[0].timeout: timeout must be from 1ms to 1h, not 1000h'],
  ];
  it.each(assertions)('%s', async (name, assertion, message) => {
    const extra = assertion ? `    assertions:\n      - ${assertion}\n` : '    timeout: 1000h\n';
    const { problems } = await problemsOf(`version: 1\nchecks:\n  - name: a\n    type: http\n    request: { url: "http://127.0.0.1:1/" }\n${extra}`);
    expect(lines(problems), name).toEqual([expect.stringContaining(message)]);
    expect(problems[0]!.location.line).toBe(assertion ? 7 : 6);
  });

  it('takes 800ms and 1.5s as times in milliseconds, and numeric text as numbers', async () => {
    const { problems, manifest } = await problemsOf(`version: 1
checks:
  - name: a
    type: http
    request: { url: "http://127.0.0.1:1/" }
    assertions:
      - { type: responseTime, operator: lessThan, target: 800ms }
      - { type: responseTime, operator: lessThan, target: 1.5s }
      - { type: responseTime, operator: lessThan, target: 250 }
      - { type: statusCode, operator: is, target: "204" }
      - { type: statusCode, operator: matches, target: "^2" }
      - { type: jsonpath, path: "$.n", operator: moreThanOrEqual, target: "3" }
`);
    expect(problems).toEqual([]);
    expect(manifest!.checks[0]!.assertions.map((a) => a.target)).toEqual([800, 1500, 250, 204, '^2', 3]);
  });

  it('bounds ready.timeout and ready.interval, and checks ready assertions as an http check', async () => {
    const { fatal, problems } = await problemsOf(`version: 1
ready:
  url: "http://127.0.0.1:1/"
  timeout: 1000h
  interval: 1ms
  assertions: [{ type: body, operator: moreThan, target: "{{ SHA }}" }]
checks:
  - { name: a, ${HTTP} }
`);
    expect(fatal).toBe(true);
    expect(lines(problems)).toEqual([
      '4:12 ready.timeout: ready.timeout must be from 1ms to 6h, not 1000h',
      '5:13 ready.interval: ready.interval must be from 100ms to 10m, not 1ms',
      expect.stringMatching(/^6:\d+ ready\.assertions\[0\]\.operator: body does not support the operator moreThan/),
    ]);
  });
});

describe('encodings', () => {
  const text = `version: 1\nchecks:\n  - name: a\n    type: http\n    request: { url: "http://127.0.0.1:1/", methd: GET }\n`;
  async function loadBytes(bytes: Buffer): Promise<{ problems: readonly ManifestProblem[]; message?: string }> {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'probegate-enc-')), 'probegate.yml');
    writeFileSync(file, bytes);
    try {
      const manifest = await loadManifest({ path: file, displayPath: 'm.yml', variables: { builtins: {}, inputs: {}, secretInputs: {}, env: {} } });
      return { problems: manifest.problems };
    } catch (error) {
      if (!(error instanceof ManifestError)) throw error;
      return { problems: error.problems, message: error.message };
    }
  }
  const expected = ['5:44 checks[0].request: unknown property "methd", did you mean method?'];

  it('reads UTF-8 with a byte-order mark and CRLF line ends at the exact line and column', async () => {
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, '\r\n'))]);
    expect(lines((await loadBytes(crlf)).problems)).toEqual(expected);
    expect(lines((await loadBytes(Buffer.from(text))).problems)).toEqual(expected);
  });

  it('decodes UTF-16 with a byte-order mark, little- and big-endian', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(lines((await loadBytes(le)).problems)).toEqual(expected);
    const be = Buffer.from(le);
    be.swap16();
    expect(lines((await loadBytes(be)).problems)).toEqual(expected);
  });

  it('says clearly when the file is not UTF-8 text', async () => {
    for (const bytes of [Buffer.from(text, 'utf16le'), Buffer.from([0x76, 0x65, 0x72, 0xff, 0xfe, 0x0a])]) {
      const { message, problems } = await loadBytes(bytes);
      expect(message).toBe('m.yml: the file is not UTF-8 text (nor UTF-16 with a byte-order mark): save it as UTF-8');
      expect(lines(problems)).toEqual(['1:1 the file is not UTF-8 text (nor UTF-16 with a byte-order mark): save it as UTF-8']);
    }
  });
});
