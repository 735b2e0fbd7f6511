// What every TLS-speaking check shares: the manifest's TLS options made into node:tls options
// (files read once, at load time), the certificate chain read off a connected socket, and a
// handshake that completes even when verification fails, so the chain can still be read.
import type { ConnectionOptions, PeerCertificate, TLSSocket } from 'node:tls';
import type { CertificateInfo, TlsObservation } from '../model.js';
import type { PhaseTimer } from './timing.js';

/** The `tls` block of http, websocket and grpc checks, and the fields of an ssl check. */
export interface TlsSettings {
  readonly ca?: string;
  readonly cert?: string;
  readonly key?: string;
  readonly crl?: string;
  readonly servername?: string;
  readonly insecure: boolean;
}

export const TLS_FILE_FIELDS = ['ca', 'cert', 'key', 'crl'] as const;

/** node:tls options for these settings. Sessions are never reused: a resumed session skips verification. */
export function tlsConnectionOptions(settings: TlsSettings, host: string): ConnectionOptions {
  const options: ConnectionOptions = {
    rejectUnauthorized: !settings.insecure,
    servername: settings.servername ?? (isIpLiteral(host) ? undefined : host),
    checkServerIdentity: checkServerIdentityAsBrowsers,
  };
  if (settings.ca) options.ca = settings.ca;
  if (settings.cert) options.cert = settings.cert;
  if (settings.key) options.key = settings.key;
  // Node reads only the first CRL of a PEM string; a bundle (one CRL per CA) must be an array.
  if (settings.crl) options.crl = splitPem(settings.crl, 'X509 CRL');
  return options;
}

/**
 * Node's host-name check without its fallback to the subject's common name when a certificate
 * names no DNS host: browsers have refused such certificates since 2017, so a preview served with
 * one is broken for its visitors, and the check must not pass it.
 */
export function checkServerIdentityAsBrowsers(hostname: string, cert: PeerCertificate): Error | undefined {
  const refused = process.getBuiltinModule('node:tls').checkServerIdentity(hostname, cert);
  if (refused || isIpLiteral(hostname) || /(?:^|,\s*)DNS:/.test(cert.subjectaltname ?? '')) return refused;
  const reason = `the host ${hostname} is the certificate's common name (CN=${cert.subject?.CN ?? ''}), but the certificate has no subjectAltName DNS name, and browsers accept only those`;
  return Object.assign(new Error(`Hostname/IP does not match certificate's altnames: ${reason}`), { code: 'ERR_TLS_CERT_ALTNAME_INVALID', reason, host: hostname, cert });
}

/** The PEM blocks of one type in a text, each as its own string. */
export function splitPem(text: string, label: string): string[] {
  const pattern = new RegExp(`-----BEGIN ${label}-----[\\s\\S]*?-----END ${label}-----`, 'g');
  const blocks = text.match(pattern);
  return blocks ? blocks.map((block) => `${block}\n`) : [text];
}

export function isIpLiteral(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.includes(':');
}

/** The negotiated version, ALPN and the chain (leaf first) of a connected socket. */
export function observeTls(socket: TLSSocket): TlsObservation {
  const version = socket.getProtocol() ?? undefined;
  const alpn = socket.alpnProtocol || undefined;
  const authorizationError = socket.authorizationError ? String(socket.authorizationError) : undefined;
  return {
    version,
    alpn,
    authorized: socket.authorized,
    authorizationError,
    chain: readChain(socket.getPeerCertificate(true)),
  };
}

function readChain(leaf: PeerCertificate | undefined): CertificateInfo[] {
  const chain: CertificateInfo[] = [];
  const seen = new Set<string>();
  let current = leaf as (PeerCertificate & { issuerCertificate?: PeerCertificate }) | undefined;
  while (current && current.fingerprint256 && !seen.has(current.fingerprint256) && chain.length < 10) {
    seen.add(current.fingerprint256);
    chain.push({
      subject: distinguishedName(current.subject),
      issuer: distinguishedName(current.issuer),
      validFrom: new Date(current.valid_from).toISOString(),
      validTo: new Date(current.valid_to).toISOString(),
      san: current.subjectaltname,
      fingerprint256: current.fingerprint256,
    });
    current = current.issuerCertificate;
  }
  return chain;
}

function distinguishedName(name: object | undefined): string {
  if (!name) return '';
  return Object.entries(name)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : String(value)}`)
    .join(', ');
}

export interface TlsTarget {
  readonly host: string;
  readonly port: number;
  /** The check's ip_family: 4 or 6; absent for any. */
  readonly ipFamily?: 4 | 6;
}

export interface Handshake {
  readonly socket: TLSSocket;
  readonly tls: TlsObservation;
  /**
   * Why the certificate is not trusted, as the error a verifying connection would have failed
   * with: Node's verify error (`code` CERT_HAS_EXPIRED..., or UNSPECIFIED with OpenSSL's reason
   * as message) or the hostname check's ERR_TLS_CERT_ALTNAME_INVALID, the leaf as `cert`.
   * Undefined when the certificate verifies, and always when the settings say `insecure`.
   */
  readonly verifyError?: Error;
}

/**
 * Connects and completes the TLS handshake whatever verification says, so the chain can be read,
 * marking dnsDone, connectDone and tlsDone. Handshake and socket failures reject with the raw
 * error; the caller owns (and destroys) the socket once resolved.
 */
export function handshake(
  target: TlsTarget,
  settings: TlsSettings,
  { signal, timer }: { readonly signal: AbortSignal; readonly timer: PhaseTimer },
  extra: ConnectionOptions = {},
): Promise<Handshake> {
  return new Promise((resolve, reject) => {
    // node:tls on use: `validate` and plain http runs never load it for this module (the ssl check loads it with itself).
    const socket = process.getBuiltinModule('node:tls').connect({
      ...tlsConnectionOptions(settings, target.host),
      ...extra,
      host: target.host,
      port: target.port,
      ...(target.ipFamily ? { family: target.ipFamily } : {}),
      rejectUnauthorized: false,
    });
    const fail = (error: unknown) => {
      signal.removeEventListener('abort', onAbort);
      socket.destroy();
      reject(error);
    };
    const onAbort = () => fail(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('lookup', (error: Error | null) => error || timer.mark('dnsDone'));
    socket.once('connect', () => timer.mark('connectDone'));
    socket.on('error', fail);
    socket.once('secureConnect', () => {
      timer.mark('tlsDone');
      signal.removeEventListener('abort', onAbort);
      socket.off('error', fail);
      const leaf = socket.getPeerCertificate(true);
      const hostname = settings.servername ?? target.host;
      resolve({ socket, tls: observeTls(socket), verifyError: settings.insecure ? undefined : verificationError(socket, hostname, leaf) });
    });
  });
}

function verificationError(socket: TLSSocket, hostname: string, leaf: PeerCertificate): Error | undefined {
  const code = socket.authorizationError ? String(socket.authorizationError) : undefined;
  if (!code) return undefined;
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return checkServerIdentityAsBrowsers(hostname, leaf) ?? Object.assign(new Error(code), { code, cert: leaf });
  }
  // The socket keeps only the code; its handle still has Node's full error, whose message is
  // OpenSSL's reason: the only explanation an UNSPECIFIED result has.
  const handle = (socket as unknown as { _handle?: { verifyError?(): Error | null } })._handle;
  const error = handle?.verifyError?.() ?? new Error(code);
  return Object.assign(error, { code, cert: leaf });
}
