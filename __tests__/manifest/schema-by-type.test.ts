// The quick validator of valid manifests (each check against its own type's rules, see
// generateSchemaChecker in scripts/schema-validator.mjs) must say yes exactly when the full
// validator does: a manifest it lets through unchecked would run unvalidated, one it refuses
// wrongly only costs the full validation. Problems always come from the full validator.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/load.js';
import { meetsSchema, validateManifest } from '../../src/manifest/schema.js';
import { validate } from '../../src/manifest/schema-validator.generated.js';
import { ROOT } from '../helpers/cli.js';
import { prng } from '../helpers/prng.js';

/** A valid check of every type, with the optional parts that make their rules differ. */
const CHECKS: Record<string, Record<string, unknown>> = {
  http: {
    name: 'Home',
    type: 'http',
    request: { method: 'POST', url: 'https://x.test/', headers: { a: 'b' }, query: { q: 1 }, body: { a: [1] }, auth: { bearer: 't' }, tls: { insecure: true } },
    timeout: '5s',
    retry: { count: 1, interval: '1s' },
    tags: ['smoke'],
    assertions: [
      { type: 'statusCode', operator: 'is', target: 200 },
      { type: 'header', property: 'content-type', operator: 'contains', target: 'json' },
      { type: 'jsonpath', path: '$.a', operator: 'is', target: 1 },
      { type: 'header', property: 'x-gone', operator: 'doesNotExist' },
    ],
  },
  ssl: { name: 'Cert', type: 'ssl', request: { host: 'x.test', port: 443 }, assertions: [{ type: 'certificate', operator: 'isInMoreThan', target: 14 }] },
  dns: { name: 'Name', type: 'dns', request: { host: 'x.test', record_type: 'A' }, assertions: [{ type: 'recordSome', property: 'A', operator: 'is', target: '127.0.0.1' }] },
  tcp: { name: 'Port', type: 'tcp', request: { host: '127.0.0.1', port: 5432 }, assertions: [{ type: 'connection', operator: 'is', target: 'established' }] },
  udp: { name: 'Echo', type: 'udp', request: { host: '127.0.0.1', port: 9, message: 'ping' }, assertions: [{ type: 'receivedMessage', operator: 'is', target: 'ping' }] },
  icmp: { name: 'Ping', type: 'icmp', request: { host: '127.0.0.1', count: 2 }, assertions: [{ type: 'latency', property: 'avg', operator: 'lessThan', target: '1.5s' }] },
  grpc: { name: 'Health', type: 'grpc', request: { host: '127.0.0.1', port: 50051, call: 'health' }, warn_on: ['GRPC:UNAVAILABLE'] },
  websocket: { name: 'Socket', type: 'websocket', request: { url: 'ws://127.0.0.1:1/', message: 'hi' }, assertions: [{ type: 'receivedMessage', operator: 'contains', target: 'hi' }] },
  multistep: {
    name: 'Journey',
    type: 'multistep',
    cookies: false,
    steps: [
      { name: 'Log in', type: 'http', request: { url: 'https://x.test/login' }, extract: [{ name: 'TOKEN', from: 'jsonpath', path: '$.t' }] },
      { name: 'Pause', type: 'wait', duration: '1s' },
    ],
  },
};

const manifestOf = (checks: unknown[]) => ({ version: 1, defaults: { timeout: '10s' }, checks });

