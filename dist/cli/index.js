#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
const __WEBPACK_EXTERNAL_require = __WEBPACK_EXTERNAL_createRequire(import.meta.url);
/******/ var __webpack_modules__ = ({

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ parseCommandLine),
/* harmony export */   Gt: () => (/* binding */ parseGateOption),
/* harmony export */   HH: () => (/* binding */ parseShardOption),
/* harmony export */   Q2: () => (/* binding */ parseBaseUrl),
/* harmony export */   YO: () => (/* binding */ parseLocationOption),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   is: () => (/* binding */ parseGrep),
/* harmony export */   mj: () => (/* binding */ DEFAULT_MANIFEST),
/* harmony export */   nY: () => (/* binding */ parseConcurrency),
/* harmony export */   rL: () => (/* binding */ parseTags),
/* harmony export */   ux: () => (/* binding */ parseVars),
/* harmony export */   xg: () => (/* binding */ builtinVariables)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1956);
/* harmony import */ var _manifest_variables_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2612);
/* harmony import */ var _run_shard_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6941);
// Parsing and validating the command line's options once, into typed values. Every problem is
// a UsageError: the command prints it and exits 2.




class UsageError extends Error {
    name = 'UsageError';
}
const DEFAULT_MANIFEST = '.github/probegate.yml';
/** node:util parseArgs with -h/--help, its errors turned into UsageErrors. */
function parseCommandLine(args, options, maxPositionals) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    }
    catch (error) {
        // parseArgs adds advice on `--` after the first sentence; the first sentence is what matters.
        throw new UsageError(error.message.split(/\.\s|\n/)[0]);
    }
    if (parsed.positionals.length > maxPositionals) {
        throw new UsageError(`unexpected argument "${parsed.positionals[maxPositionals]}"`);
    }
    return parsed;
}
/** `--var K=V`, repeatable. */
function parseVars(pairs = []) {
    const values = {};
    for (const pair of pairs) {
        const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(pair);
        if (!match)
            throw new UsageError(`--var ${pair}: expected NAME=VALUE, with a name of letters, digits and _`);
        values[match[1]] = match[2];
    }
    return values;
}
function parseConcurrency(text, fallback = 8) {
    if (text === undefined)
        return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1 || value > 256) {
        throw new UsageError(`--concurrency ${text}: expected a whole number from 1 to 256`);
    }
    return value;
}
/** `--fail-on SSL,TIMEOUT:REQUEST_TIMEOUT` (repeatable): `all`, a category or CATEGORY:CODE. */
function parseGateOption(option, values) {
    const selectors = (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSelectors */ .Qi)((values ?? []).join(','));
    for (const selector of selectors ?? []) {
        const problem = (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .selectorProblem */ .fY)(selector);
        if (problem)
            throw new UsageError(`--${option}: ${problem}`);
    }
    return selectors;
}
/** `--shard i/n`. */
function parseShardOption(text) {
    if (text === undefined)
        return undefined;
    const shard = (0,_run_shard_js__WEBPACK_IMPORTED_MODULE_3__/* .parseShard */ .uK)(text);
    if (!shard)
        throw new UsageError(`--shard ${text}: expected ${_run_shard_js__WEBPACK_IMPORTED_MODULE_3__/* .SHARD_FORMAT */ .LS}`);
    return shard;
}
/** `--location NAME`. */
function parseLocationOption(text) {
    if (text === undefined)
        return undefined;
    if (!(0,_run_shard_js__WEBPACK_IMPORTED_MODULE_3__/* .isLocationName */ .Bg)(text))
        throw new UsageError(`--location ${text}: expected ${_run_shard_js__WEBPACK_IMPORTED_MODULE_3__/* .LOCATION_FORMAT */ ._S}`);
    return text;
}
/** `--tag smoke,api` (repeatable): the checks with any of these tags. */
function parseTags(values) {
    const tags = (values ?? []).flatMap((value) => value.split(',')).map((tag) => tag.trim()).filter(Boolean);
    return tags.length > 0 ? tags : undefined;
}
/** `--grep REGEX`: the checks whose name matches. */
function parseGrep(text) {
    if (text === undefined)
        return undefined;
    try {
        return new RegExp(text);
    }
    catch (error) {
        throw new UsageError(`--grep ${text}: not a regular expression (${error.message})`);
    }
}
/** The base URL as given, without a trailing slash, so `{{ BASE_URL }}/path` has one slash. */
function parseBaseUrl(text, option = 'base-url') {
    if (text === undefined)
        return undefined;
    try {
        const url = new URL(text);
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            throw new Error('not http');
    }
    catch {
        throw new UsageError(`--${option} ${text}: expected an http:// or https:// URL`);
    }
    return (0,_manifest_variables_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeBaseUrl */ .qT)(text);
}
/** BASE_URL from the option; SHA, REPOSITORY and PR_NUMBER only when a GitHub runner set them. */
function builtinVariables(baseUrl, env) {
    const pullRequest = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
    return {
        BASE_URL: baseUrl,
        SHA: env.GITHUB_SHA || undefined,
        REPOSITORY: env.GITHUB_REPOSITORY || undefined,
        PR_NUMBER: pullRequest?.[1],
    };
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7593);
/* harmony import */ var _terminal_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1028);
// The command line: `probegate run | validate | merge | demo`. A thin door onto the engine: it parses
// arguments, dispatches, and turns the outcome into an exit status.






// V8 keeps what it compiled of the command's chunks on disk (Node >= 22.1, in the system's
// temporary folder; as TypeScript's tsc does): a run after the first compiles nothing, some 30 ms
// less (bench/, start-up scenario, which shows the first run too). Node 20 has no such cache.
node_module__WEBPACK_IMPORTED_MODULE_1___default().enableCompileCache?.();
const HELP = `Usage: probegate <command> [options]

Synthetic checks for deploy previews, with a fixed error taxonomy and a gate.

Commands:
  run [manifest]        run the checks of a manifest (.github/probegate.yml)
  validate [manifest]   check a manifest without running it
  merge GLOB            merge the reports of shards and locations: one verdict
  demo                  run an example manifest against a local preview with
                        deliberate faults

Options:
  -v, --version         print the version of probegate

Run probegate <command> --help for the options of a command.`;
// Loaded on use, so `--help` does not pay for the engine, the schema compiler and undici.
const COMMANDS = {
    run: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(136), __nccwpck_require__.e(626), __nccwpck_require__.e(635), __nccwpck_require__.e(62)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7062))).runCommand,
    validate: async () => (await __nccwpck_require__.e(/* import() */ 635).then(__nccwpck_require__.bind(__nccwpck_require__, 3635))).validateCommand,
    merge: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(136), __nccwpck_require__.e(626), __nccwpck_require__.e(635), __nccwpck_require__.e(62), __nccwpck_require__.e(232), __nccwpck_require__.e(166)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2166))).mergeCommand,
    demo: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(136), __nccwpck_require__.e(626), __nccwpck_require__.e(635), __nccwpck_require__.e(62), __nccwpck_require__.e(81)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4081))).demoCommand,
};
/** Exit status: 0 pass, 1 the gate failed, 2 unusable manifest or arguments, 3 probegate itself failed. */
async function main(argv) {
    const terminal = (0,_terminal_js__WEBPACK_IMPORTED_MODULE_5__/* .processTerminal */ .qH)();
    const [name, ...args] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        terminal.print(HELP);
        return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v' || name === 'version') {
        terminal.print(packageVersion());
        return 0;
    }
    const load = COMMANDS[name];
    if (!load) {
        terminal.error(`probegate: unknown command "${name}" (expected run, validate, merge or demo); see probegate --help`);
        return 2;
    }
    try {
        const command = await load();
        return await command(args, terminal);
    }
    catch (error) {
        terminal.progress.clear();
        if (error instanceof _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb) {
            terminal.error(`probegate ${name}: ${error.message}`);
            terminal.error(`See probegate ${name} --help.`);
            return 2;
        }
        terminal.error(`probegate ${name}: unexpected error, this is a bug: ${error?.stack ?? String(error)}`);
        return 3;
    }
}
/**
 * The version in package.json, two folders up from dist/cli/index.js as from src/cli/index.ts,
 * read at run time (a path the bundler cannot follow, so it does not copy package.json).
 */
function packageVersion(moduleUrl = import.meta.url) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(moduleUrl)), '..', '..', 'package.json');
    return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')).version;
}
process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1715:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _r: () => (/* binding */ createStyle),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   zK: () => (/* binding */ wantsColor)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
// Terminal styling through util.styleText, colour decided once here by Node's own rules, and
// everything a server or a manifest sent made printable first.

