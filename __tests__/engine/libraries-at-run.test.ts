// The engine loads what its checks will ask for before running them: a JSONPath that is not plain
// ($..id, $.items[*].id) needs jsonpath-plus, which the manifest's load, seeing no script
// character, did not import. Vitest gives each test file a fresh module registry.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { jsonPathPlus, LibraryNotLoaded } from '../../src/libraries.js';
import { checkNamed, runManifestText } from '../helpers/run.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

let api: Peer;
beforeAll(async () => {
  api = await startHttpServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"items":[{"id":1},{"id":2}]}'));
});
afterAll(() => api.close());

it('loads jsonpath-plus for an http check whose JSONPath is not plain, and judges it', async () => {
  expect(() => jsonPathPlus()).toThrow(LibraryNotLoaded);
  const run = await runManifestText(`version: 1
checks:
  - name: every id
    type: http
    request: { url: "${api.url}/" }
    assertions:
      - { type: jsonpath, path: "$.items[*].id", operator: contains, target: 2 }
      - { type: jsonpath, path: "$..id", operator: contains, target: 3 }
`);
  const result = checkNamed(run, 'every id');
  expect(result.assertions.filter((a) => !a.implicit).map((a) => `${a.path}: ${a.passed}`)).toEqual(['$.items[*].id: true', '$..id: false']);
  expect(result.error).toMatchObject({ category: 'INCORRECT_ASSERTION' });
  expect(typeof jsonPathPlus().JSONPath).toBe('function');
});
