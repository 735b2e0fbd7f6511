// 2. Start-up, what each import costs (#18): every library and part of probegate a start may load,
// bundled by ncc with the flags of dist/ into one bundle (bench/imports-entry.ts) in which each
// import is a chunk of its own. `node index.js NAME` then reads, compiles and runs what importing
// NAME takes, its packages and Node's built-in modules included, in a fresh process; against
// `node index.js`, which imports nothing. Alternated, wall time from spawn to exit, medians. Each
// row says when the action loads that import for a one-check http run: at start-up, on use, never.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { runCommand } from '../processes.ts';
import { median, ms, signed, type Row } from '../report.ts';
import { NODE, ROOT } from '../shared.ts';
import { IMPORTS } from '../imports-entry.ts';
import type { Scenario } from './context.ts';

const RUNS = 9;
const ENTRY = 'bench/imports-entry.ts';
const SOURCES = ['src', 'schema', 'package-lock.json', ENTRY];

export const importsScenario: Scenario = {
  id: 'imports',
  title: 'Start-up imports',
  async run() {
    const entry = importsBundle();
    const names = Object.keys(IMPORTS);
    const notes: string[] = [];
    const times = new Map<string, number[]>([['', []], ['node -e', []], ...names.map((name) => [name, []] as [string, number[]])]);
    const all = [...times.keys()];
    for (let run = 0; run < RUNS + 1; run++) {
      // Each round in another order, so that no import always follows the same one.
      const order = all.map((_, i) => all[(i + run * 5) % all.length]!);
      for (const name of order) {
        const args = name === 'node -e' ? ['-e', ''] : name === '' ? [entry] : [entry, name];
        const finished = await runCommand(NODE, args, { timeoutMs: 30_000 });
        if (finished.code !== 0 && run === 0) notes.push(`start-up imports: ${name || 'the bare entry'} exited ${finished.code}: ${finished.stderr.slice(0, 300)}`);
        if (run > 0) times.get(name)!.push(finished.wallMs); // the first round warms the file cache
      }
    }
    const nothing = median(times.get('')!);
    const bare = median(times.get('node -e')!);
    const rows: Row[] = [
      { scenario: '2. Start-up', measure: `imports: the bundle importing nothing (wall, median of ${RUNS})`, probegate: ms(nothing), baseline: `node -e '' ${ms(bare)}`, comparison: signed(nothing - bare), target: '' },
    ];
    const sorted = names.map((name) => ({ name, cost: median(times.get(name)!) - nothing })).sort((a, b) => b.cost - a.cost);
    for (const { name, cost } of sorted) {
      rows.push({ scenario: '2. Start-up', measure: `import ${name}: loaded ${IMPORTS[name]!.loaded}`, probegate: signed(cost), baseline: 'importing nothing', comparison: '', target: '' });
    }
    return { rows, notes };
  },
};

function sourceFiles(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/** Builds (or reuses, by the hash of its sources) the imports bundle; returns its index.js. */
function importsBundle(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap(sourceFiles)) hash.update(path.relative(ROOT, file)).update(readFileSync(file));
  const cache = path.join(ROOT, 'node_modules/.cache/probegate-bench-imports');
  const out = path.join(cache, hash.digest('hex').slice(0, 16));
  const index = path.join(out, 'index.js');
  if (!existsSync(index)) {
    rmSync(cache, { recursive: true, force: true });
    const ncc = path.join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
    console.log('bench: bundling bench/imports-entry.ts (cached by source hash)...');
    execFileSync(NODE, [ncc, 'build', ENTRY, '-o', out, '--transpile-only', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  }
  return index;
}
