// Bundles the action (dist/index.js) and the command line (dist/cli/index.js) with ncc.
// CI rebuilds and fails when the committed dist/ differs. Types are checked by `npm run build`
// (tsc), so ncc only transpiles.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
const entries = [
  ['src/index.ts', 'dist'],
  ['src/cli/index.ts', 'dist/cli'],
];

rmSync('dist', { recursive: true, force: true });
for (const [entry, out] of entries) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--transpile-only', '--quiet'], { stdio: 'inherit' });
}
