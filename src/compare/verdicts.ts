// STATUS and HEADER (SPEC §8), and the combination of every per-check result into the report's
// `comparison` and the check's REGRESSION error. Like SCHEMA, STATUS and HEADER count a preview
// difference when a majority of the preview samples show it: one odd sample never flags, a
// status or header really changed always does.
import type { Sample, StatusComparison } from './types.js';

/** The preview's status differs from the one status the baseline answered every time. */
export function compareStatus(baseline: readonly Sample[], preview: readonly Sample[]): StatusComparison {
  const baselineStatuses = new Set(baseline.map((s) => s.status));
  const constant = baselineStatuses.size === 1 ? [...baselineStatuses][0] : undefined;
  const previewStatuses = preview.flatMap((s) => (s.status === undefined ? [] : [s.status]));
  const mostFrequent = mode(previewStatuses);
  if (constant === undefined) return { regressed: false, ...(mostFrequent === undefined ? {} : { preview: mostFrequent }) };
  const differing = preview.filter((s) => s.status !== constant).map((s) => s.status);
  const regressed = differing.length * 2 > preview.length;
  const shown = regressed ? mode(differing.flatMap((s) => (s === undefined ? [] : [s]))) : mostFrequent;
  return { baseline: constant, regressed, ...(shown === undefined ? {} : { preview: shown }) };
}

function mode(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: number | undefined;
  for (const [value, count] of counts) {
    if (best === undefined || count > counts.get(best)! || (count === counts.get(best)! && value < best)) best = value;
  }
  return best;
}

/**
 * The headers among `names` that the baseline sent in every sample and a majority of the
 * preview samples lack. Names are compared without regard to case; returned lower-case, in the
 * order of `names`.
 */
export function missingHeaders(names: readonly string[], baseline: readonly Sample[], preview: readonly Sample[]): string[] {
  if (baseline.length === 0 || preview.length === 0) return [];
  const has = (sample: Sample, name: string): boolean =>
    sample.headers !== undefined && Object.keys(sample.headers).some((key) => key.toLowerCase() === name);
  const wanted = [...new Set(names.map((name) => name.toLowerCase()))];
  return wanted.filter(
    (name) => baseline.every((s) => has(s, name)) && preview.filter((s) => !has(s, name)).length * 2 > preview.length,
  );
}
