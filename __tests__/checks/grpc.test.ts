import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createSecureContext } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { HealthImplementation } from 'grpc-health-check';
import { WebSocketServer } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPki, type ServedCert, type TestPki } from '../helpers/pki.js';
import { checkNamed, loadManifestText, runManifestText } from '../helpers/run.js';
import { expectScenario, scenarioManifest, type Scenario } from '../helpers/scenarios.js';
import { closedPort, startRawServer, type Peer } from '../helpers/servers.js';
import { runChecks } from '../../src/engine/run.js';
import { classify } from '../../src/errors/classify.js';
import type { RunResult } from '../../src/model.js';

const PROTO = fileURLToPath(new URL('../fixtures/echo.proto', import.meta.url));

// The test service of fixtures/echo.proto; Missing is left unimplemented on purpose.
const echoService: grpc.UntypedServiceImplementation = {
  Echo: (call: grpc.ServerUnaryCall<{ text: string }, object>, callback: grpc.sendUnaryData<object>) => {
    call.sendMetadata(new grpc.Metadata());
    const trailer = new grpc.Metadata();
    trailer.set('x-served-by', 'echo-1');
    callback(null, { text: call.request.text, tags: ['a', 'b'], detail: { count: 3, ok: true } }, trailer);
  },
  Fail: (call: grpc.ServerUnaryCall<{ text: string }, object>, callback: grpc.sendUnaryData<object>) => {
    const code = grpc.status[call.request.text as keyof typeof grpc.status];
    callback({ code, details: `failing with ${call.request.text} as asked` });
  },
  Sleep: (call: grpc.ServerUnaryCall<{ delay_ms: number }, object>, callback: grpc.sendUnaryData<object>) => {
    const timer = setTimeout(() => callback(null, { text: 'slept' }), call.request.delay_ms);
    call.on('cancelled', () => clearTimeout(timer));
  },
  Guarded: (call: grpc.ServerUnaryCall<object, object>, callback: grpc.sendUnaryData<object>) => {
    if (call.metadata.get('x-token')[0] === 'let-me-in') return callback(null, { text: 'welcome' });
    callback({ code: grpc.status.UNAUTHENTICATED, details: 'missing or wrong x-token' });
  },
};

interface GrpcPeer {
  readonly port: number;
  close(): void;
}

/** A plaintext server, or a TLS one presenting `served`; with `clientCa`, it requires a client certificate issued under it. */
async function startGrpcServer(served?: ServedCert, clientCa?: string): Promise<GrpcPeer> {
  const definitions = protoLoader.loadSync(PROTO, { keepCase: true, longs: String, enums: String, defaults: true });
  const server = new grpc.Server();
  server.addService(definitions['probegate.test.Echo'] as grpc.ServiceDefinition, echoService);
  new HealthImplementation({ '': 'SERVING', payments: 'SERVING', ledger: 'NOT_SERVING' }).addToServer(server);
  const credentials = served
    ? grpc.ServerCredentials.createSsl(
        clientCa ? Buffer.from(clientCa) : null,
        [{ private_key: Buffer.from(served.key), cert_chain: Buffer.from(served.cert + served.chain.join('')) }],
        Boolean(clientCa),
      )
    : grpc.ServerCredentials.createInsecure();
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', credentials, (error, bound) => (error ? reject(error) : resolve(bound))),
  );
  return { port, close: () => server.forceShutdown() };
}

let pki: TestPki;
let plain: GrpcPeer;
let secure: GrpcPeer;
let expired: GrpcPeer;
let mutual: GrpcPeer;
let refused: number;

beforeAll(async () => {
  pki = await createTestPki();
  [plain, secure, expired, mutual, refused] = await Promise.all([
    startGrpcServer(),
    startGrpcServer(pki.leaf('valid')),
    startGrpcServer(pki.leaf('expired')),
    startGrpcServer(pki.leaf('valid'), pki.rootPem + pki.intermediatePem),
    closedPort(),
  ]);
});

afterAll(() => {
  for (const peer of [plain, secure, expired, mutual]) peer?.close();
});

