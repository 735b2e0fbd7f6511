#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ parseCommandLine),
/* harmony export */   Gt: () => (/* binding */ parseGateOption),
/* harmony export */   Q2: () => (/* binding */ parseBaseUrl),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   mj: () => (/* binding */ DEFAULT_MANIFEST),
/* harmony export */   nY: () => (/* binding */ parseConcurrency),
/* harmony export */   ux: () => (/* binding */ parseVars),
/* harmony export */   xg: () => (/* binding */ builtinVariables)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1956);
/* harmony import */ var _manifest_variables_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2612);
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
            throw new UsageError(`--${option} ${selector}: ${problem}`);
    }
    return selectors;
}
/** The base URL as given, without a trailing slash, so `{{ BASE_URL }}/path` has one slash. */
function parseBaseUrl(text) {
    if (text === undefined)
        return undefined;
    try {
        const url = new URL(text);
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            throw new Error('not http');
    }
    catch {
        throw new UsageError(`--base-url ${text}: expected an http:// or https:// URL`);
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
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7593);
/* harmony import */ var _terminal_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1028);
// The command line: `probegate run | validate | demo`. A thin door onto the engine: it parses
// arguments, dispatches, and turns the outcome into an exit status.


const HELP = `Usage: probegate <command> [options]

Synthetic checks for deploy previews, with a fixed error taxonomy and a gate.

Commands:
  run [manifest]        run the checks of a manifest (default .github/probegate.yml)
  validate [manifest]   check a manifest without running it
  demo                  run an example manifest against a local preview with deliberate faults

Run probegate <command> --help for the options of a command.`;
// Loaded on use, so `--help` does not pay for the engine, the schema compiler and undici.
const COMMANDS = {
    run: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(163), __nccwpck_require__.e(815), __nccwpck_require__.e(355), __nccwpck_require__.e(194), __nccwpck_require__.e(446), __nccwpck_require__.e(139)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9139))).runCommand,
    validate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(446)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4446))).validateCommand,
    demo: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(163), __nccwpck_require__.e(815), __nccwpck_require__.e(355), __nccwpck_require__.e(194), __nccwpck_require__.e(446), __nccwpck_require__.e(81)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4081))).demoCommand,
};
/** Exit status: 0 pass, 1 the gate failed, 2 unusable manifest or arguments, 3 probegate itself failed. */
async function main(argv) {
    const terminal = (0,_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .processTerminal */ .q)();
    const [name, ...args] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        terminal.print(HELP);
        return name === undefined ? 2 : 0;
    }
    const load = COMMANDS[name];
    if (!load) {
        terminal.error(`probegate: unknown command "${name}" (expected run, validate or demo); see probegate --help`);
        return 2;
    }
    try {
        const command = await load();
        return await command(args, terminal);
    }
    catch (error) {
        terminal.progress.clear();
        if (error instanceof _args_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb) {
            terminal.error(`probegate ${name}: ${error.message}`);
            terminal.error(`See probegate ${name} --help.`);
            return 2;
        }
        terminal.error(`probegate ${name}: unexpected error, this is a bug: ${error?.stack ?? String(error)}`);
        return 3;
    }
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
/* harmony export */   kU: () => (/* binding */ truncateMiddle),
/* harmony export */   te: () => (/* binding */ visibleLength),
/* harmony export */   xv: () => (/* binding */ truncate),
/* harmony export */   zK: () => (/* binding */ wantsColor)
/* harmony export */ });
// Terminal styling: colour only on a terminal, never with NO_COLOR (no-color.org), and
// everything a server or a manifest sent made printable first.
/** NO_COLOR (any non-empty value) wins; FORCE_COLOR turns colour on; otherwise a terminal decides. */
function wantsColor(stream, env = process.env) {
    if (env.NO_COLOR)
        return false;
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false')
        return true;
    return stream.isTTY === true && (stream.hasColors?.() ?? true);
}
function createStyle(color) {
    const paint = (open, close) => (text) => (color ? `\u001b[${open}m${text}\u001b[${close}m` : text);
    return {
        color,
        bold: paint(1, 22),
        dim: paint(2, 22),
        red: paint(31, 39),
        green: paint(32, 39),
        yellow: paint(33, 39),
        cyan: paint(36, 39),
    };
}
const ANSI = /\u001b\[[0-9;]*m/g;
/** Columns a string takes on the terminal, ignoring our own colour codes. */
function visibleLength(text) {
    return [...text.replace(ANSI, '')].length;
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
/** Cuts text to `width` columns, ending with an ellipsis when it was longer. */
function truncate(text, width) {
    const chars = [...text];
    if (chars.length <= width)
        return text;
    return width <= 1 ? '\u2026'.slice(0, width) : `${chars.slice(0, width - 1).join('')}\u2026`;
}
/** Cuts the middle out of text longer than `width`, keeping both ends: `http://127.0\u2026/api/orders`. */
function truncateMiddle(text, width) {
    const chars = [...text];
    if (chars.length <= width)
        return text;
    if (width <= 1)
        return truncate(text, width);
    const head = Math.ceil((width - 1) / 2);
    const tail = width - 1 - head;
    return `${chars.slice(0, head).join('')}\u2026${tail > 0 ? chars.slice(-tail).join('') : ''}`;
}


/***/ }),

