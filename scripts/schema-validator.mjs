// Compiles schema/probegate.schema.json into a standalone validator module, once, at build time:
// compiling it with ajv at start-up cost every run 200-300 ms (bench/, start-up scenario).
// `npm run bundle` regenerates it; __tests__/manifest/schema-validator.test.ts fails when the
// committed file no longer matches the schema.
// The JSON report's schema is compiled the same way for merge, which reads thousands of checks.
// A valid manifest is first confirmed by a quicker validator of the same schema, which checks each
// check against its own type's rules only (schema-checker.generated.js, see generateSchemaChecker).
//   node scripts/schema-validator.mjs    writes src/manifest/schema-validator.generated.js,
//                                        src/manifest/schema-checker.generated.js and
//                                        src/run/report-validator.generated.js
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { Ajv } = require('ajv');
const standaloneCode = require('ajv/dist/standalone').default;

const ROOT = path.resolve(import.meta.dirname, '..');
export const GENERATED_VALIDATOR = path.join(ROOT, 'src/manifest/schema-validator.generated.js');
export const GENERATED_CHECKER = path.join(ROOT, 'src/manifest/schema-checker.generated.js');
export const GENERATED_REPORT_VALIDATOR = path.join(ROOT, 'src/run/report-validator.generated.js');

