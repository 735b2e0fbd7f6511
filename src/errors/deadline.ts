import { probeError, type ProbeError } from './probe-error.js';
import type { ErrorLike } from './error-like.js';

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
    /** The phase that was running, if the check's timer knew it ("connect", "first byte"). */
    readonly pendingPhase?: string,
  ) {
    super(`${kind === 'request' ? 'Request' : 'Overall'} timeout of ${limitMs} ms exceeded`);
  }
}

export function matchDeadline(e: ErrorLike): ProbeError | undefined {
  if (!(e instanceof DeadlineExceeded)) return undefined;
  const during = e.pendingPhase ? ` while waiting for ${e.pendingPhase}` : '';
  if (e.kind === 'request') {
    return probeError('TIMEOUT', 'REQUEST_TIMEOUT', `No answer within the request timeout of ${e.limitMs} ms${during}`, e);
  }
  return probeError('TIMEOUT', 'OVERALL_TIMEOUT', `The attempt did not complete within the overall timeout of ${e.limitMs} ms${during}`, e);
}
