// A fuzzer for the manifest loader: a seeded PRNG mutates the valid manifests of examples/ and of
// the docs (byte flips, deleted and duplicated lines, shifted indentation, values swapped for
// hostile ones) a few thousand times, in-process. The loader may refuse a mutant, but only with a
// ManifestError whose every problem has file:line:col; anything else thrown is a crash.
// Reproduce a failure with FUZZ_SEED=<seed printed> (and FUZZ_ITERATIONS).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest, ManifestError, type ManifestProblem } from '../../src/manifest/load.js';
import { ROOT } from '../helpers/cli.js';
import { prng } from '../helpers/prng.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const ITERATIONS = Number(process.env.FUZZ_ITERATIONS ?? 2000);

/** The YAML manifests in examples/ and in the docs' ```yaml blocks that declare `checks:`. */
function corpus(): string[] {
  const examples = readdirSync(path.join(ROOT, 'examples'))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => readFileSync(path.join(ROOT, 'examples', name), 'utf8'));
  const docs = ['README.md', 'docs/manifest.md'].flatMap((file) =>
    [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((text) => /^\s*(checks|version):/m.test(text)),
  );
  return [...examples, ...docs, EVERY_FEATURE];
}

/** Every part of the manifest at once, so that mutations reach all of the loader. */
const EVERY_FEATURE = `version: 1
defaults:
  timeout: 10s
  overall_timeout: 20s
  retry: { count: 1, interval: 500ms }
  http_version: any
  follow_redirects: true
  headers: { user-agent: probegate }
  fail_on: [all]
variables:
  API: "{{ BASE_URL }}/api"
  TOKEN: "{{ env.API_TOKEN }}"
ready:
  url: "{{ BASE_URL }}/"
  timeout: 5m
  interval: 5s
  assertions:
    - { type: body, operator: contains, target: "{{ SHA }}" }
gate:
  warn_on: [TIMEOUT:READY_TIMEOUT, SSL:CERT_HAS_EXPIRED]
checks:
  - name: Home
    id: home
    type: http
    request: { method: POST, url: "{{ API }}/items", headers: { authorization: "Bearer {{ TOKEN }}" }, query: { q: 1 }, body: { a: [1, 2] } }
    fail_on: [SSL]
    assertions:
      - { type: statusCode, operator: is, target: 200 }
      - { type: responseTime, operator: lessThan, target: 800ms }
      - { type: header, property: content-type, operator: contains, target: json }
      - { type: jsonpath, path: "$.items[0].id", operator: moreThan, target: 3 }
      - { type: bodyHash, property: sha256, operator: isNot, target: abc }
      - { type: jsonSchema, operator: is, target: { type: object, required: [items] } }
      - { type: body, operator: matches, target: "^[{]" }
  - { name: Cert, type: ssl, request: { host: example.invalid, port: 443 }, assertions: [{ type: certificate, operator: isInMoreThan, target: 14 }] }
  - { name: Name, type: dns, request: { host: example.invalid, record_type: A }, assertions: [{ type: recordSome, property: A, operator: is, target: 127.0.0.1 }] }
  - { name: Port, type: tcp, request: { host: 127.0.0.1, port: 5432 }, assertions: [{ type: connection, operator: is, target: established }] }
  - { name: Echo, type: udp, request: { host: 127.0.0.1, port: 9, message: ping }, assertions: [{ type: receivedMessage, operator: is, target: ping }] }
  - { name: Ping, type: icmp, request: { host: 127.0.0.1, count: 2 }, assertions: [{ type: latency, property: avg, operator: lessThan, target: 1.5s }] }
  - { name: Health, type: grpc, request: { host: 127.0.0.1, port: 50051, call: health }, warn_on: [GRPC:UNAVAILABLE] }
  - { name: Socket, type: websocket, request: { url: "ws://127.0.0.1:1/", message: hi }, assertions: [{ type: receivedMessage, operator: contains, target: hi }] }
  - { name: Later, type: http, skip: true, request: { url: "{{ BASE_URL }}/later" } }
`;

const HOSTILE = [
  '~', '[]', '{}', '[~]', '[[[[[[', '{{ constructor }}', '"{{ toString }}"', '"{{ __proto__ }}"', '"{{ env.NOPE }}"', '*nowhere', '&a [*a]',
  '1e400', '-1', '0', '123456789012345678901234567890', '1000h', '0.5ms', '"\\r\\nX-Injected: 1"', '"\\u0000"', 'true', '"(unclosed"',
  '"$.a["', 'SSL:CERT_EXPIRED', '[SSL:CERT_EXPIRED]', '[TIMEOUT:READY]', 'isInMoreThan', 'sha999', '{ type: 12 }', '"800ms"', '"1.5s"', '? [a, b]',
  '!!binary AAAA', '!!js/function x', '<<: *nowhere', '"\\ud800"', "'", '"', '|', '>', '- - -', ': :', '%YAML 1.1',
];