const FORCE_COLOR_ON = new Set(['', '1', 'true', '2', '3']);
/**
 * Whether to colour a stream, by the rules Node documents for FORCE_COLOR, NO_COLOR and
 * NODE_DISABLE_COLORS (and that styleText follows itself from Node 22.13, not on every Node 20):
 * decided here so that every supported Node answers the same.
 * 1. FORCE_COLOR set: '', 1, true, 2 or 3 colour any stream, whatever NO_COLOR says; any other
 *    value (0, false) turns colour off.
 * 2. NO_COLOR or NODE_DISABLE_COLORS set to anything but the empty string: no colour.
 * 3. Otherwise a terminal that has colours (TERM is not dumb) is coloured; a pipe or a file is not.
 */
function wantsColor(stream, env = process.env) {
    if (env.FORCE_COLOR !== undefined)
        return FORCE_COLOR_ON.has(env.FORCE_COLOR);
    if (env.NO_COLOR || env.NODE_DISABLE_COLORS)
        return false;
    // Node 20 reads an empty NO_COLOR as set: the terminal is asked without it.
    const terminalEnv = { ...env, NO_COLOR: undefined, NODE_DISABLE_COLORS: undefined };
    return stream.isTTY === true && (stream.hasColors?.(16, terminalEnv) ?? true);
}
function createStyle(color) {
    // validateStream: false, since the stream was judged above (styleText would judge stdout).
    const paint = (format) => (text) => color ? (0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)(format, text, { validateStream: false }) : text;
    return {
        color,
        bold: paint('bold'),
        dim: paint('dim'),
        red: paint('red'),
        green: paint('green'),
        yellow: paint('yellow'),
        cyan: paint('cyan'),
    };
}
/**
 * Text safe to print: control characters (escape sequences a server could use to rewrite the
 * terminal) shown as \xNN, and on one line unless `multiline`.
 */
function printable(text, multiline = false) {
    const controls = multiline ? /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g : /[\u0000-\u001F\u007F-\u009F]/g;
    return text.replace(controls, (c) => {
        if (c === '\r')
            return '';
        if (c === '\n' || c === '\t')
            return ' ';
        return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
    });
}


/***/ }),

/***/ 1028:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ onStderr),
/* harmony export */   qH: () => (/* binding */ processTerminal)
/* harmony export */ });
/* unused harmony export ProgressLine */
/* harmony import */ var _style_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1715);
/* harmony import */ var _width_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9002);


function processTerminal() {
    const { stdout, stderr, env } = process;
    const errorStyle = (0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .createStyle */ ._r)((0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .wantsColor */ .zK)(stderr, env));
    const width = widthOf(stdout);
    return {
        style: (0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .createStyle */ ._r)((0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .wantsColor */ .zK)(stdout, env)),
        errorStyle,
        width,
        print: (...lines) => void stdout.write(lines.flatMap((line) => (0,_width_js__WEBPACK_IMPORTED_MODULE_1__/* .wrap */ .LV)(line, width)).map((line) => `${line}\n`).join('')),
        error: (line) => void stderr.write((0,_width_js__WEBPACK_IMPORTED_MODULE_1__/* .wrap */ .LV)(line, widthOf(stderr)).map((l) => `${l}\n`).join('')),
        write: (text) => void stdout.write(`${text}\n`),
        progress: new ProgressLine(stderr.isTTY ? stderr : undefined, errorStyle),
    };
}
function widthOf(stream) {
    // A terminal that does not say its width (columns 0) is taken as 80 wide.
    return stream.isTTY ? stream.columns || 80 : undefined;
}
/** The same terminal with everything it prints sent to stderr, for when stdout carries data. */
function onStderr(terminal) {
    return {
        ...terminal,
        style: terminal.errorStyle,
        width: widthOf(process.stderr),
        print: (...lines) => lines.forEach((line) => terminal.error(line)),
    };
}
/**
 * `[3/9] \u2717 Orders API`: rewritten in place as checks finish, marked as the gate judges them; a
 * no-op off a terminal. A check whose comparison with the baseline is still to come is never
 * marked \u2713: the comparison, after every check has run, may still fail it.
 */
class ProgressLine {
    stream;
    style;
    constructor(stream, style) {
        this.stream = stream;
        this.style = style;
    }
    start(total, label) {
        this.show(`${this.style.dim(`[0/${total}]`)} ${label}`);
    }
    checkDone(result, done, total, awaitsComparison = false) {
        const marks = { passed: this.style.green('\u2713'), failed: this.style.red('\u2717'), warned: this.style.yellow('!'), skipped: this.style.dim('-') };
        const counter = `[${done}/${total}]`;
        const retried = result.attempts > 1 ? ` (${result.status === 'passed' ? 'passed ' : ''}after ${result.attempts} attempts)` : '';
        const mark = awaitsComparison ? this.style.dim('\u2026') : marks[result.status];
        const pending = awaitsComparison ? ', to compare with the baseline' : '';
        this.show(`${this.style.dim(counter)} ${mark} ${(0,_width_js__WEBPACK_IMPORTED_MODULE_1__/* .cutAround */ .se)(`${(0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(result.check.name)}${retried}${pending}`, this.columns() - counter.length - 3)}`);
    }
    /** The comparison with the baseline, after the checks: nothing compared is shown as passed before it. */
    comparing(checks) {
        this.show(`${this.style.dim('\u2026')} ${(0,_width_js__WEBPACK_IMPORTED_MODULE_1__/* .cutAround */ .se)(`comparing ${checks} check${checks === 1 ? '' : 's'} with the baseline\u2026`, this.columns() - 2)}`);
    }
    clear() {
        this.stream?.write('\r\u001b[2K');
    }
    columns() {
        return Math.max(20, (this.stream?.columns || 80) - 1);
    }
    show(line) {
        this.stream?.write(`\r\u001b[2K${line}`);
    }
}


/***/ }),

