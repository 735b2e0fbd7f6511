import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  GENERATED_CHECKER,
  GENERATED_REPORT_VALIDATOR,
  GENERATED_VALIDATOR,
  generateReportValidator,
  generateSchemaChecker,
  generateSchemaValidator,
} from '../../scripts/schema-validator.mjs';
import { validateManifest } from '../../src/manifest/schema.js';

describe('the manifest schema validator compiled at build time', () => {
  it('is generated from the current schema/probegate.schema.json (else run node scripts/schema-validator.mjs, or npm run bundle)', () => {
    const current = readFileSync(GENERATED_VALIDATOR, 'utf8') === generateSchemaValidator();
    expect(current).toBe(true);
  });

  it('and the check-by-type validator of valid manifests from the same schema (same remedy)', () => {
    expect(readFileSync(GENERATED_CHECKER, 'utf8') === generateSchemaChecker()).toBe(true);
  });

  it('and the JSON report validator from the current schema/report.schema.json (same remedy)', () => {
    expect(readFileSync(GENERATED_REPORT_VALIDATOR, 'utf8') === generateReportValidator()).toBe(true);
  });

  it('still reports every problem with the schema it belongs to, as a runtime-compiled ajv did', async () => {
    const problems = await validateManifest({
      version: 1,
      checks: [{ name: 'home', type: 'http', request: { url: 'https://x.test/', methd: 'GET' }, timeout: 'soon', assertions: [{ type: 'statusCode', operator: 'is' }] }],
    });
    expect(problems.map((p) => p.message)).toEqual([
      'checks[0].request: unknown property "methd", did you mean method?',
      'checks[0].assertions[0]: missing required property "target"',
      'checks[0].timeout: must be a duration such as 250ms, 10s or 5m',
    ]);
  });
});