type Mutation = (lines: string[], random: () => number) => string[];
const pick = <T,>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)]!;
const at = (lines: string[], random: () => number) => Math.floor(random() * lines.length);

const MUTATIONS: Record<string, Mutation> = {
  flipByte: (lines, random) => {
    const i = at(lines, random);
    const line = lines[i]!;
    if (!line) return lines;
    const j = Math.floor(random() * line.length);
    const chars = ' -:[]{},&*!|>\'"#%@`~?\t\r\0\ufeff\u2028xX09';
    return lines.with(i, line.slice(0, j) + pick([...chars], random) + line.slice(j + 1));
  },
  deleteLine: (lines, random) => lines.toSpliced(at(lines, random), 1),
  duplicateLine: (lines, random) => {
    const i = at(lines, random);
    return lines.toSpliced(i, 0, lines[i]!);
  },
  indent: (lines, random) => {
    const i = at(lines, random);
    const shift = pick([-4, -2, -1, 1, 2, 4], random);
    const line = lines[i]!;
    return lines.with(i, shift > 0 ? ' '.repeat(shift) + line : line.replace(new RegExp(`^ {0,${-shift}}`), ''));
  },
  swapValue: (lines, random) => {
    const candidates = lines.map((line, i) => ({ line, i })).filter(({ line }) => /:\s*\S/.test(line));
    if (candidates.length === 0) return lines;
    const { line, i } = pick(candidates, random);
    const colons = [...line.matchAll(/:\s+/g)];
    const colon = pick(colons.length ? colons : [{ index: line.indexOf(':'), 0: ':' } as RegExpMatchArray], random);
    const start = colon.index! + colon[0].length;
    const rest = line.slice(start);
    const end = /^[^,}\]]*/.exec(rest)![0].length;
    return lines.with(i, line.slice(0, start) + pick(HOSTILE, random) + rest.slice(end));
  },
  swapLines: (lines, random) => {
    const i = at(lines, random);
    const j = at(lines, random);
    return lines.with(i, lines[j]!).with(j, lines[i]!);
  },
};

function mutate(text: string, random: () => number): string {
  let lines = text.split('\n');
  const rounds = 1 + Math.floor(random() * 3);
  for (let round = 0; round < rounds; round++) lines = pick(Object.values(MUTATIONS), random)(lines, random);
  return lines.join('\n');
}

const VARIABLES = { builtins: { BASE_URL: 'http://127.0.0.1:1', SHA: 'abc123', PR_NUMBER: '7', REPOSITORY: 'o/r' }, inputs: {}, secretInputs: {}, env: { API_TOKEN: 't' } };

function badLocation(problem: ManifestProblem, lineCount: number): boolean {
  const { file, line, column } = problem.location;
  return !file || !Number.isInteger(line) || !Number.isInteger(column) || line < 1 || column < 1 || line > lineCount + 1;
}

describe('manifest fuzzer', () => {
  it(`never crashes the loader and locates every problem (seed ${SEED}, ${ITERATIONS} mutants)`, async () => {
    const manifests = corpus();
    expect(manifests.length).toBeGreaterThanOrEqual(4);
    expect((await loadManifest({ path: path.join(ROOT, 'examples', 'fuzzed.yml'), text: EVERY_FEATURE, variables: VARIABLES })).problems).toEqual([]);
    const random = prng(SEED);
    const manifestPath = path.join(ROOT, 'examples', 'fuzzed.yml');
    let refused = 0;
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      const text = mutate(pick(manifests, random), random);
      const lineCount = text.split('\n').length;
      const context = () => `seed ${SEED}, mutant ${iteration} (FUZZ_SEED=${SEED}); the mutant:\n${text}`;
      let problems: readonly ManifestProblem[];
      try {
        problems = (await loadManifest({ path: manifestPath, displayPath: 'fuzzed.yml', text, variables: VARIABLES })).problems;
      } catch (error) {
        if (!(error instanceof ManifestError)) throw new Error(`the loader crashed: ${(error as Error)?.stack ?? String(error)}\n${context()}`);
        problems = error.problems;
        refused++;
      }
      const unlocated = problems.filter((problem) => badLocation(problem, lineCount));
      if (unlocated.length > 0) throw new Error(`problems without file:line:col: ${JSON.stringify(unlocated)}\n${context()}`);
    }
    // The mutations must reach the loader's error paths, not only its happy one.
    expect(refused).toBeGreaterThan(ITERATIONS / 10);
  }, 120_000);
});
