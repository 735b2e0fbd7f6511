// Values taken from other step types than http: a DNS record, a gRPC message and its metadata.
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJourneyApp, type JourneyApp } from '../helpers/journey-app.js';
import { startDnsServer, type DnsPeer } from '../helpers/network-peers.js';
import { checkNamed, runManifestText } from '../helpers/run.js';

const PROTO = fileURLToPath(new URL('../fixtures/echo.proto', import.meta.url));

let app: JourneyApp;
let dns: DnsPeer;
let grpcServer: grpc.Server;
let grpcPort: number;
beforeAll(async () => {
  app = await startJourneyApp();
  grpcServer = new grpc.Server();
  const definitions = protoLoader.loadSync(PROTO, { keepCase: true, defaults: true });
  grpcServer.addService(definitions['probegate.test.Echo'] as grpc.ServiceDefinition, {
    Echo: (call: grpc.ServerUnaryCall<{ text: string }, object>, callback: grpc.sendUnaryData<object>) => {
      const trailer = new grpc.Metadata();
      trailer.set('x-grant', 'let-me-in');
      callback(null, { text: `echo:${call.request.text}` }, trailer);
    },
    Guarded: (call: grpc.ServerUnaryCall<{ text: string }, object>, callback: grpc.sendUnaryData<object>) => {
      if (call.metadata.get('x-token')[0] !== 'let-me-in') return callback({ code: grpc.status.UNAUTHENTICATED, details: 'wrong x-token' });
      callback(null, { text: `welcome ${call.request.text}` });
    },
  });
  grpcPort = await new Promise<number>((resolve, reject) =>
    grpcServer.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, port) => (error ? reject(error) : resolve(port))),
  );
  dns = await startDnsServer({
    'api.shop.test': { A: [{ address: '127.0.0.1' }] },
    'config.shop.test': { TXT: [{ data: 'release=r42; region=eu' }] },
  });
});
afterAll(async () => {
  grpcServer.forceShutdown();
  await Promise.all([app.close(), dns.close()]);
});

describe('extraction from grpc steps', () => {
  it('passes a value from the response message and one from its metadata to the next call', async () => {
    const call = (method: string, rest: string) =>
      `{ host: 127.0.0.1, port: ${grpcPort}, call: unary, proto: "${PROTO}", service: probegate.test.Echo, method: ${method}, ${rest} }`;
    const run = await runManifestText(`version: 1
checks:
  - name: Grant
    type: multistep
    steps:
      - name: Ask
        type: grpc
        request: ${call('Echo', 'message: { text: hello }')}
        extract:
          - { name: WHO, from: message, path: "$.text", regex: "echo:(\\\\w+)" }
          - { name: GRANT, from: metadata, property: x-grant, secret: true }
      - name: Enter
        type: grpc
        request: ${call('Guarded', 'message: { text: "{{ WHO }}" }, metadata: { x-token: "{{ GRANT }}" }')}
        assertions: [ { type: grpcProto, path: "$.text", operator: is, target: "welcome {{ WHO }}" } ]
`);
    const check = checkNamed(run, 'Grant');
    expect(check.error).toBeNull();
    expect(check.steps!.map((s) => s.extracted)).toEqual([{ WHO: 'hello', GRANT: '***' }, {}]);
    expect(check.steps![1]!.assertions[0]).toMatchObject({ target: 'welcome hello', actual: 'welcome hello', passed: true });
  });
});

describe('a gRPC message that is wholly an extracted value', () => {
  it('is left to the run, where the value is the JSON object it sends', async () => {
    const call = (message: string) =>
      `{ host: 127.0.0.1, port: ${grpcPort}, call: unary, proto: "${PROTO}", service: probegate.test.Echo, method: Echo, message: ${message} }`;
    const run = await runManifestText(`version: 1
checks:
  - name: Relay
    type: multistep
    steps:
      - name: Ask
        type: grpc
        request: ${call(`'{"text":"{\\"text\\":\\"relayed\\"}"}'`)}
        extract: [ { name: NEXT, from: message, path: "$.text", regex: "echo:(.*)" } ]
      - name: Relay
        type: grpc
        request: ${call('"{{ NEXT }}"')}
        assertions: [ { type: grpcProto, path: "$.text", operator: is, target: "echo:relayed" } ]
`);
    const check = checkNamed(run, 'Relay');
    expect(check.error).toBeNull();
    expect(check.steps!.map((s) => s.extracted)).toEqual([{ NEXT: '{"text":"relayed"}' }, {}]);
  });
});

describe('an empty value extracted', () => {
  it('fails with NOTHING_EXTRACTED for an empty repeated field, not the text "[]"', async () => {
    const run = await runManifestText(`version: 1
checks:
  - name: Tags
    type: multistep
    steps:
      - name: Ask
        type: grpc
        request: { host: 127.0.0.1, port: ${grpcPort}, call: unary, proto: "${PROTO}", service: probegate.test.Echo, method: Echo, message: { text: hello } }
        extract:
          - { name: TAGS, from: message, path: "$.tags" }
`);
    const check = checkNamed(run, 'Tags');
    expect(check.error).toMatchObject({ category: 'INCORRECT_ASSERTION', code: 'NOTHING_EXTRACTED' });
    expect(check.error!.message).toMatch(/extracted nothing for TAGS \(from message \$\.tags, line 10\): the value is an empty list/);
  });
});

describe('extraction from dns steps', () => {
  it('takes the first record, narrowed by a regex, into the next requests', async () => {
    const port = new URL(app.url).port;
    const run = await runManifestText(
      `version: 1
checks:
  - name: Discovery
    type: multistep
    steps:
      - name: Resolve the API
        type: dns
        request: { host: api.shop.test, record_type: A, server: 127.0.0.1, port: ${dns.port} }
        extract: [ { name: API_ADDR, from: record } ]
      - name: Read the release
        type: dns
        request: { host: config.shop.test, record_type: TXT, server: 127.0.0.1, port: ${dns.port} }
        extract: [ { name: RELEASE, from: record, regex: "release=(\\\\w+)" } ]
      - name: Call it
        type: http
        request: { url: "http://{{ API_ADDR }}:${port}/flaky", query: { release: "{{ RELEASE }}" } }
        retry: { count: 1, interval: 50ms }
`,
    );
    const check = checkNamed(run, 'Discovery');
    expect(check.error).toBeNull();
    expect(check.steps!.map((s) => s.extracted)).toEqual([{ API_ADDR: '127.0.0.1' }, { RELEASE: 'r42' }, {}]);
    expect(check.steps![2]!.attempts).toBe(2);
    expect(app.requests.filter((r) => r.path === '/flaky')).toHaveLength(2);
  });

  it('fails with NOTHING_EXTRACTED when the regex does not match the record', async () => {
    const run = await runManifestText(
      `version: 1
checks:
  - name: Discovery
    type: multistep
    steps:
      - name: Read the release
        type: dns
        request: { host: config.shop.test, record_type: TXT, server: 127.0.0.1, port: ${dns.port} }
        extract: [ { name: BUILD, from: record, regex: "build=(\\\\d+)" } ]
`,
    );
    const check = checkNamed(run, 'Discovery');
    expect(check.error).toMatchObject({ category: 'INCORRECT_ASSERTION', code: 'NOTHING_EXTRACTED', step: { index: 0 } });
    expect(check.error!.message).toMatch(/extracted nothing for BUILD \(from record with regex build=\(\\d\+\), line \d+\): the regex build=\(\\d\+\) does not match/);
  });
});
