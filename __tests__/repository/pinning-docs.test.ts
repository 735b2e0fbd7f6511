// The README's `uses:` lines, its pinning advice and the schema URL in the docs name one release
// scheme: a moving major tag vN, and vN.x.y pins that `npm run release` moves together.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const manifestDoc = readFileSync(path.join(ROOT, 'docs/manifest.md'), 'utf8');
const SCHEMA_URL = /https:\/\/raw\.githubusercontent\.com\/probegate\/probegate\/(v\d+\.\d+\.\d+)\/schema\/probegate\.schema\.json/g;

describe('release pins in the docs', () => {
  it('every uses: line of the README names the major tag or a pin of the same major version', () => {
    const uses = [...readme.matchAll(/uses: probegate\/probegate@([\w<.-]+)/g)].map((m) => m[1]!);
    expect(uses.length).toBeGreaterThan(1);
    const majors = new Set(uses.filter((ref) => /^v\d+$/.test(ref)));
    expect([...majors]).toEqual(['v1']);
    for (const ref of uses.filter((r) => !/^v\d+$/.test(r))) expect(ref).toBe('<40-character');
    for (const pin of readme.matchAll(/probegate\/probegate@(v\d+)\.\d+\.\d+/g)) expect(pin[1]).toBe('v1');
  });

  it('the pinning advice names the release the schema URL is pinned to, in the forms the release script moves', () => {
    const release = [...manifestDoc.matchAll(SCHEMA_URL)][0]![1]!;
    const major = release.split('.')[0]!;
    expect(readme).toContain(`the major tag \`${major}\` moves to the latest \`${major}.*.*\``);
    expect(readme).toContain(`pin the exact release (\`probegate/probegate@${release}\`)`);
    expect(readme).toMatch(new RegExp(`uses: probegate/probegate@<40-character commit SHA>\\s+# ${release.replace(/\./g, '\\.')}\\n`));
  });

  it('the schema URL is pinned to the same release everywhere, in the editor line and the SchemaStore entry', () => {
    const pins = new Set([...(readme + manifestDoc).matchAll(SCHEMA_URL)].map((m) => m[1]));
    expect(pins.size).toBe(1);
    expect([...pins][0]).toMatch(/^v1\./);
    expect(manifestDoc).toMatch(/# yaml-language-server: \$schema=https:\/\/raw\.githubusercontent\.com\/probegate\/probegate\/v\d+\.\d+\.\d+\/schema/);
    const entry = JSON.parse(/```json\n(\{[\s\S]*?"fileMatch"[\s\S]*?\})\n```/.exec(manifestDoc)![1]!) as { fileMatch: string[]; url: string; name: string };
    expect(entry.fileMatch).toContain('.github/probegate.yml');
    expect(entry.url).toMatch(SCHEMA_URL);
    expect(entry.name).toBe('probegate');
  });
});
