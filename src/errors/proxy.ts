// Failures at a forward proxy (SPEC §10) keep the category of what happened (a reset is CONNRESET,
// a proxy name that does not resolve is DNS) but are marked `at: 'proxy'`, and their message
// names the proxy first: they are never read as the target's failure.
import type { ErrorLike } from './error-like.js';
import { ProbeError, probeError } from './probe-error.js';

/** Where the way to a proxy failed: connecting to it, or waiting for its answer to CONNECT. */
export type ProxyStage = 'connecting' | 'answering';

/**
 * A low-level error met on the way to a proxy or while waiting for its answer to CONNECT, before
 * any tunnel was open. The classifier reads `cause` as it reads any error, and says it was the proxy.
 */
export class ProxyFailure extends Error {
  override readonly name = 'ProxyFailure';
  constructor(
    /** The proxy as messages show it: `http://proxy:3128 (HTTPS_PROXY)`, never its credentials. */
    readonly proxy: string,
    /** The `host:port` the tunnel was for. */
    readonly target: string,
    readonly stage: ProxyStage,
    cause: unknown,
  ) {
    super(`The proxy ${proxy} failed while ${stage === 'connecting' ? 'connecting to it' : 'waiting for its answer to CONNECT'}`, { cause });
  }
}

/** The proxy failure in a cause chain, if any, classified with `classify` (the classifier's own). */
export function matchProxyFailure(chain: readonly ErrorLike[], classify: (error: unknown) => ProbeError): ProbeError | undefined {
  const failure = chain.find((e) => e instanceof ProxyFailure) as ProxyFailure | undefined;
  if (!failure) return undefined;
  const inner = classify(failure.cause);
  const { proxy, target } = failure;
  if (failure.stage === 'connecting') {
    return new ProbeError(inner.category, inner.code, `The proxy ${proxy} could not be reached, so ${target} was never reached: ${inner.message}`, { cause: failure, at: 'proxy' });
  }
  if (inner.category === 'CONNRESET') {
    return probeError('CONNRESET', inner.code, `The proxy ${proxy} reset the connection before answering CONNECT ${target}, so the target was never reached`, failure, 'proxy');
  }
  return new ProbeError(inner.category, inner.code, `The proxy ${proxy} failed before answering CONNECT ${target}, so the target was never reached: ${inner.message}`, { cause: failure, at: 'proxy' });
}
