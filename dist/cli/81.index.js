export const id = 81;
export const ids = [81,139];
export const modules = {

/***/ 2760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UD: () => (/* binding */ compare),
/* harmony export */   dA: () => (/* binding */ compareEach)
/* harmony export */ });
/* unused harmony export text */
const NUMERIC = {
    lessThan: (a, b) => a < b,
    lessThanOrEqual: (a, b) => a <= b,
    moreThan: (a, b) => a > b,
    moreThanOrEqual: (a, b) => a >= b,
    isInMoreThan: (a, b) => a > b,
    isInLessThan: (a, b) => a < b,
};
/** Applies an operator of SPEC \u00a71 to an observed value. Arrays pass `is`/`contains`/`matches` when any element does. */
function compare(operator, actual, target) {
    if (operator === 'doesNotExist')
        return { passed: actual === undefined || actual === null };
    if (actual === undefined || actual === null)
        return { passed: false, message: 'no such value in the response' };
    const numeric = NUMERIC[operator];
    if (numeric) {
        const a = Number(actual);
        const b = Number(target);
        if (Number.isNaN(a) || Number.isNaN(b))
            return { passed: false, message: `${operator} needs numbers` };
        return { passed: numeric(a, b) };
    }
    switch (operator) {
        case 'is':
            return { passed: anyOf(actual, (v) => same(v, target)) };
        case 'isNot':
            return { passed: !anyOf(actual, (v) => same(v, target)) };
        case 'contains':
            return { passed: anyOf(actual, (v) => text(v).includes(text(target))) };
        case 'doesNotContain':
            return { passed: !anyOf(actual, (v) => text(v).includes(text(target))) };
        case 'matches':
        case 'doesNotMatch': {
            let pattern;
            try {
                pattern = new RegExp(text(target));
            }
            catch (error) {
                return { passed: false, message: `invalid regular expression: ${error.message}` };
            }
            const found = anyOf(actual, (v) => pattern.test(text(v)));
            return { passed: operator === 'matches' ? found : !found };
        }
        default:
            return { passed: false, message: `operator ${operator} does not apply here` };
    }
}
/** Applies the operator to each element of a list; an empty or missing list has no value to compare. */
function compareEach(quantifier, operator, actual, target) {
    if (operator === 'doesNotExist' || !Array.isArray(actual) || actual.length === 0) {
        return compare(operator, Array.isArray(actual) && actual.length === 0 ? undefined : actual, target);
    }
    const results = actual.map((value) => compare(operator, value, target));
    const passed = quantifier === 'some' ? results.some((r) => r.passed) : results.every((r) => r.passed);
    const message = passed ? undefined : results.find((r) => r.message)?.message;
    return message ? { passed, message } : { passed };
}
function anyOf(actual, test) {
    return Array.isArray(actual) ? actual.some(test) : test(actual);
}
function same(actual, target) {
    if (typeof actual === 'number' || typeof target === 'number')
        return Number(actual) === Number(target);
    if (typeof actual === 'object' || typeof target === 'object')
        return JSON.stringify(actual) === JSON.stringify(target);
    return String(actual) === String(target);
}
function text(value) {
    if (typeof value === 'string')
        return value;
    if (Buffer.isBuffer(value))
        return value.toString('utf8');
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
}


/***/ }),

/***/ 5687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ LEAF_PROPERTIES),
/* harmony export */   v: () => (/* binding */ SSL_EXTRACTORS)
/* harmony export */ });
const DAY_MS = 24 * 60 * 60 * 1000;
/** What a `property` assertion can read off the leaf certificate. */
const LEAF_PROPERTIES = ['subject', 'issuer', 'san', 'fingerprint256'];
const SSL_EXTRACTORS = {
    certificate: (_, observation) => daysUntilExpiry(leafOf(observation)),
    property: (assertion, observation) => leafProperty(assertion, leafOf(observation)),
    tlsVersion: (assertion, observation) => versionValue(assertion, observation.tls?.version),
    minTlsVersion: (assertion, observation) => versionValue(assertion, observation.values?.minTlsVersion),
};
function leafOf(observation) {
    return observation.tls?.chain[0];
}
/** Days until the leaf expires, to one decimal (negative once it has expired). */
function daysUntilExpiry(leaf) {
    if (!leaf)
        return undefined;
    return Math.round(((Date.parse(leaf.validTo) - Date.now()) / DAY_MS) * 10) / 10;
}
function leafProperty(assertion, leaf) {
    const property = String(assertion.property);
    if (!LEAF_PROPERTIES.includes(property)) {
        throw new Error(`"${property}" is not a certificate property (${LEAF_PROPERTIES.join(', ')})`);
    }
    return leaf?.[property];
}
/**
 * A TLS version as the target is written: Node's name (`TLSv1.2`) for a textual target, the
 * number (1.2) for a numeric one, so `is TLSv1.3` and `moreThanOrEqual 1.2` both read naturally.
 */
function versionValue(assertion, version) {
    if (version === undefined)
        return undefined;
    const numericTarget = typeof assertion.target === 'number' || /^\s*\d+(\.\d+)?\s*$/.test(String(assertion.target));
    if (!numericTarget)
        return version;
    const number = /^TLSv(\d(?:\.\d)?)$/.exec(version)?.[1];
    return number === undefined ? version : Number(number.includes('.') ? number : `${number}.0`);
}


/***/ }),

/***/ 4081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEMO_HELP: () => (/* binding */ DEMO_HELP),
  demoCommand: () => (/* binding */ demoCommand),
  packageRoot: () => (/* binding */ packageRoot)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/report/junit.ts
var junit = __webpack_require__(2998);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./src/cli/demo-server.ts
// The demo's local preview, on loopback only: a few healthy endpoints and one deliberate fault
// per error category the demo shows. Everything it starts is closed by `close()`.





const HOST = '127.0.0.1';
const ROUTES = {
    '/': (_, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end('<!doctype html><title>Acme shop</title><h1>Acme shop: a probegate demo preview</h1>\n');
    },
    '/api/health': (_, response) => json(response, 200, { status: 'ok', version: '1.4.2' }),
    // A wrong status: the check expects 200.
    '/api/orders': (_, response) => json(response, 503, { error: 'database unavailable' }),
    // Too slow: never answers; the check's timeout runs out first.
    '/api/search': () => undefined,
    // A reset: TCP RST instead of a response.
    '/api/session': (request) => request.socket.resetAndDestroy(),
    // Malformed HTTP: a header line without a colon.
    '/api/legacy': (request) => request.socket.end('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nthis is not a header\r\n\r\nhello\n'),
};
/**
 * Starts the preview: the HTTP server, an HTTPS server with a certificate that expired in
 * 2020 (`examples/demo-certs`, made by make-expired-cert.sh there), and a port on which
 * nothing listens.
 */
