import type { FailureSite, Timings } from '../model.js';

/** What a probe was waiting for, and where when not at the target (a proxy's answer to CONNECT). */
export interface PendingPhase {
  readonly what: string;
  readonly at?: FailureSite;
  /** What running out of time during this wait tells the user, added to the timeout's message as it is (`, so ...`). */
  readonly onTimeout?: string;
}

/** The moments a probe passes through, in order. Durations are differences between them. */
export type Mark = 'dnsDone' | 'connectDone' | 'tlsDone' | 'firstByte' | 'end';

const PHASE_AFTER: Record<Mark, string> = {
  dnsDone: 'the TCP connection',
  connectDone: 'the first byte',
  tlsDone: 'the first byte',
  firstByte: 'the rest of the response',
  end: 'nothing',
};

/** The marks that end each phase, in order, and the phase each ends. */
const PHASE_ENDS: readonly Mark[] = ['dnsDone', 'connectDone', 'tlsDone', 'firstByte', 'end'];
const PHASE_OF: Record<Mark, keyof Timings> = { dnsDone: 'dns', connectDone: 'connect', tlsDone: 'tls', firstByte: 'firstByte', end: 'download' };

/**
 * Collects timestamps from transport events for one attempt. A mark is kept the first time it
 * is set, so redirects and retries inside an attempt do not overwrite the first connection's.
 */
export class PhaseTimer {
  private readonly startedAt = performance.now();
  // One field per mark rather than a Map: a timer is made for every attempt.
  private readonly marks: Record<Mark, number | undefined> = { dnsDone: undefined, connectDone: undefined, tlsDone: undefined, firstByte: undefined, end: undefined };
  private tlsExpected = false;
  private awaited?: PendingPhase;

  /** Says that a TLS handshake follows the TCP connection, so a timeout names the right phase. */
  expectTls(): void {
    this.tlsExpected = true;
  }

  /**
   * Names what the probe waits for now (a DNS answer, a reply datagram, a proxy's answer), for
   * steps that are not transport phases; `undefined` when that wait is over.
   */
  waitingFor(what: string | undefined, at?: FailureSite, onTimeout?: string): void {
    this.awaited = what === undefined ? undefined : { what, ...(at ? { at } : {}), ...(onTimeout ? { onTimeout } : {}) };
  }

  mark(name: Mark): void {
    this.marks[name] ??= performance.now();
  }

  /** Sets a mark again, for a phase that restarts (the first byte of a redirect's target). */
  remark(name: Mark): void {
    this.marks[name] = performance.now();
  }

  has(name: Mark): boolean {
    return this.marks[name] !== undefined;
  }

  elapsed(): number {
    return performance.now() - this.startedAt;
  }

  /** What the probe was waiting for when it stopped, for timeout messages. */
  pendingPhase(): PendingPhase {
    if (this.awaited) return this.awaited;
    const order: Mark[] = ['end', 'firstByte', 'tlsDone', 'connectDone', 'dnsDone'];
    const last = order.find((m) => this.has(m));
    if (last === 'connectDone' && this.tlsExpected) return { what: 'the TLS handshake' };
    return { what: last ? PHASE_AFTER[last] : 'the connection' };
  }

  /** Durations of the completed phases only; `total` is the attempt's elapsed time. */
  timings(): Timings {
    const result: Timings = {};
    let previous = this.startedAt;
    for (const mark of PHASE_ENDS) {
      const time = this.marks[mark];
      if (time === undefined) continue;
      result[PHASE_OF[mark]] = round(time - previous);
      previous = time;
    }
    result.total = round((this.marks.end ?? performance.now()) - this.startedAt);
    return result;
  }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
