// undici's error shapes (lib/core/errors.js). Parser errors have no `code` in undici 7, so
// they are recognised by name and message.
import { probeError, type ProbeError } from './probe-error.js';
import type { ErrorLike } from './error-like.js';

const TIMEOUTS: Record<string, string> = {
  UND_ERR_CONNECT_TIMEOUT: 'the connection',
  UND_ERR_HEADERS_TIMEOUT: 'the response headers',
  UND_ERR_BODY_TIMEOUT: 'the response body',
};

export function matchUndici(e: ErrorLike): ProbeError | undefined {
  const code = typeof e.code === 'string' ? e.code : '';
  const message = e.message ?? '';
  if (TIMEOUTS[code]) {
    return probeError('TIMEOUT', 'REQUEST_TIMEOUT', `Timed out waiting for ${TIMEOUTS[code]}`, e);
  }
  if (message.startsWith('HTTP/2') || code.startsWith('ERR_HTTP2_')) {
    return probeError('HTTP2', 'HTTP2', `Error performing HTTP/2 request: ${message}`, e);
  }
  if (code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED') {
    return probeError('CONNRESET', 'SOCKET_CLOSED', `The server closed the connection before the response was complete (${message})`, e);
  }
  if (code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH' || code === 'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH') {
    return probeError('MALFORMED_RESPONSE', 'CONTENT_LENGTH_MISMATCH', `Invalid response: ${message}`, e);
  }
  if (code === 'UND_ERR_HEADERS_OVERFLOW') {
    return probeError('MALFORMED_RESPONSE', 'HEADERS_TOO_LARGE', 'The response headers are over the limit of 64 KiB', e);
  }
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') {
    return probeError('BODY_TOO_LARGE', 'BODY_TOO_LARGE', 'The response body is larger than the 10 MiB cap', e);
  }
  if (e.name === 'HTTPParserError' || code.startsWith('HPE_')) {
    return probeError('MALFORMED_RESPONSE', 'MALFORMED_RESPONSE', `The server sent an invalid HTTP response: ${message}`, e);
  }
  if (code === 'UND_ERR_INVALID_ARG' || code === 'ERR_INVALID_URL') {
    return probeError('INVALID_REQUEST', 'INVALID_REQUEST', `The request is invalid: ${message}`, e);
  }
  return undefined;
}
