// A step extracts from the whole body, however long, not only from the excerpt's first 2,000
// bytes that a check whose assertions do not read its body keeps: a login answer with a long
// profile before its token made every later step NOTHING_EXTRACTED.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkNamed, runManifestText } from '../helpers/run.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

let app: Peer;
const seen: string[] = [];

beforeAll(async () => {
  app = await startHttpServer((request, response) => {
    seen.push(request.url ?? '');
    if (request.url === '/login') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ profile: 'x'.repeat(5000), token: 'tok-42' }));
    } else {
      response.writeHead(200, { 'content-type': 'text/plain' }).end(`${'y'.repeat(5000)} order=o-7`);
    }
  });
});

afterAll(async () => {
  await app.close();
});

describe('extraction from a long body', () => {
  it('finds a jsonpath and a body regex past the first 2,000 bytes, and sends them on', async () => {
    const run = await runManifestText(
      `version: 1
checks:
  - name: Journey
    type: multistep
    steps:
      - name: Log in
        type: http
        request: { url: "{{ BASE_URL }}/login" }
        extract: [ { name: TOKEN, from: jsonpath, path: "$.token" } ]
      - name: Order
        type: http
        request: { url: "{{ BASE_URL }}/order?token={{ TOKEN }}" }
        extract: [ { name: ORDER, from: body, regex: "order=(\\\\S+)" } ]
      - name: Read
        type: http
        request: { url: "{{ BASE_URL }}/read/{{ ORDER }}" }
`,
      { baseUrl: app.url },
    );
    expect(checkNamed(run, 'Journey')).toMatchObject({ status: 'passed', error: null });
    expect(seen).toEqual(['/login', '/order?token=tok-42', '/read/o-7']);
  });
});
