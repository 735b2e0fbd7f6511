// A multistep check (SPEC §7): its steps resolved one by one, each as a check of its own type
// at its own line. Names that earlier steps extract stay `{{ NAME }}` until the run fills them;
// every other name is checked here, so a typo is refused before anything runs.
import { loadCheckModule } from '../checks/index.js';
import { InvalidField, type CheckModule, type ManifestFiles, type PrepareContext, type Prepared, type RawCheck } from '../checks/types.js';
import { probeError } from '../errors/probe-error.js';
import type { Assertion, MultistepRequest, ProbeErrorInfo, ResolvedCheck, ResolvedStep, StepType } from '../model.js';
import { CheckResolver } from './check-resolver.js';
import { parseDuration } from './duration.js';
import { resolveExtractions } from './extractions.js';
import type { ManifestProblem } from './problem.js';
import { formatPath, type Path, type Positions } from './positions.js';
import { fillReferences, references, type Variables } from './variables.js';

export const MULTISTEP_OVERALL_TIMEOUT_MS = 5 * 60_000;
// Stand in for extracted values while the rest of a step is checked at load time: a number
// (ids, ports), then a URL (a link a server hands out), then a JSON object (a gRPC message that
// is wholly an extracted value).
const PLACEHOLDERS = ['1', 'https://probegate.invalid/1', '{}'] as const;

interface ManifestContext {
  readonly positions: Positions;
  readonly variables: Variables;
  readonly context: ManifestFiles;
  readonly defaults: Record<string, unknown>;
}

/** The resolver of a multistep check: its own fields as any check's, its steps prepared here. */
export function multistepResolver(raw: Record<string, unknown>, index: number, manifest: ManifestContext): CheckResolver {
  const { steps, cookies, ...outer } = raw;
  // A step's timeout is its own; the sequence's is `overall_timeout` (default 5m), not the defaults'.
  const { timeout: _timeout, overall_timeout: _overall, ...defaults } = manifest.defaults;
  const prepare = async (_: RawCheck, problems: ManifestProblem[]): Promise<Prepared<MultistepRequest>> => {
    // The check's own ip_family reaches its steps as defaults.ip_family would (steps have none of their own).
    const stepManifest = outer.ip_family === undefined ? manifest : { ...manifest, defaults: { ...manifest.defaults, ip_family: outer.ip_family } };
    const resolved = await resolveSteps(Array.isArray(steps) ? (steps as Record<string, unknown>[]) : [], ['checks', index], stepManifest, problems);
    const first = resolved.find((step) => step.check)?.check;
    return { request: { steps: resolved, cookies: cookies !== false }, target: first?.target ?? '' };
  };
  return new CheckResolver({ ...outer, request: {} }, index, defaults, manifest.positions, manifest.variables, manifest.context, {
    prepare,
    defaultOverallTimeoutMs: MULTISTEP_OVERALL_TIMEOUT_MS,
  });
}

async function resolveSteps(raws: Record<string, unknown>[], checkPath: Path, manifest: ManifestContext, problems: ManifestProblem[]): Promise<ResolvedStep[]> {
  const earlier = new Set<string>();
  const resolved: ResolvedStep[] = [];
  for (const [index, raw] of raws.entries()) {
    // Names this step or a later one extracts, and which, for the message when one is used too soon.
    const later = new Map<string, string>();
    for (const [offset, next] of raws.slice(index).entries()) {
      for (const name of extractionNames(next)) {
        if (!earlier.has(name) && !later.has(name)) later.set(name, offset === 0 ? 'this step itself' : `a later step ("${String(next.name)}")`);
      }
    }
    const path = [...checkPath, 'steps', index];
    resolved.push(await resolveStep(raw, path, manifest, { extracted: new Set(earlier), later }, problems));
    for (const name of extractionNames(raw)) earlier.add(name);
  }
  return resolved;
}

function extractionNames(raw: Record<string, unknown>): string[] {
  return Array.isArray(raw.extract) ? (raw.extract as { name?: unknown }[]).map((e) => String(e.name)) : [];
}

interface Scope {
  readonly extracted: ReadonlySet<string>;
  readonly later: ReadonlyMap<string, string>;
}

