export const id = 81;
export const ids = [81];
export const modules = {

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
// EXTERNAL MODULE: ./src/errors/label.ts
var label = __webpack_require__(9589);
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
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/cli/demo-server.ts
// The demo's local preview, on loopback only: a few healthy endpoints and one deliberate fault
// per error category the demo shows, and a local "production" to compare it with (a slower
// product list, a product that lost a field). Everything it starts is closed by `close()`.






const HOST = '127.0.0.1';
const PRODUCTS = { items: [{ id: 1, name: 'Desk lamp', price: 39.9 }, { id: 2, name: 'Chair', price: 89 }] };
const PRODUCT = { id: 1, name: 'Desk lamp', price: 39.9, rating: { average: 4.6, count: 212 } };
/**
 * Fixed and large, so the slowdown is found in a few samples however busy the machine is; the
 * production delay keeps its own two series alike (a 2 ms answer varies by half from one sample
 * to the next, which the A/A comparison rightly calls too noisy to judge).
 */
const PRODUCTION_DELAY_MS = 40;
const DEMO_SLOWDOWN_MS = 150;
/** The same product API, as production serves it: fast, and with the product's rating. */
const PRODUCTION_ROUTES = {
    '/': (_, response) => void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Acme shop</title>\n'),
    '/api/health': (_, response) => json(response, 200, { status: 'ok', version: '1.4.1' }),
    '/api/products': (_, response) => void (0,promises_.setTimeout)(PRODUCTION_DELAY_MS).then(() => json(response, 200, PRODUCTS)),
    '/api/products/1': (_, response) => json(response, 200, PRODUCT),
};
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
    // A journey: log in (a token and a session cookie), add to a cart that then reads back empty.
    '/api/login': (_, response) => json(response, 200, { token: 'demo-token-4f9a' }, { 'set-cookie': 'session=demo-session; Path=/api; HttpOnly' }),
    '/api/cart': (request, response) => request.headers.authorization === 'Bearer demo-token-4f9a' ? json(response, 201, { id: 'cart-7' }) : json(response, 401, { error: 'log in first' }),
    '/api/cart/cart-7': (request, response) => request.headers.cookie?.includes('session=demo-session') ? json(response, 200, { id: 'cart-7', items: [] }) : json(response, 401, { error: 'no session' }),
    // Malformed HTTP: a header line without a colon.
    '/api/legacy': (request) => request.socket.end('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nthis is not a header\r\n\r\nhello\n'),
    // A latency regression: production answers at once.
    '/api/products': (_, response) => void (0,promises_.setTimeout)(PRODUCTION_DELAY_MS + DEMO_SLOWDOWN_MS).then(() => json(response, 200, PRODUCTS)),
    // A removed field: production sends `rating`.
    '/api/products/1': (_, response) => json(response, 200, { id: 1, name: 'Desk lamp', price: 39.9 }),
};
/**
 * Starts the preview: the HTTP server, an HTTPS server with a certificate that expired in
 * 2020 (`examples/demo-certs`, made by make-expired-cert.sh there), and a port on which
 * nothing listens.
 */