async function startDemoPreview(certDir) {
    const app = track(external_node_http_default().createServer(route));
    const tls = track(external_node_https_default().createServer({ key: (0,external_node_fs_.readFileSync)(external_node_path_default().join(certDir, 'expired-key.pem')), cert: (0,external_node_fs_.readFileSync)(external_node_path_default().join(certDir, 'expired-cert.pem')) }, (_, response) => json(response, 200, { billing: 'ok' })));
    try {
        const appPort = await listen(app.server);
        const tlsPort = await listen(tls.server);
        const refusedPort = await unusedPort();
        return {
            baseUrl: `http://${HOST}:${appPort}`,
            variables: { TLS_URL: `https://${HOST}:${tlsPort}`, REFUSED_URL: `http://${HOST}:${refusedPort}` },
            close: () => Promise.all([app.close(), tls.close()]).then(() => undefined),
        };
    }
    catch (error) {
        await Promise.all([app.close(), tls.close()]);
        throw error;
    }
}
function route(request, response) {
    const handler = ROUTES[new URL(request.url ?? '/', 'http://demo').pathname];
    if (handler)
        handler(request, response);
    else
        json(response, 404, { error: 'not found' });
}
function json(response, status, body) {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(`${JSON.stringify(body)}\n`);
}
/** A server whose open connections (the held slow request) are destroyed on close. */
function track(server) {
    const sockets = new Set();
    server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
    });
    const close = () => new Promise((resolve) => {
        for (const socket of sockets)
            socket.destroy();
        if (!server.listening)
            return resolve();
        server.close(() => resolve());
    });
    return { server, close };
}
async function listen(server) {
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, HOST, () => resolve());
    });
    return server.address().port;
}
/** A port that was free a moment ago: bound, then released, so connecting to it is refused. */
async function unusedPort() {
    const server = external_node_net_default().createServer();
    const port = await listen(server);
    await new Promise((resolve) => server.close(() => resolve()));
    return port;
}

// EXTERNAL MODULE: ./src/cli/run.ts + 7 modules
var cli_run = __webpack_require__(9139);
// EXTERNAL MODULE: ./src/cli/style.ts
var cli_style = __webpack_require__(1715);
;// CONCATENATED MODULE: ./src/cli/demo.ts
// `probegate demo`: starts the local demo preview and runs examples/demo.yml against it, so the
// terminal shows a passing check and each error category once. It exits 0 when every check
// ended as designed, deliberate failures included.







const DEMO_HELP = `Usage: probegate demo [options]

Starts a local demo preview on 127.0.0.1 with healthy endpoints and deliberate faults, and runs
the example manifest examples/demo.yml against it: each error category shows up once.

Options:
  --json FILE        also write the JSON report to FILE
  --junit FILE       also write a JUnit XML report to FILE
  -h, --help         show this help

Exit status: 0 the demo ran as designed (its failures are deliberate), 1 it did not.`;
const DEMO_OPTIONS = {
    json: { type: 'string' },
    junit: { type: 'string' },
};
/** How each check of examples/demo.yml is meant to end: passed, or CATEGORY[:CODE]. */
const DESIGNED = {
    home: 'passed',
    health: 'passed',
    'wrong-status': 'INCORRECT_ASSERTION',
    slow: 'TIMEOUT',
    refused: 'CONNREFUSED',
    reset: 'CONNRESET',
    malformed: 'MALFORMED_RESPONSE',
    'expired-certificate': 'SSL:CERT_HAS_EXPIRED',
    'dns-miss': 'DNS',
};
/**
 * The package root, from this module's own location: dist/cli/index.js in the bundle and
 * src/cli/demo.ts from source are both two folders down.
 */
function packageRoot(moduleUrl = import.meta.url) {
    return external_node_path_default().resolve(external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(moduleUrl)), '..', '..');
}
async function demoCommand(args, terminal) {
    const { values } = (0,cli_args/* parseCommandLine */.Du)(args, DEMO_OPTIONS, 0);
    if (values.help) {
        terminal.print(DEMO_HELP);
        return 0;
    }
    const examples = external_node_path_default().join(packageRoot(), 'examples');
    const { style } = terminal;
    const preview = await startDemoPreview(external_node_path_default().join(examples, 'demo-certs'));
    try {
        terminal.print(style.bold('probegate demo'), `A demo preview is running at ${preview.baseUrl}, with deliberate faults.`, `Running examples/demo.yml against it: 2 healthy endpoints, then one fault per error category.`, '');
        const manifest = await (0,cli_run.loadForRun)(external_node_path_default().join(examples, 'demo.yml'), 'examples/demo.yml', terminal, {
            builtins: { BASE_URL: preview.baseUrl },
            inputs: preview.variables,
            secretInputs: {},
            env: {},
        });
        if (!manifest)
            return 1;
        const run = await (0,cli_run.runAndReport)(manifest, { concurrency: 8, jsonFile: values.json, junitFile: values.junit }, terminal);
        return explain(run, terminal);
    }
    finally {
        await preview.close();
    }
}
/** Says what the demo showed; 1 when a check did not end as designed (the demo itself broke). */
function explain(run, terminal) {
    const { style } = terminal;
    const surprises = run.checks.filter((result) => !endedAsDesigned(result));
    if (surprises.length > 0) {
        terminal.print('', style.red(`\u2717 The demo did not go as designed: ${surprises.length} check(s) ended differently.`), ...surprises.map((r) => `  ${(0,cli_style/* printable */.g$)(r.check.name)}: expected ${DESIGNED[r.check.id] ?? 'no such check'}, got ${outcome(r)}`), 'This is a probegate bug (or a very unusual network): please report it with the output above.');
        return 1;
    }
    const categories = [...run.categories].sort().join(', ');
    terminal.print('', `${style.green('\u2713')} The demo ran as designed. ${style.bold('The failures above are deliberate')}, one per error category:`, `  ${categories}.`, '  A real run exits 1 when the gate fails; the demo exits 0.', '', 'Next: describe your own checks in .github/probegate.yml (see examples/demo.yml and', 'docs/manifest.md), then run them against your preview:', '  npx probegate run --base-url https://your-preview.example');
    return 0;
}
function outcome(result) {
    return result.error ? (0,junit/* errorKind */.f)(result) : result.status;
}
function endedAsDesigned(result) {
    const designed = DESIGNED[result.check.id];
    if (designed === undefined)
        return false;
    if (designed === 'passed')
        return result.status === 'passed';
    return result.error !== null && (designed.includes(':') ? (0,junit/* errorKind */.f)(result) === designed : result.error.category === designed);
}


/***/ }),

