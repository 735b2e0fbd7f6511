// undici's connectors are built once per set of connection options and shared (src/net/connectors.ts):
// checks that connect alike share one, and a check never connects with another's TLS settings.
import type { buildConnector } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedConnector, type ConnectionOptions } from '../../src/net/connectors.js';
import type { TlsSettings } from '../../src/net/tls.js';
import type { RunResult } from '../../src/model.js';
import { createTestPki, startHttpsServer, type TlsPeer } from '../helpers/pki.js';
import { checkNamed, runManifestText } from '../helpers/run.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

/** A stand-in for undici's buildConnector that records the options of each connector it builds. */
function recordingBuild(): { build: typeof buildConnector; built: buildConnector.BuildOptions[] } {
  const built: buildConnector.BuildOptions[] = [];
  const build = ((options: buildConnector.BuildOptions) => {
    built.push(options);
    return (() => undefined) as unknown as buildConnector.connector;
  }) as unknown as typeof buildConnector;
  return { build, built };
}

describe('sharedConnector', () => {
  const tls: TlsSettings = { insecure: false };
  // An address family no check below asks for: the stand-in connectors stay out of their way in the shared table.
  const plain: ConnectionOptions = { hostname: '127.0.0.1', allowH2: true, h2c: false, family: 4 };

  it('builds one connector for the same options, and one more for each option that differs', () => {
    const { build, built } = recordingBuild();
    const first = sharedConnector(build, plain);
    expect(sharedConnector(build, { ...plain })).toBe(first);
    // Without TLS the host is not an option of the connector: any host shares it.
    expect(sharedConnector(build, { ...plain, hostname: 'localhost' })).toBe(first);
    expect(built).toHaveLength(1);
    const differing: ConnectionOptions[] = [
      { ...plain, allowH2: false },
      { ...plain, h2c: true },
      { ...plain, family: 6 },
      { ...plain, tls },
      { ...plain, tls, hostname: 'localhost' },
      { ...plain, tls: { ...tls } },
    ];
    const connectors = differing.map((options) => sharedConnector(build, options));
    expect(new Set([first, ...connectors]).size).toBe(differing.length + 1);
    expect(built).toHaveLength(differing.length + 1);
    expect(built.at(-2)).toMatchObject({ servername: 'localhost', rejectUnauthorized: true, maxCachedSessions: 0, timeout: 0 });
  });
});

describe('checks that differ only in how they connect', () => {
  let https: TlsPeer;
  let http: Peer;
  let run: RunResult;

  beforeAll(async () => {
    const pki = await createTestPki();
    https = await startHttpsServer(pki.leaf('valid'));
    http = await startHttpServer((_request, response) => response.writeHead(200).end('ok'));
    // Alternated, so that a connector shared by mistake would carry one check's settings into the next.
    const checks = [
      `  - { name: trusts the root, type: http, request: { url: "${https.url}/", tls: { ca: ca.pem } } }`,
      `  - { name: trusts nothing given, type: http, request: { url: "${https.url}/" } }`,
      `  - { name: insecure, type: http, request: { url: "${https.url}/", tls: { insecure: true } } }`,
      `  - { name: trusts nothing given either, type: http, request: { url: "${https.url}/" } }`,
      `  - { name: trusts the root by name, type: http, request: { url: "${https.url.replace('127.0.0.1', 'localhost')}/", tls: { ca: ca.pem } } }`,
      `  - { name: plain by address, type: http, request: { url: "${http.url}/" } }`,
      `  - { name: plain by name, type: http, request: { url: "${http.url.replace('127.0.0.1', 'localhost')}/" } }`,
    ];
    run = await runManifestText(`version: 1\nchecks:\n${checks.join('\n')}\n`, { files: { 'ca.pem': pki.rootPem } });
  });

  afterAll(async () => {
    await https?.close();
    await http?.close();
  });

  it('connects each with its own TLS settings', () => {
    for (const name of ['trusts the root', 'insecure', 'trusts the root by name', 'plain by address', 'plain by name']) {
      expect(checkNamed(run, name).error, name).toBeNull();
    }
    for (const name of ['trusts nothing given', 'trusts nothing given either']) {
      expect(checkNamed(run, name).error, name).toMatchObject({ category: 'SSL' });
    }
  });
});
