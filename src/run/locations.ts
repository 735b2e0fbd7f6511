// One check seen from several locations: its status is its worst location's, and it keeps
// each location's result so the reports can show a column per location.
import type { CheckResult, CheckStatus, LocationResult } from '../model.js';

// A skipped check ran nowhere it was skipped: it ranks below a pass, so a check is skipped only
// where every location skipped it, and a pass elsewhere never hides a failure anywhere.
const RANK: Record<CheckStatus, number> = { failed: 3, warned: 2, passed: 1, skipped: 0 };

/** The checks (in manifest order, one list per location, same length) merged into one list. */
export function mergeLocations(locations: readonly { location: string; checks: readonly CheckResult[] }[]): CheckResult[] {
  return locations[0]!.checks.map((_, position) => {
    const results = locations.map(({ location, checks }) => ({ location, result: checks[position]! }));
    const worst = results.reduce((a, b) => (RANK[b.result.status] > RANK[a.result.status] ? b : a));
    const byLocation: LocationResult[] = results.map(({ location, result }) => ({
      location,
      status: result.status,
      error: result.error,
      timings: result.timings,
      attempts: result.attempts,
      ...(result.comparison ? { comparison: result.comparison } : {}),
    }));
    return { ...worst.result, byLocation };
  });
}

