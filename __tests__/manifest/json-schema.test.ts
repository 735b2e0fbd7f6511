// A jsonSchema target is judged exactly or refused at load, at the target's line and column with
// what to change: never a schema of which a part is ignored, so that it passes whatever the body.
import { describe, expect, it } from 'vitest';
import { ManifestError, type ManifestProblem } from '../../src/manifest/load.js';
import { loadManifestText } from '../helpers/run.js';

const CHECK = 'version: 1\nchecks:\n  - name: a\n    type: http\n    request: { url: "http://127.0.0.1:1/" }\n    assertions:\n      - { type: jsonSchema, operator: is, target: ';

/** The manifest's problems as `line:col message`, for an inline schema written as YAML flow text. */
async function problemsOf(schema: string, files?: Record<string, string>): Promise<string[]> {
  const manifest = await loadManifestText(`${CHECK}${schema} }\n`, { baseUrl: 'http://127.0.0.1:1', files });
  return manifest.problems.map((p) => `${p.location.line}:${p.location.column} ${p.message}`);
}

// The target's value starts after `target: ` on line 7.
const AT = `7:${CHECK.split('\n')[6]!.length + 1} checks[0].assertions[0].target: not a valid JSON Schema: `;

describe('a jsonSchema target that would be ignored, or answered later, is refused at load', () => {
  const refused: [string, string, string][] = [
    ['$async: true (its validate answers with a promise, which reads as valid)', '{ $async: true, type: object, required: [missing] }', '$async: true is refused: it makes ajv answer later, for asynchronous custom keywords that probegate does not have; remove $async'],
    ['$async: true deeper in the schema', '{ type: object, properties: { name: { $async: true, type: string } } }', '$async: true is refused'],
    ['unevaluatedProperties (2019-09)', '{ unevaluatedProperties: false }', 'unevaluatedProperties is a keyword of JSON Schema 2019-09/2020-12, and probegate checks draft-07, which would ignore it; use additionalProperties, next to properties and patternProperties'],
    ['prefixItems (2020-12)', '{ properties: { list: { prefixItems: [{ type: integer }] } } }', 'prefixItems is a keyword of JSON Schema 2019-09/2020-12, and probegate checks draft-07, which would ignore it; use items: [ ...schemas ] (a list) for a tuple'],
    ['dependentRequired (2019-09)', '{ dependentRequired: { extra: [missing] } }', 'dependentRequired is a keyword of JSON Schema 2019-09/2020-12, and probegate checks draft-07, which would ignore it; use dependencies: { name: [ ...names ] }'],
    ['a typo of a keyword', '{ requried: [id] }', 'unknown keyword "requried" (draft-07 would ignore it, so it is refused): did you mean required?'],
    ['a typo of a note', '{ desciption: an order }', 'unknown keyword "desciption" (draft-07 would ignore it, so it is refused): did you mean description?'],
    ['a keyword that is nothing like one', '{ zzzzzzzz: 1 }', 'unknown keyword "zzzzzzzz" (draft-07 would ignore it, so it is refused); remove it'],
    ['an unknown format', '{ properties: { name: { format: emial } } }', 'unknown format "emial" at #/properties/name (did you mean email?): it could not be checked, so it is refused; the formats checked are date, time, date-time'],
    ['contentMediaType, which ajv only notes', '{ properties: { name: { type: string, contentMediaType: application/json } } }', 'contentMediaType is not checked (draft-07 leaves it optional and ajv only notes it); remove it, or check the text with pattern'],
    ['"then" without "if"', '{ then: { required: [missing] } }', 'strict mode: "then" without "if" is ignored'],
    ['additionalItems without a list of items', '{ additionalItems: false }', 'strict mode: "additionalItems" is ignored when "items" is not an array of schemas'],
    // Declaring $schema changes nothing: the same dialect, the same refusals.
    ['unevaluatedProperties under a declared draft-07 $schema', '{ $schema: "http://json-schema.org/draft-07/schema#", unevaluatedProperties: false }', 'unevaluatedProperties is a keyword of JSON Schema 2019-09/2020-12'],
    ['a 2020-12 $schema', '{ $schema: "https://json-schema.org/draft/2020-12/schema", type: object }', '$schema https://json-schema.org/draft/2020-12/schema is not read: probegate checks JSON Schema draft-07; declare http://json-schema.org/draft-07/schema# or no $schema, and write the schema in draft-07'],
    ['a 2019-09 $schema', '{ $schema: "https://json-schema.org/draft/2019-09/schema", type: object }', '$schema https://json-schema.org/draft/2019-09/schema is not read'],
  ];
  it.each(refused)('%s', async (_, schema, message) => {
    expect(await problemsOf(schema)).toEqual([expect.stringContaining(`${AT}${message}`)]);
  });

  it('refuses a schema file the same way, at the line of its name', async () => {
    const problems = await problemsOf('order.json', { 'order.json': JSON.stringify({ type: 'object', dependentRequired: { a: ['b'] } }) });
    expect(problems).toEqual([`${AT}dependentRequired is a keyword of JSON Schema 2019-09/2020-12, and probegate checks draft-07, which would ignore it; use dependencies: { name: [ ...names ] }`]);
  });

  const accepted: [string, string][] = [
    ['the draft-07 keywords for the same intents', '{ type: object, additionalProperties: false, dependencies: { extra: [missing] }, properties: { list: { items: [{ type: integer }], additionalItems: false } } }'],
    ['a format that is checked', '{ properties: { name: { type: string, format: email } } }'],
    ['a declared draft-07 $schema, with or without its #', '{ $schema: "http://json-schema.org/draft-07/schema", allOf: [{ $schema: "http://json-schema.org/draft-07/schema#" }] }'],
    ['notes that check nothing by definition', '{ title: Order, description: an order, $comment: none, default: {}, examples: [{}], readOnly: true, deprecated: false }'],
    ['$async: false', '{ $async: false, type: object }'],
  ];
  it.each(accepted)('accepts %s', async (_, schema) => {
    expect(await problemsOf(schema)).toEqual([]);
  });
});

