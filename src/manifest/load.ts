// Manifest: YAML with positions -> JSON Schema -> defaults and variables -> resolved checks,
// each with its manifest line. Every problem is collected, not just the first; a problem inside
// one check makes that check INVALID_REQUEST and leaves the others to run.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { InvalidField, type ManifestFiles } from '../checks/types.js';
import { librariesNamedIn, loadLibraries, withLibraries } from '../libraries.js';
import type { Assertion, Operator, ResolvedCheck, SourceLocation } from '../model.js';
import { sha256Hex } from '../sha256.js';
import { checkAssertion } from './assertion-targets.js';
import { comparedVariants, isCompared, resolveBaseline, type ComparedCheck, type ResolvedBaseline } from './baseline.js';
import { CheckResolver, isRecord, jsonSchemaTarget, listSelectorProblems, prepareContext } from './check-resolver.js';
import { durationProblem, parseDuration } from './duration.js';
import { LineCounter } from './line-counter.js';
import { parseOrdinary } from './parse-ordinary.js';
import { documentValue, parseManifestYaml, yamlProblems, type YamlProblem } from './parse-yaml.js';
import type { ManifestProblem } from './problem.js';
import { formatPath, Positions, type Path } from './positions.js';
import { validateManifest } from './schema.js';
import { multistepResolver } from './steps.js';
import { AFTER_VARIABLES, heldTemplate } from './template-fields.js';
import { MISSING_BASE_URL, substituteDeep, VariableError, Variables, type VariableSources } from './variables.js';

export type { ManifestProblem };

export interface ReadyWait {
  readonly url: URL;
  readonly timeoutMs: number;
  readonly intervalMs: number;
  readonly status?: number;
  /** As an http check's: all must hold for the preview to be ready (it serves this build). */
  readonly assertions: readonly Assertion[];
  readonly location: SourceLocation;
}

export interface Manifest {
  /** The manifest's path as shown to people and given to annotations. */
  readonly file: string;
  /** `sha256:<hex>` of the file's bytes: which reports come from the same manifest. */
  readonly digest: string;
  /** The preview's address, `{{ BASE_URL }}`, without credentials; absent when the run was given none. */
  readonly baseUrl?: string;
  readonly checks: readonly ResolvedCheck[];
  readonly gate: { readonly failOn?: readonly string[]; readonly warnOn?: readonly string[] };
  readonly ready?: ReadyWait;
  /** Values never to show: env.* and secret inputs that the manifest used. */
  readonly secrets: readonly string[];
  /** Every problem found, fatal or confined to one check. */
  readonly problems: readonly ManifestProblem[];
  /** The problems no check's result reports (the baseline's, the ready wait's): the doors show them apart. */
  readonly problemsOutsideChecks: readonly ManifestProblem[];
  /** The baseline to compare with (SPEC §8), and the variants of each compared check. */
  readonly baseline?: ManifestBaseline;
}

export interface ManifestBaseline {
  readonly settings: ResolvedBaseline;
  /** By the check of `checks` they compare. */
  readonly compared: ReadonlyMap<ResolvedCheck, ComparedCheck>;
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
  /** The manifest's text when it is already read (files it names are still found beside `path`). */
  readonly text?: string;
  readonly variables: Omit<VariableSources, 'manifest'>;
  /** The baseline URL given by the door (baseline-url, --baseline-url): it beats `baseline.base_url`. */
  readonly baselineUrl?: string;
}
export async function loadManifest(options: LoadOptions): Promise<Manifest> {
  // yaml, jsonpath-plus and ajv are loaded by the first manifest that needs them (src/libraries.ts).
  return withLibraries(() => loadOnce(options));
}