/***/ 9002:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $O: () => (/* binding */ cutDistinct),
/* harmony export */   LV: () => (/* binding */ wrap),
/* harmony export */   YB: () => (/* binding */ columns),
/* harmony export */   it: () => (/* binding */ cutMiddle),
/* harmony export */   se: () => (/* binding */ cutAround)
/* harmony export */ });
// Terminal columns, counted by grapheme (Intl.Segmenter): East Asian wide characters and emoji
// take two columns, a combining mark none (it is part of the grapheme before it), our own colour
// codes none. Cutting and wrapping never split a grapheme or a colour code.
// Made on first need: making one loads ICU's break rules, some 8 ms of every start of the command
// line (bench/, start-up), and most texts take the fast path of `columns` without it.
let segmenter;
const graphemes = (text) => (segmenter ??= new Intl.Segmenter()).segment(text);
const COLOR_CODE = /\u001b\[[0-9;]*m/g;
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]*$/u;
// Emoji shown as emoji: the default emoji presentation (\ud83d\udc4d, \ud83c\uddeb\ud83c\uddf7) or asked for with VS16 (\u2764\ufe0f, 1\ufe0f\u20e3).
const EMOJI = /\p{Emoji_Presentation}|\uFE0F/u;
// East Asian Wide and Fullwidth code points (Unicode EastAsianWidth.txt, W and F), by block.
const WIDE = [
    [0x1100, 0x115f],
    [0x2e80, 0x303e],
    [0x3041, 0x33ff],
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xa000, 0xa4cf],
    [0xa960, 0xa97f],
    [0xac00, 0xd7a3],
    [0xf900, 0xfaff],
    [0xfe10, 0xfe19],
    [0xfe30, 0xfe6f],
    [0xff00, 0xff60],
    [0xffe0, 0xffe6],
    [0x16fe0, 0x16fe4],
    [0x17000, 0x18cff],
    [0x1b000, 0x1b2ff],
    [0x1f200, 0x1f2ff],
    [0x20000, 0x2fffd],
    [0x30000, 0x3fffd],
];
function graphemeWidth(grapheme) {
    if (ZERO_WIDTH.test(grapheme))
        return 0;
    if (EMOJI.test(grapheme))
        return 2;
    const first = grapheme.codePointAt(0);
    return WIDE.some(([from, to]) => first >= from && first <= to) ? 2 : 1;
}
function tokens(text) {
    const result = [];
    let at = 0;
    const plain = (end) => {
        for (const { segment } of graphemes(text.slice(at, end)))
            result.push({ text: segment, width: graphemeWidth(segment) });
    };
    for (const match of text.matchAll(COLOR_CODE)) {
        plain(match.index);
        result.push({ text: match[0], width: 0 });
        at = match.index + match[0].length;
    }
    plain(text.length);
    return result;
}
// Characters of one column each that never join a grapheme: printable ASCII and Latin, general
// punctuation, arrows and box drawing (\u2713 \u2717 \u2026 \u203a \u21bb \u2500), most of what a table shows.
const ONE_COLUMN_EACH = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u257f\u2713\u2717]*$/;
/** Columns a string takes on the terminal. */
function columns(text) {
    // The common case without segmenting.
    if (ONE_COLUMN_EACH.test(text))
        return text.length;
    return tokens(text).reduce((sum, token) => sum + token.width, 0);
}
/** The leading tokens of `all` that fit in `width` columns. */
function head(all, width) {
    const kept = [];
    let used = 0;
    for (const token of all) {
        if (used + token.width > width)
            break;
        kept.push(token);
        used += token.width;
    }
    return kept;
}
function tail(all, width) {
    return head([...all].reverse(), width).reverse();
}
const join = (parts) => parts.map((token) => token.text).join('');
/** Text cut to `width` columns, keeping `headColumns` of its start and the rest of its end: `Orders API\u2026primary`. */
function cutAround(text, width, headColumns = width - 1) {
    if (columns(text) <= width)
        return text;
    if (width < 1)
        return '';
    const all = tokens(text);
    const kept = head(all, Math.min(headColumns, width - 1));
    const keptWidth = kept.reduce((sum, token) => sum + token.width, 0);
    return `${join(kept)}\u2026${join(tail(all.slice(kept.length), width - 1 - keptWidth))}`;
}
/** Cuts the middle out, keeping both ends: `http://127.0\u2026/api/orders`. */
function cutMiddle(text, width) {
    return cutAround(text, width, Math.ceil((width - 1) / 2));
}
/** `\u2026` + what is shown of text from its `from`-th grapheme + `\u2026`, in `width` columns. */
function cutWindow(text, width, from) {
    if (columns(text) <= width)
        return text;
    const all = tokens(text);
    const rest = all.slice(from);
    const shown = head(rest, width - 2);
    return shown.length === rest.length ? `\u2026${join(tail(all, width - 1))}` : `\u2026${join(shown)}\u2026`;
}
/**
 * Each text cut to `width` columns so that two different texts never read the same: a text cut at
 * its end unless that makes it read as another row, then the group that collides is cut the same
 * other way (more of the end kept, then a window on the middle) until they differ. Undefined when
 * no cut at this width tells them apart (the caller gives the column more room).
 */
function cutDistinct(texts, width, firstCut = (t) => cutAround(t, width)) {
    const shown = texts.map(firstCut);
    for (const group of collisions(texts, shown)) {
        const others = new Set(shown.filter((_, i) => !group.includes(i)));
        const distinctTexts = new Set(group.map((i) => texts[i])).size;
        const cut = otherCuts(group.map((i) => texts[i]), width).find((candidate) => {
            const tried = group.map((i) => candidate(texts[i]));
            return new Set(tried).size === distinctTexts && tried.every((text) => !others.has(text));
        });
        if (!cut)
            return undefined;
        for (const i of group)
            shown[i] = cut(texts[i]);
    }
    return shown;
}
/** The cuts to try, in order, on texts that read the same when cut at the end. */
function otherCuts(texts, width) {
    const cuts = [keepDifferingWords(texts, width)];
    for (let headColumns = width - 1; headColumns >= 1; headColumns--)
        cuts.push((text) => cutAround(text, width, headColumns));
    const longest = Math.max(...texts.map((text) => [...graphemes(text)].length));
    for (let from = 1; from < longest && width > 2; from++)
        cuts.push((text) => cutWindow(text, width, from));
    return cuts;
}
/**
 * The first cut to try for texts that share a start: keep their start and, whole, the words
 * where they begin to differ (`Checkout\u2026step one`, `Checkout\u2026step two`).
 */
function keepDifferingWords(texts, width) {
    let shared = 0;
    while (texts.every((text) => text[shared] !== undefined && text[shared] === texts[0][shared]))
        shared++;
    const wordStart = texts[0].lastIndexOf(' ', shared - 1) + 1;
    return (text) => cutAround(text, width, width - 1 - columns(text.slice(wordStart)));
}
/** The rows whose shown text is the same while their texts differ, grouped. */
function collisions(texts, shown) {
    const byShown = new Map();
    shown.forEach((text, i) => byShown.set(text, [...(byShown.get(text) ?? []), i]));
    return [...byShown.values()].filter((rows) => new Set(rows.map((i) => texts[i])).size > 1);
}
const HANGING = '  ';
/**
 * A line wrapped to `width` columns at spaces, each further line indented two more than the
 * first; a word longer than a line is broken between graphemes. As is when `width` is undefined.
 */
function wrap(line, width) {
    if (width === undefined || columns(line) <= width)
        return [line];
    const indent = /^ */.exec(line)[0];
    const continuation = indent + HANGING;
    const lines = [];
    let current = indent;
    let fresh = true;
    const available = () => width - columns(current);
    for (const word of line.slice(indent.length).split(' ')) {
        if (fresh && word === '' && current !== indent)
            continue;
        const separator = fresh ? '' : ' ';
        if (!fresh && columns(word) + 1 > available()) {
            lines.push(current.trimEnd());
            current = continuation;
            fresh = true;
            if (word === '')
                continue;
        }
        let rest = tokens(fresh ? word : separator + word);
        // At least a column a line: on a terminal narrower than the hanging indent, what is left of
        // a word would otherwise never fit, and empty lines would follow without end.
        while (rest.reduce((sum, token) => sum + token.width, 0) > Math.max(1, available())) {
            const piece = head(rest, Math.max(1, available()));
            const taken = piece.length > 0 ? piece : rest.slice(0, 1);
            lines.push(current + join(taken));
            rest = rest.slice(taken.length);
            current = continuation;
        }
        current += join(rest);
        fresh = false;
    }
    lines.push(current);
    return lines;
}


/***/ }),

/***/ 9834:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ GRPC_STATUS_NAMES)
/* harmony export */ });
// gRPC's status names, read by the classifier and, as the GRPC category's codes, by the taxonomy.
/** Status names by number (grpc/doc/statuscodes.md); the GRPC category's codes. */
const GRPC_STATUS_NAMES = [
    'OK',
    'CANCELLED',
    'UNKNOWN',
    'INVALID_ARGUMENT',
    'DEADLINE_EXCEEDED',
    'NOT_FOUND',
    'ALREADY_EXISTS',
    'PERMISSION_DENIED',
    'RESOURCE_EXHAUSTED',
    'FAILED_PRECONDITION',
    'ABORTED',
    'OUT_OF_RANGE',
    'UNIMPLEMENTED',
    'INTERNAL',
    'UNAVAILABLE',
    'DATA_LOSS',
    'UNAUTHENTICATED',
];


/***/ }),

