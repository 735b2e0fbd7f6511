// One check of the manifest, resolved: defaults merged, variables replaced, durations parsed,
// then the check type's own preparation, every problem recorded with its manifest position.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCheckModule, loadedCheckModule } from '../checks/index.js';
import { InvalidField, type ManifestFiles, type PrepareContext, type Prepared, type RawCheck } from '../checks/types.js';
import { ProbeError, probeError } from '../errors/probe-error.js';
import type { Assertion, CheckType, ResolvedCheck, SourceLocation } from '../model.js';
import { jsonSchemaProblem } from '../assertions/json-schema.js';
import { checkAssertion, type RawAssertion } from './assertion-targets.js';
import { selectorProblem } from './selectors.js';
import { DURATION_BOUNDS, durationProblem, parseDuration } from './duration.js';
import { implicitAssertions } from './implicit.js';
import { jsonPathProblem } from './jsonpath.js';
import type { ManifestProblem } from './problem.js';
import { formatPath, type Path, type Positions } from './positions.js';
import { schemaProblemsOfCheck } from './template-fields.js';
import { substituteDeep, type VariableError, type Variables } from './variables.js';
import { readProxyEnvironment } from '../net/proxy-env.js';

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_OVERALL_TIMEOUT_MS = 60_000;
const DEFAULT_RETRY_INTERVAL_MS = 300;

// Keys of `defaults` that belong in a check's request, for the types whose request has them.
const REQUEST_DEFAULTS: Record<string, readonly CheckType[]> = {
  headers: ['http', 'websocket'],
  tls: ['http', 'websocket'],
  http_version: ['http'],
  follow_redirects: ['http'],
};

/** How a check that is not one of the top-level checks' kind is resolved (a multistep check, a step). */
export interface ResolverOptions {
  /** Where the block stands in the manifest; default `checks[index]`. */
  readonly path?: Path;
  /** Prepares the request instead of the check type's module; may record problems of its own. */
  readonly prepare?: (merged: RawCheck, problems: ManifestProblem[], context: PrepareContext) => Promise<Prepared<unknown>>;
  /** The overall timeout when the check sets none (default 60s). */
  readonly defaultOverallTimeoutMs?: number;
  /**
   * The schema refused a field of the check (or of `defaults`) whose value holds `{{`: it is
   * judged once its variables are replaced (src/manifest/template-fields.ts), before anything reads it.
   */
  readonly schemaAfterVariables?: boolean;
}

/** A check as `start` builds it, before its type's preparation. */
type CheckBase = ReturnType<CheckResolver['start']>['base'];

/** Resolves one check: defaults, variables, durations, then the check type's own preparation. */
export class CheckResolver {
  private readonly path: Path;

  constructor(
    private readonly raw: Record<string, unknown>,
    private readonly index: number,
    private readonly defaults: Record<string, unknown> = {},
    private readonly positions: Positions,
    private readonly variables: Variables,
    private readonly files: ManifestFiles,
    private readonly options: ResolverOptions = {},
  ) {
    this.path = options.path ?? ['checks', index];
  }

  /**
   * The check resolved without waiting, when its type's module has loaded and nothing else
   * prepares it; otherwise undefined, and `resolve` does it. A fresh process runs a manifest's
   * first load interpreted for the most part, where two waits a check cost ~1 ms per 500 checks.
   */
  resolveNow(problems: ManifestProblem[]): ResolvedCheck | undefined {
    const module = this.options.prepare || this.options.schemaAfterVariables ? undefined : loadedCheckModule(this.raw.type as CheckType);
    if (!module) return undefined;
    const { merged, base } = this.start(problems);
    if (problems.length > 0) return this.invalid(base, problems);
    try {
      return this.finish(base, module.prepare(merged as RawCheck, this.prepareContext()), problems);
    } catch (error) {
      return this.invalid(base, this.withFieldProblem(error, problems));
    }
  }

  async resolve(problems: ManifestProblem[]): Promise<ResolvedCheck> {
    if (this.options.schemaAfterVariables && problems.length === 0) problems.push(...(await this.schemaProblemsAfterVariables()));
    const { merged, base } = this.start(problems);
    if (problems.length > 0) return this.invalid(base, problems);
    try {
      const context = this.prepareContext();
      const prepared = this.options.prepare
        ? await this.options.prepare(merged as RawCheck, problems, context)
        : (await loadCheckModule(base.type)).prepare(merged as RawCheck, context);
      return this.finish(base, prepared, problems);
    } catch (error) {
      return this.invalid(base, this.withFieldProblem(error, problems));
    }
  }

