// scripts/bundle-rewrites.mjs's lazyHttp2 stands in for node:http2 in undici's client-h2.js with
// connect alone: the build stops on an undici that uses the module in any other way, which would
// otherwise fail only at a run's first HTTP/2 connection. Run on undici's own client-h2.js, as ncc
// writes a module.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rewriteBundle } from '../../scripts/bundle-rewrites.mjs';

const clientH2 = readFileSync(createRequire(import.meta.url).resolve('undici/lib/dispatcher/client-h2.js'), 'utf8');
let dir: string | undefined;

/** An ncc output folder whose one file holds undici's client-h2.js, changed by `edit`, as module 1234. */
function bundleOf(edit: (source: string) => string): string {
  dir = mkdtempSync(path.join(tmpdir(), 'probegate-rewrites-'));
  const source = edit(clientH2.replace("require('node:http2')", '__webpack_require__(4321)'));
  writeFileSync(path.join(dir, '663.index.js'), `/***/ 1234:\n/***/ ((module, __unused_webpack_exports, __webpack_require__) => {\n\n${source}\n\n/***/ }),\n\n/***/ 4321:\n/***/ ((module) => {\nmodule.exports = {};\n/***/ })\n`);
  return dir;
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('lazyHttp2', () => {
  it('requires node:http2 at connect and writes its constants in', () => {
    const folder = bundleOf((source) => source);
    rewriteBundle(folder);
    const rewritten = readFileSync(path.join(folder, '663.index.js'), 'utf8');
    expect(rewritten).toContain('(http2Module ??= __webpack_require__(4321)).connect(...args)');
    expect(rewritten).toContain('const NGHTTP2_CANCEL = 8\n');
    expect(rewritten).toContain('const HTTP2_HEADER_PROTOCOL = ":protocol"\n');
  });

  it.each([
    ['another function of the module', (source: string) => source.replace('function parseH2Headers', 'const defaults = http2.getDefaultSettings()\n\nfunction parseH2Headers')],
    ['the module as a value', (source: string) => source.replace('function parseH2Headers', 'const module2 = useAs(http2)\n\nfunction parseH2Headers')],
    ['its constants read later', (source: string) => source.replace('function parseH2Headers', 'const { NGHTTP2_NO_ERROR } = http2.constants\n\nfunction parseH2Headers')],
  ])('stops the build on an undici that uses %s', (_name, edit) => {
    expect(() => rewriteBundle(bundleOf(edit))).toThrow(/uses node:http2 other than by http2\.connect/);
  });
});
