// A manifest can come from an untrusted pull request: a JSONPath filter or script expression in it
// must never run. jsonpath-plus would evaluate `[?(...)]` and `[(...)]` as JavaScript (its
// evaluator has had remote-code-execution advisories), so probegate refuses them at load and
// evaluates every path with `eval: false`.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryJson } from '../../src/assertions/http.js';
import { loadLibraries } from '../../src/libraries.js';
import { checkNamed, runManifestText } from '../helpers/run.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

const marker = path.join(mkdtempSync(path.join(tmpdir(), 'probegate-jsonpath-')), 'executed');
// Each would write the marker file, or set a global, if its expression were evaluated.
const WRITE_FILE = `$..[?(@.constructor.constructor('return process')().mainModule.require('fs').writeFileSync('${marker}', 'x'))]`;
const SET_GLOBAL = `$.items[?(globalThis.probegateJsonPathRan = true)]`;
const SCRIPT_INDEX = `$.items[(globalThis.probegateJsonPathRan = 0)]`;

let server: Peer;
beforeAll(async () => {
  await loadLibraries(['jsonpath-plus']); // as the engine does before it runs a check with a path
  server = await startHttpServer((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"items":[{"id":1},{"id":2}]}'));
});
afterAll(() => server.close());

function manifestWith(paths: string[]): string {
  const checks = paths.map(
    (jsonPath, i) => `  - name: scripted ${i}
    type: http
    request: { url: "{{ BASE_URL }}/" }
    assertions:
      - type: jsonpath
        path: ${JSON.stringify(jsonPath)}
        operator: doesNotExist`,
  );
  return `version: 1\nchecks:\n${checks.join('\n')}\n  - name: plain path\n    type: http\n    request: { url: "{{ BASE_URL }}/" }\n    assertions:\n      - { type: jsonpath, path: "$.items[1].id", operator: is, target: 2 }\n`;
}

describe('JSONPath script expressions', () => {
  it.each([
    ['a filter that would write a file', WRITE_FILE, /contains the script expression \[\?\(@\.constructor/],
    ['a filter that would set a global', SET_GLOBAL, /contains the script expression \[\?\(globalThis/],
    ['a script index that would set a global', SCRIPT_INDEX, /contains the script expression \[\(globalThis/],
  ])('%s is refused at load as INVALID_REQUEST at the line of its path, and never runs', async (_, jsonPath, message) => {
    const run = await runManifestText(manifestWith([jsonPath]), { baseUrl: server.url });
    const refused = checkNamed(run, 'scripted 0');
    expect(refused.status).toBe('failed');
    expect(refused.error?.category).toBe('INVALID_REQUEST');
    expect(refused.error?.message).toMatch(message);
    expect(refused.error?.message).toContain('probegate never evaluates');
    expect(refused.error?.message).toContain('select the value with names, indexes, slices or wildcards');
    expect(refused.check.location.line).toBe(8); // the `path:` line
    expect(checkNamed(run, 'plain path').status).toBe('passed');
    expect(existsSync(marker)).toBe(false);
    expect((globalThis as Record<string, unknown>).probegateJsonPathRan).toBeUndefined();
  });

  it('in a multistep extraction is refused at load too, and never runs', async () => {
    const run = await runManifestText(
      `version: 1
checks:
  - name: journey
    type: multistep
    steps:
      - name: read
        type: http
        request: { url: "{{ BASE_URL }}/" }
        extract: [ { name: ID, from: jsonpath, path: ${JSON.stringify(WRITE_FILE)} } ]
`,
      { baseUrl: server.url },
    );
    const refused = checkNamed(run, 'journey');
    expect(refused.error?.category).toBe('INVALID_REQUEST');
    expect(refused.error?.message).toMatch(/contains the script expression \[\?\(@\.constructor/);
    expect(refused.attempts).toBe(0);
    expect(existsSync(marker)).toBe(false);
  });

  it('is inert at run time too: evaluation throws instead of running the expression', () => {
    for (const jsonPath of [WRITE_FILE, SET_GLOBAL, SCRIPT_INDEX]) {
      expect(() => queryJson(jsonPath, { items: [{ id: 1 }] })).toThrow(/prevented in JSONPath expression/);
    }
    expect(existsSync(marker)).toBe(false);
    expect((globalThis as Record<string, unknown>).probegateJsonPathRan).toBeUndefined();
  });

  it('still selects with names, indexes, slices, wildcards and unions', () => {
    const json = { items: [{ id: 1 }, { id: 2 }, { id: 3 }], 'a(b)': 'paren' };
    expect(queryJson('$.items[1].id', json)).toBe(2);
    expect(queryJson('$.items[*].id', json)).toEqual([1, 2, 3]);
    expect(queryJson('$.items[0:2].id', json)).toEqual([1, 2]);
    expect(queryJson('$.items[0,2].id', json)).toEqual([1, 3]);
    expect(queryJson("$['a(b)']", json)).toBe('paren');
  });
});
