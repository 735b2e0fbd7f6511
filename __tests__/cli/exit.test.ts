// "The process exits as soon as its reports are written": peers that accept and then never
// answer, holding their sockets open, must not keep the built CLI alive after its verdict.
import dgram from 'node:dgram';
import { mkdtempSync, readFileSync } from 'node:fs';
import type net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBundle, runCli } from '../helpers/cli.js';
import { writeManifest } from '../helpers/run.js';
import { startHttpServer, startRawServer, type Peer } from '../helpers/servers.js';

let silentTcp: Peer;
let backtrackingBody: Peer;
let silentUdp: dgram.Socket;
const held: net.Socket[] = [];

beforeAll(async () => {
  await ensureCliBundle();
  // Accepts, reads, never writes, never closes.
  silentTcp = await startRawServer((socket) => {
    held.push(socket);
    socket.on('error', () => undefined).resume();
  });
  backtrackingBody = await startHttpServer((_, res) => res.writeHead(200).end(`${'a'.repeat(40)}b`));
  silentUdp = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => silentUdp.bind(0, '127.0.0.1', resolve));
}, 180_000);

afterAll(async () => {
  for (const socket of held) socket.destroy();
  silentUdp?.close();
  await Promise.all([silentTcp?.close(), backtrackingBody?.close()]);
});

describe('probegate run against peers that never answer', () => {
  it('exits by itself once the reports are written, with the gate’s verdict', async () => {
    const tcpPort = silentTcp.port;
    const udpPort = silentUdp.address().port;
    const manifest = writeManifest(`version: 1
defaults: { timeout: 500ms }
checks:
  - { name: http, type: http, request: { url: "http://127.0.0.1:${tcpPort}/" } }
  - { name: websocket, type: websocket, request: { url: "ws://127.0.0.1:${tcpPort}/" } }
  - { name: grpc, type: grpc, request: { host: 127.0.0.1, port: ${tcpPort}, call: health } }
  - { name: ssl, type: ssl, request: { host: 127.0.0.1, port: ${tcpPort} } }
  - { name: dns, type: dns, request: { host: www.example.test, server: 127.0.0.1, port: ${udpPort} } }
  - { name: udp, type: udp, request: { host: 127.0.0.1, port: ${udpPort}, message: ping } }
  - name: regex
    type: http
    overall_timeout: 500ms
    request: { url: "${backtrackingBody.url}/" }
    assertions: [ { type: body, operator: matches, target: "^(?=a)(a+)+$" } ]
  - name: regex answered by the worker
    type: http
    timeout: 30s
    request: { url: "${backtrackingBody.url}/" }
    assertions: [ { type: body, operator: matches, target: "^(?=a)a+b$" } ]
`);
    const json = path.join(mkdtempSync(path.join(tmpdir(), 'probegate-exit-')), 'report.json');
    // The bound is generous on purpose: this is not a speed test. A process held open by a socket,
    // a timer or a worker is killed at the bound, and runCli then reports code null.
    const result = await runCli(['run', manifest, '--json', json], { timeoutMs: 60_000 });
    expect(result.stderr).not.toMatch(/bug/i);
    expect(result.code).toBe(1);
    const report = JSON.parse(readFileSync(json, 'utf8')) as { checks: { name: string; status: string; error: { category: string; code: string } | null }[] };
    const outcomes = Object.fromEntries(report.checks.map((c) => [c.name, c.error ? `${c.status} ${c.error.category}:${c.error.code}` : c.status]));
    expect(outcomes).toEqual({
      http: 'failed TIMEOUT:REQUEST_TIMEOUT',
      websocket: 'failed TIMEOUT:REQUEST_TIMEOUT',
      grpc: 'failed TIMEOUT:REQUEST_TIMEOUT',
      ssl: 'failed TIMEOUT:REQUEST_TIMEOUT',
      dns: 'failed TIMEOUT:REQUEST_TIMEOUT',
      udp: 'failed TIMEOUT:REQUEST_TIMEOUT',
      regex: 'failed TIMEOUT:OVERALL_TIMEOUT',
      'regex answered by the worker': 'passed',
    });
  }, 90_000);
});
