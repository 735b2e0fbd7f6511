// Checks that share a host but not their TLS settings, interleaved: a client certificate is sent only
// by the checks that give it, and an insecure check's redirect to another host (a connector for that
// host, under the insecure settings) lends its trust to no check that names that host itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model.js';
import { createTestPki, startHttpsServer, type TlsPeer } from '../helpers/pki.js';
import { checkNamed, runManifestText } from '../helpers/run.js';

describe('connectors shared by checks with their own TLS settings', () => {
  let mtls: TlsPeer;
  let untrusted: TlsPeer;
  let redirector: TlsPeer;
  let run: RunResult;
  beforeAll(async () => {
    const pki = await createTestPki();
    mtls = await startHttpsServer({ ...pki.leaf('valid'), requestCert: true, rejectUnauthorized: true, ca: [pki.rootPem, pki.intermediatePem], maxVersion: 'TLSv1.2' });
    untrusted = await startHttpsServer({ ...pki.leaf('untrustedRoot'), maxVersion: 'TLSv1.2' });
    redirector = await startHttpsServer({ ...pki.leaf('untrustedRoot') }, (_request, response) => response.writeHead(302, { location: `${untrusted.url.replace('127.0.0.1', 'localhost')}/` }).end());
    const checks: string[] = [];
    for (let i = 0; i < 4; i++) {
      checks.push(`  - { name: with cert ${i}, type: http, request: { url: "${mtls.url}/", tls: { ca: ca.pem, cert: client.pem, key: client.key } } }`);
      checks.push(`  - { name: without cert ${i}, type: http, request: { url: "${mtls.url}/", tls: { ca: ca.pem } } }`);
      checks.push(`  - { name: insecure redirected ${i}, type: http, request: { url: "${redirector.url}/", tls: { insecure: true } } }`);
      checks.push(`  - { name: untrusted by name ${i}, type: http, request: { url: "${untrusted.url.replace('127.0.0.1', 'localhost')}/" } }`);
      checks.push(`  - { name: untrusted by address ${i}, type: http, request: { url: "${untrusted.url}/" } }`);
      checks.push(`  - { name: insecure ${i}, type: http, request: { url: "${untrusted.url}/", tls: { insecure: true } } }`);
    }
    run = await runManifestText(`version: 1\nchecks:\n${checks.join('\n')}\n`, { files: { 'ca.pem': pki.rootPem, 'client.pem': pki.client.cert as string, 'client.key': pki.client.key as string } });
  });
  afterAll(async () => {
    await mtls?.close();
    await untrusted?.close();
    await redirector?.close();
  });
  it('connect each check with its own client certificate and trust, redirected or not', () => {
    for (let i = 0; i < 4; i++) {
      expect(checkNamed(run, `with cert ${i}`).error, `with cert ${i}`).toBeNull();
      expect(checkNamed(run, `insecure redirected ${i}`).error, `insecure redirected ${i}`).toBeNull();
      expect(checkNamed(run, `insecure ${i}`).error).toBeNull();
      expect(checkNamed(run, `without cert ${i}`).status).not.toBe('passed');
      expect(checkNamed(run, `untrusted by name ${i}`).error).toMatchObject({ category: 'SSL' });
      expect(checkNamed(run, `untrusted by address ${i}`).error).toMatchObject({ category: 'SSL' });
    }
  });
});