/***/ 9139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RUN_HELP: () => (/* binding */ RUN_HELP),
  loadForRun: () => (/* binding */ loadForRun),
  printRun: () => (/* binding */ printRun),
  runAndReport: () => (/* binding */ runAndReport),
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/checks/index.ts
var src_checks = __webpack_require__(2369);
// EXTERNAL MODULE: ./src/errors/probe-error.ts
var probe_error = __webpack_require__(8590);
// EXTERNAL MODULE: ./src/engine/attempt.ts + 4 modules
var engine_attempt = __webpack_require__(8358);
;// CONCATENATED MODULE: ./src/engine/redact.ts
const MASK = '***';
/**
 * Replaces every secret value in what leaves the engine. The prepared request (headers,
 * credentials) never leaves it: reporters get the check without it.
 */
function redactOutcome(outcome, secrets) {
    const stripped = { ...outcome, check: { ...outcome.check, request: undefined } };
    if (secrets.length === 0)
        return stripped;
    // Longest first, so a secret that contains another is masked whole.
    const ordered = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
    return redactDeep(stripped, ordered);
}
// Shorter encoded fragments would mask ordinary text.
const MIN_ENCODED_LENGTH = 6;
/**
 * A secret as it may come back from a server: as given, URL-encoded, JSON-escaped, and
 * base64-encoded at each of the three byte alignments it can have inside a longer value (an
 * echoed `Authorization: Basic` header), keeping only the characters that depend on the
 * secret alone, as the Actions runner's own masker does.
 */
function secretForms(secret) {
    const forms = [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)];
    for (const offset of [0, 1, 2]) {
        const bytes = Buffer.concat([Buffer.alloc(offset), Buffer.from(secret)]);
        const start = [0, 2, 3][offset];
        const end = Math.floor(bytes.length / 3) * 4;
        forms.push(bytes.toString('base64').slice(start, end));
    }
    return forms.filter((form, index) => index === 0 || form.length >= MIN_ENCODED_LENGTH);
}
function redactDeep(value, secrets) {
    if (typeof value === 'string')
        return secrets.reduce((text, secret) => text.split(secret).join(MASK), value);
    if (Array.isArray(value))
        return value.map((item) => redactDeep(item, secrets));
    if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item, secrets)]));
    }
    return value;
}

// EXTERNAL MODULE: ./src/net/undici.ts
var undici = __webpack_require__(2107);
;// CONCATENATED MODULE: ./src/engine/ready.ts



/**
 * Polls the ready URL until it answers (any status below 500, or the status asked for).
 * Returns the TIMEOUT every check is reported with when it never does, else undefined.
 */
async function waitUntilReady(ready) {
    const deadline = Date.now() + ready.timeoutMs;
    let lastSeen = 'no answer';
    while (Date.now() < deadline) {
        const client = new undici/* Client */.K(ready.url.origin, { connect: { timeout: ready.intervalMs }, pipelining: 0 });
        try {
            const response = await client.request({
                method: 'GET',
                path: `${ready.url.pathname}${ready.url.search}`,
                signal: AbortSignal.timeout(Math.max(1, Math.min(ready.intervalMs, deadline - Date.now()))),
            });
            await response.body.dump();
            const ok = ready.status === undefined ? response.statusCode < 500 : response.statusCode === ready.status;
            if (ok)
                return undefined;
            lastSeen = `status ${response.statusCode}`;
        }
        catch (error) {
            lastSeen = error.message;
        }
        finally {
            await client.close().catch(() => undefined);
        }
        await (0,external_node_timers_promises_.setTimeout)(Math.max(0, Math.min(ready.intervalMs, deadline - Date.now())));
    }
    const detail = `The preview at ${ready.url.href} was not ready within ${ready.timeoutMs} ms (last: ${lastSeen}); no check was run`;
    return (0,probe_error/* probeError */.v)('TIMEOUT', 'READY_TIMEOUT', detail).toInfo();
}

;// CONCATENATED MODULE: ./src/engine/run.ts
// The engine: waits for the preview, then runs every check with bounded concurrency, each
// attempt on fresh connections, retrying as the check says.







