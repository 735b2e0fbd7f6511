// Bodies as a browser or `curl --compressed` sees them: Content-Encoding undone (gzip, deflate,
// br, zstd, stacked), the declared charset honoured, and responses that have no body (HEAD, 204,
// 304) read as empty whatever their Content-Length says. Real loopback peers.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkNamed, observeCheck, runManifestText } from '../helpers/run.js';
import { expectScenario, scenarioManifest, type Scenario } from '../helpers/scenarios.js';
import { startHttpServer, startRawServer, type Peer } from '../helpers/servers.js';
import type { RunResult } from '../../src/model.js';
import { EXCERPT_BYTES } from '../../src/text.js';

const ERROR_PAGE = '<h1>Internal Server Error</h1>';
const zstdCompress = (zlib as { zstdCompressSync?: (b: Buffer) => Buffer }).zstdCompressSync;

/** A gzip member of `mebibytes` MiB of zeros, some 1 KB per MiB: deflate blocks of one MiB, byte-aligned, repeated. */
function gzipBomb(mebibytes: number): Buffer {
  const zeros = Buffer.alloc(1024 * 1024);
  const block = zlib.deflateRawSync(zeros, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  let crc = 0;
  for (let i = 0; i < mebibytes; i++) crc = zlib.crc32(zeros, crc);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE((mebibytes * 1024 * 1024) % 2 ** 32, 4);
  const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
  return Buffer.concat([header, ...Array.from({ length: mebibytes }, () => block), zlib.deflateRawSync(Buffer.alloc(0)), trailer]);
}

const send =
  (headers: Record<string, string>, body: Buffer | string) =>
  (_: IncomingMessage, res: ServerResponse): void =>
    void res.writeHead(200, headers).end(body);
const gzipped = (text: string) => zlib.gzipSync(Buffer.from(text));
const html = { 'content-type': 'text/html; charset=utf-8' };

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/gzip-error': send({ ...html, 'content-encoding': 'gzip' }, gzipped(ERROR_PAGE)),
  '/x-gzip-error': send({ ...html, 'content-encoding': 'x-gzip' }, gzipped(ERROR_PAGE)),
  '/deflate-error': send({ ...html, 'content-encoding': 'deflate' }, zlib.deflateSync(ERROR_PAGE)),
  '/raw-deflate-error': send({ ...html, 'content-encoding': 'deflate' }, zlib.deflateRawSync(ERROR_PAGE)),
  '/br-error': send({ ...html, 'content-encoding': 'br' }, zlib.brotliCompressSync(ERROR_PAGE)),
  '/zstd-error': send({ ...html, 'content-encoding': 'zstd' }, zstdCompress ? zstdCompress(Buffer.from(ERROR_PAGE)) : ERROR_PAGE),
  // gzip applied first, then br: undone br first.
  '/stacked-error': send({ ...html, 'content-encoding': 'gzip, br' }, zlib.brotliCompressSync(gzipped(ERROR_PAGE))),
  '/identity': send({ ...html, 'content-encoding': 'identity' }, 'all good'),
  '/gzip-json': send({ 'content-type': 'application/json', 'content-encoding': 'gzip' }, gzipped('{"status":"ok","items":[1,2,3]}')),
  // Compressed only when asked, as most servers do.
  '/negotiated': (req, res) =>
    /gzip/.test(String(req.headers['accept-encoding'])) ? send({ ...html, 'content-encoding': 'gzip' }, gzipped(ERROR_PAGE))(req, res) : send(html, ERROR_PAGE)(req, res),
  '/bomb': send({ 'content-type': 'text/plain', 'content-encoding': 'gzip' }, gzipBomb(1024)),
  // The same bomb gzipped again: a few KB on the wire.
  '/stacked-bomb': send({ 'content-type': 'text/plain', 'content-encoding': 'gzip, gzip' }, zlib.gzipSync(gzipBomb(1024), { level: 9 })),
  '/corrupt-gzip': send({ ...html, 'content-encoding': 'gzip' }, 'this is not gzip at all'),
  '/truncated-gzip': send({ ...html, 'content-encoding': 'gzip' }, gzipped(ERROR_PAGE.repeat(50)).subarray(0, 40)),
  '/compress': send({ 'content-type': 'text/plain', 'content-encoding': 'compress' }, 'FATAL ERROR'),
  '/compress-large': send({ 'content-type': 'text/plain', 'content-encoding': 'compress' }, Buffer.alloc(1024 * 1024, 65)),
  // A redirect's body is dropped unread when the redirect is followed, whatever it claims to be.
  '/moved': (_, res) => void res.writeHead(302, { location: '/gzip-json', 'content-encoding': 'gzip' }).end('Moved, and not gzip at all'),
  // A range of a gzip body: a piece of the stream, which no decoder can read alone.
  '/range': (_, res) => void res.writeHead(206, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-range': 'bytes 0-9/60' }).end(gzipped(ERROR_PAGE).subarray(0, 10)),
  '/utf16': send({ 'content-type': 'text/plain; charset=utf-16le' }, Buffer.from('FATAL ERROR', 'utf16le')),
  '/latin1': send({ 'content-type': 'text/plain; charset=iso-8859-1' }, Buffer.from('Café crème: FATAL', 'latin1')),
  '/bom-utf16': send({ 'content-type': 'text/plain; charset=utf-8' }, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('FATAL ERROR', 'utf16le')])),
  '/unknown-charset': send({ 'content-type': 'text/plain; charset=x-klingon' }, 'FATAL ERROR'),
  '/head': (req, res) => void res.writeHead(200, { 'content-length': '5' }).end(req.method === 'HEAD' ? undefined : 'hello'),
};

