// A short secret (an env value of one or two letters) is masked wherever it appears in text, and
// never inside probegate's own words: the gate still reads a check's fail_on, and the report its
// categories. With `fail_on: [all]` masked to `***ll`, a failing check became a notice and the
// gate passed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkNamed, runManifestText } from '../helpers/run.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

let server: Peer;
beforeAll(async () => {
  server = await startHttpServer((_, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('all fine'));
});
afterAll(() => server.close());

describe('a short secret', () => {
  it.each(['a', 'al', 'T'])('%s: a failing check with its own fail_on still fails the gate, its words intact', async (value) => {
    const run = await runManifestText(
      `version: 1
checks:
  - name: one
    type: http
    fail_on: [all]
    request: { url: "${server.url}/", headers: { x-variant: "{{ env.VARIANT }}" } }
    assertions: [ { type: statusCode, operator: is, target: 503 } ]
  - name: two
    type: http
    fail_on: [INCORRECT_ASSERTION]
    request: { url: "${server.url}/", headers: { x-variant: "{{ env.VARIANT }}" } }
    assertions: [ { type: statusCode, operator: is, target: 503 } ]
`,
      { env: { VARIANT: value } },
    );
    expect(run.result).toBe('fail');
    for (const name of ['one', 'two']) {
      expect(checkNamed(run, name)).toMatchObject({ status: 'failed', error: { category: 'INCORRECT_ASSERTION', code: 'INCORRECT_ASSERTION' } });
    }
  });
});
