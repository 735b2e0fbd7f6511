import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { WebSocketServer } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBundle, runCli } from '../helpers/cli.js';
import { createTestPki, type ServedCert, type TestPki } from '../helpers/pki.js';
import { checkNamed, runManifestText } from '../helpers/run.js';
import { expectScenario, scenarioManifest, type Scenario } from '../helpers/scenarios.js';
import { closedPort, startRawServer, type Peer } from '../helpers/servers.js';
import type { RunResult } from '../../src/model.js';

// One WebSocket server (plain or TLS) with a behaviour per path.
const behaviours: Record<string, (socket: import('ws').WebSocket, request: http.IncomingMessage) => void> = {
  '/echo': (socket) => socket.on('message', (data) => socket.send(data.toString())),
  '/greet': (socket, request) => socket.send(`hello ${request.headers['x-user'] ?? 'anonymous'}`),
  '/big': (socket) => socket.send('x'.repeat(60 * 1024)),
  '/bye': (socket) => socket.close(1001, 'going away'),
  '/silent': () => undefined,
  '/session': (socket, request) => socket.send((request.socket as TLSSocket).isSessionReused() ? 'resumed' : 'new session'),
};
// Paths answered without upgrading.
const refusals: Record<string, (request: http.IncomingMessage) => string> = {
  '/private': (request) => (request.headers.authorization === 'Bearer right' ? '' : 'HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n'),
  '/forbidden': () => 'HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n',
  '/missing': () => 'HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n',
};

interface WsPeer {
  readonly url: string;
  close(): Promise<void>;
}

