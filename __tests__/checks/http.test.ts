import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkNamed, loadManifestText, runManifestText } from '../helpers/run.js';
import { expectScenario, scenarioManifest, type Scenario } from '../helpers/scenarios.js';
import { closedPort, startHttpServer, startRawServer, type Peer } from '../helpers/servers.js';
import { startUnansweredTcpPort } from '../helpers/network-peers.js';
import type { RunResult } from '../../src/model.js';
import { isIP, Socket } from 'node:net';
import { isAddressLiteral } from '../../src/checks/http.js';

// One loopback HTTP server with a route per behaviour, and raw TCP peers for answers that no
// well-behaved HTTP server would give.
const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/ok': (_, res) => res.writeHead(200, { 'content-type': 'application/json', 'x-build': 'abc123' }).end('{"status":"ok","items":[1,2,3]}'),
  '/unavailable': (_, res) => res.writeHead(503).end('maintenance'),
  // Lists 10,000 deep: too deep to judge, and to write as JSON.
  '/deep': (_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(`{"a":${'['.repeat(10_000)}"up"${']'.repeat(10_000)}}`),
  '/fatal': (_, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('FATAL ERROR: the database is down'),
  // One service of three down: a health page that a wildcard path must not pass as up.
  '/services': (_, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"services":[{"name":"api","status":"up","ms":40},{"name":"db","status":"down","ms":900},{"name":"cache","status":"up","ms":3}],"none":[],"regions":[{"services":["up","down"]},{"services":["up"]}],"servers":[{"ports":[80,443]},{"ports":[22]}]}'),
  // A body that each jsonSchema below must refuse: no email, a property more, a list of mixed types.
  '/peer': (_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"name": "not an email", "extra": 1, "list": [1, "two"]}'),
  '/contact': (_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"email": "dev@example.com", "at": "2026-12-03T09:00:00Z"}'),
  '/private': (req, res) => res.writeHead(req.headers.authorization === 'Bearer right' ? 200 : 401).end(),
  '/loop': (_, res) => res.writeHead(302, { location: '/loop-b' }).end(),
  '/loop-b': (_, res) => res.writeHead(302, { location: '/loop' }).end(),
  '/echo': (req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body })));
  },
  '/long': (_, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(`${'a'.repeat(64 * 1024)}THE-END`),
  // Declares 100 MiB and then sends nothing: only a check that trusts the declaration can end before its timeout.
  '/big-declared': (_, res) => void res.writeHead(200, { 'content-length': String(100 * 1024 * 1024) }).flushHeaders(),
  '/big': (_, res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    const chunk = Buffer.alloc(1024 * 1024, 97);
    let sent = 0;
    const send = () => {
      while (sent < 12 && res.write(chunk)) sent++;
      if (sent >= 12) res.end();
      else res.once('drain', () => { sent++; send(); });
    };
    send();
  },
  '/stall': () => undefined,
  // Bodies that make a backtracking regex run for years: 40 a's and a b, and the same up to the 10 MiB cap.
  '/forty-a': (_, res) => res.writeHead(200, { 'x-word': `${'a'.repeat(40)}b` }).end(`${'a'.repeat(40)}b`),
  '/ten-mib-a': (_, res) => res.writeHead(200).end(`${'a'.repeat(10 * 1024 * 1024 - 8)}THE-END`),
  '/trickle': (_, res) => {
    res.writeHead(200, { 'content-length': '100' });
    res.write('x');
  },
};
for (let hop = 0; hop < 12; hop++) {
  routes[`/hop/${hop}`] = (_, res) => res.writeHead(302, { location: `/hop/${hop + 1}` }).end();
}
routes['/hop/3-target'] = (_, res) => res.writeHead(200).end('arrived');
routes['/three-hops'] = (_, res) => res.writeHead(301, { location: '/hop/3-target' }).end();

// Answers a hostile or broken server sends, byte for byte, after reading the request.
const FINAL_OK = 'HTTP/1.1 200 OK\r\nX-Final: yes\r\nContent-Length: 2\r\n\r\nok';
const HOSTILE_ANSWERS: Record<string, string> = {
  continue100: `HTTP/1.1 100 Continue\r\n\r\n${FINAL_OK}`,
  severalInterim: `HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\nHTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </b.css>\r\n\r\n${FINAL_OK}`,
  bareLineFeeds: 'HTTP/1.1 200 OK\nX-Final: yes\nContent-Length: 2\n\nok',
  oneHugeHeader: `HTTP/1.1 200 OK\r\nX-Huge: ${'a'.repeat(70 * 1024)}\r\nContent-Length: 2\r\n\r\nok`,
  hugeHeaderBlock: `HTTP/1.1 200 OK\r\n${Array.from({ length: 2000 }, (_, i) => `X-Header-${i}: ${'b'.repeat(40)}\r\n`).join('')}Content-Length: 2\r\n\r\nok`,
  status099: 'HTTP/1.1 099 Too Low\r\nContent-Length: 2\r\n\r\nok',
  status600: 'HTTP/1.1 600 Too High\r\nContent-Length: 2\r\n\r\nok',
  status999: 'HTTP/1.1 999 Way Off\r\nContent-Length: 2\r\n\r\nok',
  switchingUnasked: 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n',
  nulInStatusLine: 'HTTP/1.1 200 O\0K\r\nContent-Length: 2\r\n\r\nok',
  bareCrInStatusLine: 'HTTP/1.1 200 O\rK\r\nContent-Length: 2\r\n\r\nok',
  nulInHeader: 'HTTP/1.1 200 OK\r\nX-Name: a\0b\r\nContent-Length: 2\r\n\r\nok',
  bareCrInHeader: 'HTTP/1.1 200 OK\r\nX-Name: a\rInjected: b\r\nContent-Length: 2\r\n\r\nok',
  extraBodyThenClose: 'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nokEXTRA',
  conflictingLengths: 'HTTP/1.1 200 OK\r\nContent-Length: 2, 7\r\n\r\nok',
  lengthAndChunked: 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n',
  unparseableLocation: 'HTTP/1.1 302 Found\r\nLocation: http://[bad\r\nContent-Length: 0\r\n\r\n',
  nonHttpLocation: 'HTTP/1.1 301 Moved Permanently\r\nLocation: ftp://files.example/preview\r\nContent-Length: 0\r\n\r\n',
  emptyLocation: 'HTTP/1.1 307 Temporary Redirect\r\nLocation: \r\nContent-Length: 0\r\n\r\n',
};

