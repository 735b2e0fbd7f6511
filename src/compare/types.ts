// The types of a baseline comparison (SPEC §8): what the sampler hands in, what the report
// gets back. Pure data; nothing here knows of GitHub, terminals, the engine or the network.
// model.ts carries `comparison` on an outcome, so this file imports nothing (no circle of types).

/** A classified error, as model.ts ProbeErrorInfo (the same shape). */
interface ProbeErrorInfo {
  readonly category: string;
  readonly code: string;
  readonly message: string;
}

/** One request of a compared check, on either side. */
export interface Sample {
  /** Wall time of the request in milliseconds. */
  readonly ms: number;
  /** HTTP status, absent when the request failed before a response. */
  readonly status?: number;
  /** Response headers with lower-case names. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The parsed JSON body; absent when the body is not JSON. */
  readonly json?: unknown;
  /** Set when the request failed (classified by src/errors). */
  readonly error?: ProbeErrorInfo;
}

/**
 * The samples of one compared check, interleaved in time: preview, baseline, second baseline
 * series (the A/A series that measures how much the baseline differs from itself).
 */
export interface CheckSamples {
  readonly preview: readonly Sample[];
  readonly baseline: readonly Sample[];
  readonly baselineAgain: readonly Sample[];
}

export interface LatencySettings {
  /** Ratio of medians preview/baseline from which a slowdown may count (default 1.5). */
  readonly ratio: number;
  /** Difference of medians in ms from which a slowdown may count (default 50). */
  readonly minDeltaMs: number;
}

/** `baseline:` of the manifest, resolved (durations in ms, JSONPaths validated later). */
export interface BaselineSettings {
  readonly baseUrl: string;
  /** Samples per side after the warm-up (5..100, default 20). */
  readonly samples: number;
  readonly latency: LatencySettings;
  /** Header names (any case) that the preview must keep when the baseline always sends them. */
  readonly headers: readonly string[];
  /** JSONPaths never compared. */
  readonly ignore: readonly string[];
}

export const DEFAULT_LATENCY: LatencySettings = { ratio: 1.5, minDeltaMs: 50 };
export const DEFAULT_SAMPLES = 20;
/** Fewer successful samples than this on any series and latency is not judged. */
export const MIN_SAMPLES = 5;
/** Significance level of the one-sided Mann-Whitney U test, after Holm's correction. */
export const ALPHA = 0.01;

export type Verdict = 'same' | 'regressed' | 'improved' | 'inconclusive';
export type RegressionCode = 'STATUS' | 'SCHEMA' | 'HEADER' | 'LATENCY';

/** Median and 95th percentile of one series, in ms. */
export interface LatencySummary {
  readonly medianMs: number;
  readonly p95Ms: number;
}

export interface LatencyVerdict {
  readonly verdict: Verdict;
  /** Why, in one sentence a person can check against the numbers. */
  readonly reason: string;
  readonly preview?: LatencySummary;
  readonly baseline?: LatencySummary;
  readonly baselineAgain?: LatencySummary;
  /** Median preview / median baseline. */
  readonly ratio?: number;
  /** Median preview - median baseline, ms. */
  readonly deltaMs?: number;
  /** The baseline's own A/A ratio, max(b2/b1, b1/b2) of the two series' medians. */
  readonly noiseRatio?: number;
  /** One-sided p-value in the direction the medians moved, after Holm's correction. */
  readonly pValue?: number;
}

export type SchemaChangeKind = 'missing' | 'type_changed' | 'added' | 'value_changed' | 'length_changed';

export interface SchemaChange {
  /** Typed path: `items[].price`, `$` for the body itself. */
  readonly path: string;
  readonly kind: SchemaChangeKind;
  /** True for `missing` and `type_changed`; the others are information, never gated. */
  readonly regression: boolean;
  readonly baselineType?: string;
  readonly previewType?: string;
  /** In how many preview samples the change was seen. */
  readonly previewSamples: number;
}

export interface StatusComparison {
  /** The status the baseline answered every time; absent when it varied. */
  readonly baseline?: number;
  /** The preview's most frequent status. */
  readonly preview?: number;
  readonly regressed: boolean;
}

/** What the report carries for one compared check (`comparison` in the JSON report). */
export interface Comparison {
  readonly baselineUrl: string;
  readonly samples: { readonly preview: number; readonly baseline: number; readonly baselineAgain: number };
  readonly verdict: Verdict;
  readonly reason: string;
  readonly preview?: LatencySummary;
  readonly baseline?: LatencySummary;
  readonly ratio?: number;
  readonly pValue?: number;
  readonly latency: LatencyVerdict;
  readonly status: StatusComparison;
  readonly schemaChanges: readonly SchemaChange[];
  readonly missingHeaders: readonly string[];
}

export interface RegressionError extends ProbeErrorInfo {
  readonly category: 'REGRESSION';
  readonly code: RegressionCode;
}
