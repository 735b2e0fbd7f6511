// Manifest: YAML with positions -> JSON Schema -> defaults and variables -> resolved checks,
// each with its manifest line. Every problem is collected, not just the first; a problem inside
// one check makes that check INVALID_REQUEST and leaves the others to run.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter } from 'yaml';
import type { ResolvedCheck, SourceLocation } from '../model.js';
import { CheckResolver, prepareContext } from './check-resolver.js';
import { parseDuration } from './duration.js';
import { parseManifestYaml } from './parse-yaml.js';
import { Positions } from './positions.js';
import { validateManifest } from './schema.js';
import { VariableError, Variables, type VariableSources } from './variables.js';

export interface ManifestProblem {
  readonly location: SourceLocation;
  readonly message: string;
}

export interface ReadyWait {
  readonly url: URL;
  readonly timeoutMs: number;
  readonly intervalMs: number;
  readonly status?: number;
  readonly location: SourceLocation;
}

export interface Manifest {
  /** The manifest's path as shown to people and given to annotations. */
  readonly file: string;
  /** `sha256:<hex>` of the file's bytes: which reports come from the same manifest. */
  readonly digest: string;
  readonly checks: readonly ResolvedCheck[];
  readonly gate: { readonly failOn?: readonly string[]; readonly warnOn?: readonly string[] };
  readonly ready?: ReadyWait;
  /** Values never to show: env.* and secret inputs that the manifest used. */
  readonly secrets: readonly string[];
  /** Every problem found, fatal or confined to one check. */
  readonly problems: readonly ManifestProblem[];
}

/** The manifest cannot be used at all: unreadable, not YAML, or broken outside its checks. */
export class ManifestError extends Error {
  override readonly name = 'ManifestError';
  constructor(
    message: string,
    readonly problems: readonly ManifestProblem[],
  ) {
    super(message);
  }
}

export interface LoadOptions {
  /** Path of the manifest file on disk. */
  readonly path: string;
  /** How to name the file in locations (relative to the workspace); default `path`. */
  readonly displayPath?: string;
  readonly variables: Omit<VariableSources, 'manifest'>;
}
export async function loadManifest(options: LoadOptions): Promise<Manifest> {
  const file = options.displayPath ?? options.path;
  const bytes = readManifestBytes(options.path, file);
  const text = bytes.toString('utf8');
  const lines = new LineCounter();
  const document = parseManifestYaml(text, lines);
  const positions = new Positions(document, lines, file);
  if (document.errors.length > 0) {
    const problems = document.errors.map((error) => ({
      location: positions.at(error.pos[0]),
      message: `YAML syntax: ${error.message.split('\n')[0]}`,
    }));
    throw new ManifestError(`${file} is not valid YAML`, problems);
  }
  const raw = (document.toJS() ?? {}) as Record<string, unknown>;
  const problems: ManifestProblem[] = [];
  const checkProblems = new Map<number, ManifestProblem[]>();
  for (const problem of validateManifest(raw)) {
    const located = { location: positions.locate(problem.path, problem.key), message: problem.message };
    problems.push(located);
    const checkIndex = problem.path[0] === 'checks' && typeof problem.path[1] === 'number' ? problem.path[1] : undefined;
    if (checkIndex === undefined) continue;
    checkProblems.set(checkIndex, [...(checkProblems.get(checkIndex) ?? []), located]);
  }
  const fatal = problems.filter((p) => ![...checkProblems.values()].some((list) => list.includes(p)));
  if (fatal.length > 0) throw new ManifestError(`${file} does not match the manifest schema`, problems);

  const variables = new Variables({ ...options.variables, manifest: stringRecord(raw.variables) });
  const context = prepareContext(path.dirname(path.resolve(options.path)));
  const rawChecks = raw.checks as Record<string, unknown>[];
  const checks: ResolvedCheck[] = [];
  const seenNames = new Set<string>();
  for (const [index, rawCheck] of rawChecks.entries()) {
    const resolver = new CheckResolver(rawCheck, index, raw.defaults as Record<string, unknown>, positions, variables, context);
    const own = checkProblems.get(index) ?? [];
    const name = String(rawCheck.name ?? `check ${index + 1}`);
    if (seenNames.has(name)) own.push({ location: positions.locate(['checks', index, 'name']), message: `checks[${index}].name: "${name}" is used by another check; names must be unique` });
    seenNames.add(name);
    const check = await resolver.resolve(own);
    problems.push(...own.filter((p) => !problems.includes(p)));
    checks.push(check);
  }
  const ready = resolveReady(raw.ready, positions, variables, problems);
  const gate = (raw.gate ?? {}) as { fail_on?: string[]; warn_on?: string[] };
  return {
    file,
    digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    checks,
    gate: { failOn: gate.fail_on, warnOn: gate.warn_on },
    ready,
    secrets: [...variables.secrets],
    problems,
  };
}

function readManifestBytes(filePath: string, shown: string): Buffer {
  if (!existsSync(filePath)) {
    throw new ManifestError(`No manifest at ${shown}: create it, or point the manifest input (or the command's argument) at yours`, []);
  }
  try {
    return readFileSync(filePath);
  } catch (error) {
    throw new ManifestError(`Cannot read the manifest ${shown}: ${(error as Error).message}`, []);
  }
}


function resolveReady(raw: unknown, positions: Positions, variables: Variables, problems: ManifestProblem[]): ReadyWait | undefined {
  if (!raw) return undefined;
  const ready = raw as { url: string; timeout?: unknown; interval?: unknown; status?: number };
  const location = positions.locate(['ready']);
  let url: URL;
  try {
    url = new URL(variables.resolve(ready.url));
  } catch (error) {
    const reason = error instanceof VariableError ? error.message : `"${ready.url}" is not a valid URL`;
    const problem = { location: positions.locate(['ready', 'url']), message: `ready.url: ${reason}` };
    throw new ManifestError(`${problem.location.file}:${problem.location.line}: ${problem.message}`, [...problems, problem]);
  }
  return {
    url,
    timeoutMs: parseDuration(ready.timeout, 5 * 60_000),
    intervalMs: parseDuration(ready.interval, 5_000),
    status: ready.status,
    location,
  };
}


function stringRecord(value: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries((value ?? {}) as object).map(([k, v]) => [k, String(v)]));
}
