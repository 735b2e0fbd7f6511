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
oneRequire('dist');

// ncc's bundle requires each of Node's modules through a require function of its own, made by
// createRequire(import.meta.url) at each first use: some 0.25 ms each, 5 ms of every start of the
// action. One require per bundle file serves them all (createRequire's result depends on the URL only).
function oneRequire(dir) {
  const make = '__WEBPACK_EXTERNAL_createRequire(import.meta.url)';
  const importLine = 'import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";\n';
  for (const entry of readdirSync(dir, { recursive: true })) {
    if (!entry.endsWith('.js')) continue;
    const file = path.join(dir, entry);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(make)) continue;
    if (!text.includes(importLine)) throw new Error(`${file}: ncc's createRequire import is not where it was; update oneRequire in scripts/bundle.mjs`);
    const shared = `${importLine}const __WEBPACK_EXTERNAL_require = ${make};\n`;
    writeFileSync(file, text.replaceAll(`${make}(`, '__WEBPACK_EXTERNAL_require(').replace(importLine, shared));
  }
}

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
