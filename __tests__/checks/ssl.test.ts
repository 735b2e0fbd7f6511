// The ssl check against loopback TLS servers of a test PKI: what it reads off the certificate,
// how its assertions and a verification failure are reported together, and what it refuses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult, RunResult } from '../../src/model.js';
import { createTestPki, startTlsServer, type TestPki, type TlsPeer } from '../helpers/pki.js';
import { checkNamed, loadManifestText, runManifestText } from '../helpers/run.js';
import { closedPort, startRawServer, type Peer } from '../helpers/servers.js';

let pki: TestPki;
let valid: TlsPeer;
let expired: TlsPeer;
let legacyToo: TlsPeer;
let mutualTls: TlsPeer;
let closesOnHello: Peer;
let silent: Peer;
let refusedPort: number;
let run: RunResult;

beforeAll(async () => {
  pki = await createTestPki();
  [valid, expired, legacyToo, mutualTls, closesOnHello] = await Promise.all([
    startTlsServer(pki.leaf('valid')),
    startTlsServer(pki.leaf('expired')),
    startTlsServer({ ...pki.leaf('valid'), minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' }),
    startTlsServer({ ...pki.leaf('valid'), requestCert: true, rejectUnauthorized: true, ca: [pki.rootPem, pki.intermediatePem] }),
    startRawServer((socket) => socket.once('data', () => socket.end())),
  ]);
  silent = await startRawServer(() => undefined);
  refusedPort = await closedPort();
  const ca = `ca: ${JSON.stringify(pki.rootPem)}`;
  run = await runManifestText(
    `version: 1
checks:
  - name: a valid certificate
    type: ssl
    request: { host: 127.0.0.1, port: ${valid.port}, servername: localhost, ${ca} }
    assertions:
      - { type: certificate, operator: isInMoreThan, target: 300 }
      - { type: certificate, operator: isInLessThan, target: 400 }
      - { type: property, property: subject, operator: contains, target: CN=localhost }
      - { type: property, property: issuer, operator: contains, target: probegate test intermediate }
      - { type: property, property: san, operator: contains, target: "IP Address:127.0.0.1" }
      - { type: property, property: fingerprint256, operator: matches, target: "^([0-9A-F]{2}:){31}[0-9A-F]{2}$" }
      - { type: tlsVersion, operator: is, target: TLSv1.3 }
      - { type: tlsVersion, operator: moreThanOrEqual, target: 1.2 }
      - { type: minTlsVersion, operator: is, target: TLSv1.2 }
      - { type: responseTime, operator: lessThan, target: 30000 }
  - name: by name
    type: ssl
    request: { host: localhost, port: ${valid.port}, ${ca} }
  - name: an expired certificate with assertions
    type: ssl
    request: { host: 127.0.0.1, port: ${expired.port}, servername: localhost, ${ca} }
    assertions:
      - { type: certificate, operator: isInMoreThan, target: 0 }
      - { type: property, property: subject, operator: contains, target: CN=localhost }
  - name: an expired certificate, insecure
    type: ssl
    request: { host: 127.0.0.1, port: ${expired.port}, servername: localhost, insecure: true, ${ca} }
  - name: a server that still accepts TLS 1.0
    type: ssl
    request: { host: 127.0.0.1, port: ${legacyToo.port}, servername: localhost, ${ca} }
    assertions:
      - { type: minTlsVersion, operator: moreThanOrEqual, target: 1.2 }
      - { type: minTlsVersion, operator: is, target: TLSv1 }
  - name: TLS 1.0 in the spellings people write
    type: ssl
    request: { host: 127.0.0.1, port: ${legacyToo.port}, servername: localhost, ${ca} }
    assertions:
      - { type: minTlsVersion, operator: isNot, target: TLSv1.0 }
      - { type: minTlsVersion, operator: isNot, target: "1.0" }
      - { type: minTlsVersion, operator: isNot, target: 1 }
      - { type: minTlsVersion, operator: isNot, target: tlsv1 }
      - { type: minTlsVersion, operator: doesNotContain, target: "1.0" }
      - { type: minTlsVersion, operator: doesNotMatch, target: '1\\.0$' }
      - { type: minTlsVersion, operator: is, target: TLSv1.0 }
      - { type: minTlsVersion, operator: is, target: 1.0 }
      - { type: minTlsVersion, operator: contains, target: TLSv1.0 }
      - { type: tlsVersion, operator: isNot, target: "tls 1.3" }
      - { type: minTlsVersion, operator: doesNotMatch, target: '^(TLSv1|TLSv1\\.1)$' }
      - { type: minTlsVersion, operator: doesNotMatch, target: '^TLSv1$' }
      - { type: minTlsVersion, operator: matches, target: '^TLSv1$' }
      - { type: minTlsVersion, operator: doesNotContain, target: TLSv1.0 }
      - { type: minTlsVersion, operator: doesNotMatch, target: '^1$' }
      - { type: minTlsVersion, operator: doesNotContain, target: TLS 1.0 }
      - { type: minTlsVersion, operator: doesNotContain, target: tlsv1.0 }
      - { type: minTlsVersion, operator: isNot, target: "1.00" }
      - { type: minTlsVersion, operator: moreThanOrEqual, target: TLSv1.2 }
  - name: mTLS with a client certificate the server does not trust
    type: ssl
    request:
      host: 127.0.0.1
      port: ${mutualTls.port}
      servername: localhost
      ${ca}
      cert: ${JSON.stringify(pki.leaf('selfSigned').cert)}
      key: ${JSON.stringify(pki.leaf('selfSigned').key)}
  - name: a port that hangs up on the ClientHello
    type: ssl
    request: { host: 127.0.0.1, port: ${closesOnHello.port} }
  - name: a port that never answers the ClientHello
    type: ssl
    timeout: 500ms
    request: { host: 127.0.0.1, port: ${silent.port} }
  - name: a refused port
    type: ssl
    request: { host: 127.0.0.1, port: ${refusedPort} }
`,
  );
});

afterAll(async () => {
  await Promise.all([valid, expired, legacyToo, mutualTls, closesOnHello, silent].map((server) => server.close()));
});

describe('a certificate that verifies', () => {
  let result: CheckResult;
  beforeAll(() => {
    result = checkNamed(run, 'a valid certificate');
  });

  it('passes every assertion on the leaf, the versions and the response time', () => {
    expect(result.assertions.filter((a) => !a.passed)).toEqual([]);
    expect(result).toMatchObject({ status: 'passed', error: null });
  });

  it('reads days until expiry, subject, issuer, SAN and fingerprint off the leaf', () => {
    const actual = Object.fromEntries(result.assertions.map((a) => [`${a.type} ${a.property ?? a.operator}`, a.actual]));
    expect(actual['certificate isInMoreThan']).toBeGreaterThan(364);
    expect(actual['certificate isInMoreThan']).toBeLessThanOrEqual(365);
    expect(actual['property subject']).toBe('CN=localhost, O=probegate tests');
    expect(actual['property issuer']).toBe('CN=probegate test intermediate, O=probegate tests');
    expect(actual['property san']).toBe('DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1');
    expect(actual['tlsVersion is']).toBe('TLSv1.3');
    expect(actual['tlsVersion moreThanOrEqual']).toBe(1.3);
    expect(actual['minTlsVersion is']).toBe('TLSv1.2');
  });

  it('reports the chain, leaf first, with the dates of each certificate', () => {
    expect(result.tls?.chain.map((c) => c.subject)).toEqual([
      'CN=localhost, O=probegate tests',
      'CN=probegate test intermediate, O=probegate tests',
      'CN=probegate test root, O=probegate tests',
    ]);
    expect(result.tls?.chain[0]).toMatchObject({ issuer: 'CN=probegate test intermediate, O=probegate tests' });
    for (const certificate of result.tls!.chain) {
      expect(Date.parse(certificate.validFrom)).toBeLessThan(Date.now());
      expect(Date.parse(certificate.validTo)).toBeGreaterThan(Date.now());
    }
    expect(result.tls).toMatchObject({ version: 'TLSv1.3', authorized: true });
  });

  it('times the connection and the handshake, and nothing an ssl check does not do', () => {
    expect(Object.keys(result.timings).sort()).toEqual(['connect', 'tls', 'total']);
    expect(Object.keys(checkNamed(run, 'by name').timings).sort()).toEqual(['connect', 'dns', 'tls', 'total']);
  });

  it('checks the host name when connecting by name, without servername', () => {
    expect(checkNamed(run, 'by name')).toMatchObject({ status: 'passed', error: null });
  });
});

describe('a certificate that does not verify', () => {
  it('is SSL:CERT_HAS_EXPIRED with the expiry date, and still evaluates and reports every assertion', () => {
    const result = checkNamed(run, 'an expired certificate with assertions');
    expect(result.error).toMatchObject({ category: 'SSL', code: 'CERT_HAS_EXPIRED' });
    expect(result.error?.message).toMatch(/^The server’s certificate has expired \(the leaf expired on \d{4}-\d\d-\d\dT[\d:]+Z\)\. Renew/);
    expect(result.assertions).toEqual([
      // Expired a day ago, and a little more by the time it is checked: cut down, as more days would pass.
      expect.objectContaining({ type: 'certificate', actual: -1.1, passed: false }),
      expect.objectContaining({ type: 'property', actual: 'CN=localhost, O=probegate tests', passed: true }),
    ]);
    expect(result.tls).toMatchObject({ authorized: false, authorizationError: 'CERT_HAS_EXPIRED' });
    expect(result.tls?.chain[0]?.subject).toBe('CN=localhost, O=probegate tests');
  });

  it('passes with insecure, and still reports that the certificate did not verify', () => {
    const result = checkNamed(run, 'an expired certificate, insecure');
    expect(result).toMatchObject({ status: 'passed', error: null });
    expect(result.tls).toMatchObject({ authorized: false, authorizationError: 'CERT_HAS_EXPIRED' });
  });
});

describe('TLS versions', () => {
  it('finds the oldest version a server accepts: TLS 1.0 fails `minTlsVersion moreThanOrEqual 1.2`', () => {
    const result = checkNamed(run, 'a server that still accepts TLS 1.0');
    expect(result.error).toMatchObject({ category: 'INCORRECT_ASSERTION' });
    expect(result.error?.message).toContain('minTlsVersion: expected moreThanOrEqual `1.2`, actual `1`');
    expect(result.assertions.map((a) => [a.actual, a.passed])).toEqual([
      [1, false],
      ['TLSv1', true],
    ]);
  });

  it('reads every spelling of TLS 1.0 as TLS 1.0: TLSv1.0, 1.0, 1 and tlsv1 are Node\'s TLSv1, and its text holds "1.0"', () => {
    const result = checkNamed(run, 'TLS 1.0 in the spellings people write');
    expect(result.status).toBe('failed');
    expect(result.assertions.map((a) => [a.operator, a.target, a.actual, a.passed])).toEqual([
      ['isNot', 'TLSv1.0', 'TLSv1.0', false],
      ['isNot', '1.0', '1.0', false],
      ['isNot', 1, 1, false],
      ['isNot', 'tlsv1', 'tlsv1', false],
      ['doesNotContain', '1.0', 'TLSv1.0', false],
      ['doesNotMatch', '1\\.0$', 'TLSv1.0', false],
      ['is', 'TLSv1.0', 'TLSv1.0', true],
      ['is', 1, 1, true],
      ['contains', 'TLSv1.0', 'TLSv1.0', true],
      ['isNot', 'tls 1.3', 'tls 1.3', false],
      // A pattern in Node's spelling, or any other, never passes the version it names.
      ['doesNotMatch', '^(TLSv1|TLSv1\\.1)$', 'TLSv1.0', false],
      ['doesNotMatch', '^TLSv1$', 'TLSv1.0', false],
      ['matches', '^TLSv1$', 'TLSv1.0', true],
      ['doesNotContain', 'TLSv1.0', 'TLSv1.0', false],
      ['doesNotMatch', '^1$', 'TLSv1.0', false],
      ['doesNotContain', 'TLS 1.0', 'TLSv1.0', false],
      ['doesNotContain', 'tlsv1.0', 'TLSv1.0', false],
      ['isNot', '1.00', '1.00', false],
      // A version compared by number may be written by its name.
      ['moreThanOrEqual', 1.2, 1, false],
    ]);
  });
});

describe('connections that fail', () => {
  it('is CONNRESET when a TLS 1.3 server hangs up right after the handshake, naming the client certificate', () => {
    const { error } = checkNamed(run, 'mTLS with a client certificate the server does not trust');
    expect(error).toMatchObject({ category: 'CONNRESET', code: 'CONNRESET' });
    expect(error?.message).toContain(`127.0.0.1:${mutualTls.port} closed the connection right after the TLS handshake: it most likely does not accept the client certificate`);
  });

  it('names the TLS handshake when the port never answers the ClientHello', () => {
    const { error } = checkNamed(run, 'a port that never answers the ClientHello');
    expect(error).toMatchObject({ category: 'TIMEOUT', code: 'REQUEST_TIMEOUT' });
    expect(error?.message).toContain('the TLS handshake');
    expect(error?.message).not.toContain('first byte');
  });

  it('is CONNRESET when the port hangs up on the ClientHello', () => {
    expect(checkNamed(run, 'a port that hangs up on the ClientHello').error).toMatchObject({ category: 'CONNRESET', code: 'CONNRESET' });
  });

  it('is CONNREFUSED on a closed port', () => {
    const { error } = checkNamed(run, 'a refused port');
    expect(error).toMatchObject({ category: 'CONNREFUSED', code: 'CONNREFUSED' });
    expect(error?.message).toContain(`127.0.0.1:${refusedPort}`);
  });
});

describe('what the check refuses at load time', () => {
  const cases = [
    { behaviour: 'a port out of range', request: 'host: 127.0.0.1, port: "https"', field: 'port', says: '"https" is not a port' },
    { behaviour: 'a certificate property that does not exist', request: 'host: 127.0.0.1', assertion: '{ type: property, property: serial, operator: is, target: x }', field: 'property', says: '"serial" is not a certificate property (subject, issuer, san, fingerprint256)' },
    { behaviour: 'an isNot version target that names no TLS version (it would pass whatever the server speaks)', request: 'host: 127.0.0.1', assertion: '{ type: minTlsVersion, operator: isNot, target: TLS_1.0 }', field: 'target', says: '"TLS_1.0" is not a TLS version' },
    { behaviour: 'a client certificate without its key', request: 'host: 127.0.0.1, cert: CLIENT_CERT_PEM', field: 'key', says: 'needs both `cert` and `key`' },
    { behaviour: 'a `ca` that holds no certificate', request: 'host: 127.0.0.1, ca: "-----BEGIN CERTIFICATE-----\\nnot base64\\n-----END CERTIFICATE-----\\n"', field: 'ca', says: 'certificate 1 of `ca` cannot be read' },
    { behaviour: 'a `crl` that is not a CRL', request: 'host: 127.0.0.1, crl: "-----BEGIN X509 CRL-----\\nAAAA\\n-----END X509 CRL-----\\n"', field: 'crl', says: '`crl` is not usable PEM' },
  ];
  it.each(cases)('reports $behaviour as INVALID_REQUEST on the field', async ({ request, assertion, field, says }) => {
    const cert = JSON.stringify(pki.client.cert);
    const manifest = await loadManifestText(
      `version: 1
checks:
  - name: broken
    type: ssl
    request: { ${request.replace('CLIENT_CERT_PEM', cert)} }
${assertion ? `    assertions: [${assertion}]\n` : ''}`,
    );
    const invalid = manifest.checks[0]?.invalid;
    expect(invalid).toMatchObject({ category: 'INVALID_REQUEST' });
    expect(invalid?.message).toContain(field);
    expect(invalid?.message).toContain(says);
  });
});
