// http and websocket checks behind a forward proxy (SPEC §10): HTTPS_PROXY / HTTP_PROXY /
// NO_PROXY and `request.proxy`, through real CONNECT proxies on loopback. The targets are
// `.invalid` names that only the proxy can route, so a check that bypassed the proxy would fail
// as DNS instead of passing.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { startConnectProxy, type ConnectProxy } from '../helpers/connect-proxy.js';
import { createTestPki, startHttpsServer, type TestPki, type TlsPeer } from '../helpers/pki.js';
import { checkNamed, runManifestText } from '../helpers/run.js';
import { closedPort, startHttpServer, type Peer } from '../helpers/servers.js';
import { renderJsonReport } from '../../src/report/json.js';

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];

let pki: TestPki;
let web: Peer;
let secure: TlsPeer;
let sockets: Peer;
let proxy: ConnectProxy;
let strictProxy: ConnectProxy;
let refusingPort: number;

beforeAll(async () => {
  pki = await createTestPki();
  web = await startHttpServer((_req, res) => res.end('plain ok'));
  secure = await startHttpsServer(pki.leaf('valid'), (_req, res) => res.end('secure ok'));
  sockets = await startWebSocketPeer();
  const routes = { 'web.invalid:80': web.port, 'secure.invalid:443': secure.port, 'socket.invalid:80': sockets.port, [`127.0.0.1:${web.port}`]: web.port };
  proxy = await startConnectProxy(routes);
  strictProxy = await startConnectProxy(routes, { credentials: 'probe:s3cret' });
  refusingPort = await closedPort();
});

afterAll(async () => {
  await Promise.all([web.close(), secure.close(), sockets.close(), proxy.close(), strictProxy.close()]);
});

afterEach(() => {
  for (const name of PROXY_VARIABLES) delete process.env[name];
});

