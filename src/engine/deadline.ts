// One deadline per attempt: the request timeout, or the overall one when it is shorter. The
// engine creates it, checks read it (signal, limit, time left), and only its timer makes a
// DeadlineExceeded.
import type { AttemptDeadline } from '../checks/types.js';
import { DeadlineExceeded, type DeadlineKind } from '../errors/deadline.js';

export interface DeadlineLimits {
  readonly requestMs: number;
  readonly overallMs: number;
}

export interface DeadlineOptions {
  /**
   * A multistep check's whole sequence: its end ends this deadline too, with its own reason, so
   * a step's attempt stops when the sequence's overall timeout runs out.
   */
  readonly parent?: Deadline;
  /** What the attempt was waiting for when the deadline ran out, for the message. */
  readonly pendingPhase?: () => string | undefined;
}

export class Deadline implements AttemptDeadline {
  readonly kind: DeadlineKind;
  readonly limitMs: number;
  private readonly controller = new AbortController();
  private readonly endsAt: number;
  private readonly timer: NodeJS.Timeout;
  private detach?: () => void;
  private expire?: (reason: unknown) => void;

  constructor(limits: DeadlineLimits, { parent, pendingPhase }: DeadlineOptions = {}) {
    if (limits.overallMs < limits.requestMs) {
      this.kind = 'overall';
      this.limitMs = limits.overallMs;
    } else {
      this.kind = 'request';
      this.limitMs = limits.requestMs;
    }
    this.endsAt = performance.now() + this.limitMs;
    this.timer = setTimeout(() => this.end(new DeadlineExceeded(this.kind, this.limitMs, pendingPhase?.())), this.limitMs);
    if (parent) this.follow(parent);
  }

  /** Ends with the parent, with its reason. */
  private follow(parent: Deadline): void {
    const onParentEnd = () => this.end(parent.signal.reason);
    parent.signal.addEventListener('abort', onParentEnd, { once: true });
    this.detach = () => parent.signal.removeEventListener('abort', onParentEnd);
    if (parent.signal.aborted) onParentEnd();
  }

  /** Aborted when the deadline runs out; its reason is the DeadlineExceeded that says which. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - performance.now());
  }

  /** Settles as the probe does, or rejects when the deadline runs out, even if the probe ignores its signal. */
  race<T>(probe: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.signal.aborted) reject(this.signal.reason);
      this.expire = reject;
      probe.then(resolve, reject);
    });
  }

  clear(): void {
    clearTimeout(this.timer);
    this.detach?.();
  }

  private end(reason: unknown): void {
    if (this.signal.aborted) return;
    clearTimeout(this.timer);
    this.controller.abort(reason);
    this.expire?.(reason);
  }
}