describe('a schema that declares $id', () => {
  it('may be used by several assertions, and refers to itself by its $id', async () => {
    const schema = JSON.stringify({ $id: 'https://example.com/order', type: 'object', properties: { total: { $ref: 'https://example.com/order#/definitions/money' } }, definitions: { money: { type: 'number' } } });
    const text = `version: 1\nchecks:\n${['a', 'b'].map((name) => `  - { name: ${name}, type: http, request: { url: "http://127.0.0.1:1/" }, assertions: [{ type: jsonSchema, operator: is, target: order.json }] }\n`).join('')}`;
    const manifest = await loadManifestText(text, { files: { 'order.json': schema } });
    expect(manifest.problems).toEqual([]);
  });
});

// The ready wait decides whether the checks run against this build: its schema is held to the same rules.
describe('a jsonSchema of the ready wait is checked at load like a check\'s', () => {
  const READY = 'version: 1\nready:\n  url: "{{ BASE_URL }}/"\n  assertions:\n    - { type: jsonSchema, operator: is, target: ';
  const AT_READY = `5:${READY.split('\n')[4]!.length + 1} ready.assertions[0].target: not a valid JSON Schema: `;
  async function loadReady(schema: string, files?: Record<string, string>) {
    return loadManifestText(`${READY}${schema} }\nchecks:\n  - { name: a, type: http, request: { url: "{{ BASE_URL }}/" } }\n`, { baseUrl: 'http://127.0.0.1:1', files });
  }
  const refused: [string, string, string][] = [
    ['$async: true', '{ $async: true, required: [build] }', '$async: true is refused'],
    ['a typo of a keyword', '{ requried: [build] }', 'unknown keyword "requried"'],
    ['a schema file with a 2020-12 keyword', 'build.json', 'prefixItems is a keyword of JSON Schema 2019-09/2020-12'],
  ];
  it.each(refused)('refuses %s at its line, and the manifest cannot run', async (_, schema, message) => {
    const error = await loadReady(schema, { 'build.json': '{"prefixItems": [{"type": "string"}]}' }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ManifestError);
    const problems = (error as ManifestError).problems.map((p: ManifestProblem) => `${p.location.line}:${p.location.column} ${p.message}`);
    expect(problems).toEqual([expect.stringContaining(`${AT_READY}${message}`)]);
  });

  it('reads a schema file, so that the wait judges the schema rather than its name', async () => {
    const manifest = await loadReady('build.json', { 'build.json': '{"required": ["build"]}' });
    expect(manifest.problems).toEqual([]);
    expect(manifest.ready?.assertions[0]?.target).toEqual({ required: ['build'] });
  });
});
