// The JSON report's schema (schema/report.schema.json), compiled on first use: merge checks
// every report it reads against it, and the tests check every report the suite writes.
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import schema from '../../schema/report.schema.json' with { type: 'json' };

const addFormats = addFormatsModule as unknown as (ajv: Ajv, formats: string[]) => Ajv;
let validator: ValidateFunction | undefined;

/** Why `report` is not a valid probegate report (the first few reasons), or undefined. */
export function reportSchemaProblem(report: unknown): string | undefined {
  validator ??= addFormats(new Ajv({ allErrors: true, strict: true }), ['date-time']).compile(schema);
  if (validator(report)) return undefined;
  const errors = validator.errors ?? [];
  const shown = errors.slice(0, 3).map((e) => `${e.instancePath || '(the report)'} ${e.message ?? 'is invalid'}`);
  return `${shown.join('; ')}${errors.length > 3 ? ` (and ${errors.length - 3} more)` : ''}`;
}
