// What every TLS-speaking check shares: the manifest's TLS options made into node:tls options
// (files read once, at load time) and the certificate chain read off a connected socket.
import type { ConnectionOptions, PeerCertificate, TLSSocket } from 'node:tls';
import type { CertificateInfo, TlsObservation } from '../model.js';

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
  };
  if (settings.ca) options.ca = settings.ca;
  if (settings.cert) options.cert = settings.cert;
  if (settings.key) options.key = settings.key;
  if (settings.crl) options.crl = settings.crl;
  return options;
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
