import type { ErrorObject, ValidateFunction } from 'ajv';
import { formatPath, type Path } from './positions.js';
import * as byType from './schema-checker.generated.js';
import { closest } from './suggest.js';

/** A schema violation: where (as a path into the document) and what, in a sentence. */
export interface SchemaProblem {
  readonly path: Path;
  /** The key to point at, for unknown properties. */
  readonly key?: string;
  readonly message: string;
  /** The value is of the right kind but not of the right form (enum, pattern, const): text a variable could still make right. */
  readonly form?: boolean;
}

// `validate` is schema/probegate.schema.json compiled at build time by scripts/schema-validator.mjs
// (ajv, allErrors and verbose): compiling it here cost every run a few hundred milliseconds.

// Keywords that only repeat what a more precise error below them says.
const NOISE = new Set(['if', 'anyOf', 'allOf', 'then']);

// The same schema for the valid case, quicker: each check against its own type's rules only, and
// no error gathered (see generateSchemaChecker). A "no" goes to the full validator, which says
// everything, and is loaded only then: at 270 KB, compiling it cost every start some milliseconds.
const CHECK_OF_TYPE: ReadonlyMap<unknown, ValidateFunction> = new Map(
  Object.entries(byType).flatMap(([name, validator]) => (name.startsWith('check_') ? [[name.slice('check_'.length), validator]] : [])),
);

export async function validateManifest(document: unknown): Promise<SchemaProblem[]> {
  if (meetsSchema(document)) return [];
  const { validate } = await import('./schema-validator.generated.js');
  if (validate(document)) return [];
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  /** The paths a problem was kept at (a set: a manifest of 5,000 checks may have as many). */
  const placed = new Set<string>();
  for (const error of validate.errors ?? []) {
    if (NOISE.has(error.keyword)) continue;
    // Selectors are checked against the closed list of codes by the loader, with a did-you-mean.
    if (error.keyword === 'pattern' && String((error.params as { pattern?: string }).pattern).startsWith('^(all|')) continue;
    const problem = FORM_KEYWORDS.has(error.keyword) ? { ...describe(error), form: true } : describe(error);
    const where = formatPath(problem.path);
    const key = `${where}|${problem.message}`;
    if (seen.has(key)) continue;
    // A duration that is neither string nor number yields one error per branch: keep the first.
    if (error.keyword === 'type' && placed.has(where)) continue;
    seen.add(key);
    placed.add(where);
    problems.push(problem);
  }
  return problems;
}

const FORM_KEYWORDS: ReadonlySet<string> = new Set(['enum', 'pattern', 'const']);

/** Whether the manifest meets the schema, asking each check only what its type asks. */
export function meetsSchema(document: unknown): boolean {
  if (!byType.manifest(document)) return false;
  // The top level's schema has made sure the checks are a list.
  for (const check of (document as { checks: unknown[] }).checks) {
    const validator = typeof check === 'object' && check !== null ? CHECK_OF_TYPE.get((check as { type?: unknown }).type) : undefined;
    // A check of no known type does not meet the schema.
    if (!validator?.(check)) return false;
  }
  return true;
}

function describe(error: ErrorObject): SchemaProblem {
  const path = pointerToPath(error.instancePath);
  const where = formatPath(path) || 'manifest';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperty':
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      const suggestion = closest(name, allowed);
      const hint = suggestion ? `, did you mean ${suggestion}?` : allowed.length ? ` (allowed: ${allowed.join(', ')})` : '';
      return { path, key: name, message: `${where}: unknown property "${name}"${hint}` };
    }
    case 'required':
      return { path, message: `${where}: missing required property "${String(params.missingProperty)}"` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => String(v));
      const suggestion = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      return { path, message: `${where}: must be one of ${allowed.join(', ')}${suggestion ? `; "${error.data as string}", did you mean ${suggestion}?` : ''}` };
    }
    case 'const':
      return { path, message: `${where}: must be ${JSON.stringify(params.allowedValue)}` };
    case 'pattern':
      return { path, message: `${where}: ${patternHint(error)}` };
    case 'type':
      return { path, message: `${where}: must be ${describeTypes(String(params.type))}` };
    case 'not':
      // A field that must not be there (`not: {}`): ajv says only "must NOT be valid".
      return { path, message: `${where}: ${notHere(path)}` };
    default:
      return { path, message: `${where}: ${error.message ?? 'is invalid'}` };
  }
}

/**
 * Why a field the schema forbids (`not: {}`) is not allowed where it is, and what to do instead
 * (the schema's descriptions say the same, but the compiled validator keeps none).
 */
function notHere(path: readonly (string | number)[]): string {
  const field = path.at(-1);
  const inStep = path.includes('steps') && field !== 'steps';
  switch (field) {
    case 'request':
      return inStep
        ? 'a wait step sends nothing: drop request, or give the step a check type (http, grpc, ...)'
        : 'a multistep check has no request of its own: give each of its steps its request';
    case 'assertions':
      return 'a multistep check has no assertions of its own: put each on the step whose answer it judges';
    case 'timeout':
      return 'a multistep check has no request timeout: give each step its own timeout; overall_timeout bounds the whole sequence (default 5m)';
    case 'steps':
      return 'only a multistep check has steps: set type: multistep, or drop steps';
    case 'cookies':
      return 'only a multistep check has a cookie jar: drop cookies';
    case 'extract':
      return 'a wait step has nothing to extract from: move extract to the step whose answer it reads';
    case 'duration':
      return 'only a wait step has a duration (type: wait); the time limit of a check is timeout';
    default:
      return 'not allowed here';
  }
}

function describeTypes(types: string): string {
  const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
  return types.split(',').map(article).join(' or ');
}

function patternHint(error: ErrorObject): string {
  const pattern = String((error.params as { pattern: string }).pattern);
  if (pattern.includes('ms|s|m|h')) return 'must be a duration such as 250ms, 10s or 5m';
  if (pattern.startsWith('^(all|')) return 'must be all, a category such as SSL, or CATEGORY:CODE such as SSL:CERT_HAS_EXPIRED';
  return `must match ${pattern}`;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
