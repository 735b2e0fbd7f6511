// A field written with variables (`timeout: "{{ env.TIMEOUT }}"`) is judged by the schema once
// they are replaced: SPEC §1 replaces {{ NAME }} in every string of a check, and the schema, which
// reads the manifest as written, refuses the `{{` itself. The load (src/manifest/load.ts) sets
// such a problem aside when the value at its path holds `{{`; the check's resolver then asks the
// schema again of the check with its variables replaced, before anything reads the field.
import type { Path } from './positions.js';
import { validateManifest } from './schema.js';

/** How a problem of such a field ends: `validate` knows by it a value an unset variable decides. */
export const AFTER_VARIABLES = 'once its variables are replaced';

/** Whether the value at `fieldPath` in `value` is a string written with a variable. */
export function heldTemplate(value: unknown, fieldPath: Path): boolean {
  let at: unknown = value;
  for (const part of fieldPath) {
    if (typeof at !== 'object' || at === null) return false;
    at = (at as Record<string | number, unknown>)[part];
  }
  return typeof at === 'string' && at.includes('{{');
}

/**
 * The schema's problems of one check, its variables replaced: all of them, at whatever depth (a
 * variable may change which rules apply above it). The resolver asks only of a check the schema
 * found nothing else wrong with as written, so each comes from its variables. The messages never
 * quote a value: a variable may hold a secret.
 */
export async function schemaProblemsOfCheck(check: Record<string, unknown>): Promise<{ fieldPath: Path; message: string }[]> {
  const problems = await validateManifest({ version: 1, checks: [check] });
  return problems.map((problem) => {
    const [, , ...fieldPath] = problem.path;
    const rule = problem.message.slice(problem.message.indexOf(': ') + 2).replace(/; ".*", did you mean [^?]*\?$/s, '');
    return { fieldPath, message: `${rule}, ${AFTER_VARIABLES}` };
  });
}