  /** Everything of the check but its type's preparation: defaults, variables, limits, assertions. */
  private start(problems: ManifestProblem[]) {
    const type = this.raw.type as CheckType;
    const merged = problems.length === 0 ? this.substitute(this.withDefaults(type), problems) : this.raw;
    const name = String(merged.name ?? `check ${this.index + 1}`);
    const selectors = selectorProblems(merged, this.path, this.positions);
    if (selectors.length > 0) problems.push(...selectors);
    // A check with problems is not run, and its durations may be the very values at fault.
    const { timeoutMs, overallTimeoutMs, retry } = this.limits(problems.length === 0 ? merged : {}, problems);
    const location = this.positions.locateNode(this.raw, this.path);
    // Fields named rather than spread in, here and below: every check of a large manifest is built here.
    const base = {
      id: String(merged.id ?? slug(name, this.index)),
      index: this.index,
      name,
      type,
      target: describeTarget(merged.request),
      assertions: this.withImplicit(type, merged.request, this.assertions(merged.assertions, problems), location),
      timeoutMs,
      overallTimeoutMs,
      retry,
      failOn: merged.fail_on as string[] | undefined,
      warnOn: merged.warn_on as string[] | undefined,
      skip: merged.skip === true,
      ...(Array.isArray(merged.tags) ? { tags: merged.tags.map(String) } : {}),
      location,
    };
    return { merged, base };
  }

  private prepareContext(): PrepareContext {
    return { ...this.files, locate: (fieldPath) => this.positions.locate([...this.path, ...fieldPath]) };
  }

  /** The check with its prepared request, unless the preparation recorded a problem. */
  private finish(base: CheckBase, prepared: Prepared<unknown>, problems: ManifestProblem[]): ResolvedCheck {
    // Set on `base` rather than spread into a copy of it: copies of every check cost a fresh process's load some milliseconds.
    return problems.length === 0 ? Object.assign(base, { request: prepared.request, target: prepared.target }) : this.invalid(base, problems);
  }

  private withFieldProblem(error: unknown, problems: ManifestProblem[]): ManifestProblem[] {
    if (!(error instanceof InvalidField)) throw error;
    const fieldPath = [...this.path, ...error.path];
    problems.push({ location: this.locateInherited(fieldPath), message: `${formatPath(fieldPath)}: ${error.message}` });
    return problems;
  }

  private invalid(base: CheckBase, problems: ManifestProblem[]): ResolvedCheck {
    // An invalid check is judged by the run's gate: its own selectors may be the very values at fault.
    const detail = problems.map((p) => `line ${p.location.line}: ${p.message}`).join('; ');
    // "Correct the check in the manifest" would send the user to fix what is not broken.
    const invalid = problems.every((p) => p.fixedOutside) ? new ProbeError('INVALID_REQUEST', 'INVALID_REQUEST', `${detail}.`) : probeError('INVALID_REQUEST', 'INVALID_REQUEST', detail);
    return { ...base, failOn: undefined, warnOn: undefined, request: undefined, location: problems[0]!.location, invalid: invalid.toInfo() };
  }

  private withDefaults(type: CheckType): Record<string, unknown> {
    const check: Record<string, unknown> = { ...this.raw, request: { ...(this.raw.request as object) } };
    const request = check.request as Record<string, unknown>;
    for (const [key, value] of Object.entries(this.defaults)) {
      // defaults.fail_on / warn_on are the manifest's gate, not the check's own selectors (see gate.ts).
      if (key === 'fail_on' || key === 'warn_on') continue;
      // A dns check asks the server it is given: it has no ip_family to inherit.
      if (key === 'ip_family' && type === 'dns') continue;
      const requestTypes = REQUEST_DEFAULTS[key];
      if (!requestTypes) {
        check[key] ??= value;
      } else if (requestTypes.includes(type)) {
        request[key] = key === 'headers' ? mergeHeaders(value, request.headers) : (request[key] ?? check[key] ?? value);
      }
    }
    return check;
  }