/***/ 1028:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ processTerminal)
/* harmony export */ });
/* unused harmony export ProgressLine */
/* harmony import */ var _style_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1715);

function processTerminal() {
    const { stdout, stderr, env } = process;
    const errorStyle = (0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .createStyle */ ._r)((0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .wantsColor */ .zK)(stderr, env));
    return {
        style: (0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .createStyle */ ._r)((0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .wantsColor */ .zK)(stdout, env)),
        errorStyle,
        width: stdout.isTTY ? stdout.columns : undefined,
        print: (...lines) => void stdout.write(lines.map((line) => `${line}\n`).join('')),
        error: (line) => void stderr.write(`${line}\n`),
        progress: new ProgressLine(stderr.isTTY ? stderr : undefined, errorStyle),
    };
}
/** `[3/9] \u2717 Orders API`: rewritten in place as checks finish; a no-op off a terminal. */
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
    checkDone(outcome, done, total) {
        const mark = outcome.skipped ? this.style.dim('-') : outcome.error ? this.style.red('\u2717') : this.style.green('\u2713');
        const counter = `[${done}/${total}]`;
        const name = (0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)((0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(outcome.check.name), this.columns() - counter.length - 3);
        this.show(`${this.style.dim(counter)} ${mark} ${name}`);
    }
    clear() {
        this.stream?.write('\r\u001b[2K');
    }
    columns() {
        return Math.max(20, (this.stream?.columns ?? 80) - 1);
    }
    show(line) {
        this.stream?.write(`\r\u001b[2K${line}`);
    }
}


/***/ }),

/***/ 2516:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R6: () => (/* binding */ CATEGORIES),
/* harmony export */   WE: () => (/* binding */ explain)
/* harmony export */ });
/* unused harmony exports CATEGORY_EXPLANATIONS, CODE_EXPLANATIONS */
// The fixed error taxonomy of SPEC \u00a72: every category and code a check can end with, what it
// means for a user and the one most likely fix. Messages are built from these entries.
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
    'UNKNOWN',
];
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
    UNKNOWN: {
        meaning: 'An unexpected error happened.',
        fix: 'This is a probegate bug: please report it with the message.',
    },
};
/** Codes with an explanation of their own, by `CATEGORY:CODE`. */
const CODE_EXPLANATIONS = {
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
        fix: 'Check that the deployment finished and the `ready` URL is right, or raise `ready.timeout`.',
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
    'CONNRESET:SOCKET_CLOSED': {
        meaning: 'The server closed the connection before the response was complete.',
        fix: 'Look at the server logs for a crash or a worker killed mid-response, and at proxy timeouts.',
    },
    'MALFORMED_RESPONSE:CONTENT_LENGTH_MISMATCH': {
        meaning: 'The response\u2019s Content-Length is invalid, conflicting or does not match the body sent.',
        fix: 'Fix the server or proxy that sets Content-Length (duplicate headers, compressed bodies with the original length).',
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
/* harmony export */   Qi: () => (/* binding */ parseSelectors),
/* harmony export */   ei: () => (/* binding */ applyGate),
/* harmony export */   fY: () => (/* binding */ selectorProblem),
/* harmony export */   mW: () => (/* binding */ resolveGate)
/* harmony export */ });
/* unused harmony exports DEFAULT_GATE, judge */
/* harmony import */ var _errors_taxonomy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2516);
/* harmony import */ var _manifest_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7271);
// fail_on / warn_on -> the status and level of every check, and the run's verdict (SPEC \u00a73).


