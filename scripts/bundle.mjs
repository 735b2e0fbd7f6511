// Bundles the action (dist/index.js) and the command line (dist/cli/index.js) with ncc, after
// regenerating the manifest schema's compiled validator. CI rebuilds and fails when the
// committed dist/ differs. Types are checked by `npm run build` (tsc), so ncc only transpiles.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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
asciiOnly('dist');

// V8 reads and compiles a one-byte (ASCII) source faster than a two-byte one, and one non-ASCII
// character anywhere, even in a comment, makes a whole bundle two-byte: every start of the action
// paid for the curly quotes in undici's comments. `\uXXXX` is the same character in strings,
// templates, regular expressions and identifiers, and plain text in comments. After a backslash it
// would not be, so that is refused rather than guessed.
function asciiOnly(dir) {
  for (const entry of readdirSync(dir, { recursive: true })) {
    if (!entry.endsWith('.js')) continue;
    const file = path.join(dir, entry);
    const text = readFileSync(file, 'utf8');
    if (/\\[^\x00-\x7f]/.test(text)) throw new Error(`${file}: a non-ASCII character follows a backslash; escape it in its source`);
    writeFileSync(file, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  }
}
