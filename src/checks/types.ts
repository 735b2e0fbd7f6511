import type { CheckType, Observation } from '../model.js';
import type { PhaseTimer } from '../net/timing.js';

/** A check's raw block from the manifest: defaults merged, variables replaced, schema-valid. */
export type RawCheck = Readonly<Record<string, unknown>> & { readonly request: Readonly<Record<string, unknown>> };

/** A problem with one field of a check, found while preparing it. `path` is relative to the check. */
export class InvalidField extends Error {
  override readonly name = 'InvalidField';
  constructor(
    readonly path: readonly (string | number)[],
    message: string,
  ) {
    super(message);
  }
}

export interface PrepareContext {
  /** Reads a value that is PEM text or a file path relative to the manifest; throws InvalidField. */
  readPemOrFile(value: string, path: readonly (string | number)[]): string;
  /** Resolves a file path relative to the manifest's folder. */
  resolvePath(file: string): string;
}

export interface Prepared<Request> {
  readonly request: Request;
  /** What the check points at, for people. */
  readonly target: string;
}

export interface RunContext {
  /** Aborts when the attempt's request or overall deadline runs out; its reason says which. */
  readonly signal: AbortSignal;
  readonly timer: PhaseTimer;
  /** The attempt's request timeout, for libraries that take a number (ping, c-ares). */
  readonly timeoutMs: number;
}

/**
 * One check type: `prepare` validates and parses the request once, at load time, throwing
 * InvalidField; `run` performs one attempt and returns what it observed, or throws the
 * low-level error (only errors/classify interprets it).
 */
export interface CheckModule<Request = unknown> {
  readonly type: CheckType;
  prepare(check: RawCheck, context: PrepareContext): Prepared<Request>;
  run(request: Request, context: RunContext): Promise<Observation>;
  /**
   * Optional, called once per process before the first check of this type runs: sets up what the
   * first use of the type's libraries would otherwise do inside a check's timed phases.
   */
  warmUp?(): Promise<void>;
}
