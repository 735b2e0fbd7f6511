// The proxy code is loaded only when a proxy is set (SPEC §10): a run of http and websocket
// checks without one never imports the tunnel module, and the first check through a proxy does.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocketServer } from 'ws';
import { startConnectProxy, type ConnectProxy } from '../helpers/connect-proxy.js';
import { checkNamed, runManifestText } from '../helpers/run.js';

const imported = vi.hoisted(() => ({ tunnel: 0 }));
vi.mock('../../src/checks/proxy-tunnel.js', async (importOriginal) => {
  imported.tunnel++;
  return importOriginal();
});

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];

let server: http.Server;
let port: number;
let proxy: ConnectProxy;
const saved = Object.fromEntries(PROXY_VARIABLES.map((name) => [name, process.env[name]]));

beforeAll(async () => {
  const sockets = new WebSocketServer({ noServer: true });
  sockets.on('connection', (ws) => ws.send('hello'));
  server = http.createServer((_req, res) => res.end('ok'));
  server.on('upgrade', (req, socket, head) => sockets.handleUpgrade(req, socket, head, (ws) => sockets.emit('connection', ws, req)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  proxy = await startConnectProxy({ 'web.invalid:80': port });
  for (const name of PROXY_VARIABLES) delete process.env[name];
});

afterEach(() => {
  for (const name of PROXY_VARIABLES) delete process.env[name];
});

afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) if (value !== undefined) process.env[name] = value;
  await proxy.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('the proxy tunnel module', () => {
  it('is not imported by http and websocket checks that connect directly', async () => {
    const run = await runManifestText(`version: 1
checks:
  - { name: Page, type: http, request: { url: "http://127.0.0.1:${port}/" }, assertions: [ { type: body, operator: is, target: ok } ] }
  - { name: Socket, type: websocket, request: { url: "ws://127.0.0.1:${port}/" }, assertions: [ { type: receivedMessage, operator: is, target: hello } ] }
`);
    expect(run.checks.map((c) => c.error)).toEqual([null, null]);
    expect(imported.tunnel).toBe(0);
  });

  it('is imported by the first check that goes through a proxy', async () => {
    process.env.HTTP_PROXY = proxy.url;
    const run = await runManifestText(`version: 1
checks:
  - { name: Proxied, type: http, request: { url: "http://web.invalid/" }, assertions: [ { type: body, operator: is, target: ok } ] }
`);
    expect(checkNamed(run, 'Proxied').error).toBeNull();
    expect(checkNamed(run, 'Proxied').proxy).toBe(proxy.url);
    expect(imported.tunnel).toBe(1);
  });
});