/** Annotations for editors (VS Code, the YAML language server): snippets and richer descriptions. */
export const EDITOR_KEYWORDS = ['defaultSnippets', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions'];

const ANNOTATIONS = new Set([...EDITOR_KEYWORDS, 'description', 'examples', 'default']);
// Keywords whose value maps names to schemas: there, an "examples" key would be a property name.
const SCHEMA_MAPS = new Set(['properties', 'definitions', 'patternProperties']);

function withoutAnnotations(node, isSchemaMap = false) {
  if (Array.isArray(node)) return node.map((item) => withoutAnnotations(item));
  if (!node || typeof node !== 'object') return node;
  const kept = Object.entries(node).filter(([key]) => isSchemaMap || !ANNOTATIONS.has(key));
  return Object.fromEntries(kept.map(([key, value]) => [key, withoutAnnotations(value, !isSchemaMap && SCHEMA_MAPS.has(key))]));
}

// strict: a misspelt keyword or a type mistake in a schema fails the build; the editor-only
// annotations are declared as keywords that validate nothing.
// strictNumbers off: a YAML 1e400 (Infinity) is a number to the manifest's schema, so that the
// load-time bound check says which bound it breaks instead of a bare "must be a string" (JSON
// reports cannot hold Infinity, so it changes nothing for the report's schema).
const VALIDATOR_OPTIONS = { allErrors: true, strict: true, strictNumbers: false, allowUnionTypes: true, code: { source: true, esm: true } };

/** Compiles the schema in Ajv's strict mode, editor annotations allowed; throws on any mistake. */
export function checkSchema(schema) {
  return new Ajv(VALIDATOR_OPTIONS).addVocabulary(EDITOR_KEYWORDS).compile(schema);
}

export function generateSchemaValidator() {
  // verbose: errors carry their schema, so an unknown property can be matched to the allowed ones.
  return generate('schema/probegate.schema.json', { verbose: true });
}

/**
 * The manifest schema as a yes-or-no validator for the valid case, which is every run's: the top
 * level with the checks left out (`manifest`), and a check of each type (`check_http`, ...). The
 * schema gives a check's type-specific rules as `allOf: [{ if: type is X, then }, ...]`, which a
 * validator tries on every check, type by type; a check whose type is known needs only the
 * branches whose condition that type meets, the others holding without a word. So `check_T` is
 * the check's schema with only those, the same rules for a check of type T, and nothing weaker.
 * It stops at the first error and says nothing of it: on a "no", the full validator says
 * everything, as before.
 */
export function generateSchemaChecker() {
  const schema = withoutAnnotations(JSON.parse(readFileSync(path.join(ROOT, 'schema/probegate.schema.json'), 'utf8')));
  const { allOf, ...check } = schema.definitions.check;
  const exports = { manifest: schema.$id };
  // What every check meets, compiled once.
  schema.definitions.check_any = check;
  for (const type of check.properties.type.enum) {
    const definition = `check_${type}`;
    const branches = allOf.filter((branch) => typeBranchHolds(branch, type)).map((branch) => branch.then);
    schema.definitions[definition] = { allOf: [{ $ref: '#/definitions/check_any' }, ...branches] };
    exports[definition] = `${schema.$id}#/definitions/${definition}`;
  }
  schema.properties.checks = { ...schema.properties.checks, items: true };
  // One schema document, so that the definitions the checks share are compiled once.
  const ajv = new Ajv({ ...VALIDATOR_OPTIONS, allErrors: false, inlineRefs: false });
  ajv.addSchema(schema);
  return errorsAsCounts(withoutCallContext(standalone(ajv, exports, 'schema/probegate.schema.json, a check of each type apart')));
}

/**
 * The checker's errors reduced to their count: nothing reads the checker's errors (a "no" goes to
 * the full validator), but their objects were half its code, which a fresh process compiles
 * function by function on its first manifest and runs interpreted for longer the larger a function
 * is, and every assertion of a valid manifest built and dropped some (the branches of `not` and
 * `if` that fail as they should). Each function compares its count only with the count it had at
 * an earlier point, and a function's count only grows between those points, as the number of
 * errors did: so one more for a failed call instead of the callee's number answers the same. The
 * schema constants that only the error objects read go too. Throws on code of another shape.
 */
function errorsAsCounts(code) {
  let out = '';
  let from = 0;
  for (let at = code.indexOf('{instancePath', from); at !== -1; at = code.indexOf('{instancePath', from)) {
    const end = literalEnd(code, at);
    const object = code.slice(at, end);
    if (!ERROR_OBJECT.test(object)) throw new Error(`an error object of the schema checker is not of the shape errorsAsCounts knows: ${object}`);
    out += `${code.slice(from, at)}0`;
    from = end;
  }
  out += code.slice(from);
  out = out
    .replace(/const err(\d+) = (?:0|\{\});if\(vErrors === null\)\{vErrors = \[err\1\];\}else \{vErrors\.push\(err\1\);\}errors\+\+;/g, 'errors++;')
    .replace(/if\(vErrors !== null\)\{if\((_errs\d+)\)\{vErrors\.length = \1;\}else \{vErrors = null;\}\}/g, '')
    .replace(/vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);errors = vErrors\.length;/g, 'errors++;')
    .replace(/validate\d+\.errors = (?:\[0\]|vErrors);return /g, 'return ')
    .replaceAll('let vErrors = null;', '')
    // Only the error objects read the path withoutCallContext declares.
    .replaceAll('(data){const instancePath="";', '(data){');
  if (/\b(?:vErrors|instancePath|err\d+)\b|\.errors\b/.test(out)) {
    throw new Error('the schema checker still keeps errors in a way errorsAsCounts does not know: teach it, or drop it' + out.match(/.{100}(?:\b(?:vErrors|instancePath|err\d+)\b|\.errors\b).{100}/g).slice(0,4).join('\n'));
  }
  // The schema constants (`const schema6 = {...};`, JSON as ajv writes them) that nothing reads any more.
  for (const [declaration, name] of [...out.matchAll(/const (schema\d+) = \{/g)]) {
    const at = out.indexOf(declaration);
    const end = literalEnd(out, at + declaration.length - 1);
    if (out[end] !== ';') throw new Error(`the schema checker's ${name} does not end as errorsAsCounts expects`);
    const rest = out.slice(0, at) + out.slice(end + 1);
    if (!new RegExp(`\\b${name}\\b`).test(rest)) out = rest;
  }
  return out;
}

/** `{instancePath, ...}` or `{instancePath:..., ...}`: what ajv writes for an error without verbose. */
const ERROR_OBJECT = /^\{instancePath(?::[^{}]*?)?,schemaPath:"[^"]*",keyword:"\w+",params:\{[^{}]*\},message:(?:"(?:[^"\\]|\\.)*"|[^{}])*?(?:,propertyName:\w+)?\}$/s;

/** Where the object or array literal opening at `at` ends (just past its closing bracket), skipping over string literals. */
function literalEnd(code, at) {
  let depth = 0;
  for (let i = at; i < code.length; i++) {
    const char = code[i];
    if (char === '"') {
      for (i++; code[i] !== '"'; i++) if (code[i] === '\\') i++;
    } else if (char === '{' || char === '[') depth++;
    else if ((char === '}' || char === ']') && --depth === 0) return i + 1;
  }
  throw new Error('an unterminated literal in the schema checker');
}

/**
 * The checker's functions without the context ajv passes from one to the next: a new object and
 * a longer instancePath string on every call, a dozen calls a check, which a fresh process runs
 * interpreted and collects (some 3 ms of a 500-check manifest's first load). They serve only the
 * errors' paths, and the checker's errors are never read (a "no" goes to the full validator).
 * Throws when the code uses the context otherwise, so that a new ajv cannot make it wrong quietly.
 */
function withoutCallContext(code) {
  const SIGNATURE = '(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){';
  const signatures = code.split(SIGNATURE).length - 1;
  // A call's context, its own or a new one (whose instancePath expression, of names, strings, `+`
  // and a key's escaping, has no braces).
  const CALL_CONTEXT = /, \{instancePath(?::[^{}]*)?,parentData(?::[^{},]+)?,parentDataProperty(?::[^{},]+)?,rootData\}\)/g;
  const stripped = code.replaceAll(SIGNATURE, '(data){const instancePath="";').replace(CALL_CONTEXT, ')');
  const functions = (code.match(/\bfunction validate\d+\(/g) ?? []).length;
  if (signatures !== functions || /\b(?:parentData|parentDataProperty|rootData|dynamicAnchors)\b/.test(stripped)) {
    throw new Error('the schema checker uses the context ajv passes between its functions in a way withoutCallContext does not know: teach it, or drop it');
  }
  return stripped;
}

/** Whether a branch of the check's `allOf` applies to a check of `type`; throws on any other shape of branch. */
function typeBranchHolds(branch, type) {
  const condition = branch.if?.properties?.type;
  const exact = branch.if && Object.keys(branch.if).join() === 'properties,type' && branch.if.type === 'object' && Object.keys(branch.if.properties).join() === 'type';
  if (exact && condition && Object.keys(condition).join() === 'const') return condition.const === type;
  if (exact && condition && Object.keys(condition).join() === 'not' && Object.keys(condition.not).join() === 'const') return condition.not.const !== type;
  throw new Error(`a branch of definitions.check.allOf is not "if type is (not) X, then ...": teach generateSchemaChecker its meaning (${JSON.stringify(branch.if)})`);
}

export function generateReportValidator() {
  return generate('schema/report.schema.json', {});
}

function generate(schemaFile, options) {
  const schema = JSON.parse(readFileSync(path.join(ROOT, schemaFile), 'utf8'));
  checkSchema(schema);
  // The annotations do not change what validates, and verbose errors would carry them all into
  // the bundle (+65 KB): the validator is generated from the schema without them.
  const ajv = new Ajv({ ...VALIDATOR_OPTIONS, ...options });
  return standalone(ajv, ajv.compile(withoutAnnotations(schema)), schemaFile);
}

function standalone(ajv, validators, source) {
  const code = standaloneCode(ajv, validators);
  // ajv refers to its small runtime helpers (ucs2length, equal) with require() even in ESM
  // output; they are self-contained functions, so their source goes inline.
  const inlined = code.replace(/require\("(ajv\/dist\/runtime\/[\w-]+)"\)\.default/g, (_, id) => `(${require(id).default.toString()})`);
  if (/\brequire\(/.test(inlined)) throw new Error('the generated schema validator still calls require(): inline that helper too');
  return `// Generated by scripts/schema-validator.mjs from ${source}. Do not edit.\n${inlined}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(GENERATED_VALIDATOR, generateSchemaValidator());
  writeFileSync(GENERATED_CHECKER, generateSchemaChecker());
  writeFileSync(GENERATED_REPORT_VALIDATOR, generateReportValidator());
}
