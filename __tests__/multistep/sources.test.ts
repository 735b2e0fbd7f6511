// Values taken from other step types than http: a DNS record, and a WebSocket handshake cookie.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJourneyApp, type JourneyApp } from '../helpers/journey-app.js';
import { startDnsServer, type DnsPeer } from '../helpers/network-peers.js';
import { checkNamed, runManifestText } from '../helpers/run.js';

let app: JourneyApp;
let dns: DnsPeer;
beforeAll(async () => {
  app = await startJourneyApp();
  dns = await startDnsServer({
    'api.shop.test': { A: [{ address: '127.0.0.1' }] },
    'config.shop.test': { TXT: [{ data: 'release=r42; region=eu' }] },
  });
});
afterAll(async () => {
  await Promise.all([app.close(), dns.close()]);
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
