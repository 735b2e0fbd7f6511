// Runs the built command line (dist/cli/index.js) as a user does: a child process with pipes.
// `npm test` bundles first; when vitest runs alone, the CLI bundle is rebuilt here if it is
// missing or older than any source file, with a lock so test files in parallel build it once.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rewriteBundle } from '../../scripts/bundle-rewrites.mjs';
import { assertValidReportFile } from './report-schema.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
/** Node 24, the `node` devDependency (what npm scripts and vitest run on). */
export const NODE_24 = path.join(ROOT, 'node_modules', 'node', 'bin', 'node');
// The machine's own Node: the first `node` on PATH outside this repository (npm scripts put
// node_modules/.bin, where the `node` package's Node 24 lives, first).
export const PATH_OUTSIDE_REPO = (process.env.PATH ?? '').split(path.delimiter).filter((dir) => !path.resolve(dir).startsWith(ROOT));
export const MACHINE_NODE = execFileSync('sh', ['-c', 'command -v node'], { env: { PATH: PATH_OUTSIDE_REPO.join(path.delimiter) }, encoding: 'utf8' }).trim();
/** The Nodes the CLI is run on by the tests that say so: the machine's (20 here and in CI's job) and 24. */
export const NODES = [
  ['the machine’s Node', MACHINE_NODE],
  ['Node 24', NODE_24],
] as const;

const SOURCES = ['src', 'schema', 'package-lock.json'].map((p) => path.join(ROOT, p));
const LOCK = path.join(ROOT, 'dist', '.cli-build.lock');

function newestSource(file: string): number {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(file).map((name) => newestSource(path.join(file, name))));
}

function isFresh(): boolean {
  return existsSync(CLI) && statSync(CLI).mtimeMs >= Math.max(...SOURCES.map(newestSource));
}

/** Makes sure dist/cli/index.js is built from the current sources. */
export async function ensureCliBundle(): Promise<void> {
  for (let waited = 0; !isFresh(); waited++) {
    if (tryLock()) {
      try {
        if (!isFresh()) build();
      } finally {
        rmSync(LOCK, { recursive: true, force: true });
      }
      return;
    }
    if (waited > 240) throw new Error(`gave up waiting for another test to build ${CLI}; remove ${LOCK} if it is stale`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function tryLock(): boolean {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    // A lock left by a crashed run is stale after five minutes.
    if (Date.now() - statSync(LOCK).mtimeMs > 5 * 60_000) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

function build(): void {
  // ncc does not empty its output folder: chunks of an older build would stay.
  rmSync(path.dirname(CLI), { recursive: true, force: true });
  const ncc = path.join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  // The same command and rewrites as scripts/bundle.mjs for this entry, so the result is what npm run bundle makes.
  const args = ['build', 'src/cli/index.ts', '-o', 'dist/cli', '--license', 'licenses.txt', '--transpile-only', '--quiet'];
  execFileSync(process.execPath, [ncc, ...args], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  rewriteBundle(path.dirname(CLI));
}

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  readonly cwd?: string;
  /** Added to an environment without colour or GitHub variables. */
  readonly env?: Record<string, string>;
  readonly timeoutMs?: number;
  /** The Node binary that runs the CLI; the test runner's by default. */
  readonly node?: string;
}

/**
 * The test runner's environment without colour, terminal, CI or GitHub variables. `CI` matters:
 * with it set and no known CI vendor's variable, Node counts a terminal as two colours, so the CLI
 * (which follows Node) prints none; a person at a terminal has no `CI`.
 */
function plainEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(GITHUB_|RUNNER_|CI$|NO_COLOR$|FORCE_COLOR$|NODE_DISABLE_COLORS$|TERM$|COLUMNS$)/.test(name)) env[name] = value;
  }
  return env;
}

/** Runs `probegate ...args` and resolves when it exits; never rejects on a non-zero exit. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    execFile(
      options.node ?? process.execPath,
      [CLI, ...args],
      { cwd: options.cwd ?? ROOT, env: { ...plainEnv(), ...options.env }, timeout: options.timeoutMs ?? 30_000, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        // Every report the command line writes must be valid against the report schema.
        const json = args.indexOf('--json');
        try {
          if (json !== -1 && args[json + 1]) assertValidReportFile(path.resolve(options.cwd ?? ROOT, args[json + 1]!));
        } catch (invalid) {
          reject(invalid as Error);
          return;
        }
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export interface TerminalRun {
  readonly code: number | null;
  /** Everything the terminal received (stdout and stderr, progress line included), as sent. */
  readonly output: string;
  /** The lines left on the screen, without colour: what each line shows after its last carriage return. */
  readonly screen: string[];
  /** Each state of the progress line, in order, without colour. */
  readonly progress: string[];
}

const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

/**
 * Runs `probegate ...args` in a pseudo-terminal (util-linux `script`) of `columns` columns, as
 * a person at a terminal runs it: stdout and stderr are the terminal, TERM is xterm-256color
 * unless `env` says otherwise, and the terminal does not turn \n into \r\n (-onlcr).
 */
export function runCliInTerminal(args: string[], options: CliOptions & { readonly columns?: number } = {}): Promise<TerminalRun> {
  const command = `stty cols ${options.columns ?? 80} rows 200 -onlcr && exec ${[options.node ?? process.execPath, CLI, ...args].map(quote).join(' ')}`;
  const env = { ...plainEnv(), TERM: 'xterm-256color', SHELL: '/bin/sh', ...options.env };
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: options.cwd ?? ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (errors) return reject(new Error(`script failed: ${errors}`));
      const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
      const screen = plain.split('\n').map((line) => line.split('\r').at(-1)!.replaceAll('\u001b[2K', ''));
      const parts = plain.split(/[\r\n]/).map((part) => part.replace(/^\u001b\[2K/, ''));
      const progress = parts.filter((part) => /^(\[\d+\/\d+\] |… comparing )/.test(part));
      resolve({ code, output, screen, progress });
    });
  });
}
