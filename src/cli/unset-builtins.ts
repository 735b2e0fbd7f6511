// `probegate validate` checks a manifest with placeholders for the built-in variables this
// environment does not give (SHA off a runner, PR_NUMBER outside a pull request, BASE_URL without
// --base-url). `probegate run` here would refuse the checks that use them: each use is a note.
import { readFileSync } from 'node:fs';
import { decodeManifest, loadManifest, ManifestError, type LoadOptions, type ManifestProblem } from '../manifest/load.js';
import { isBuiltInWithoutValue, references } from '../manifest/variables.js';

/**
 * The uses of built-in variables that `builtins` (as `run` would have them here) leaves without a
 * value, as the loader reports them: at the field's line, saying where the value comes from and how
 * to give it (`--var SHA=VALUE`). Read once more only when the manifest refers to such a variable.
 */
export async function builtInsWithoutValue(
  manifestPath: string,
  builtins: Readonly<Record<string, string | undefined>>,
  variables: Omit<LoadOptions['variables'], 'builtins'>,
): Promise<ManifestProblem[]> {
  const missing = Object.keys(builtins).filter((name) => builtins[name] === undefined);
  if (missing.length === 0) return [];
  const text = readable(manifestPath);
  if (text === undefined) return [];
  if (!references(text).some((name) => missing.includes(name))) return [];
  let problems: readonly ManifestProblem[];
  try {
    problems = (await loadManifest({ path: manifestPath, displayPath: manifestPath, text, variables: { ...variables, builtins } })).problems;
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    problems = error.problems;
  }
  return problems.filter((problem) => isBuiltInWithoutValue(problem.message));
}

/** The manifest's text; undefined when it cannot be read or decoded (the first reading said why). */
function readable(manifestPath: string): string | undefined {
  try {
    return decodeManifest(readFileSync(manifestPath));
  } catch {
    return undefined;
  }
}
