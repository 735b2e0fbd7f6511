import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const PARSE_YAML = pathToFileURL(path.resolve(import.meta.dirname, '../../src/manifest/parse-yaml.ts')).href;

interface YoungGenerationSizes {
  readonly before: number;
  readonly afterParse: number;
  readonly afterRetaining: number;
  readonly checks: number;
}

/**
 * In a fresh process (each vitest worker's heap has its own history): the young generation's size
 * before and after parsing a 500-check manifest, `held` with parseManifestYaml or with a plain
 * parseDocument, and after the process then keeps some 20 MiB of small objects alive.
 */
function youngGenerationAround(held: boolean): YoungGenerationSizes {
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8';
    import { LineCounter, parseDocument } from 'yaml';
    import { parseManifestYaml } from ${JSON.stringify(PARSE_YAML)};
    const young = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size;
    const checks = Array.from({ length: 500 }, (_, i) => \`  - name: check \${i}
        type: http
        request: { url: "http://127.0.0.1:9/json?check=\${i}" }
        assertions:
          - { type: statusCode, operator: is, target: 200 }
          - { type: jsonpath, path: "$.status", operator: is, target: ok }\`);
    const text = 'version: 1\\nchecks:\\n' + checks.join('\\n') + '\\n';
    const before = young();
    const document = ${held} ? parseManifestYaml(text, new LineCounter()) : parseDocument(text);
    const afterParse = young();
    globalThis.kept = Array.from({ length: 600_000 }, (_, i) => ({ i }));
    console.log(JSON.stringify({ before, afterParse, afterRetaining: young(), checks: document.toJS().checks.length }));
  `;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: path.resolve(import.meta.dirname, '../..'), encoding: 'utf8', timeout: 60_000 });
  return JSON.parse(output) as YoungGenerationSizes;
}

describe('parsing the manifest YAML', () => {
  it('keeps the young generation at its size while a large manifest is parsed, and lets it grow afterwards', () => {
    const plain = youngGenerationAround(false);
    expect(plain.checks).toBe(500);
    // Without the hold, the parse alone grows the young generation: what the hold is for.
    expect(plain.afterParse).toBeGreaterThan(plain.before);

    const held = youngGenerationAround(true);
    expect(held.checks).toBe(500);
    expect(held.afterParse).toBe(held.before);
    // The growth factor is restored: keeping objects alive grows it again.
    expect(held.afterRetaining).toBeGreaterThan(held.afterParse);
  });
});
