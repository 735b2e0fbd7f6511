// ws's error shapes (ws 8): frame errors carry a WS_ERR_* code (a reply that breaks the
// protocol: MALFORMED_RESPONSE, SPEC §2); a bad handshake answer is a
// plain Error recognised by its message (lib/websocket.js, abortHandshake). A non-101 answer and
// a close before the first message are detected by the websocket check itself.
import { probeError, type ProbeError } from './probe-error.js';
import type { ErrorLike } from './error-like.js';

const HANDSHAKE_FAILURE =
  /^(Invalid (Upgrade|Sec-WebSocket-Accept|Sec-WebSocket-Extensions) header|Server sent (a|an invalid|no) (subprotocol|Sec-WebSocket-Extensions)|Server indicated an extension|Unexpected server response)/;

export function matchWebSocket(e: ErrorLike): ProbeError | undefined {
  const code = typeof e.code === 'string' ? e.code : '';
  const message = e.message ?? '';
  if (code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
    return probeError('WEBSOCKET', 'MESSAGE_TOO_LONG', 'Received message longer than the maximum supported length (50 KiB)', e);
  }
  if (code.startsWith('WS_ERR_')) {
    return probeError('MALFORMED_RESPONSE', 'MALFORMED_RESPONSE', `The server broke the WebSocket protocol: ${message}`, e);
  }
  if (HANDSHAKE_FAILURE.test(message)) {
    return probeError('WEBSOCKET', 'WEBSOCKET', `The WebSocket handshake failed: ${message}`, e);
  }
  return undefined;
}
