// The libraries loaded on first need (src/libraries.ts): a run that asked for one too early is run
// again, whatever it did with the refusal, and the engine finds every library its checks use.
// Vitest gives each test file a fresh module registry, so nothing is loaded when this file starts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ajv, jsonPathPlus, LibraryNotLoaded, librariesFor, librariesNamedIn, loadLibraries, withLibraries, yaml } from '../src/libraries.js';
import { loadManifest } from '../src/manifest/load.js';

describe('a library asked for before it is loaded', () => {
  it('is refused with LibraryNotLoaded, saying it is a bug, until loaded', async () => {
    expect(() => ajv()).toThrow(LibraryNotLoaded);
    expect(() => ajv()).toThrow('probegate used ajv before loading it; this is a bug');
    await loadLibraries(['ajv']);
    expect(typeof ajv().Ajv).toBe('function');
  });

  it('makes withLibraries load it and run the work again, even when the work swallowed the refusal', async () => {
    const runs: string[] = [];
    const result = await withLibraries(async () => {
      try {
        const parsed = yaml().parse('a: 1') as { a: number };
        runs.push('parsed');
        return `a is ${parsed.a}`;
      } catch {
        runs.push('refused');
        return 'a wrong answer the refusal led to';
      }
    });
    expect(result).toBe('a is 1');
    expect(runs).toEqual(['refused', 'parsed']);
  });

  it('makes withLibraries keep the error of a run that asked for nothing missing', async () => {
    await expect(withLibraries(async () => Promise.reject(new Error('the manifest is broken')))).rejects.toThrow('the manifest is broken');
  });
});

describe('librariesNamedIn, what a manifest loads before it is read', () => {
  it('names jsonpath-plus where a path line has a script character, ajv where the text says jsonSchema, nothing else', () => {
    expect(librariesNamedIn('- { type: jsonpath, path: "$.a[?(@.b)]", operator: exists }\n- type: jsonSchema')).toEqual(new Set(['jsonpath-plus', 'ajv']));
    expect(librariesNamedIn('- { type: statusCode, operator: is, target: 200 }')).toEqual(new Set());
  });
});

describe('librariesFor, what the engine loads before it runs checks', () => {
  it('finds jsonpath-plus for any path but a plain one and ajv for a jsonSchema assertion, however deep', () => {
    const step = { extract: [{ name: 'TOKEN', from: 'jsonpath', path: '$..token' }] };
    expect(librariesFor([{ assertions: [{ type: 'statusCode', target: 200 }] }])).toEqual(new Set());
    expect(librariesFor([{ request: { steps: [{ check: step }] } }])).toEqual(new Set(['jsonpath-plus']));
    expect(librariesFor([[], { assertions: [{ type: 'jsonSchema', target: {} }] }])).toEqual(new Set(['ajv']));
  });
});

describe('a manifest loaded before any library', () => {
  it('gets its problems located by yaml and its paths checked by jsonpath-plus, loaded on the way', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'probegate-libraries-'));
    const file = path.join(folder, 'probegate.yml');
    writeFileSync(
      file,
      `version: 1
checks:
  - name: api
    type: http
    request: { url: "http://127.0.0.1:9/" }
    assertions:
      - { type: jsonpath, path: "$.items[?(@.id)]", operator: is, target: 1 }
      - { type: statusCode, operator: is, target: "two hundred" }
`,
    );
    const manifest = await loadManifest({ path: file, variables: { builtins: {}, inputs: {}, secretInputs: {}, env: {} } });
    const lines = manifest.problems.map((p) => [p.location.line, p.message]).sort();
    expect(lines).toEqual([
      [7, expect.stringContaining('checks[0].assertions[0].path: the JSONPath "$.items[?(@.id)]" contains the script expression')],
      [8, expect.stringContaining('checks[0].assertions[1].target: ')],
    ]);
    expect(() => jsonPathPlus()).not.toThrow();
    expect(() => yaml()).not.toThrow();
  });
});
