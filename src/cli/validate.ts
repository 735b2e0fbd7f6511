// `probegate validate`: the loader's findings, file:line:col each, without running anything.
import { readFileSync } from 'node:fs';
import { decodeManifest, loadManifest, ManifestError, type LoadOptions, type ManifestProblem } from '../manifest/load.js';
import { scalarTextAt } from '../manifest/scalar-text.js';
import { AFTER_VARIABLES } from '../manifest/template-fields.js';
import { references } from '../manifest/variables.js';
import { builtinVariables, DEFAULT_MANIFEST, parseBaseUrl, parseCommandLine, parseVars } from './args.js';
import { printable, type Style } from './style.js';
import type { Terminal } from './terminal.js';
import { builtInsWithoutValue } from './unset-builtins.js';

export const VALIDATE_HELP = `Usage: probegate validate [manifest] [options]

Checks a manifest (default ${DEFAULT_MANIFEST}) against the schema and
prepares every check, without running any. Each problem is printed as
file:line:col.

Options:
  --base-url URL     the value of {{ BASE_URL }} (default: a placeholder)
  --var NAME=VALUE   set a variable (repeatable)
  -h, --help         show this help

Built-in variables and {{ env.NAME }} that are not set get placeholder values,
so a manifest can be checked outside CI; unknown variables are still reported.
A problem that the value of an environment variable not set here could mend
is listed as a note, not checked, and does not change the exit status. So is
each use of a built-in variable that has no value here (SHA and REPOSITORY
without GITHUB_SHA and GITHUB_REPOSITORY, PR_NUMBER outside a pull request,
BASE_URL without --base-url): probegate run would need --var NAME=VALUE.

Exit status: 0 no problems, 2 at least one problem.`;

const VALIDATE_OPTIONS = {
  'base-url': { type: 'string' },
  var: { type: 'string', multiple: true },
} as const;

export async function validateCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseCommandLine(args, VALIDATE_OPTIONS, 1);
  if (values.help) {
    terminal.print(VALIDATE_HELP);
    return 0;
  }
  const manifestPath = positionals[0] ?? DEFAULT_MANIFEST;
  const baseUrl = parseBaseUrl(values['base-url']);
  const base = { builtins: placeholderBuiltins(baseUrl), inputs: parseVars(values.var), secretInputs: {} };
  const unsetEnv = new Set<string>();
  const read = await findings(manifestPath, { ...base, env: placeholderEnv(process.env, unsetEnv, (name) => `placeholder-${name.toLowerCase()}`) });
  // Read again with placeholders of another shape: what changes is the placeholders' doing.
  const reread = read.problems.length > 0 && unsetEnv.size > 0 ? await findings(manifestPath, { ...base, env: placeholderEnv(process.env, new Set(), (name) => `https://placeholder-${name.toLowerCase()}.invalid`) }) : undefined;
  // A second reading refused where the first was not stopped before the checks: it cannot speak for them.
  const again = reread !== undefined && (reread.refused === undefined || read.refused !== undefined) ? reread : undefined;
  const { unchecked, found } = splitUnchecked(read.problems, again?.problems, unsetEnv, manifestPath);
  const { style } = terminal;
  // What `run` would refuse here, though CI gives it: checked with a placeholder, and a note.
  const withoutValue = await builtInsWithoutValue(manifestPath, builtinVariables(baseUrl, process.env), { ...base, env: placeholderEnv(process.env, new Set(), (name) => `placeholder-${name.toLowerCase()}`) });
  const notes = [
    ...unchecked.map(({ location, field, names }) => ({ location, text: `${field ? `${field} is` : 'a value is'} not checked: it uses ${names.map((name) => `{{ env.${name} }}`).join(', ')}, not set here` })),
    ...withoutValue.map(({ location, message }) => ({ location, text: `${message}; checked here with a placeholder` })),
  ]
    .sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column)
    .map(({ location, text }) => `${location.file}:${location.line}:${location.column}: note: ${printable(text)}`);
  const notChecked = unchecked.length === 0 ? '' : unchecked.length === 1 ? ' (1 value not checked: an environment variable it uses is not set here)' : ` (${unchecked.length} values not checked: environment variables they use are not set here)`;
  // Unusable as read only for the placeholders' sake: as usable as the second reading found it.
  const { refused, checks } = read.refused !== undefined && again !== undefined && again.refused === undefined ? again : read;
  if (refused !== undefined) {
    terminal.print(...formatProblems(found, style), ...notes, `${style.red('✗')} ${printable(refused)}${notChecked}`);
    return 2;
  }
  const inChecks = `${checks} check${checks === 1 ? '' : 's'}`;
  if (found.length > 0) {
    const count = `${found.length} problem${found.length === 1 ? '' : 's'}`;
    terminal.print(...formatProblems(found, style), ...notes, `${style.red('✗')} ${manifestPath}: ${count} in ${inChecks}${notChecked}`);
    return 2;
  }
  terminal.print(...notes, `${style.green('✓')} ${manifestPath}: ${inChecks}, no problems${notChecked}`);
  return 0;
}

