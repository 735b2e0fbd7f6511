// `probegate validate`: the loader's findings, file:line:col each, without running anything.
import { loadManifest, ManifestError, type ManifestProblem } from '../manifest/load.js';
import { DEFAULT_MANIFEST, parseBaseUrl, parseCommandLine, parseVars } from './args.js';
import { printable, type Style } from './style.js';
import type { Terminal } from './terminal.js';

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
  const variables = {
    builtins: placeholderBuiltins(parseBaseUrl(values['base-url'])),
    inputs: parseVars(values.var),
    secretInputs: {},
    env: placeholderEnv(process.env),
  };
  const { style } = terminal;
  let problems: readonly ManifestProblem[];
  let checks = 0;
  try {
    const manifest = await loadManifest({ path: manifestPath, displayPath: manifestPath, variables });
    problems = manifest.problems;
    checks = manifest.checks.length;
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    terminal.print(...formatProblems(error.problems, style), `${style.red('✗')} ${printable(error.message)}`);
    return 2;
  }
  if (problems.length > 0) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    terminal.print(...formatProblems(problems, style), `${style.red('✗')} ${manifestPath}: ${count} in ${checks} check${checks === 1 ? '' : 's'}`);
    return 2;
  }
  terminal.print(`${style.green('✓')} ${manifestPath}: ${checks} check${checks === 1 ? '' : 's'}, no problems`);
  return 0;
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

/** The real environment, with a placeholder for every variable that is not set. */
function placeholderEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  return new Proxy({} as Record<string, string>, {
    get: (_, name) => (typeof name === 'string' ? (env[name] ?? `placeholder-${name.toLowerCase()}`) : undefined),
  });
}
