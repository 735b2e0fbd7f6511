// The bundle loads node:http2 (and the node:tls it requires) only when a check speaks HTTP/2:
// scripts/bundle-rewrites.mjs rewrites undici's client-h2.js, which requires it as it loads, to require it
// at its one call and to hold its constants as written. node:crypto (~5 ms of a start: the digest
// is hashed by src/sha256.ts, outputs' delimiters drawn without it) and node:zlib load on use too,
// and so do node:http and node:assert, which undici requires as it loads (lazyHttpAndAssertInUndici).
// So the built CLI and action are run here: on plain http:// checks, where none of them may load,
// on a compressed body, and on HTTP/2 ones, over TLS and cleartext, where the rewritten constants
// name the headers and the error codes.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import http from 'node:http';
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { ensureCliBundle, NODES, runCli } from '../helpers/cli.js';
import { createTestPki, startHttpsServer, type TestPki, type TlsPeer } from '../helpers/pki.js';

let dir: string;
let pki: TestPki;
let h2: TlsPeer;
let h2c: http2.Http2Server;
let h1: http.Server;

/** An HTTP/2 peer's answers: its protocol in the body, or a refused stream. */
function answer(request: http2.Http2ServerRequest, response: http2.Http2ServerResponse): void {
  if (request.url === '/refused-stream') response.stream.close(http2.constants.NGHTTP2_REFUSED_STREAM);
  else if (request.url === '/many-headers') response.writeHead(200, Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`x-header-${i}`, 'v']))).end('many');
  else response.writeHead(200, { 'x-path': request.url }).end(`over ${request.httpVersion} by ${request.headers[':authority']}`);
}

function listen<T extends http.Server | http2.Http2Server>(server: T): Promise<T> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
const portOf = (server: http.Server | http2.Http2Server) => (server.address() as AddressInfo).port;
const close = (server: http.Server | http2.Http2Server) => new Promise((resolve) => server.close(resolve));

beforeAll(async () => {
  await ensureCliBundle();
  dir = mkdtempSync(path.join(tmpdir(), 'probegate-bundle-on-use-'));
  pki = await createTestPki();
  writeFileSync(path.join(dir, 'ca.pem'), pki.rootPem);
  // The preload prints, as the process exits, which of the modules loaded on use it loaded.
  writeFileSync(path.join(dir, 'loaded.cjs'), `process.on('exit', () => process.stderr.write('loaded: ' + JSON.stringify(process.moduleLoadList.filter((m) => /^NativeModule (http2|tls|crypto|zlib|http|assert)$/.test(m))) + '\\n'));\n`);
  h2 = await startHttpsServer({ ...pki.leaf('valid'), http2: true }, answer);
  h2c = await listen(http2.createServer(answer));
  h1 = await listen(
    http.createServer((request, response) => {
      if (request.url === '/gzip') response.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('over 1.1, gzipped'));
      else response.end('over 1.1');
    }),
  );
});

afterAll(async () => {
  await Promise.all([h2?.close(), h2c && close(h2c), h1 && close(h1)]);
  rmSync(dir, { recursive: true, force: true });
});

const loadedIn = (stderr: string): string[] => {
  const loaded = /^loaded: (.*)$/m.exec(stderr);
  expect(loaded, stderr).not.toBeNull();
  return JSON.parse(loaded![1]!) as string[];
};

async function runManifest(node: string, checks: string): Promise<{ code: number | null; loaded: string[]; checks: Record<string, { status: string; protocol?: string; error: { category: string; code: string; message: string } | null }> }> {
  writeFileSync(path.join(dir, 'probegate.yml'), `version: 1\nchecks:\n${checks}`);
  const result = await runCli(['run', 'probegate.yml', '--json', 'report.json'], { cwd: dir, node, env: { NODE_OPTIONS: `--require ${path.join(dir, 'loaded.cjs')}` } });
  const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as { checks: { name: string }[] };
  return { code: result.code, loaded: loadedIn(result.stderr), checks: Object.fromEntries(report.checks.map((check) => [check.name, check])) as never };
}

