// `ip_family: 4 | 6 | any` (SPEC §10): an outage of one address family can be caught on purpose.
// scripts/test.mjs gives the test namespace a name with an address of each family; peers listen
// on only one of them, so a check of the other family meets a closed port, as users would.
import dgram from 'node:dgram';
import { lookup } from 'node:dns/promises';
import nodeHttp from 'node:http';
import tls from 'node:tls';
import type { AddressInfo } from 'node:net';
import * as grpc from '@grpc/grpc-js';
import { HealthImplementation } from 'grpc-health-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { familyMiss } from '../../src/checks/ip-family.js';
import { createTestPki } from '../helpers/pki.js';
import { checkNamed, runManifestText } from '../helpers/run.js';
import { startHttpServer, startRawServer, type Peer } from '../helpers/servers.js';

const NAME = 'dual-stack.probegate.test';
// No IPv6-only name: glibc answers an IPv4 lookup of a hosts-file name for ::1 with 127.0.0.1.
const IPV4_ONLY = 'ipv4-only.probegate.test';
const familiesOf = (name: string) => lookup(name, { all: true }).then((found) => new Set(found.map((a) => a.family)), () => new Set<number>());
const families = await familiesOf(NAME);
const dualStack = families.has(4) && families.has(6);
const singleStackNames = [...(await familiesOf(IPV4_ONLY))].join() === '4';

let web4: Peer;
let web6: Peer;
let tcp6: Peer;
let tls6: { port: number; close(): void };
let udp6: dgram.Socket;
let ws6: nodeHttp.Server;
let grpc6: { port: number; server: grpc.Server };