/***/ 1622:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ SSL_CODES),
/* harmony export */   L: () => (/* binding */ HANDSHAKE_CODES)
/* harmony export */ });
// Every X.509 verify code Node reports (X509ErrorCode in deps/ncrypto: 27 names, anything else
// is UNSPECIFIED with OpenSSL's reason in the message), plus the codes probegate gives to
// hostname mismatches and handshake failures. The key is the `code` of an SSL error.
/** Codes probegate assigns to handshake failures; an error whose `code` is one of them is not an OpenSSL verify result. */
const HANDSHAKE_CODES = ['PROTOCOL_VERSION', 'HANDSHAKE_FAILURE', 'CERTIFICATE_REQUIRED', 'NOT_TLS', 'NO_APPLICATION_PROTOCOL'];
const SSL_CODES = {
    CERT_HAS_EXPIRED: {
        meaning: 'The server\u2019s certificate has expired.',
        fix: 'Renew the certificate (and check that automatic renewal runs) and redeploy it.',
    },
    CERT_NOT_YET_VALID: {
        meaning: 'The server\u2019s certificate is not valid yet (its notBefore date is in the future).',
        fix: 'Check the clock of the machine that issued it, or wait until it becomes valid.',
    },
    DEPTH_ZERO_SELF_SIGNED_CERT: {
        meaning: 'The server presents a self-signed certificate.',
        fix: 'Serve a certificate from a trusted CA, or give the check that certificate as `ca`.',
    },
    SELF_SIGNED_CERT_IN_CHAIN: {
        meaning: 'The certificate chain ends in a self-signed root that is not trusted.',
        fix: 'Use a certificate from a publicly trusted CA, or give the check your private root as `ca`.',
    },
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: {
        meaning: 'The root CA the chain leads to is not in the trust store (a private or internal CA).',
        fix: 'Give the check that root CA as `ca`, or serve a certificate from a publicly trusted CA.',
    },
    UNABLE_TO_GET_ISSUER_CERT: {
        meaning: 'The issuer of a trusted certificate could not be found: typically `ca` holds only the intermediate, not the root above it.',
        fix: 'Give the check the root CA as `ca` (the intermediate alone is not a trust anchor), and serve the full chain.',
    },
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: {
        meaning: 'The leaf certificate could not be verified: the server does not send its intermediate certificate, or the leaf\u2019s issuer is not trusted.',
        fix: 'Serve the full chain (leaf followed by its intermediates), for example fullchain.pem instead of cert.pem.',
    },
    CERT_REVOKED: {
        meaning: 'A certificate in the chain has been revoked by its issuer (according to the `crl` given to the check).',
        fix: 'Issue and deploy a new certificate.',
    },
    UNABLE_TO_GET_CRL: {
        meaning: 'The check has a `crl`, but none from one of the CAs in the chain (with a `crl`, every certificate below the trusted root is checked).',
        fix: 'Give the check a CRL from every CA in the chain, the root\u2019s included, or remove `crl`.',
    },
    CRL_HAS_EXPIRED: {
        meaning: 'The certificate revocation list has expired (its nextUpdate is past).',
        fix: 'Fetch a current CRL from the CA and give it to the check.',
    },
    CRL_NOT_YET_VALID: {
        meaning: 'The certificate revocation list is not valid yet.',
        fix: 'Check the clock of the CA that issued the CRL, or use the current CRL.',
    },
    CRL_SIGNATURE_FAILURE: {
        meaning: 'The signature of the certificate revocation list is invalid.',
        fix: 'Give the check the CRL published by the CA that issued the certificate.',
    },
    CERT_SIGNATURE_FAILURE: {
        meaning: 'The signature of a certificate in the chain is invalid (corrupted or not from its issuer).',
        fix: 'Re-issue the certificate and serve the chain it was really issued under.',
    },
    INVALID_CA: {
        meaning: 'A certificate in the chain is used as a CA but is not allowed to act as one.',
        fix: 'Serve a chain whose intermediates are real CA certificates (basicConstraints CA:TRUE).',
    },
    INVALID_PURPOSE: {
        meaning: 'A certificate in the chain is not allowed for TLS server authentication: its extendedKeyUsage lacks serverAuth (a client-only certificate), or an issuer is not a CA (basicConstraints CA:FALSE).',
        fix: 'Issue the certificate with extendedKeyUsage serverAuth, from a CA certificate with CA:TRUE.',
    },
    PATH_LENGTH_EXCEEDED: {
        meaning: 'The chain is longer than an intermediate\u2019s pathlen constraint allows.',
        fix: 'Issue the certificate directly from an intermediate whose pathlen permits it.',
    },
    CERT_CHAIN_TOO_LONG: {
        meaning: 'The certificate chain is longer than the verifier\u2019s maximum depth.',
        fix: 'Serve a shorter chain.',
    },
    CERT_UNTRUSTED: {
        meaning: 'The root CA is not marked as trusted for this purpose.',
        fix: 'Use a CA that is trusted for TLS server authentication.',
    },
    CERT_REJECTED: {
        meaning: 'The root CA is marked to reject this purpose.',
        fix: 'Use a CA that is trusted for TLS server authentication.',
    },
    UNABLE_TO_DECRYPT_CERT_SIGNATURE: {
        meaning: 'The signature of a certificate could not be decrypted.',
        fix: 'Re-issue the certificate; its signature does not match its issuer\u2019s key.',
    },
    UNABLE_TO_DECRYPT_CRL_SIGNATURE: {
        meaning: 'The signature of the CRL could not be decrypted.',
        fix: 'Give the check the CRL published by the issuing CA.',
    },
    UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY: {
        meaning: 'The public key of the issuer could not be read.',
        fix: 'Serve a valid issuer certificate in the chain.',
    },
    ERROR_IN_CERT_NOT_BEFORE_FIELD: {
        meaning: 'The certificate\u2019s notBefore field is malformed.',
        fix: 'Re-issue the certificate.',
    },
    ERROR_IN_CERT_NOT_AFTER_FIELD: {
        meaning: 'The certificate\u2019s notAfter field is malformed.',
        fix: 'Re-issue the certificate.',
    },
    ERROR_IN_CRL_LAST_UPDATE_FIELD: {
        meaning: 'The CRL\u2019s lastUpdate field is malformed.',
        fix: 'Give the check a valid CRL from the CA.',
    },
    ERROR_IN_CRL_NEXT_UPDATE_FIELD: {
        meaning: 'The CRL\u2019s nextUpdate field is malformed.',
        fix: 'Give the check a valid CRL from the CA.',
    },
    OUT_OF_MEM: {
        meaning: 'OpenSSL ran out of memory while verifying the certificate.',
        fix: 'Run the check again; if it persists, report it.',
    },
    HOSTNAME_MISMATCH: {
        meaning: 'The certificate does not cover the host name the check connected to.',
        fix: 'Serve a certificate whose subjectAltName includes this host, or set `servername` to the name it covers.',
    },
    PROTOCOL_VERSION: {
        meaning: 'The client and the server have no TLS version in common (the server offers only TLS 1.0/1.1, or only versions the client does not).',
        fix: 'Enable TLS 1.2 or 1.3 on the server; TLS 1.0 and 1.1 are obsolete and disabled in Node.',
    },
    HANDSHAKE_FAILURE: {
        meaning: 'The TLS handshake failed: no cipher suite in common, or the server rejected the handshake (on TLS 1.2 also when it requires a client certificate).',
        fix: 'Enable modern cipher suites on the server; if it requires a client certificate, give the check `cert` and `key`.',
    },
    CERTIFICATE_REQUIRED: {
        meaning: 'The server requires a client certificate and did not get one it accepts: none was sent, or it rejected the one sent.',
        fix: 'Give the check a client certificate (`cert` and `key`) issued by a CA the server trusts.',
    },
    NOT_TLS: {
        meaning: 'The port does not speak TLS: the server answered something else (plain HTTP, SSH, SMTP...).',
        fix: 'Use http:// (or ws://) for this port, or point the check at the TLS port.',
    },
    NO_APPLICATION_PROTOCOL: {
        meaning: 'The server does not support any application protocol the client offered (ALPN).',
        fix: 'Enable HTTP/1.1 or HTTP/2 on the server\u2019s TLS listener.',
    },
    UNSPECIFIED: {
        meaning: 'The certificate could not be verified.',
        fix: 'Inspect the chain the server sends (openssl s_client -showcerts) and re-issue what OpenSSL rejects, such as a SHA-1 signature or a key that is too small.',
    },
};


/***/ }),

/***/ 2516:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R6: () => (/* binding */ CATEGORIES),
/* harmony export */   WE: () => (/* binding */ explain),
/* harmony export */   iA: () => (/* binding */ CATEGORY_CODES)
/* harmony export */ });
/* unused harmony exports renderCodeTable, CATEGORY_EXPLANATIONS, CODE_EXPLANATIONS */
/* harmony import */ var _grpc_status_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9834);
/* harmony import */ var _ssl_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1622);


const CATEGORIES = [
    'AUTHENTICATION_ERROR',
    'CONNREFUSED',
    'CONNRESET',
    'DNS',
    'HOSTUNREACH',
    'NETUNREACH',
    'HTTP2',
    'INVALID_REQUEST',
    'SSL',
    'TIMEOUT',
    'MALFORMED_RESPONSE',
    'TOO_MANY_REDIRECTS',
    'BODY_TOO_LARGE',
    'WEBSOCKET',
    'GRPC',
    'INCORRECT_ASSERTION',
    'REGRESSION',
    'UNKNOWN',
];
/**
 * The closed list of codes each category can end with: what a `CATEGORY:CODE` gate selector may
 * name. docs/errors.md shows it (renderCodeTable) and __tests__/docs/errors.test.ts keeps the two,
 * and the codes the source produces, in step.
 */