let server: Peer;
const raw: Record<string, Peer> = {};
let refused: number;

beforeAll(async () => {
  server = await startHttpServer((req, res) => (routes[req.url!.split('?')[0]!] ?? ((_, r) => r.writeHead(404).end()))(req, res));
  raw.duplicateLength = await startRawServer((s) => s.end('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello'));
  raw.badStatusLine = await startRawServer((s) => s.end('HTTP/1.1 OK\r\n\r\n'));
  raw.notHttp = await startRawServer((s) => s.end('SSH-2.0-OpenSSH_9.6\r\n'));
  raw.badHeader = await startRawServer((s) => s.end('HTTP/1.1 200 OK\r\nBad Header: x\r\nContent-Length: 0\r\n\r\n'));
  // Reads the request first: closing with unread data would send a reset instead of a FIN.
  raw.cutShort = await startRawServer((s) =>
    s.once('data', () => {
      s.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial');
      setTimeout(() => s.end(), 20);
    }),
  );
  for (const [name, answer] of Object.entries(HOSTILE_ANSWERS)) {
    raw[name] = await startRawServer((s) => s.on('error', () => undefined).once('data', () => s.end(answer)));
  }
  // Sends the interim and final heads in pieces, byte runs apart in time.
  raw.headInPieces = await startRawServer((s) =>
    s.on('error', () => undefined).once('data', () => {
      const pieces = ['HTTP/1.1 100 Cont', 'inue\r\n\r\nHTTP/1.1 20', '0 OK\r\nX-Final: yes\r\nContent-Le', 'ngth: 2\r\n\r\no', 'k'];
      pieces.forEach((piece, i) => setTimeout(() => s.write(piece), i * 30));
    }),
  );
  // Keeps the connection open after a response whose body runs past its Content-Length.
  raw.extraBodyKeepAlive = await startRawServer((s) =>
    s.on('error', () => undefined).once('data', () => s.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA')),
  );
  raw.reset = await startRawServer((s) => s.once('data', () => s.resetAndDestroy()));
  raw.closeBeforeAnswer = await startRawServer((s) => s.once('data', () => s.end()));
  refused = await closedPort();
});

afterAll(async () => {
  await Promise.all([server.close(), ...Object.values(raw).map((p) => p.close())]);
});

const scenarios: Scenario[] = [
  {
    name: 'a pattern written as a JavaScript literal with flags is read as one: doesNotMatch /error/i fails on ERROR',
    check: () => `request: { url: "{{ BASE_URL }}/fatal" }
    assertions:
      - { type: body, operator: matches, target: "/^fatal error/i" }
      - { type: body, operator: doesNotMatch, target: "/error/i" }`,
    category: 'INCORRECT_ASSERTION',
    message: /^body: expected doesNotMatch `\/error\/i`, actual `FATAL ERROR: the database is down`/,
  },
  {
    name: 'a wildcard path is judged on every value: one service down fails is up, naming it',
    check: () => `request: { url: "{{ BASE_URL }}/services" }
    assertions:
      - { type: jsonpath, path: "$.services[*].status", operator: is, target: up }
      - { type: jsonpath, path: "$.services[*].ms", operator: lessThan, target: 500 }
      - { type: jsonpath, path: "$..name", operator: matches, target: "^[a-z]+$" }
      - { type: jsonpath, path: "$.regions[*].services", operator: is, target: up }
      - { type: jsonpath, path: "$.regions[*].services", operator: isNot, target: down }
      - { type: jsonpath, path: "$.servers[*].ports", operator: is, target: [80, 443] }`,
    category: 'INCORRECT_ASSERTION',
    message:
      /^jsonpath \$\.services\[\*\]\.status: .*value 2 of 3, "down", fails: every value must pass \(elements: some asks for one\).*jsonpath \$\.services\[\*\]\.ms: .*value 2 of 3, 900, fails.*jsonpath \$\.regions\[\*\]\.services: .*value 2 of 3, "down", fails.*jsonpath \$\.regions\[\*\]\.services: .*value 2 of 3, "down", fails.*jsonpath \$\.servers\[\*\]\.ports: .*value 2 of 2, \[22\], fails/s,
  },
  {
    name: 'elements: some passes when one value does; contains and the negatives judge the list whole',
    check: () => `request: { url: "{{ BASE_URL }}/services" }
    assertions:
      - { type: jsonpath, path: "$.services[*].status", operator: is, target: up, elements: some }
      - { type: jsonpath, path: "$.services[*].status", operator: contains, target: down }
      - { type: jsonpath, path: "$.services[*].name", operator: isNot, target: billing }
      - { type: jsonpath, path: "$.services[*].name", operator: doesNotContain, target: billing }`,
    category: null,
  },
  {
    name: 'an is target written as the JSON text of a list (what a step extracts) is that list',
    check: () => `request: { url: "{{ BASE_URL }}/services" }
    assertions:
      - { type: jsonpath, path: "$.regions[0].services", operator: is, target: '["up","down"]' }
      - { type: jsonpath, path: "$.regions[0].services", operator: isNot, target: '["up", "down"]' }`,
    category: 'INCORRECT_ASSERTION',
    message: /^jsonpath \$\.regions\[0\]\.services: expected isNot `\["up", "down"\]`, actual `\["up","down"\]`\./,
  },
  {
    name: 'lists nested too deep fail their assertions, saying so, never UNKNOWN',
    check: () => `request: { url: "{{ BASE_URL }}/deep" }
    assertions:
      - { type: jsonpath, path: "$.a", operator: is, target: up }
      - { type: jsonpath, path: "$.a", operator: doesNotContain, target: down }
      - { type: jsonpath, path: "$", operator: contains, target: down }`,
    category: 'INCORRECT_ASSERTION',
    message: /^jsonpath \$\.a: expected is `up`, actual `\(a value nested too deep to show\)` \(the list is nested more than 64 deep: it cannot be compared\); jsonpath \$\.a: expected doesNotContain `down`, .*\(the list is nested more than 64 deep.*jsonpath \$: expected contains `down`, .*\(the value could not be compared: Maximum call stack size exceeded\)/s,
  },
  {
    name: 'a JSON array of no values passes no is: there is nothing to be up',
    check: () => `request: { url: "{{ BASE_URL }}/services" }
    assertions:
      - { type: jsonpath, path: "$.none", operator: is, target: up }`,
    category: 'INCORRECT_ASSERTION',
    message: /jsonpath \$\.none: expected is `up`, actual `\[\]` \(the list is empty: there is no value to compare\)/,
  },
  {
    name: 'a healthy endpoint passes every assertion',
    check: () => `request: { url: "{{ BASE_URL }}/ok" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
      - { type: header, property: X-Build, operator: is, target: abc123 }
      - { type: body, operator: contains, target: '"ok"' }
      - { type: jsonpath, path: "$.items.length", operator: moreThanOrEqual, target: 3 }
      - { type: jsonpath, path: "$.missing", operator: doesNotExist }
      - { type: bodyHash, property: sha256, operator: is, target: ${'"' + sha256('{"status":"ok","items":[1,2,3]}') + '"'} }
      - { type: jsonSchema, operator: is, target: { type: object, required: [status] } }
      - { type: responseTime, operator: lessThan, target: 30000 }`,
    category: null,
  },
  {
    name: 'a boolean JSON Schema is a schema too: true accepts the body',
    check: () => `request: { url: "{{ BASE_URL }}/ok" }
    assertions:
      - { type: jsonSchema, operator: is, target: true }`,
    category: null,
  },
  {
    name: 'a boolean JSON Schema is a schema too: false refuses the body',
    check: () => `request: { url: "{{ BASE_URL }}/ok" }
    assertions:
      - { type: jsonSchema, operator: is, target: false }`,
    category: 'INCORRECT_ASSERTION',
    message: /jsonSchema/,
  },
  {
    name: 'a wrong status is INCORRECT_ASSERTION with expected and actual',
    check: () => `request: { url: "{{ BASE_URL }}/unavailable" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }`,
    category: 'INCORRECT_ASSERTION',
    message: /statusCode: expected is `200`, actual `503`/,
  },
  {
    name: 'without a statusCode assertion an answer of 400 or more fails, as with curl --fail',
    check: () => `request: { url: "{{ BASE_URL }}/unavailable" }`,
    category: 'INCORRECT_ASSERTION',
    message: /statusCode: expected lessThan `400`, actual `503`/,
  },
  {
    name: 'a refused port is CONNREFUSED naming the address',
    check: () => `request: { url: "http://127.0.0.1:${refused}/" }`,
    category: 'CONNREFUSED',
    message: /Connection refused by 127\.0\.0\.1:\d+\. Check that the service is running/,
  },
  {
    name: 'a reset connection is CONNRESET',
    check: () => `request: { url: "${raw.reset!.url}/" }`,
    category: 'CONNRESET',
    code: 'CONNRESET',
    message: /Connection reset by/,
  },
  {
    name: 'a body cut short of its Content-Length is CONNRESET',
    check: () => `request: { url: "${raw.cutShort!.url}/" }`,
    category: 'CONNRESET',
    code: 'SOCKET_CLOSED',
    message: /closed the connection before the response was complete/,
  },
  {
    name: 'a close before any answer is CONNRESET',
    check: () => `request: { url: "${raw.closeBeforeAnswer!.url}/" }`,
    category: 'CONNRESET',
    code: 'SOCKET_CLOSED',
  },
  {
    name: 'a name under .invalid is DNS NXDOMAIN',
    check: () => `request: { url: "http://preview.invalid/" }`,
    category: 'DNS',
    code: 'NXDOMAIN',
    message: /preview\.invalid does not resolve/,
  },
  {
    name: 'no first byte within the timeout is TIMEOUT REQUEST_TIMEOUT',
    check: () => `request: { url: "{{ BASE_URL }}/stall" }
    timeout: 300ms`,
    category: 'TIMEOUT',
    code: 'REQUEST_TIMEOUT',
    message: /request timeout of 300 ms while waiting for the first byte/,
  },
  {
    name: 'a body that trickles past the overall limit is TIMEOUT OVERALL_TIMEOUT',
    check: () => `request: { url: "{{ BASE_URL }}/trickle" }
    timeout: 10s
    overall_timeout: 300ms`,
    category: 'TIMEOUT',
    code: 'OVERALL_TIMEOUT',
    message: /overall timeout of 300 ms while waiting for the rest of the response/,
  },
  {
    name: 'duplicate Content-Length is MALFORMED_RESPONSE',
    check: () => `request: { url: "${raw.duplicateLength!.url}/" }`,
    category: 'MALFORMED_RESPONSE',
    code: 'CONTENT_LENGTH_MISMATCH',
  },
  {
    name: 'a bad status line is MALFORMED_RESPONSE',
    check: () => `request: { url: "${raw.badStatusLine!.url}/" }`,
    category: 'MALFORMED_RESPONSE',
    message: /invalid HTTP response/,
  },
  {
    name: 'a port that does not speak HTTP is MALFORMED_RESPONSE',
    check: () => `request: { url: "${raw.notHttp!.url}/" }`,
    category: 'MALFORMED_RESPONSE',
    message: /Expected HTTP/,
  },
  {
    name: 'an invalid header token is MALFORMED_RESPONSE',
    check: () => `request: { url: "${raw.badHeader!.url}/" }`,
    category: 'MALFORMED_RESPONSE',
  },
  {
    name: 'a redirect loop is TOO_MANY_REDIRECTS',
    check: () => `request: { url: "{{ BASE_URL }}/loop" }`,
    category: 'TOO_MANY_REDIRECTS',
    message: /redirect loop/,
  },
  {
    name: 'more than 10 redirects is TOO_MANY_REDIRECTS',
    check: () => `request: { url: "{{ BASE_URL }}/hop/0" }`,
    category: 'TOO_MANY_REDIRECTS',
    message: /more than 10 redirects/,
  },
  {
    name: 'a body over 10 MiB is BODY_TOO_LARGE',
    check: () => `request: { url: "{{ BASE_URL }}/big" }`,
    category: 'BODY_TOO_LARGE',
    message: /larger than the cap of 10485760 bytes/,
  },
  {
    name: 'body and hash assertions read the whole body, far past the excerpt kept for reports',
    check: () => `request: { url: "{{ BASE_URL }}/long" }
    assertions:
      - { type: body, operator: contains, target: THE-END }
      - { type: bodyHash, property: sha256, operator: is, target: "${createHash('sha256').update(`${'a'.repeat(64 * 1024)}THE-END`).digest('hex')}" }`,
    category: null,
  },
  {
    name: 'every jsonpath assertion on a body that is not JSON says so, though the body is parsed once',
    check: () => `request: { url: "{{ BASE_URL }}/unavailable" }
    assertions:
      - { type: jsonpath, path: "$.status", operator: is, target: ok }
      - { type: jsonpath, path: "$.items", operator: doesNotExist }`,
    category: 'INCORRECT_ASSERTION',
    message: /jsonpath \$\.status: .*the body is not JSON \(starts with "maintenance"\).*jsonpath \$\.items: .*the body is not JSON/,
  },
  {
    name: 'a declared Content-Length over 10 MiB is BODY_TOO_LARGE at once, without reading the body',
    check: () => `request: { url: "{{ BASE_URL }}/big-declared" }
    timeout: 5s`,
    category: 'BODY_TOO_LARGE',
    message: /larger than the cap of 10485760 bytes/,
  },
  {
    name: 'rejected credentials are AUTHENTICATION_ERROR without retries',
    check: () => `request: { url: "{{ BASE_URL }}/private", auth: { bearer: wrong } }
    retry: { count: 3, interval: 10ms }`,
    category: 'AUTHENTICATION_ERROR',
    message: /answered 401 to the credentials/,
  },
  {
    name: 'rejected credentials under a statusCode assertion that a 200 passes too (isNot 500) are AUTHENTICATION_ERROR',
    check: () => `request: { url: "{{ BASE_URL }}/private", auth: { bearer: wrong } }
    assertions:
      - { type: statusCode, operator: isNot, target: 500 }
      - { type: statusCode, operator: lessThan, target: 500 }`,
    category: 'AUTHENTICATION_ERROR',
    message: /answered 401 to the credentials/,
  },
  {
    name: 'rejected credentials that a statusCode assertion expects (a 200 would fail it) pass',
    check: () => `request: { url: "{{ BASE_URL }}/private", auth: { bearer: wrong } }
    assertions:
      - { type: statusCode, operator: moreThanOrEqual, target: 400 }`,
    category: null,
  },
];

// Run apart from the scenarios above, whose 300 ms deadlines would feel the load of these.
const hostileScenarios: Scenario[] = [
  {
    name: 'an interim 100 Continue before the final response is skipped, and assertions see the final one',
    check: () => `request: { url: "${raw.continue100!.url}/" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
      - { type: header, property: x-final, operator: is, target: "yes" }
      - { type: body, operator: is, target: ok }`,
    category: null,
  },
  {
    name: 'several interim responses (103, 100, 102, 103) before the final response are skipped',
    check: () => `request: { url: "${raw.severalInterim!.url}/" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
      - { type: header, property: link, operator: doesNotExist }
      - { type: body, operator: is, target: ok }`,
    category: null,
  },
  {
    name: 'a head that arrives in pieces, interim response included, is read whole',
    check: () => `request: { url: "${raw.headInPieces!.url}/" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
      - { type: header, property: x-final, operator: is, target: "yes" }
      - { type: body, operator: is, target: ok }`,
    category: null,
  },
  {
    name: 'a head with bare LF line endings is MALFORMED_RESPONSE at once (undici is strict), not a wait for more',
    check: () => `request: { url: "${raw.bareLineFeeds!.url}/" }
    timeout: 30s`,
    category: 'MALFORMED_RESPONSE',
    message: /invalid HTTP response: .*Missing expected CR after response line/,
  },
  {
    name: 'a single header line over 64 KiB is MALFORMED_RESPONSE HEADERS_TOO_LARGE',
    check: () => `request: { url: "${raw.oneHugeHeader!.url}/" }`,
    category: 'MALFORMED_RESPONSE',
    code: 'HEADERS_TOO_LARGE',
    message: /response head \(status line and headers\) is over the limit of 65536 bytes/,
  },
  {
    name: 'a header block over 64 KiB is MALFORMED_RESPONSE HEADERS_TOO_LARGE',
    check: () => `request: { url: "${raw.hugeHeaderBlock!.url}/" }`,
    category: 'MALFORMED_RESPONSE',
    code: 'HEADERS_TOO_LARGE',
    message: /over the limit of 65536 bytes/,
  },
  ...(['099', '600', '999'] as const).map((status): Scenario => ({
    name: `status ${status}, outside 100-599, is MALFORMED_RESPONSE INVALID_STATUS even when a statusCode assertion expects it`,
    check: () => `request: { url: "${raw[`status${status}`]!.url}/" }
    assertions:
      - { type: statusCode, operator: lessThan, target: 1000 }`,
    category: 'MALFORMED_RESPONSE',
    code: 'INVALID_STATUS',
    message: new RegExp(`status ${status}, outside the range 100-599`),
  })),
  {
    name: '101 Switching Protocols to a plain request is MALFORMED_RESPONSE INVALID_STATUS',
    check: () => `request: { url: "${raw.switchingUnasked!.url}/" }`,
    category: 'MALFORMED_RESPONSE',
    code: 'INVALID_STATUS',
    message: /101 Switching Protocols to a request that asked for no protocol switch/,
  },
  {
    name: 'a NUL byte in the status line is MALFORMED_RESPONSE CONTROL_CHARACTERS, though undici lets it through',
    check: () => `request: { url: "${raw.nulInStatusLine!.url}/" }`,
    category: 'MALFORMED_RESPONSE',
    code: 'CONTROL_CHARACTERS',
    message: /control byte 0x00 in the status line/,
  },
  {
    name: 'a bare CR in the status line is MALFORMED_RESPONSE CONTROL_CHARACTERS',
    check: () => `request: { url: "${raw.bareCrInStatusLine!.url}/" }`,
    category: 'MALFORMED_RESPONSE',
    code: 'CONTROL_CHARACTERS',
    message: /bare CR \(0x0d not followed by LF\) in the status line/,
  },
  {
    name: 'a NUL byte in a header is MALFORMED_RESPONSE CONTROL_CHARACTERS',
    check: () => `request: { url: "${raw.nulInHeader!.url}/" }`,
    category: 'MALFORMED_RESPONSE',
    code: 'CONTROL_CHARACTERS',
    message: /control byte 0x00 in header line 1/,
  },
  {
    name: 'a bare CR in a header is MALFORMED_RESPONSE CONTROL_CHARACTERS',
    check: () => `request: { url: "${raw.bareCrInHeader!.url}/" }`,
    category: 'MALFORMED_RESPONSE',
    code: 'CONTROL_CHARACTERS',
    message: /bare CR .* in header line 1/,
  },
  {
    name: 'more body than Content-Length on a closing connection is MALFORMED_RESPONSE EXTRA_DATA',
    check: () => `request: { url: "${raw.extraBodyThenClose!.url}/" }
    assertions:
      - { type: body, operator: is, target: ok }`,
    category: 'MALFORMED_RESPONSE',
    code: 'EXTRA_DATA',
    message: /more than the body its Content-Length declares: 5 more byte\(s\)/,
  },
  {
    name: 'more body than Content-Length on a kept-alive connection is MALFORMED_RESPONSE EXTRA_DATA',
    check: () => `request: { url: "${raw.extraBodyKeepAlive!.url}/" }
    timeout: 5s`,
    category: 'MALFORMED_RESPONSE',
    code: 'EXTRA_DATA',
    message: /5 more byte\(s\) after the end of the response/,
  },
  {
    name: 'conflicting Content-Length values are MALFORMED_RESPONSE CONTENT_LENGTH_MISMATCH',
    check: () => `request: { url: "${raw.conflictingLengths!.url}/" }`,
    category: 'MALFORMED_RESPONSE',
    code: 'CONTENT_LENGTH_MISMATCH',
    message: /the Content-Length "2" and "7", so the end of the body is ambiguous/,
  },
  {
    name: 'Content-Length together with chunked Transfer-Encoding is MALFORMED_RESPONSE CONTENT_LENGTH_MISMATCH',
    check: () => `request: { url: "${raw.lengthAndChunked!.url}/" }`,
    category: 'MALFORMED_RESPONSE',
    code: 'CONTENT_LENGTH_MISMATCH',
    message: /both Transfer-Encoding and Content-Length/,
  },
  {
    name: 'a redirect to an unparseable Location is the server’s fault: MALFORMED_RESPONSE INVALID_LOCATION',
    check: () => `request: { url: "${raw.unparseableLocation!.url}/" }`,
    category: 'MALFORMED_RESPONSE',
    code: 'INVALID_LOCATION',
    message: /redirected \(302\) .* Location header that is not a valid URL: "http:\/\/\[bad"/,
  },
  {
    name: 'a redirect to a non-http Location is MALFORMED_RESPONSE INVALID_LOCATION',
    check: () => `request: { url: "${raw.nonHttpLocation!.url}/" }`,
    category: 'MALFORMED_RESPONSE',
    code: 'INVALID_LOCATION',
    message: /points to a ftp:\/\/ URL, which HTTP cannot follow/,
  },
  {
    name: 'a redirect with an empty Location is MALFORMED_RESPONSE INVALID_LOCATION, not a passing 307',
    check: () => `request: { url: "${raw.emptyLocation!.url}/" }`,
    category: 'MALFORMED_RESPONSE',
    code: 'INVALID_LOCATION',
    message: /Location header that is empty/,
  },
  {
    name: 'a backtracking regex (^(a+)+$) on a 41-character header is TIMEOUT OVERALL_TIMEOUT at the deadline, never a pass',
    check: () => `request: { url: "${server.url}/forty-a" }
    overall_timeout: 1s
    assertions:
      - { type: header, property: x-word, operator: doesNotMatch, target: "^(a+)+$" }`,
    category: 'TIMEOUT',
    code: 'OVERALL_TIMEOUT',
    message: /overall timeout of 1000 ms: the regular expression \/\^\(a\+\)\+\$\/ was still running over 41 characters/,
  },
  {
    name: 'a backtracking regex with a lookahead on a short body is TIMEOUT OVERALL_TIMEOUT at the deadline',
    check: () => `request: { url: "${server.url}/forty-a" }
    overall_timeout: 1s
    assertions:
      - { type: body, operator: matches, target: "^(?=a)(a+)+$" }`,
    category: 'TIMEOUT',
    code: 'OVERALL_TIMEOUT',
    message: /overall timeout of 1000 ms: the regular expression \/\^\(\?=a\)\(a\+\)\+\$\/ was still running over 41 characters/,
  },
  {
    name: 'a backtracking regex over a 10 MiB body is TIMEOUT OVERALL_TIMEOUT at the deadline, never a pass',
    check: () => `request: { url: "${server.url}/ten-mib-a" }
    overall_timeout: 6s
    assertions:
      - { type: body, operator: doesNotMatch, target: "^(?=a)(a+)+$" }`,
    category: 'TIMEOUT',
    code: 'OVERALL_TIMEOUT',
    message: /overall timeout of 6000 ms: the regular expression .* was still running over 10485759 characters/,
  },
  {
    name: 'an ordinary regex over a 10 MiB body gives its answer',
    check: () => `request: { url: "${server.url}/ten-mib-a" }
    assertions:
      - { type: body, operator: matches, target: "a{1000}THE-END$" }
      - { type: body, operator: doesNotMatch, target: "^b" }`,
    category: null,
  },
];

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

describe('http check against hostile servers', () => {
  let run: RunResult;
  beforeAll(async () => {
    run = await runManifestText(scenarioManifest('http', hostileScenarios));
  });

  it.each(hostileScenarios.map((s) => [s.name, s] as const))('%s', (_, scenario) => {
    expectScenario(checkNamed(run, scenario.name), scenario);
  });
});

describe('http check against loopback peers', () => {
  let run: RunResult;
  beforeAll(async () => {
    run = await runManifestText(scenarioManifest('http', scenarios), { baseUrl: server.url });
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_, scenario) => {
    expectScenario(checkNamed(run, scenario.name), scenario);
  });

  it('makes one attempt after AUTHENTICATION_ERROR although retries were configured', () => {
    expect(checkNamed(run, 'rejected credentials are AUTHENTICATION_ERROR without retries').attempts).toBe(1);
  });

  it('records only the phases that completed', () => {
    const passed = checkNamed(run, 'a healthy endpoint passes every assertion');
    expect(Object.keys(passed.timings).sort()).toEqual(['connect', 'download', 'firstByte', 'total']);
    expect(passed.protocol).toBe('http/1.1');
    const timedOut = checkNamed(run, 'no first byte within the timeout is TIMEOUT REQUEST_TIMEOUT');
    expect(timedOut.timings.connect).toBeGreaterThan(0);
    expect(timedOut.timings.firstByte).toBeUndefined();
    const dns = checkNamed(run, 'a name under .invalid is DNS NXDOMAIN');
    expect(dns.timings.dns).toBeUndefined();
  });
});

// Each schema here once passed the /peer body whatever it held: a promise read as valid, a keyword
// or a format ignored. Now each is judged exactly or refused at load, and never passes that body.
describe('a jsonSchema assertion is judged exactly or refused at load, never ignored', () => {
  const cases: [name: string, url: string, schema: string, outcome: 'passed' | RegExp][] = [
    ['$async: true is refused', '/peer', '{ $async: true, type: object, required: [missing] }', /^INVALID_REQUEST 7:\d+ .*\$async: true is refused/],
    ['unevaluatedProperties is refused', '/peer', '{ properties: { name: {}, list: {} }, unevaluatedProperties: false }', /^INVALID_REQUEST 7:\d+ .*use additionalProperties/],
    ['prefixItems is refused', '/peer', '{ properties: { list: { prefixItems: [{ type: integer }, { type: integer }] } } }', /^INVALID_REQUEST 7:\d+ .*use items: \[ \.\.\.schemas \]/],
    ['dependentRequired is refused', '/peer', '{ dependentRequired: { extra: [missing] } }', /^INVALID_REQUEST 7:\d+ .*use dependencies/],
    ['a misspelt keyword is refused', '/peer', '{ requried: [missing] }', /^INVALID_REQUEST 7:\d+ .*unknown keyword "requried".*did you mean required\?/],
    ['an unknown format is refused', '/peer', '{ properties: { name: { format: e-mail } } }', /^INVALID_REQUEST 7:\d+ .*unknown format "e-mail".*the formats checked are .*email/],
    ['format email is checked', '/peer', '{ properties: { name: { format: email } } }', /^INCORRECT_ASSERTION .*\/name must match format "email"/],
    ['additionalProperties: false is checked', '/peer', '{ properties: { name: {}, list: {} }, additionalProperties: false }', /^INCORRECT_ASSERTION .*must NOT have additional properties/],
    ['a tuple of items is checked', '/peer', '{ properties: { list: { items: [{ type: integer }, { type: integer }] } } }', /^INCORRECT_ASSERTION .*\/list\/1 must be integer/],
    ['dependencies are checked', '/peer', '{ dependencies: { extra: [missing] } }', /^INCORRECT_ASSERTION .*must have property missing when property extra is present/],
    ['formats that hold pass', '/contact', '{ required: [email, at], properties: { email: { format: email }, at: { format: date-time } } }', 'passed'],
  ];
  let run: RunResult;
  let problems: Map<string, string>;
  const manifestOf = (name: string, url: string, schema: string) =>
    `version: 1\nchecks:\n  - name: ${JSON.stringify(name)}\n    type: http\n    request: { url: "{{ BASE_URL }}${url}" }\n    assertions:\n      - { type: jsonSchema, operator: is, target: ${schema} }\n`;
  beforeAll(async () => {
    // One manifest per case, so that every problem stands at line 7 of its own.
    const runs = await Promise.all(cases.map(([name, url, schema]) => runManifestText(manifestOf(name, url, schema), { baseUrl: server.url })));
    run = { ...runs[0]!, checks: runs.flatMap((r) => r.checks) };
    const loaded = await Promise.all(cases.map(([name, url, schema]) => loadManifestText(manifestOf(name, url, schema), { baseUrl: server.url })));
    problems = new Map(loaded.map((m, i) => [cases[i]![0], m.problems.map((p) => `${p.location.line}:${p.location.column} ${p.message}`).join('\n')]));
  });

  it.each(cases)('%s', (name, _url, _schema, outcome) => {
    const result = checkNamed(run, name);
    if (outcome === 'passed') {
      expect(result.error, result.error?.message).toBeNull();
      expect(problems.get(name)).toBe('');
      return;
    }
    expect(result.status).toBe('failed');
    const seen = result.error?.category === 'INVALID_REQUEST' ? `INVALID_REQUEST ${problems.get(name)}` : `${result.error?.category} ${result.error?.message}`;
    expect(seen).toMatch(outcome);
  });
});

describe('http requests', () => {
  it('sends method, headers, query, JSON body and basic auth, and follows redirects', async () => {
    const run = await runManifestText(
      `version: 1
defaults:
  headers: { user-agent: probegate-test, x-team: web }
checks:
  - name: post
    type: http
    request:
      method: POST
      url: "{{ BASE_URL }}/echo"
      headers: { X-Team: api }
      query: { page: 2 }
      body: { hello: world }
      auth: { basic: { username: ada, password: lovelace } }
    assertions:
      - { type: jsonpath, path: "$.method", operator: is, target: POST }
      - { type: jsonpath, path: "$.url", operator: is, target: "/echo?page=2" }
      - { type: jsonpath, path: "$.headers['x-team']", operator: is, target: api }
      - { type: jsonpath, path: "$.headers['user-agent']", operator: is, target: probegate-test }
      - { type: jsonpath, path: "$.headers['content-type']", operator: is, target: application/json }
      - { type: jsonpath, path: "$.headers.authorization", operator: is, target: "Basic YWRhOmxvdmVsYWNl" }
      - { type: jsonpath, path: "$.body", operator: is, target: '{"hello":"world"}' }
  - name: redirected
    type: http
    request: { url: "{{ BASE_URL }}/three-hops" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
      - { type: body, operator: is, target: arrived }
  - name: not followed
    type: http
    follow_redirects: false
    request: { url: "{{ BASE_URL }}/three-hops" }
    assertions:
      - { type: statusCode, operator: is, target: 301 }
      - { type: header, property: location, operator: is, target: /hop/3-target }
  - name: expected 401
    type: http
    request: { url: "{{ BASE_URL }}/private", auth: { bearer: wrong } }
    assertions:
      - { type: statusCode, operator: is, target: 401 }
`,
      { baseUrl: server.url },
    );
    for (const result of run.checks) {
      expect(result.assertions.filter((a) => !a.passed), result.check.name).toEqual([]);
      expect(result.error, result.check.name).toBeNull();
    }
  });

  it('evaluates every assertion and reports each failure with expected and actual', async () => {
    const run = await runManifestText(
      `version: 1
checks:
  - name: several
    type: http
    request: { url: "{{ BASE_URL }}/ok" }
    assertions:
      - { type: statusCode, operator: is, target: 201 }
      - { type: header, property: x-build, operator: matches, target: "^abc" }
      - { type: jsonpath, path: "$.status", operator: is, target: down }
`,
      { baseUrl: server.url },
    );
    const result = checkNamed(run, 'several');
    expect(result.assertions.map((a) => [a.type, a.passed, a.actual, a.line])).toEqual([
      ['statusCode', false, 200, 7],
      ['header', true, 'abc123', 8],
      ['jsonpath', false, 'ok', 9],
    ]);
    expect(result.error?.message).toContain('statusCode: expected is `201`, actual `200`');
    expect(result.error?.message).toContain('jsonpath $.status: expected is `down`, actual `ok`');
  });

  it('retries a failing check and counts the attempts', async () => {
    let calls = 0;
    const flaky = await startHttpServer((_, res) => res.writeHead(++calls < 3 ? 503 : 200).end());
    try {
      const run = await runManifestText(
        `version: 1
checks:
  - name: flaky
    type: http
    retry: { count: 3, interval: 10ms }
    request: { url: "${flaky.url}/" }
    assertions: [{ type: statusCode, operator: is, target: 200 }]
`,
      );
      const result = checkNamed(run, 'flaky');
      expect(result.status).toBe('passed');
      expect(result.attempts).toBe(3);
    } finally {
      await flaky.close();
    }
  });

  it('connects to an IPv6 loopback peer', async () => {
    const v6 = await startHttpServer((_, res) => res.end('v6'), '::1');
    try {
      const run = await runManifestText(`version: 1\nchecks:\n  - { name: v6, type: http, request: { url: "${v6.url}/" }, assertions: [{ type: body, operator: is, target: v6 }] }\n`);
      expect(checkNamed(run, 'v6').error).toBeNull();
    } finally {
      await v6.close();
    }
  });

  it('closes the connection when the deadline runs out, before the first byte and in the middle of the body', async () => {
    // Each connection's close, as the peer sees it: a deadline that stopped only the wait, not the
    // client, would leave the socket open for the rest of the run.
    const closed = new Map<string, Promise<void>>();
    const peer = await startRawServer((socket) => {
      socket.on('error', () => undefined);
      socket.once('data', (request) => {
        const path = request.toString('latin1').split(' ')[1]!;
        closed.set(path, new Promise((resolve) => socket.once('close', () => resolve())));
        if (path === '/half') socket.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nx');
      });
    });
    try {
      const run = await runManifestText(`version: 1
checks:
  - { name: silent, type: http, timeout: 300ms, request: { url: "${peer.url}/silent" } }
  - { name: half, type: http, timeout: 300ms, request: { url: "${peer.url}/half" } }
`);
      expect(checkNamed(run, 'silent').error).toMatchObject({ category: 'TIMEOUT', code: 'REQUEST_TIMEOUT' });
      expect(checkNamed(run, 'half').error).toMatchObject({ category: 'TIMEOUT', code: 'REQUEST_TIMEOUT' });
      const stillOpen = Symbol('still open');
      const bound = (done: Promise<void> | undefined) => Promise.race([done, new Promise((resolve) => setTimeout(resolve, 5000, stillOpen))]);
      expect(await bound(closed.get('/silent'))).not.toBe(stillOpen);
      expect(await bound(closed.get('/half'))).not.toBe(stillOpen);
    } finally {
      await peer.close();
    }
  });

  it('gives up a connection still being made when the deadline runs out, so that it cannot keep the process alive', async () => {
    const unanswered = await startUnansweredTcpPort();
    // Node lists the handles that keep the process alive; a socket still connecting is one (the
    // peer's own last filler of its backlog is one already).
    const connecting = () => (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles().filter((handle) => handle instanceof Socket && handle.connecting).length;
    try {
      const before = connecting();
      const run = await runManifestText(`version: 1
checks:
  - { name: unanswered, type: http, timeout: 300ms, request: { url: "http://127.0.0.1:${unanswered.port}/" } }
`);
      expect(checkNamed(run, 'unanswered').error).toMatchObject({ category: 'TIMEOUT', code: 'REQUEST_TIMEOUT' });
      await new Promise((resolve) => setImmediate(resolve));
      expect(connecting()).toBe(before);
    } finally {
      await unanswered.close();
    }
  });
});

describe('isAddressLiteral', () => {
  it('agrees with net.isIP on every host the URL parser accepts', () => {
    const hosts = ['127.0.0.1', '0x7f.1', '2130706433', '1.2.3', '0177.0.0.1', '255.255.255.255', '256.1.1.1', '1.2.3.4.5', '[::1]', '[::ffff:127.0.0.1]', '[fe80::1%25eth0]', 'localhost', 'example.com', '1.2.3.4.example', 'a1.2.3.4', 'xn--nxasmq6b', '1e2.3.4.5', '01.02.03.04', '1.2.3.4.'];
    let compared = 0;
    for (const host of hosts) {
      let url: URL;
      try {
        url = new URL(`http://${host}/`);
      } catch {
        continue;
      }
      compared++;
      expect(isAddressLiteral(url), host).toBe(isIP(url.hostname.replace(/^\[|\]$/g, '')) !== 0);
    }
    expect(compared).toBeGreaterThan(12);
  });
});