beforeAll(async () => {
  web4 = await startHttpServer((_req, res) => res.end('v4'), '127.0.0.1');
  web6 = await startHttpServer((_req, res) => res.end('v6'), '::1');
  tcp6 = await startRawServer((socket) => socket.end(), '::1');
  const pki = await createTestPki();
  const open = new Set<tls.TLSSocket>();
  const server = tls.createServer(pki.leaf('valid'), (socket) => {
    open.add(socket);
    socket.on('error', () => undefined);
    socket.write('hello\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '::1', resolve));
  tls6 = { port: (server.address() as AddressInfo).port, close: () => (open.forEach((socket) => socket.destroy()), server.close()) };
  udp6 = dgram.createSocket('udp6');
  udp6.on('message', (message, peer) => udp6.send(message, peer.port, peer.address));
  await new Promise<void>((resolve) => udp6.bind(0, '::1', resolve));
  const sockets = new WebSocketServer({ noServer: true });
  sockets.on('connection', (ws) => ws.send('v6'));
  ws6 = nodeHttp.createServer((_req, res) => res.writeHead(426).end());
  ws6.on('upgrade', (req, socket, head) => sockets.handleUpgrade(req, socket, head, (ws) => sockets.emit('connection', ws, req)));
  await new Promise<void>((resolve) => ws6.listen(0, '::1', resolve));
  const health = new grpc.Server();
  new HealthImplementation({ '': 'SERVING' }).addToServer(health);
  const grpcPort = await new Promise<number>((resolve, reject) =>
    health.bindAsync('[::1]:0', grpc.ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
  );
  grpc6 = { port: grpcPort, server: health };
});

afterAll(async () => {
  await Promise.all([web4.close(), web6.close(), tcp6.close()]);
  tls6.close();
  udp6.close();
  grpc6.server.forceShutdown();
  ws6.closeAllConnections();
  await new Promise<void>((resolve) => ws6.close(() => resolve()));
});

const http = (name: string, family: string, port: () => number) => `  - name: ${name}
    type: http
    ip_family: ${family}
    request: { url: "http://${NAME}:${port()}/" }`;

describe.runIf(dualStack)('ip_family against a name with an IPv4 and an IPv6 address', () => {
  it('a multistep check\'s ip_family reaches its steps: an IPv4-only journey fails at a service on IPv6 only', async () => {
    const journey = (name: string, family: string) => `  - name: ${name}
    type: multistep
    ip_family: ${family}
    steps:
      - { name: Home, type: http, request: { url: "http://${NAME}:${web6.port}/" } }`;
    const run = await runManifestText(`version: 1
checks:
${journey('Journey over IPv6', '6')}
${journey('Journey over IPv4', '4')}
`);
    expect(checkNamed(run, 'Journey over IPv6').error).toBeNull();
    expect(checkNamed(run, 'Journey over IPv4').error).toMatchObject({ category: 'CONNREFUSED', step: { index: 0, name: 'Home' } });
  });

  it('an IPv6-only check passes against a service that listens on IPv6 only, and an IPv4-only check fails as refused at the IPv4 address', async () => {
    const run = await runManifestText(`version: 1
checks:
${http('Over IPv6', '6', () => web6.port)}
${http('Over IPv4', '4', () => web6.port)}
${http('Over either', 'any', () => web6.port)}
`);
    expect(checkNamed(run, 'Over IPv6').error).toBeNull();
    expect(checkNamed(run, 'Over either').error).toBeNull();
    const { error } = checkNamed(run, 'Over IPv4');
    expect(error).toMatchObject({ category: 'CONNREFUSED', code: 'CONNREFUSED' });
    expect(error!.message).toContain(`127.0.0.1:${web6.port}`);
  });

  it('an IPv6-only check fails as refused against a service that listens on IPv4 only', async () => {
    const run = await runManifestText(`version: 1
checks:
${http('Over IPv6', '6', () => web4.port)}
${http('Over IPv4', '4', () => web4.port)}
`);
    expect(checkNamed(run, 'Over IPv4').error).toBeNull();
    const { error } = checkNamed(run, 'Over IPv6');
    expect(error).toMatchObject({ category: 'CONNREFUSED' });
    expect(error!.message).toContain(`::1`);
  });

  it('tcp, ssl and udp checks keep to their family too', async () => {
    const check = (type: string, family: string, request: string, assertions = '') => `  - name: ${type} over IPv${family}
    type: ${type}
    ip_family: ${family}
    request: ${request}${assertions}`;
    const run = await runManifestText(`version: 1
checks:
${check('tcp', '6', `{ host: ${NAME}, port: ${tcp6.port} }`)}
${check('tcp', '4', `{ host: ${NAME}, port: ${tcp6.port} }`)}
${check('ssl', '6', `{ host: ${NAME}, port: ${tls6.port}, servername: localhost, insecure: true }`)}
${check('ssl', '4', `{ host: ${NAME}, port: ${tls6.port}, servername: localhost, insecure: true }`)}
${check('udp', '6', `{ host: ${NAME}, port: ${(udp6.address() as AddressInfo).port}, message: ping }`, '\n    assertions: [ { type: receivedMessage, operator: is, target: ping } ]')}
${check('udp', '4', `{ host: ${NAME}, port: ${(udp6.address() as AddressInfo).port}, message: ping }`)}
`);
    for (const type of ['tcp', 'ssl', 'udp']) {
      expect(checkNamed(run, `${type} over IPv6`).error, type).toBeNull();
      expect(checkNamed(run, `${type} over IPv4`).error, type).toMatchObject({ category: 'CONNREFUSED' });
    }
  });

  it('websocket and grpc checks keep to their family too', async () => {
    const check = (type: string, family: string, request: string) => `  - name: ${type} over IPv${family}
    type: ${type}
    ip_family: ${family}
    request: ${request}`;
    const wsPort = (ws6.address() as AddressInfo).port;
    const run = await runManifestText(`version: 1
checks:
${check('websocket', '6', `{ url: "ws://${NAME}:${wsPort}/" }\n    assertions: [ { type: receivedMessage, operator: is, target: v6 } ]`)}
${check('websocket', '4', `{ url: "ws://${NAME}:${wsPort}/" }`)}
${check('grpc', '6', `{ host: ${NAME}, port: ${grpc6.port}, call: health }`)}
${check('grpc', '4', `{ host: ${NAME}, port: ${grpc6.port}, call: health }`)}
`);
    for (const type of ['websocket', 'grpc']) {
      expect(checkNamed(run, `${type} over IPv6`).error, type).toBeNull();
      expect(checkNamed(run, `${type} over IPv4`).error, type).toMatchObject({ category: 'CONNREFUSED' });
    }
  });
});

// ping answers on loopback over either family, so a name with both addresses cannot tell which
// one ping used: a name with one address can, by the family it lacks.
describe.runIf(singleStackNames)('ip_family of icmp checks, against names with one address', () => {
  it('pings only over the family asked for', async () => {
    const check = (name: string, host: string, family: string) => `  - { name: ${name}, type: icmp, ip_family: ${family}, request: { host: ${host}, count: 1 } }`;
    const run = await runManifestText(`version: 1
checks:
${check('v4 name over IPv4', IPV4_ONLY, '4')}
${check('v4 name over IPv6', IPV4_ONLY, '6')}
${check('v4 name over any', IPV4_ONLY, 'any')}
`);
    for (const passing of ['v4 name over IPv4', 'v4 name over any']) expect(checkNamed(run, passing).error, passing).toBeNull();
    expect(checkNamed(run, 'v4 name over IPv6').error).toMatchObject({
      category: 'DNS',
      code: 'NODATA',
      message: expect.stringMatching(/^The name ipv4-only\.probegate\.test has no address of the IP family the check asks for \(ip_family\)/),
    });
  });
});

describe.runIf(singleStackNames)('a name without an address of the family asked for', () => {
  it('is DNS NODATA naming the family and the addresses the name has, for every check type that connects', async () => {
    const check = (type: string, family: string, request: string) => `  - { name: ${type} over IPv${family}, type: ${type}, ip_family: ${family}, request: ${request} }`;
    const run = await runManifestText(`version: 1
checks:
${check('http', '6', `{ url: "http://${IPV4_ONLY}:9/" }`)}
${check('tcp', '6', `{ host: ${IPV4_ONLY}, port: 9 }`)}
${check('ssl', '6', `{ host: ${IPV4_ONLY}, port: 9 }`)}
${check('udp', '6', `{ host: ${IPV4_ONLY}, port: 9, message: ping }`)}
${check('websocket', '6', `{ url: "ws://${IPV4_ONLY}:9/" }`)}
${check('grpc', '6', `{ host: ${IPV4_ONLY}, port: 9, call: health }`)}
  - { name: nowhere over IPv6, type: tcp, ip_family: 6, request: { host: nowhere.invalid, port: 9 } }
`);
    for (const type of ['http', 'tcp', 'ssl', 'udp', 'websocket', 'grpc']) {
      expect(checkNamed(run, `${type} over IPv6`).error, type).toMatchObject({
        category: 'DNS',
        code: 'NODATA',
        message: expect.stringContaining(`The name ${IPV4_ONLY} has no IPv6 address, which ip_family 6 asks for (it resolves to 127.0.0.1)`),
      });
    }
    // A name that does not resolve at all is still NXDOMAIN.
    expect(checkNamed(run, 'nowhere over IPv6').error).toMatchObject({ category: 'DNS', code: 'NXDOMAIN' });
  });
});

describe('familyMiss, for a name that was not found', () => {
  it('is nothing when the name has an address of the family asked for (a failure that came and went) or none at all', async () => {
    const notFound = (hostname: string) => Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
    expect(await familyMiss(notFound('localhost'), 4)).toBeUndefined();
    expect(await familyMiss(notFound('nowhere.invalid'), 6)).toBeUndefined();
    expect(await familyMiss(notFound('localhost'), undefined)).toBeUndefined();
    expect(await familyMiss(new Error('refused'), 6)).toBeUndefined();
  });
});

describe('ip_family written where it cannot hold', () => {
  it('an IPv6 address with ip_family 4 is INVALID_REQUEST at load time, naming both', async () => {
    const run = await runManifestText(`version: 1
checks:
  - name: Literal
    type: tcp
    ip_family: 4
    request: { host: "::1", port: 1 }
`);
    const { error } = checkNamed(run, 'Literal');
    expect(error).toMatchObject({ category: 'INVALID_REQUEST' });
    expect(error!.message).toContain('ip_family is 4 but the host ::1 is an IPv6 address');
  });

  it('a dns check refuses ip_family: it asks the server it is given', async () => {
    const run = await runManifestText(`version: 1
checks:
  - name: Records
    type: dns
    ip_family: 6
    request: { host: example.invalid, server: 127.0.0.1 }
`);
    const { error } = checkNamed(run, 'Records');
    expect(error).toMatchObject({ category: 'INVALID_REQUEST' });
    expect(error!.message).toContain('a dns check has no ip_family');
  });

  it('an ip_family other than 4, 6 or any is a schema problem', async () => {
    const run = await runManifestText(`version: 1
checks:
  - name: Five
    type: tcp
    ip_family: 5
    request: { host: 127.0.0.1, port: 1 }
`);
    expect(checkNamed(run, 'Five').error).toMatchObject({ category: 'INVALID_REQUEST' });
  });
});
