import http2 from 'node:http2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPki, startHttpsServer, type TestPki, type TlsPeer } from '../helpers/pki.js';
import { checkNamed, runManifestText } from '../helpers/run.js';
import type { RunResult } from '../../src/model.js';

let pki: TestPki;
let h2: TlsPeer;
let h1Only: TlsPeer;
// Node's server refuses to send a header block over 64 KiB unless told otherwise.
let bigHeaders: http2.Http2SecureServer;
let bigHeadersUrl: string;

beforeAll(async () => {
  pki = await createTestPki();
  h2 = await startHttpsServer({ ...pki.leaf('valid'), http2: true }, (req, res) => {
    const response = res as http2.Http2ServerResponse;
    if (req.url === '/big') {
      response.writeHead(200);
      const chunk = Buffer.alloc(1024 * 1024, 98);
      for (let i = 0; i < 12; i++) response.write(chunk);
      response.end();
    } else if (req.url === '/refused-stream') {
      response.stream.close(http2.constants.NGHTTP2_REFUSED_STREAM);
    } else if (req.url === '/goaway') {
      response.stream.session?.goaway(http2.constants.NGHTTP2_INTERNAL_ERROR);
      response.stream.session?.destroy();
    } else if (req.url === '/cancelled') {
      response.writeHead(200, { 'content-length': '1000' });
      response.write('x'.repeat(100), () => response.stream.close(http2.constants.NGHTTP2_CANCEL));
    } else {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end(`over ${req.httpVersion}`);
    }
  });
  h1Only = await startHttpsServer(pki.leaf('valid'));
  const { chain = [], ...leaf } = pki.leaf('valid');
  bigHeaders = http2.createSecureServer({ ...leaf, cert: [leaf.cert, ...chain].join(''), maxSendHeaderBlockLength: 1024 * 1024 }, (req, res) => {
    if (req.url === '/one-big') res.writeHead(200, { 'x-big': 'v'.repeat(70_000) }).end('ok');
    else res.writeHead(200, { 'x-near': 'v'.repeat(60_000) }).end('ok');
  });
  await new Promise<void>((resolve) => bigHeaders.listen(0, '127.0.0.1', resolve));
  bigHeadersUrl = `https://127.0.0.1:${(bigHeaders.address() as import('node:net').AddressInfo).port}`;
});

afterAll(async () => {
  await Promise.all([h2.close(), h1Only.close(), new Promise((resolve) => bigHeaders.close(resolve))]);
});

