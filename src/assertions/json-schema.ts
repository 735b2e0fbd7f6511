// jsonSchema assertions: a schema is judged exactly as JSON Schema draft-07 reads it, or refused
// when the manifest is loaded, never partly ignored. ajv's strict mode refuses what it would
// ignore (an unknown keyword, a typo, a keyword of a later draft, a format it cannot check), and
// the content keywords, which ajv only notes, are refused the same way.
import type { Ajv, ValidateFunction } from 'ajv';
import { ajv as ajvLibrary } from '../libraries.js';
import { closest } from '../manifest/suggest.js';
import { boundedInline } from './regex-cost.js';

export const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

// Keywords of drafts 2019-09 and 2020-12, which ajv's draft-07 class does not know, and what
// draft-07 says instead.
const LATER_KEYWORDS: Record<string, string> = {
  prefixItems: 'items: [ ...schemas ] (a list) for a tuple',
  unevaluatedProperties: 'additionalProperties, next to properties and patternProperties',
  unevaluatedItems: 'additionalItems, next to items: [ ...schemas ]',
  dependentRequired: 'dependencies: { name: [ ...names ] }',
  dependentSchemas: 'dependencies: { name: { ...schema } }',
  minContains: 'contains (at least one); there is no count in draft-07',
  maxContains: 'contains (at least one); there is no count in draft-07',
  $anchor: '$id: "#name" for a plain-name fragment',
  $dynamicRef: '$ref',
  $dynamicAnchor: '$id: "#name"',
  $recursiveRef: '$ref',
  $recursiveAnchor: '$id',
  $vocabulary: 'nothing: remove it',
  contentSchema: 'nothing probegate checks: remove it',
};

// Keywords ajv knows but does not check (draft-07 leaves checking them optional).
const NOT_CHECKED = ['contentMediaType', 'contentEncoding'];

// Keywords that check nothing by definition, which ajv knows but does not list among its rules:
// for a did-you-mean only.
const NOTES = ['$id', '$schema', '$defs', 'definitions', 'title', 'description', 'default', 'examples', 'readOnly', 'writeOnly'];

// Made on the first jsonSchema assertion: building one costs every start some milliseconds.
let ajv: Ajv | undefined;

function instance(): Ajv {
  if (ajv) return ajv;
  const { Ajv: AjvClass, addFormats } = ajvLibrary();
  // Every strict option given: those left out would log to the console and go on. addUsedSchema:
  // false keeps no schema by its $id, so two assertions (or two loads) may use one schema file.
  const made = new AjvClass({
    allErrors: true,
    strictSchema: true,
    strictNumbers: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    validateFormats: true,
    addUsedSchema: false,
    logger: false,
    code: { regExp: guardedRegExp },
  });
  addFormats(made);
  for (const keyword of NOT_CHECKED) made.removeKeyword(keyword);
  return (ajv = made);
}

/**
 * The regular expressions of `pattern` and `patternProperties`, as ajv runs them: on the main
 * thread, to their end, where a backtracking one (`^(a+)+$`) on a hostile body would stall every
 * check of the run past its deadline. Tested only where its worst case is provably short for the
 * value (regex-cost.ts, as `matches` does before it leaves a test to a worker); otherwise the
 * validation stops, and the assertion fails saying so.
 */
const guardedRegExp = Object.assign(guardedPattern, { code: 'guardedRegExp' }); // `code`: for ajv's standalone code, never made here

function guardedPattern(source: string, flags: string): { test(text: string): boolean; toString(): string } {
  const regex = new RegExp(source, flags);
  return {
    // ajv keeps the patterns of all its schemas by this text: without it they would all be one.
    toString: () => regex.toString(),
    test(text: string): boolean {
      if (!boundedInline(source, text.length)) {
        throw new Error(
          `the schema's pattern /${source}/ could not be tested on a value of ${text.length} characters within a bounded time (it may backtrack for years): simplify the pattern (no nested or alternating repetition), or test the value with a jsonpath assertion and matches`,
        );
      }
      return regex.test(text);
    },
  };
}