const CATEGORY_CODES = {
    AUTHENTICATION_ERROR: ['AUTHENTICATION_ERROR', 'PROXY_AUTHENTICATION'],
    CONNREFUSED: ['CONNREFUSED', 'PROXY_REFUSED'],
    CONNRESET: ['CONNRESET', 'SOCKET_CLOSED'],
    DNS: ['NXDOMAIN', 'NODATA', 'SERVFAIL', 'REFUSED', 'NOTIMP', 'FORMERR', 'YXDOMAIN', 'YXRRSET', 'NXRRSET', 'NOTAUTH', 'NOTZONE', 'DSOTYPENI', 'UNASSIGNED_RCODE', 'DNS'],
    HOSTUNREACH: ['HOSTUNREACH'],
    NETUNREACH: ['NETUNREACH'],
    HTTP2: ['NOT_NEGOTIATED', 'HTTP2'],
    INVALID_REQUEST: ['INVALID_REQUEST'],
    SSL: Object.keys(_ssl_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .SSL_CODES */ .A),
    TIMEOUT: ['REQUEST_TIMEOUT', 'OVERALL_TIMEOUT', 'READY_TIMEOUT'],
    MALFORMED_RESPONSE: ['MALFORMED_RESPONSE', 'CONTENT_LENGTH_MISMATCH', 'HEADERS_TOO_LARGE', 'INVALID_STATUS', 'CONTROL_CHARACTERS', 'EXTRA_DATA', 'INVALID_LOCATION'],
    TOO_MANY_REDIRECTS: ['TOO_MANY_REDIRECTS'],
    BODY_TOO_LARGE: ['BODY_TOO_LARGE'],
    WEBSOCKET: ['WEBSOCKET', 'MESSAGE_TOO_LONG'],
    // gRPC status names, but OK (never an error) and UNAUTHENTICATED (AUTHENTICATION_ERROR).
    GRPC: _grpc_status_js__WEBPACK_IMPORTED_MODULE_1__/* .GRPC_STATUS_NAMES */ .X.filter((name) => name !== 'OK' && name !== 'UNAUTHENTICATED'),
    INCORRECT_ASSERTION: ['INCORRECT_ASSERTION', 'NOTHING_EXTRACTED'],
    REGRESSION: ['LATENCY', 'SCHEMA', 'STATUS', 'HEADER'],
    UNKNOWN: ['UNKNOWN'],
};
/** The closed list as the markdown table docs/errors.md shows under "Gate selectors". */
function renderCodeTable() {
    const rows = CATEGORIES.map((category) => `| \`${category}\` | ${CATEGORY_CODES[category].map((code) => `\`${code}\``).join(' ')} |`);
    return ['| category | codes (`CATEGORY:CODE`) |', '|---|---|', ...rows].join('\n');
}
const CATEGORY_EXPLANATIONS = {
    AUTHENTICATION_ERROR: {
        meaning: 'The server rejected the credentials the check sent.',
        fix: 'Check that the token or password given to the check is valid for this environment; retries are disabled for this check.',
    },
    CONNREFUSED: {
        meaning: 'The target actively refused the connection: nothing is listening on that port.',
        fix: 'Check that the service is running and that the host and port are right.',
    },
    CONNRESET: {
        meaning: 'The remote end closed the connection abruptly before the response was complete.',
        fix: 'Look at the server or proxy logs for a crash, a restart or a killed worker at that time.',
    },
    DNS: {
        meaning: 'The name could not be resolved.',
        fix: 'Check the host name for typos and that its DNS record exists for this environment.',
    },
    HOSTUNREACH: {
        meaning: 'There is no route to the host.',
        fix: 'Check that the host is up and reachable from the runner (firewall, VPN, private network).',
    },
    NETUNREACH: {
        meaning: 'The network of the target is unreachable from here.',
        fix: 'Check the runner\u2019s network access to that address (IPv6 on an IPv4-only runner, private range).',
    },
    HTTP2: {
        meaning: 'Error performing HTTP/2 request: the HTTP/2 session or stream failed.',
        fix: 'Look at the HTTP/2 settings and logs of the server or proxy (stream limits, GOAWAY on reload); set `http_version: http1` to compare.',
    },
    INVALID_REQUEST: {
        meaning: 'The check itself is invalid and was not run.',
        fix: 'Correct the check in the manifest at the line shown.',
    },
    SSL: {
        meaning: 'The TLS connection failed.',
        fix: 'Check the certificate the server presents and the TLS options of the check.',
    },
    TIMEOUT: {
        meaning: 'The check did not complete in time.',
        fix: 'Check whether the service is overloaded or stuck, or raise the check\u2019s `timeout`.',
    },
    MALFORMED_RESPONSE: {
        meaning: 'The server\u2019s reply breaks the protocol.',
        fix: 'Fix the server or proxy that produces the response; clients and browsers may reject it too.',
    },
    TOO_MANY_REDIRECTS: {
        meaning: 'The request was redirected more than 10 times, or in a loop.',
        fix: 'Check the redirect rules of the server (HTTP to HTTPS, trailing slashes, login redirects).',
    },
    BODY_TOO_LARGE: {
        meaning: 'The response body is larger than the 10 MiB cap.',
        fix: 'Point the check at a smaller resource, or check why the endpoint returns so much.',
    },
    WEBSOCKET: {
        meaning: 'The WebSocket could not be opened or closed before the expected message.',
        fix: 'Check the WebSocket endpoint, the upgrade handling of any proxy in front of it, and the handshake headers.',
    },
    GRPC: {
        meaning: 'The gRPC call ended with a non-OK status.',
        fix: 'Look at the service\u2019s logs for the status and its details.',
    },
    INCORRECT_ASSERTION: {
        meaning: 'The probe completed but at least one assertion failed.',
        fix: 'Compare expected and actual: either the service regressed or the assertion needs updating.',
    },
    REGRESSION: {
        meaning: 'The preview passed its own checks but is worse than the baseline it was compared with.',
        fix: 'Read the "Preview vs baseline" table: fix what the preview lost, or accept the change (baseline.ignore, baseline.latency, compare: false).',
    },
    UNKNOWN: {
        meaning: 'An unexpected error happened.',
        fix: 'This is a probegate bug: please report it with the message.',
    },
};
/** Codes with an explanation of their own, by `CATEGORY:CODE`. */
const CODE_EXPLANATIONS = {
    'AUTHENTICATION_ERROR:PROXY_AUTHENTICATION': {
        meaning: 'The forward proxy answered 407 Proxy Authentication Required: it wants credentials before it opens a tunnel.',
        fix: 'Put the proxy\u2019s credentials in its URL (`http://user:password@proxy:3128`, in HTTPS_PROXY / HTTP_PROXY or `request.proxy`); retries are disabled for this check.',
    },
    'CONNREFUSED:PROXY_REFUSED': {
        meaning: 'The forward proxy refused: nothing listens at its address, or it would not open a tunnel to the target (its status is in the message). The target was never reached.',
        fix: 'Check the proxy URL (HTTPS_PROXY / HTTP_PROXY or `request.proxy`) and the proxy\u2019s rules for this host and port, or bypass it for this host with NO_PROXY or `proxy: none`.',
    },
    'TIMEOUT:REQUEST_TIMEOUT': {
        meaning: 'One attempt exceeded the check\u2019s request timeout.',
        fix: 'Check whether the service is slow or stuck at the phase shown, or raise the check\u2019s `timeout`.',
    },
    'TIMEOUT:OVERALL_TIMEOUT': {
        meaning: 'Request plus assertions of one attempt exceeded the overall time limit.',
        fix: 'Check why the response is slow to arrive in full, or raise the check\u2019s `overall_timeout`.',
    },
    'TIMEOUT:READY_TIMEOUT': {
        meaning: 'The preview never answered the `ready` URL in time, so no check was run.',
        fix: 'Check that the deployment finished and serves this build, and that the `ready` URL is right, or raise `ready.timeout`.',
    },
    'DNS:NXDOMAIN': {
        meaning: 'The DNS server answered that the name does not exist (NXDOMAIN).',
        fix: 'Check the host name for typos and that the record was created for this environment.',
    },
    'DNS:NODATA': {
        meaning: 'The name exists but has no record of the requested type (NODATA).',
        fix: 'Add the missing record, or ask for the record type the name really has.',
    },
    'DNS:SERVFAIL': {
        meaning: 'The DNS server failed to answer for this name (SERVFAIL).',
        fix: 'Check the authoritative servers and DNSSEC of the zone.',
    },
    'DNS:REFUSED': {
        meaning: 'The DNS server refused to answer (REFUSED).',
        fix: 'Use a resolver that serves this zone or allows recursion for the runner.',
    },
    // Not a missing name: "check the host name for typos" would mislead for these.
    'DNS:NOTIMP': {
        meaning: 'The DNS server does not implement this kind of query (NOTIMP).',
        fix: 'Query a server that supports the record type.',
    },
    'DNS:FORMERR': {
        meaning: 'The DNS server rejected the query as malformed (FORMERR).',
        fix: 'Check the `server` of the check: it may not be a DNS server.',
    },
    'DNS:YXDOMAIN': {
        meaning: 'The DNS server answered YXDOMAIN: a name exists that should not.',
        fix: 'Check the zone on the server, or ask a recursive resolver: servers do not answer this to plain queries.',
    },
    'DNS:YXRRSET': {
        meaning: 'The DNS server answered YXRRSET: a record set exists that should not.',
        fix: 'Check the zone on the server, or ask a recursive resolver: servers do not answer this to plain queries.',
    },
    'DNS:NXRRSET': {
        meaning: 'The DNS server answered NXRRSET: a record set that should exist does not.',
        fix: 'Check the zone on the server, or ask a recursive resolver: servers do not answer this to plain queries.',
    },
    'DNS:NOTAUTH': {
        meaning: 'The DNS server is not authoritative for the zone (NOTAUTH).',
        fix: 'Ask a server that serves the zone, or a recursive resolver.',
    },
    'DNS:NOTZONE': {
        meaning: 'The name is not in the zone the DNS server serves (NOTZONE).',
        fix: 'Ask a server that serves the zone, or a recursive resolver.',
    },
    'DNS:DSOTYPENI': {
        meaning: 'The DNS server answered DSOTYPENI (DSO type not implemented), which no plain query asks for.',
        fix: 'Check what runs on the `server` of the check, or ask a standard recursive resolver.',
    },
    'DNS:UNASSIGNED_RCODE': {
        meaning: 'The DNS server answered with an rcode no standard assigns.',
        fix: 'Check what runs on the `server` of the check, or ask a standard recursive resolver.',
    },
    'CONNRESET:SOCKET_CLOSED': {
        meaning: 'The server closed the connection before the response was complete.',
        fix: 'Look at the server logs for a crash or a worker killed mid-response, and at proxy timeouts.',
    },
    'MALFORMED_RESPONSE:CONTENT_LENGTH_MISMATCH': {
        meaning: 'The response\u2019s Content-Length is invalid, conflicting or does not match the body sent.',
        fix: 'Fix the server or proxy that sets Content-Length (duplicate headers, compressed bodies with the original length).',
    },
    'MALFORMED_RESPONSE:HEADERS_TOO_LARGE': {
        meaning: 'The response head (status line and headers) is over the limit of 64 KiB.',
        fix: 'Look for a header the server or a proxy grows without bound (cookies set on every request, a debug or trace header).',
    },
    'MALFORMED_RESPONSE:INVALID_STATUS': {
        meaning: 'The status code is outside 100-599, or 101 Switching Protocols to a request that asked for no switch.',
        fix: 'Fix the server or proxy that writes the status line; clients treat such a status as an error.',
    },
    'MALFORMED_RESPONSE:CONTROL_CHARACTERS': {
        meaning: 'The status line or a header contains a control byte (NUL, a bare CR...).',
        fix: 'Fix the code that copies unescaped data (user input, file names) into a header; such bytes enable response splitting.',
    },
    'MALFORMED_RESPONSE:EXTRA_DATA': {
        meaning: 'The server sent more bytes than the response\u2019s Content-Length declares (or a body where none is allowed).',
        fix: 'Fix the Content-Length the server or a proxy sets (a body changed after the length was computed, a body on HEAD, 204 or 304).',
    },
    'MALFORMED_RESPONSE:INVALID_LOCATION': {
        meaning: 'A redirect\u2019s Location header is empty, not a valid URL, or not an http(s) URL.',
        fix: 'Fix the redirect rule that builds the Location header on the server.',
    },
    'HTTP2:NOT_NEGOTIATED': {
        meaning: 'The server did not negotiate HTTP/2 (ALPN `h2`) although the check requires it.',
        fix: 'Enable HTTP/2 on the server or load balancer, or set `http_version: any` to allow HTTP/1.1.',
    },
    'WEBSOCKET:MESSAGE_TOO_LONG': {
        meaning: 'Received message longer than the maximum supported length (50 KiB).',
        fix: 'Have the endpoint send a shorter first message, or probe an endpoint meant for health checks.',
    },
    'GRPC:UNIMPLEMENTED': {
        meaning: 'The server does not implement this gRPC service or method.',
        fix: 'Check the `service` and `method` against what the server registers (and that the proto is the one it serves).',
    },
    'GRPC:NOT_FOUND': {
        meaning: 'The server does not know what the call asked for (for a health check: the `service` name).',
        fix: 'Check the `service` of a health check, or the resource named in the message, for this environment.',
    },
    'GRPC:UNAVAILABLE': {
        meaning: 'The gRPC server is unavailable: the connection closed or the server is shutting down.',
        fix: 'Check that the server is up and speaks gRPC (HTTP/2) on this port, also through any proxy in front of it.',
    },
    'INCORRECT_ASSERTION:NOTHING_EXTRACTED': {
        meaning: 'A step of a multistep check completed, but a value it extracts for later steps was not in the response.',
        fix: 'Compare the extraction (`from`, `path`, `property`, `regex`) with what the server sent: either the response changed or the extraction needs updating.',
    },
    'REGRESSION:LATENCY': {
        meaning: 'The preview is significantly slower than the baseline: ratio, minimum difference, significance and the A/A noise all say so.',
        fix: 'Profile the slower path in the preview, or raise baseline.latency when the cost is accepted.',
    },
    'REGRESSION:SCHEMA': {
        meaning: 'A JSON field the baseline sends every time is missing from the preview or changed type.',
        fix: 'Restore the field (clients read it), or add its path to baseline.ignore when the change is intended.',
    },
    'REGRESSION:STATUS': {
        meaning: 'The preview answers another status than the one the baseline answers every time.',
        fix: 'Check the route, redirect or handler that changed; update the check when the change is intended.',
    },
    'REGRESSION:HEADER': {
        meaning: 'A header named in baseline.headers that the baseline sends every time is missing from the preview.',
        fix: "Restore the header in the preview's server, framework or CDN configuration.",
    },
    'GRPC:DEADLINE_EXCEEDED': {
        meaning: 'The server ended the call with DEADLINE_EXCEEDED before the check\u2019s own timeout ran out.',
        fix: 'Look at the server\u2019s own deadlines for the calls it makes to its dependencies.',
    },
};
/** Looks up the explanation for a category and code, most specific first. */
function explain(category, code) {
    return (CODE_EXPLANATIONS[`${category}:${code}`] ??
        CATEGORY_EXPLANATIONS[category] ??
        CATEGORY_EXPLANATIONS.UNKNOWN);
}