const unary = (method: string, message: string, port = () => plain.port) => () =>
  `request: { host: 127.0.0.1, port: ${port()}, call: unary, proto: "${PROTO}", service: probegate.test.Echo, method: ${method}, message: ${message} }`;

const scenarios: Scenario[] = [
  {
    name: 'a SERVING health check passes its status and metadata assertions',
    check: () => `request: { host: 127.0.0.1, port: ${plain.port}, call: health, service: payments }
    assertions:
      - { type: grpcHealthcheckStatus, operator: is, target: SERVING }
      - { type: grpcMetadata, property: Content-Type, operator: is, target: application/grpc+proto }
      - { type: responseTime, operator: lessThan, target: 30000 }`,
    category: null,
  },
  {
    name: 'a health check without a service asks for the whole server',
    check: () => `request: { host: localhost, port: ${plain.port}, call: health }
    assertions:
      - { type: grpcHealthcheckStatus, operator: is, target: SERVING }`,
    category: null,
  },
  {
    name: 'a NOT_SERVING service fails the status assertion with expected and actual',
    check: () => `request: { host: 127.0.0.1, port: ${plain.port}, call: health, service: ledger }
    assertions:
      - { type: grpcHealthcheckStatus, operator: is, target: SERVING }`,
    category: 'INCORRECT_ASSERTION',
    message: /grpcHealthcheckStatus: expected is `SERVING`, actual `NOT_SERVING`/,
  },
  {
    name: 'a health status target in lower case names the same status',
    check: () => `request: { host: 127.0.0.1, port: ${plain.port}, call: health, service: payments }
    assertions:
      - { type: grpcHealthcheckStatus, operator: is, target: serving }`,
    category: null,
  },
  {
    name: 'isNot with a lower-case health status fails on that status',
    check: () => `request: { host: 127.0.0.1, port: ${plain.port}, call: health, service: ledger }
    assertions:
      - { type: grpcHealthcheckStatus, operator: isNot, target: not_serving }`,
    category: 'INCORRECT_ASSERTION',
    message: /grpcHealthcheckStatus: expected isNot `NOT_SERVING`, actual `NOT_SERVING`/,
  },
  {
    name: 'a health status target that is no status is INVALID_REQUEST at load, with a did-you-mean',
    check: () => `request: { host: 127.0.0.1, port: ${plain.port}, call: health, service: ledger }
    assertions:
      - { type: grpcHealthcheckStatus, operator: isNot, target: NOT_SERVNG }`,
    category: 'INVALID_REQUEST',
    message: /"NOT_SERVNG" is not a gRPC health status: did you mean NOT_SERVING\? \(use UNKNOWN, SERVING, NOT_SERVING, SERVICE_UNKNOWN\)/,
  },
  {
    name: 'a NOT_SERVING service fails a health check that has no assertions',
    check: () => `request: { host: 127.0.0.1, port: ${plain.port}, call: health, service: ledger }`,
    category: 'INCORRECT_ASSERTION',
    message: /grpcHealthcheckStatus: expected is `SERVING`, actual `NOT_SERVING`/,
  },
  {
    name: 'a service the health server does not know is GRPC NOT_FOUND',
    check: () => `request: { host: 127.0.0.1, port: ${plain.port}, call: health, service: nope }`,
    category: 'GRPC',
    code: 'NOT_FOUND',
    message: /status 5 NOT_FOUND: Health status unknown for service nope/,
  },
  {
    name: 'a unary call passes assertions on the response JSON and the trailers',
    check: () => `${unary('Echo', '{ text: hello }')()}
    assertions:
      - { type: grpcProto, path: "$.text", operator: is, target: hello }
      - { type: grpcProto, path: "$.detail.count", operator: is, target: "3" }
      - { type: grpcProto, path: "$.tags", operator: contains, target: b }
      - { type: grpcProto, operator: contains, target: '"ok":true' }
      - { type: grpcMetadata, property: x-served-by, operator: is, target: echo-1 }`,
    category: null,
  },
  {
    name: 'a message given as JSON text is sent as the request',
    check: unary('Echo', `'{"text": "from json"}'`),
    category: null,
  },
  {
    name: 'a status the server chose is GRPC with its name and details',
    check: unary('Fail', '{ text: INTERNAL }'),
    category: 'GRPC',
    code: 'INTERNAL',
    message: /status 13 INTERNAL: failing with INTERNAL as asked/,
  },
  {
    name: 'DEADLINE_EXCEEDED sent by the server itself stays GRPC, not TIMEOUT',
    check: unary('Fail', '{ text: DEADLINE_EXCEEDED }'),
    category: 'GRPC',
    code: 'DEADLINE_EXCEEDED',
  },
  {
    name: 'a method the server does not implement is GRPC UNIMPLEMENTED',
    check: unary('Missing', '{}'),
    category: 'GRPC',
    code: 'UNIMPLEMENTED',
  },
  {
    name: 'a call that outlasts the timeout is TIMEOUT REQUEST_TIMEOUT, not DEADLINE_EXCEEDED',
    check: () => `${unary('Sleep', '{ delay_ms: 5000 }')()}
    timeout: 300ms`,
    category: 'TIMEOUT',
    code: 'REQUEST_TIMEOUT',
    message: /request timeout of 300 ms while waiting for the first byte/,
  },
  {
    name: 'UNAUTHENTICATED is AUTHENTICATION_ERROR without retries',
    check: () => `${unary('Guarded', '{}')()}
    retry: { count: 2, interval: 10ms }`,
    category: 'AUTHENTICATION_ERROR',
    message: /UNAUTHENTICATED: missing or wrong x-token/,
  },
  {
    name: 'metadata is sent with the call',
    check: () => `request: { host: 127.0.0.1, port: ${plain.port}, call: unary, proto: "${PROTO}", service: Echo, method: Guarded, metadata: { x-token: let-me-in } }
    assertions:
      - { type: grpcProto, path: "$.text", operator: is, target: welcome }`,
    category: null,
  },
  {
    name: 'a refused port is CONNREFUSED naming the address, not UNAVAILABLE',
    check: () => `request: { host: 127.0.0.1, port: ${refused}, call: health }`,
    category: 'CONNREFUSED',
    message: /Connection refused by 127\.0\.0\.1:\d+\. Check that the service is running/,
  },
  {
    name: 'a name under .invalid is DNS NXDOMAIN, not UNAVAILABLE',
    check: () => `request: { host: grpc.preview.invalid, port: 50051, call: health }`,
    category: 'DNS',
    code: 'NXDOMAIN',
    message: /grpc\.preview\.invalid does not resolve/,
  },
  {
    name: 'TLS with the right CA passes',
    check: () => `request: { host: localhost, port: ${secure.port}, call: health, tls: { ca: ${JSON.stringify(pki.rootPem)} } }
    assertions:
      - { type: grpcHealthcheckStatus, operator: is, target: SERVING }`,
    category: null,
  },
  {
    name: 'an expired certificate is SSL CERT_HAS_EXPIRED, not UNAVAILABLE',
    check: () => `request: { host: 127.0.0.1, port: ${expired.port}, call: health, tls: { ca: ${JSON.stringify(pki.rootPem)} } }`,
    category: 'SSL',
    code: 'CERT_HAS_EXPIRED',
    message: /certificate has expired\. Renew the certificate/,
  },
  {
    name: 'tls: true against an untrusted private CA is SSL UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    check: () => `request: { host: 127.0.0.1, port: ${secure.port}, call: health, tls: true }`,
    category: 'SSL',
    code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  },
  {
    name: 'insecure TLS accepts the expired certificate',
    check: () => `request: { host: 127.0.0.1, port: ${expired.port}, call: health, tls: { insecure: true } }`,
    category: null,
  },
  {
    name: 'a client certificate is presented when the server requires one',
    check: () => `request:
      host: localhost
      port: ${mutual.port}
      call: health
      tls: { ca: ${JSON.stringify(pki.rootPem)}, cert: ${JSON.stringify(pki.client.cert)}, key: ${JSON.stringify(pki.client.key)} }`,
    category: null,
  },
  {
    name: 'no client certificate for a server that requires one is SSL CERTIFICATE_REQUIRED',
    check: () => `request: { host: localhost, port: ${mutual.port}, call: health, tls: { ca: ${JSON.stringify(pki.rootPem)} } }`,
    category: 'SSL',
    code: 'CERTIFICATE_REQUIRED',
  },
  {
    name: 'TLS against a plaintext port is SSL NOT_TLS',
    check: () => `request: { host: 127.0.0.1, port: ${plain.port}, call: health, tls: true }`,
    category: 'SSL',
    code: 'NOT_TLS',
  },
];

