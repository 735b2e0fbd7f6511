// A throwaway PKI for TLS tests, generated at test time with the openssl CLI (no certificate is
// ever committed), plus TLS / HTTPS / HTTP/2 servers on 127.0.0.1:0 that serve its certificates.
//
//   const pki = await createTestPki();            // once per test file (memoised per process)
//   const server = await startTlsServer(pki.leaf('expired'));
//   ... connect to 127.0.0.1:server.port with { ca: pki.rootPem } ...
//   await server.close();
//
// Everything is held in memory as PEM text; the temporary folder is removed once generated.
// Keys are EC P-256, so the whole PKI takes well under a second.
import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import type net from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { promisify } from 'node:util';

const run = promisify(execFile);
const DAY_MS = 24 * 60 * 60 * 1000;

/** Subject alternative names of every leaf that is meant to match the loopback host. */
export const LOOPBACK_SAN = 'DNS:localhost, IP:127.0.0.1, IP:::1';

/**
 * The server certificates, named after what is wrong with them. All are for `localhost`,
 * 127.0.0.1 and ::1 (except `wrongHost`), issued by the intermediate under the root (unless
 * said otherwise), and served with the chain a correct server would send (unless said otherwise):
 * - `valid`: good for a year.
 * - `expired`: notAfter yesterday. `notYetValid`: notBefore tomorrow.
 * - `expiresIn10Days`: valid now, notAfter in exactly 10 days.
 * - `selfSigned`: a lone self-signed leaf (no keyUsage, so OpenSSL sees it as self-issued).
 * - `wrongHost`: SAN `DNS:wrong.example` only.
 * - `untrustedRoot`: issued directly by a second root nobody trusts, served with that root.
 * - `missingIntermediate`: the valid leaf served without its intermediate.
 * - `revoked`: revoked by the intermediate (seen only when the client is given `pki.crl(...)`).
 * - `pathLenExceeded`: root -> intermediate with pathlen:0 -> another CA -> leaf.
 * - `clientAuthOnly`: extendedKeyUsage clientAuth only.
 * - `badSignature`: the last byte of its signature flipped.
 * - `weakDigest`: signed with SHA-1 (OpenSSL 3 rejects it at the default security level).
 * - `notCaIssuer`: issued by a certificate with basicConstraints CA:FALSE.
 * - `noSan`: no subjectAltName, its subject CN=localhost (Node accepts the CN; browsers do not).
 */
export const LEAF_KINDS = [
  'valid',
  'expired',
  'notYetValid',
  'expiresIn10Days',
  'selfSigned',
  'wrongHost',
  'untrustedRoot',
  'missingIntermediate',
  'revoked',
  'pathLenExceeded',
  'clientAuthOnly',
  'badSignature',
  'noSan',
  'weakDigest',
  'notCaIssuer',
] as const;
export type LeafKind = (typeof LEAF_KINDS)[number];

/**
 * CRLs to give a client as `crl` (Node then checks revocation of every certificate below the
 * trust anchor, so each issuer needs a CRL):
 * - `current`: root's and intermediate's CRLs, current; the intermediate's revokes `revoked`.
 * - `expiredIntermediate`: the root's current CRL and an intermediate CRL whose nextUpdate is past.
 * - `missingIntermediate`: the root's CRL only, none from the intermediate.
 */
export const CRL_KINDS = ['current', 'expiredIntermediate', 'missingIntermediate'] as const;
export type CrlKind = (typeof CRL_KINDS)[number];

/** What a server needs to present a certificate: its key, the leaf, the chain it sends after the leaf. */
export interface ServedCert {
  readonly key: string;
  readonly cert: string;
  /** Intermediates (and, for `untrustedRoot`, the root) sent after the leaf, in order. */
  readonly chain: readonly string[];
}

