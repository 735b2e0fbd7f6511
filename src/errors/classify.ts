// The only place that reads low-level error objects (Node, OpenSSL, undici, ws, grpc-js) and
// turns them into the taxonomy. Each matcher looks at one error of the cause chain and returns
// a ProbeError or nothing; root causes (system and TLS codes) are tried along the whole chain
// before the wrappers that carry them, so the most specific cause wins.

import { channel } from 'node:diagnostics_channel';
import { ProbeError, probeError } from './probe-error.js';
import { matchDeadline } from './deadline.js';
import { matchDns } from './dns.js';
import { matchPing } from './ping.js';
import { matchProxyFailure } from './proxy.js';
import { matchTls } from './tls.js';
import { matchGrpc } from './grpc.js';
import type { ErrorLike, Matcher } from './error-like.js';
import { matchSystem } from './system.js';
import { matchUndici } from './undici.js';
import { matchWebSocket } from './websocket.js';

/** Root causes first, along the whole chain; then the wrappers. */
// matchDns and matchPing come before matchSystem: c-ares reuses system codes (ENOTFOUND,
// ECONNREFUSED) with a meaning of its own, and only they know the server or host involved.
const ROOT_MATCHERS: readonly Matcher[] = [matchDeadline, matchTls, matchDns, matchPing, matchSystem];
const WRAPPER_MATCHERS: readonly Matcher[] = [matchUndici, matchGrpc, matchWebSocket];

export function classify(error: unknown): ProbeError {
  if (error instanceof ProbeError) return error;
  const chain = causeChain(error);
  // A proxy's failure names the proxy, whatever low-level error it carries.
  const atProxy = matchProxyFailure(chain, classify);
  if (atProxy) return atProxy;
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