describe('grpc check against loopback peers', () => {
  let run: RunResult;
  beforeAll(async () => {
    run = await runManifestText(scenarioManifest('grpc', scenarios));
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_, scenario) => {
    expectScenario(checkNamed(run, scenario.name), scenario);
  });

  it('makes one attempt after UNAUTHENTICATED although retries were configured', () => {
    expect(checkNamed(run, 'UNAUTHENTICATED is AUTHENTICATION_ERROR without retries').attempts).toBe(1);
  });

  it('times DNS, connect, TLS and the response from real events, and reports the certificate', () => {
    const plaintext = checkNamed(run, 'a health check without a service asks for the whole server');
    expect(Object.keys(plaintext.timings).sort()).toEqual(['connect', 'dns', 'download', 'firstByte', 'total']);
    expect(plaintext.protocol).toBe('h2');
    const overTls = checkNamed(run, 'TLS with the right CA passes');
    expect(Object.keys(overTls.timings).sort()).toEqual(['connect', 'dns', 'download', 'firstByte', 'tls', 'total']);
    expect(overTls.tls?.chain[0]?.subject).toContain('CN=localhost');
    const byIp = checkNamed(run, 'a SERVING health check passes its status and metadata assertions');
    expect(byIp.timings.dns).toBeUndefined();
    const timedOut = checkNamed(run, 'a call that outlasts the timeout is TIMEOUT REQUEST_TIMEOUT, not DEADLINE_EXCEEDED');
    expect(timedOut.timings.connect).toBeGreaterThan(0);
    expect(timedOut.timings.firstByte).toBeUndefined();
  });
});

