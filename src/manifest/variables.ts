import { closest } from './suggest.js';

export interface VariableSources {
  /** BASE_URL, SHA, PR_NUMBER, REPOSITORY; undefined when not known here. */
  readonly builtins: Readonly<Record<string, string | undefined>>;
  /** The manifest's `variables`. */
  readonly manifest: Readonly<Record<string, string>>;
  /** The `variables` input or `--var`; later sources win. */
  readonly inputs: Readonly<Record<string, string>>;
  /** The `secret-variables` input: values that are masked everywhere. */
  readonly secretInputs: Readonly<Record<string, string>>;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export class VariableError extends Error {
  override readonly name = 'VariableError';
  constructor(
    message: string,
    /** The manifest is right; what it reads is missing from the environment or the run (a built-in variable without a value). */
    readonly fixedOutside = false,
  ) {
    super(message);
  }
}

/** Where a built-in variable other than BASE_URL comes from, for the message when it has no value. */
const BUILT_IN_SOURCES: Readonly<Record<string, string>> = {
  SHA: 'a GitHub runner sets it to the commit checked (GITHUB_SHA)',
  REPOSITORY: 'a GitHub runner sets it to owner/name (GITHUB_REPOSITORY)',
  PR_NUMBER: 'it is set on pull_request events only',
};

/** The start of the problem a check gets when it uses {{ BASE_URL }} and no base URL is known. */
export const MISSING_BASE_URL = 'the check uses {{ BASE_URL }} but no base URL is known';

/** What the problem says of another built-in variable used without a value (`{{ SHA }} is not known in this run`). */
export const BUILT_IN_NOT_KNOWN = 'is not known in this run';

/** Whether a problem's message is that of a built-in variable used without a value. */
export function isBuiltInWithoutValue(message: string): boolean {
  return message.includes(MISSING_BASE_URL) || message.includes(`}} ${BUILT_IN_NOT_KNOWN}:`);
}

const REFERENCE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\s*\}\}/g;
const MAX_DEPTH = 10;

/** The names a text refers to as `{{ NAME }}`. */
export function references(text: string): string[] {
  // Most texts refer to nothing: a multistep step's fields are looked at on every run.
  if (!text.includes('{{')) return [];
  return [...text.matchAll(REFERENCE)].map((match) => match[1]!);
}

/** Fills `{{ NAME }}` from `values`, leaving references to other names as they are. */
export function fillReferences(text: string, values: ReadonlyMap<string, string>): string {
  if (!text.includes('{{')) return text;
  return text.replace(REFERENCE, (reference, name: string) => values.get(name) ?? reference);
}

/** Replaces `{{ NAME }}` and `{{ env.NAME }}`, and remembers every secret value it hands out. */
export class Variables {
  readonly secrets = new Set<string>();
  private readonly values: Record<string, string | undefined>;
  /** Names a multistep check's earlier steps extract: left as `{{ NAME }}` for the run to fill. */
  private deferred: ReadonlySet<string> = new Set();
  /** Names only this or later steps extract, with which step does (`a later step ("Create")`), for the message. */
  private later: ReadonlyMap<string, string> = new Map();

  /**
   * @param referenced false when the manifest refers to no variable anywhere (its reading found no
   * `{{` in any value): substituteDeep then leaves every value as read without walking it.
   */
  constructor(
    private readonly sources: VariableSources,
    readonly referenced = true,
  ) {
    this.values = { ...sources.builtins, ...sources.manifest, ...sources.inputs, ...sources.secretInputs };
    for (const value of Object.values(sources.secretInputs)) this.addSecret(value);
  }

  /**
   * The variables as one step of a multistep check sees them: `extracted` (by earlier steps) are
   * kept as references and shadow the others; `later` maps names later steps extract to those steps.
   */
  forStep(extracted: ReadonlySet<string>, later: ReadonlyMap<string, string>): Variables {
    const view = Object.create(this) as Variables;
    view.deferred = extracted;
    view.later = later;
    return view;
  }

  resolve(text: string, depth = 0): string {
    // Most strings refer to nothing: no need to run the pattern over them.
    if (!text.includes('{{')) return text;
    if (depth > MAX_DEPTH) throw new VariableError(`variables refer to each other in a loop: "${text}"`);
    return text.replace(REFERENCE, (reference, name: string) => (this.deferred.has(name) ? reference : this.resolve(this.lookup(name), depth + 1)));
  }