describe('HTTP/2 over TLS', () => {
  let run: RunResult;
  beforeAll(async () => {
    run = await runManifestText(
      `version: 1
defaults:
  tls: { ca: ca.pem }
checks:
  - name: any negotiates h2 where offered
    type: http
    request: { url: "${h2.url}/" }
    assertions: [{ type: body, operator: is, target: "over 2.0" }, { type: tlsVersion, operator: is, target: TLSv1.3 }]
  - name: http1 stays on HTTP/1.1
    type: http
    http_version: http1
    request: { url: "${h2.url}/" }
    assertions: [{ type: body, operator: is, target: "over 1.1" }]
  - name: any falls back to HTTP/1.1
    type: http
    request: { url: "${h1Only.url}/" }
  - name: http2 against an HTTP/1.1-only server
    type: http
    http_version: http2
    request: { url: "${h1Only.url}/" }
  - name: a body over the cap on HTTP/2
    type: http
    request: { url: "${h2.url}/big" }
  - name: a stream refused by the server
    type: http
    request: { url: "${h2.url}/refused-stream" }
  - name: a session ended with GOAWAY
    type: http
    request: { url: "${h2.url}/goaway" }
  - name: a stream cancelled mid-body
    type: http
    request: { url: "${h2.url}/cancelled" }
  - name: a header over 64 KiB on HTTP/2
    type: http
    http_version: http2
    request: { url: "${bigHeadersUrl}/one-big" }
  - name: a header of 60 KB on HTTP/2
    type: http
    http_version: http2
    request: { url: "${bigHeadersUrl}/near" }
`,
      { files: { 'ca.pem': pki.rootPem } },
    );
  });

  it('negotiates h2 with `any` and records the protocol and every phase', () => {
    const result = checkNamed(run, 'any negotiates h2 where offered');
    expect(result.error).toBeNull();
    expect(result.protocol).toBe('h2');
    expect(Object.keys(result.timings).sort()).toEqual(['connect', 'download', 'firstByte', 'tls', 'total']);
  });

  it('stays on HTTP/1.1 with http1, and falls back to it with any', () => {
    expect(checkNamed(run, 'http1 stays on HTTP/1.1')).toMatchObject({ error: null, protocol: 'http/1.1' });
    expect(checkNamed(run, 'any falls back to HTTP/1.1')).toMatchObject({ error: null, protocol: 'http/1.1' });
  });

  it('is HTTP2 when http2 is required and the server does not negotiate it', () => {
    const { error } = checkNamed(run, 'http2 against an HTTP/1.1-only server');
    expect(error).toMatchObject({ category: 'HTTP2', code: 'NOT_NEGOTIATED' });
    expect(error?.message).toMatch(/^Error performing HTTP\/2 request: the server did not negotiate HTTP\/2.*Enable HTTP\/2 on the server/);
  });

  it('enforces the body cap on HTTP/2 too', () => {
    expect(checkNamed(run, 'a body over the cap on HTTP/2').error).toMatchObject({ category: 'BODY_TOO_LARGE' });
  });

  it.each(['a stream refused by the server', 'a session ended with GOAWAY'])('is HTTP2 when %s', (name) => {
    const { error } = checkNamed(run, name);
    expect(error).toMatchObject({ category: 'HTTP2', code: 'HTTP2' });
    expect(error?.message).toMatch(/^Error performing HTTP\/2 request: (Stream closed with error code NGHTTP2_REFUSED_STREAM|HTTP\/2: "GOAWAY" frame received)/);
    expect(error?.message).toContain('Look at the HTTP/2 settings and logs of the server');
  });

  it('holds an HTTP/2 head to the 64 KiB of an HTTP/1.1 one: MALFORMED_RESPONSE HEADERS_TOO_LARGE over it, a pass within', () => {
    const { error } = checkNamed(run, 'a header over 64 KiB on HTTP/2');
    expect(error).toMatchObject({ category: 'MALFORMED_RESPONSE', code: 'HEADERS_TOO_LARGE' });
    expect(error?.message).toMatch(/^The response head \(status line and headers\) is over the limit of 65536 bytes \(70\d{3} bytes or more\)/);
    expect(checkNamed(run, 'a header of 60 KB on HTTP/2')).toMatchObject({ error: null, protocol: 'h2' });
  });

  it('does not take a cancelled HTTP/2 stream for a complete response', () => {
    const { error } = checkNamed(run, 'a stream cancelled mid-body');
    expect(error).toMatchObject({ category: 'CONNRESET', code: 'SOCKET_CLOSED' });
    expect(error?.message).toContain('closed the response after 100 of 1000 bytes');
  });
});

describe('TLS connections of the http check', () => {
  it('never resumes a TLS session between attempts, and times DNS for a name', async () => {
    const resumed: boolean[] = [];
    const server = await startHttpsServer(pki.leaf('valid'), (req, res) => {
      resumed.push((req.socket as import('node:tls').TLSSocket).isSessionReused());
      res.writeHead(503).end();
    });
    try {
      const run = await runManifestText(
        `version: 1
checks:
  - name: three attempts
    type: http
    retry: { count: 2, interval: 10ms }
    request: { url: "https://localhost:${server.port}/", tls: { ca: ca.pem } }
    assertions: [{ type: statusCode, operator: is, target: 200 }]
`,
        { files: { 'ca.pem': pki.rootPem } },
      );
      const result = checkNamed(run, 'three attempts');
      expect(result.attempts).toBe(3);
      expect(resumed).toEqual([false, false, false]);
      expect(Object.keys(result.timings).sort()).toEqual(['connect', 'dns', 'download', 'firstByte', 'tls', 'total']);
    } finally {
      await server.close();
    }
  });
});

