// The types that cross module walls: what the manifest resolves to, what a check observes,
// what the engine reports. Nothing here imports anything but other types.
import type { Comparison } from './compare/types.js';

export const CHECK_TYPES = ['http', 'ssl', 'dns', 'tcp', 'udp', 'icmp', 'grpc', 'websocket'] as const;
/** A check type with a check module; `multistep` is run by the engine as a sequence of these. */
export type ProbeType = (typeof CHECK_TYPES)[number];
export type CheckType = ProbeType | 'multistep';
/** What a step of a multistep check is: a check of another type, or a pause. */
export type StepType = ProbeType | 'wait';

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
  /** How a list value is judged: each element (`every`) or one (`some`); see assertions/operators.ts compareValue. */
  readonly elements?: 'every' | 'some';
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
  /** 0-based position in the manifest's `checks`: the order of every report, sharded or merged. */
  readonly index: number;
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

export type ExtractionSource = 'status' | 'header' | 'cookie' | 'body' | 'jsonpath' | 'message' | 'metadata' | 'record';

/** A value a step takes from what it observed, for `{{ NAME }}` in later steps. */
export interface Extraction {
  readonly name: string;
  readonly from: ExtractionSource;
  /** JSONPath for `jsonpath`, and for grpc and websocket `message`. */
  readonly path?: string;
  /** Header, cookie or metadata name. */
  readonly property?: string;
  /** Narrows the value to the first capture group. */
  readonly regex?: RegExp;
  readonly secret: boolean;
  readonly location: SourceLocation;
}

/** A step of a multistep check, resolved at load time. */
export interface ResolvedStep {
  readonly name: string;
  readonly type: StepType;
  readonly location: SourceLocation;
  /** The check the step runs; absent for `wait`. */
  readonly check?: ResolvedCheck;
  readonly waitMs?: number;
  readonly extract: readonly Extraction[];
  readonly allowFailure: boolean;
  /**
   * Absent for `wait`. The step's check with the values extracted so far filled in: fields that use them are
   * prepared again (URL parsed, headers checked); the check as is when it uses none.
   */
  bind?(values: ReadonlyMap<string, string>): { readonly check: ResolvedCheck } | { readonly error: ProbeErrorInfo };
}