async function loadOnce(options: LoadOptions): Promise<Manifest> {
  const file = options.displayPath ?? options.path;
  const { text, bytes } = options.text !== undefined ? { text: options.text, bytes: Buffer.from(options.text) } : readManifestFile(options.path, file);
  await loadLibraries(librariesNamedIn(text));
  const { value, positions, ordinary } = await readYaml(text, file);
  // A value the ordinary reader reads is a piece of the text, but for `''` in single quotes and
  // escapes in double quotes: without `{{` or a backslash in the text, none refers to a variable.
  const referenced = !ordinary || text.includes('{{') || text.includes('\\');
  const raw = (isRecord(value.value) ? value.value : {}) as Record<string, unknown>;
  const problems: ManifestProblem[] = [];
  const checkProblems = new Map<number, ManifestProblem[]>();
  /** The problems a check's result reports (it is invalid and names them). */
  const ownedByChecks = new Set<ManifestProblem>();
  let fatal = false;
  const rawChecksForTemplates = Array.isArray(raw.checks) ? (raw.checks as unknown[]) : [];
  /** Checks whose fields (or inherited defaults) written with variables the schema judges after substitution. */
  const schemaAfterVariables = new Set<number | 'defaults'>();
  for (const problem of await validateManifest(value.value ?? {})) {
    const setAside = problem.form ? judgedAfterVariables(problem.path, raw, rawChecksForTemplates) : undefined;
    if (setAside !== undefined) {
      schemaAfterVariables.add(setAside);
      continue;
    }
    const unreplaced = variablesNotReplacedHere(problem.path, raw, problem.form === true);
    const located = { location: positions.locate(problem.path, problem.key), message: `${problem.message}${unreplaced}` };
    problems.push(located);
    const checkIndex = problem.path[0] === 'checks' && typeof problem.path[1] === 'number' ? problem.path[1] : undefined;
    if (checkIndex === undefined) fatal = true;
    else {
      checkProblems.set(checkIndex, [...(checkProblems.get(checkIndex) ?? []), located]);
      ownedByChecks.add(located);
    }
  }
  const outsideChecks = gateProblems(raw, positions);
  problems.push(...outsideChecks);
  if (fatal || outsideChecks.length > 0) throw new ManifestError(`${file} does not match the manifest schema`, problems);

  const variables = new Variables({ ...options.variables, manifest: stringRecord(raw.variables) }, referenced);
  const baseline = resolveBaseline(raw.baseline, options.baselineUrl, positions, variables, problems);
  // On the baseline side {{ BASE_URL }} is the baseline, whoever else names a BASE_URL: a variable
  // of that name (the manifest's, --var, the inputs) would send the baseline's requests to the
  // preview, and compare the preview with itself.
  const baselineVariables = baseline
    ? new Variables(
        {
          ...options.variables,
          builtins: { ...options.variables.builtins, BASE_URL: baseline.baseUrl },
          manifest: withoutBaseUrl(stringRecord(raw.variables)),
          inputs: withoutBaseUrl(options.variables.inputs),
          secretInputs: withoutBaseUrl(options.variables.secretInputs),
        },
        referenced,
      )
    : undefined;
  const compared = new Map<ResolvedCheck, ComparedCheck>();
  const context = prepareContext(path.dirname(path.resolve(options.path)));
  const rawChecks = raw.checks as unknown[];
  const defaults = isRecord(raw.defaults) ? raw.defaults : {};
  const checks: ResolvedCheck[] = [];
  const seenNames = new Set<string>();
  const seenIds = new Set<string>();
  for (let index = 0; index < rawChecks.length; index++) {
    const item = rawChecks[index];
    const rawCheck = isRecord(item) ? item : {};
    const resolver =
      rawCheck.type === 'multistep'
        ? multistepResolver(rawCheck, index, { positions, variables, context, defaults })
        : new CheckResolver(rawCheck, index, defaults, positions, variables, context, {
            schemaAfterVariables: schemaAfterVariables.has(index) || schemaAfterVariables.has('defaults'),
          });
    const own = checkProblems.get(index) ?? [];
    const fromSchema = own.length;
    const name = String(rawCheck.name ?? `check ${index + 1}`);
    if (seenNames.has(name)) own.push({ location: positions.locate(['checks', index, 'name']), message: `checks[${index}].name: "${name}" is used by another check; names must be unique` });
    seenNames.add(name);
    let check = resolver.resolveNow(own) ?? (await resolver.resolve(own));
    if (seenIds.has(check.id) && !check.invalid) {
      // Reports, merge and people's scripts find a check by its id: two checks with one id would hide one's failure.
      const field = 'id' in rawCheck ? 'id' : 'name';
      own.push({ location: positions.locate(['checks', index, field]), message: `checks[${index}].${field}: the check's id "${check.id}" is the id of another check (an id is \`id\`, else the name's slug); give one of them an id of its own` });
      check = await resolver.resolve(own);
    }
    seenIds.add(check.id);
    // The schema's problems of this check are in `problems` already; the resolver only adds to `own`.
    for (const problem of own.slice(fromSchema)) {
      problems.push(problem);
      ownedByChecks.add(problem);
    }
    checks.push(check);
    if (baselineVariables && !check.invalid && isCompared(rawCheck)) {
      // The same check with {{ BASE_URL }} as the baseline URL; a problem only that side has leaves the check uncompared.
      const onBaseline = await new CheckResolver(rawCheck, index, defaults, positions, baselineVariables, context).resolve([]);
      if (!onBaseline.invalid) compared.set(check, comparedVariants(check, onBaseline));
    }
  }
  // Checks marked skip check nothing: a manifest of only those would pass on nothing.
  if (checks.length > 0 && checks.every((check) => check.skip)) {
    problems.push({ location: positions.locate(['checks']), message: 'checks: every check has skip: true, so nothing would be checked: let a check run, or leave probegate out of this workflow' });
  }
  const ready = resolveReady(raw.ready, positions, variables, problems, context);
  // Hashed on first use: `validate` never asks, and a run asks when it reports (src/sha256.ts).
  let digest: string | undefined;
  return {
    file,
    get digest() {
      return (digest ??= `sha256:${sha256Hex(bytes)}`);
    },
    ...(options.variables.builtins.BASE_URL ? { baseUrl: withoutCredentials(options.variables.builtins.BASE_URL) } : {}),
    checks,
    gate: manifestGate(raw),
    ready,
    secrets: [...variables.secrets, ...(baselineVariables?.secrets ?? []), ...urlPasswords([options.variables.builtins.BASE_URL, baseline?.baseUrl])],
    problems: onceInherited(onceMissingBaseUrl(problems)),
    problemsOutsideChecks: onceMissingBaseUrl(problems.filter((problem) => !ownedByChecks.has(problem))),
    ...(baseline ? { baseline: { settings: baseline, compared } } : {}),
  };
}

