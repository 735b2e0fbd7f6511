// Every TLS failure a user can meet, against real loopback servers of a PKI made for the test:
// the same SSL code comes out of the http check and the ssl check, with an explanation and a fix,
// and OpenSSL's reason text alone (all gRPC keeps) maps back to that code.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sslErrorFromText } from '../src/errors/tls.js';
import { checkServerIdentityAsBrowsers } from '../src/net/tls.js';
import type { RunResult } from '../src/model.js';
import { createTestPki, startTlsServer, type TestPki, type TlsPeer, type TlsServerOptions } from './helpers/pki.js';
import { checkNamed, runManifestText } from './helpers/run.js';
import { startHttpServer, type Peer } from './helpers/servers.js';

/** What the client is given, as files beside the manifest. */
interface ClientTls {
  readonly ca?: 'ca.pem' | 'intermediate.pem';
  readonly crl?: 'crl-current.pem' | 'crl-expired.pem' | 'crl-missing.pem';
  readonly clientCert?: boolean;
}

interface Scenario {
  readonly behaviour: string;
  readonly server: (pki: TestPki) => TlsServerOptions;
  readonly client?: ClientTls;
  readonly code: string;
  /** Words of the message that tell the user what happened. */
  readonly says: RegExp;
}

const TRUSTING_ROOT: ClientTls = { ca: 'ca.pem' };
const requireClientCert = (pki: TestPki, maxVersion: tls.SecureVersion): TlsServerOptions => ({
  ...pki.leaf('valid'),
  maxVersion,
  requestCert: true,
  rejectUnauthorized: true,
  ca: [pki.rootPem, pki.intermediatePem],
});

