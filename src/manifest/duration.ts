const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `250ms`, `10s`, `5m`, `1h` or a number of milliseconds; the schema has already checked the form. */
export function parseDuration(value: unknown, fallbackMs: number): number {
  if (value === undefined || value === null) return fallbackMs;
  if (typeof value === 'number') return value;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$/.exec(String(value));
  if (!match) throw new Error(`"${String(value)}" is not a duration (use 250ms, 10s, 5m or a number of milliseconds)`);
  return Number(match[1]) * UNITS[match[2]!]!;
}