/** The `request` of a multistep check. */
export interface MultistepRequest {
  readonly steps: readonly ResolvedStep[];
  /** One cookie jar for the sequence; false with `cookies: false`. */
  readonly cookies: boolean;
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
/**
 * An observation's body as its assertions and extractions read it, decoded and parsed once however
 * many read it, and dropped with the observation (a WeakMap keyed by the body cost every check's
 * garbage collection its ephemeron entries).
 */
export interface BodyReading {
  text?: string;
  document?: { readonly json: unknown } | { readonly notJson: string };
}

export interface Observation {
  timings: Timings;
  /** Filled in by the assertions and extractions that read the body (assertions/http.ts). */
  bodyReading?: BodyReading;
  protocol?: string;
  statusCode?: number;
  headers?: Record<string, string>;
  /** The body with its Content-Encoding undone (the bytes as sent when it could not be). */
  body?: Buffer;
  /** Why the body cannot be judged (a Content-Encoding probegate cannot undo): body-reading assertions fail with it. */
  bodyUnreadable?: string;
  tls?: TlsObservation;
  values?: Record<string, unknown>;
  /** A short human-readable excerpt of what the server sent, for reports. */
  excerpt?: string;
  /** Assertions the check judged itself, turn by turn (a WebSocket conversation's receives). */
  assertions?: readonly AssertionResult[];
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
  /** The step of a multistep check that failed (0-based index into `steps`). */
  readonly step?: { readonly index: number; readonly name: string };
  /** Where the failure happened when it was not at the target: `proxy`, the forward proxy (SPEC §10). */
  readonly at?: FailureSite;
}

/** Where a failure happened other than at the target. */
export type FailureSite = 'proxy';

export type StepStatus = 'passed' | 'failed' | 'allowed_failure' | 'not_run';

/** One step of a multistep check's last attempt, as reports show it. */
export interface StepOutcome {
  readonly name: string;
  readonly type: StepType;
  readonly status: StepStatus;
  readonly error: ProbeErrorInfo | null;
  readonly assertions: readonly AssertionResult[];
  readonly timings: Timings;
  readonly attempts: number;
  /** Values the step extracted, by name; secret ones as `***`. */
  readonly extracted: Readonly<Record<string, string>>;
  readonly location: SourceLocation;
  readonly statusCode?: number;
  readonly excerpt?: string;
  /** The forward proxy the step went through (`http://host:port`, never its credentials). */
  readonly proxy?: string;
}

export interface AssertionResult {
  readonly type: string;
  readonly operator: Operator;
  readonly target: unknown;
  readonly property?: string;
  readonly path?: string;
  readonly actual: unknown;
  /**
   * Set when `actual` is only the start of a longer value (a body, a long string, a JSON value's
   * text): the whole body's or text's size in bytes. The assertion was judged on the whole value.
   */
  readonly actualTotalBytes?: number;
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
  /** A multistep check's steps, in order, from its last attempt. */
  readonly steps?: readonly StepOutcome[];
  /** Why a check was not run although it was not skipped (the preview never became ready). */
  readonly notRun?: string;
  /** Set on a check compared with a baseline (SPEC §8, run/baseline.ts). */
  readonly comparison?: Comparison;
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
  /**
   * Set only on a merge of several locations: the check's result in each location, in the
   * run's location order. The check itself then carries its worst location's result.
   */
  readonly byLocation?: readonly LocationResult[];
}

/** One location's result of a check, in a merge of several locations. */
export interface LocationResult {
  readonly location: string;
  readonly status: CheckStatus;
  readonly error: ProbeErrorInfo | null;
  readonly timings: Timings;
  readonly attempts: number;
  /** Its comparison with the baseline in that location, when it was compared. */
  readonly comparison?: Comparison;
}

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

/**
 * What a run records about itself beside its checks: which manifest, which part of it, where,
 * when, and under which gate; what a merge of shard reports checks and joins.
 */
export interface RunMetadata {
  /**
   * The manifest's path as shown in reports, `sha256:<hex>` of its bytes, and how many problems
   * it has (its checks a problem concerns were not run; any problem fails the job, and a merge).
   */
  readonly manifest: { readonly path: string; readonly digest: string; readonly problems: number };
  /** null for a run of every check (and for a merge). */
  readonly shard: Shard | null;
  /** The runner's location name (`--location`), null when none was given. */
  readonly location: string | null;
  /**
   * The preview the checks ran against (`{{ BASE_URL }}`, without credentials), null when the run
   * had none; undefined in a report written before it was recorded. Merge refuses shards of one
   * location that ran against different previews.
   */
  readonly baseUrl?: string | null;
  /**
   * `--tag` / `--grep`, input `tags`, when the run took only some checks: what was asked and the
   * manifest indexes it chose (before any shard split), so a merge knows which checks to expect.
   */
  readonly selection?: RunSelection;
  /**
   * How many checks the run had to run in all: after the selection, before the shard split (a
   * merge: the checks it merged). Undefined in a report written before it was recorded; a merge
   * refuses shards whose checks do not add up to it.
   */
  readonly totalChecks?: number;
  /** ISO 8601. */
  readonly startedAt: string;
  readonly endedAt: string;
  /** The run-level gate after inputs and manifest were resolved. */
  readonly gate: { readonly failOn: readonly string[]; readonly warnOn: readonly string[] };
  /**
   * Set on a merged run: how many reports went into it and the locations, in order; and whether
   * those were checked against the locations the merge was told to expect (`--locations`).
   */
  readonly merged: { readonly reports: number; readonly locations: readonly string[]; readonly locationsExpected?: boolean } | null;
}

export interface RunSelection {
  readonly tags: readonly string[];
  /** The `--grep` regular expression's source, null without one. */
  readonly grep: string | null;
  readonly indexes: readonly number[];
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

/** A run as the pipeline (or a merge of reports) gives it to the doors and the JSON report records it. */
export type PipelineResult = RunResult & { readonly run: RunMetadata };
