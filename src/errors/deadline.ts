import { probeError, type ProbeError } from './probe-error.js';
import type { ErrorLike } from './error-like.js';
import type { PendingPhase } from '../net/timing.js';

export type DeadlineKind = 'request' | 'overall';

/**
 * The reason an attempt's AbortSignal carries when one of its deadlines runs out, so a
 * timeout is told apart from an abort for any other reason.
 */
export class DeadlineExceeded extends Error {
  override readonly name = 'DeadlineExceeded';
  constructor(
    readonly kind: DeadlineKind,
    readonly limitMs: number,
    /** What the check was waiting for, if its timer knew ("the first byte", a proxy's answer to CONNECT). */
    readonly pendingPhase?: PendingPhase,
  ) {
    super(`${kind === 'request' ? 'Request' : 'Overall'} timeout of ${limitMs} ms exceeded`);
  }
}

export function matchDeadline(e: ErrorLike): ProbeError | undefined {
  if (!(e instanceof DeadlineExceeded)) return undefined;
  const at = e.pendingPhase?.at;
  // What the wait means is the waiter's to say (a proxy's CONNECT: see checks/proxy-tunnel.ts).
  const during = e.pendingPhase ? ` while waiting for ${e.pendingPhase.what}${e.pendingPhase.onTimeout ?? ''}` : '';
  if (e.kind === 'request') {
    return probeError('TIMEOUT', 'REQUEST_TIMEOUT', `No answer within the request timeout of ${e.limitMs} ms${during}`, e, at);
  }
  return probeError('TIMEOUT', 'OVERALL_TIMEOUT', `The attempt did not complete within the overall timeout of ${e.limitMs} ms${during}`, e, at);
}
