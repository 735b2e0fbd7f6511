// schema/probegate.schema.json is what an editor shows while someone writes a manifest: every
// property says what it is, every enum value what it means, each check type has a snippet, and
// the schema compiles in Ajv's strict mode (so a misspelt keyword cannot silently validate nothing).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../scripts/schema-validator.mjs';
import { validateManifest } from '../../src/manifest/schema.js';
import { ROOT } from '../helpers/cli.js';

type Schema = Record<string, unknown>;
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/probegate.schema.json'), 'utf8')) as Schema;
const definitions = schema.definitions as Record<string, Schema>;

/** Every property declaration, by its JSON pointer; conditions (`if`) declare nothing. */
function declarations(node: unknown, pointer = '#'): [string, Schema][] {
  if (!node || typeof node !== 'object') return [];
  const found: [string, Schema][] = [];
  for (const [key, value] of Object.entries(node as Schema)) {
    if (key === 'if') continue;
    if (key === 'properties') {
      for (const [name, property] of Object.entries(value as Record<string, Schema>)) {
        found.push([`${pointer}/properties/${name}`, property], ...declarations(property, `${pointer}/properties/${name}`));
      }
    } else if (typeof value === 'object') found.push(...declarations(value, `${pointer}/${key}`));
  }
  return found;
}

function resolved(node: Schema): Schema {
  const ref = node.$ref as string | undefined;
  return ref ? { ...resolved(definitions[ref.replace('#/definitions/', '')]!), ...node } : node;
}

/** A snippet body as an editor inserts it with every placeholder left at its default. */
function inserted(body: unknown): unknown {
  if (typeof body === 'string') {
    const text = body.replace(/\$\{\d+(?::([^}]*))?\}/g, (_, fallback: string | undefined) => fallback ?? '');
    return body.startsWith('^') ? JSON.parse(text.slice(1)) : text;
  }
  if (Array.isArray(body)) return body.map(inserted);
  if (body && typeof body === 'object') return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, inserted(v)]));
  return body;
}

describe('the manifest schema, for editors', () => {
  it('compiles in Ajv strict mode with the editor keywords declared', () => {
    expect(() => checkSchema(schema)).not.toThrow();
  });

  it('strict mode refuses a misspelt keyword (so the check above can fail)', () => {
    const misspelt = { ...schema, properties: { ...(schema.properties as Schema), version: { const: 1, descripton: 'typo' } } };
    expect(() => checkSchema(misspelt)).toThrow(/unknown keyword: "descripton"/);
  });

  it('describes every property', () => {
    const all = declarations(schema);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter(([, property]) => typeof resolved(property).description !== 'string').map(([pointer]) => pointer)).toEqual([]);
  });

  it('describes every enum value, in the same order', () => {
    const enums: [string, Schema][] = [];
    const visit = (node: unknown, pointer: string): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray((node as Schema).enum) && !pointer.includes('/if/')) enums.push([pointer, node as Schema]);
      for (const [key, value] of Object.entries(node as Schema)) visit(value, `${pointer}/${key}`);
    };
    visit(schema, '#');
    expect(enums.length).toBeGreaterThan(10);
    const undescribed = enums.filter(([, node]) => {
      const descriptions = node.enumDescriptions as string[] | undefined;
      return !descriptions || descriptions.length !== (node.enum as unknown[]).length || descriptions.some((d) => !d);
    });
    expect(undescribed.map(([pointer]) => pointer)).toEqual([]);
  });

  // Required-when rules (`then`) repeat a declared property; a `const` is its own example.
  const declared = () => declarations(schema).filter(([pointer, property]) => !/\/then\//.test(pointer) && resolved(property).const === undefined);

  it('gives every property an example, enums and defaulted ones included', () => {
    const bare = declared().filter(([, property]) => !Array.isArray(resolved(property).examples) || (resolved(property).examples as unknown[]).length === 0);
    expect(bare.map(([pointer]) => pointer)).toEqual([]);
  });

  it('states in the description any default that is more than empty', () => {
    const empty = (value: unknown) => value === undefined || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
    const unstated = declared().filter(([, property]) => {
      const full = resolved(property);
      return !empty(full.default) && !/default/i.test(String(full.description));
    });
    expect(unstated.map(([pointer]) => pointer)).toEqual([]);
  });

  it('has a snippet for each check type, and each inserts a valid check', async () => {
    const types = (definitions.check!.properties as Record<string, Schema>).type!.enum as string[];
    const snippets = definitions.check!.defaultSnippets as { label: string; body: { type: string } }[];
    expect(types.filter((type) => !snippets.some((s) => s.body.type === type))).toEqual([]);
    for (const snippet of snippets) {
      const manifest = { version: 1, checks: [inserted(snippet.body)] };
      expect([snippet.label, await validateManifest(manifest)]).toEqual([snippet.label, []]);
    }
  });

  it('states each default and example as a value the property itself accepts', () => {
    let checked = 0;
    for (const [pointer, property] of declarations(schema)) {
      const full = resolved(property);
      const values = [...(full.default === undefined ? [] : [full.default]), ...((full.examples as unknown[] | undefined) ?? [])];
      if (values.length === 0) continue;
      const accepts = checkSchema({ definitions, ...full, defaultSnippets: undefined });
      for (const value of values) expect([pointer, value, accepts(value)]).toEqual([pointer, value, true]);
      checked += values.length;
    }
    expect(checked).toBeGreaterThan(100);
  });
});
