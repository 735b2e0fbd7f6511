// What ncc's output is rewritten into after each build, for a faster start: dist/ (scripts/bundle.mjs)
// and the benchmark's own bundles (bench/), which must start as dist/ does.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { constants as http2Constants } from 'node:http2';
import path from 'node:path';

/** Rewrites every .js file of an ncc output folder in place. */
export function rewriteBundle(dir) {
  asciiOnly(dir);
  oneRequire(dir);
  lazyHttp2(dir);
  lazyHttpAndAssertInUndici(dir);
}

// undici requires node:http as it loads, for two things probegate never needs: the default
// maxHeaderSize (the http check always gives its own) and a test of a stream for http's
// IncomingMessage (which can exist only once node:http is loaded); and node:assert, for its
// internal invariants. Some 3 ms of every start of the action together (bench/, start-up). Each
// is required on use instead: node:http when undici asks for the default, or meets a stream whose
// class is named IncomingMessage; node:assert when an invariant fails, so the error is node's own
// (without a message of undici's, it names the place: node's would quote the stand-in's line).
// An undici whose code no longer reads as below stops the build.
function lazyHttpAndAssertInUndici(dir) {
  const externals = builtinModuleIds(dir);
  let patched = 0;
  for (const entry of readdirSync(dir, { recursive: true })) {
    if (!entry.endsWith('.js')) continue;
    const file = path.join(dir, entry);
    let text = readFileSync(file, 'utf8');
    // Only undici's own copy (see lazyHttp2).
    if (!text.includes('HTTP2_HEADER_PROTOCOL')) continue;
    const fail = (what) => {
      throw new Error(`${file}: ${what}; update lazyHttpAndAssertInUndici in scripts/bundle-rewrites.mjs`);
    };
    const http = (id) => (externals.get(id) === 'node:http' ? id : fail(`module ${id} is not node:http`));
    // core/util.js
    const incoming = /const \{ IncomingMessage \} = __webpack_require__\((\d+)\)\n/.exec(text) ?? fail("undici's core/util.js no longer requires IncomingMessage as expected");
    const httpId = http(incoming[1]);
    const test = 'Object.getPrototypeOf(stream).constructor === IncomingMessage';
    if (text.split('IncomingMessage').length !== 3 || !text.includes(test)) fail("undici's core/util.js uses IncomingMessage other than in destroy()");
    text = text
      .replace(incoming[0], `const isIncomingMessageClass = (constructor) => constructor?.name === 'IncomingMessage' && constructor === __webpack_require__(${httpId}).IncomingMessage\n`)
      .replace(test, 'isIncomingMessageClass(Object.getPrototypeOf(stream).constructor)');
    // dispatcher/client.js
    const eagerDefault = /const http = __webpack_require__\((\d+)\)\n([\s\S]*?)const getDefaultNodeMaxHeaderSize = http &&\n  http\.maxHeaderSize &&\n  Number\.isInteger\(http\.maxHeaderSize\) &&\n  http\.maxHeaderSize > 0\n  \? \(\) => http\.maxHeaderSize\n  : \(\) => \{ throw new InvalidArgumentError\('http module not available or http\.maxHeaderSize invalid'\) \}\n/.exec(text) ?? fail("undici's dispatcher/client.js no longer reads node:http's maxHeaderSize as expected");
    http(eagerDefault[1]);
    const clientEnd = text.indexOf('\n/***/ })', eagerDefault.index);
    const restOfClient = text.slice(eagerDefault.index + eagerDefault[0].length, clientEnd).replace(/\/\/.*$/gm, '');
    if (/(?<![\w'":$.])http\b(?![:/])/.test(restOfClient)) fail("undici's dispatcher/client.js uses node:http other than for maxHeaderSize");
    text = text.replace(eagerDefault[0], `${eagerDefault[2]}const getDefaultNodeMaxHeaderSize = () => {\n  const http = __webpack_require__(${eagerDefault[1]})\n  if (http && http.maxHeaderSize && Number.isInteger(http.maxHeaderSize) && http.maxHeaderSize > 0) return http.maxHeaderSize\n  throw new InvalidArgumentError('http module not available or http.maxHeaderSize invalid')\n}\n`);
    // node:assert, called as assert(value, message) only.
    if (/\bassert\.\w/.test(text)) fail('undici calls a method of node:assert');
    text = text.replace(/const assert = __webpack_require__\((\d+)\)\n/g, (_, id) => {
      if (externals.get(id) !== 'node:assert') fail(`module ${id} is not node:assert`);
      return `const assert = (value, message) => { if (!value) __webpack_require__(${id})(value, message ?? \`undici: an internal invariant does not hold (${UNDICI_CALLER})\`) }\n`;
    });
    writeFileSync(file, text);
    patched++;
  }
  if (patched === 0) throw new Error(`${dir}: no undici found for lazyHttpAndAssertInUndici in scripts/bundle-rewrites.mjs`);
}

/** The frame that called the stand-in for assert, as an expression evaluated when an invariant fails. */
const UNDICI_CALLER = "${new Error().stack.split('\\n')[2]?.trim().replace(/^at /, '') ?? 'unknown place'}";

/** The bundle's modules that are one of Node's, by id: `/***\/ 37067: ... require("node:http")`. */
function builtinModuleIds(dir) {
  const ids = new Map();
  for (const entry of readdirSync(dir, { recursive: true })) {
    if (!entry.endsWith('.js')) continue;
    const text = readFileSync(path.join(dir, entry), 'utf8');
    for (const [, id, name] of text.matchAll(/\n\/\*{3}\/ (\d+):\n\/\*{3}\/ \(\(module\) => \{\n\nmodule\.exports = __WEBPACK_EXTERNAL_require\("([\w:/]+)"\);/g)) {
      ids.set(id, name.startsWith('node:') ? name : `node:${name}`);
    }
  }
  return ids;
}

// undici's HTTP/2 client requires node:http2 as it loads, and node:http2 requires node:tls: some
// 15-25 ms of every start of the action, though a run of plain http:// checks never speaks
// HTTP/2 and a one-check run rarely does. Its constants (header names, error codes) are written
// in as node:http2 defines them, and node:http2 is required at undici's one call of it,
// http2.connect. An undici whose client-h2.js no longer reads as below stops the build.
//
// The stand-in also gives each session the header limit of the HTTP/1.1 path: Node's client
// refuses a response of 128 headers or more (maxHeaderListPairs, stream reset with
// ENHANCE_YOUR_CALM), where HTTP/1.1 takes any head within 64 KiB. So the pair limit is what
// 64 KiB can hold (`a:` and CRLF, 4 bytes a header), and the http check holds the list to
// 64 KiB itself (http2HeadTooLarge in src/checks/http-guard.ts).
const HTTP2_MAX_HEADER_PAIRS = (64 * 1024) / 4;

function lazyHttp2(dir) {
  const eager = /let http2\ntry \{\n  http2 = __webpack_require__\((\d+)\)\n\} catch \{\n  \/\/ @ts-ignore\n  http2 = \{ constants: \{\} \}\n\}\n\nconst \{\n  constants: \{\n((?:    \w+,?\n)+)  \}\n\} = http2\n/;
  let patched = 0;
  for (const entry of readdirSync(dir, { recursive: true })) {
    if (!entry.endsWith('.js')) continue;
    const file = path.join(dir, entry);
    const text = readFileSync(file, 'utf8');
    // Only undici's own copy: @actions/github's older undici (loaded with the GitHub client) is left as is.
    if (!text.includes('HTTP2_HEADER_PROTOCOL')) continue;
    const match = eager.exec(text);
    if (!match) throw new Error(`${file}: undici's client-h2.js no longer requires node:http2 as lazyHttp2 in scripts/bundle-rewrites.mjs expects; update it`);
    const [block, moduleId, names] = match;
    // The lazy stand-in has connect only: any other use of the module would find nothing there at
    // the first HTTP/2 connection, long after the build (comments name it in quotes, `import('node:http2')`).
    const rest = text.slice(match.index + block.length);
    const moduleEnd = rest.indexOf('\n/***/ })');
    if (moduleEnd === -1) throw new Error(`${file}: the end of undici's client-h2.js module is not where lazyHttp2 in scripts/bundle-rewrites.mjs expects`);
    const otherUse = /(?<![\w'":$.])http2\b(?!\.connect\()/.exec(rest.slice(0, moduleEnd));
    if (otherUse) throw new Error(`${file}: undici's client-h2.js uses node:http2 other than by http2.connect (${rest.slice(otherUse.index, otherUse.index + 40)}); update lazyHttp2 in scripts/bundle-rewrites.mjs`);
    const constants = names.split(/[\s,]+/).filter(Boolean).map((name) => {
      if (!(name in http2Constants)) throw new Error(`${file}: node:http2 has no constant ${name}`);
      return `const ${name} = ${JSON.stringify(http2Constants[name])}\n`;
    });
    const connect = `(authority, options) => (http2Module ??= __webpack_require__(${moduleId})).connect(authority, { maxHeaderListPairs: ${HTTP2_MAX_HEADER_PAIRS}, ...options })`;
    const lazy = `let http2Module\nconst http2 = { connect: ${connect} }\n\n${constants.join('')}`;
    writeFileSync(file, text.replace(block, lazy));
    patched++;
  }
  if (patched === 0) throw new Error(`${dir}: no undici client-h2.js found for lazyHttp2 in scripts/bundle-rewrites.mjs`);
}

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
    if (!text.includes(importLine)) throw new Error(`${file}: ncc's createRequire import is not where it was; update oneRequire in scripts/bundle-rewrites.mjs`);
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