  private substitute(check: Record<string, unknown>, problems: ManifestProblem[]): Record<string, unknown> {
    // substituteDeep would return the check as it is: without making a callback for every check.
    if (!this.variables.referenced) return check;
    return substituteDeep(check, this.variables, this.path, (fieldPath, error: VariableError) => {
      problems.push({ location: this.locateInherited(fieldPath), message: `${formatPath(fieldPath)}: ${error.message}`, fixedOutside: error.fixedOutside });
    }) as Record<string, unknown>;
  }

  /** The schema's problems of the check once its variables are replaced, at the fields written with variables. */
  private async schemaProblemsAfterVariables(): Promise<ManifestProblem[]> {
    const unresolved: ManifestProblem[] = [];
    const merged = this.substitute(this.withDefaults(this.raw.type as CheckType), unresolved);
    // An unknown variable is start()'s to report, once.
    if (unresolved.length > 0) return [];
    const found = await schemaProblemsOfCheck(merged);
    return found.map(({ fieldPath, message }) => ({ location: this.locateInherited([...this.path, ...fieldPath]), message: `${formatPath([...this.path, ...fieldPath])}: ${message}` }));
  }

  /** A field of this check, or, when it was inherited, the same field under `defaults`. */
  private locateInherited(fieldPath: Path): SourceLocation {
    if (this.positions.has(fieldPath)) return this.positions.locate(fieldPath);
    const rest = fieldPath.slice(this.path.length).filter((part) => part !== 'request');
    const inDefaults = ['defaults', ...rest];
    return this.positions.has(inDefaults) ? this.positions.locate(inDefaults) : this.positions.locate(fieldPath);
  }

  private assertions(raw: unknown, problems: ManifestProblem[]): Assertion[] {
    const list: unknown[] = Array.isArray(raw) ? raw : [];
    // `raw` may be a copy (variables replaced); the manifest's own list knows where each one starts.
    const asRead: unknown[] = Array.isArray(this.raw.assertions) ? this.raw.assertions : [];
    const assertions: Assertion[] = [];
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      // The schema has reported an assertion that is not a map.
      if (!isRecord(item)) continue;
      const assertionPath = this.path.concat('assertions', i);
      // The item itself when its type is text, as the schema asks: no copy of every assertion.
      const assertion = (typeof item.type === 'string' ? item : { type: String(item.type), operator: item.operator, target: item.target, property: item.property, path: item.path, elements: item.elements }) as unknown as RawAssertion;
      let target = item.target;
      try {
        target = this.assertionTarget(assertion, assertionPath);
      } catch (error) {
        if (!(error instanceof InvalidField)) throw error;
        problems.push({ location: this.positions.locate(error.path), message: `${formatPath(error.path)}: ${error.message}` });
      }
      const pathProblem = typeof item.path === 'string' ? jsonPathProblem(item.path) : undefined;
      if (pathProblem) {
        const fieldPath = [...assertionPath, 'path'];
        problems.push({ location: this.positions.locate(fieldPath), message: `${formatPath(fieldPath)}: ${pathProblem}` });
      }
      assertions.push({
        type: assertion.type,
        operator: assertion.operator,
        target,
        property: item.property as string | undefined,
        path: item.path as string | undefined,
        ...(item.elements === undefined ? {} : { elements: item.elements as Assertion['elements'] }),
        location: this.positions.locateNode(asRead[i], assertionPath),
      });
    }
    return assertions;
  }

  private withImplicit(type: CheckType, request: unknown, explicit: Assertion[], location: SourceLocation): Assertion[] {
    const request_ = request && typeof request === 'object' ? (request as Record<string, unknown>) : undefined;
    const implicit = implicitAssertions(type, request_, explicit, location);
    return implicit.length === 0 ? explicit : [...explicit, ...implicit];
  }

  /** Checks the target against the assertion's type, and reads and compiles a JSON schema once, here. */
  private assertionTarget(assertion: RawAssertion, assertionPath: Path): unknown {
    const target = checkAssertion(assertion, assertionPath);
    return assertion.type === 'jsonSchema' ? jsonSchemaTarget(target, assertionPath, this.files) : target;
  }

  /** Timeouts, retries and their intervals, each within its documented bounds. */
  private limits(merged: Record<string, unknown>, problems: ManifestProblem[]): Pick<ResolvedCheck, 'timeoutMs' | 'overallTimeoutMs' | 'retry'> {
    const retry = (isRecord(merged.retry) ? merged.retry : {}) as { count?: number; interval?: unknown };
    return {
      timeoutMs: this.bounded('timeout', merged.timeout, DEFAULT_TIMEOUT_MS, problems),
      overallTimeoutMs: this.bounded('overall_timeout', merged.overall_timeout, this.options.defaultOverallTimeoutMs ?? DEFAULT_OVERALL_TIMEOUT_MS, problems),
      retry: {
        count: retry.count ?? 0,
        intervalMs: this.bounded('retry.interval', retry.interval, DEFAULT_RETRY_INTERVAL_MS, problems),
      },
    };
  }

  /** A duration of the check within its bounds, or `fallback` and a problem. */
  private bounded(name: keyof typeof DURATION_BOUNDS, value: unknown, fallback: number, problems: ManifestProblem[]): number {
    const ms = parseDuration(value, fallback);
    const problem = durationProblem(name, ms);
    if (!problem) return ms;
    const fieldPath = [...this.path, ...name.split('.')];
    problems.push({ location: this.locateInherited(fieldPath), message: `${formatPath(fieldPath)}: ${problem}` });
    return fallback;
  }
}