// Errors for which another attempt only adds noise and load.
const NOT_RETRIED = new Set(['AUTHENTICATION_ERROR', 'INVALID_REQUEST']);
async function runChecks(manifest, options) {
    await warmUp(manifest.checks);
    const notReady = manifest.ready ? await waitUntilReady(manifest.ready) : undefined;
    const outcomes = new Array(manifest.checks.length);
    let next = 0;
    let done = 0;
    const worker = async () => {
        while (next < manifest.checks.length) {
            const index = next++;
            const check = manifest.checks[index];
            const outcome = redactOutcome(await runCheck(check, notReady), manifest.secrets);
            outcomes[index] = outcome;
            options.onCheckDone?.(outcome, ++done, manifest.checks.length);
        }
    };
    const workers = Math.max(1, Math.min(options.concurrency, manifest.checks.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return outcomes;
}
// What the first DNS lookup, or the first use of a check type's libraries, sets up in a process
// (about 10-20 ms) is done once before any check, so that no check times it as one of its phases.
// Bounded and never fatal: at worst the first check pays it, as it would have.
const warmedUp = new Map();
async function warmUp(checks) {
    const types = new Set(checks.filter((check) => !check.skip && !check.invalid).map((check) => check.type));
    const tasks = [once('resolver', () => (0,promises_.lookup)('localhost'))];
    for (const type of types)
        tasks.push(once(type, async () => (await (0,src_checks/* loadCheckModule */.d)(type)).warmUp?.()));
    await Promise.race([Promise.all(tasks), (0,external_node_timers_promises_.setTimeout)(1000, undefined, { ref: false })]);
}
function once(key, task) {
    let done = warmedUp.get(key);
    if (!done)
        warmedUp.set(key, (done = task().catch(() => undefined)));
    return done;
}
async function runCheck(check, notReady) {
    const started = performance.now();
    const base = { check, assertions: [], timings: {}, attempts: 0, skipped: false };
    if (check.skip)
        return { ...base, error: null, skipped: true, durationMs: 0 };
    if (check.invalid)
        return { ...base, error: check.invalid, durationMs: 0 };
    if (notReady)
        return { ...base, error: notReady, durationMs: 0 };
    let module;
    try {
        module = await (0,src_checks/* loadCheckModule */.d)(check.type);
    }
    catch (error) {
        const info = (0,probe_error/* probeError */.v)('UNKNOWN', 'UNKNOWN', `The ${check.type} check could not be loaded: ${error.message}`).toInfo();
        return { ...base, error: info, durationMs: 0 };
    }
    let attempt;
    let attempts = 0;
    for (;;) {
        attempts++;
        attempt = await (0,engine_attempt/* runAttempt */.T)(check, module);
        const retry = attempt.error && !NOT_RETRIED.has(attempt.error.category) && attempts <= check.retry.count;
        if (!retry)
            break;
        await (0,external_node_timers_promises_.setTimeout)(check.retry.intervalMs);
    }
    const seen = attempt.observation;
    return {
        check,
        error: attempt.error,
        skipped: false,
        assertions: attempt.assertions,
        timings: attempt.timings,
        attempts,
        protocol: seen?.protocol,
        tls: seen?.tls,
        statusCode: seen?.statusCode,
        excerpt: seen?.excerpt,
        durationMs: Math.round(performance.now() - started),
    };
}

// EXTERNAL MODULE: ./src/gate.ts
var src_gate = __webpack_require__(1956);
// EXTERNAL MODULE: ./src/manifest/load.ts + 7 modules
var load = __webpack_require__(7539);
;// CONCATENATED MODULE: ./src/report/json.ts
/** The JSON report of SPEC \u00a75. */
function renderJsonReport(run) {
    return {
        version: 1,
        result: run.result,
        summary: run.summary,
        checks: run.checks.map(checkEntry),
    };
}
function checkEntry(result) {
    const { check } = result;
    return {
        id: check.id,
        name: check.name,
        type: check.type,
        target: check.target,
        status: result.status,
        error: result.error ? { category: result.error.category, code: result.error.code, message: result.error.message } : null,
        assertions: result.assertions.map((a) => ({
            type: a.type,
            ...(a.property !== undefined ? { property: a.property } : {}),
            ...(a.path !== undefined ? { path: a.path } : {}),
            operator: a.operator,
            target: a.target,
            actual: a.actual ?? null,
            passed: a.passed,
            line: a.line,
            ...(a.message ? { message: a.message } : {}),
            ...(a.implicit ? { implicit: true } : {}),
        })),
        timings: result.timings,
        attempts: result.attempts,
        ...(result.protocol ? { protocol: result.protocol } : {}),
        ...(result.statusCode !== undefined ? { statusCode: result.statusCode } : {}),
        ...(result.tls ? { tls: result.tls } : {}),
        location: { file: check.location.file, line: check.location.line },
    };
}

// EXTERNAL MODULE: ./src/report/junit.ts
var junit = __webpack_require__(2998);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/errors/taxonomy.ts
var taxonomy = __webpack_require__(2516);
;// CONCATENATED MODULE: ./src/report/waterfall.ts
const PHASES = [
    ['dns', 'DNS'],
    ['connect', 'connect'],
    ['tls', 'TLS'],
    ['firstByte', 'first byte'],
    ['download', 'download'],
];
const LABEL_WIDTH = Math.max(...PHASES.map(([, label]) => label.length), 'total'.length);
// Left-aligned eighths of a cell, for the end of a bar.
const EIGHTHS = ['', '\u258f', '\u258e', '\u258d', '\u258c', '\u258b', '\u258a', '\u2589'];
const FULL = '\u2588';
/**
 * One line per phase that completed (`DNS  \u2588\u2588\u258d      12.3 ms`), then the total. Phases that
 * did not happen are left out; without any timing at all the result is empty.
 */
function renderWaterfall(timings, options = {}) {
    const width = Math.max(10, options.width ?? 40);
    const phases = PHASES.filter(([key]) => typeof timings[key] === 'number');
    const phaseSum = phases.reduce((sum, [key]) => sum + timings[key], 0);
    const total = Math.max(timings.total ?? 0, phaseSum);
    if (phases.length === 0 && timings.total === undefined)
        return [];
    const figures = [...phases.map(([key]) => timings[key]), timings.total ?? phaseSum].map(formatMs);
    const figureWidth = Math.max(...figures.map((f) => f.length));
    const lines = [];
    let start = 0;
    for (const [index, [key, label]] of phases.entries()) {
        const duration = timings[key];
        lines.push(line(label, bar(start, duration, total, width), figures[index], width, figureWidth));
        start += duration;
    }
    lines.push(line('total', bar(0, total, total, width), figures.at(-1), width, figureWidth));
    return lines;
}
/** A bar from `start` for `duration`, in a row of `width` cells that stands for `total`. */
function bar(start, duration, total, width) {
    if (total <= 0)
        return '';
    const offset = Math.min(width - 1, Math.floor((start / total) * width));
    const eighths = Math.max(1, Math.round((duration / total) * width * 8));
    const cells = Math.min(eighths, (width - offset) * 8);
    return ' '.repeat(offset) + FULL.repeat(Math.floor(cells / 8)) + EIGHTHS[cells % 8];
}
function line(label, drawn, figure, width, figureWidth) {
    return `${label.padEnd(LABEL_WIDTH)}  ${drawn.padEnd(width)}  ${figure.padStart(figureWidth)}`;
}
/** `0.4 ms`, `12.3 ms`, `250 ms`, `12.5 s`: three significant figures or so, never `100.0 ms`. */
function formatMs(ms) {
    if (Math.round(ms) >= 10_000)
        return `${(ms / 1000).toFixed(1)} s`;
    if (Math.round(ms * 10) >= 1000)
        return `${Math.round(ms)} ms`;
    return `${ms.toFixed(1)} ms`;
}

// EXTERNAL MODULE: ./src/cli/style.ts
var cli_style = __webpack_require__(1715);
;// CONCATENATED MODULE: ./src/cli/table.ts



const HEADERS = ['status', 'name', 'type', 'target', 'error', 'time'];
// When the table is too wide, name and target give up width first, sharing the cut, down to a
// comfortable minimum, then down to a bare one; the error column only after them.
const SHRINKABLE = [
    [
        ['target', 16],
        ['name', 16],
    ],
    [
        ['target', 8],
        ['name', 8],
    ],
    [['error', 12]],
];
const GAP = '  ';
const STATUS_TEXT = {
    passed: '\u2713 passed',
    failed: '\u2717 failed',
    warned: '! warned',
    skipped: '- skipped',
};
function statusPaint(status, style) {
    return { passed: style.green, failed: style.red, warned: style.yellow, skipped: style.dim }[status];
}
function statusLabel(status, style) {
    return statusPaint(status, style)(STATUS_TEXT[status]);
}
/** The table, one line per check; `maxWidth` is the terminal's width, undefined when piped. */
function renderResultTable(run, style, maxWidth) {
    const rows = run.checks.map((result) => cells(result, style));
    const widths = columnWidths(rows, maxWidth);
    const header = HEADERS.map((h, i) => fit({ text: h, paint: style.bold }, widths[i], h === 'time'));
    const rule = style.dim(widths.map((w) => '\u2500'.repeat(w)).join(GAP));
    const body = rows.map((row) => row.map((cell, i) => fit(cell, widths[i], HEADERS[i] === 'time')).join(GAP).trimEnd());
    return [header.join(GAP).trimEnd(), rule, ...body];
}
function cells(result, style) {
    const { check } = result;
    const error = result.error ? (0,junit/* errorKind */.f)(result) : '';
    const time = result.timings.total !== undefined ? formatMs(result.timings.total) : '';
    return [
        { text: STATUS_TEXT[result.status], paint: statusPaint(result.status, style) },
        { text: (0,cli_style/* printable */.g$)(check.name) },
        { text: check.type },
        { text: (0,cli_style/* printable */.g$)(check.target), cut: 'middle' },
        { text: error, paint: result.status === 'failed' ? style.red : style.yellow },
        { text: time },
    ];
}
function columnWidths(rows, maxWidth) {
    const widths = HEADERS.map((header, i) => Math.max(header.length, ...rows.map((row) => (0,cli_style/* visibleLength */.te)(row[i].text))));
    if (maxWidth === undefined)
        return widths;
    let overflow = widths.reduce((sum, w) => sum + w, 0) + GAP.length * (widths.length - 1) - maxWidth;
    // One column at a time, always the one with the most to spare in the tier.
    for (const tier of SHRINKABLE) {
        while (overflow > 0) {
            const spare = tier.map(([column, minimum]) => widths[HEADERS.indexOf(column)] - minimum);
            const most = Math.max(...spare);
            if (most <= 0)
                break;
            widths[HEADERS.indexOf(tier[spare.indexOf(most)][0])] -= 1;
            overflow--;
        }
    }
    return widths;
}
/** Cuts a cell to its column, pads it, then colours it. */
function fit(cell, width, alignRight) {
    const shown = cell.cut === 'middle' ? (0,cli_style/* truncateMiddle */.kU)(cell.text, width) : (0,cli_style/* truncate */.xv)(cell.text, width);
    const padding = ' '.repeat(Math.max(0, width - (0,cli_style/* visibleLength */.te)(shown)));
    const painted = cell.paint && shown ? cell.paint(shown) : shown;
    return alignRight ? padding + painted : painted + padding;
}
/** `\u2717 The gate failed: 2 failed, 1 warned, 5 passed, 0 skipped (8 checks in 1.4 s)`. */
function renderVerdict(run, style) {
    const { summary } = run;
    const counts = `${summary.failed} failed, ${summary.warned} warned, ${summary.passed} passed, ${summary.skipped} skipped`;
    const tail = `(${summary.total} checks in ${formatMs(run.durationMs)})`;
    return run.result === 'pass'
        ? `${style.green(style.bold('\u2713 The gate passed:'))} ${counts} ${style.dim(tail)}`
        : `${style.red(style.bold('\u2717 The gate failed:'))} ${counts} ${style.dim(tail)}`;
}

;// CONCATENATED MODULE: ./src/cli/details.ts
// What the terminal shows under the table for each failed or warned check: the error, the
// assertions as expected vs actual, what the server sent, and the timing waterfall.






const INDENT = '    ';
const EXCERPT_COLUMNS = 160;
function renderFailureDetails(result, style) {
    const { check, error } = result;
    if (!error)
        return [];
    const paint = result.status === 'failed' ? style.red : style.yellow;
    const where = `${check.location.file}:${check.location.line}`;
    const lines = [
        `${statusLabel(result.status, style)}  ${style.bold((0,cli_style/* printable */.g$)(check.name))}  ${paint((0,junit/* errorKind */.f)(result))}  ${style.dim(where)}`,
        `${INDENT}${style.dim(check.type)} ${(0,cli_style/* printable */.g$)(check.target)}`,
    ];
    if (error.category === 'INCORRECT_ASSERTION' && result.assertions.length > 0) {
        lines.push(...result.assertions.map((assertion) => INDENT + assertionLine(assertion, style)));
        lines.push(INDENT + (0,taxonomy/* explain */.WE)(error.category, error.code).fix);
    }
    else {
        lines.push(INDENT + (0,cli_style/* printable */.g$)(error.message));
    }
    if (result.attempts > 1)
        lines.push(`${INDENT}${style.dim(`after ${result.attempts} attempts`)}`);
    if (result.excerpt) {
        lines.push(`${INDENT}${style.dim('response:')} ${(0,cli_style/* truncate */.xv)((0,cli_style/* printable */.g$)(result.excerpt.trim()), EXCERPT_COLUMNS)}`);
    }
    lines.push(...renderWaterfall(result.timings).map((line) => INDENT + style.dim(line)));
    return lines;
}
function assertionLine(assertion, style) {
    const at = style.dim(`line ${assertion.line}`);
    if (!assertion.passed)
        return `${style.red('\u2717')} ${at}  ${(0,cli_style/* printable */.g$)((0,engine_attempt/* describeFailure */.I)(assertion))}`;
    const subject = [assertion.type, assertion.property, assertion.path].filter(Boolean).join(' ');
    return `${style.green('\u2713')} ${at}  ${(0,cli_style/* printable */.g$)(`${subject}: ${assertion.operator} ${show(assertion.target)}, actual ${show(assertion.actual)}`)}`;
}
function show(value) {
    const text = typeof value === 'string' ? value : JSON.stringify(value) ?? 'nothing';
    return `\`${(0,cli_style/* truncate */.xv)(text, 80)}\``;
}

// EXTERNAL MODULE: ./src/cli/validate.ts
var validate = __webpack_require__(4446);
;// CONCATENATED MODULE: ./src/cli/run.ts
// `probegate run`: load a manifest, run it with a live progress line, print the table and the
// failures, write the reports, and exit by the gate.












const RUN_HELP = `Usage: probegate run [manifest] [options]

Runs the checks of a manifest (default ${cli_args/* DEFAULT_MANIFEST */.mj}) and gates on their errors.

Options:
  --base-url URL     the deployment to check, {{ BASE_URL }} in the manifest
  --fail-on LIST     error categories that fail the run, comma-separated: all, a category
                     (SSL) or CATEGORY:CODE (SSL:CERT_HAS_EXPIRED); overrides the manifest's gate
  --warn-on LIST     error categories that only warn
  --var NAME=VALUE   set a variable (repeatable); overrides the manifest's variables
  --json FILE        write the JSON report to FILE
  --junit FILE       write a JUnit XML report to FILE
  --concurrency N    how many checks run at once (default 8)
  -h, --help         show this help

{{ env.NAME }} reads the environment. SHA, REPOSITORY and PR_NUMBER are known only when
GITHUB_SHA, GITHUB_REPOSITORY and GITHUB_REF are set. Colour is off when the output is not
a terminal or NO_COLOR is set.

Exit status: 0 the gate passed, 1 the gate failed, 2 the manifest or the arguments are unusable.`;
const RUN_OPTIONS = {
    'base-url': { type: 'string' },
    'fail-on': { type: 'string', multiple: true },
    'warn-on': { type: 'string', multiple: true },
    var: { type: 'string', multiple: true },
    json: { type: 'string' },
    junit: { type: 'string' },
    concurrency: { type: 'string' },
};
async function runCommand(args, terminal) {
    const { values, positionals } = (0,cli_args/* parseCommandLine */.Du)(args, RUN_OPTIONS, 1);
    if (values.help) {
        terminal.print(RUN_HELP);
        return 0;
    }
    const settings = {
        failOn: (0,cli_args/* parseGateOption */.Gt)('fail-on', values['fail-on']),
        warnOn: (0,cli_args/* parseGateOption */.Gt)('warn-on', values['warn-on']),
        concurrency: (0,cli_args/* parseConcurrency */.nY)(values.concurrency),
        jsonFile: values.json,
        junitFile: values.junit,
    };
    const manifestPath = positionals[0] ?? cli_args/* DEFAULT_MANIFEST */.mj;
    const manifest = await loadForRun(manifestPath, manifestPath, terminal, {
        builtins: (0,cli_args/* builtinVariables */.xg)((0,cli_args/* parseBaseUrl */.Q2)(values['base-url']), process.env),
        inputs: (0,cli_args/* parseVars */.ux)(values.var),
        secretInputs: {},
        env: process.env,
    });
    if (!manifest)
        return 2;
    const run = await runAndReport(manifest, settings, terminal);
    return run.result === 'pass' ? 0 : 1;
}
/** Loads a manifest; an unusable one is printed with its problems and gives undefined. */
async function loadForRun(manifestPath, displayPath, terminal, variables) {
    try {
        return await (0,load/* loadManifest */.e)({ path: manifestPath, displayPath, variables });
    }
    catch (error) {
        if (!(error instanceof load/* ManifestError */.S))
            throw error;
        const { errorStyle } = terminal;
        for (const line of (0,validate.formatProblems)(error.problems, errorStyle))
            terminal.error(line);
        terminal.error(`${errorStyle.red('\u2717')} ${(0,cli_style/* printable */.g$)(error.message)} (nothing was run)`);
        return undefined;
    }
}
/** Runs every check, prints the result and writes the reports asked for. */
async function runAndReport(manifest, settings, terminal) {
    const gate = (0,src_gate/* resolveGate */.mW)(settings, manifest.gate);
    const total = manifest.checks.length;
    const started = performance.now();
    terminal.progress.start(total, manifest.ready ? `waiting for ${manifest.ready.url.href} to answer\u2026` : `running ${total} checks\u2026`);
    const outcomes = await runChecks(manifest, {
        concurrency: settings.concurrency,
        onCheckDone: (outcome, done) => terminal.progress.checkDone(outcome, done, total),
    });
    terminal.progress.clear();
    const run = (0,src_gate/* applyGate */.ei)(outcomes, gate, manifest.file, Math.round(performance.now() - started));
    printRun(run, terminal);
    writeReports(run, settings, terminal);
    return run;
}
function printRun(run, terminal) {
    const { style } = terminal;
    terminal.print(...renderResultTable(run, style, terminal.width), '');
    const failures = [...run.checks.filter((c) => c.status === 'failed'), ...run.checks.filter((c) => c.status === 'warned')];
    for (const result of failures)
        terminal.print(...renderFailureDetails(result, style), '');
    terminal.print(renderVerdict(run, style));
}
function writeReports(run, settings, terminal) {
    const reports = [
        [settings.jsonFile, '--json', () => `${JSON.stringify(renderJsonReport(run), null, 2)}\n`],
        [settings.junitFile, '--junit', () => (0,junit/* renderJunit */.R)(run)],
    ];
    for (const [file, option, render] of reports) {
        if (!file)
            continue;
        try {
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(external_node_path_default().resolve(file)), { recursive: true });
            (0,external_node_fs_.writeFileSync)(file, render());
        }
        catch (error) {
            throw new cli_args/* UsageError */.eb(`${option} ${file}: cannot write the report (${error.message})`);
        }
        terminal.print(terminal.style.dim(`Wrote ${file}`));
    }
}


/***/ }),