  private lookup(name: string): string {
    if (name.startsWith('env.')) {
      const value = this.sources.env[name.slice(4)];
      if (value === undefined) {
        const variable = name.slice(4);
        throw new VariableError(
          `environment variable ${variable} is not set (used as {{ ${name} }}). The manifest is right: pass the variable to the probegate step with env:, for example \`env: { ${variable}: \${{ secrets.${variable} }} }\` (on the command line, export it before running probegate)`,
          true,
        );
      }
      this.addSecret(value);
      return value;
    }
    // Own keys only: {{ constructor }} or {{ toString }} are unknown variables, not Object's methods.
    if (!Object.hasOwn(this.values, name)) {
      const extractedBy = this.later.get(name);
      if (extractedBy !== undefined) {
        throw new VariableError(`{{ ${name} }} is extracted by ${extractedBy}: a step can only use what earlier steps extract`);
      }
      const suggestion = closest(name, [...Object.keys(this.values), ...this.deferred]);
      if (suggestion) throw new VariableError(`unknown variable {{ ${name} }}, did you mean ${suggestion}?`);
      // Not a typo of a known name: most likely a value this run was not given.
      throw new VariableError(
        `unknown variable {{ ${name} }}: give it a value, under variables: in the manifest, or in the variables input (--var ${name}=VALUE on the command line)`,
        true,
      );
    }
    const value = this.values[name];
    if (value === undefined) {
      throw new VariableError(
        name === 'BASE_URL'
          ? `${MISSING_BASE_URL}: set the base-url input (--base-url on the command line), or run on a deployment_status event`
          : `{{ ${name} }} ${BUILT_IN_NOT_KNOWN}: ${BUILT_IN_SOURCES[name] ?? 'a GitHub runner sets it'}; elsewhere give it with --var ${name}=VALUE (the variables input)`,
        // The run is not given the value: the manifest that uses it is right.
        true,
      );
    }
    if (Object.hasOwn(this.sources.secretInputs, name)) this.addSecret(value);
    return value;
  }

  private addSecret(value: string): void {
    if (value.length > 0) this.secrets.add(value);
  }
}

/**
 * Replaces variables in every string of a value, reporting the path of the string that failed, in
 * one walk that extends a single path as it goes and copies it only for a problem. The value stays
 * as read (positions are looked up in it): a map or list in which something is replaced is a copy,
 * and one in which nothing is, most of a manifest, is the value's own, shared with the result, so
 * that neither may be changed.
 */
export function substituteDeep(
  value: unknown,
  variables: Variables,
  path: readonly (string | number)[],
  onError: (path: (string | number)[], error: VariableError) => void,
): unknown {
  if (!variables.referenced) return value;
  const at = [...path];
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') {
      // Most strings refer to nothing.
      if (!node.includes('{{')) return node;
      try {
        return variables.resolve(node);
      } catch (error) {
        if (!(error instanceof VariableError)) throw error;
        onError([...at], error);
        return node;
      }
    }
    if (typeof node !== 'object' || node === null) return node;
    if (Array.isArray(node)) {
      let list: unknown[] | undefined;
      for (let i = 0; i < node.length; i++) {
        at.push(i);
        const item = walk(node[i]);
        at.pop();
        if (item !== node[i]) (list ??= [...node])[i] = item;
      }
      return list ?? node;
    }
    let map: Record<string, unknown> | undefined;
    for (const key of Object.keys(node)) {
      const own = (node as Record<string, unknown>)[key];
      at.push(key);
      const item = walk(own);
      at.pop();
      if (item === own) continue;
      // A spread copies a `__proto__` key read by yaml as an own property; so does defineProperty, never setting the prototype.
      map ??= { ...node };
      Object.defineProperty(map, key, { value: item, enumerable: true, writable: true, configurable: true });
    }
    return map ?? node;
  };
  return walk(value);
}

/** A base URL without its trailing slashes, so `{{ BASE_URL }}/path` has exactly one. */
export function normalizeBaseUrl(url: string): string {
  return url.replace(/\/+$/, '');
}