async function startWebSocketServer(served?: ServedCert): Promise<WsPeer> {
  const server = served
    ? https.createServer({ key: served.key, cert: served.cert + served.chain.join('') })
    : http.createServer((_, response) => response.writeHead(426).end());
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('tlsClientError', () => undefined);
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (request: http.IncomingMessage, socket: Socket, head: Buffer) => {
    const path = request.url ?? '/';
    if (path === '/hang') return;
    // Opens, then resets the connection when the first message comes.
    if (path === '/reset') return wss.handleUpgrade(request, socket, head, (ws) => ws.once('message', () => socket.resetAndDestroy()));
    const refusal = refusals[path]?.(request);
    if (refusal) return socket.end(refusal);
    wss.handleUpgrade(request, socket, head, (ws) => (behaviours[path] ?? behaviours['/greet']!)(ws, request));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${served ? 'wss' : 'ws'}://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

let pki: TestPki;
let plain: WsPeer;
let secure: WsPeer;
let expired: WsPeer;
let refused: number;

beforeAll(async () => {
  pki = await createTestPki();
  [plain, secure, expired, refused] = await Promise.all([
    startWebSocketServer(),
    startWebSocketServer(pki.leaf('valid')),
    startWebSocketServer(pki.leaf('expired')),
    closedPort(),
  ]);
});

afterAll(async () => {
  await Promise.all([plain, secure, expired].map((peer) => peer?.close()));
});

const scenarios: Scenario[] = [
  {
    name: 'a message sent after open is echoed and passes the assertions',
    check: () => `request: { url: "${plain.url}/echo", message: ping }
    assertions:
      - { type: receivedMessage, operator: is, target: ping }
      - { type: header, property: Upgrade, operator: is, target: websocket }
      - { type: responseTime, operator: lessThan, target: 30000 }`,
    category: null,
  },
  {
    name: 'handshake headers reach the server',
    check: () => `request: { url: "${plain.url.replace('127.0.0.1', 'localhost')}/greet", headers: { X-User: octocat } }
    assertions:
      - { type: receivedMessage, operator: is, target: hello octocat }`,
    category: null,
  },
  {
    name: 'an unexpected first message is INCORRECT_ASSERTION with expected and actual',
    check: () => `request: { url: "${plain.url}/greet" }
    assertions:
      - { type: receivedMessage, operator: contains, target: goodbye }`,
    category: 'INCORRECT_ASSERTION',
    message: /receivedMessage: expected contains `goodbye`, actual `hello anonymous`/,
  },
  {
    name: 'a first message over 50 KiB is WEBSOCKET MESSAGE_TOO_LONG',
    check: () => `request: { url: "${plain.url}/big" }`,
    category: 'WEBSOCKET',
    code: 'MESSAGE_TOO_LONG',
    message: /^Received message longer than the maximum supported length \(50 KiB\)\. Have the endpoint send a shorter first message/,
  },
  {
    name: 'a close before any message is WEBSOCKET with the close code and reason',
    check: () => `request: { url: "${plain.url}/bye" }`,
    category: 'WEBSOCKET',
    code: 'WEBSOCKET',
    message: /closed the WebSocket \(code 1001, "going away"\) before sending a message/,
  },
  {
    name: 'a conversation of sends only waits for the answer, which the check assertions judge',
    check: () => `request: { url: "${plain.url}/echo", messages: [ { send: ping } ] }
    assertions:
      - { type: receivedMessage, operator: is, target: ping }`,
    category: null,
  },
  {
    name: 'a conversation of sends only fails when the server closes at once',
    check: () => `request: { url: "${plain.url}/bye", messages: [ { send: ping }, { send: pong } ] }`,
    category: 'WEBSOCKET',
    code: 'WEBSOCKET',
    message: /closed the WebSocket \(code 1001, "going away"\) before the conversation was over/,
  },
  {
    name: 'a conversation of sends only fails when no answer comes',
    check: () => `request: { url: "${plain.url}/silent", messages: [ { send: ping } ] }
    timeout: 500ms`,
    category: 'INCORRECT_ASSERTION',
    message: /^No message came within \d+ ms after the last send \(line \d+\): a websocket check waits for an answer to what it sends; no message was received/,
  },
  {
    name: 'a receive turn judges header assertions against the handshake response',
    check: () => `request: { url: "${plain.url}/greet", messages: [ { receive: { assertions: [ { type: header, property: upgrade, operator: doesNotExist } ] } } ] }`,
    category: 'INCORRECT_ASSERTION',
    message: /upgrade.*: expected doesNotExist, actual `websocket`/i,
  },
  {
    name: 'a receive turn passes header and responseTime assertions on the handshake and the time so far',
    check: () => `request: { url: "${plain.url}/greet", messages: [ { receive: { assertions: [ { type: header, property: Upgrade, operator: is, target: websocket }, { type: responseTime, operator: lessThan, target: 30000 } ] } } ] }`,
    category: null,
  },
  {
    name: 'a reset after the upgrade is CONNRESET, not WEBSOCKET',
    check: () => `request: { url: "${plain.url}/reset", message: ping }`,
    category: 'CONNRESET',
  },
  {
    name: 'a 404 answer to the handshake is WEBSOCKET with the status',
    check: () => `request: { url: "${plain.url}/missing" }`,
    category: 'WEBSOCKET',
    code: 'WEBSOCKET',
    message: /answered 404 Not Found instead of 101 Switching Protocols/,
  },
  {
    name: 'a 401 answer without credentials is WEBSOCKET',
    check: () => `request: { url: "${plain.url}/private" }`,
    category: 'WEBSOCKET',
    message: /answered 401 Unauthorized instead of 101/,
  },
  {
    name: 'a 401 answer to the credentials sent is AUTHENTICATION_ERROR without retries',
    check: () => `request: { url: "${plain.url}/private", auth: { bearer: wrong } }
    retry: { count: 2, interval: 10ms }`,
    category: 'AUTHENTICATION_ERROR',
    message: /answered 401 Unauthorized to the WebSocket handshake with the credentials the check sent/,
  },
  {
    name: 'a 403 answer to a token header is AUTHENTICATION_ERROR',
    check: () => `request: { url: "${plain.url}/forbidden", headers: { X-Api-Key: k } }`,
    category: 'AUTHENTICATION_ERROR',
    message: /answered 403 Forbidden/,
  },
  {
    name: 'the right credentials open the WebSocket',
    check: () => `request: { url: "${plain.url}/private", auth: { bearer: right } }`,
    category: null,
  },
  {
    name: 'no message within the timeout is TIMEOUT REQUEST_TIMEOUT',
    check: () => `request: { url: "${plain.url}/silent" }
    timeout: 300ms`,
    category: 'TIMEOUT',
    code: 'REQUEST_TIMEOUT',
    message: /request timeout of 300 ms while waiting for the first message from the server/,
  },
  {
    name: 'no answer to the handshake is TIMEOUT REQUEST_TIMEOUT',
    check: () => `request: { url: "${plain.url}/hang" }
    timeout: 300ms`,
    category: 'TIMEOUT',
    code: 'REQUEST_TIMEOUT',
    message: /request timeout of 300 ms while waiting for the first byte/,
  },
  {
    name: 'a refused port is CONNREFUSED, not WEBSOCKET',
    check: () => `request: { url: "ws://127.0.0.1:${refused}/" }`,
    category: 'CONNREFUSED',
    message: /Connection refused by 127\.0\.0\.1:\d+/,
  },
  {
    name: 'a name under .invalid is DNS NXDOMAIN',
    check: () => `request: { url: "ws://socket.preview.invalid/" }`,
    category: 'DNS',
    code: 'NXDOMAIN',
  },
  {
    name: 'wss with the right CA passes',
    check: () => `request: { url: "${secure.url}/echo", message: over tls, tls: { ca: ${JSON.stringify(pki.rootPem)} } }
    assertions:
      - { type: receivedMessage, operator: is, target: over tls }`,
    category: null,
  },
  {
    name: 'an expired certificate on wss is SSL CERT_HAS_EXPIRED, not WEBSOCKET',
    check: () => `request: { url: "${expired.url}/echo", tls: { ca: ${JSON.stringify(pki.rootPem)} } }`,
    category: 'SSL',
    code: 'CERT_HAS_EXPIRED',
    message: /certificate has expired/,
  },
  {
    name: 'wss against a plaintext port is SSL NOT_TLS',
    check: () => `request: { url: "${plain.url.replace('ws:', 'wss:')}/echo" }`,
    category: 'SSL',
    code: 'NOT_TLS',
    message: /^The port does not speak TLS: .*\(wrong version number\)\. Use http/,
  },
];

describe('websocket check against loopback peers', () => {
  let run: RunResult;
  beforeAll(async () => {
    run = await runManifestText(scenarioManifest('websocket', scenarios));
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_, scenario) => {
    expectScenario(checkNamed(run, scenario.name), scenario);
  });

  it('makes one attempt after AUTHENTICATION_ERROR although retries were configured', () => {
    expect(checkNamed(run, 'a 401 answer to the credentials sent is AUTHENTICATION_ERROR without retries').attempts).toBe(1);
  });

  it('records HTTP/1.1, the phases that completed (DNS only for a name) and the certificate', () => {
    const plaintext = checkNamed(run, 'a message sent after open is echoed and passes the assertions');
    expect(plaintext.protocol).toBe('http/1.1');
    expect(plaintext.statusCode).toBe(101);
    expect(Object.keys(plaintext.timings).sort()).toEqual(['connect', 'download', 'firstByte', 'total']);
    const byName = checkNamed(run, 'handshake headers reach the server');
    expect(Object.keys(byName.timings).sort()).toEqual(['connect', 'dns', 'download', 'firstByte', 'total']);
    const overTls = checkNamed(run, 'wss with the right CA passes');
    expect(Object.keys(overTls.timings).sort()).toEqual(['connect', 'download', 'firstByte', 'tls', 'total']);
    expect(overTls.tls?.chain[0]?.subject).toContain('CN=localhost');
    const silent = checkNamed(run, 'no message within the timeout is TIMEOUT REQUEST_TIMEOUT');
    expect(silent.timings.firstByte).toBeGreaterThan(0);
    expect(silent.timings.download).toBeUndefined();
  });
});

describe('TLS connections of the websocket check', () => {
  it('never resumes a TLS session between attempts', async () => {
    const run = await runManifestText(`version: 1
checks:
  - name: three attempts
    type: websocket
    retry: { count: 2, interval: 10ms }
    request: { url: "${secure.url.replace('127.0.0.1', 'localhost')}/session", tls: { ca: ca.pem } }
    assertions: [{ type: receivedMessage, operator: is, target: resumed }]
`, { files: { 'ca.pem': pki.rootPem } });
    const result = checkNamed(run, 'three attempts');
    expect(result.attempts).toBe(3);
    expect(result.error?.message).toContain('receivedMessage: expected is `resumed`, actual `new session`');
    expect(Object.keys(result.timings).sort()).toEqual(['connect', 'dns', 'download', 'firstByte', 'tls', 'total']);
  });
});

// Raw peers that complete the handshake (or not) and then break the protocol, byte for byte.
function switched(request: string): Buffer {
  const key = /sec-websocket-key: (\S+)/i.exec(request)?.[1] ?? '';
  const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
  return Buffer.from(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
}
const HOSTILE: Record<string, (request: string) => Buffer> = {
  reservedOpcode: (r) => Buffer.concat([switched(r), Buffer.from([0x83, 0x02, 0x68, 0x69])]),
  maskedServerFrame: (r) => Buffer.concat([switched(r), Buffer.from([0x81, 0x82, 1, 2, 3, 4, 0x69, 0x6b])]),
  invalidUtf8: (r) => Buffer.concat([switched(r), Buffer.from([0x81, 0x02, 0xff, 0xfe])]),
  wrongAccept: () => Buffer.from('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: bm9wZQ==\r\n\r\n'),
  switchedWithoutUpgrade: () => Buffer.from('HTTP/1.1 101 Switching Protocols\r\n\r\n'),
  notHttp: () => Buffer.from('SSH-2.0-OpenSSH_9.6\r\n'),
};
const hostilePeers: Record<string, Peer> = {};

const hostileScenarios: Scenario[] = [
  ...(
    [
      ['reservedOpcode', 'a frame with a reserved opcode', /invalid opcode 3/],
      ['maskedServerFrame', 'a masked frame from the server', /MASK must be clear/],
      ['invalidUtf8', 'a text frame that is not UTF-8', /invalid UTF-8 sequence/],
    ] as const
  ).map(([peer, what, detail]): Scenario => ({
    name: `${what} is MALFORMED_RESPONSE`,
    check: () => `request: { url: "ws://127.0.0.1:${hostilePeers[peer]!.port}/" }`,
    category: 'MALFORMED_RESPONSE',
    message: new RegExp(`^The server broke the WebSocket protocol: Invalid WebSocket frame: ${detail.source}`),
  })),
  {
    name: 'a wrong Sec-WebSocket-Accept is WEBSOCKET, the handshake failed',
    check: () => `request: { url: "ws://127.0.0.1:${hostilePeers.wrongAccept!.port}/" }`,
    category: 'WEBSOCKET',
    message: /The WebSocket handshake failed: Invalid Sec-WebSocket-Accept header/,
  },
  {
    name: '101 without an Upgrade header is WEBSOCKET, saying so',
    check: () => `request: { url: "ws://127.0.0.1:${hostilePeers.switchedWithoutUpgrade!.port}/" }`,
    category: 'WEBSOCKET',
    message: /answered 101 Switching Protocols without `Upgrade: websocket`/,
  },
  {
    name: 'an answer that is not HTTP is MALFORMED_RESPONSE',
    check: () => `request: { url: "ws://127.0.0.1:${hostilePeers.notHttp!.port}/" }`,
    category: 'MALFORMED_RESPONSE',
    message: /invalid HTTP response: Parse Error: Expected HTTP\//,
  },
];

describe('websocket check against hostile servers', () => {
  let run: RunResult;
  beforeAll(async () => {
    for (const [name, answer] of Object.entries(HOSTILE)) {
      hostilePeers[name] = await startRawServer((socket) => socket.on('error', () => undefined).once('data', (data: Buffer) => socket.write(answer(data.toString('latin1')))));
    }
    run = await runManifestText(scenarioManifest('websocket', hostileScenarios, 'defaults: { timeout: 5s }\n'));
  });

  afterAll(async () => {
    await Promise.all(Object.values(hostilePeers).map((peer) => peer.close()));
  });

  it.each(hostileScenarios.map((s) => [s.name, s] as const))('%s', (_, scenario) => {
    expectScenario(checkNamed(run, scenario.name), scenario);
  });
});

describe('the process after a websocket conversation', () => {
  it('exits as soon as the checks end: no wait for a message outlives its attempt', async () => {
    await ensureCliBundle();
    const folder = mkdtempSync(path.join(tmpdir(), 'probegate-ws-exit-'));
    const manifest = path.join(folder, 'probegate.yml');
    // Each waits for a message for 5 minutes; the attempt ends long before (its timeout, a close).
    writeFileSync(
      manifest,
      `version: 1
checks:
  - name: silent
    type: websocket
    timeout: 500ms
    request: { url: "${plain.url}/silent", messages: [ { receive: { within: 5m } } ] }
  - name: closing
    type: websocket
    timeout: 5m
    overall_timeout: 5m
    request: { url: "${plain.url}/bye", messages: [ { send: ping }, { receive: { within: 5m } } ] }
`,
    );
    const json = path.join(folder, 'report.json');
    // Generous on purpose, not a speed test: a process held open by a timer is killed at the bound, and runCli reports code null.
    const result = await runCli(['run', manifest, '--json', json], { timeoutMs: 30_000 });
    expect(result.code).toBe(1);
    const report = JSON.parse(readFileSync(json, 'utf8')) as { checks: { name: string; error: { category: string; code: string } | null }[] };
    expect(Object.fromEntries(report.checks.map((c) => [c.name, `${c.error?.category}:${c.error?.code}`]))).toEqual({
      silent: 'TIMEOUT:REQUEST_TIMEOUT',
      closing: 'WEBSOCKET:WEBSOCKET',
    });
  }, 90_000);
});