describe('grpc checks that cannot run are INVALID_REQUEST at their line', () => {
  const invalid: { name: string; request: string; field: string; message: RegExp }[] = [
    { name: 'a proto file that does not exist', request: 'proto: missing.proto, service: Echo, method: Echo', field: 'proto', message: /cannot load the proto file missing\.proto: no such file/ },
    { name: 'a service the proto lacks', request: `proto: "${PROTO}", service: Nope, method: Echo`, field: 'service', message: /defines no service "Nope" \(give one of: probegate\.test\.Echo\)/ },
    { name: 'a method the service lacks', request: `proto: "${PROTO}", service: Echo, method: Nope`, field: 'method', message: /no method "Nope" \(it has: Echo, Fail, Sleep, Guarded, Missing, Watch\)/ },
    { name: 'a streaming method', request: `proto: "${PROTO}", service: Echo, method: Watch`, field: 'method', message: /is a streaming method/ },
    { name: 'a message that is JSON null', request: `proto: "${PROTO}", service: Echo, method: Echo, message: "null"`, field: 'message', message: /the message is null, not an object/ },
    { name: 'a message that is a JSON number', request: `proto: "${PROTO}", service: Echo, method: Echo, message: "5"`, field: 'message', message: /the message is a number, not an object/ },
    { name: 'a message that is a JSON list', request: `proto: "${PROTO}", service: Echo, method: Echo, message: "[1]"`, field: 'message', message: /the message is a list, not an object/ },
    { name: 'a message field the request type lacks', request: `proto: "${PROTO}", service: Echo, method: Echo, message: { txt: hi }`, field: 'message', message: /no field txt \(it has: text, delay_ms\)/ },
  ];

  it.each(invalid.map((c) => [c.name, c] as const))('%s', async (_, scenario) => {
    const yaml = `version: 1
checks:
  - name: broken
    type: grpc
    request:
      host: 127.0.0.1
      port: 50051
      call: unary
      ${scenario.request.split(', ').join('\n      ')}
`;
    const run = await runManifestText(yaml);
    const result = checkNamed(run, 'broken');
    expect(result.error?.category).toBe('INVALID_REQUEST');
    expect(result.error?.message).toMatch(scenario.message);
    const line = yaml.split('\n').findIndex((text) => text.trimStart().startsWith(`${scenario.field}:`)) + 1;
    expect(result.check.location.line).toBe(line);
    expect(result.attempts).toBe(0);
  });
});

