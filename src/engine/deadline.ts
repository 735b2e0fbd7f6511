// One deadline per attempt: the request timeout, or the overall one when it is shorter. The
// engine creates it, checks read it (signal, limit, time left), and only its timer makes a
// DeadlineExceeded.
import type { AttemptDeadline } from '../checks/types.js';
import { DeadlineExceeded, type DeadlineKind } from '../errors/deadline.js';
import type { PendingPhase } from '../net/timing.js';

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
  readonly pendingPhase?: () => PendingPhase | undefined;
}

export class Deadline implements AttemptDeadline {
  readonly kind: DeadlineKind;
  readonly limitMs: number;
  private readonly endsAt: number;
  private readonly timer: NodeJS.Timeout;
  // The signal is made on first use: an http exchange asks for none (it stops its client through
  // onEnd), and an AbortController with undici's listener on it is a cost every check would pay.
  private controller?: AbortController;
  private ending?: { readonly reason: unknown };
  private listeners?: ((reason: unknown) => void)[];
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
    if (parent) this.detach = parent.onEnd((reason) => this.end(reason));
  }

  /** Aborted when the deadline runs out; its reason is the DeadlineExceeded that says which. */
  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.ending) this.controller.abort(this.ending.reason);
    }
    return this.controller.signal;
  }

  /** Whether the deadline has run out (or its parent's has). */
  get ended(): boolean {
    return this.ending !== undefined;
  }

  /** Why it ended: a DeadlineExceeded, or the parent's reason; undefined while it runs. */
  get reason(): unknown {
    return this.ending?.reason;
  }

  /** Calls `listener` when the deadline ends (at once if it has); returns what removes it. */
  onEnd(listener: (reason: unknown) => void): () => void {
    if (this.ending) {
      listener(this.ending.reason);
      return () => undefined;
    }
    (this.listeners ??= []).push(listener);
    return () => {
      const at = this.listeners?.indexOf(listener) ?? -1;
      if (at >= 0) this.listeners!.splice(at, 1);
    };
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - performance.now());
  }

  /** Settles as the probe does, or rejects when the deadline runs out, even if the probe ignores its signal. */
  race<T>(probe: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.ending) reject(this.ending.reason);
      this.expire = reject;
      probe.then(resolve, reject);
    });
  }

  clear(): void {
    clearTimeout(this.timer);
    this.detach?.();
  }

  private end(reason: unknown): void {
    if (this.ending) return;
    this.ending = { reason };
    clearTimeout(this.timer);
    // The attempt ends first, whatever the clean-ups below do: a listener's throw, in a timer's
    // callback, would otherwise leave the attempt waiting and end the process.
    this.expire?.(reason);
    this.controller?.abort(reason);
    const listeners = this.listeners ?? [];
    this.listeners = undefined;
    for (const listener of listeners) {
      try {
        listener(reason);
      } catch {
        // A clean-up that failed (a client already gone) changes nothing of the attempt's end.
      }
    }
  }
}
