// The types that cross module walls: what the manifest resolves to, what a check observes,
// what the engine reports. Nothing here imports anything but other types.

export const CHECK_TYPES = ['http', 'ssl', 'dns', 'tcp', 'udp', 'icmp', 'grpc', 'websocket'] as const;
export type CheckType = (typeof CHECK_TYPES)[number];

export const OPERATORS = [
  'is',
  'isNot',
  'contains',
  'doesNotContain',
  'matches',
  'doesNotMatch',
  'lessThan',
  'lessThanOrEqual',
  'moreThan',
  'moreThanOrEqual',
  'doesNotExist',
  'isInMoreThan',
  'isInLessThan',
] as const;
export type Operator = (typeof OPERATORS)[number];

/** 1-based position in the manifest, as GitHub annotations want it. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface Assertion {
  readonly type: string;
  readonly operator: Operator;
  readonly target: unknown;
  readonly property?: string;
  /** JSONPath for `jsonpath` and `grpcProto`. */
  readonly path?: string;
  readonly location: SourceLocation;
  /** Added by probegate, not written in the manifest (see manifest/implicit.ts). */
  readonly implicit?: boolean;
}

export interface RetryPolicy {
  readonly count: number;
  readonly intervalMs: number;
}

/** A check after defaults, variables and validation: everything a run needs, nothing to re-parse. */
export interface ResolvedCheck<Request = unknown> {
  readonly id: string;
  readonly name: string;
  readonly type: CheckType;
  /** What the check points at, for people: a URL, host:port, a DNS name. */
  readonly target: string;
  /** The type-specific request, prepared by the check module (URLs parsed, files read). */
  readonly request: Request;
  readonly assertions: readonly Assertion[];
  readonly timeoutMs: number;
  readonly overallTimeoutMs: number;
  readonly retry: RetryPolicy;
  readonly failOn?: readonly string[];
  readonly warnOn?: readonly string[];
  readonly skip: boolean;
  /** The manifest's `tags:`, for `--tag` / the `tags` input. */
  readonly tags?: readonly string[];
  readonly location: SourceLocation;
  /** Set when the check could not be prepared: it is reported as INVALID_REQUEST and not run. */
  readonly invalid?: ProbeErrorInfo;
}

/** Milliseconds per phase; a phase that did not complete is absent, never zero. */
export interface Timings {
  dns?: number;
  connect?: number;
  tls?: number;
  firstByte?: number;
  download?: number;
  total?: number;
}

export interface CertificateInfo {
  readonly subject: string;
  readonly issuer: string;
  readonly validFrom: string;
  readonly validTo: string;
  readonly san?: string;
  readonly fingerprint256?: string;
}

export interface TlsObservation {
  /** `TLSv1.3`, `TLSv1.2`, ... */
  readonly version?: string;
  readonly alpn?: string;
  readonly authorized: boolean;
  readonly authorizationError?: string;
  /** Leaf first. */
  readonly chain: readonly CertificateInfo[];
}

/**
 * What one attempt of a check saw. Checks fill what applies to them; assertions read it.
 * `values` carries type-specific facts (DNS records, ping statistics, gRPC response) by name.
 */
export interface Observation {
  timings: Timings;
  protocol?: string;
  statusCode?: number;
  headers?: Record<string, string>;
  body?: Buffer;
  tls?: TlsObservation;
  values?: Record<string, unknown>;
  /** A short human-readable excerpt of what the server sent, for reports. */
  excerpt?: string;
  /** The forward proxy the check went through (`http://host:port`, never its credentials). */
  proxy?: string;
  /**
   * The server turned down the credentials the check sent (401, 403, 407 to a request or a
   * handshake): AUTHENTICATION_ERROR with `message`, unless a statusCode assertion expected it.
   */
  credentialsRejected?: { readonly status: number; readonly message: string };
  /**
   * A low-level error the probe hit after it observed what it could (an ssl check whose
   * certificate does not verify). The engine still evaluates the assertions on this
   * observation, then classifies this error, which wins over them.
   */
  error?: unknown;
}

export interface ProbeErrorInfo {
  readonly category: string;
  readonly code: string;
  readonly message: string;
}

export interface AssertionResult {
  readonly type: string;
  readonly operator: Operator;
  readonly target: unknown;
  readonly property?: string;
  readonly path?: string;
  readonly actual: unknown;
  readonly passed: boolean;
  readonly line: number;
  readonly implicit?: boolean;
  /** Why it failed, when more than expected-vs-actual is needed (bad regex, missing value). */
  readonly message?: string;
}

export type CheckStatus = 'passed' | 'failed' | 'warned' | 'skipped';
/** The level a failure is reported at, decided by the gate. */
export type FailureLevel = 'error' | 'warning' | 'notice';

/** One check's outcome before the gate: passed when `error` is null. */
export interface CheckOutcome {
  readonly check: ResolvedCheck;
  readonly error: ProbeErrorInfo | null;
  readonly skipped: boolean;
  readonly assertions: readonly AssertionResult[];
  readonly timings: Timings;
  readonly attempts: number;
  readonly protocol?: string;
  readonly tls?: TlsObservation;
  readonly statusCode?: number;
  readonly excerpt?: string;
  /** The forward proxy the check went through (`http://host:port`, never its credentials). */
  readonly proxy?: string;
  readonly durationMs: number;
  /** Why a check was not run although it was not skipped (the preview never became ready). */
  readonly notRun?: string;
}

/** The manifest's `ready` wait, when the preview never became ready: reported once, at its line. */
export interface NotReady {
  /** TIMEOUT:READY_TIMEOUT, with what the preview last answered. */
  readonly error: ProbeErrorInfo;
  readonly url: string;
  readonly location: SourceLocation;
  /** The ready assertions as the last answer left them. */
  readonly assertions: readonly AssertionResult[];
}

export interface ReadyResult extends NotReady {
  readonly status: 'failed' | 'warned';
  readonly level: FailureLevel;
}

/** What the engine hands the gate. */
export interface EngineRun {
  readonly outcomes: readonly CheckOutcome[];
  readonly notReady?: NotReady;
}

export interface CheckResult extends CheckOutcome {
  readonly status: CheckStatus;
  /** Set for failed and warned checks. */
  readonly level?: FailureLevel;
}

export interface RunSummary {
  readonly total: number;
  readonly passed: number;
  readonly failed: number;
  readonly warned: number;
  readonly skipped: number;
}

export interface RunResult {
  readonly result: 'pass' | 'fail';
  readonly summary: RunSummary;
  readonly checks: readonly CheckResult[];
  /** Set when the preview never became ready: then no check ran. */
  readonly ready?: ReadyResult;
  /** Distinct error categories seen, in order of first appearance. */
  readonly categories: readonly string[];
  readonly manifestFile: string;
  readonly durationMs: number;
}