/**
 * The manifest's value, fast when it is ordinary (`ordinary` when parse-ordinary.ts read it), else
 * by js-yaml (parse-fast.ts, loaded only then: most manifests never need its 100 KB), else by yaml
 * with its problems.
 */
async function readYaml(text: string, file: string): Promise<{ value: { value: unknown }; positions: Positions; ordinary?: boolean }> {
  const ordinary = parseOrdinary(text);
  if (ordinary) return { value: { value: ordinary.value }, positions: new Positions(text, file, ordinary), ordinary: true };
  const { parseFast } = await import('./parse-fast.js');
  const fast = parseFast(text);
  if (fast) return { value: { value: fast.value }, positions: new Positions(text, file, fast) };
  const document = parseManifestYaml(text, new LineCounter());
  const positions = new Positions(text, file, undefined, document);
  const located = (problem: YamlProblem) => ({ location: positions.at(problem.offset), message: problem.message });
  const shape = yamlProblems(document, text);
  if (shape.length > 0) throw new ManifestError(`${file} is not valid YAML`, shape.map(located));
  const value = documentValue(document);
  if ('problem' in value) throw new ManifestError(`${file} is not valid YAML`, [located(value.problem)]);
  return { value, positions };
}

/** The manifest's text, and its bytes as read (which the digest is of). */
/**
 * Where a schema problem of form (enum, pattern) is judged again once variables are replaced
 * (src/manifest/template-fields.ts): a field of a check, or of `defaults`, whose value holds `{{`.
 * Not a `type` (a check's or an assertion's decides the schema that applies), not a whole check
 * or `defaults`, nor in a multistep check, whose steps' variables may come only at run time (nor,
 * then, in `defaults`, which its steps inherit).
 */
function judgedAfterVariables(problemPath: Path, raw: Record<string, unknown>, rawChecks: readonly unknown[]): number | 'defaults' | undefined {
  if (problemPath.includes('type') || !heldTemplate(raw, problemPath)) return undefined;
  const isMultistep = (check: unknown) => isRecord(check) && check.type === 'multistep';
  const [top, index] = problemPath;
  if (top === 'checks' && typeof index === 'number' && problemPath.length >= 3 && !isMultistep(rawChecks[index])) return index;
  if (top === 'defaults' && problemPath.length >= 2 && !rawChecks.some(isMultistep)) return 'defaults';
  return undefined;
}

/**
 * Why a field written with a variable is judged as written, for a problem judgedAfterVariables
 * kept: said, so that "must be a duration" of `"{{ T }}"` does not read as a variable refused.
 * `form`: the value is text of the wrong form (else of the wrong kind, text where a number goes).
 */
function variablesNotReplacedHere(problemPath: Path, raw: Record<string, unknown>, form: boolean): string {
  if (!heldTemplate(raw, problemPath)) return '';
  if (!form) return " (written with a variable: a variable's value is text, and this field takes no text; write the value out)";
  if (problemPath.includes('type')) return " (written with a variable: a type is judged as written, since it decides the rules of the rest; write it out)";
  if (problemPath[0] === 'defaults') return " (written with a variable: in a manifest with a multistep check, defaults are judged as written, since its steps take them before their variables are known; write the value out)";
  if (problemPath[0] === 'checks') return " (written with a variable: a multistep check's fields are judged as written, since a step's variables may come only at run time; write the value out)";
  return ' (written with a variable: outside the checks and their defaults, a value the schema checks is judged as written; write the value out)';
}

