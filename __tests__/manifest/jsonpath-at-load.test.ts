// A manifest whose JSONPaths have no script characters or quotes is checked without jsonpath-plus,
// and the engine is not asked to load it for plain paths: its import cost every load some 3 ms.
// Vitest gives each test file a fresh module registry, so nothing is loaded when this file starts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonQuery } from '../../src/assertions/json-query.js';
import { jsonPathPlus, librariesFor, librariesNamedIn, LibraryNotLoaded } from '../../src/libraries.js';
import { loadManifest } from '../../src/manifest/load.js';

describe('JSONPaths without script characters or quotes', () => {
  it('are checked at load, and walked at run time, with jsonpath-plus never loaded', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'probegate-plain-paths-'));
    const file = path.join(folder, 'probegate.yml');
    writeFileSync(
      file,
      `version: 1
checks:
  - name: api
    type: http
    request: { url: "http://127.0.0.1:9/" }
    assertions:
      - { type: jsonpath, path: "$.items[0].id", operator: is, target: 1 }
      - { type: jsonpath, path: "$.items[*].id", operator: contains, target: 1 }
  - name: journey
    type: multistep
    steps:
      - name: read
        type: http
        request: { url: "http://127.0.0.1:9/" }
        extract: [ { name: ID, from: jsonpath, path: "$..id" } ]
`,
    );
    const manifest = await loadManifest({ path: file, variables: { builtins: {}, inputs: {}, secretInputs: {}, env: {} } });
    expect(manifest.problems).toEqual([]);
    expect(() => jsonPathPlus()).toThrow(LibraryNotLoaded);
    // The plain path needs nothing at run time; the others make the engine load jsonpath-plus.
    expect(jsonQuery('$.items[0].id')({ items: [{ id: 1 }] })).toEqual([1]);
    expect(librariesFor([{ assertions: [{ path: '$.items[0].id' }] }])).toEqual(new Set());
    expect(librariesFor(manifest.checks)).toEqual(new Set(['jsonpath-plus']));
    expect(librariesFor([{ extract: [{ path: '$.{{ KEY }}' }] }])).toEqual(new Set(['jsonpath-plus']));
    expect(() => jsonPathPlus()).toThrow(LibraryNotLoaded);
  });

  it('are not a reason to load jsonpath-plus before the manifest is read; a script character on a path line is', () => {
    expect(librariesNamedIn('- { type: jsonpath, path: "$.a[0]", operator: is, target: 1 }')).toEqual(new Set());
    expect(librariesNamedIn('- { type: jsonpath, path: "$.a[?(@.b)]", operator: is, target: 1 }')).toEqual(new Set(['jsonpath-plus']));
    expect(librariesNamedIn('path: "$.a" # a comment')).toEqual(new Set(['jsonpath-plus']));
    expect(librariesNamedIn(`path: "$['a']"`)).toEqual(new Set(['jsonpath-plus']));
    expect(librariesNamedIn(`path: '$[''a'']'`)).toEqual(new Set(['jsonpath-plus']));
    expect(librariesNamedIn(`path: '$.a'`)).toEqual(new Set());
  });
});

describe('a JSONPath jsonpath-plus cannot read back', () => {
  it('is a problem at its line, not an error thrown out of the load', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'probegate-unreadable-path-'));
    const file = path.join(folder, 'probegate.yml');
    writeFileSync(
      file,
      `version: 1
checks:
  - name: api
    type: http
    request: { url: "http://127.0.0.1:9/" }
    assertions:
      - { type: jsonpath, path: "$['a,b']12", operator: is, target: 1 }
`,
    );
    const manifest = await loadManifest({ path: file, variables: { builtins: {}, inputs: {}, secretInputs: {}, env: {} } });
    expect(manifest.problems.map((p) => `${p.location.line}: ${p.message}`)).toEqual([
      `7: checks[0].assertions[0].path: invalid JSONPath "$['a,b']12": part of it cannot be read (quote names as $['name'] and start each next part with . or [)`,
    ]);
  });
});
