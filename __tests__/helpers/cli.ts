// Runs the built command line (dist/cli/index.js) as a user does: a child process with pipes.
// `npm test` bundles first; when vitest runs alone, the CLI bundle is rebuilt here if it is
// missing or older than any source file, with a lock so test files in parallel build it once.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertValidReportFile } from './report-schema.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
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
  // The same command as scripts/bundle.mjs for this entry, so the result is what npm run bundle makes.
  const args = ['build', 'src/cli/index.ts', '-o', 'dist/cli', '--license', 'licenses.txt', '--transpile-only', '--quiet'];
  execFileSync(process.execPath, [ncc, ...args], {
    cwd: ROOT,
    stdio: 'inherit',
  });
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
}

/** Runs `probegate ...args` and resolves when it exits; never rejects on a non-zero exit. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(GITHUB_|RUNNER_|NO_COLOR$|FORCE_COLOR$)/.test(name)) env[name] = value;
  }
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: options.cwd ?? ROOT, env: { ...env, ...options.env }, timeout: options.timeoutMs ?? 30_000, encoding: 'utf8' },
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
