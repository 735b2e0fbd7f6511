// docs/errors.md is written for people, not generated: this keeps it in step with the code.
// Every category has a section, and every code the code base can produce is in its table.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SSL_CODES } from '../../src/errors/ssl-codes.js';
import { GRPC_STATUS_NAMES } from '../../src/errors/grpc.js';
import { CATEGORIES, CATEGORY_CODES, CODE_EXPLANATIONS, renderCodeTable } from '../../src/errors/taxonomy.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DOC = readFileSync(path.join(ROOT, 'docs', 'errors.md'), 'utf8');

/** The codes in the table of each `## CATEGORY` section. */
function documentedCodes(): Map<string, Set<string>> {
  const sections = new Map<string, Set<string>>();
  let current: Set<string> | undefined;
  for (const line of DOC.split('\n')) {
    const heading = /^## (\S+)$/.exec(line);
    if (heading) sections.set(heading[1]!, (current = new Set()));
    const row = /^\| `([A-Z0-9_]+)` \|/.exec(line);
    if (row && current) current.add(row[1]!);
  }
  return sections;
}

/** `probeError('CATEGORY', 'CODE'`, `new ProbeError(...)` and `sslError('CODE'` written in src. */
function codesInSource(): [string, string][] {
  const found: [string, string][] = [];
  const visit = (file: string) => {
    if (statSync(file).isDirectory()) return readdirSync(file).forEach((name) => visit(path.join(file, name)));
    if (!file.endsWith('.ts')) return;
    const text = readFileSync(file, 'utf8');
    for (const [, category, code] of text.matchAll(/(?:probeError|new ProbeError)\(\s*'([A-Z_0-9]+)',\s*'([A-Z_0-9]+)'/g)) {
      found.push([category!, code!]);
    }
    for (const [, code] of text.matchAll(/sslError\('([A-Z_0-9]+)'/g)) found.push(['SSL', code!]);
  };
  visit(path.join(ROOT, 'src'));
  return found;
}

const sections = documentedCodes();

describe('docs/errors.md', () => {
  it('has a section for every category, and none for a category that does not exist', () => {
    expect([...sections.keys()].sort()).toEqual([...CATEGORIES].sort());
  });

  it('lists every SSL code of ssl-codes.ts, and no other', () => {
    expect([...sections.get('SSL')!].sort()).toEqual(Object.keys(SSL_CODES).sort());
  });

  it.each(Object.keys(CODE_EXPLANATIONS))('lists %s, which taxonomy.ts explains', (key) => {
    const [category, code] = key.split(':') as [string, string];
    expect([...(sections.get(category) ?? [])]).toContain(code);
  });

  it('lists every category:code the source can produce', () => {
    const missing = codesInSource().filter(([category, code]) => !sections.get(category)?.has(code));
    expect(missing.map((pair) => pair.join(':'))).toEqual([]);
  });

  it('shows the closed list of gate selectors exactly as taxonomy.ts generates it', () => {
    const block = /<!-- gate-selectors:start[^>]*-->\n([\s\S]*?)\n<!-- gate-selectors:end -->/.exec(DOC)?.[1];
    expect(block, `docs/errors.md's "Gate selectors" table should read:\n${renderCodeTable()}`).toBe(renderCodeTable());
  });

  it.each([...CATEGORIES])('lists in its %s table exactly the codes a selector may name', (category) => {
    expect([...(sections.get(category) ?? [])].sort()).toEqual([...CATEGORY_CODES[category]].sort());
  });

  it('closes the GRPC list over every status name but OK and UNAUTHENTICATED (AUTHENTICATION_ERROR)', () => {
    expect([...CATEGORY_CODES.GRPC].sort()).toEqual(GRPC_STATUS_NAMES.filter((name) => name !== 'OK' && name !== 'UNAUTHENTICATED').sort());
  });

  it('is linked from the README, with the manifest reference', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('(docs/errors.md)');
    expect(readme).toContain('(docs/manifest.md)');
  });
});
