// Which checks a run takes: those with one of the asked tags (`--tag`, input `tags`) and whose
// name matches `--grep`, so a pull request can run the smoke set and a deploy all of it.
// Checks left out are not run and not counted. A selection that matches nothing is an error,
// never a silent pass.
import type { ResolvedCheck } from '../model.js';

export interface Selection {
  /** Any of these tags; absent or empty: every check. */
  readonly tags?: readonly string[];
  /** A regular expression the check's name must match. */
  readonly grep?: RegExp;
}

export class SelectionError extends Error {
  override readonly name = 'SelectionError';
}

export function selectChecks(checks: readonly ResolvedCheck[], selection: Selection = {}): readonly ResolvedCheck[] {
  const tags = selection.tags?.length ? new Set(selection.tags) : undefined;
  const { grep } = selection;
  if (!tags && !grep) return checks;
  const chosen = checks.filter((check) => (!tags || (check.tags ?? []).some((tag) => tags.has(tag))) && (!grep || grep.test(check.name)));
  const asked = [tags ? `tag ${[...tags].join(' or ')}` : '', grep ? `a name matching /${grep.source}/` : ''].filter(Boolean).join(' and ');
  const known = [...new Set(checks.flatMap((check) => check.tags ?? []))].sort();
  const hint = known.length > 0 ? `the manifest's tags are ${known.join(', ')}` : 'no check of the manifest has `tags:`';
  if (chosen.length === 0) throw new SelectionError(`No check has ${asked}, so nothing would be checked: ${hint}`);
  // Checks marked skip check nothing either: a selection of only those would pass on nothing.
  if (chosen.every((check) => check.skip)) throw new SelectionError(`Every check with ${asked} has skip: true, so nothing would be checked: select checks that run`);
  return chosen;
}