function readManifestFile(filePath: string, shown: string): { text: string; bytes: Buffer } {
  if (!existsSync(filePath)) {
    // `.yml` asked for and `.yaml` there (or the other way): the likeliest slip, named.
    const sibling = /\.ya?ml$/.test(filePath) ? filePath.replace(/\.(ya?ml)$/, (_, extension: string) => (extension === 'yml' ? '.yaml' : '.yml')) : undefined;
    const found = sibling !== undefined && existsSync(sibling) ? ` (there is ${path.basename(sibling)} beside it: rename it, or point at it)` : '';
    throw new ManifestError(`No manifest at ${shown}${found}: create it, or point the manifest input (or the command's argument) at yours`, []);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(filePath);
  } catch (error) {
    throw new ManifestError(`Cannot read the manifest ${shown}: ${(error as Error).message}`, []);
  }
  const text = decodeManifest(bytes);
  if (text === undefined) {
    const message = 'the file is not UTF-8 text (nor UTF-16 with a byte-order mark): save it as UTF-8';
    throw new ManifestError(`${shown}: ${message}`, [{ location: { file: shown, line: 1, column: 1 }, message }]);
  }
  return { text, bytes };
}

/** UTF-8 (its byte-order mark dropped, so columns count from the first character) or UTF-16 with a byte-order mark. */
export function decodeManifest(bytes: Buffer): string | undefined {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // NUL bytes: UTF-16 or UTF-32 without a byte-order mark, or a binary file.
    return text.includes('\0') ? undefined : text;
  } catch {
    return undefined;
  }
}

/** The manifest's own gate: `gate` or `defaults` (one of them per key; the inputs beat both). */
function manifestGate(raw: Record<string, unknown>): Manifest['gate'] {
  const gate = isRecord(raw.gate) ? raw.gate : {};
  const defaults = isRecord(raw.defaults) ? raw.defaults : {};
  return {
    failOn: (gate.fail_on ?? defaults.fail_on) as string[] | undefined,
    warnOn: (gate.warn_on ?? defaults.warn_on) as string[] | undefined,
  };
}

/** Unknown selectors in `gate` and `defaults`, and a key set differently in both. */
function gateProblems(raw: Record<string, unknown>, positions: Positions): ManifestProblem[] {
  const gate = isRecord(raw.gate) ? raw.gate : {};
  const defaults = isRecord(raw.defaults) ? raw.defaults : {};
  const problems: ManifestProblem[] = [];
  for (const key of ['fail_on', 'warn_on'] as const) {
    problems.push(...listSelectorProblems(gate[key], ['gate', key], positions), ...listSelectorProblems(defaults[key], ['defaults', key], positions));
    if (gate[key] !== undefined && defaults[key] !== undefined && JSON.stringify(gate[key]) !== JSON.stringify(defaults[key])) {
      problems.push({ location: positions.locate(['defaults', key]), message: `defaults.${key}: gate.${key} says otherwise; the run has one ${key}, so set it in one place (a check's own ${key} goes on the check)` });
    }
  }
  return problems;
}

/** A missing base URL is said once, at its first use, however many checks use it. */
function onceMissingBaseUrl(problems: ManifestProblem[]): ManifestProblem[] {
  const missing = problems.filter((p) => p.message.includes(MISSING_BASE_URL));
  if (missing.length <= 1) return problems;
  const first = missing[0]!;
  const merged = { ...first, message: `${first.message} (${missing.length} places use it)` };
  return problems.filter((p) => !missing.includes(p) || p === first).map((p) => (p === first ? merged : p));
}

/**
 * A value of `defaults` that is wrong once its variables are replaced is wrong for every check
 * that inherits it: one problem at its line, saying how many checks it concerns, not one a check
 * (each check is still invalid, and its own result says so).
 */