/** A WebSocket server that greets every client and echoes what it is sent. */
async function startWebSocketPeer(): Promise<Peer> {
  const wss = new WebSocketServer({ noServer: true });
  wss.on('connection', (ws) => {
    ws.on('message', (data) => ws.send(`echo: ${String(data)}`));
    ws.send('hello through the tunnel');
  });
  const server = http.createServer((_req, res) => res.writeHead(426).end());
  server.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `ws://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const HTTPS_CHECK = (extra = '') => `version: 1
checks:
  - name: Secure page
    type: http
    request: { url: "https://secure.invalid/", tls: { ca: ${JSON.stringify(pki.rootPem)}, servername: localhost }${extra} }
    assertions: [ { type: body, operator: is, target: secure ok } ]
`;

describe('a check behind a forward proxy', () => {
  it('reaches an https:// target through HTTPS_PROXY, timing connect to the proxy and naming it in the report', async () => {
    process.env.HTTPS_PROXY = proxy.url;
    const run = await runManifestText(HTTPS_CHECK());
    const result = checkNamed(run, 'Secure page');
    expect(result.error).toBeNull();
    expect(result.status).toBe('passed');
    expect(result.proxy).toBe(proxy.url);
    expect(proxy.tunnels).toContain('secure.invalid:443');
    expect(result.timings.connect).toBeGreaterThanOrEqual(0);
    expect(result.timings.tls).toBeGreaterThanOrEqual(0);
    expect(result.timings.dns).toBeUndefined(); // the proxy is an IP address: no lookup happened
    const report = renderJsonReport(run) as { checks: { proxy?: string }[] };
    expect(report.checks[0]!.proxy).toBe(proxy.url);
  });

  it('reaches an http:// target through http_proxy (lower case) with a CONNECT tunnel, as undici ProxyAgent does', async () => {
    process.env.http_proxy = proxy.url;
    const run = await runManifestText(`version: 1
checks:
  - name: Plain page
    type: http
    request: { url: "http://web.invalid/" }
    assertions: [ { type: body, operator: is, target: plain ok } ]
`);
    expect(checkNamed(run, 'Plain page').error).toBeNull();
    expect(proxy.tunnels).toContain('web.invalid:80');
    expect(proxy.otherRequests).toEqual([]);
  });

  it('uses HTTP_PROXY for https:// targets when HTTPS_PROXY is not set', async () => {
    process.env.HTTP_PROXY = proxy.url;
    const run = await runManifestText(HTTPS_CHECK());
    expect(checkNamed(run, 'Secure page').error).toBeNull();
  });

  it('opens a WebSocket through the proxy (ws:// tunnelled with CONNECT)', async () => {
    process.env.HTTP_PROXY = proxy.url;
    const run = await runManifestText(`version: 1
checks:
  - name: Events
    type: websocket
    request: { url: "ws://socket.invalid/" }
    assertions: [ { type: receivedMessage, operator: contains, target: through the tunnel } ]
`);
    const result = checkNamed(run, 'Events');
    expect(result.error).toBeNull();
    expect(result.proxy).toBe(proxy.url);
    expect(proxy.tunnels).toContain('socket.invalid:80');
  });

  it('holds a WebSocket conversation (messages) through the proxy, and names the proxy', async () => {
    process.env.HTTP_PROXY = proxy.url;
    const run = await runManifestText(`version: 1
checks:
  - name: Conversation
    type: websocket
    request:
      url: "ws://socket.invalid/"
      messages:
        - receive: { until: [ { type: receivedMessage, operator: contains, target: hello } ], within: 2s }
        - send: ping
        - receive: { assertions: [ { type: receivedMessage, operator: is, target: "echo: ping" } ], within: 2s }
`);
    const result = checkNamed(run, 'Conversation');
    expect(result.error).toBeNull();
    expect(result.assertions.map((a) => a.passed)).not.toContain(false);
    expect(result.assertions.map((a) => a.actual)).toContain('echo: ping');
    expect(result.proxy).toBe(proxy.url);
    expect(proxy.tunnels).toContain('socket.invalid:80');
  });

  it('names the proxy of each step of a multistep check that went through one, in the JSON report', async () => {
    process.env.HTTP_PROXY = proxy.url;
    process.env.NO_PROXY = '127.0.0.1';
    const run = await runManifestText(`version: 1
checks:
  - name: Journey
    type: multistep
    steps:
      - { name: Through the proxy, type: http, request: { url: "http://web.invalid/" }, assertions: [ { type: body, operator: is, target: plain ok } ] }
      - { name: Events, type: websocket, request: { url: "ws://socket.invalid/" }, assertions: [ { type: receivedMessage, operator: contains, target: tunnel } ] }
      - { name: Direct, type: http, request: { url: "${web.url}/" }, assertions: [ { type: body, operator: is, target: plain ok } ] }
`);
    expect(checkNamed(run, 'Journey').error).toBeNull();
    const report = renderJsonReport(run) as { checks: { steps: { name: string; proxy?: string }[] }[] };
    expect(report.checks[0]!.steps.map((step) => [step.name, step.proxy])).toEqual([
      ['Through the proxy', proxy.url],
      ['Events', proxy.url],
      ['Direct', undefined],
    ]);
  });

  it('a check’s own request.proxy wins over the environment', async () => {
    process.env.HTTPS_PROXY = `http://127.0.0.1:${refusingPort}`;
    const run = await runManifestText(HTTPS_CHECK(`, proxy: "${proxy.url}"`));
    expect(checkNamed(run, 'Secure page').error).toBeNull();
  });

  it('sends the credentials of the proxy URL, so a proxy that wants them opens the tunnel', async () => {
    const withCredentials = strictProxy.url.replace('http://', 'http://probe:s3cret@');
    const run = await runManifestText(HTTPS_CHECK(`, proxy: "${withCredentials}"`));
    const result = checkNamed(run, 'Secure page');
    expect(result.error).toBeNull();
    expect(result.proxy).toBe(strictProxy.url); // never the credentials
  });
});

describe('a proxy that fails is reported as the proxy’s failure, never the target’s', () => {
  it('a proxy that refuses the connection is CONNREFUSED:PROXY_REFUSED naming the proxy', async () => {
    process.env.HTTPS_PROXY = `http://127.0.0.1:${refusingPort}`;
    const run = await runManifestText(HTTPS_CHECK());
    const { error } = checkNamed(run, 'Secure page');
    expect(error).toMatchObject({ category: 'CONNREFUSED', code: 'PROXY_REFUSED' });
    expect(error!.message).toContain(`The proxy http://127.0.0.1:${refusingPort} (HTTPS_PROXY) refused the connection`);
    expect(error!.message).toContain('secure.invalid:443 was never reached');
  });

  it('a proxy that answers 407 is AUTHENTICATION_ERROR:PROXY_AUTHENTICATION naming the proxy', async () => {
    process.env.HTTPS_PROXY = strictProxy.url;
    const run = await runManifestText(HTTPS_CHECK());
    const { error } = checkNamed(run, 'Secure page');
    expect(error).toMatchObject({ category: 'AUTHENTICATION_ERROR', code: 'PROXY_AUTHENTICATION' });
    expect(error!.message).toContain(`The proxy ${strictProxy.url} (HTTPS_PROXY) answered 407 Proxy Authentication Required to CONNECT secure.invalid:443`);
    expect(error!.message).toContain('the proxy URL has none');
  });

  it('a proxy that will not tunnel to the target (403) is CONNREFUSED:PROXY_REFUSED with its status', async () => {
    process.env.HTTP_PROXY = proxy.url;
    const run = await runManifestText(`version: 1
checks:
  - name: Elsewhere
    type: http
    request: { url: "http://forbidden.invalid:8080/" }
  - name: Elsewhere socket
    type: websocket
    request: { url: "ws://forbidden.invalid:8081/" }
`);
    for (const [name, port] of [['Elsewhere', 8080], ['Elsewhere socket', 8081]] as const) {
      const { error } = checkNamed(run, name);
      expect(error).toMatchObject({ category: 'CONNREFUSED', code: 'PROXY_REFUSED' });
      expect(error!.message).toContain(`The proxy ${proxy.url} (HTTP_PROXY) answered 403 Forbidden to CONNECT forbidden.invalid:${port}`);
    }
  });
});