let server: Peer;
const raw: Record<string, Peer> = {};
const RAW_ANSWERS: Record<string, string> = {
  notModified: 'HTTP/1.1 304 Not Modified\r\nETag: "v1"\r\nContent-Length: 5\r\n\r\n',
  noContent: 'HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n',
  headWithLength: 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\n',
  notModifiedWithBody: 'HTTP/1.1 304 Not Modified\r\nContent-Length: 5\r\n\r\nhello',
};

beforeAll(async () => {
  server = await startHttpServer((req, res) => (routes[req.url!.split('?')[0]!] ?? ((_, r) => r.writeHead(404).end()))(req, res));
  for (const [name, answer] of Object.entries(RAW_ANSWERS)) {
    raw[name] = await startRawServer((s) => s.on('error', () => undefined).once('data', () => s.end(answer)));
  }
});

afterAll(async () => {
  await Promise.all([server.close(), ...Object.values(raw).map((p) => p.close())]);
});

const errorPageAbsent = `assertions:
      - { type: statusCode, operator: is, target: 200 }
      - { type: body, operator: doesNotContain, target: "Internal Server Error" }
      - { type: body, operator: doesNotMatch, target: "Internal\\\\s+Server" }`;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const scenarios: Scenario[] = [
  ...['gzip', 'x-gzip', 'deflate', 'raw-deflate', 'br', 'stacked'].map((coding) => ({
    name: `a ${coding}-encoded error page fails doesNotContain and doesNotMatch, judged on its decoded text`,
    check: () => `request: { url: "{{ BASE_URL }}/${coding}-error" }
    ${errorPageAbsent}`,
    category: 'INCORRECT_ASSERTION',
    message: /doesNotContain `Internal Server Error`, actual `<h1>Internal Server Error<\/h1>`.*doesNotMatch/s,
  })),
  ...(zstdCompress
    ? [
        {
          name: 'a zstd-encoded error page fails doesNotContain, judged on its decoded text',
          check: () => `request: { url: "{{ BASE_URL }}/zstd-error" }
    ${errorPageAbsent}`,
          category: 'INCORRECT_ASSERTION',
          message: /actual `<h1>Internal Server Error<\/h1>`/,
        },
      ]
    : []),
  {
    name: 'a body compressed because the check asked with accept-encoding is decoded too',
    check: () => `request: { url: "{{ BASE_URL }}/negotiated", headers: { accept-encoding: "gzip, br" } }
    ${errorPageAbsent}`,
    category: 'INCORRECT_ASSERTION',
    message: /actual `<h1>Internal Server Error<\/h1>`/,
  },
  {
    name: 'the gzip-encoded error page passes contains, and bodyHash hashes the decoded body (the file served)',
    check: () => `request: { url: "{{ BASE_URL }}/gzip-error" }
    assertions:
      - { type: body, operator: is, target: "${ERROR_PAGE}" }
      - { type: bodyHash, property: sha256, operator: is, target: "${sha256(ERROR_PAGE)}" }`,
    category: null,
  },
  {
    name: 'jsonpath and jsonSchema read a gzip-encoded JSON body',
    check: () => `request: { url: "{{ BASE_URL }}/gzip-json" }
    assertions:
      - { type: jsonpath, path: "$.status", operator: is, target: ok }
      - { type: jsonSchema, operator: is, target: { type: object, required: [items] } }`,
    category: null,
  },
  {
    name: 'content-encoding identity is the body as sent',
    check: () => `request: { url: "{{ BASE_URL }}/identity" }
    assertions:
      - { type: body, operator: is, target: "all good" }`,
    category: null,
  },
  {
    name: 'a gzip bomb (1 MiB sent, 1 GiB decoded) stops at the 10 MiB cap as BODY_TOO_LARGE',
    check: () => `request: { url: "{{ BASE_URL }}/bomb" }
    timeout: 30s
    assertions:
      - { type: body, operator: doesNotContain, target: FATAL }`,
    category: 'BODY_TOO_LARGE',
    message: /larger than the cap of 10485760 bytes once decoded \(Content-Encoding: gzip, \d+ bytes as sent\)/,
  },
  {
    name: 'a stacked gzip bomb (some KB sent, 1 GiB decoded) stops at the 10 MiB cap as BODY_TOO_LARGE',
    check: () => `request: { url: "{{ BASE_URL }}/stacked-bomb" }
    timeout: 30s
    assertions:
      - { type: body, operator: doesNotContain, target: FATAL }`,
    category: 'BODY_TOO_LARGE',
    message: /larger than the cap of 10485760 bytes once decoded \(Content-Encoding: gzip, \d{4,5} bytes as sent\)/,
  },
  {
    name: 'a body labelled gzip that is not gzip is MALFORMED_RESPONSE, saying so',
    check: () => `request: { url: "{{ BASE_URL }}/corrupt-gzip" }
    assertions:
      - { type: body, operator: doesNotContain, target: FATAL }`,
    category: 'MALFORMED_RESPONSE',
    message: /could not be decoded as gzip \(Content-Encoding\): incorrect header check/,
  },
  {
    name: 'a gzip body cut short is MALFORMED_RESPONSE',
    check: () => `request: { url: "{{ BASE_URL }}/truncated-gzip" }
    assertions:
      - { type: body, operator: doesNotContain, target: FATAL }`,
    category: 'MALFORMED_RESPONSE',
    message: /could not be decoded as gzip \(Content-Encoding\): unexpected end of file/,
  },
  // A broken body fails the check whatever reads it: a status-only check must not pass a page
  // that no browser can show.
  {
    name: 'a status-only check on a body labelled gzip that is not gzip is MALFORMED_RESPONSE',
    check: () => `request: { url: "{{ BASE_URL }}/corrupt-gzip" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }`,
    category: 'MALFORMED_RESPONSE',
    message: /could not be decoded as gzip \(Content-Encoding\): incorrect header check/,
  },
  {
    name: 'a check with no assertion on a gzip body cut short is MALFORMED_RESPONSE',
    check: () => `request: { url: "{{ BASE_URL }}/truncated-gzip" }`,
    category: 'MALFORMED_RESPONSE',
    message: /could not be decoded as gzip \(Content-Encoding\): unexpected end of file/,
  },
  {
    name: 'a status-only check on a stacked gzip bomb stops at the 10 MiB cap as BODY_TOO_LARGE',
    check: () => `request: { url: "{{ BASE_URL }}/stacked-bomb" }
    timeout: 30s
    assertions:
      - { type: statusCode, operator: is, target: 200 }`,
    category: 'BODY_TOO_LARGE',
    message: /larger than the cap of 10485760 bytes once decoded \(Content-Encoding: gzip, \d{4,5} bytes as sent\)/,
  },
  {
    name: 'a followed redirect whose body is labelled gzip but is not: the body is dropped, the check judges where it leads',
    check: () => `request: { url: "{{ BASE_URL }}/moved" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
      - { type: jsonpath, path: "$.status", operator: is, target: ok }`,
    category: null,
  },
  {
    name: 'a redirect not followed, its body labelled gzip but not: a check that reads no body passes on its status',
    check: () => `request: { url: "{{ BASE_URL }}/moved" }
    follow_redirects: false
    assertions:
      - { type: statusCode, operator: is, target: 302 }`,
    category: null,
  },
  {
    name: 'a redirect not followed whose body an assertion reads: a corrupt gzip body is MALFORMED_RESPONSE',
    check: () => `request: { url: "{{ BASE_URL }}/moved" }
    follow_redirects: false
    assertions:
      - { type: body, operator: doesNotContain, target: error }`,
    category: 'MALFORMED_RESPONSE',
    message: /could not be decoded as gzip \(Content-Encoding\)/,
  },
  {
    name: 'a 206 range of a gzip body passes a status check, and fails closed a body assertion, naming the range',
    check: () => `request: { url: "{{ BASE_URL }}/range", headers: { range: "bytes=0-9" } }
    assertions:
      - { type: statusCode, operator: is, target: 206 }
      - { type: body, operator: doesNotContain, target: NOT-THERE }`,
    category: 'INCORRECT_ASSERTION',
    message: /^body: .*a range \(206 Partial Content\) of a gzip-encoded whole, which cannot be decoded apart/,
  },
  {
    name: 'a status-only check on a good gzip body passes',
    check: () => `request: { url: "{{ BASE_URL }}/gzip-json" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }`,
    category: null,
  },
  {
    name: 'an unknown content coding fails body-reading assertions closed, naming the coding, never judged on the bytes',
    check: () => `request: { url: "{{ BASE_URL }}/compress" }
    assertions:
      - { type: body, operator: doesNotContain, target: NOT-THERE }
      - { type: bodyHash, property: sha256, operator: isNot, target: "0" }
      - { type: statusCode, operator: is, target: 200 }`,
    category: 'INCORRECT_ASSERTION',
    message: /body: .*encoded with "compress" \(Content-Encoding\), which probegate cannot decode.*bodyHash sha256: .*"compress"/s,
  },
  {
    name: 'an unknown content coding does not fail a check that reads no body',
    check: () => `request: { url: "{{ BASE_URL }}/compress" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }`,
    category: null,
  },
  {
    name: 'a UTF-16LE body (charset=utf-16le) fails doesNotContain of a word it holds',
    check: () => `request: { url: "{{ BASE_URL }}/utf16" }
    assertions:
      - { type: body, operator: doesNotContain, target: FATAL }`,
    category: 'INCORRECT_ASSERTION',
    message: /actual `FATAL ERROR`/,
  },
  {
    name: 'an ISO-8859-1 body is read as such',
    check: () => `request: { url: "{{ BASE_URL }}/latin1" }
    assertions:
      - { type: body, operator: contains, target: "Café crème" }`,
    category: null,
  },
  {
    name: 'a byte-order mark wins over the declared charset, as in browsers',
    check: () => `request: { url: "{{ BASE_URL }}/bom-utf16" }
    assertions:
      - { type: body, operator: is, target: "FATAL ERROR" }`,
    category: null,
  },
  {
    name: 'an unknown charset fails text assertions closed, naming it',
    check: () => `request: { url: "{{ BASE_URL }}/unknown-charset" }
    assertions:
      - { type: body, operator: doesNotContain, target: NOT-THERE }`,
    category: 'INCORRECT_ASSERTION',
    message: /charset "x-klingon" \(Content-Type\) is not one probegate can decode/,
  },
  {
    name: 'a HEAD answered with Content-Length 5 and no body passes',
    check: () => `request: { method: HEAD, url: "{{ BASE_URL }}/head" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
      - { type: header, property: content-length, operator: is, target: "5" }`,
    category: null,
  },
  {
    name: 'a HEAD answered by a raw peer with Content-Length 5 and no body passes, body assertions see an empty body',
    check: () => `request: { method: HEAD, url: "${raw.headWithLength!.url}/" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
      - { type: body, operator: is, target: "" }`,
    category: null,
  },
  {
    name: 'a 304 with a Content-Length and no body passes',
    check: () => `request: { url: "${raw.notModified!.url}/" }
    assertions:
      - { type: statusCode, operator: is, target: 304 }
      - { type: header, property: etag, operator: is, target: '"v1"' }`,
    category: null,
  },
  {
    name: 'a 204 with a Content-Length and no body passes',
    check: () => `request: { url: "${raw.noContent!.url}/" }
    assertions:
      - { type: statusCode, operator: is, target: 204 }`,
    category: null,
  },
  {
    name: 'a 304 that sends a body after all is still MALFORMED_RESPONSE:EXTRA_DATA',
    check: () => `request: { url: "${raw.notModifiedWithBody!.url}/" }`,
    category: 'MALFORMED_RESPONSE',
    code: 'EXTRA_DATA',
  },
];

