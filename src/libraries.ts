// Libraries that only some runs use, loaded by the first code that needs one: yaml (a manifest
// out of the ordinary, a problem to locate), jsonpath-plus (a JSONPath), ajv (a jsonSchema
// assertion). Importing all three cost every start of a one-check run some 25 ms (bench/,
// start-up imports). Their users stay synchronous: they ask for a library, which throws
// LibraryNotLoaded while it is not loaded yet, and
//  - the manifest's load loads what its text names (librariesNamedIn) before reading it, and runs
//    in withLibraries, which loads anything else asked for and loads the manifest again;
//  - the engine loads what the checks it runs will ask for (librariesFor) before running them.

import { isPlainPath } from './assertions/plain-path.js';

const LOADERS = {
  yaml: () => import('yaml'),
  'jsonpath-plus': () => import('jsonpath-plus'),
  // ajv is CommonJS whose exports are the Ajv class itself: a bundle's import() copies no
  // properties of a function into named exports, so `Ajv` is undefined there and `default` is it.
  // ajv-formats (the formats a jsonSchema checks) likewise: its exports are the plugin function.
  ajv: async () => {
    const [module, formats] = await Promise.all([import('ajv'), import('ajv-formats')]);
    return { Ajv: module.Ajv ?? module.default, addFormats: formats.default as unknown as (ajv: InstanceType<typeof module.Ajv>) => unknown };
  },
};

export type LibraryName = keyof typeof LOADERS;
type Library<Name extends LibraryName> = Awaited<ReturnType<(typeof LOADERS)[Name]>>;

const loaded: { [Name in LibraryName]?: Library<Name> } = {};
/** Every library asked for before it was loaded; withLibraries loads them. */
const wanted = new Set<LibraryName>();
/** How many times a library was asked for before it was loaded, ever: a run that saw this change must run again. */
let misses = 0;

export class LibraryNotLoaded extends Error {
  override readonly name = 'LibraryNotLoaded';
  constructor(readonly library: LibraryName) {
    super(`probegate used ${library} before loading it; this is a bug (load it with loadLibraries or run in withLibraries)`);
  }
}

function library<Name extends LibraryName>(name: Name): Library<Name> {
  const module = loaded[name];
  if (module) return module;
  misses++;
  wanted.add(name);
  throw new LibraryNotLoaded(name);
}

export const yaml = (): Library<'yaml'> => library('yaml');
export const jsonPathPlus = (): Library<'jsonpath-plus'> => library('jsonpath-plus');
export const ajv = (): Library<'ajv'> => library('ajv');

export async function loadLibraries(names: Iterable<LibraryName>): Promise<void> {
  await Promise.all([...names].map(async (name) => void ((loaded[name] as unknown) ??= await LOADERS[name]())));
}

/**
 * Runs `work` to its end, and when it asked for a library that was not loaded, loads it and runs
 * `work` again: its result, or its error, is not kept, even when it caught LibraryNotLoaded and
 * went on. So `work` must only compute (reading files is fine). At most one run more per library.
 */
export async function withLibraries<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    const before = misses;
    let outcome: { value: T } | { error: unknown };
    try {
      outcome = { value: await work() };
    } catch (error) {
      outcome = { error };
    }
    if (misses === before) {
      if ('error' in outcome) throw outcome.error;
      return outcome.value;
    }
    await loadLibraries(wanted);
  }
}

/**
 * The libraries a manifest's text names: jsonpath-plus where a line says `path` and, after it, `?`,
 * `(`, `#` or a quote after a bracket (a path with one is checked with it, see mayHoldScript; the
 * quotes of YAML text are not a reason), ajv where it says `jsonSchema`. Loaded before the manifest
 * is read, they spare it a second reading by withLibraries (a large manifest's paths would
 * otherwise be found only after its parse and schema check); one missed costs only that.
 */
export function librariesNamedIn(text: string): Set<LibraryName> {
  const named = new Set<LibraryName>();
  if (/path[^\n]*(?:[?(#]|\[\s*['"])/.test(text)) named.add('jsonpath-plus');
  if (text.includes('jsonSchema')) named.add('ajv');
  return named;
}

/**
 * The libraries that running `values` (resolved checks, the ready wait) will ask for: jsonpath-plus
 * for a `path` (an assertion's, an extraction's) that is not plain (src/assertions/plain-path.ts:
 * one with {{ variables }} is not), ajv for a jsonSchema assertion. Generous by design: a library
 * loaded in vain costs milliseconds, one missing fails a check.
 */
export function librariesFor(values: unknown): Set<LibraryName> {
  const found = new Set<LibraryName>();
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value) || seen.has(value)) return;
    seen.add(value);
    // Keys rather than entries: no pair arrays for the tens of thousands of objects of a large manifest.
    for (const key of Object.keys(value)) {
      const inner = (value as Record<string, unknown>)[key];
      if (typeof inner === 'object') visit(inner);
      else if (key === 'path' && typeof inner === 'string' && !isPlainPath(inner)) found.add('jsonpath-plus');
      else if (key === 'type' && inner === 'jsonSchema') found.add('ajv');
    }
  };
  visit(values);
  return found;
}
