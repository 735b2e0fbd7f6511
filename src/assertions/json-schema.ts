// jsonSchema assertions: a schema is compiled once, when the manifest is loaded, and a body is
// judged against it at run time.
import type { Ajv, ValidateFunction } from 'ajv';
import { ajv as ajvLibrary } from '../libraries.js';

// Made on the first jsonSchema assertion: building one costs every start some milliseconds.
let ajv: Ajv | undefined;

function instance(): Ajv {
  if (ajv) return ajv;
  const { Ajv: AjvClass, addFormats } = ajvLibrary();
  const made = new AjvClass({ allErrors: true, strict: false });
  addFormats(made); // every format of ajv-formats: without it, ajv checks none
  return (ajv = made);
}

// Schemas are compiled once, when the manifest is loaded, and found again by their object.
// A boolean schema (`true`: anything, `false`: nothing) is no object and is kept by its value.
const compiled = new WeakMap<object, ValidateFunction>();
const compiledBooleans = new Map<boolean, ValidateFunction>();

function compileSchema(schema: object | boolean): ValidateFunction {
  let validate = typeof schema === 'boolean' ? compiledBooleans.get(schema) : compiled.get(schema);
  if (!validate) {
    validate = instance().compile(schema);
    if (typeof schema === 'boolean') compiledBooleans.set(schema, validate);
    else compiled.set(schema, validate);
  }
  return validate;
}

/** Why a JSON Schema cannot be used (ajv's own words), or undefined when it compiles. */
export function jsonSchemaProblem(schema: unknown): string | undefined {
  if (typeof schema === 'boolean') return undefined;
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return 'a schema is a map (or a file holding one)';
  instance(); // outside the try: a library not loaded yet is not a problem of the schema
  try {
    compileSchema(schema);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** `valid`, or the schema errors joined, so `is valid` reads naturally in reports. */
export function schemaErrors(schema: object | boolean, json: unknown): string {
  const validate = compileSchema(schema);
  if (validate(json)) return 'valid';
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
}