const DEFAULT_GATE = { failOn: ['all'], warnOn: [] };
/** Input beats manifest beats the default (`fail_on: [all]`, `warn_on: []`). */
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
function judge(outcome, gate) {
    if (outcome.skipped)
        return { ...outcome, status: 'skipped' };
    if (!outcome.error)
        return { ...outcome, status: 'passed' };
    const failOn = outcome.check.failOn ?? gate.failOn;
    const warnOn = outcome.check.warnOn ?? gate.warnOn;
    const fail = specificity(failOn, outcome.error);
    const warn = specificity(warnOn, outcome.error);
    if (fail > 0 && fail >= warn)
        return { ...outcome, status: 'failed', level: 'error' };
    return { ...outcome, status: 'warned', level: warn > 0 ? 'warning' : 'notice' };
}
function applyGate(outcomes, gate, manifestFile, durationMs) {
    const checks = outcomes.map((outcome) => judge(outcome, gate));
    const count = (status) => checks.filter((c) => c.status === status).length;
    const categories = [...new Set(checks.flatMap((c) => (c.error ? [c.error.category] : [])))];
    const failed = count('failed');
    return {
        result: failed > 0 ? 'fail' : 'pass',
        summary: { total: checks.length, passed: count('passed'), failed, warned: count('warned'), skipped: count('skipped') },
        checks,
        categories,
        manifestFile,
        durationMs,
    };
}
/** Parses `SSL, TIMEOUT:REQUEST_TIMEOUT` or one per line; undefined for an empty input. */
function parseSelectors(text) {
    const list = (text ?? '').split(/[\s,]+/).filter(Boolean);
    return list.length > 0 ? list : undefined;
}
/** Why a selector given on the command line or as an input matches nothing, or undefined when it is fine. */
function selectorProblem(selector) {
    if (selector === 'all')
        return undefined;
    const [category, code, ...rest] = selector.split(':');
    const known = _errors_taxonomy_js__WEBPACK_IMPORTED_MODULE_0__/* .CATEGORIES */ .R6.includes(category);
    if (known && rest.length === 0 && (code === undefined || /^[A-Z0-9_]+$/.test(code)))
        return undefined;
    const suggestion = known ? undefined : (0,_manifest_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(category, _errors_taxonomy_js__WEBPACK_IMPORTED_MODULE_0__/* .CATEGORIES */ .R6);
    return suggestion
        ? `not a known error category, did you mean ${suggestion}?`
        : 'not a known error category (expected all, a category such as SSL, or CATEGORY:CODE such as SSL:CERT_HAS_EXPIRED)';
}


/***/ }),

/***/ 7271:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/** The candidate closest to `word` by edit distance, when it is close enough to be a typo. */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
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
/* harmony export */   P$: () => (/* binding */ VariableError),
/* harmony export */   fw: () => (/* binding */ substituteDeep),
/* harmony export */   qT: () => (/* binding */ normalizeBaseUrl),
/* harmony export */   ut: () => (/* binding */ Variables)
/* harmony export */ });
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7271);

class VariableError extends Error {
    name = 'VariableError';
}
const REFERENCE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\s*\}\}/g;
const MAX_DEPTH = 10;
/** Replaces `{{ NAME }}` and `{{ env.NAME }}`, and remembers every secret value it hands out. */
class Variables {
    sources;
    secrets = new Set();
    values;
    constructor(sources) {
        this.sources = sources;
        this.values = { ...sources.builtins, ...sources.manifest, ...sources.inputs, ...sources.secretInputs };
        for (const value of Object.values(sources.secretInputs))
            this.addSecret(value);
    }
    resolve(text, depth = 0) {
        if (depth > MAX_DEPTH)
            throw new VariableError(`variables refer to each other in a loop: "${text}"`);
        return text.replace(REFERENCE, (_, name) => this.resolve(this.lookup(name), depth + 1));
    }
    lookup(name) {
        if (name.startsWith('env.')) {
            const value = this.sources.env[name.slice(4)];
            if (value === undefined) {
                throw new VariableError(`environment variable ${name.slice(4)} is not set (used as {{ ${name} }}); pass it to the step with env:`);
            }
            this.addSecret(value);
            return value;
        }
        if (!(name in this.values)) {
            const suggestion = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .k)(name, Object.keys(this.values));
            throw new VariableError(`unknown variable {{ ${name} }}${suggestion ? `, did you mean ${suggestion}?` : ''}`);
        }
        const value = this.values[name];
        if (value === undefined) {
            throw new VariableError(name === 'BASE_URL'
                ? 'the check uses {{ BASE_URL }} but no base URL is known: set the base-url input (--base-url on the command line), or run on a deployment_status event'
                : `{{ ${name} }} is not known in this run (it is set on pull_request events only)`);
        }
        if (name in this.sources.secretInputs)
            this.addSecret(value);
        return value;
    }
    addSecret(value) {
        if (value.length > 0)
            this.secrets.add(value);
    }
}
/** Replaces variables in every string of a value, reporting the path of the string that failed. */
function substituteDeep(value, variables, path, onError) {
    if (typeof value === 'string') {
        try {
            return variables.resolve(value);
        }
        catch (error) {
            if (error instanceof VariableError) {
                onError(path, error);
                return value;
            }
            throw error;
        }
    }
    if (Array.isArray(value))
        return value.map((item, i) => substituteDeep(item, variables, [...path, i], onError));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substituteDeep(item, variables, [...path, key], onError)]));
    }
    return value;
}
/** A base URL without its trailing slashes, so `{{ BASE_URL }}/path` has exactly one. */
function normalizeBaseUrl(url) {
    return url.replace(/\/+$/, '');
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 8056:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 1314:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dgram");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 1553:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 9154:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("vm");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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