describe('http bodies are decoded as a browser decodes them', () => {
  let run: RunResult;
  beforeAll(async () => {
    run = await runManifestText(scenarioManifest('http', scenarios), { baseUrl: server.url });
  }, 60_000);
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_, scenario) => expectScenario(checkNamed(run, scenario.name), scenario));
});

describe('the excerpt of a compressed body', () => {
  it('is the decoded text, also for a check that reads no body', async () => {
    const yaml = `version: 1\nchecks:\n  - name: status only\n    type: http\n    request: { url: "${server.url}/br-error" }\n    assertions:\n      - { type: statusCode, operator: is, target: 200 }\n`;
    expect((await observeCheck(yaml, 'status only'))?.excerpt).toBe(ERROR_PAGE);
  });
  it('keeps no more than the excerpt of a large body in a coding it cannot undo, for a check that reads no body', async () => {
    const yaml = `version: 1\nchecks:\n  - name: status only\n    type: http\n    request: { url: "${server.url}/compress-large" }\n`;
    const observation = await observeCheck(yaml, 'status only');
    expect(observation?.excerpt).toMatch(/encoded with "compress"/);
    expect(observation?.body?.length).toBe(EXCERPT_BYTES);
  });
  it('names a coding it cannot undo rather than showing its bytes', async () => {
    const yaml = `version: 1\nchecks:\n  - name: status only\n    type: http\n    request: { url: "${server.url}/compress" }\n`;
    expect((await observeCheck(yaml, 'status only'))?.excerpt).toMatch(/encoded with "compress"/);
  });
  it('is decoded per the charset', async () => {
    const yaml = `version: 1\nchecks:\n  - name: utf16\n    type: http\n    request: { url: "${server.url}/utf16" }\n`;
    expect((await observeCheck(yaml, 'utf16'))?.excerpt).toBe('FATAL ERROR');
  });
});
