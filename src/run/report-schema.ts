// The JSON report's schema (schema/report.schema.json), compiled at build time
// (scripts/schema-validator.mjs): merge checks every report it reads against it, and the tests
// check every report the suite writes.
import { validate } from './report-validator.generated.js';

/** Why `report` is not a valid probegate report (the first few reasons), or undefined. */
export function reportSchemaProblem(report: unknown): string | undefined {
  if (validate(report)) return undefined;
  const errors = validate.errors ?? [];
  const shown = errors.slice(0, 3).map((e) => `${e.instancePath || '(the report)'} ${e.message ?? 'is invalid'}`);
  return `${shown.join('; ')}${errors.length > 3 ? ` (and ${errors.length - 3} more)` : ''}`;
}
