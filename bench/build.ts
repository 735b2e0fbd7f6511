// What the benchmark measures must be built the way users get it: dist/ (npm run bundle) for
// the action, and an ncc bundle of the engine's API for the in-process scenarios, built with the
// same flags, rewritten as dist/ is (scripts/bundle-rewrites.mjs), and cached by the hash of the sources.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { rewriteBundle } from '../scripts/bundle-rewrites.mjs';
import { NODE, ROOT } from './shared.ts';

/** What every bundle of the benchmark is made from, besides its own entry. */
const SOURCES = ['src', 'schema', 'package-lock.json', 'scripts/bundle-rewrites.mjs'];

function files(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/**
 * Builds (or reuses) the ncc bundle of `entry` (a file in bench/), with dist/'s flags and
 * rewrites, cached in node_modules/.cache by the hash of its sources; returns its index.js.
 */
export function benchBundle(entry: string): string {
  const hash = createHash('sha256');
  for (const file of [...SOURCES, entry].flatMap(files)) hash.update(path.relative(ROOT, file)).update(readFileSync(file));
  const cache = path.join(ROOT, 'node_modules/.cache', `probegate-${path.basename(entry, '.ts')}`);
  const out = path.join(cache, hash.digest('hex').slice(0, 16));
  const index = path.join(out, 'index.js');
  if (!existsSync(index)) {
    // Bundles of older sources are of no further use.
    rmSync(cache, { recursive: true, force: true });
    const ncc = path.join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
    console.log(`bench: bundling ${entry} (cached by source hash)...`);
    execFileSync(NODE, [ncc, 'build', entry, '-o', out, '--transpile-only', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
    rewriteBundle(out);
  }
  return index;
}

/** The engine's API bundled for the in-process scenarios. */
export function engineBundle(): string {
  return benchBundle('bench/engine-entry.ts');
}

/** Says why the bundle in `dist` cannot be measured, or is older than the sources it came from. */
export function distProblem(dist: string): { fatal: boolean; message: string } | undefined {
  const action = path.join(dist, 'index.js');
  if (!existsSync(action)) return { fatal: true, message: `${action} is missing: run npm run bundle (npm run bench does it first)` };
  const built = statSync(action).mtimeMs;
  const newer = ['src', 'schema'].flatMap(files).filter((file) => statSync(file).mtimeMs > built);
  if (newer.length === 0) return undefined;
  const shown = newer.slice(0, 3).map((file) => path.relative(ROOT, file)).join(', ');
  return { fatal: false, message: `${path.relative(ROOT, dist) || dist}/ is older than ${newer.length} source file(s) (${shown}): the action figures may not match the sources; npm run bench rebuilds it` };
}

/** A self-signed certificate for localhost and 127.0.0.1, made with the openssl CLI. */
export function makeCertificate(dir: string): { certFile: string; keyFile: string } {
  const certFile = path.join(dir, 'localhost.pem');
  const keyFile = path.join(dir, 'localhost-key.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
    '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
    '-keyout', keyFile, '-out', certFile,
  ], { stdio: 'ignore' });
  return { certFile, keyFile };
}