/** A check's own fail_on / warn_on, each selector against the closed list of codes. */
const NO_PROBLEMS: readonly ManifestProblem[] = [];

function selectorProblems(check: Record<string, unknown>, checkPath: Path, positions: Positions): readonly ManifestProblem[] {
  if (check.fail_on === undefined && check.warn_on === undefined) return NO_PROBLEMS;
  return (['fail_on', 'warn_on'] as const).flatMap((key) => listSelectorProblems(check[key], [...checkPath, key], positions));
}

export function listSelectorProblems(list: unknown, listPath: Path, positions: Positions): ManifestProblem[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((selector: unknown, i) => {
    const problem = typeof selector === 'string' ? selectorProblem(selector) : undefined;
    return problem ? [{ location: positions.locate([...listPath, i]), message: `${formatPath([...listPath, i])}: ${problem}` }] : [];
  });
}

/** A jsonSchema assertion's schema, read from its file when the target names one, and compiled: or an InvalidField at the target. */
export function jsonSchemaTarget(target: unknown, assertionPath: Path, files: Pick<ManifestFiles, 'resolvePath'>): unknown {
  const targetPath = [...assertionPath, 'target'];
  let schema = target;
  if (typeof target === 'string') {
    try {
      schema = JSON.parse(readFileSync(files.resolvePath(target), 'utf8')) as unknown;
    } catch (error) {
      throw new InvalidField(targetPath, `cannot read the JSON schema ${target}: ${(error as Error).message}`);
    }
  }
  const problem = jsonSchemaProblem(schema);
  if (problem) throw new InvalidField(targetPath, `not a valid JSON Schema: ${problem}`);
  return schema;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function prepareContext(manifestDir: string): ManifestFiles {
  const resolvePath = (file: string) => path.resolve(manifestDir, file);
  return {
    resolvePath,
    proxyEnvironment: readProxyEnvironment(),
    readPemOrFile(value, fieldPath) {
      if (value.includes('-----BEGIN')) return value;
      try {
        return readFileSync(resolvePath(value), 'utf8');
      } catch (error) {
        throw new InvalidField(fieldPath, `cannot read ${value}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message} (give PEM text or a path relative to the manifest)`);
      }
    },
  };
}

function mergeHeaders(defaults: unknown, own: unknown): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const [name, value] of Object.entries({ ...(defaults as object), ...(own as object) })) {
    merged[name.toLowerCase()] = value;
  }
  return merged;
}

function describeTarget(request: unknown): string {
  const r = (request ?? {}) as Record<string, unknown>;
  if (typeof r.url === 'string') return r.url;
  if (typeof r.host === 'string') return r.port ? `${r.host}:${String(r.port)}` : r.host;
  return '';
}

/** `Home page` → `home-page`; a name with no ASCII letter or digit (`トップページ`) → `check-<its position>`, so that two such names do not share one id. */
export function slug(name: string, index: number): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || `check-${index + 1}`;
}