describe('the check-by-type validator', () => {
  it('takes a valid check of every type, alone and all together', () => {
    for (const check of Object.values(CHECKS)) expect(meetsSchema(manifestOf([check])), String(check.type)).toBe(true);
    expect(meetsSchema(manifestOf(Object.values(CHECKS)))).toBe(true);
    expect(validate(manifestOf(Object.values(CHECKS)))).toBe(true);
  });

  it('refuses, for each type, what the full validator refuses, and the problems are the full validator\'s', async () => {
    for (const [type, check] of Object.entries(CHECKS)) {
      const request = check.request as Record<string, unknown> | undefined;
      const wrong: Record<string, unknown>[] = [
        { ...check, colour: 'red' },
        { ...check, type: 'htp' },
        { ...check, name: '' },
        ...(request
          ? [
              { ...check, request: { ...request, colour: 'red' } },
              // A field of another type's request.
              { ...check, request: { ...request, [type === 'http' || type === 'websocket' ? 'host' : 'url']: 'x.test' } },
              { ...check, steps: [] },
              { ...check, assertions: [{ type: type === 'http' ? 'certificate' : 'statusCode', operator: 'is', target: 1 }] },
              { ...check, assertions: [{ type: 'header', operator: 'is', target: 'x' }] },
            ]
          : [{ ...check, request: { url: 'https://x.test/' } }, { ...check, steps: [{ name: 'x', type: 'wait' }] }]),
      ];
      for (const [i, variant] of wrong.entries()) {
        const manifest = manifestOf([CHECKS.http, variant]);
        expect(validate(manifest), `${type} #${i}`).toBe(false);
        expect(meetsSchema(manifest), `${type} #${i}`).toBe(false);
        expect((await validateManifest(manifest)).length, `${type} #${i}`).toBeGreaterThan(0);
      }
    }
  });

  it('says what and where for a wrong property of one check type, as before', async () => {
    const text = [
      'version: 1',
      'checks:',
      '  - name: Port',
      '    type: tcp',
      '    request: { host: 127.0.0.1, port: 5432, url: "http://x.test/" }',
      '  - name: Name',
      '    type: dns',
      '    request:',
      '      host: x.test',
      '      record_typ: A',
      '',
    ].join('\r\n');
    const manifest = await loadManifest({ path: path.join(ROOT, 'examples', 'by-type.yml'), displayPath: 'by-type.yml', text: `\ufeff${text}`, variables: VARIABLES });
    expect(manifest.problems).toEqual([
      { location: { file: 'by-type.yml', line: 5, column: 45 }, message: 'checks[0].request: unknown property "url" (allowed: host, port)' },
      { location: { file: 'by-type.yml', line: 10, column: 7 }, message: 'checks[1].request: unknown property "record_typ", did you mean record_type?' },
    ]);
    expect(manifest.checks.map((check) => check.invalid?.code)).toEqual(['INVALID_REQUEST', 'INVALID_REQUEST']);
  });

  it('agrees with the full validator on thousands of mutants of a manifest with every check type', () => {
    const random = prng(20261202);
    const base = manifestOf(Object.values(CHECKS));
    let refused = 0;
    for (let iteration = 0; iteration < 4000; iteration++) {
      const mutant = structuredClone(base) as unknown;
      for (let round = 1 + Math.floor(random() * 2); round > 0; round--) mutateSomewhere(mutant, random);
      const full = validate(mutant);
      if (!full) refused++;
      if (meetsSchema(mutant) !== full) throw new Error(`the validators disagree (full: ${full}) on ${JSON.stringify(mutant)}`);
    }
    // The mutations must reach refusals and acceptances both.
    expect(refused).toBeGreaterThan(1000);
    expect(refused).toBeLessThan(3900);
  });
});

const VARIABLES = { builtins: {}, inputs: {}, secretInputs: {}, env: {} };

const HOSTILE: unknown[] = [null, true, 0, -1, 1.5, '', 'x', '5s', 'http', 'wait', 'multistep', 'is', 'doesNotExist', 'statusCode', 'header', 'jsonpath', [], [1], {}, { a: 1 }, { type: 'tcp' }];
const KEYS = ['name', 'type', 'request', 'assertions', 'steps', 'cookies', 'timeout', 'duration', 'url', 'host', 'port', 'property', 'path', 'target', 'operator', 'colour', 'extract', 'method'];

/** Changes one value somewhere in `root`: replaces it, deletes it, or adds a key beside it. */
function mutateSomewhere(root: unknown, random: () => number): void {
  const containers: (Record<string, unknown> | unknown[])[] = [];
  const collect = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    containers.push(node as Record<string, unknown>);
    for (const child of Object.values(node)) collect(child);
  };
  collect(root);
  const container = containers[Math.floor(random() * containers.length)]!;
  const keys = Object.keys(container);
  const choice = random();
  if (choice < 0.2) {
    (container as Record<string, unknown>)[KEYS[Math.floor(random() * KEYS.length)]!] = structuredClone(HOSTILE[Math.floor(random() * HOSTILE.length)]);
  } else if (keys.length === 0) {
    return;
  } else if (choice < 0.4 && !Array.isArray(container)) {
    delete container[keys[Math.floor(random() * keys.length)]!];
  } else {
    (container as Record<string, unknown>)[keys[Math.floor(random() * keys.length)]!] = structuredClone(HOSTILE[Math.floor(random() * HOSTILE.length)]);
  }
}