export interface TestPki {
  /** The root every good chain leads to: give it to clients as `ca`. */
  readonly rootPem: string;
  /** The intermediate that issues the leaves (trusting only it is UNABLE_TO_GET_ISSUER_CERT). */
  readonly intermediatePem: string;
  /** The second root that issued `untrustedRoot`. */
  readonly untrustedRootPem: string;
  /** A server certificate of the given kind. */
  leaf(kind: LeafKind): ServedCert;
  /**
   * A client certificate for mTLS (CN=probegate test client, EKU clientAuth), issued by the
   * intermediate. A server verifies it with `ca: [pki.rootPem, pki.intermediatePem]`.
   */
  readonly client: ServedCert;
  /** CRL PEM text (one or several CRLs concatenated) for a client's `crl` option. */
  crl(kind: CrlKind): string;
}

let shared: Promise<TestPki> | undefined;

/** The PKI of this process, generated on first call. */
export function createTestPki(): Promise<TestPki> {
  shared ??= generatePki();
  return shared;
}

interface Issued {
  readonly key: string;
  readonly cert: string;
}

interface CertificateRequest {
  readonly name: string;
  readonly subject: string;
  /** Lines of an X.509 v3 extensions section. */
  readonly extensions: readonly string[];
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  readonly digest?: 'sha256' | 'sha1';
}

const SERVER_EXTENSIONS = [
  'basicConstraints = critical, CA:FALSE',
  'keyUsage = critical, digitalSignature',
  'extendedKeyUsage = serverAuth',
  `subjectAltName = ${LOOPBACK_SAN}`,
];
const CA_EXTENSIONS = ['basicConstraints = critical, CA:TRUE', 'keyUsage = critical, keyCertSign, cRLSign'];

