// docs/report.md and schema/report.schema.json describe the report probegate writes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertValidReport } from '../helpers/report-schema.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/report.schema.json'), 'utf8'));
const docs = readFileSync(path.join(ROOT, 'docs/report.md'), 'utf8');

/** Every property of the schema, with the path it is at. */
function properties(node: unknown, at: string, found: [string, Record<string, unknown>][]): void {
  if (!node || typeof node !== 'object') return;
  const object = node as Record<string, unknown>;
  for (const [name, child] of Object.entries((object.properties ?? {}) as Record<string, Record<string, unknown>>)) {
    found.push([`${at}.${name}`, child]);
    properties(child, `${at}.${name}`, found);
  }
  for (const [name, child] of Object.entries((object.definitions ?? {}) as Record<string, unknown>)) properties(child, `#${name}`, found);
}

describe('the report format documentation', () => {
  it('describes every property of the schema', () => {
    const found: [string, Record<string, unknown>][] = [];
    properties(schema, '', found);
    expect(found.length).toBeGreaterThan(50);
    const undescribed = found.filter(([, p]) => typeof p.description !== 'string' && typeof p.$ref !== 'string').map(([name]) => name);
    expect(undescribed).toEqual([]);
  });

  it('names every field of a check, of the run record and of the ready wait in docs/report.md', () => {
    const { check, run, ready } = schema.definitions;
    const fields = [...Object.keys(check.properties), ...Object.keys(run.properties), ...Object.keys(ready.properties), ...Object.keys(schema.properties)];
    const missing = fields.filter((field) => !docs.includes(`\`${field}`));
    expect(missing).toEqual([]);
  });

  it('gives an example that is a valid report', () => {
    const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(docs)![1]!);
    expect(() => assertValidReport(example, 'the example of docs/report.md')).not.toThrow();
    expect(() => assertValidReport({ ...example, version: 2 }, 'a version 2 report')).toThrow(/version must be equal to constant/);
  });
});
