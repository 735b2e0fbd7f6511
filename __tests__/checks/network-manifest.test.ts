// One manifest with a dns, tcp, udp and icmp check, through the real schema, loader and engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/engine/run.js';
import { loadManifest } from '../../src/manifest/load.js';
import { startDnsServer, startUdpServer, type DnsPeer } from '../helpers/network-peers.js';
import { writeManifest } from '../helpers/run.js';
import { startRawServer, type Peer } from '../helpers/servers.js';

let dnsServer: DnsPeer;
let udpEcho: DnsPeer;
let tcpServer: Peer;

beforeAll(async () => {
  dnsServer = await startDnsServer({ 'api.preview.test': { A: [{ address: '127.0.0.1' }] } });
  udpEcho = await startUdpServer((message) => message.toString().toUpperCase());
  tcpServer = await startRawServer((socket) => socket.end());
});

afterAll(async () => {
  await Promise.all([dnsServer.close(), udpEcho.close(), tcpServer.close()]);
});

describe('a manifest with every network check type', () => {
  it('loads, runs and passes each of them, with its line and target', async () => {
    const file = writeManifest(`version: 1
defaults:
  timeout: 5s
variables:
  DNS_PORT: "${dnsServer.port}"
checks:
  - name: api resolves
    type: dns
    request: { host: api.preview.test, record_type: A, server: 127.0.0.1, port: "{{ DNS_PORT }}" }
    assertions:
      - { type: recordEvery, property: A, operator: is, target: 127.0.0.1 }
  - name: database port open
    type: tcp
    request: { host: 127.0.0.1, port: ${tcpServer.port} }
    assertions:
      - { type: connection, operator: is, target: established }
  - name: statsd answers
    type: udp
    request: { host: 127.0.0.1, port: ${udpEcho.port}, message: ping }
    assertions:
      - { type: receivedMessage, operator: is, target: PING }
  - name: host pings
    type: icmp
    request: { host: 127.0.0.1, count: 2 }
    assertions:
      - { type: packetLossPercentage, operator: is, target: 0 }
`);
    const manifest = await loadManifest({
      path: file,
      displayPath: '.github/probegate.yml',
      variables: { builtins: {}, inputs: {}, secretInputs: {}, env: {} },
    });
    expect(manifest.problems).toEqual([]);
    const { outcomes } = await runChecks(manifest, { concurrency: 4 });
    expect(outcomes.map((o) => [o.check.type, o.check.location.line, o.check.target, o.error])).toEqual([
      ['dns', 7, `api.preview.test A @127.0.0.1:${dnsServer.port}`, null],
      ['tcp', 12, `127.0.0.1:${tcpServer.port}`, null],
      ['udp', 17, `127.0.0.1:${udpEcho.port}`, null],
      ['icmp', 22, '127.0.0.1', null],
    ]);
    for (const outcome of outcomes) {
      expect(outcome.attempts).toBe(1);
      expect(outcome.assertions.map((a) => a.passed)).toEqual([true]);
    }
  });
});