describe('a manifest with grpc and websocket checks', () => {
  it('loads a proto beside the manifest, runs both types, and reports a missing proto at its line', async () => {
    const echo = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    echo.on('connection', (socket) => socket.on('message', (data) => socket.send(data.toString())));
    await new Promise((resolve) => echo.once('listening', resolve));
    const yaml = `version: 1
checks:
  - name: echo over grpc
    type: grpc
    request:
      host: 127.0.0.1
      port: ${plain.port}
      call: unary
      proto: echo.proto
      service: probegate.test.Echo
      method: Echo
      message: { text: "{{ SHA }}" }
    assertions:
      - { type: grpcProto, path: "$.text", operator: is, target: abc123 }
  - name: echo over websocket
    type: websocket
    request: { url: "ws://127.0.0.1:${(echo.address() as AddressInfo).port}/", message: "{{ PR_NUMBER }}" }
    assertions:
      - { type: receivedMessage, operator: is, target: "7" }
  - name: proto that is not there
    type: grpc
    request:
      host: 127.0.0.1
      port: ${plain.port}
      call: unary
      proto: gone.proto
      service: Echo
      method: Echo
`;
    try {
      const manifest = await loadManifestText(yaml, { files: { 'echo.proto': readFileSync(PROTO, 'utf8') } });
      const { outcomes } = await runChecks(manifest, { concurrency: 2 });
      const [grpcOutcome, websocketOutcome, missing] = outcomes;
      expect(grpcOutcome?.error, grpcOutcome?.error?.message).toBeNull();
      expect(grpcOutcome?.check.target).toBe(`127.0.0.1:${plain.port} /probegate.test.Echo/Echo`);
      expect(websocketOutcome?.error, websocketOutcome?.error?.message).toBeNull();
      expect(missing?.error).toMatchObject({ category: 'INVALID_REQUEST', code: 'INVALID_REQUEST' });
      const line = yaml.split('\n').indexOf('      proto: gone.proto') + 1;
      expect(missing?.error?.message).toContain(`line ${line}: checks[2].request.proto: cannot load the proto file gone.proto: no such file`);
      expect(missing?.check.location).toMatchObject({ file: '.github/probegate.yml', line });
      expect(manifest.problems.map((p) => p.location.line)).toEqual([line]);
    } finally {
      await new Promise((resolve) => echo.close(resolve));
    }
  });
});

describe('grpc-js errors classified from their own words', () => {
  // The check's connector keeps the raw TLS error; grpc-js on its own keeps only OpenSSL's text.
  it('maps the text of a TLS failure inside UNAVAILABLE back to its verify code', async () => {
    const credentials = grpc.credentials.createFromSecureContext(createSecureContext({ ca: pki.rootPem }));
    const client = new grpc.Client(`localhost:${expired.port}`, credentials, { 'grpc.use_local_subchannel_pool': 1 });
    const error = await new Promise<grpc.ServiceError>((resolve) => {
      const deadline = Date.now() + 5000;
      client.makeUnaryRequest('/grpc.health.v1.Health/Check', () => Buffer.alloc(0), (b: Buffer) => b, {}, new grpc.Metadata(), { deadline }, (e) => resolve(e!));
    });
    client.close();
    expect(error.code).toBe(grpc.status.UNAVAILABLE);
    expect(error.cause).toBeUndefined();
    expect(classify(error).toInfo()).toMatchObject({ category: 'SSL', code: 'CERT_HAS_EXPIRED', message: expect.stringMatching(/certificate has expired/) });
  });
});

