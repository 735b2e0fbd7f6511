// Node's system error codes (errno names) as the taxonomy reads them.
import { where, type ErrorLike } from './error-like.js';
import { probeError, type ProbeError } from './probe-error.js';

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

/** Whether a socket error is a refused connection (nothing listens at that port), for checks that may expect one. */
// Every address tried (an AggregateError when a name has several) must have refused.
export function isRefused(error: unknown): boolean {
  if (error instanceof AggregateError && error.errors.length > 0) return error.errors.every(isRefused);
  return typeof error === 'object' && error !== null && (error as ErrorLike).code === 'ECONNREFUSED';
}