function onceInherited(problems: ManifestProblem[]): ManifestProblem[] {
  const firstAt = new Map<string, ManifestProblem>();
  const more = new Map<ManifestProblem, number>();
  const kept: ManifestProblem[] = [];
  for (const problem of problems) {
    const place = problem.message.endsWith(AFTER_VARIABLES) ? `${problem.location.line}:${problem.location.column} ${problem.message.replace(/^checks\[\d+\]/, '')}` : undefined;
    const first = place === undefined ? undefined : firstAt.get(place);
    if (first) {
      more.set(first, (more.get(first) ?? 0) + 1);
      continue;
    }
    if (place !== undefined) firstAt.set(place, problem);
    kept.push(problem);
  }
  if (more.size === 0) return kept;
  return kept.map((problem) => {
    const others = more.get(problem);
    return others ? { ...problem, message: `${problem.message} (and in ${others} more check${others === 1 ? '' : 's'} that inherit it)` } : problem;
  });
}

function resolveReady(raw: unknown, positions: Positions, variables: Variables, problems: ManifestProblem[], files: ManifestFiles): ReadyWait | undefined {
  if (!isRecord(raw)) return undefined;
  const ready = raw as { url: string; timeout?: unknown; interval?: unknown; status?: number; assertions?: unknown };
  const own: ManifestProblem[] = [];
  const fail = (fieldPath: Path, message: string) => own.push({ location: positions.locate(fieldPath), message: `${formatPath(fieldPath)}: ${message}` });
  let url: URL | undefined;
  try {
    url = new URL(variables.resolve(ready.url));
  } catch (error) {
    fail(['ready', 'url'], error instanceof VariableError ? error.message : `"${ready.url}" is not a valid URL`);
  }
  const bounded = (name: 'ready.timeout' | 'ready.interval', value: unknown, fallback: number) => {
    const ms = parseDuration(value, fallback);
    const problem = durationProblem(name, ms);
    if (problem) fail(name.split('.'), problem);
    return ms;
  };
  const timeoutMs = bounded('ready.timeout', ready.timeout, 5 * 60_000);
  const intervalMs = bounded('ready.interval', ready.interval, 5_000);
  const assertions = readyAssertions(ready.assertions, positions, variables, fail, files);
  if (own.length > 0 || !url) {
    throw new ManifestError(`${own[0]!.location.file}:${own[0]!.location.line}: ${own[0]!.message}`, [...problems, ...own]);
  }
  return { url, timeoutMs, intervalMs, status: ready.status, assertions, location: positions.locate([], 'ready') };
}

/** `ready.assertions`, as an http check's, variables replaced ({{ SHA }}), a JSON schema read and compiled. */
function readyAssertions(raw: unknown, positions: Positions, variables: Variables, fail: (fieldPath: Path, message: string) => void, files: ManifestFiles): Assertion[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown, i) => {
    if (!isRecord(item)) return [];
    const at = ['ready', 'assertions', i];
    const assertion = substituteDeep(item, variables, at, (fieldPath, error) => fail(fieldPath, error.message)) as Record<string, unknown>;
    const operator = assertion.operator as Operator;
    let target = assertion.target;
    try {
      target = checkAssertion({ ...assertion, type: String(assertion.type), operator }, at);
      if (assertion.type === 'jsonSchema') target = jsonSchemaTarget(target, at, files);
    } catch (error) {
      if (!(error instanceof InvalidField)) throw error;
      fail(error.path, error.message);
    }
    const { property, path: jsonPath, elements } = assertion as { property?: string; path?: string; elements?: Assertion['elements'] };
    return [{ type: String(assertion.type), operator, target, property, path: jsonPath, ...(elements === undefined ? {} : { elements }), location: positions.locate(at) }];
  });
}

function stringRecord(value: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries((value ?? {}) as object).map(([k, v]) => [k, String(v)]));
}

/**
 * The passwords of base URLs given with credentials (https://user:password@preview...), as written
 * in the URL and decoded: every check's target and message holds them otherwise, and reports,
 * summaries and pull-request comments are not masked by the runner.
 */
function urlPasswords(urls: readonly (string | undefined)[]): string[] {
  return urls.flatMap((url) => {
    const password = url && URL.canParse(url) ? new URL(url).password : '';
    if (!password) return [];
    let decoded = password;
    try {
      decoded = decodeURIComponent(password);
    } catch {
      // Not percent-encoded text: as written.
    }
    return decoded === password ? [password] : [password, decoded];
  });
}

/** A URL as reports may show it: without a user name or password (an unparsable text as it is). */
function withoutCredentials(url: string): string {
  if (!URL.canParse(url)) return url;
  const parsed = new URL(url);
  if (!parsed.username && !parsed.password) return url;
  parsed.username = '';
  parsed.password = '';
  return parsed.href;
}

function withoutBaseUrl(record: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  if (!Object.hasOwn(record, 'BASE_URL')) return record;
  const { BASE_URL: _preview, ...others } = record;
  return others;
}