// Peers that are not gRPC servers at all, byte for byte: what a port serving something else sends.
describe('grpc check against hostile servers', () => {
  const answers: Record<string, string> = {
    garbage: 'SSH-2.0-OpenSSH_9.6\r\n',
    http1: 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok',
  };
  const peers: Record<string, Peer> = {};
  const hostileScenarios: Scenario[] = [
    {
      name: 'a port that answers garbage instead of HTTP/2 is HTTP2, a protocol error',
      check: () => `request: { host: 127.0.0.1, port: ${peers.garbage!.port}, call: health }`,
      category: 'HTTP2',
      message: /^Error performing HTTP\/2 request: Protocol error/,
    },
    {
      name: 'a port that answers HTTP/1.1 is HTTP2, a protocol error',
      check: () => `request: { host: 127.0.0.1, port: ${peers.http1!.port}, call: health }`,
      category: 'HTTP2',
      message: /^Error performing HTTP\/2 request: Protocol error/,
    },
  ];
  let run: RunResult;
  beforeAll(async () => {
    for (const [name, answer] of Object.entries(answers)) {
      peers[name] = await startRawServer((socket) => socket.on('error', () => undefined).once('data', () => socket.write(answer)));
    }
    run = await runManifestText(scenarioManifest('grpc', hostileScenarios, 'defaults: { timeout: 5s }\n'));
  });
  afterAll(async () => {
    await Promise.all(Object.values(peers).map((peer) => peer.close()));
  });

  it.each(hostileScenarios.map((s) => [s.name, s] as const))('%s', (_, scenario) => {
    expectScenario(checkNamed(run, scenario.name), scenario);
  });
});