describe('the built action and the modules it loads on use', () => {
  it('loads none of node:http2, node:tls, node:crypto, node:zlib, node:http and node:assert for a plain http:// check, its digest and outputs intact', async () => {
    const manifest = `version: 1\nchecks:\n  - { name: plain, type: http, request: { url: "http://127.0.0.1:${portOf(h1)}/" } }\n`;
    const run = await runAction({
      files: { '.github/probegate.yml': manifest },
      inputs: { manifest: '.github/probegate.yml', comment: 'never', 'report-path': 'report.json' },
      env: { NODE_OPTIONS: `--require ${path.join(dir, 'loaded.cjs')}` },
    });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(loadedIn(run.stderr)).toEqual([]);
    expect(run.outputs).toMatchObject({ result: 'pass', total: '1', passed: '1' });
    const report = JSON.parse(readFileSync(path.join(run.workspace, 'report.json'), 'utf8')) as { run: { manifest: { digest: string } } };
    expect(report.run.manifest.digest).toBe(`sha256:${createHash('sha256').update(manifest).digest('hex')}`);
  });
});

describe.each(NODES)('the bundle and the modules it loads on use, on %s', (_name, node) => {
  it('loads none of node:http2, node:tls, node:crypto, node:zlib, node:http and node:assert for plain http:// checks', async () => {
    const run = await runManifest(node, `  - { name: plain, type: http, request: { url: "http://127.0.0.1:${portOf(h1)}/" }, assertions: [{ type: body, operator: is, target: "over 1.1" }] }
`);
    expect(run.checks.plain).toMatchObject({ status: 'passed', protocol: 'http/1.1' });
    expect(run.loaded).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('loads node:zlib for a compressed body, and node:crypto for a bodyHash, and judges both', async () => {
    const run = await runManifest(node, `  - { name: gzip, type: http, request: { url: "http://127.0.0.1:${portOf(h1)}/gzip" }, assertions: [{ type: body, operator: is, target: "over 1.1, gzipped" }] }
  - { name: hash, type: http, request: { url: "http://127.0.0.1:${portOf(h1)}/" }, assertions: [{ type: bodyHash, property: sha256, operator: is, target: "${createHash('sha256').update('over 1.1').digest('hex')}" }] }
`);
    expect(run.checks.gzip).toMatchObject({ status: 'passed' });
    expect(run.checks.hash).toMatchObject({ status: 'passed' });
    expect(run.loaded.sort()).toEqual(['NativeModule crypto', 'NativeModule zlib']);
    expect(run.code).toBe(0);
  });

  it('speaks HTTP/2 over TLS and in cleartext, with its headers and error codes intact', async () => {
    const run = await runManifest(node, `  - name: h2 over TLS
    type: http
    request: { url: "https://localhost:${h2.port}/over-tls", tls: { ca: ca.pem } }
    assertions:
      - { type: body, operator: is, target: "over 2.0 by localhost:${h2.port}" }
      - { type: header, property: x-path, operator: is, target: /over-tls }
  - name: h2c
    type: http
    http_version: http2
    request: { url: "http://127.0.0.1:${portOf(h2c)}/cleartext" }
    assertions: [{ type: body, operator: is, target: "over 2.0 by 127.0.0.1:${portOf(h2c)}" }]
  - name: refused
    type: http
    request: { url: "https://localhost:${h2.port}/refused-stream", tls: { ca: ca.pem } }
  - name: many headers
    type: http
    request: { url: "https://localhost:${h2.port}/many-headers", tls: { ca: ca.pem } }
    assertions: [{ type: header, property: x-header-299, operator: is, target: v }]
`);
    expect(run.checks['h2 over TLS']).toMatchObject({ status: 'passed', protocol: 'h2', error: null });
    expect(run.checks.h2c).toMatchObject({ status: 'passed', protocol: 'h2', error: null });
    expect(run.checks.refused!.error).toMatchObject({ category: 'HTTP2', code: 'HTTP2' });
    expect(run.checks.refused!.error!.message).toContain('Stream closed with error code NGHTTP2_REFUSED_STREAM');
    // 300 headers, as HTTP/1.1 takes them: Node's client alone resets a stream of 128 (ENHANCE_YOUR_CALM).
    expect(run.checks['many headers']).toMatchObject({ status: 'passed', protocol: 'h2', error: null });
    // node:http2 requires node:http and node:assert itself.
    expect(run.loaded.sort()).toEqual(['NativeModule assert', 'NativeModule crypto', 'NativeModule http', 'NativeModule http2', 'NativeModule tls']);
    expect(run.code).toBe(1);
  });
});
