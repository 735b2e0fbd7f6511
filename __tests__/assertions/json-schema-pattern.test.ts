// A JSON Schema's `pattern` runs in ajv, on the main thread: a backtracking one (`^(a+)+$`) on a
// hostile body would have run for years, stalling every check of the run past its deadline. It is
// tested only where its worst case is provably short for the value, else the assertion fails and
// says so; ordinary patterns are judged as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkNamed, runManifestText } from '../helpers/run.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

let service: Peer;

beforeAll(async () => {
  service = await startHttpServer((request, response) => {
    const name = request.url === '/hostile' ? `${'a'.repeat(40)}!` : request.url === '/bad' ? 'ab1' : 'abc';
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ name, tags: { [name]: 1 } }));
  });
});

afterAll(async () => {
  await service.close();
});

const check = (name: string, path: string, schema: string) => `  - name: ${name}
    type: http
    request: { url: "{{ BASE_URL }}${path}" }
    assertions: [ { type: jsonSchema, operator: is, target: ${schema} } ]`;

const BACKTRACKING = '{ type: object, properties: { name: { type: string, pattern: "^(a+)+$" } } }';
const KEYS = '{ type: object, properties: { tags: { type: object, patternProperties: { "^(a|aa)*$": { type: number } } } } }';
const PLAIN = '{ type: object, properties: { name: { type: string, pattern: "^[a-z]+$" } } }';

describe('a pattern in a JSON Schema', () => {
  it('fails, saying why, where it could backtrack without end, and judges an ordinary one', async () => {
    const run = await runManifestText(
      `version: 1
checks:
${[
  check('backtracking pattern on a hostile value', '/hostile', BACKTRACKING),
  check('backtracking patternProperties on a hostile key', '/hostile', KEYS),
  check('plain pattern, matching', '/good', PLAIN),
  check('plain pattern, not matching', '/bad', PLAIN),
].join('\n')}
`,
      { baseUrl: service.url },
    );
    for (const name of ['backtracking pattern on a hostile value', 'backtracking patternProperties on a hostile key']) {
      const result = checkNamed(run, name);
      expect(result.status).toBe('failed');
      expect(result.error!.message).toContain('could not be tested on a value of 41 characters within a bounded time');
    }
    expect(checkNamed(run, 'plain pattern, matching').status).toBe('passed');
    expect(checkNamed(run, 'plain pattern, not matching').error!.message).toContain('/name must match pattern "^[a-z]+$"');
  });
});