/***/ 8358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ describeFailure),
  T: () => (/* binding */ runAttempt)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/jsonpath-plus/dist/index-node-esm.js
var index_node_esm = __webpack_require__(6229);
;// CONCATENATED MODULE: ./src/assertions/http.ts



// Made on the first jsonSchema assertion: building one costs every start some milliseconds.
let http_ajv;
const HTTP_EXTRACTORS = {
    statusCode: (_, observation) => observation.statusCode,
    responseTime: (_, observation) => observation.timings.total,
    header: (assertion, observation) => observation.headers?.[String(assertion.property).toLowerCase()],
    body: (_, observation) => bodyText(observation),
    jsonpath: (assertion, observation) => queryJson(assertion.path ?? '$', parseJson(observation)),
    bodyHash: (assertion, observation) => observation.body ? (0,external_node_crypto_.createHash)(String(assertion.property)).update(observation.body).digest('hex') : undefined,
    jsonSchema: (assertion, observation) => schemaErrors(assertion, observation),
};
// A body is decoded and parsed once, however many assertions read it.
const texts = new WeakMap();
const documents = new WeakMap();
function bodyText(observation) {
    const body = observation.body;
    if (!body)
        return undefined;
    let text = texts.get(body);
    if (text === undefined)
        texts.set(body, (text = body.toString('utf8')));
    return text;
}
/** The body as JSON, or a thrown explanation the evaluator reports as the assertion's message. */
function parseJson(observation) {
    const body = observation.body;
    let document = body && documents.get(body);
    if (!document) {
        const text = bodyText(observation) ?? '';
        try {
            document = { json: JSON.parse(text) };
        }
        catch {
            document = { notJson: `the body is not JSON (starts with ${JSON.stringify(text.slice(0, 40))})` };
        }
        if (body)
            documents.set(body, document);
    }
    if ('notJson' in document)
        throw new Error(document.notJson);
    return document.json;
}
/** The value at a JSONPath: one match gives the value, several an array, none undefined. */
function queryJson(path, json) {
    const matches = (0,index_node_esm/* JSONPath */.E)({ path, json: json, wrap: true });
    if (matches.length === 0)
        return undefined;
    return matches.length === 1 ? matches[0] : matches;
}
/** `valid`, or the schema errors joined, so `is valid` reads naturally in reports. */
function schemaErrors(assertion, observation) {
    http_ajv ??= new ajv.Ajv({ allErrors: true, strict: false });
    const validate = http_ajv.compile(assertion.target);
    if (validate(parseJson(observation)))
        return 'valid';
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
}