// Schemas are compiled once, when the manifest is loaded, and found again by their object.
// A boolean schema (`true`: anything, `false`: nothing) is no object and is kept by its value.
const compiled = new WeakMap<object, ValidateFunction>();
const compiledBooleans = new Map<boolean, ValidateFunction>();

function compileSchema(schema: object | boolean): ValidateFunction {
  let validate = typeof schema === 'boolean' ? compiledBooleans.get(schema) : compiled.get(schema);
  if (!validate) {
    validate = instance().compile(schema);
    // An $async schema's validate() answers with a promise (truthy, so never to be read as valid).
    if ((validate as { $async?: unknown }).$async) throw new Error('async schema');
    if (typeof schema === 'boolean') compiledBooleans.set(schema, validate);
    else compiled.set(schema, validate);
  }
  return validate;
}

/** Why a JSON Schema cannot be used, in words that say what to change, or undefined when it can. */
export function jsonSchemaProblem(schema: unknown): string | undefined {
  if (typeof schema === 'boolean') return undefined;
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return 'a schema is a map (or a file holding one)';
  instance(); // outside the try: a library not loaded yet is not a problem of the schema
  try {
    compileSchema(schema);
    return undefined;
  } catch (error) {
    return explained((error as Error).message);
  }
}

/** ajv's reason for refusing a schema, made into what to change. */
function explained(message: string): string {
  if (message === 'async schema' || message.startsWith('async schema in sync schema')) {
    return '$async: true is refused: it makes ajv answer later, for asynchronous custom keywords that probegate does not have; remove $async';
  }
  const unknownKeyword = /^strict mode: unknown keyword: "(.*)"$/.exec(message)?.[1];
  if (unknownKeyword !== undefined) return keywordProblem(unknownKeyword);
  const unknownFormat = /^unknown format "(.*)" ignored in schema at path "(.*)"$/.exec(message);
  if (unknownFormat) {
    const [, name = '', at = '#'] = unknownFormat;
    const formats = Object.keys(instance().formats);
    const suggestion = closest(name, formats);
    return `unknown format "${name}" at ${at}${suggestion ? ` (did you mean ${suggestion}?)` : ''}: it could not be checked, so it is refused; the formats checked are ${formats.join(', ')}`;
  }
  const otherDraft = /^no schema with key or ref "(https?:\/\/json-schema\.org\/[^"]*)"$/.exec(message)?.[1];
  if (otherDraft !== undefined) {
    return `$schema ${otherDraft} is not read: probegate checks JSON Schema draft-07; declare ${DRAFT_07} or no $schema, and write the schema in draft-07`;
  }
  return message;
}

function keywordProblem(keyword: string): string {
  if (Object.hasOwn(LATER_KEYWORDS, keyword)) {
    return `${keyword} is a keyword of JSON Schema 2019-09/2020-12, and probegate checks draft-07, which would ignore it; use ${LATER_KEYWORDS[keyword]}`;
  }
  if (NOT_CHECKED.includes(keyword)) {
    return `${keyword} is not checked (draft-07 leaves it optional and ajv only notes it); remove it, or check the text with pattern`;
  }
  const known = [...Object.keys(instance().RULES.all), ...NOTES];
  const suggestion = closest(keyword, known);
  return `unknown keyword "${keyword}" (draft-07 would ignore it, so it is refused)${suggestion ? `: did you mean ${suggestion}?` : '; remove it'}`;
}

/** `valid`, or the schema errors joined, so `is valid` reads naturally in reports. */
export function schemaErrors(schema: object | boolean, json: unknown): string {
  const validate = compileSchema(schema);
  const verdict: unknown = validate(json);
  if (verdict === true) return 'valid';
  // Anything but true or false (a promise) is no verdict: thrown, the assertion fails with it.
  if (verdict !== false) throw new Error('the JSON Schema gave no verdict (an asynchronous schema?); this is a bug');
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
}