/***/ }),

/***/ 1956:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N4: () => (/* binding */ tally),
/* harmony export */   Qi: () => (/* binding */ parseSelectors),
/* harmony export */   S4: () => (/* binding */ judge),
/* harmony export */   ei: () => (/* binding */ applyGate),
/* harmony export */   fY: () => (/* reexport safe */ _manifest_selectors_js__WEBPACK_IMPORTED_MODULE_0__.f),
/* harmony export */   mW: () => (/* binding */ resolveGate),
/* harmony export */   rm: () => (/* binding */ judgeReady),
/* harmony export */   sV: () => (/* binding */ DEFAULT_GATE)
/* harmony export */ });
/* unused harmony exports READY_TIMEOUT_SELECTOR, gateFor */
/* harmony import */ var _manifest_selectors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2143);
const DEFAULT_GATE = { failOn: ['all'], warnOn: [] };
/** The only selector that lets a preview that never became ready warn instead of fail. */
const READY_TIMEOUT_SELECTOR = 'TIMEOUT:READY_TIMEOUT';
/**
 * The run's gate, key by key: the inputs (or command-line flags) beat the manifest's `gate` and
 * `defaults`, which beat the default (`fail_on: [all]`, `warn_on: []`). A check that sets its own
 * fail_on or warn_on is judged by its own pair instead (see judge).
 */
function resolveGate(input, manifest) {
    return {
        failOn: input.failOn ?? manifest.failOn ?? DEFAULT_GATE.failOn,
        warnOn: input.warnOn ?? manifest.warnOn ?? DEFAULT_GATE.warnOn,
    };
}
/**
 * How specifically a selector matches an error: 3 for CATEGORY:CODE, 2 for CATEGORY, 1 for
 * `all`, 0 for no match. The most specific selector decides, so `fail_on: [all]` with
 * `warn_on: [TIMEOUT]` lets timeouts warn; a tie fails.
 */