describe('a failed check names the proxy it went through, as a passed one does', () => {
  it('in the JSON report of an http check, a websocket check and a multistep step that the proxy failed', async () => {
    const refusing = `http://127.0.0.1:${refusingPort}`;
    process.env.HTTP_PROXY = refusing;
    const run = await runManifestText(`version: 1
checks:
  - { name: Page, type: http, request: { url: "http://web.invalid/" } }
  - { name: Socket, type: websocket, request: { url: "ws://socket.invalid/" } }
  - name: Journey
    type: multistep
    steps:
      - { name: Through the proxy, type: http, request: { url: "http://web.invalid/" } }
`);
    const report = renderJsonReport(run) as { checks: { name: string; status: string; proxy?: string; steps?: { proxy?: string }[] }[] };
    expect(report.checks.map((check) => [check.name, check.status, check.proxy])).toEqual([
      ['Page', 'failed', refusing],
      ['Socket', 'failed', refusing],
      ['Journey', 'failed', refusing],
    ]);
    expect(report.checks[2]!.steps![0]!.proxy).toBe(refusing);
  });

  it('a check that failed its assertions through a working proxy names it too', async () => {
    process.env.HTTP_PROXY = proxy.url;
    const run = await runManifestText(`version: 1
checks:
  - { name: Page, type: http, request: { url: "http://web.invalid/" }, assertions: [ { type: body, operator: is, target: something else } ] }
`);
    const result = checkNamed(run, 'Page');
    expect(result.error).toMatchObject({ category: 'INCORRECT_ASSERTION' });
    expect(result.proxy).toBe(proxy.url);
  });
});