async function startDemoPreview(certDir) {
    const app = track(external_node_http_default().createServer(router(ROUTES)));
    const production = track(external_node_http_default().createServer(router(PRODUCTION_ROUTES)));
    const tls = track(external_node_https_default().createServer({ key: (0,external_node_fs_.readFileSync)(external_node_path_default().join(certDir, 'expired-key.pem')), cert: (0,external_node_fs_.readFileSync)(external_node_path_default().join(certDir, 'expired-cert.pem')) }, (_, response) => json(response, 200, { billing: 'ok' })));
    try {
        const appPort = await listen(app.server);
        const tlsPort = await listen(tls.server);
        const productionPort = await listen(production.server);
        const refusedPort = await unusedPort();
        return {
            baseUrl: `http://${HOST}:${appPort}`,
            variables: { TLS_URL: `https://${HOST}:${tlsPort}`, REFUSED_URL: `http://${HOST}:${refusedPort}`, PRODUCTION_URL: `http://${HOST}:${productionPort}` },
            close: () => Promise.all([app.close(), tls.close(), production.close()]).then(() => undefined),
        };
    }
    catch (error) {
        await Promise.all([app.close(), tls.close(), production.close()]);
        throw error;
    }
}
function router(routes) {
    return (request, response) => {
        const handler = routes[new URL(request.url ?? '/', 'http://demo').pathname];
        if (handler)
            handler(request, response);
        else
            json(response, 404, { error: 'not found' });
    };
}
function json(response, status, body, headers = {}) {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
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

// EXTERNAL MODULE: ./src/cli/run.ts + 20 modules
var cli_run = __webpack_require__(7062);
// EXTERNAL MODULE: ./src/cli/style.ts
var cli_style = __webpack_require__(1715);
// EXTERNAL MODULE: ./src/cli/terminal.ts
var cli_terminal = __webpack_require__(1028);
;// CONCATENATED MODULE: ./src/cli/demo.ts
// `probegate demo`: starts the local demo preview and runs examples/demo.yml against it, so the
// terminal shows a passing check and each error category once. It exits 0 when every check
// ended as designed, deliberate failures included.








const DEMO_HELP = `Usage: probegate demo [options]

Starts a local demo preview on 127.0.0.1 with healthy endpoints and deliberate
faults, and runs the example manifest examples/demo.yml against it: one fault
per error category a single machine can stage (eight of them), and a comparison
with a local "production" that finds a latency regression and a removed JSON
field.

Options:
  --json FILE        also write the JSON report to FILE; with -, to stdout (all
                     else goes to stderr)
  --junit FILE       also write a JUnit XML report to FILE
  --serve            only start the demo preview, print its addresses as
                     NAME=VALUE lines (BASE_URL first) and serve until
                     interrupted, to point probegate run or the action at it
                     with examples/demo.yml
  -h, --help         show this help

Exit status: 0 the demo ran as designed (its failures are deliberate), 1 it
did not.`;
const DEMO_OPTIONS = {
    json: { type: 'string' },
    junit: { type: 'string' },
    serve: { type: 'boolean' },
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
    journey: 'INCORRECT_ASSERTION',
    'latency-regression': 'REGRESSION:LATENCY',
    'removed-field': 'REGRESSION:SCHEMA',
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
    // `--json -`: the report owns stdout, so what the demo tells a person goes to stderr.
    const people = values.json === '-' ? (0,cli_terminal/* onStderr */.EJ)(terminal) : terminal;
    const { style } = people;
    const preview = await startDemoPreview(external_node_path_default().join(examples, 'demo-certs'));
    if (values.serve)
        return serveUntilInterrupted(preview, terminal);
    try {
        people.print(style.bold('probegate demo'), `A demo preview is running at ${preview.baseUrl}, with deliberate faults.`, 'Running examples/demo.yml against it: 2 healthy endpoints, one fault per error', 'category it can stage, a user journey that fails at a named step, and the preview', `compared with a local production (${preview.variables.PRODUCTION_URL}).`, '');
        const manifest = await (0,cli_run.loadForRun)(external_node_path_default().join(examples, 'demo.yml'), 'examples/demo.yml', people, {
            builtins: { BASE_URL: preview.baseUrl },
            inputs: preview.variables,
            secretInputs: {},
            env: {},
        });
        if (!manifest)
            return 1;
        const run = await (0,cli_run.runAndReport)(manifest, { concurrency: 8, jsonFile: values.json, junitFile: values.junit }, terminal);
        return explain(run, people);
    }
    finally {
        await preview.close();
    }
}
/**
 * `--serve`: the addresses in one write (a script waiting for BASE_URL= then has them all), then
 * nothing until SIGINT or SIGTERM, which close the servers and exit 0.
 */
async function serveUntilInterrupted(preview, terminal) {
    const addresses = { BASE_URL: preview.baseUrl, ...preview.variables };
    terminal.print(...Object.entries(addresses).map(([name, value]) => `${name}=${value}`));
    const signal = await new Promise((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
    });
    await preview.close();
    terminal.error(`probegate demo: ${signal}, the demo preview is closed`);
    return 0;
}
/** Says what the demo showed; 1 when a check did not end as designed (the demo itself broke). */
function explain(run, terminal) {
    const { style } = terminal;
    const surprises = run.checks.filter((result) => !endedAsDesigned(result));
    if (surprises.length > 0) {
        terminal.print('', style.red(`\u2717 The demo did not go as designed: ${surprises.length === 1 ? '1 check' : `${surprises.length} checks`} ended differently.`), ...surprises.map((r) => `  ${(0,cli_style/* printable */.g$)(r.check.name)}: expected ${DESIGNED[r.check.id] ?? 'no such check'}, got ${outcome(r)}`), 'This is a probegate bug (or a very unusual network): please report it with the output above.');
        return 1;
    }
    const categories = [...run.categories].sort().join(', ');
    terminal.print('', `${style.green('\u2713')} The demo ran as designed. ${style.bold('The failures above are deliberate')}, one per error category:`, `  ${categories}.`, '  A real run exits 1 when the gate fails; the demo exits 0.', '', 'Next: describe your own checks in .github/probegate.yml (see examples/demo.yml and', 'docs/manifest.md), then run them against your preview:', '  npx probegate run --base-url https://your-preview.example');
    return 0;
}
function outcome(result) {
    return result.error ? (0,label/* errorLabel */.V)(result.error) : result.status;
}
function endedAsDesigned(result) {
    const designed = DESIGNED[result.check.id];
    if (designed === undefined)
        return false;
    if (designed === 'passed')
        return result.status === 'passed';
    return result.error !== null && (designed.includes(':') ? (0,label/* errorLabel */.V)(result.error) === designed : result.error.category === designed);
}


/***/ })

};
