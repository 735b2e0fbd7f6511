const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `250ms`, `10s`, `5m`, `1h` or a number of milliseconds; the schema has already checked the form. */
export function parseDuration(value: unknown, fallbackMs: number): number {
  if (value === undefined || value === null) return fallbackMs;
  if (typeof value === 'number') return value;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$/.exec(String(value));
  if (!match) throw new Error(`"${String(value)}" is not a duration (use 250ms, 10s, 5m or a number of milliseconds)`);
  return Number(match[1]) * UNITS[match[2]!]!;
}

export interface DurationBounds {
  readonly minMs: number;
  readonly maxMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The documented limits of every duration (docs/manifest.md, "Limits"). A Node timer takes at most
 * 2^31-1 ms (24.8 days) and fires after 1 ms beyond that, so an unbounded `timeout: 1000h` would
 * time out at once: these limits keep every timer far below it, and within a GitHub job (6 h).
 */
export const DURATION_BOUNDS = {
  timeout: { minMs: 1, maxMs: HOUR },
  overall_timeout: { minMs: 1, maxMs: HOUR },
  'retry.interval': { minMs: 0, maxMs: 10 * MINUTE },
  'ready.timeout': { minMs: 1, maxMs: 6 * HOUR },
  'ready.interval': { minMs: 100, maxMs: 10 * MINUTE },
  'baseline.latency.min_delta': { minMs: 0, maxMs: HOUR },
} as const satisfies Record<string, DurationBounds>;

/** Why a duration is outside its bounds, or undefined when it is within them. */
export function durationProblem(name: keyof typeof DURATION_BOUNDS, ms: number): string | undefined {
  const { minMs, maxMs } = DURATION_BOUNDS[name];
  if (Number.isFinite(ms) && ms >= minMs && ms <= maxMs) return undefined;
  return `${name} must be from ${formatBound(minMs)} to ${formatBound(maxMs)}, not ${Number.isFinite(ms) ? formatBound(ms) : 'that'}`;
}

function formatBound(ms: number): string {
  if (ms >= HOUR && ms % HOUR === 0) return `${ms / HOUR}h`;
  if (ms >= MINUTE && ms % MINUTE === 0) return `${ms / MINUTE}m`;
  if (ms >= 1000 && ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}
