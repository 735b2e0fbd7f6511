// Bundles the action (dist/index.js) and the command line (dist/cli/index.js) with ncc, after
// regenerating the manifest schema's compiled validator. CI rebuilds and fails when the
// committed dist/ differs. Types are checked by `npm run build` (tsc), so ncc only transpiles.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { rewriteBundle } from './bundle-rewrites.mjs';
import { GENERATED_CHECKER, GENERATED_REPORT_VALIDATOR, GENERATED_VALIDATOR, generateReportValidator, generateSchemaChecker, generateSchemaValidator } from './schema-validator.mjs';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
const entries = [
  ['src/index.ts', 'dist'],
  ['src/cli/index.ts', 'dist/cli'],
];

writeFileSync(GENERATED_VALIDATOR, generateSchemaValidator());
writeFileSync(GENERATED_CHECKER, generateSchemaChecker());
writeFileSync(GENERATED_REPORT_VALIDATOR, generateReportValidator());
rmSync('dist', { recursive: true, force: true });
for (const [entry, out] of entries) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--transpile-only', '--quiet'], { stdio: 'inherit' });
}
rewriteBundle('dist');
