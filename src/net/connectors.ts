// undici's connector (what opens an exchange's socket, TCP then TLS) for each set of connection
// options, built once and shared by every exchange that connects with them. Built per exchange,
// a connector (its options, closures and session cache, a FinalizationRegistry each) cost every
// check some 1.7 KiB that outlived V8's young-generation collections: enough, in a 5,000-check
// run, for one more doubling of the young generation (bench/, whole run). A connector keeps
// nothing from one connection to the next (sessions are never cached), so sharing it changes no
// connection.
import type { buildConnector } from 'undici';
import { tlsConnectionOptions, type TlsSettings } from './tls.js';

/** Everything a connector is built from. */
export interface ConnectionOptions {
  /** Set for https: the TLS settings, compared by identity (checks without a tls block share one). */
  readonly tls?: TlsSettings;
  /** The URL's host: the TLS server name unless the settings name one. */
  readonly hostname: string;
  readonly allowH2: boolean;
  /** HTTP/2 over cleartext, with prior knowledge. */
  readonly h2c: boolean;
  readonly family?: 4 | 6;
}

// Past this many connectors for one TLS settings (a manifest of that many https hosts), the
// oldest are dropped: they are rebuilt when used again.
const MAX_CONNECTORS = 64;
const PLAIN = {};
const connectors = new WeakMap<object, Map<string, buildConnector.connector>>();

export function sharedConnector(build: typeof buildConnector, options: ConnectionOptions): buildConnector.connector {
  const { tls, hostname, allowH2, h2c, family } = options;
  const owner = tls ?? PLAIN;
  let built = connectors.get(owner);
  if (!built) connectors.set(owner, (built = new Map()));
  // The host matters to TLS only (the server name); a cleartext connector serves every host.
  const key = `${tls ? hostname : ''} ${allowH2} ${h2c} ${family ?? ''}`;
  let connector = built.get(key);
  if (!connector) {
    connector = build({
      ...(tls ? tlsConnectionOptions(tls, hostname) : {}),
      maxCachedSessions: 0,
      allowH2,
      // No connect timeout: the caller ends a socket still connecting at the attempt's deadline.
      // undici's timer for it, cleared, stays listed until its next tick (up to a second), and
      // keeps each check's socket and client through young-generation collections meanwhile.
      timeout: 0,
      ...(h2c ? { useH2c: true } : {}),
      ...(family ? { family } : {}),
    } as buildConnector.BuildOptions);
    if (built.size >= MAX_CONNECTORS) built.delete(built.keys().next().value!);
    built.set(key, connector);
  }
  return connector;
}
