// js-yaml reads only a manifest that the ordinary reader (parse-ordinary.ts) does not take: every
// start that loads an ordinary manifest would otherwise compile its 100 KB. Here js-yaml cannot be
// imported at all, so an ordinary manifest loads, and one with an anchor reaches for it.
import { describe, expect, it, vi } from 'vitest';
import { loadManifestText } from '../helpers/run.js';

vi.mock('js-yaml', () => {
  throw new Error('js-yaml was imported');
});

describe('js-yaml', () => {
  it('is not imported to load an ordinary manifest', async () => {
    const manifest = await loadManifestText(`version: 1
checks:
  - name: Home
    type: http
    request: { url: "http://127.0.0.1:9/" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
`);
    expect(manifest.problems).toEqual([]);
    expect(manifest.checks.map((check) => check.name)).toEqual(['Home']);
  });

  it('is imported for a manifest out of the ordinary (an anchor)', async () => {
    await expect(
      loadManifestText(`version: 1
checks:
  - name: Home
    type: http
    request: &home { url: "http://127.0.0.1:9/" }
`),
    ).rejects.toThrow(/error when mocking a module|js-yaml was imported/);
  });
});
