// A mixed run for report tests: real checks against a loopback preview that passes, fails an
// assertion, answers 503, times out, refuses, passes on a retry, is skipped, is mistyped and
// serves an expired certificate.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunResult } from '../../src/model.js';
import { createTestPki, startTlsServer } from './pki.js';
import { runManifest, withFixedTimes } from './run-result.js';
import { closedPort, startHttpServer } from './servers.js';

export const MIXED_MANIFEST = (refusedPort: number, tlsPort: number, caFile: string) => `version: 1
defaults:
  timeout: 2s
checks:
  - name: Home page
    type: http
    request: { url: "{{ BASE_URL }}/" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
  - name: Health
    type: http
    request: { url: "{{ BASE_URL }}/api/health" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
      - { type: jsonpath, path: "$.status", operator: is, target: ok }
      - { type: responseTime, operator: lessThan, target: 5000 }
  - name: Checkout
    type: http
    request: { url: "{{ BASE_URL }}/checkout" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
  - name: Search (slow)
    type: http
    timeout: 300ms
    warn_on: [TIMEOUT]
    request: { url: "{{ BASE_URL }}/search" }
  - name: Admin API
    type: http
    request: { url: "http://127.0.0.1:${refusedPort}/admin" }
  - name: Flaky login
    type: http
    retry: { count: 1, interval: 10ms }
    request: { url: "{{ BASE_URL }}/login" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
  - name: Legacy
    type: http
    skip: true
    request: { url: "{{ BASE_URL }}/legacy" }
  - name: Typo
    type: http
    request: { url: "{{ BASE_URLL }}/" }
  - name: Certificate
    type: ssl
    request: { host: 127.0.0.1, port: ${tlsPort}, ca: "${caFile}" }
`;

/** Runs the mixed manifest against a fresh preview and returns the result with fixed times. */
export async function mixedRun(): Promise<RunResult> {
  let logins = 0;
  const preview = await startHttpServer((req, res) => {
    if (req.url === '/api/health') res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"degraded","database":"down"}');
    else if (req.url === '/checkout') res.writeHead(503, { 'content-type': 'text/html' }).end('<h1>503 Service Unavailable</h1>\n<p>upstream checkout-api timed out</p>\n');
    else if (req.url === '/search') return; // never answers
    else if (req.url === '/login') res.writeHead(++logins === 1 ? 500 : 200).end();
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Preview</h1>');
  });
  const pki = await createTestPki();
  const expired = await startTlsServer(pki.leaf('expired'));
  const dir = mkdtempSync(path.join(tmpdir(), 'probegate-ca-'));
  const caFile = path.join(dir, 'root.pem');
  writeFileSync(caFile, pki.rootPem);
  try {
    return withFixedTimes(await runManifest(MIXED_MANIFEST(await closedPort(), expired.port, caFile), { baseUrl: preview.url }));
  } finally {
    await Promise.all([preview.close(), expired.close()]);
    rmSync(dir, { recursive: true, force: true });
  }
}
