// The only place that reads low-level error objects (Node, OpenSSL, undici, ws, grpc-js) and
// turns them into the taxonomy. Each matcher looks at one error of the cause chain and returns
// a ProbeError or nothing; root causes (system and TLS codes) are tried along the whole chain
// before the wrappers that carry them, so the most specific cause wins.

import { channel } from 'node:diagnostics_channel';
import { ProbeError, probeError } from './probe-error.js';
import { matchDeadline } from './deadline.js';
import { matchDns } from './dns.js';
import { matchPing } from './ping.js';
import { matchTls } from './tls.js';
import { matchGrpc } from './grpc.js';
import { matchUndici } from './undici.js';
import { matchWebSocket } from './websocket.js';

export type Matcher = (error: ErrorLike) => ProbeError | undefined;

/** The fields matchers read; any thrown value is viewed through this. */
export interface ErrorLike {
  readonly name?: string;
  readonly message?: string;
  readonly code?: unknown;
  readonly address?: string;
  readonly port?: number;
  readonly hostname?: string;
  readonly host?: string;
  readonly reason?: string;
  readonly cause?: unknown;
  readonly [key: string]: unknown;
}

const SYSTEM_ERRORS: Record<string, (e: ErrorLike) => ProbeError> = {
  ECONNREFUSED: (e) => probeError('CONNREFUSED', 'CONNREFUSED', `Connection refused by ${where(e)}`, e),
  ECONNRESET: (e) => probeError('CONNRESET', 'CONNRESET', `Connection reset by ${where(e)}`, e),
  EPIPE: (e) => probeError('CONNRESET', 'CONNRESET', `Connection closed by ${where(e)} while sending`, e),
  ENOTFOUND: (e) => probeError('DNS', 'NXDOMAIN', `The name ${e.hostname ?? ''} does not resolve (NXDOMAIN)`, e),
  EAI_AGAIN: (e) => probeError('DNS', 'SERVFAIL', `The name ${e.hostname ?? ''} could not be resolved now (temporary DNS failure)`, e),
  EAI_NODATA: (e) => probeError('DNS', 'NODATA', `The name ${e.hostname ?? ''} has no address record`, e),
  EHOSTUNREACH: (e) => probeError('HOSTUNREACH', 'HOSTUNREACH', `No route to host ${where(e)}`, e),
  ENETUNREACH: (e) => probeError('NETUNREACH', 'NETUNREACH', `Network unreachable for ${where(e)}`, e),
  ETIMEDOUT: (e) => probeError('TIMEOUT', 'REQUEST_TIMEOUT', `The connection to ${where(e)} timed out`, e),
};

export function matchSystem(e: ErrorLike): ProbeError | undefined {
  return typeof e.code === 'string' ? SYSTEM_ERRORS[e.code]?.(e) : undefined;
}

/** Root causes first, along the whole chain; then the wrappers. */
// matchDns and matchPing come before matchSystem: c-ares reuses system codes (ENOTFOUND,
// ECONNREFUSED) with a meaning of its own, and only they know the server or host involved.
const ROOT_MATCHERS: readonly Matcher[] = [matchDeadline, matchTls, matchDns, matchPing, matchSystem];
const WRAPPER_MATCHERS: readonly Matcher[] = [matchUndici, matchGrpc, matchWebSocket];

export function classify(error: unknown): ProbeError {
  if (error instanceof ProbeError) return error;
  const chain = causeChain(error);
  const found = chain.find((e) => e instanceof ProbeError);
  if (found) return found as unknown as ProbeError;
  for (const matchers of [ROOT_MATCHERS, WRAPPER_MATCHERS]) {
    for (const matcher of matchers) {
      for (const e of chain) {
        const result = matcher(e);
        if (result) return result;
      }
    }
  }
  const first = chain[0];
  const described = [first?.name, first?.code, first?.message].filter(Boolean).join(': ');
  const unknown = probeError('UNKNOWN', 'UNKNOWN', `Unexpected error: ${described || String(error)}`, error);
  if (unknownErrors.hasSubscribers) unknownErrors.publish(unknown);
  return unknown;
}

/** Published on for every error that falls through to UNKNOWN, so tests (and users' tooling) can catch them. */
export const UNKNOWN_ERROR_CHANNEL = 'probegate:unknown-error';
const unknownErrors = channel(UNKNOWN_ERROR_CHANNEL);

function causeChain(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  let current: unknown = error;
  while (current !== undefined && current !== null && chain.length < 8) {
    const viewed: ErrorLike =
      typeof current === 'object' ? (current as ErrorLike) : { message: String(current) };
    chain.push(viewed);
    if (viewed instanceof AggregateError) chain.push(...(viewed.errors as ErrorLike[]));
    current = viewed.cause;
  }
  return chain;
}

export function where(e: ErrorLike): string {
  const host = e.address ?? e.hostname ?? e.host;
  if (!host) return 'the server';
  const shown = host.includes(':') ? `[${host}]` : host;
  return e.port ? `${shown}:${e.port}` : shown;
}
