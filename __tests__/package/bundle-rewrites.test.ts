// scripts/bundle-rewrites.mjs's lazyHttp2 stands in for node:http2 in undici's client-h2.js with
// connect alone, and lazyHttpAndAssertInUndici requires node:http and node:assert on use in its
// core/util.js and dispatcher/client.js: the build stops on an undici that uses the modules in any
// other way, which would otherwise fail only at a run's first HTTP/2 connection or later. Run on
// undici's own files, as ncc writes modules.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rewriteBundle } from '../../scripts/bundle-rewrites.mjs';

const undiciFile = (name: string) => readFileSync(createRequire(import.meta.url).resolve(`undici/lib/${name}`), 'utf8');
const [clientH2, coreUtil, client] = ['dispatcher/client-h2.js', 'core/util.js', 'dispatcher/client.js'].map(undiciFile) as [string, string, string];
let dir: string | undefined;

/** A module as ncc writes it, its requires of Node's modules turned into the bundle's ids (4321 node:http2, 4322 node:http, 4323 node:assert). */
function nccModule(id: number, source: string): string {
  const bundled = source.replace("require('node:http2')", '__webpack_require__(4321)').replace("require('node:http')", '__webpack_require__(4322)').replace("require('node:assert')", '__webpack_require__(4323)');
  return `/***/ ${id}:\n/***/ ((module, __unused_webpack_exports, __webpack_require__) => {\n\n${bundled}\n\n/***/ }),\n\n`;
}
const external = (id: number, name: string) => `\n/***/ ${id}:\n/***/ ((module) => {\n\nmodule.exports = __WEBPACK_EXTERNAL_require("${name}");\n\n/***/ }),\n`;

/** An ncc output folder: undici's client-h2.js, core/util.js and dispatcher/client.js, changed by `edit`, in one file; Node's modules in another. */
function bundleOf(edit: (source: string) => string = (source) => source): string {
  dir = mkdtempSync(path.join(tmpdir(), 'probegate-rewrites-'));
  writeFileSync(path.join(dir, '663.index.js'), edit(nccModule(1234, clientH2) + nccModule(1235, coreUtil) + nccModule(1236, client)));
  writeFileSync(path.join(dir, 'index.js'), external(4321, 'node:http2') + external(4322, 'node:http') + external(4323, 'node:assert'));
  return dir;
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('lazyHttp2', () => {
  it('requires node:http2 at connect and writes its constants in', () => {
    const folder = bundleOf();
    rewriteBundle(folder);
    const rewritten = readFileSync(path.join(folder, '663.index.js'), 'utf8');
    // With the header limit of the HTTP/1.1 path: any head within 64 KiB, not Node's 128 headers.
    expect(rewritten).toContain('(http2Module ??= __webpack_require__(4321)).connect(authority, { maxHeaderListPairs: 16384, ...options })');
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

describe('lazyHttpAndAssertInUndici', () => {
  it('requires node:http only for the default maxHeaderSize or a stream of http\'s, and node:assert when an invariant fails', () => {
    const folder = bundleOf();
    rewriteBundle(folder);
    const rewritten = readFileSync(path.join(folder, '663.index.js'), 'utf8');
    expect(rewritten).not.toMatch(/^const (?:\{ IncomingMessage \}|http|assert) = __webpack_require__/m);
    expect(rewritten).toContain("constructor?.name === 'IncomingMessage' && constructor === __webpack_require__(4322).IncomingMessage");
    expect(rewritten).toContain('const getDefaultNodeMaxHeaderSize = () => {\n  const http = __webpack_require__(4322)\n');
    expect(rewritten).toContain('const assert = (value, message) => { if (!value) __webpack_require__(4323)(value, message ?? `undici: an internal invariant does not hold (');
  });

  it('leaves an assertion failing with node:assert\'s own error, naming undici\'s place when undici gives no message', () => {
    const folder = bundleOf();
    rewriteBundle(folder);
    const shim = /const assert = (\(value, message\) => \{ if \(!value\) __webpack_require__\(4323\).*\})\n/.exec(readFileSync(path.join(folder, '663.index.js'), 'utf8'))![1]!;
    const assert = new Function('__webpack_require__', `return ${shim}`)(() => createRequire(import.meta.url)('node:assert')) as (value: unknown, message?: string) => void;
    expect(() => assert(1, 'holds')).not.toThrow();
    expect(() => assert(0, 'the parser is paused')).toThrow(expect.objectContaining({ code: 'ERR_ASSERTION', message: 'the parser is paused' }));
    const onStatus = () => assert(false);
    expect(onStatus).toThrow(expect.objectContaining({ code: 'ERR_ASSERTION', message: expect.stringMatching(/^undici: an internal invariant does not hold \(onStatus \(.*bundle-rewrites\.test\.ts:\d+:\d+\)\)$/) }));
  });

  it.each([
    ['IncomingMessage elsewhere in core/util.js', (source: string) => source.replace('function destroy (', 'const isHttp = (stream) => stream instanceof IncomingMessage\n\nfunction destroy (')],
    ['node:http elsewhere in dispatcher/client.js', (source: string) => source.replace('const noop = () => { }', 'const noop = () => { }\nconst agents = http.globalAgent')],
    ['a method of node:assert', (source: string) => source.replace('function destroy (', 'assert.strictEqual(1, 1)\n\nfunction destroy (')],
  ])('stops the build on an undici that uses %s', (_name, edit) => {
    expect(() => rewriteBundle(bundleOf(edit))).toThrow(/update lazyHttpAndAssertInUndici/);
  });
});