;// CONCATENATED MODULE: ./src/assertions/grpc.ts

const GRPC_EXTRACTORS = {
    grpcHealthcheckStatus: (_, observation) => observation.values?.grpcHealthcheckStatus,
    /** Response metadata, headers and trailers, by lower-case key. */
    grpcMetadata: (assertion, observation) => observation.values?.grpcMetadata?.[String(assertion.property).toLowerCase()],
    /** The response message as JSON: the value at `path`, or the whole message without one. */
    grpcProto: (assertion, observation) => {
        const response = observation.values?.grpcResponse;
        return assertion.path && response !== undefined ? queryJson(assertion.path, response) : response;
    },
};

;// CONCATENATED MODULE: ./src/assertions/network.ts
/** DNS records of the type the assertion's property names, as strings (format in checks/dns.ts). */
function records(quantifier) {
    const extract = (assertion, observation) => {
        const byType = (observation.values?.records ?? {});
        return byType[String(assertion.property).toUpperCase()];
    };
    return Object.assign(extract, { quantifier });
}
function value(name) {
    return (_, observation) => observation.values?.[name];
}
const NETWORK_EXTRACTORS = {
    recordSome: records('some'),
    recordEvery: records('every'),
    connection: value('connection'),
    receivedMessage: value('receivedMessage'),
    packetLossPercentage: value('packetLossPercentage'),
    packetsReceived: value('packetsReceived'),
    latency: (assertion, observation) => observation.values?.latency?.[String(assertion.property)],
};