describe('NO_PROXY and proxy: none connect directly', () => {
  const direct = (extra = '') => `version: 1
checks:
  - name: Direct
    type: http
    request: { url: "http://127.0.0.1:${web.port}/"${extra} }
    assertions: [ { type: body, operator: is, target: plain ok } ]
`;

  it.each([
    ['the host', '127.0.0.1'],
    ['the host and its port', () => `127.0.0.1:${web.port}`],
    ['a list with spaces and commas', 'example.invalid, 127.0.0.1'],
    ['*', '*'],
  ])('NO_PROXY naming %s bypasses the proxy', async (_what, entry) => {
    process.env.HTTP_PROXY = `http://127.0.0.1:${refusingPort}`;
    process.env.NO_PROXY = typeof entry === 'function' ? entry() : entry;
    const result = checkNamed(await runManifestText(direct()), 'Direct');
    expect(result.error).toBeNull();
    expect(result.proxy).toBeUndefined();
  });

  it.each(['1', '0.1', '0.0.1', '.0.0.1'])('NO_PROXY %s does not bypass the proxy for 127.0.0.1: an address is matched whole, never as a suffix', async (entry) => {
    process.env.HTTP_PROXY = proxy.url;
    process.env.NO_PROXY = entry;
    const result = checkNamed(await runManifestText(direct()), 'Direct');
    expect(result.error).toBeNull();
    expect(result.proxy).toBe(proxy.url);
    expect(proxy.tunnels).toContain(`127.0.0.1:${web.port}`);
  });

  it('a NO_PROXY CIDR range that holds the address bypasses the proxy', async () => {
    process.env.HTTP_PROXY = `http://127.0.0.1:${refusingPort}`;
    process.env.NO_PROXY = 'example.invalid, 127.0.0.0/8';
    const result = checkNamed(await runManifestText(direct()), 'Direct');
    expect(result.error).toBeNull();
    expect(result.proxy).toBeUndefined();
  });

  it('a NO_PROXY entry for another port does not bypass it', async () => {
    process.env.HTTP_PROXY = `http://127.0.0.1:${refusingPort}`;
    process.env.no_proxy = `127.0.0.1:${web.port + 1}`;
    const { error } = checkNamed(await runManifestText(direct()), 'Direct');
    expect(error).toMatchObject({ category: 'CONNREFUSED', code: 'PROXY_REFUSED' });
  });

  it('a .domain entry bypasses the proxy for the names under it', async () => {
    process.env.HTTPS_PROXY = `http://127.0.0.1:${refusingPort}`;
    process.env.NO_PROXY = '.invalid';
    const { error } = checkNamed(await runManifestText(HTTPS_CHECK()), 'Secure page');
    // Direct, so the check resolves secure.invalid itself: the loopback resolver says NXDOMAIN.
    expect(error).toMatchObject({ category: 'DNS' });
  });

  it('proxy: none connects directly whatever the environment says', async () => {
    process.env.HTTP_PROXY = `http://127.0.0.1:${refusingPort}`;
    expect(checkNamed(await runManifestText(direct(', proxy: none')), 'Direct').error).toBeNull();
  });

  it('never shows the password of a malformed proxy URL, from the check or the environment', async () => {
    const own = checkNamed(await runManifestText(direct(', proxy: "https://user:s3cretOWN@proxy.invalid:3128"')), 'Direct').error;
    expect(own!.message).toContain('request.proxy "https://***@proxy.invalid:3128" must be an http:// proxy URL');
    process.env.HTTP_PROXY = 'socks5://user:s3cretENV@127.0.0.1:1';
    const fromEnvironment = checkNamed(await runManifestText(direct()), 'Direct').error;
    expect(fromEnvironment).toMatchObject({ category: 'INVALID_REQUEST' });
    expect(fromEnvironment!.message).toContain('HTTP_PROXY "socks5://***@127.0.0.1:1" must be an http:// proxy URL');
    expect(JSON.stringify([own, fromEnvironment])).not.toMatch(/s3cret/);
  });

  it('a malformed HTTPS_PROXY that only a redirect to https uses is INVALID_REQUEST when it is needed, without its password', async () => {
    const redirecting = await startHttpServer((_req, res) => res.writeHead(302, { location: `https://127.0.0.1:${refusingPort}/` }).end());
    try {
      process.env.HTTPS_PROXY = 'socks5://u:s3cretREDIR@127.0.0.1:1';
      const run = await runManifestText(`version: 1\nchecks:\n  - { name: Redirects, type: http, request: { url: "http://127.0.0.1:${redirecting.port}/" } }\n`);
      const { error } = checkNamed(run, 'Redirects');
      expect(error).toMatchObject({ category: 'INVALID_REQUEST' });
      expect(error!.message).toContain(`HTTPS_PROXY "socks5://***@127.0.0.1:1" must be an http:// proxy URL (probegate opens tunnels with CONNECT over plain HTTP to the proxy); it is needed for https://127.0.0.1:${refusingPort}, where a redirect led`);
      expect(error!.message).not.toContain('s3cret');
    } finally {
      await redirecting.close();
    }
  });

  it('a redirect through another proxy that fails names that proxy in the report, the one the error names', async () => {
    const redirecting = await startHttpServer((_req, res) => res.writeHead(302, { location: 'https://secure.invalid/' }).end());
    const first = await startConnectProxy({ 'hop.invalid:80': redirecting.port });
    try {
      process.env.HTTP_PROXY = first.url;
      process.env.HTTPS_PROXY = `http://127.0.0.1:${refusingPort}`;
      const run = await runManifestText(`version: 1\nchecks:\n  - { name: Redirects, type: http, request: { url: "http://hop.invalid/" } }\n`);
      const result = checkNamed(run, 'Redirects');
      expect(first.tunnels).toEqual(['hop.invalid:80']);
      expect(result.error).toMatchObject({ category: 'CONNREFUSED', code: 'PROXY_REFUSED', at: 'proxy' });
      expect(result.error!.message).toContain(`The proxy http://127.0.0.1:${refusingPort} (HTTPS_PROXY) refused the connection`);
      const report = renderJsonReport(run) as { checks: { name: string; proxy?: string }[] };
      expect(report.checks.find((c) => c.name === 'Redirects')!.proxy).toBe(`http://127.0.0.1:${refusingPort}`);
    } finally {
      await Promise.all([redirecting.close(), first.close()]);
    }
  });

  it('a % in the proxy password that begins no escape is sent as written, not a crash of the run', async () => {
    const run = await runManifestText(HTTPS_CHECK(`, proxy: "${strictProxy.url.replace('http://', 'http://probe:p%ss@')}"`));
    expect(checkNamed(run, 'Secure page').error).toMatchObject({ category: 'AUTHENTICATION_ERROR', code: 'PROXY_AUTHENTICATION' });
  });

  it('a malformed proxy URL is INVALID_REQUEST at the check, before anything runs', async () => {
    const run = await runManifestText(direct(', proxy: "https://proxy.invalid:3128"'));
    const { error } = checkNamed(run, 'Direct');
    expect(error).toMatchObject({ category: 'INVALID_REQUEST' });
    expect(error!.message).toContain('request.proxy "https://proxy.invalid:3128" must be an http:// proxy URL');
  });
});