interface Findings {
  readonly problems: readonly ManifestProblem[];
  readonly checks: number;
  /** Why the manifest cannot be used at all (ManifestError's message). */
  readonly refused?: string;
}

async function findings(manifestPath: string, variables: LoadOptions['variables']): Promise<Findings> {
  try {
    const manifest = await loadManifest({ path: manifestPath, displayPath: manifestPath, variables });
    return { problems: manifest.problems, checks: manifest.checks.length };
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    return { problems: error.problems, checks: 0, refused: error.message };
  }
}

interface UncheckedValue {
  readonly location: ManifestProblem['location'];
  /** The field, as the problem named it (`checks[0].request.url`). */
  readonly field?: string;
  readonly names: readonly string[];
}

/**
 * The problems of values that an environment variable not set here decides: those the second
 * reading, with placeholders of another shape, does not find at the same place in the same words
 * (a message quoting a placeholder differs; an unknown variable or a duplicate name does not). Their
 * placeholder, not the value CI will give, is what failed, so they say nothing of the manifest;
 * a run with the variable set checks the value (INVALID_REQUEST at that line when it is wrong).
 * Named by the variables the value is written with, where its text says.
 */
function splitUnchecked(problems: readonly ManifestProblem[], again: readonly ManifestProblem[] | undefined, unsetEnv: ReadonlySet<string>, manifestPath: string): { unchecked: UncheckedValue[]; found: ManifestProblem[] } {
  if (again === undefined) return { unchecked: [], found: [...problems] };
  const foundAgain = new Set(again.map(({ location, message }) => `${location.line}:${location.column} ${message}`));
  const text = decodeManifest(readFileSync(manifestPath)) ?? '';
  const unchecked: UncheckedValue[] = [];
  const found: ManifestProblem[] = [];
  for (const problem of problems) {
    const written = scalarTextAt(text, problem.location.line, problem.location.column);
    const named = written === undefined ? [] : references(written).flatMap((name) => (name.startsWith('env.') && unsetEnv.has(name.slice(4)) ? [name.slice(4)] : []));
    // A field the schema judges once its variables are replaced refuses every placeholder alike.
    const judgedOnPlaceholder = problem.message.includes(AFTER_VARIABLES) && named.length > 0;
    if (!judgedOnPlaceholder && foundAgain.has(`${problem.location.line}:${problem.location.column} ${problem.message}`)) {
      found.push(problem);
      continue;
    }
    unchecked.push({ location: problem.location, field: /^([^\s:]+): /.exec(problem.message)?.[1], names: named.length > 0 ? [...new Set(named)] : [...unsetEnv] });
  }
  return { unchecked, found };
}

/** `file:line:col: error: message`, the form editors and CI logs link to the line. */
export function formatProblems(problems: readonly ManifestProblem[], style: Style): string[] {
  const sorted = [...problems].sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
  return sorted.map(({ location, message }) => `${location.file}:${location.line}:${location.column}: ${style.red('error:')} ${printable(message)}`);
}

function placeholderBuiltins(baseUrl: string | undefined): Record<string, string> {
  return {
    BASE_URL: baseUrl ?? 'https://preview.example',
    SHA: process.env.GITHUB_SHA || '0000000000000000000000000000000000000000',
    REPOSITORY: process.env.GITHUB_REPOSITORY || 'owner/repository',
    PR_NUMBER: '1',
  };
}

/** The real environment, with a placeholder for every variable that is not set (whose name goes to `unset`). */
function placeholderEnv(env: NodeJS.ProcessEnv, unset: Set<string>, placeholder: (name: string) => string): Record<string, string> {
  return new Proxy({} as Record<string, string>, {
    get: (_, name) => {
      if (typeof name !== 'string') return undefined;
      const value = env[name];
      if (value !== undefined) return value;
      unset.add(name);
      return placeholder(name);
    },
  });
}