// EXTERNAL MODULE: ./src/assertions/ssl.ts
var ssl = __webpack_require__(5687);
// EXTERNAL MODULE: ./src/assertions/operators.ts
var operators = __webpack_require__(2760);
;// CONCATENATED MODULE: ./src/assertions/index.ts





// assertion type -> how to read its actual value. Types shared by several checks
// (responseTime, header, receivedMessage) read the same Observation field everywhere.
const EXTRACTORS = {
    ...HTTP_EXTRACTORS,
    ...ssl/* SSL_EXTRACTORS */.v,
    ...NETWORK_EXTRACTORS,
    ...GRPC_EXTRACTORS,
};
/** Evaluates every assertion (not just up to the first failure). */
function evaluate(assertions, observation) {
    return assertions.map((assertion) => evaluateOne(assertion, observation));
}
function evaluateOne(assertion, observation) {
    const extract = EXTRACTORS[assertion.type];
    if (!extract)
        return result(assertion, undefined, { passed: false, message: `assertion type ${assertion.type} is not supported` });
    let actual;
    try {
        actual = extract(assertion, observation);
    }
    catch (error) {
        return result(assertion, undefined, { passed: false, message: error.message });
    }
    // A jsonSchema assertion's target is the schema; what it compares is whether the body is valid.
    const target = assertion.type === 'jsonSchema' ? 'valid' : assertion.target;
    const comparison = extract.quantifier
        ? (0,operators/* compareEach */.dA)(extract.quantifier, assertion.operator, actual, target)
        : (0,operators/* compare */.UD)(assertion.operator, actual, target);
    return result(assertion, actual, comparison);
}
function result(assertion, actual, { passed, message }) {
    return {
        type: assertion.type,
        operator: assertion.operator,
        target: assertion.target,
        property: assertion.property,
        path: assertion.path,
        line: assertion.location.line,
        ...(assertion.implicit ? { implicit: true } : {}),
        actual,
        passed,
        ...(message ? { message } : {}),
    };
}

// EXTERNAL MODULE: ./src/errors/classify.ts + 4 modules
var classify = __webpack_require__(9194);
// EXTERNAL MODULE: ./src/errors/deadline.ts
var errors_deadline = __webpack_require__(7943);
// EXTERNAL MODULE: ./src/errors/probe-error.ts
var probe_error = __webpack_require__(8590);
// EXTERNAL MODULE: ./src/net/timing.ts
var timing = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/engine/attempt.ts
// One attempt of one check: its deadlines, the probe, the assertions, and the classification
// of whatever went wrong.





async function runAttempt(check, module) {
    const timer = new timing/* PhaseTimer */.x();
    const deadline = new Deadline(check);
    try {
        const observation = await deadline.race(module.run(check.request, { signal: deadline.signal, timer, timeoutMs: check.timeoutMs }));
        const assertions = evaluate(check.assertions, observation);
        const error = observation.error === undefined ? verdict(observation, assertions) : (0,classify/* classify */.L8)(observation.error).toInfo();
        return { error, assertions, timings: observation.timings, observation };
    }
    catch (error) {
        const cause = deadline.signal.aborted ? deadline.signal.reason : error;
        if (cause instanceof errors_deadline/* DeadlineExceeded */.m)
            cause.pendingPhase = timer.pendingPhase();
        return { error: (0,classify/* classify */.L8)(cause).toInfo(), assertions: [], timings: timer.timings() };
    }
    finally {
        deadline.clear();
    }
}
/**
 * The attempt's deadline: the request timeout, or the overall one when it is shorter. Only the
 * probe can outlast it: the assertions that follow run synchronously, so no timer fires among them.
 */
class Deadline {
    controller = new AbortController();
    timer;
    expire;
    constructor(check) {
        const [kind, limitMs] = check.overallTimeoutMs < check.timeoutMs ? ['overall', check.overallTimeoutMs] : ['request', check.timeoutMs];
        this.timer = setTimeout(() => {
            const reason = new errors_deadline/* DeadlineExceeded */.m(kind, limitMs);
            this.controller.abort(reason);
            this.expire?.(reason);
        }, limitMs);
    }
    /** What the probe is given: aborted when the deadline runs out. */
    get signal() {
        return this.controller.signal;
    }
    /** Settles as the probe does, or rejects when the deadline runs out, even if the probe ignores its signal. */
    race(probe) {
        return new Promise((resolve, reject) => {
            this.expire = reject;
            probe.then(resolve, reject);
        });
    }
    clear() {
        clearTimeout(this.timer);
    }
}
/** Passed, AUTHENTICATION_ERROR for rejected credentials nobody expected, or INCORRECT_ASSERTION. */
function verdict(observation, assertions) {
    const rejectedStatus = observation.values?.credentialsRejected;
    const expected = assertions.some((a) => a.type === 'statusCode' && a.passed);
    if (rejectedStatus !== undefined && !expected) {
        return (0,probe_error/* probeError */.v)('AUTHENTICATION_ERROR', 'AUTHENTICATION_ERROR', `The server answered ${String(rejectedStatus)} to the credentials the check sent`).toInfo();
    }
    const failed = assertions.filter((a) => !a.passed);
    if (failed.length === 0)
        return null;
    const described = failed.map(describeFailure).join('; ');
    return (0,probe_error/* probeError */.v)('INCORRECT_ASSERTION', 'INCORRECT_ASSERTION', described).toInfo();
}
function describeFailure(result) {
    const subject = [result.type, result.property, result.path].filter(Boolean).join(' ');
    const expected = result.operator === 'doesNotExist' ? 'doesNotExist' : `${result.operator} \`${show(result.target)}\``;
    const why = result.message ? ` (${result.message})` : '';
    return `${subject}: expected ${expected}, actual \`${show(result.actual)}\`${why}`;
}
function show(value) {
    if (value === undefined)
        return 'nothing';
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return text.length > 200 ? `${text.slice(0, 200)}\u2026` : text;
}