async function resolveStep(raw: Record<string, unknown>, path: Path, manifest: ManifestContext, scope: Scope, problems: ManifestProblem[]): Promise<ResolvedStep> {
  const { extract, allow_failure, duration, ...checkRaw } = raw;
  const type = raw.type as StepType;
  const own: ManifestProblem[] = [];
  const base = {
    name: String(raw.name),
    type,
    location: manifest.positions.locate(path),
    extract: resolveExtractions(extract, type, path, manifest.positions, own),
    allowFailure: allow_failure === true,
  };
  if (type === 'wait') {
    problems.push(...own);
    return { ...base, waitMs: parseDuration(duration, 0) };
  }
  const template: Template = {};
  const prepare = async (merged: RawCheck, stepProblems: ManifestProblem[], context: PrepareContext): Promise<Prepared<unknown>> => {
    const module = await loadCheckModule(type);
    if (!usesAny(merged, scope.extracted)) return module.prepare(merged, context);
    Object.assign(template, { raw: merged, module, context });
    return prepareWithPlaceholders(module, merged, scope.extracted, context, path, manifest.positions, stepProblems);
  };
  // Defaults reach a step's request and timeout, not its retry: retries never multiply.
  const { retry: _retry, ...defaults } = manifest.defaults;
  const variables = manifest.variables.forStep(scope.extracted, scope.later);
  const resolver = new CheckResolver({ ...checkRaw, id: 'step' }, 0, defaults, manifest.positions, variables, manifest.context, { path, prepare });
  const check = await resolver.resolve(own);
  problems.push(...own);
  return { ...base, check, bind: (values) => bindStep(check, template, values) };
}

/**
 * Prepares a step whose fields use extracted values, with stand-ins for them: a field that is
 * wrong whatever the value (an ftp:// URL) is a problem now; one that some value would make
 * right (a URL that is wholly `{{ NEXT_URL }}`) waits for the run.
 */
function prepareWithPlaceholders(
  module: CheckModule,
  merged: RawCheck,
  extracted: ReadonlySet<string>,
  context: PrepareContext,
  path: Path,
  positions: Positions,
  problems: ManifestProblem[],
): Prepared<unknown> {
  const attempt = (standIn: string) => {
    try {
      return module.prepare(fillDeep(merged, new Map([...extracted].map((name) => [name, standIn]))) as RawCheck, context);
    } catch (error) {
      if (error instanceof InvalidField) return error;
      throw error;
    }
  };
  const prepared = attempt(PLACEHOLDERS[0]);
  if (!(prepared instanceof InvalidField)) return prepared;
  const valueMayFixIt = usesAny(valueAt(merged, prepared.path), extracted) && PLACEHOLDERS.slice(1).some((standIn) => !(attempt(standIn) instanceof InvalidField));
  if (!valueMayFixIt) {
    const fieldPath = [...path, ...prepared.path];
    problems.push({ location: positions.locate(fieldPath), message: `${formatPath(fieldPath)}: ${prepared.message}` });
  }
  return { request: undefined, target: String(merged.request.url ?? merged.request.host ?? '') };
}

interface Template {
  raw?: RawCheck;
  module?: CheckModule;
  context?: PrepareContext;
  /** The names `raw` refers to, found at the first run of the step (the template never changes). */
  names?: string[];
}

function bindStep(check: ResolvedCheck, template: Template, values: ReadonlyMap<string, string>): { check: ResolvedCheck } | { error: ProbeErrorInfo } {
  if (!template.raw || !template.module || !template.context) return { check };
  // A reference still in the template can only be to an extracted name: every other was resolved
  // at load. One without a value (its step was allowed to fail) is never sent as `{{ NAME }}`.
  template.names ??= [...new Set(referencesIn(template.raw))];
  const missing = template.names.filter((name) => !values.has(name));
  if (missing.length > 0) {
    const names = missing.map((name) => `{{ ${name} }}`).join(', ');
    const detail = `${names} had no value: the step that extracts ${missing.length === 1 ? 'it' : 'them'} failed and was allowed to, so this step was not sent`;
    return { error: probeError('INCORRECT_ASSERTION', 'NOTHING_EXTRACTED', detail).toInfo() };
  }
  try {
    const prepared = template.module.prepare(fillDeep(template.raw, values) as RawCheck, template.context);
    return { check: { ...check, request: prepared.request, target: prepared.target, assertions: check.assertions.map((a) => fillAssertion(a, values)) } };
  } catch (error) {
    if (!(error instanceof InvalidField)) throw error;
    const message = `${formatPath(error.path)}: ${error.message}, once the extracted values were filled in`;
    return { error: probeError('INVALID_REQUEST', 'INVALID_REQUEST', message).toInfo() };
  }
}

function fillAssertion(assertion: Assertion, values: ReadonlyMap<string, string>): Assertion {
  const fill = <T>(value: T): T => (typeof value === 'string' ? (fillReferences(value, values) as T) : value);
  return { ...assertion, target: fill(assertion.target), property: fill(assertion.property), path: fill(assertion.path) };
}

function usesAny(value: unknown, names: ReadonlySet<string>): boolean {
  return names.size > 0 && referencesIn(value).some((name) => names.has(name));
}

function referencesIn(value: unknown): string[] {
  if (typeof value === 'string') return references(value);
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(referencesIn);
  return [];
}

function fillDeep(value: unknown, values: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return fillReferences(value, values);
  if (Array.isArray(value)) return value.map((item) => fillDeep(item, values));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillDeep(v, values)]));
  return value;
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), value);
}
