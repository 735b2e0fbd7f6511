// The manifest's digest (which reports come from the same manifest) is hashed when first asked
// for, not at load: it must still be the sha256 of the file's bytes as read, whenever asked.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/load.js';

const variables = { builtins: {}, inputs: {}, secretInputs: {}, env: {} };

describe('the manifest digest', () => {
  it('is the sha256 of the bytes read, a byte-order mark and CRLF included, even when the file changes after the load', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'probegate-digest-')), 'probegate.yml');
    const bytes = Buffer.from('\uFEFFversion: 1\r\nchecks:\r\n  - { name: a, type: http, request: { url: "http://127.0.0.1:9/" } }\r\n');
    writeFileSync(file, bytes);
    const manifest = await loadManifest({ path: file, variables });
    writeFileSync(file, 'version: 1\nchecks: []\n');
    const expected = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    expect(manifest.digest).toBe(expected);
    expect(manifest.digest).toBe(expected);
    expect(JSON.parse(JSON.stringify(manifest)).digest).toBe(expected);
  });

  it('of a manifest given as text is the sha256 of its UTF-8', async () => {
    const text = 'version: 1\nchecks:\n  - { name: é, type: http, request: { url: "http://127.0.0.1:9/" } }\n';
    const manifest = await loadManifest({ path: path.join(tmpdir(), 'probegate.yml'), text, variables });
    expect(manifest.digest).toBe(`sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`);
  });
});
