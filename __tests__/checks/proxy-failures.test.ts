// A proxy that accepts the connection and then misbehaves (SPEC §10): it hangs, resets, or answers
// something other than HTTP to CONNECT. The failure keeps its category (TIMEOUT, CONNRESET,
// MALFORMED_RESPONSE) but is the proxy's: `at: "proxy"`, a message that names the proxy (never its
// credentials), and the report's `proxy` field. Targets are `.invalid` names only a proxy could reach.
import type net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkNamed, runManifestText } from '../helpers/run.js';
import { startRawServer, type Peer } from '../helpers/servers.js';
import { renderJsonReport } from '../../src/report/json.js';

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];

/** What a proxy does once it has read the client's CONNECT. */
const BEHAVIOURS: Record<string, (socket: net.Socket) => void> = {
  hangs: () => undefined,
  resets: (socket) => socket.resetAndDestroy(),
  'answers an SSH banner': (socket) => socket.write('SSH-2.0-OpenSSH_9.6\r\n'),
  'answers junk and closes': (socket) => socket.end('\x15\x03\x01\x00\x02\x02\x50'),
  'closes in the middle of its status line': (socket) => socket.end('HTTP/1.1 20'),
};

const proxies: Record<string, Peer> = {};

beforeAll(async () => {
  for (const [name, behave] of Object.entries(BEHAVIOURS)) {
    proxies[name] = await startRawServer((socket) => {
      socket.on('error', () => undefined);
      socket.once('data', () => behave(socket));
    });
  }
});

afterAll(async () => {
  await Promise.all(Object.values(proxies).map((proxy) => proxy.close()));
});

afterEach(() => {
  for (const name of PROXY_VARIABLES) delete process.env[name];
});

const CHECKS = [
  { name: 'Secure page', type: 'http', url: 'https://secure.invalid/', authority: 'secure.invalid:443', variable: 'HTTPS_PROXY' },
  { name: 'Plain page', type: 'http', url: 'http://web.invalid/', authority: 'web.invalid:80', variable: 'HTTP_PROXY' },
  { name: 'Socket', type: 'websocket', url: 'ws://socket.invalid/', authority: 'socket.invalid:80', variable: 'HTTP_PROXY' },
  { name: 'Secure socket', type: 'websocket', url: 'wss://socket.invalid/', authority: 'socket.invalid:443', variable: 'HTTPS_PROXY' },
];

function manifest(extra = ''): string {
  const checks = CHECKS.map((check) => `  - { name: ${check.name}, type: ${check.type}, timeout: 400ms, request: { url: "${check.url}"${extra} } }`);
  return `version: 1\nchecks:\n${checks.join('\n')}\n`;
}

describe('a proxy that accepts the connection, then fails, is reported as the proxy’s failure', () => {
  it.each([
    ['hangs', 'TIMEOUT', 'REQUEST_TIMEOUT', (proxy: string, check: (typeof CHECKS)[number]) => `while waiting for the proxy ${proxy} (${check.variable}) to answer CONNECT ${check.authority}: the proxy, or the target behind it, did not answer CONNECT within the timeout (a proxy may answer only once it has reached the target): check that the proxy is up and that it can reach ${check.authority}, and that ${check.authority} answers`],
    ['resets', 'CONNRESET', 'CONNRESET', (proxy: string, check: (typeof CHECKS)[number]) => `The proxy ${proxy} (${check.variable}) reset the connection before answering CONNECT ${check.authority}, so the target was never reached`],
    ['answers an SSH banner', 'MALFORMED_RESPONSE', 'MALFORMED_RESPONSE', (proxy: string, check: (typeof CHECKS)[number]) => `The proxy ${proxy} (${check.variable}) answered CONNECT with "SSH-2.0-OpenSSH_9.6\\r\\n", not an HTTP status line: is it an HTTP proxy, and is its port right?`],
    ['answers junk and closes', 'MALFORMED_RESPONSE', 'MALFORMED_RESPONSE', (proxy: string, check: (typeof CHECKS)[number]) => `The proxy ${proxy} (${check.variable}) answered CONNECT with "\\u0015\\u0003`],
    ['closes in the middle of its status line', 'CONNRESET', 'CONNRESET', (proxy: string, check: (typeof CHECKS)[number]) => `The proxy ${proxy} (${check.variable}) closed the connection in the middle of its answer to CONNECT ${check.authority}`],
  ])('a proxy that %s: %s, at the proxy, named, on http, https, ws and wss', async (behaviour, category, code, expected) => {
    const proxy = proxies[behaviour]!.url;
    process.env.HTTP_PROXY = proxy;
    process.env.HTTPS_PROXY = proxy;
    const run = await runManifestText(manifest());
    const report = renderJsonReport(run) as { checks: { name: string; proxy?: string; error: { at?: string } | null }[] };
    for (const check of CHECKS) {
      const { error } = checkNamed(run, check.name);
      expect(error, check.name).toMatchObject({ category, code, at: 'proxy' });
      expect(error!.message, check.name).toContain(expected(proxy, check));
      const entry = report.checks.find((c) => c.name === check.name)!;
      expect(entry.error!.at).toBe('proxy');
      expect(entry.proxy).toBe(proxy);
    }
  });

  it('names a proxy with credentials as http://***@host, never with them', async () => {
    const withCredentials = proxies.resets!.url.replace('http://', 'http://probe:s3cretPROXY@');
    const run = await runManifestText(manifest(`, proxy: "${withCredentials}"`));
    for (const check of CHECKS) {
      const { error } = checkNamed(run, check.name);
      expect(error, check.name).toMatchObject({ category: 'CONNRESET', at: 'proxy' });
      expect(error!.message).toContain(`The proxy ${proxies.resets!.url.replace('http://', 'http://***@')} (request.proxy) reset the connection`);
    }
    expect(JSON.stringify(renderJsonReport(run))).not.toContain('s3cret');
  });

  it('a proxy whose name does not resolve is DNS, at the proxy, and says the target was never reached', async () => {
    process.env.HTTPS_PROXY = 'http://proxy.invalid:3128';
    const run = await runManifestText(`version: 1\nchecks:\n  - { name: Secure page, type: http, request: { url: "https://secure.invalid/" } }\n`);
    const { error } = checkNamed(run, 'Secure page');
    expect(error).toMatchObject({ category: 'DNS', at: 'proxy' });
    expect(error!.message).toContain('The proxy http://proxy.invalid:3128 (HTTPS_PROXY) could not be reached, so secure.invalid:443 was never reached: The name proxy.invalid does not resolve');
  });
});
