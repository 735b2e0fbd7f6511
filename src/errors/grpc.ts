// grpc-js's error shape: a status error with a numeric `code`, `details` and `metadata`.
// Refused and reset connections are UNAVAILABLE with the system error only in `details`; the
// grpc check attaches TLS and socket errors its own connector saw as `cause`, and resolves the
// name itself, so those reach the root matchers with their real codes. A TLS failure that
// reaches us only as grpc-js's text ("certificate has expired") is mapped back from the text.
import { probeError, type ProbeError } from './probe-error.js';
import type { ErrorLike } from './error-like.js';
import { GRPC_STATUS_NAMES } from './grpc-status.js';
import { matchSystem } from './system.js';
import { sslErrorFromText } from './tls.js';

export { GRPC_STATUS_NAMES };

const UNAVAILABLE = 14;
const UNAUTHENTICATED = 16;

// "No connection established. Last error: Error: connect ECONNREFUSED 127.0.0.1:50051. ..."
const EMBEDDED_SYSTEM_ERROR = /\b(?:connect|read|write) (E[A-Z]+)(?: (\S+?))?\.?(?:\s|$)/;

export function matchGrpc(e: ErrorLike): ProbeError | undefined {
  if (typeof e.code !== 'number' || typeof e.details !== 'string' || !('metadata' in e)) return undefined;
  const details = e.details.trim();
  if (e.code === UNAVAILABLE) {
    const embedded = embeddedSystemError(details, e) ?? sslErrorFromText(details, e);
    if (embedded) return embedded;
    if (details.startsWith('Name resolution failed')) {
      return probeError('DNS', 'DNS', `gRPC could not resolve the target (${details})`, e);
    }
  }
  const said = details ? `: ${details}` : '';
  if (e.code === UNAUTHENTICATED) {
    return probeError('AUTHENTICATION_ERROR', 'AUTHENTICATION_ERROR', `The server answered the gRPC call with UNAUTHENTICATED${said}`, e);
  }
  // grpc-status is a decimal number; grpc-js reads any other text as NaN.
  if (!Number.isInteger(e.code)) {
    return probeError('MALFORMED_RESPONSE', 'MALFORMED_RESPONSE', `The server ended the gRPC call with a grpc-status that is not a number${said}: the reply is not a well-formed gRPC response`, e);
  }
  const known = e.code > 0 && e.code < GRPC_STATUS_NAMES.length ? GRPC_STATUS_NAMES[e.code] : undefined;
  if (!known) {
    // A status gRPC does not define is UNKNOWN, as gRPC's own clients read it (OK is never an error here).
    return probeError('GRPC', 'UNKNOWN', `The gRPC call ended with status ${e.code}, which gRPC does not define (read as UNKNOWN)${said}`, e);
  }
  return probeError('GRPC', known, `The gRPC call ended with status ${e.code} ${known}${said}`, e);
}

function embeddedSystemError(details: string, e: ErrorLike): ProbeError | undefined {
  const match = EMBEDDED_SYSTEM_ERROR.exec(details);
  if (!match) return undefined;
  const [, code, endpoint] = match;
  const colon = endpoint?.lastIndexOf(':') ?? -1;
  const address = colon > 0 ? endpoint!.slice(0, colon) : endpoint;
  const port = colon > 0 ? Number(endpoint!.slice(colon + 1)) : undefined;
  return matchSystem({ code, address, port, message: details, cause: e });
}
