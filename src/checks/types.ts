import type { DeadlineKind } from '../errors/deadline.js';
import type { CheckType, Observation, SourceLocation } from '../model.js';
import type { ProxyEnvironment } from '../net/proxy-env.js';
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

/** What preparing any check of a manifest needs: its files, and the environment it is loaded in. */
export interface ManifestFiles {
  /** Reads a value that is PEM text or a file path relative to the manifest; throws InvalidField. */
  readPemOrFile(value: string, path: readonly (string | number)[]): string;
  /** Resolves a file path relative to the manifest's folder. */
  resolvePath(file: string): string;
  /** The environment's proxy variables, read once for the whole manifest. */
  readonly proxyEnvironment: ProxyEnvironment;
}

export interface PrepareContext extends ManifestFiles {
  /** Where a field of this check stands in the manifest (`path` relative to the check), for assertions it prepares itself. */
  locate(path: readonly (string | number)[]): SourceLocation;
}

export interface Prepared<Request> {
  readonly request: Request;
  /** What the check points at, for people. */
  readonly target: string;
}

/** The attempt's one deadline, made by the engine: checks thread its signal and size their own timers by it. */
export interface AttemptDeadline {
  /** Aborts when the deadline runs out; its reason is a DeadlineExceeded that says which limit. */
  readonly signal: AbortSignal;
  /** Which limit ends the attempt: the request timeout, or the overall one when it is shorter. */
  readonly kind: DeadlineKind;
  readonly limitMs: number;
  remainingMs(): number;
  /**
   * Calls `listener` with the reason when the deadline runs out (at once if it has); returns what
   * removes it. Cheaper than the signal for a check that has one thing to stop (an http client).
   */
  onEnd(listener: (reason: unknown) => void): () => void;
}

/**
 * What the steps of one multistep attempt share, from the first step to the last; a retry of the
 * whole sequence starts a fresh one. Absent when a check runs on its own.
 */
export interface StepSession {
  /** Values extracted by earlier steps, by name, for `{{ NAME }}` in later requests. */
  readonly variables: Map<string, string>;
  /** The sequence's cookie jar (an adapter in net/); absent with `cookies: false`. */
  readonly cookies?: CookieStore;
}

/** What http and websocket checks need of a cookie jar: what to send, and what a server set. */
export interface CookieStore {
  /** The `Cookie` header for a request to `url`, by the usual rules (domain, path, secure, expiry). */
  cookieHeader(url: URL): string | undefined;
  /** Keeps the `Set-Cookie` lines of a response from `url`. */
  store(url: URL, setCookie: readonly string[]): void;
}

export interface RunContext {
  /** The deadline's signal, which every await of the attempt takes. */
  readonly signal: AbortSignal;
  readonly timer: PhaseTimer;
  /** For libraries that take a number (ping, c-ares, grpc-js) and for a check's own timers. */
  readonly deadline: AttemptDeadline;
  readonly session?: StepSession;
  /**
   * Notes the forward proxy the attempt goes through (`http://host:port`, never its credentials),
   * as soon as it is chosen: the outcome names it whatever happens next, a failure too.
   */
  throughProxy(proxy: string): void;
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
   * Optional, called before the checks of this type run, with their requests: sets up what the
   * first use of the type's libraries would otherwise do inside a check's timed phases (once per
   * process each: it is called again at every run of the engine). A request is undefined for a
   * multistep step prepared only at run time, from values earlier steps extract: it may be anything.
   */
  warmUp?(requests: readonly (Request | undefined)[]): Promise<void>;
  /**
   * Optional, awaited by the engine before the first check of this type runs: loads what running
   * the type needs and preparing it does not (so that `validate` never loads it).
   */
  load?(): Promise<void>;
}