/***/ }),

/***/ 481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ PhaseTimer)
/* harmony export */ });
const PHASE_AFTER = {
    dnsDone: 'the TCP connection',
    connectDone: 'the first byte',
    tlsDone: 'the first byte',
    firstByte: 'the rest of the response',
    end: 'nothing',
};
const PHASES = [
    ['dns', 'dnsDone'],
    ['connect', 'connectDone'],
    ['tls', 'tlsDone'],
    ['firstByte', 'firstByte'],
    ['download', 'end'],
];
/**
 * Collects timestamps from transport events for one attempt. A mark is kept the first time it
 * is set, so redirects and retries inside an attempt do not overwrite the first connection's.
 */
class PhaseTimer {
    startedAt = performance.now();
    marks = new Map();
    tlsExpected = false;
    awaited;
    /** Says that a TLS handshake follows the TCP connection, so a timeout names the right phase. */
    expectTls() {
        this.tlsExpected = true;
    }
    /** Names what the probe waits for now (a DNS answer, a reply datagram), for probes whose steps are not transport phases. */
    waitingFor(what) {
        this.awaited = what;
    }
    mark(name) {
        if (!this.marks.has(name))
            this.marks.set(name, performance.now());
    }
    /** Sets a mark again, for a phase that restarts (the first byte of a redirect's target). */
    remark(name) {
        this.marks.set(name, performance.now());
    }
    has(name) {
        return this.marks.has(name);
    }
    elapsed() {
        return performance.now() - this.startedAt;
    }
    /** What the probe was waiting for when it stopped, for timeout messages. */
    pendingPhase() {
        if (this.awaited)
            return this.awaited;
        const order = ['end', 'firstByte', 'tlsDone', 'connectDone', 'dnsDone'];
        const last = order.find((m) => this.marks.has(m));
        if (last === 'connectDone' && this.tlsExpected)
            return 'the TLS handshake';
        return last ? PHASE_AFTER[last] : 'the connection';
    }
    /** Durations of the completed phases only; `total` is the attempt's elapsed time. */
    timings() {
        const result = {};
        let previous = this.startedAt;
        for (const [phase, mark] of PHASES) {
            const time = this.marks.get(mark);
            if (time === undefined)
                continue;
            result[phase] = round(time - previous);
            previous = time;
        }
        result.total = round((this.marks.get('end') ?? performance.now()) - this.startedAt);
        return result;
    }
}
function round(ms) {
    return Math.round(ms * 100) / 100;
}


/***/ }),

/***/ 2107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* reexport default from dynamic */ undici_lib_dispatcher_client_js__WEBPACK_IMPORTED_MODULE_2___default.a),
/* harmony export */   g: () => (/* reexport default from dynamic */ undici_lib_core_connect_js__WEBPACK_IMPORTED_MODULE_1___default.a)
/* harmony export */ });
/* harmony import */ var undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6615);
/* harmony import */ var undici_lib_core_connect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9136);
/* harmony import */ var undici_lib_core_connect_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(undici_lib_core_connect_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var undici_lib_dispatcher_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3701);
/* harmony import */ var undici_lib_dispatcher_client_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_client_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(883);
/* harmony import */ var undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_3__);
// The parts of undici the probes use, imported by path: the package's index also loads fetch,
// WebSocket, caches, mocks and proxy agents, some 700 KB that the action would parse and run at
// every start. As undici's index does, the request API is mixed into Dispatcher.prototype.




Object.assign((undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_3___default().prototype), undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_0__);



/***/ }),

/***/ 2998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ renderJunit),
/* harmony export */   f: () => (/* binding */ errorKind)
/* harmony export */ });
/* harmony import */ var _engine_attempt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8358);
// JUnit XML: one testsuite for the manifest, one testcase per check. A failed check is a
// <failure> whose type is CATEGORY:CODE; a warned check passes (the gate let it through) and
// says why in <system-out>; a skipped check is <skipped/>. Follows the common JUnit schema
// as Jenkins' junit-4.xsd describes it (testsuites > testsuite > testcase > skipped | failure |
// system-out).

function renderJunit(run) {
    const { summary } = run;
    const time = seconds(run.durationMs);
    const counts = `tests="${summary.total}" failures="${summary.failed}" errors="0"`;
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        // junit-4.xsd allows `skipped` on testsuite only.
        `<testsuites name="probegate" ${counts} time="${time}">`,
        `  <testsuite name="${attribute(run.manifestFile)}" ${counts} skipped="${summary.skipped}" time="${time}">`,
        ...run.checks.flatMap(testcase),
        '  </testsuite>',
        '</testsuites>',
        '',
    ].join('\n');
}
function testcase(result) {
    const { check } = result;
    const open = `    <testcase name="${attribute(check.name)}" classname="probegate.${check.type}" time="${seconds(result.timings.total ?? 0)}"`;
    if (result.status === 'passed')
        return [`${open}/>`];
    if (result.status === 'skipped')
        return [`${open}>`, '      <skipped/>', '    </testcase>'];
    const error = result.error;
    const kind = errorKind(result);
    const body = text(details(result));
    const element = result.status === 'failed'
        ? `      <failure type="${attribute(kind)}" message="${attribute(`${kind}: ${error.message}`)}">${body}</failure>`
        : `      <system-out>${text(`warned (the gate does not fail on ${kind})\n`)}${body}</system-out>`;
    return [`${open}>`, element, '    </testcase>'];
}
/** `CATEGORY:CODE`, or just `CATEGORY` when the error has no subcode. */
function errorKind(result) {
    const error = result.error;
    return error.code === error.category ? error.category : `${error.category}:${error.code}`;
}
function details(result) {
    const { check, error } = result;
    const lines = [`${errorKind(result)}: ${error.message}`, `target: ${check.target}`];
    for (const assertion of result.assertions.filter((a) => !a.passed)) {
        lines.push(`line ${assertion.line}: ${(0,_engine_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFailure */ .I)(assertion)}`);
    }
    if (result.attempts > 1)
        lines.push(`attempts: ${result.attempts}`);
    lines.push(`at ${check.location.file}:${check.location.line}`);
    return lines.join('\n');
}
function seconds(ms) {
    return (ms / 1000).toFixed(3);
}
// Characters XML 1.0 cannot carry at all, even escaped: C0 controls but tab, LF and CR, lone
// surrogates, U+FFFE and U+FFFF. What a server sent may contain any of them.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function text(value) {
    return value.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function attribute(value) {
    return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}


/***/ })

};