function specificity(selectors, error) {
    let best = 0;
    for (const selector of selectors) {
        if (selector === 'all')
            best = Math.max(best, 1);
        else if (selector === error.category)
            best = Math.max(best, 2);
        else if (selector === `${error.category}:${error.code}`)
            best = 3;
    }
    return best;
}
/** The pair a check is judged by: its own when it sets either half (the other half defaulted), else the run's. */
function gateFor(check, gate) {
    if (check.failOn === undefined && check.warnOn === undefined)
        return gate;
    return { failOn: check.failOn ?? DEFAULT_GATE.failOn, warnOn: check.warnOn ?? DEFAULT_GATE.warnOn };
}
function judge(outcome, gate) {
    if (outcome.skipped)
        return { ...outcome, status: 'skipped' };
    if (!outcome.error)
        return { ...outcome, status: 'passed' };
    // A manifest problem fails the job whatever the gate says of INVALID_REQUEST: the check cannot
    // run as written, and a warning would read as a pass in the summary, the report and the comment.
    if (outcome.check.invalid)
        return { ...outcome, status: 'failed', level: 'error' };
    const own = gateFor(outcome.check, gate);
    const fail = specificity(own.failOn, outcome.error);
    const warn = specificity(own.warnOn, outcome.error);
    if (fail > 0 && fail >= warn)
        return { ...outcome, status: 'failed', level: 'error' };
    return { ...outcome, status: 'warned', level: warn > 0 ? 'warning' : 'notice' };
}
/**
 * A preview that never became ready fails the run, whatever `all` or `TIMEOUT` say: only the
 * run's warn_on naming TIMEOUT:READY_TIMEOUT itself makes it a warning. A check's own selectors do
 * not apply: no check ran.
 */
function judgeReady(notReady, gate) {
    const warns = gate.warnOn.includes(READY_TIMEOUT_SELECTOR);
    return { ...notReady, status: warns ? 'warned' : 'failed', level: warns ? 'warning' : 'error' };
}
function applyGate(engineRun, gate, manifest, durationMs) {
    const checks = engineRun.outcomes.map((outcome) => judge(outcome, gate));
    const ready = engineRun.notReady ? judgeReady(engineRun.notReady, gate) : undefined;
    return { ...tally(checks, ready, manifest.problems), checks, ...(ready ? { ready } : {}), manifestFile: manifest.file, durationMs };
}
/**
 * The verdict, the counts by status and the categories (in order of first appearance) of judged
 * checks and of the ready wait, when the preview never became ready. A manifest with problems
 * fails, those outside any check (the baseline's, the ready wait's) included.
 */
function tally(checks, ready, manifestProblems) {
    const count = (status) => checks.filter((c) => c.status === status).length;
    const errors = [...(ready ? [ready.error] : []), ...checks.flatMap((c) => (c.error ? [c.error] : []))];
    const categories = [...new Set(errors.map((error) => error.category))];
    const failed = count('failed');
    return {
        result: failed > 0 || ready?.status === 'failed' || manifestProblems > 0 ? 'fail' : 'pass',
        summary: { total: checks.length, passed: count('passed'), failed, warned: count('warned'), skipped: count('skipped') },
        categories,
    };
}

/** Parses `SSL, TIMEOUT:REQUEST_TIMEOUT` or one per line; undefined for an empty input. */
function parseSelectors(text) {
    const list = (text ?? '').split(/[\s,]+/).filter(Boolean);
    return list.length > 0 ? list : undefined;
}


/***/ }),

/***/ 2143:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ selectorProblem)
/* harmony export */ });
/* harmony import */ var _errors_taxonomy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2516);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7271);
// Gate selectors (`all`, CATEGORY, CATEGORY:CODE) checked against the closed list of codes, wherever
// they are written: the manifest's gate, defaults and checks, the action's inputs, the CLI's flags.


// `all` is among the suggestions: `ALL` or `al` means all, not the nearest category (SSL).
const EVERY_SELECTOR = ['all', ..._errors_taxonomy_js__WEBPACK_IMPORTED_MODULE_0__/* .CATEGORIES */ .R6.flatMap((category) => [category, ..._errors_taxonomy_js__WEBPACK_IMPORTED_MODULE_0__/* .CATEGORY_CODES */ .iA[category].map((code) => `${category}:${code}`)])];
/**
 * Why a selector names nothing, with the selector it was probably meant to be, or undefined when
 * it is `all`, a category of the taxonomy or one of the codes that category can end with.
 */
function selectorProblem(selector) {
    if (selector === 'all')
        return undefined;
    const [category, code, ...rest] = selector.split(':');
    const known = _errors_taxonomy_js__WEBPACK_IMPORTED_MODULE_0__/* .CATEGORIES */ .R6.includes(category);
    if (known && code === undefined)
        return undefined;
    if (known && rest.length === 0 && _errors_taxonomy_js__WEBPACK_IMPORTED_MODULE_0__/* .CATEGORY_CODES */ .iA[category].includes(code))
        return undefined;
    const quoted = `"${selector}"`;
    const suggestion = (known ? closestCode(category, code ?? '') : undefined) ?? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(selector, EVERY_SELECTOR);
    const hint = suggestion ? `, did you mean ${suggestion}?` : '';
    const why = known
        ? `${quoted} is not a code the ${category} category can end with${hint} (${codeList(category)})`
        : `${quoted} is not an error category${hint} (expected all, a category such as SSL, or CATEGORY:CODE such as SSL:CERT_HAS_EXPIRED; see docs/errors.md)`;
    return why;
}
// A category with more codes than this points at the docs rather than listing them in a message.
const LISTED_CODES = 8;
function codeList(category) {
    const codes = _errors_taxonomy_js__WEBPACK_IMPORTED_MODULE_0__/* .CATEGORY_CODES */ .iA[category];
    return codes.length <= LISTED_CODES ? `its codes: ${codes.join(', ')}; see docs/errors.md` : `its ${codes.length} codes are listed in docs/errors.md`;
}
/** The code of the category a mistyped code was probably meant to be: the closest, or the one it abbreviates. */
function closestCode(category, code) {
    const codes = _errors_taxonomy_js__WEBPACK_IMPORTED_MODULE_0__/* .CATEGORY_CODES */ .iA[category];
    const upper = code.toUpperCase();
    const found = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(code, codes) ?? (upper ? codes.find((candidate) => candidate.includes(upper)) : undefined);
    return found && `${category}:${found}`;
}


/***/ }),

/***/ 7271:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/** The candidate closest to `word` by edit distance, when it is close enough to be a typo. */
function closest(word, candidates) {
    const limit = Math.max(2, Math.floor(word.length / 3));
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        // No closer than their lengths differ: a long value (a 2 MB operator) is measured against nothing.
        if (Math.abs(word.length - candidate.length) > limit)
            continue;
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= limit ? best : undefined;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
        }
        previous = current;
    }
    return previous[b.length];
}


/***/ }),

/***/ 2612:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ references),
/* harmony export */   Ly: () => (/* binding */ MISSING_BASE_URL),
/* harmony export */   P$: () => (/* binding */ VariableError),
/* harmony export */   ZA: () => (/* binding */ isBuiltInWithoutValue),
/* harmony export */   fw: () => (/* binding */ substituteDeep),
/* harmony export */   ks: () => (/* binding */ fillReferences),
/* harmony export */   qT: () => (/* binding */ normalizeBaseUrl),
/* harmony export */   ut: () => (/* binding */ Variables)
/* harmony export */ });
/* unused harmony export BUILT_IN_NOT_KNOWN */
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7271);

