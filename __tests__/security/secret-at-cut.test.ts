// A secret a server echoes back into a value that is kept only in part (the 2,000-byte start of an
// excerpt or of an assertion's actual, or the 200 characters of a value in a message) is not left
// half in the reports: the cut can fall inside the secret, where masking whole secrets no longer
// finds it, so a cut end that starts a secret is masked too.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReports } from '../../src/run/write-reports.js';
import { renderSummary } from '../../src/report/summary.js';
import { checkNamed, runManifestText } from '../helpers/run.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

const SECRET = 'tok_5f3b9c2e8a7d4f1b6c0e9a2d7f4b8c1e';
const LEAK = SECRET.slice(0, 4);
/** `before` characters, the secret, then more: a cut at `before + 10` ends with its first 10 characters. */
const around = (before: number) => `${'x'.repeat(before)}${SECRET}${'y'.repeat(500)}`;

let server: Peer;

beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    if (req.url === '/json') {
      // In the JSON text of the list, the value starts after `["`: its secret ends the kept 2,000 bytes.
      res.writeHead(200, { 'content-type': 'application/json', 'x-debug': around(1990) }).end(JSON.stringify({ echo: [around(1988)], short: around(190) }));
    } else {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(around(1990));
    }
  });
});

afterAll(async () => {
  await server.close();
});

const manifest = `version: 1
checks:
  - name: echoes in values
    type: http
    request: { url: "{{ BASE_URL }}/json", headers: { authorization: "Bearer {{ TOKEN }}" } }
    assertions:
      - { type: header, property: x-debug, operator: contains, target: nothing-like-this }
      - { type: jsonpath, path: "$.echo", operator: contains, target: nothing-like-this }
      - { type: jsonpath, path: "$.short", operator: contains, target: nothing-like-this }
  - name: echoes in the body
    type: http
    request: { url: "{{ BASE_URL }}/text", headers: { authorization: "Bearer {{ TOKEN }}" } }
    assertions:
      - { type: body, operator: contains, target: nothing-like-this }
`;

describe('a secret at the cut of a kept value', () => {
  it('leaves no start of it in the outcomes, the JSON report or the summary', async () => {
    const run = await runManifestText(manifest, { baseUrl: server.url, secretInputs: { TOKEN: SECRET } });
    const values = checkNamed(run, 'echoes in values');
    const body = checkNamed(run, 'echoes in the body');
    // The values were cut where the test means them to be: each kept start ends inside the secret, masked.
    for (const assertion of [values.assertions[0]!, values.assertions[1]!, body.assertions[0]!]) {
      expect(assertion.actualTotalBytes).toBeGreaterThan(2000);
      expect(String(assertion.actual).endsWith('***')).toBe(true);
    }
    expect(body.excerpt!.endsWith('x***')).toBe(true);
    // The message shows 200 characters of $.short: they end inside the secret, before the ellipsis.
    expect(values.error!.message).toContain('***…');

    const file = path.join(mkdtempSync(path.join(tmpdir(), 'probegate-secret-cut-')), 'report.json');
    writeReports(run, { json: file });
    const report = readFileSync(file, 'utf8');
    expect(report).not.toContain(LEAK);
    expect(renderSummary(run)).not.toContain(LEAK);
    expect(JSON.stringify(run)).not.toContain(LEAK);
  });
});