const SCENARIOS: Scenario[] = [
  { behaviour: 'an expired certificate', server: (p) => p.leaf('expired'), code: 'CERT_HAS_EXPIRED', says: /certificate has expired.*Renew/ },
  { behaviour: 'a certificate not valid yet', server: (p) => p.leaf('notYetValid'), code: 'CERT_NOT_YET_VALID', says: /not valid yet/ },
  { behaviour: 'a self-signed certificate', server: (p) => p.leaf('selfSigned'), code: 'DEPTH_ZERO_SELF_SIGNED_CERT', says: /self-signed certificate/ },
  { behaviour: 'a certificate for another host', server: (p) => p.leaf('wrongHost'), code: 'HOSTNAME_MISMATCH', says: /does not cover the host name.*wrong\.example/ },
  // Node falls back to the common name; browsers refuse such a certificate.
  { behaviour: 'a certificate with no subjectAltName, its common name the host', server: (p) => p.leaf('noSan'), code: 'HOSTNAME_MISMATCH', says: /common name \(CN=localhost\), but the certificate has no subjectAltName DNS name, and browsers accept only those/ },
  { behaviour: 'a chain that ends in an untrusted root', server: (p) => p.leaf('untrustedRoot'), code: 'SELF_SIGNED_CERT_IN_CHAIN', says: /self-signed root that is not trusted/ },
  { behaviour: 'a private root the check does not trust', server: (p) => p.leaf('valid'), client: {}, code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', says: /not in the trust store.*as `ca`/ },
  { behaviour: 'trusting only the intermediate', server: (p) => p.leaf('valid'), client: { ca: 'intermediate.pem' }, code: 'UNABLE_TO_GET_ISSUER_CERT', says: /only the intermediate/ },
  { behaviour: 'a server that does not send its intermediate', server: (p) => p.leaf('missingIntermediate'), code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', says: /does not send its intermediate.*fullchain\.pem/ },
  { behaviour: 'a revoked certificate', server: (p) => p.leaf('revoked'), client: { ca: 'ca.pem', crl: 'crl-current.pem' }, code: 'CERT_REVOKED', says: /revoked by its issuer/ },
  { behaviour: 'an expired CRL', server: (p) => p.leaf('valid'), client: { ca: 'ca.pem', crl: 'crl-expired.pem' }, code: 'CRL_HAS_EXPIRED', says: /revocation list has expired/ },
  { behaviour: 'no CRL for an issuer', server: (p) => p.leaf('valid'), client: { ca: 'ca.pem', crl: 'crl-missing.pem' }, code: 'UNABLE_TO_GET_CRL', says: /none from one of the CAs/ },
  { behaviour: 'a CA below a pathlen:0 intermediate', server: (p) => p.leaf('pathLenExceeded'), code: 'PATH_LENGTH_EXCEEDED', says: /pathlen constraint/ },
  { behaviour: 'a clientAuth-only certificate', server: (p) => p.leaf('clientAuthOnly'), code: 'INVALID_PURPOSE', says: /not allowed for TLS server authentication/ },
  { behaviour: 'a certificate issued by a CA:FALSE certificate', server: (p) => p.leaf('notCaIssuer'), code: 'INVALID_PURPOSE', says: /not allowed for TLS server authentication/ },
  { behaviour: 'a corrupted signature', server: (p) => p.leaf('badSignature'), code: 'CERT_SIGNATURE_FAILURE', says: /signature of a certificate in the chain is invalid/ },
  { behaviour: 'a SHA-1 signed certificate', server: (p) => p.leaf('weakDigest'), code: 'UNSPECIFIED', says: /could not be verified \(CA signature digest algorithm too weak\)/ },
  {
    behaviour: 'a server that speaks only TLS 1.0 and 1.1',
    server: (p) => ({ ...p.leaf('valid'), minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' }),
    code: 'PROTOCOL_VERSION',
    says: /no TLS version in common/,
  },
  {
    behaviour: 'a server with no cipher in common',
    server: (p) => ({ ...p.leaf('valid'), maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-NULL-SHA@SECLEVEL=0' }),
    code: 'HANDSHAKE_FAILURE',
    says: /no cipher suite in common/,
  },
  { behaviour: 'a TLS 1.3 server that requires a client certificate', server: (p) => requireClientCert(p, 'TLSv1.3'), code: 'CERTIFICATE_REQUIRED', says: /requires a client certificate/ },
  // OpenSSL answers a missing client certificate on TLS 1.2 with a plain handshake_failure alert.
  { behaviour: 'a TLS 1.2 server that requires a client certificate', server: (p) => requireClientCert(p, 'TLSv1.2'), code: 'HANDSHAKE_FAILURE', says: /requires a client certificate, give the check `cert` and `key`/ },
];

let pki: TestPki;
const servers = new Map<string, TlsPeer>();
let plainHttp: Peer;
let run: RunResult;

beforeAll(async () => {
  pki = await createTestPki();
  for (const scenario of SCENARIOS) servers.set(scenario.behaviour, await startTlsServer(scenario.server(pki), answerHttp));
  servers.set('valid', await startTlsServer(pki.leaf('valid'), answerHttp));
  servers.set('mtls', await startTlsServer(requireClientCert(pki, 'TLSv1.3'), answerHttp));
  servers.set('expiring', await startTlsServer(pki.leaf('expiresIn10Days'), answerHttp));
  plainHttp = await startHttpServer((_request, response) => response.end('plain'));
  const checks = [
    ...SCENARIOS.map((s) => pair(s.behaviour, servers.get(s.behaviour)!.port, s.client ?? TRUSTING_ROOT)),
    pair('the valid chain', servers.get('valid')!.port, TRUSTING_ROOT),
    pair('a client certificate the server trusts', servers.get('mtls')!.port, { ca: 'ca.pem', clientCert: true }),
    pair('a plain-TCP port', plainHttp.port, TRUSTING_ROOT),
    `  - name: ssl expiring in 10 days
    type: ssl
    request: { host: 127.0.0.1, port: ${servers.get('expiring')!.port}, servername: localhost, ca: ca.pem }
    assertions: [{ type: certificate, operator: isInMoreThan, target: 30 }]`,
    `  - name: ssl with 10 days left at least
    type: ssl
    request: { host: 127.0.0.1, port: ${servers.get('expiring')!.port}, servername: localhost, ca: ca.pem }
    assertions: [{ type: certificate, operator: moreThanOrEqual, target: 10 }]`,
  ];
  run = await runManifestText(`version: 1\nchecks:\n${checks.join('\n')}\n`, {
    files: {
      'ca.pem': pki.rootPem,
      'intermediate.pem': pki.intermediatePem,
      'crl-current.pem': pki.crl('current'),
      'crl-expired.pem': pki.crl('expiredIntermediate'),
      'crl-missing.pem': pki.crl('missingIntermediate'),
      'client.pem': pki.client.cert + pki.client.chain.join(''),
      'client.key': pki.client.key,
    },
  });
});

afterAll(async () => {
  await Promise.all([...servers.values()].map((server) => server.close()));
  await plainHttp.close();
});

/** Enough HTTP/1.1 for the http check: one 200 per connection. */
function answerHttp(socket: tls.TLSSocket): void {
  socket.once('data', () => socket.end('HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok'));
}

/** An http check and an ssl check of the same server, with the same client TLS settings. */
function pair(behaviour: string, port: number, client: ClientTls): string {
  const fields = [
    'servername: localhost',
    client.ca ? `ca: ${client.ca}` : '',
    client.crl ? `crl: ${client.crl}` : '',
    client.clientCert ? 'cert: client.pem, key: client.key' : '',
  ].filter(Boolean);
  return `  - name: http ${behaviour}
    type: http
    request: { url: "https://127.0.0.1:${port}/", tls: { ${fields.join(', ')} } }
  - name: ssl ${behaviour}
    type: ssl
    request: { host: 127.0.0.1, port: ${port}, ${fields.join(', ')} }`;
}

describe.each(SCENARIOS)('$behaviour', ({ behaviour, code, says }) => {
  it.each(['http', 'ssl'])(`is SSL:${code} on %s`, (type) => {
    const { error } = checkNamed(run, `${type} ${behaviour}`);
    expect(error).toMatchObject({ category: 'SSL', code });
    expect(error?.message).toMatch(says);
  });
});

describe('what passes', () => {
  it.each(['http', 'ssl'])('the valid chain passes on %s with the root as `ca`', (type) => {
    expect(checkNamed(run, `${type} the valid chain`)).toMatchObject({ status: 'passed', error: null });
  });

  it.each(['http', 'ssl'])('a client certificate the server trusts passes on %s', (type) => {
    expect(checkNamed(run, `${type} a client certificate the server trusts`)).toMatchObject({ status: 'passed', error: null });
  });
});

describe('a plain-TCP port', () => {
  it.each(['http', 'ssl'])('is SSL:NOT_TLS on %s', (type) => {
    const { error } = checkNamed(run, `${type} a plain-TCP port`);
    expect(error).toMatchObject({ category: 'SSL', code: 'NOT_TLS' });
    expect(error?.message).toMatch(/does not speak TLS.*Use http:\/\//);
  });
});

it('fails `certificate isInMoreThan 30` on a leaf that expires in 10 days, with 9.9 as the actual value', () => {
  // A little under 10 days are left when it is checked: cut down to the tenth, as more days would pass.
  const result = checkNamed(run, 'ssl expiring in 10 days');
  expect(result.error).toMatchObject({ category: 'INCORRECT_ASSERTION', code: 'INCORRECT_ASSERTION' });
  expect(result.error?.message).toContain('certificate: expected isInMoreThan `30`, actual `9.9`');
  expect(result.assertions).toEqual([expect.objectContaining({ type: 'certificate', actual: 9.9, passed: false })]);
});

it('fails `certificate moreThanOrEqual 10` on that leaf: a little under 10 days is not 10 (it read as 10, rounded, and passed)', () => {
  const result = checkNamed(run, 'ssl with 10 days left at least');
  expect(result.status).toBe('failed');
  expect(result.assertions).toEqual([expect.objectContaining({ type: 'certificate', actual: 9.9, passed: false })]);
});

describe('a server that rejects the client certificate it gets', () => {
  // Node's TLS server hangs up without an alert; OpenSSL's s_server sends the alert real servers send.
  let server: OpenSslServer;
  let rejected: RunResult;
  beforeAll(async () => {
    server = await startOpenSslServer(pki);
    const untrusted = pki.leaf('selfSigned');
    rejected = await runManifestText(
      `version: 1\nchecks:\n${pair('an untrusted client certificate', server.port, { ca: 'ca.pem', clientCert: true })}\n`,
      { files: { 'ca.pem': pki.rootPem, 'client.pem': untrusted.cert, 'client.key': untrusted.key } },
    );
  });
  afterAll(() => server.stop());

  it.each(['http', 'ssl'])('is SSL:CERTIFICATE_REQUIRED on %s, naming the alert', (type) => {
    const { error } = checkNamed(rejected, `${type} an untrusted client certificate`);
    expect(error).toMatchObject({ category: 'SSL', code: 'CERTIFICATE_REQUIRED' });
    expect(error?.message).toContain('the server rejected the client certificate with the TLS alert "unknown ca"');
  });
});

interface OpenSslServer {
  readonly port: number;
  stop(): void;
}

/** `openssl s_server` on 127.0.0.1:0, requiring a client certificate issued under the test root. */
async function startOpenSslServer(pki: TestPki): Promise<OpenSslServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'probegate-s-server-'));
  const served = pki.leaf('valid');
  writeFileSync(path.join(dir, 'key.pem'), served.key);
  writeFileSync(path.join(dir, 'cert.pem'), served.cert + served.chain.join(''));
  writeFileSync(path.join(dir, 'ca.pem'), pki.rootPem + pki.intermediatePem);
  const args = ['-oL', 'openssl', 's_server', '-accept', '127.0.0.1:0', '-key', 'key.pem', '-cert', 'cert.pem', '-CAfile', 'ca.pem', '-Verify', '1', '-verify_return_error'];
  const child: ChildProcess = spawn('stdbuf', args, { cwd: dir });
  const stop = () => {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`openssl s_server did not start: ${output}`)), 10_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const accept = /ACCEPT 127\.0\.0\.1:(\d+)/.exec(output);
      if (accept) {
        clearTimeout(timer);
        resolve(Number(accept[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`openssl s_server exited with ${code}: ${output}`)));
  }).catch((error: unknown) => {
    stop();
    throw error;
  });
  return { port, stop };
}

describe('OpenSSL reason text alone (what grpc-js keeps) maps back to the code', () => {
  const textual = SCENARIOS.filter((s) => s.code !== 'UNSPECIFIED');
  it.each(textual)('$behaviour: the text of the error gives $code', async ({ behaviour, client, code }) => {
    const message = await failedHandshakeMessage(servers.get(behaviour)!.port, client ?? TRUSTING_ROOT);
    expect(sslErrorFromText(`14 UNAVAILABLE: No connection established. Last error: Error: ${message}`)?.code).toBe(code);
  });

  it('does not take other text for a TLS failure', () => {
    expect(sslErrorFromText('14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED 127.0.0.1:1')).toBeUndefined();
  });
});

/** The message of the error a verifying node:tls client fails with (a first read included, for TLS 1.3 alerts). */
function failedHandshakeMessage(port: number, client: ClientTls): Promise<string> {
  const files: Record<string, string> = { 'ca.pem': pki.rootPem, 'intermediate.pem': pki.intermediatePem };
  const crls: Record<string, string> = { 'crl-current.pem': pki.crl('current'), 'crl-expired.pem': pki.crl('expiredIntermediate'), 'crl-missing.pem': pki.crl('missingIntermediate') };
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host: '127.0.0.1',
      port,
      servername: 'localhost',
      // As every check connects (src/net/tls.ts): without the common-name fallback browsers dropped.
      checkServerIdentity: checkServerIdentityAsBrowsers,
      ...(client.ca ? { ca: files[client.ca] } : {}),
      ...(client.crl ? { crl: crls[client.crl]!.split(/(?<=-----END X509 CRL-----\n)/).filter(Boolean) } : {}),
    });
    socket.once('secureConnect', () => socket.write('GET / HTTP/1.1\r\n\r\n'));
    socket.once('data', () => reject(new Error('the handshake succeeded')));
    socket.once('error', (error) => resolve(error.message));
  });
}