class VariableError extends Error {
    fixedOutside;
    name = 'VariableError';
    constructor(message, 
    /** The manifest is right; what it reads is missing from the environment or the run (a built-in variable without a value). */
    fixedOutside = false) {
        super(message);
        this.fixedOutside = fixedOutside;
    }
}
/** Where a built-in variable other than BASE_URL comes from, for the message when it has no value. */
const BUILT_IN_SOURCES = {
    SHA: 'a GitHub runner sets it to the commit checked (GITHUB_SHA)',
    REPOSITORY: 'a GitHub runner sets it to owner/name (GITHUB_REPOSITORY)',
    PR_NUMBER: 'it is set on pull_request events only',
};
/** The start of the problem a check gets when it uses {{ BASE_URL }} and no base URL is known. */
const MISSING_BASE_URL = 'the check uses {{ BASE_URL }} but no base URL is known';
/** What the problem says of another built-in variable used without a value (`{{ SHA }} is not known in this run`). */
const BUILT_IN_NOT_KNOWN = 'is not known in this run';
/** Whether a problem's message is that of a built-in variable used without a value. */
function isBuiltInWithoutValue(message) {
    return message.includes(MISSING_BASE_URL) || message.includes(`}} ${BUILT_IN_NOT_KNOWN}:`);
}
const REFERENCE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\s*\}\}/g;
const MAX_DEPTH = 10;
/** The names a text refers to as `{{ NAME }}`. */
function references(text) {
    // Most texts refer to nothing: a multistep step's fields are looked at on every run.
    if (!text.includes('{{'))
        return [];
    return [...text.matchAll(REFERENCE)].map((match) => match[1]);
}
/** Fills `{{ NAME }}` from `values`, leaving references to other names as they are. */
function fillReferences(text, values) {
    if (!text.includes('{{'))
        return text;
    return text.replace(REFERENCE, (reference, name) => values.get(name) ?? reference);
}
/** Replaces `{{ NAME }}` and `{{ env.NAME }}`, and remembers every secret value it hands out. */
class Variables {
    sources;
    referenced;
    secrets = new Set();
    values;
    /** Names a multistep check's earlier steps extract: left as `{{ NAME }}` for the run to fill. */
    deferred = new Set();
    /** Names only this or later steps extract, with which step does (`a later step ("Create")`), for the message. */
    later = new Map();
    /**
     * @param referenced false when the manifest refers to no variable anywhere (its reading found no
     * `{{` in any value): substituteDeep then leaves every value as read without walking it.
     */
    constructor(sources, referenced = true) {
        this.sources = sources;
        this.referenced = referenced;
        this.values = { ...sources.builtins, ...sources.manifest, ...sources.inputs, ...sources.secretInputs };
        for (const value of Object.values(sources.secretInputs))
            this.addSecret(value);
    }
    /**
     * The variables as one step of a multistep check sees them: `extracted` (by earlier steps) are
     * kept as references and shadow the others; `later` maps names later steps extract to those steps.
     */
    forStep(extracted, later) {
        const view = Object.create(this);
        view.deferred = extracted;
        view.later = later;
        return view;
    }
    resolve(text, depth = 0) {
        // Most strings refer to nothing: no need to run the pattern over them.
        if (!text.includes('{{'))
            return text;
        if (depth > MAX_DEPTH)
            throw new VariableError(`variables refer to each other in a loop: "${text}"`);
        return text.replace(REFERENCE, (reference, name) => (this.deferred.has(name) ? reference : this.resolve(this.lookup(name), depth + 1)));
    }
    lookup(name) {
        if (name.startsWith('env.')) {
            const value = this.sources.env[name.slice(4)];
            if (value === undefined) {
                const variable = name.slice(4);
                throw new VariableError(`environment variable ${variable} is not set (used as {{ ${name} }}). The manifest is right: pass the variable to the probegate step with env:, for example \`env: { ${variable}: \${{ secrets.${variable} }} }\` (on the command line, export it before running probegate)`, true);
            }
            this.addSecret(value);
            return value;
        }
        // Own keys only: {{ constructor }} or {{ toString }} are unknown variables, not Object's methods.
        if (!Object.hasOwn(this.values, name)) {
            const extractedBy = this.later.get(name);
            if (extractedBy !== undefined) {
                throw new VariableError(`{{ ${name} }} is extracted by ${extractedBy}: a step can only use what earlier steps extract`);
            }
            const suggestion = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .k)(name, [...Object.keys(this.values), ...this.deferred]);
            if (suggestion)
                throw new VariableError(`unknown variable {{ ${name} }}, did you mean ${suggestion}?`);
            // Not a typo of a known name: most likely a value this run was not given.
            throw new VariableError(`unknown variable {{ ${name} }}: give it a value, under variables: in the manifest, or in the variables input (--var ${name}=VALUE on the command line)`, true);
        }
        const value = this.values[name];
        if (value === undefined) {
            throw new VariableError(name === 'BASE_URL'
                ? `${MISSING_BASE_URL}: set the base-url input (--base-url on the command line), or run on a deployment_status event`
                : `{{ ${name} }} ${BUILT_IN_NOT_KNOWN}: ${BUILT_IN_SOURCES[name] ?? 'a GitHub runner sets it'}; elsewhere give it with --var ${name}=VALUE (the variables input)`, 
            // The run is not given the value: the manifest that uses it is right.
            true);
        }
        if (Object.hasOwn(this.sources.secretInputs, name))
            this.addSecret(value);
        return value;
    }
    addSecret(value) {
        if (value.length > 0)
            this.secrets.add(value);
    }
}
/**
 * Replaces variables in every string of a value, reporting the path of the string that failed, in
 * one walk that extends a single path as it goes and copies it only for a problem. The value stays
 * as read (positions are looked up in it): a map or list in which something is replaced is a copy,
 * and one in which nothing is, most of a manifest, is the value's own, shared with the result, so
 * that neither may be changed.
 */
function substituteDeep(value, variables, path, onError) {
    if (!variables.referenced)
        return value;
    const at = [...path];
    const walk = (node) => {
        if (typeof node === 'string') {
            // Most strings refer to nothing.
            if (!node.includes('{{'))
                return node;
            try {
                return variables.resolve(node);
            }
            catch (error) {
                if (!(error instanceof VariableError))
                    throw error;
                onError([...at], error);
                return node;
            }
        }
        if (typeof node !== 'object' || node === null)
            return node;
        if (Array.isArray(node)) {
            let list;
            for (let i = 0; i < node.length; i++) {
                at.push(i);
                const item = walk(node[i]);
                at.pop();
                if (item !== node[i])
                    (list ??= [...node])[i] = item;
            }
            return list ?? node;
        }
        let map;
        for (const key of Object.keys(node)) {
            const own = node[key];
            at.push(key);
            const item = walk(own);
            at.pop();
            if (item === own)
                continue;
            // A spread copies a `__proto__` key read by yaml as an own property; so does defineProperty, never setting the prototype.
            map ??= { ...node };
            Object.defineProperty(map, key, { value: item, enumerable: true, writable: true, configurable: true });
        }
        return map ?? node;
    };
    return walk(value);
}
/** A base URL without its trailing slashes, so `{{ BASE_URL }}/path` has exactly one. */
function normalizeBaseUrl(url) {
    return url.replace(/\/+$/, '');
}


/***/ }),

/***/ 6941:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ isLocationName),
/* harmony export */   HK: () => (/* binding */ parseLocationList),
/* harmony export */   LS: () => (/* binding */ SHARD_FORMAT),
/* harmony export */   Xm: () => (/* binding */ selectShard),
/* harmony export */   _S: () => (/* binding */ LOCATION_FORMAT),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/** Checks of shard i of n: every n-th check starting at i, so each shard gets a similar mix. */
function selectShard(checks, shard) {
    if (!shard)
        return checks;
    return checks.filter((_, index) => index % shard.count === shard.index - 1);
}
/** `2/4` as a shard, or undefined when the text is not i/n with 1 <= i <= n. */
function parseShard(text) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || index < 1 || index > count || count > 1000)
        return undefined;
    return { index, count };
}
const SHARD_FORMAT = 'i/n with 1 <= i <= n <= 1000 (for example 2/4)';
/** A location name shows in tables, comments and file names: short, plain characters. */
function isLocationName(text) {
    return /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(text);
}
/**
 * `eu-west,us-east` (commas, spaces or new lines between names) as the locations to expect, once
 * each; a string naming what is wrong when a name is not a location name or there is none.
 */
function parseLocationList(text) {
    const names = text.split(/[\s,]+/).filter(Boolean);
    const bad = names.find((name) => !isLocationName(name));
    if (bad !== undefined)
        return `"${bad}" is not a location name`;
    if (names.length === 0)
        return 'it names no location';
    return [...new Set(names)];
}
const LOCATION_FORMAT = 'a name of up to 40 letters, digits, `.`, `_` or `-` (for example eu-west)';


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("http");

/***/ }),

/***/ 8056:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:crypto");

/***/ }),

/***/ 1314:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:dgram");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:diagnostics_channel");

/***/ }),

/***/ 1553:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:dns/promises");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:util/types");

/***/ }),

/***/ 714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:vm");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("process");

/***/ }),

/***/ 3480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_require("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