/** A CA whose database lives in its own folder; `openssl ca` runs on it one at a time. */
class Authority {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly workdir: string,
    readonly name: string,
    readonly issued: Issued,
  ) {}

  static async create(workdir: string, name: string, issued: Issued): Promise<Authority> {
    const dir = join(workdir, name);
    await mkdir(join(dir, 'certs'), { recursive: true });
    await writeFile(join(dir, 'index.txt'), '');
    await writeFile(join(dir, 'serial'), '1000\n');
    await writeFile(join(dir, 'ca.key'), issued.key);
    await writeFile(join(dir, 'ca.pem'), issued.cert);
    const config = [
      '[ca]',
      'default_ca = this_ca',
      '[this_ca]',
      `dir = ${dir}`,
      'database = $dir/index.txt',
      'new_certs_dir = $dir/certs',
      'serial = $dir/serial',
      'certificate = $dir/ca.pem',
      'private_key = $dir/ca.key',
      'default_md = sha256',
      'default_days = 365',
      'default_crl_days = 30',
      'unique_subject = no',
      'policy = any_name',
      '[any_name]',
      'commonName = supplied',
      'organizationName = optional',
    ].join('\n');
    await writeFile(join(dir, 'ca.cnf'), `${config}\n`);
    return new Authority(workdir, name, issued);
  }

  /** Issues a certificate for a fresh key. */
  async issue(request: CertificateRequest): Promise<Issued> {
    const key = newKey();
    const base = join(this.workdir, request.name);
    await writeFile(`${base}.key`, key);
    await writeFile(`${base}.ext.cnf`, `[ext]\n${request.extensions.join('\n')}\n`);
    await openssl('req', '-new', '-key', `${base}.key`, '-subj', request.subject, '-out', `${base}.csr`, '-config', REQ_CONFIG(this.workdir));
    const dates = [
      ...(request.notBefore ? ['-startdate', asn1Time(request.notBefore)] : []),
      ...(request.notAfter ? ['-enddate', asn1Time(request.notAfter)] : []),
    ];
    await this.serially(() =>
      openssl('ca', '-batch', '-notext', '-config', this.config, '-in', `${base}.csr`, '-out', `${base}.pem`,
        '-extfile', `${base}.ext.cnf`, '-extensions', 'ext', '-md', request.digest ?? 'sha256', ...dates),
    );
    return { key, cert: await readPem(`${base}.pem`) };
  }

  revoke(cert: string, name: string): Promise<unknown> {
    const file = join(this.workdir, `${name}.revoke.pem`);
    return this.serially(async () => {
      await writeFile(file, cert);
      await openssl('ca', '-config', this.config, '-revoke', file);
    });
  }

  /** A CRL of everything revoked so far; `window` sets lastUpdate/nextUpdate (default: now, +30 days). */
  crl(name: string, window?: { lastUpdate: Date; nextUpdate: Date }): Promise<string> {
    const out = join(this.workdir, `${name}.crl.pem`);
    const dates = window ? ['-crl_lastupdate', asn1Time(window.lastUpdate), '-crl_nextupdate', asn1Time(window.nextUpdate)] : [];
    return this.serially(async () => {
      await openssl('ca', '-batch', '-config', this.config, '-gencrl', '-out', out, ...dates);
      return readPem(out);
    });
  }

  private get config(): string {
    return join(this.workdir, this.name, 'ca.cnf');
  }

  private serially<T>(step: () => Promise<T>): Promise<T> {
    const next = this.queue.then(step);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

const REQ_CONFIG = (workdir: string) => join(workdir, 'req.cnf');

async function selfSigned(workdir: string, name: string, subject: string, extensions: readonly string[]): Promise<Issued> {
  const key = newKey();
  const base = join(workdir, name);
  await writeFile(`${base}.key`, key);
  await writeFile(`${base}.ext.cnf`, `[req]\ndistinguished_name = dn\n[dn]\n[ext]\n${extensions.join('\n')}\n`);
  await openssl('req', '-x509', '-new', '-key', `${base}.key`, '-subj', subject, '-days', '3650', '-sha256',
    '-config', `${base}.ext.cnf`, '-extensions', 'ext', '-out', `${base}.pem`);
  return { key, cert: await readPem(`${base}.pem`) };
}

async function generatePki(): Promise<TestPki> {
  const workdir = await mkdtemp(join(tmpdir(), 'probegate-pki-'));
  try {
    await writeFile(REQ_CONFIG(workdir), '[req]\ndistinguished_name = dn\n[dn]\n');
    return await buildPki(workdir);
  } finally {
    await rm(workdir, { recursive: true, force: true });
  }
}

async function buildPki(workdir: string): Promise<TestPki> {
  const now = Date.now();
  const org = '/O=probegate tests';
  const [rootIssued, untrustedIssued, selfSignedLeaf] = await Promise.all([
    selfSigned(workdir, 'root', `/CN=probegate test root${org}`, CA_EXTENSIONS),
    selfSigned(workdir, 'untrusted-root', `/CN=probegate untrusted root${org}`, CA_EXTENSIONS),
    selfSigned(workdir, 'self-signed', `/CN=localhost${org}`, [
      'basicConstraints = critical, CA:FALSE',
      'extendedKeyUsage = serverAuth',
      `subjectAltName = ${LOOPBACK_SAN}`,
    ]),
  ]);
  const root = await Authority.create(workdir, 'root-ca', rootIssued);
  const untrusted = await Authority.create(workdir, 'untrusted-ca', untrustedIssued);
  const server = (name: string, extra: Partial<CertificateRequest> = {}): CertificateRequest => ({
    name,
    subject: `/CN=localhost${org}`,
    extensions: SERVER_EXTENSIONS,
    ...extra,
  });

  const [intermediateIssued, pathLenIssued, untrustedLeaf] = await Promise.all([
    root.issue({ name: 'intermediate', subject: `/CN=probegate test intermediate${org}`, extensions: CA_EXTENSIONS }),
    root.issue({
      name: 'pathlen0',
      subject: `/CN=probegate pathlen0 intermediate${org}`,
      extensions: ['basicConstraints = critical, CA:TRUE, pathlen:0', 'keyUsage = critical, keyCertSign, cRLSign'],
    }),
    untrusted.issue(server('untrusted-leaf')),
  ]);
  const intermediate = await Authority.create(workdir, 'intermediate-ca', intermediateIssued);
  const pathLen = await Authority.create(workdir, 'pathlen0-ca', pathLenIssued);

  const [subCaIssued, notCaIssued] = await Promise.all([
    pathLen.issue({ name: 'below-pathlen0', subject: `/CN=probegate CA below pathlen0${org}`, extensions: CA_EXTENSIONS }),
    intermediate.issue({
      name: 'not-a-ca',
      subject: `/CN=probegate not a CA${org}`,
      extensions: ['basicConstraints = critical, CA:FALSE', 'keyUsage = critical, digitalSignature, keyCertSign'],
    }),
  ]);
  const subCa = await Authority.create(workdir, 'below-pathlen0-ca', subCaIssued);
  const notCa = await Authority.create(workdir, 'not-a-ca-ca', notCaIssued);

  const [valid, expired, notYetValid, expiresSoon, wrongHost, revoked, clientAuthOnly, toCorrupt, weakDigest, client, pathLenLeaf, notCaLeaf, noSan] =
    await Promise.all([
      intermediate.issue(server('valid')),
      intermediate.issue(server('expired', { notBefore: new Date(now - 30 * DAY_MS), notAfter: new Date(now - DAY_MS) })),
      intermediate.issue(server('not-yet-valid', { notBefore: new Date(now + DAY_MS), notAfter: new Date(now + 365 * DAY_MS) })),
      intermediate.issue(server('expires-in-10-days', { notBefore: new Date(now - DAY_MS), notAfter: new Date(now + 10 * DAY_MS) })),
      intermediate.issue(server('wrong-host', {
        subject: `/CN=wrong.example${org}`,
        extensions: [...SERVER_EXTENSIONS.slice(0, 3), 'subjectAltName = DNS:wrong.example'],
      })),
      intermediate.issue(server('revoked')),
      intermediate.issue(server('client-auth-only', { extensions: [...SERVER_EXTENSIONS.slice(0, 2), 'extendedKeyUsage = clientAuth', `subjectAltName = ${LOOPBACK_SAN}`] })),
      intermediate.issue(server('bad-signature')),
      intermediate.issue(server('weak-digest', { digest: 'sha1' })),
      intermediate.issue({
        name: 'client',
        subject: `/CN=probegate test client${org}`,
        extensions: ['basicConstraints = critical, CA:FALSE', 'keyUsage = critical, digitalSignature', 'extendedKeyUsage = clientAuth'],
      }),
      subCa.issue(server('path-len-leaf')),
      notCa.issue(server('not-ca-leaf')),
      intermediate.issue(server('no-san', { extensions: SERVER_EXTENSIONS.slice(0, 3) })),
    ]);

  await intermediate.revoke(revoked.cert, 'revoked');
  const [rootCrl, intermediateCrl, expiredIntermediateCrl] = await Promise.all([
    root.crl('root'),
    intermediate.crl('intermediate'),
    intermediate.crl('intermediate-expired', { lastUpdate: new Date(now - 10 * DAY_MS), nextUpdate: new Date(now - DAY_MS) }),
  ]);

  const intermediatePem = intermediateIssued.cert;
  const underIntermediate = (issued: Issued): ServedCert => ({ ...issued, chain: [intermediatePem] });
  const leaves: Record<LeafKind, ServedCert> = {
    valid: underIntermediate(valid),
    expired: underIntermediate(expired),
    notYetValid: underIntermediate(notYetValid),
    expiresIn10Days: underIntermediate(expiresSoon),
    selfSigned: { ...selfSignedLeaf, chain: [] },
    wrongHost: underIntermediate(wrongHost),
    untrustedRoot: { ...untrustedLeaf, chain: [untrustedIssued.cert] },
    missingIntermediate: { ...valid, chain: [] },
    revoked: underIntermediate(revoked),
    pathLenExceeded: { ...pathLenLeaf, chain: [subCaIssued.cert, pathLenIssued.cert] },
    clientAuthOnly: underIntermediate(clientAuthOnly),
    badSignature: { key: toCorrupt.key, cert: corruptSignature(toCorrupt.cert), chain: [intermediatePem] },
    noSan: underIntermediate(noSan),
    weakDigest: underIntermediate(weakDigest),
    notCaIssuer: { ...notCaLeaf, chain: [notCaIssued.cert, intermediatePem] },
  };
  const crls: Record<CrlKind, string> = {
    current: rootCrl + intermediateCrl,
    expiredIntermediate: rootCrl + expiredIntermediateCrl,
    missingIntermediate: rootCrl,
  };
  return {
    rootPem: rootIssued.cert,
    intermediatePem,
    untrustedRootPem: untrustedIssued.cert,
    leaf: (kind) => leaves[kind],
    client: underIntermediate(client),
    crl: (kind) => crls[kind],
  };
}

function newKey(): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

async function openssl(...args: string[]): Promise<void> {
  try {
    await run('openssl', args, { timeout: 10_000 });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`openssl ${args[0]} failed: ${stderr.trim() || (error as Error).message}`);
  }
}