describe('grpc check against a raw HTTP/2 server that breaks the protocol', () => {
  // Each answer is chosen by the request's x-mode metadata.
  const frame = (bytes: Buffer, compressed = 0) => {
    const prefix = Buffer.alloc(5);
    prefix[0] = compressed;
    prefix.writeUInt32BE(bytes.length, 1);
    return Buffer.concat([prefix, bytes]);
  };
  const SERVING = Buffer.from([0x08, 0x01]);
  const OK_HEADERS = { ':status': 200, 'content-type': 'application/grpc' };
  const withTrailers = (stream: import('node:http2').ServerHttp2Stream, trailers: Record<string, string>, headers: Record<string, string | number> = OK_HEADERS) => {
    stream.respond(headers, { waitForTrailers: true });
    stream.on('wantTrailers', () => stream.sendTrailers(trailers));
  };
  const modes: Record<string, (stream: import('node:http2').ServerHttp2Stream) => void> = {
    'html-200': (stream) => {
      stream.respond({ ':status': 200, 'content-type': 'text/html' });
      stream.end('<html>oops</html>');
    },
    'no-status': (stream) => {
      stream.respond(OK_HEADERS);
      stream.end(frame(SERVING));
    },
    'ok-without-message': (stream) => stream.respond({ ...OK_HEADERS, 'grpc-status': '0' }, { endStream: true }),
    'cut-short': (stream) => {
      withTrailers(stream, { 'grpc-status': '0' });
      stream.end(frame(Buffer.alloc(100)).subarray(0, 20));
    },
    unparseable: (stream) => {
      withTrailers(stream, { 'grpc-status': '0' });
      stream.end(frame(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f])));
    },
    'compressed-without-encoding': (stream) => {
      withTrailers(stream, { 'grpc-status': '0' });
      stream.end(frame(SERVING, 1));
    },
    snappy: (stream) => {
      withTrailers(stream, { 'grpc-status': '0' }, { ...OK_HEADERS, 'grpc-encoding': 'snappy' });
      stream.end(frame(SERVING, 1));
    },
    'two-messages': (stream) => {
      withTrailers(stream, { 'grpc-status': '0' });
      stream.write(frame(SERVING));
      stream.end(frame(SERVING));
    },
    'status-abc': (stream) => {
      withTrailers(stream, { 'grpc-status': 'abc' });
      stream.end(frame(SERVING));
    },
    'status-99': (stream) => {
      withTrailers(stream, { 'grpc-status': '99' });
      stream.end(frame(SERVING));
    },
    // A 6 MiB message: over grpc-js's 4 MiB default, under the 10 MiB cap.
    'six-mib': (stream) => {
      withTrailers(stream, { 'grpc-status': '0' });
      const status = Buffer.from([0x08, 0x01]);
      const filler = Buffer.concat([Buffer.from([0x12, 0x80, 0x80, 0x80, 0x03]), Buffer.alloc(6 * 1024 * 1024, 0x61)]); // unknown field 2, 6 MiB
      stream.end(frame(Buffer.concat([status, filler])));
    },
    'eleven-mib': (stream) => {
      withTrailers(stream, { 'grpc-status': '0' });
      stream.end(frame(Buffer.alloc(11 * 1024 * 1024, 0x61)));
    },
    'gzip-bomb': (stream) => {
      withTrailers(stream, { 'grpc-status': '0' }, { ...OK_HEADERS, 'grpc-encoding': 'gzip' });
      stream.end(frame(gzipSync(Buffer.alloc(11 * 1024 * 1024)), 1));
    },
  };
  let server: import('node:http2').Http2Server;
  let port = 0;
  const check = (mode: string) => () => `request: { host: 127.0.0.1, port: ${port}, call: health, metadata: { x-mode: ${mode} } }`;
  const rawScenarios: Scenario[] = [
    { name: 'an HTTP/2 200 text/html reply is MALFORMED_RESPONSE naming its content-type', check: check('html-200'), category: 'MALFORMED_RESPONSE', message: /content-type "text\/html", not application\/grpc/ },
    { name: 'a stream ended without a grpc-status is MALFORMED_RESPONSE', check: check('no-status'), category: 'MALFORMED_RESPONSE', message: /ended the call without a grpc-status trailer/ },
    { name: 'status OK without a message is MALFORMED_RESPONSE', check: check('ok-without-message'), category: 'MALFORMED_RESPONSE', message: /status OK but sent no complete response message/ },
    { name: 'a message cut short of its length prefix is MALFORMED_RESPONSE', check: check('cut-short'), category: 'MALFORMED_RESPONSE', message: /status OK but sent no complete response message/ },
    { name: 'a message that does not parse as the response type is MALFORMED_RESPONSE', check: check('unparseable'), category: 'MALFORMED_RESPONSE', message: /does not parse as the method's response type/ },
    { name: 'a compressed message without grpc-encoding is MALFORMED_RESPONSE', check: check('compressed-without-encoding'), category: 'MALFORMED_RESPONSE', message: /marked compressed, but with no grpc-encoding or one gRPC clients do not decode/ },
    { name: 'a message in an encoding gRPC clients do not decode is MALFORMED_RESPONSE', check: check('snappy'), category: 'MALFORMED_RESPONSE', message: /marked compressed, but with no grpc-encoding or one gRPC clients do not decode/ },
    { name: 'two messages on a unary call are MALFORMED_RESPONSE at once', check: check('two-messages'), category: 'MALFORMED_RESPONSE', message: /more than one response message on a unary call/ },
    { name: 'a grpc-status that is not a number is MALFORMED_RESPONSE', check: check('status-abc'), category: 'MALFORMED_RESPONSE', message: /grpc-status that is not a number/ },
    { name: 'a grpc-status gRPC does not define is GRPC:UNKNOWN', check: check('status-99'), category: 'GRPC', code: 'UNKNOWN', message: /status 99, which gRPC does not define/ },
    { name: 'a 6 MiB response message is read (the cap is 10 MiB, not grpc-js 4 MiB)', check: check('six-mib'), category: null },
    { name: 'a response message over the 10 MiB cap is BODY_TOO_LARGE', check: check('eleven-mib'), category: 'BODY_TOO_LARGE', message: /larger than the cap of 10485760 bytes/ },
    { name: 'a compressed message over the 10 MiB cap once decompressed is BODY_TOO_LARGE', check: check('gzip-bomb'), category: 'BODY_TOO_LARGE', message: /larger than the cap of 10485760 bytes once decompressed/ },
  ];
  let run: RunResult;
  beforeAll(async () => {
    const http2 = await import('node:http2');
    server = http2.createServer();
    server.on('stream', (stream, headers) => {
      stream.on('error', () => undefined);
      stream.on('data', () => undefined);
      modes[String(headers['x-mode'])]!(stream);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    run = await runManifestText(scenarioManifest('grpc', rawScenarios, 'defaults: { timeout: 5s }\n'));
  }, 30_000);
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each(rawScenarios.map((s) => [s.name, s] as const))('%s', (_, scenario) => {
    expectScenario(checkNamed(run, scenario.name), scenario);
  });
});
