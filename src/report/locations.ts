// What the reports say about a check merged from several locations (SPEC §9).
import type { CheckResult, RunMetadata, RunResult } from '../model.js';

/**
 * The run's locations when it merged more than one (then every check has a result per location,
 * in the run's location order), else none: single-location output is unchanged.
 */
export function shownLocations(run: RunResult): readonly string[] {
  return run.checks[0]?.byLocation?.map((l) => l.location) ?? [];
}

/** `fails in eu-west` / `warns in eu-west, us-east` for a merged check that did not pass everywhere; else undefined. */
export function whereItFails(result: CheckResult): string | undefined {
  if (!result.byLocation || (result.status !== 'failed' && result.status !== 'warned')) return undefined;
  const places = result.byLocation.filter((l) => l.status === result.status).map((l) => l.location);
  const passes = result.byLocation.filter((l) => l.status === 'passed').map((l) => l.location);
  const verb = result.status === 'failed' ? 'fails' : 'warns';
  return `${verb} in ${places.join(', ')}${passes.length > 0 ? ` (passes in ${passes.join(', ')})` : ''}`;
}

/** The check's status in one location, for a location column. */
export function statusIn(result: CheckResult, location: string): CheckResult['status'] | undefined {
  return result.byLocation?.find((l) => l.location === location)?.status;
}

export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Which reports and locations went into a merge of named locations, and whether the locations were checked against
 * those expected (`how`: `--locations`, `input locations`): a reader sees a location that is not there.
 */
export function mergedFrom(merged: NonNullable<RunMetadata['merged']>, how: string): string {
  const where = `location${merged.locations.length === 1 ? '' : 's'} ${merged.locations.join(', ')}`;
  const checked = merged.locationsExpected ? 'every expected location is there' : `the locations to expect were not given (${how}), so a location whose job wrote no report would not show`;
  return `Merged ${merged.reports} report${merged.reports === 1 ? '' : 's'} from ${where}; ${checked}.`;
}