async function readPem(file: string): Promise<string> {
  return (await readFile(file, 'utf8')).trim() + '\n';
}

/** YYMMDDHHMMSSZ, as `openssl ca -startdate/-enddate` and `-crl_*update` take it. */
function asn1Time(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z';
}

/** The same certificate with the last byte of its (ECDSA) signature flipped: DER stays well-formed. */
function corruptSignature(pem: string): string {
  const der = Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
  der[der.length - 1] ^= 0x01;
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

// ---------------------------------------------------------------------------------------------
// Servers

export interface TlsPeer {
  readonly port: number;
  /** `https://127.0.0.1:PORT` (the leaves cover 127.0.0.1, ::1 and localhost). */
  readonly url: string;
  /** Destroys open connections, then closes the listener. */
  close(): Promise<void>;
}

/**
 * node:tls server options, plus `chain`: the PEM certificates sent after `cert`, so a
 * ServedCert can be spread in directly: `startTlsServer({ ...pki.leaf('valid'), requestCert: true })`.
 * For TLS 1.0/1.1 only: `{ minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' }`.
 */
export type TlsServerOptions = tls.TlsOptions & { readonly chain?: readonly string[] };

/**
 * A raw TLS server on 127.0.0.1:0. Each secure connection is handed to `onConnection`; by
 * default it is answered "hello\n" and left open until the client closes it.
 */
export async function startTlsServer(options: TlsServerOptions, onConnection?: (socket: tls.TLSSocket) => void): Promise<TlsPeer> {
  const server = tls.createServer(nodeTlsOptions(options), onConnection ?? ((socket) => socket.write('hello\n')));
  return listen(server, 'secureConnection');
}

export type HttpsHandler = (request: http.IncomingMessage, response: http.ServerResponse) => void;
/** On HTTP/2 the handler receives the compatibility API's request and response (HTTP/1.1 clients too). */
export type Http2Handler = (request: http2.Http2ServerRequest, response: http2.Http2ServerResponse) => void;

const answerOk = (_request: unknown, response: { writeHead(status: number, headers: Record<string, string>): unknown; end(body: string): unknown }) => {
  response.writeHead(200, { 'content-type': 'text/plain' });
  response.end('ok');
};

/**
 * An HTTPS server on 127.0.0.1:0; with `http2: true` it negotiates h2 over ALPN and still
 * answers HTTP/1.1 clients (allowHTTP1). The default handler answers 200 "ok".
 */
export function startHttpsServer(options: TlsServerOptions & { readonly http2: true }, handler?: Http2Handler): Promise<TlsPeer>;
export function startHttpsServer(options: TlsServerOptions & { readonly http2?: false }, handler?: HttpsHandler): Promise<TlsPeer>;
export async function startHttpsServer(
  options: TlsServerOptions & { readonly http2?: boolean },
  handler: HttpsHandler | Http2Handler = answerOk,
): Promise<TlsPeer> {
  const { http2: wantsHttp2, ...tlsOptions } = options;
  const server = wantsHttp2
    ? http2.createSecureServer({ ...nodeTlsOptions(tlsOptions), allowHTTP1: true }, handler as Http2Handler)
    : https.createServer(nodeTlsOptions(tlsOptions), handler as HttpsHandler);
  return listen(server, 'secureConnection');
}

function nodeTlsOptions({ chain, ...options }: TlsServerOptions): tls.TlsOptions {
  if (!chain?.length) return options;
  if (typeof options.cert !== 'string') throw new Error('`chain` needs `cert` as PEM text');
  return { ...options, cert: [options.cert, ...chain].join('') };
}

async function listen(server: net.Server, connectionEvent: string): Promise<TlsPeer> {
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  server.on('connection', track);
  server.on(connectionEvent, track);
  // A failed handshake is the point of most tests: keep it from surfacing as an unhandled error.
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `https://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
