// The ssl check: one TLS handshake with host:port, the certificate chain read even when it does
// not verify, so assertions on the certificate are still evaluated and reported next to the
// verification failure, which decides the check's error.
import tls, { type ConnectionOptions, type TLSSocket } from 'node:tls';
import { probeError } from '../errors/probe-error.js';
import type { Observation } from '../model.js';
import { isCertificateRequired } from '../errors/tls.js';
import { handshake, tlsConnectionOptions, type TlsSettings, type TlsTarget } from '../net/tls.js';
import { LEAF_PROPERTIES } from '../assertions/ssl.js';
import { hostPort, rawAssertions, readHost, readPort } from './fields.js';
import { readIpFamily } from './ip-family.js';
import { readTlsSettings } from './tls-settings.js';
import { InvalidField, type CheckModule, type RawCheck, type RunContext } from './types.js';

export interface SslRequest extends TlsTarget {
  readonly tls: TlsSettings;
  /** A minTlsVersion assertion needs the lowest version the server accepts: probe for it. */
  readonly probesMinVersion: boolean;
}

const DEFAULT_PORT = 443;
// Oldest first; Node's client needs security level 0 to offer TLS 1.0 and 1.1 at all.
const TLS_VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
const LEGACY_CIPHERS = 'DEFAULT@SECLEVEL=0';
// How long to wait for a TLS 1.3 server's verdict on the client's flight, in TCP round trips.
const VERDICT_ROUND_TRIPS = 2;
const VERDICT_MIN_MS = 50;
const VERDICT_MAX_MS = 1000;

export const sslCheck: CheckModule<SslRequest> = {
  type: 'ssl',
  prepare(check, context) {
    const raw = check.request;
    const host = readHost(raw.host, ['request', 'host']);
    const port = readPort(raw.port, ['request', 'port'], DEFAULT_PORT);
    const request: SslRequest = {
      host,
      port,
      tls: readTlsSettings(raw, ['request'], context),
      probesMinVersion: readAssertionTypes(check).has('minTlsVersion'),
      ipFamily: readIpFamily(check, host),
    };
    return { request, target: hostPort(host, port) };
  },
  run: runSsl,
};

/** The assertion types used, after checking that every `property` assertion names a leaf property. */
function readAssertionTypes(check: RawCheck): Set<string> {
  const types = new Set<string>();
  for (const { assertion, index } of rawAssertions(check)) {
    types.add(String(assertion.type));
    if (assertion.type === 'property' && !LEAF_PROPERTIES.includes(String(assertion.property))) {
      throw new InvalidField(['assertions', index, 'property'], `"${String(assertion.property)}" is not a certificate property (${LEAF_PROPERTIES.join(', ')})`);
    }
  }
  return types;
}

async function runSsl(request: SslRequest, context: RunContext): Promise<Observation> {
  // A timeout after the connection names the handshake, not a first byte the check never waits for.
  context.timer.expectTls();
  const { socket, tls: observed, verifyError } = await handshake(request, request.tls, context);
  // responseTime is the handshake; what follows only reads the server's verdict and versions.
  const timings = context.timer.timings();
  try {
    if (observed.version === 'TLSv1.3') await serverVerdict(socket, request, context.signal, timings.connect);
  } finally {
    socket.destroy();
  }
  const minTlsVersion = request.probesMinVersion ? await lowestAcceptedVersion(request, context.signal) : undefined;
  return {
    timings,
    tls: observed,
    values: minTlsVersion ? { minTlsVersion } : {},
    ...(verifyError ? { error: verifyError } : {}),
  };
}

/**
 * On TLS 1.3 the client is done with the handshake before the server has judged its flight, so
 * a missing or rejected client certificate only shows afterwards. The server's answer is a
 * session ticket or data (accepted), an alert (the socket errors), or a silent close.
 */
function serverVerdict(socket: TLSSocket, request: SslRequest, signal: AbortSignal, connectMs = 0): Promise<void> {
  const waitMs = Math.min(VERDICT_MAX_MS, Math.max(VERDICT_MIN_MS, VERDICT_ROUND_TRIPS * connectMs));
  return new Promise((resolve, reject) => {
    const settle = (error?: unknown) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      socket.removeAllListeners('session').removeAllListeners('data').removeAllListeners('end');
      if (error) reject(error);
      else resolve();
    };
    const onAbort = () => settle(signal.reason);
    const timer = setTimeout(settle, waitMs);
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('session', () => settle());
    socket.once('data', () => settle());
    socket.once('error', settle);
    socket.once('end', () => settle(closedAfterHandshake(request)));
  });
}

function closedAfterHandshake(request: SslRequest): Error {
  const why = request.tls.cert
    ? 'it most likely does not accept the client certificate the check sent'
    : 'if it requires a client certificate, give the check `cert` and `key`';
  return probeError('CONNRESET', 'CONNRESET', `${hostPort(request.host, request.port)} closed the connection right after the TLS handshake: ${why}`);
}

/** The oldest TLS version the server completes a handshake with, one fresh connection per version. */
async function lowestAcceptedVersion(request: SslRequest, signal: AbortSignal): Promise<string | undefined> {
  for (const version of TLS_VERSIONS) {
    if (await acceptsVersion(request, version, signal)) return version;
  }
  return undefined;
}

function acceptsVersion(request: SslRequest, version: tls.SecureVersion, signal: AbortSignal): Promise<boolean> {
  const options: ConnectionOptions = {
    ...tlsConnectionOptions(request.tls, request.host),
    host: request.host,
    port: request.port,
    ...(request.ipFamily ? { family: request.ipFamily } : {}),
    minVersion: version,
    maxVersion: version,
    ciphers: LEGACY_CIPHERS,
    rejectUnauthorized: false,
  };
  return new Promise((resolve, reject) => {
    const socket = tls.connect(options);
    const done = (accepted: boolean | Error) => {
      signal.removeEventListener('abort', onAbort);
      socket.destroy();
      if (accepted instanceof Error) reject(accepted);
      else resolve(accepted);
    };
    const onAbort = () => done(signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason)));
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('secureConnect', () => done(true));
    // Only a demand for a client certificate comes after the server agreed on the version.
    socket.once('error', (error) => done(isCertificateRequired(error)));
  });
}
