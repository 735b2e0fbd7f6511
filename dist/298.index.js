export const id = 298;
export const ids = [298,920];
export const modules = {

/***/ 55920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MAX_BODY_BYTES: () => (/* binding */ DEFAULT_MAX_BODY_BYTES),
  MAX_REDIRECTS: () => (/* binding */ MAX_REDIRECTS),
  applyAuth: () => (/* binding */ applyAuth),
  httpCheck: () => (/* binding */ httpCheck),
  lowerCaseKeys: () => (/* binding */ lowerCaseKeys),
  parseUrl: () => (/* binding */ parseUrl),
  sendsCredentials: () => (/* binding */ sendsCredentials)
});

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
// EXTERNAL MODULE: ./src/errors/probe-error.ts
var probe_error = __webpack_require__(88590);
// EXTERNAL MODULE: ./src/errors/tls.ts + 1 modules
var tls = __webpack_require__(65473);
// EXTERNAL MODULE: ./src/net/timing.ts
var timing = __webpack_require__(60481);
// EXTERNAL MODULE: ./src/net/tls.ts
var net_tls = __webpack_require__(77638);
// EXTERNAL MODULE: ./src/net/undici.ts
var undici = __webpack_require__(32107);
;// CONCATENATED MODULE: ./src/checks/http-body.ts

/** The assertion types that read the body itself; without one, only the excerpt's bytes are kept. */
const BODY_ASSERTIONS = new Set(['body', 'jsonpath', 'bodyHash', 'jsonSchema']);
function assertionsReadBody(assertions) {
    return Array.isArray(assertions) && assertions.some((a) => BODY_ASSERTIONS.has(String(a?.type)));
}
/** Reads the body to its end or to the cap; listeners rather than `for await`, which costs more per check. */
function readCapped(body, limits, declaredLength) {
    return new Promise((resolve, reject) => {
        const declared = declaredLength === undefined ? NaN : Number(declaredLength);
        const tooLarge = () => {
            body.destroy();
            reject((0,probe_error/* probeError */.v)('BODY_TOO_LARGE', 'BODY_TOO_LARGE', `The response body is larger than the cap of ${limits.maxBytes} bytes`));
        };
        // A declared length over the cap fails now: reading up to the cap first would only hold memory.
        if (declared > limits.maxBytes)
            return tooLarge();
        const chunks = [];
        let received = 0;
        let kept = 0;
        body.on('data', (chunk) => {
            received += chunk.length;
            if (received > limits.maxBytes)
                return tooLarge();
            if (kept >= limits.keepBytes)
                return;
            const part = chunk.length <= limits.keepBytes - kept ? chunk : chunk.subarray(0, limits.keepBytes - kept);
            chunks.push(part);
            kept += part.length;
        });
        body.once('error', reject);
        body.once('end', () => {
            // undici checks this on HTTP/1.1 only; an HTTP/2 stream cancelled mid-body resolves as if complete.
            if (Number.isInteger(declared) && received < declared) {
                reject((0,probe_error/* probeError */.v)('CONNRESET', 'SOCKET_CLOSED', `The server closed the response after ${received} of ${declared} bytes`));
            }
            else {
                resolve(Buffer.concat(chunks, kept));
            }
        });
    });
}

// EXTERNAL MODULE: ./src/checks/tls-settings.ts
var tls_settings = __webpack_require__(33116);
// EXTERNAL MODULE: ./src/checks/types.ts
var types = __webpack_require__(16468);
;// CONCATENATED MODULE: ./src/checks/http.ts
// The http check: one request (plus its redirects) on fresh connections, every phase timed,
// the body read up to the cap on HTTP/1.1 and HTTP/2 alike.










const MAX_REDIRECTS = 10;
const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
const EXCERPT_CHARS = 2000;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const CREDENTIAL_HEADER = /^(authorization|proxy-authorization|cookie|x-api-key|api-key)$|token|api[-_]?key|secret/i;
// Given to every client.destroy(): without one, undici builds a new error per exchange and Node
// formats its stack as it destroys the socket, a cost every check paid.
const EXCHANGE_DONE = new Error('probegate: the exchange is over');
const httpCheck = {
    type: 'http',
    prepare(check, context) {
        const raw = check.request;
        const url = parseUrl(raw.url, ['request', 'url'], ['http:', 'https:']);
        for (const [name, value] of Object.entries(raw.query ?? {})) {
            url.searchParams.append(name, String(value));
        }
        const headers = lowerCaseKeys(raw.headers ?? {});
        let body;
        if (raw.body !== undefined) {
            body = typeof raw.body === 'string' ? raw.body : JSON.stringify(raw.body);
            if (typeof raw.body !== 'string')
                headers['content-type'] ??= 'application/json';
        }
        const auth = raw.auth;
        applyAuth(headers, auth);
        const request = {
            method: String(raw.method ?? 'GET').toUpperCase(),
            url,
            headers,
            body,
            httpVersion: (raw.http_version ?? check.http_version ?? 'any'),
            followRedirects: (raw.follow_redirects ?? check.follow_redirects ?? true),
            tls: (0,tls_settings/* readTlsSettings */.V)(raw.tls, ['request', 'tls'], context),
            maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
            keptBodyBytes: assertionsReadBody(check.assertions) ? DEFAULT_MAX_BODY_BYTES : EXCERPT_CHARS,
            sendsCredentials: sendsCredentials(headers, auth),
        };
        return { request, target: url.href };
    },
    run: runHttp,
    warmUp,
};
/**
 * One exchange with a loopback peer of its own, and one TLS context: the first request of a
 * process compiles undici's parser and code paths, loads the resolver and initialises OpenSSL
 * (10-20 ms), which the first check would time as its DNS, connect and first byte.
 */
async function warmUp() {
    (0,external_node_tls_.createSecureContext)();
    const peer = (0,external_node_net_.createServer)((socket) => socket.on('error', () => undefined).once('data', () => socket.end('HTTP/1.1 204 No Content\r\n\r\n')));
    await new Promise((resolve, reject) => peer.once('error', reject).listen(0, 'localhost', resolve));
    const url = new URL(`http://localhost:${peer.address().port}/`);
    const request = { method: 'GET', url, headers: {}, httpVersion: 'any', followRedirects: false, tls: { insecure: false }, maxBodyBytes: 0, keptBodyBytes: 0, sendsCredentials: false };
    try {
        await runHttp(request, { signal: AbortSignal.timeout(1000), timer: new timing/* PhaseTimer */.x(), timeoutMs: 1000 });
    }
    finally {
        peer.close();
    }
}
/** Parses a URL field, or throws InvalidField naming the field and the rule. */
function parseUrl(value, path, protocols) {
    let url;
    try {
        url = new URL(String(value));
    }
    catch {
        throw new types/* InvalidField */.u(path, `"${String(value)}" is not a valid URL (expected ${protocols.join('//\u2026 or ')}//\u2026)`);
    }
    if (!protocols.includes(url.protocol)) {
        throw new types/* InvalidField */.u(path, `the URL must start with ${protocols.map((p) => `${p}//`).join(' or ')}, not ${url.protocol}//`);
    }
    return url;
}
/** Sets the Authorization header an `auth` block asks for. */
function applyAuth(headers, auth) {
    if (auth?.basic) {
        const encoded = Buffer.from(`${auth.basic.username}:${auth.basic.password}`).toString('base64');
        headers.authorization = `Basic ${encoded}`;
    }
    else if (auth?.bearer) {
        headers.authorization = `Bearer ${auth.bearer}`;
    }
}
/** Credentials were sent (an `auth` block or a credential-style header): a 401/403/407 is then AUTHENTICATION_ERROR. */
function sendsCredentials(headers, auth) {
    return Boolean(auth) || Object.keys(headers).some((name) => CREDENTIAL_HEADER.test(name));
}
function lowerCaseKeys(record) {
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k.toLowerCase(), String(v)]));
}
async function runHttp(request, context) {
    if (request.url.protocol === 'https:')
        context.timer.expectTls();
    const connection = {};
    let hop = { method: request.method, url: request.url, body: request.body };
    const visited = new Set();
    for (let redirects = 0;; redirects++) {
        visited.add(`${hop.method} ${hop.url.href}`);
        const response = await exchange(request, hop, context, connection);
        const location = response.headers.location;
        if (!request.followRedirects || !REDIRECT_STATUSES.has(response.statusCode) || !location) {
            return { ...response, protocol: connection.protocol, tls: connection.tls };
        }
        hop = nextHop(hop, response.statusCode, location);
        if (redirects + 1 > MAX_REDIRECTS || visited.has(`${hop.method} ${hop.url.href}`)) {
            const why = redirects + 1 > MAX_REDIRECTS ? `more than ${MAX_REDIRECTS} redirects` : 'a redirect loop';
            throw (0,probe_error/* probeError */.v)('TOO_MANY_REDIRECTS', 'TOO_MANY_REDIRECTS', `Stopped after ${why}, at ${hop.url.href}`);
        }
    }
}
function nextHop(hop, status, location) {
    const url = new URL(location, hop.url);
    // 303, and 301/302 after a POST as browsers do, continue as a GET without a body.
    const asGet = status === 303 || ((status === 301 || status === 302) && hop.method === 'POST');
    return asGet ? { method: hop.method === 'HEAD' ? 'HEAD' : 'GET', url } : { ...hop, url };
}
async function exchange(request, hop, context, facts) {
    const firstByte = { seen: false };
    const client = new undici/* Client */.K(hop.url.origin, {
        connect: timedConnector(request, hop.url, context, facts, firstByte),
        allowH2: request.httpVersion !== 'http1',
        headersTimeout: 0,
        bodyTimeout: 0,
        // undici's default keep-alive, not pipelining 0 (`connection: close`): the client is destroyed
        // after this exchange anyway, and a close costs an extra error object, stack formatted, per request.
    });
    try {
        const response = await client.request({
            method: hop.method,
            path: `${hop.url.pathname}${hop.url.search}`,
            headers: { host: hop.url.host, ...request.headers },
            body: hop.body,
            signal: context.signal,
        });
        if (!firstByte.seen)
            context.timer.remark('firstByte');
        const headers = flattenHeaders(response.headers);
        const body = await readCapped(response.body, { maxBytes: request.maxBodyBytes, keepBytes: request.keptBodyBytes }, headers['content-length']);
        context.timer.remark('end');
        const rejected = request.sendsCredentials && [401, 403, 407].includes(response.statusCode);
        return {
            timings: context.timer.timings(),
            statusCode: response.statusCode,
            headers,
            body,
            excerpt: body.subarray(0, EXCERPT_CHARS).toString('utf8'),
            values: rejected ? { credentialsRejected: response.statusCode } : {},
        };
    }
    catch (error) {
        throw facts.tlsFailure ?? error;
    }
    finally {
        await client.destroy(EXCHANGE_DONE).catch(() => undefined);
    }
}
/** undici's connector with no session cache, its socket events turned into timing marks. */
function timedConnector(request, url, context, facts, firstByte) {
    const h2c = url.protocol === 'http:' && request.httpVersion === 'http2';
    const connect = (0,undici/* buildConnector */.g)({
        ...(url.protocol === 'https:' ? (0,net_tls/* tlsConnectionOptions */.mw)(request.tls, url.hostname) : {}),
        maxCachedSessions: 0,
        allowH2: request.httpVersion !== 'http1',
        timeout: context.timeoutMs + 1000,
        ...(h2c ? { useH2c: true } : {}),
    });
    return (options, callback) => {
        const socket = connect(options, (...args) => {
            const [error, connected] = args;
            const refusal = !error && connected ? recordConnection(connected, request, facts) : undefined;
            if (refusal) {
                connected.destroy();
                return callback(refusal, null);
            }
            const h2 = h2c || connected?.alpnProtocol === 'h2';
            if (connected && !h2)
                timeFirstByte(connected, context, firstByte);
            callback(...args);
        });
        const { timer } = context;
        // Prepended: undici's own listeners run first otherwise, and their work (the first connection
        // of a process compiles the HTTP parser) would be timed as connect or TLS. Only for events
        // that can come: every listener is paid for on every check.
        if (!(0,external_node_net_.isIP)(url.hostname))
            socket.prependOnceListener('lookup', (error) => error || timer.mark('dnsDone'));
        socket.prependOnceListener('connect', () => timer.mark('connectDone'));
        if (url.protocol === 'https:') {
            socket.prependOnceListener('secureConnect', () => timer.mark('tlsDone'));
            socket.on('error', (error) => {
                if ((0,tls/* isTlsFailure */.gt)(error))
                    facts.tlsFailure ??= error;
            });
        }
        return socket;
    };
}
/** On HTTP/1.1 the first byte is when the socket first holds data, before undici parses the headers (h2 sockets are read natively). */
function timeFirstByte(socket, context, firstByte) {
    const onReadable = () => {
        if (socket.readableLength === 0)
            return;
        context.timer.remark('firstByte');
        firstByte.seen = true;
        socket.off('readable', onReadable);
    };
    socket.prependListener('readable', onReadable);
}
/** Notes the protocol and TLS facts; returns an error when HTTP/2 is required but was not negotiated. */
function recordConnection(socket, request, facts) {
    const tlsSocket = 'encrypted' in socket ? socket : undefined;
    const alpn = socket.alpnProtocol;
    const protocol = alpn === 'h2' ? 'h2' : 'http/1.1';
    facts.protocol ??= protocol;
    if (tlsSocket)
        facts.tls ??= (0,net_tls/* observeTls */.Q3)(tlsSocket);
    if (request.httpVersion === 'http2' && protocol !== 'h2') {
        return (0,probe_error/* probeError */.v)('HTTP2', 'NOT_NEGOTIATED', 'Error performing HTTP/2 request: the server did not negotiate HTTP/2 (ALPN offered h2, it chose HTTP/1.1)');
    }
    return undefined;
}
function flattenHeaders(headers) {
    const flat = {};
    for (const name in headers) {
        const value = headers[name];
        if (value !== undefined)
            flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return flat;
}


/***/ }),

/***/ 33116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ readTlsSettings)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _net_tls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77638);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16468);




/**
 * Reads a manifest `tls` block (PEM text or file paths) into TlsSettings, once, at load time,
 * and makes sure node:tls can use them, so a bad file is INVALID_REQUEST, not a failed probe.
 */
function readTlsSettings(raw, path, context) {
    const block = (raw && typeof raw === 'object' ? raw : {});
    const settings = { insecure: block.insecure === true };
    for (const field of _net_tls_js__WEBPACK_IMPORTED_MODULE_2__/* .TLS_FILE_FIELDS */ .zQ) {
        const value = block[field];
        if (typeof value === 'string')
            settings[field] = context.readPemOrFile(value, [...path, field]);
    }
    if (typeof block.servername === 'string')
        settings.servername = block.servername;
    const tls = settings;
    if (Boolean(tls.cert) !== Boolean(tls.key)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidField */ .u([...path, tls.cert ? 'key' : 'cert'], 'a client certificate needs both `cert` and `key`');
    }
    assertUsable(tls, path);
    return tls;
}
function assertUsable(settings, path) {
    if (settings.ca)
        assertCertificates(settings.ca, [...path, 'ca']);
    const { cert, key, crl } = (0,_net_tls_js__WEBPACK_IMPORTED_MODULE_2__/* .tlsConnectionOptions */ .mw)(settings, 'localhost');
    const contexts = { cert: cert ? { cert, key } : undefined, crl: crl ? { crl } : undefined };
    for (const [field, options] of Object.entries(contexts)) {
        if (!options)
            continue;
        try {
            (0,node_tls__WEBPACK_IMPORTED_MODULE_1__.createSecureContext)(options);
        }
        catch (error) {
            const what = field === 'cert' ? '`cert` and `key` are not a usable certificate and key pair' : `\`${field}\` is not usable PEM`;
            throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidField */ .u([...path, field], `${what}: ${error.message}`);
        }
    }
}
// node:tls silently ignores a `ca` it cannot parse, and then trusts nothing.
function assertCertificates(pem, path) {
    const blocks = pem.includes('-----BEGIN CERTIFICATE-----') ? (0,_net_tls_js__WEBPACK_IMPORTED_MODULE_2__/* .splitPem */ .Z1)(pem, 'CERTIFICATE') : [];
    if (blocks.length === 0)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidField */ .u(path, '`ca` holds no PEM certificate (-----BEGIN CERTIFICATE-----)');
    for (const [index, block] of blocks.entries()) {
        try {
            new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block);
        }
        catch (error) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidField */ .u(path, `certificate ${index + 1} of \`ca\` cannot be read: ${error.message}`);
        }
    }
}


/***/ }),

/***/ 9298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_MESSAGE_BYTES: () => (/* binding */ MAX_MESSAGE_BYTES),
/* harmony export */   websocketCheck: () => (/* binding */ websocketCheck)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ws__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52977);
/* harmony import */ var _errors_probe_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88590);
/* harmony import */ var _net_tls_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77638);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55920);
/* harmony import */ var _tls_settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(33116);
// The websocket check: opens a WebSocket on a fresh connection (timed from its socket's events),
// sends `message` if any, and waits for the first message from the server.







/** The longest first message accepted; a longer one is WEBSOCKET:MESSAGE_TOO_LONG. */
const MAX_MESSAGE_BYTES = 50 * 1024;
const EXCERPT_CHARS = 2000;
const CREDENTIAL_STATUSES = new Set([401, 403, 407]);
const websocketCheck = {
    type: 'websocket',
    prepare(check, context) {
        const raw = check.request;
        const url = (0,_http_js__WEBPACK_IMPORTED_MODULE_5__.parseUrl)(raw.url, ['request', 'url'], ['ws:', 'wss:']);
        const headers = (0,_http_js__WEBPACK_IMPORTED_MODULE_5__.lowerCaseKeys)(raw.headers ?? {});
        const auth = raw.auth;
        (0,_http_js__WEBPACK_IMPORTED_MODULE_5__.applyAuth)(headers, auth);
        const request = {
            url,
            headers,
            message: typeof raw.message === 'string' ? raw.message : undefined,
            tls: (0,_tls_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .readTlsSettings */ .V)(raw.tls, ['request', 'tls'], context),
            sendsCredentials: (0,_http_js__WEBPACK_IMPORTED_MODULE_5__.sendsCredentials)(headers, auth),
        };
        return { request, target: url.href };
    },
    run: runWebSocket,
};
function runWebSocket(request, context) {
    const { timer, signal } = context;
    if (request.url.protocol === 'wss:')
        timer.expectTls();
    const connection = {};
    const socket = new ws__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .Ay(request.url, {
        headers: request.headers,
        maxPayload: MAX_MESSAGE_BYTES,
        followRedirects: false,
        createConnection: timedConnection(request, context, connection),
    });
    let headers = {};
    return new Promise((resolve, reject) => {
        const finish = (settle) => {
            signal.removeEventListener('abort', onAbort);
            socket.removeAllListeners('close');
            socket.terminate();
            settle();
        };
        const onAbort = () => finish(() => reject(signal.reason));
        if (signal.aborted)
            return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        socket.on('error', (error) => finish(() => reject(error)));
        socket.once('unexpected-response', (handshake, response) => {
            handshake.destroy();
            finish(() => reject(handshakeRejected(request, response)));
        });
        socket.once('upgrade', (response) => {
            timer.mark('firstByte');
            headers = flattenHeaders(response.headers);
        });
        socket.once('open', () => {
            timer.waitingFor('the first message from the server');
            if (request.message !== undefined)
                socket.send(request.message);
        });
        socket.once('message', (data) => {
            timer.mark('end');
            const text = messageText(data);
            finish(() => resolve({
                timings: timer.timings(),
                protocol: 'http/1.1',
                statusCode: 101,
                headers,
                tls: connection.tls,
                values: { receivedMessage: text },
                excerpt: text.slice(0, EXCERPT_CHARS),
            }));
        });
        socket.once('close', (code, reason) => finish(() => reject(closedEarly(request, code, reason.toString()))));
    });
}
/** ws's connection factory, with the check's TLS options and the socket's events as timing marks. */
function timedConnection(request, context, connection) {
    const { timer } = context;
    return (options) => {
        // `path` is the URL path here, but node:net would read it as a Unix socket path.
        const target = { ...options, path: undefined };
        const socket = request.url.protocol === 'wss:'
            ? node_tls__WEBPACK_IMPORTED_MODULE_1___default().connect({ ...target, ...(0,_net_tls_js__WEBPACK_IMPORTED_MODULE_4__/* .tlsConnectionOptions */ .mw)(request.tls, target.host ?? request.url.hostname), ALPNProtocols: ['http/1.1'] })
            : node_net__WEBPACK_IMPORTED_MODULE_0___default().connect(target);
        socket.once('lookup', (error) => error || timer.mark('dnsDone'));
        socket.once('connect', () => timer.mark('connectDone'));
        socket.once('secureConnect', () => {
            timer.mark('tlsDone');
            connection.tls = (0,_net_tls_js__WEBPACK_IMPORTED_MODULE_4__/* .observeTls */ .Q3)(socket);
        });
        return socket;
    };
}
function handshakeRejected(request, response) {
    const status = `${response.statusCode} ${response.statusMessage ?? ''}`.trim();
    if (request.sendsCredentials && CREDENTIAL_STATUSES.has(response.statusCode ?? 0)) {
        return (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_3__/* .probeError */ .v)('AUTHENTICATION_ERROR', 'AUTHENTICATION_ERROR', `The server answered ${status} to the WebSocket handshake with the credentials the check sent (${request.url.href})`);
    }
    return (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_3__/* .probeError */ .v)('WEBSOCKET', 'WEBSOCKET', `The server answered ${status} instead of 101 Switching Protocols: ${request.url.href} did not open a WebSocket`);
}
function closedEarly(request, code, reason) {
    const how = reason ? `code ${code}, "${reason}"` : `code ${code}`;
    return (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_3__/* .probeError */ .v)('WEBSOCKET', 'WEBSOCKET', `The server closed the WebSocket (${how}) before sending a message on ${request.url.href}`);
}
function messageText(data) {
    if (Array.isArray(data))
        return Buffer.concat(data).toString('utf8');
    return Buffer.from(data).toString('utf8');
}
function flattenHeaders(headers) {
    const flat = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined)
            flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return flat;
}


/***/ }),

/***/ 77638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ observeTls),
/* harmony export */   Z1: () => (/* binding */ splitPem),
/* harmony export */   gk: () => (/* binding */ handshake),
/* harmony export */   mw: () => (/* binding */ tlsConnectionOptions),
/* harmony export */   zQ: () => (/* binding */ TLS_FILE_FIELDS)
/* harmony export */ });
/* unused harmony export isIpLiteral */
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_0__);
// What every TLS-speaking check shares: the manifest's TLS options made into node:tls options
// (files read once, at load time), the certificate chain read off a connected socket, and a
// handshake that completes even when verification fails, so the chain can still be read.

const TLS_FILE_FIELDS = ['ca', 'cert', 'key', 'crl'];
/** node:tls options for these settings. Sessions are never reused: a resumed session skips verification. */
function tlsConnectionOptions(settings, host) {
    const options = {
        rejectUnauthorized: !settings.insecure,
        servername: settings.servername ?? (isIpLiteral(host) ? undefined : host),
    };
    if (settings.ca)
        options.ca = settings.ca;
    if (settings.cert)
        options.cert = settings.cert;
    if (settings.key)
        options.key = settings.key;
    // Node reads only the first CRL of a PEM string; a bundle (one CRL per CA) must be an array.
    if (settings.crl)
        options.crl = splitPem(settings.crl, 'X509 CRL');
    return options;
}
/** The PEM blocks of one type in a text, each as its own string. */
function splitPem(text, label) {
    const pattern = new RegExp(`-----BEGIN ${label}-----[\\s\\S]*?-----END ${label}-----`, 'g');
    const blocks = text.match(pattern);
    return blocks ? blocks.map((block) => `${block}\n`) : [text];
}
function isIpLiteral(host) {
    return /^[\d.]+$/.test(host) || host.includes(':');
}
/** The negotiated version, ALPN and the chain (leaf first) of a connected socket. */
function observeTls(socket) {
    const version = socket.getProtocol() ?? undefined;
    const alpn = socket.alpnProtocol || undefined;
    const authorizationError = socket.authorizationError ? String(socket.authorizationError) : undefined;
    return {
        version,
        alpn,
        authorized: socket.authorized,
        authorizationError,
        chain: readChain(socket.getPeerCertificate(true)),
    };
}
function readChain(leaf) {
    const chain = [];
    const seen = new Set();
    let current = leaf;
    while (current && current.fingerprint256 && !seen.has(current.fingerprint256) && chain.length < 10) {
        seen.add(current.fingerprint256);
        chain.push({
            subject: distinguishedName(current.subject),
            issuer: distinguishedName(current.issuer),
            validFrom: new Date(current.valid_from).toISOString(),
            validTo: new Date(current.valid_to).toISOString(),
            san: current.subjectaltname,
            fingerprint256: current.fingerprint256,
        });
        current = current.issuerCertificate;
    }
    return chain;
}
function distinguishedName(name) {
    if (!name)
        return '';
    return Object.entries(name)
        .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : String(value)}`)
        .join(', ');
}
/**
 * Connects and completes the TLS handshake whatever verification says, so the chain can be read,
 * marking dnsDone, connectDone and tlsDone. Handshake and socket failures reject with the raw
 * error; the caller owns (and destroys) the socket once resolved.
 */
function handshake(target, settings, { signal, timer }, extra = {}) {
    return new Promise((resolve, reject) => {
        const socket = node_tls__WEBPACK_IMPORTED_MODULE_0___default().connect({
            ...tlsConnectionOptions(settings, target.host),
            ...extra,
            host: target.host,
            port: target.port,
            rejectUnauthorized: false,
        });
        const fail = (error) => {
            signal.removeEventListener('abort', onAbort);
            socket.destroy();
            reject(error);
        };
        const onAbort = () => fail(signal.reason);
        if (signal.aborted)
            return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        socket.once('lookup', (error) => error || timer.mark('dnsDone'));
        socket.once('connect', () => timer.mark('connectDone'));
        socket.on('error', fail);
        socket.once('secureConnect', () => {
            timer.mark('tlsDone');
            signal.removeEventListener('abort', onAbort);
            socket.off('error', fail);
            const leaf = socket.getPeerCertificate(true);
            const hostname = settings.servername ?? target.host;
            resolve({ socket, tls: observeTls(socket), verifyError: settings.insecure ? undefined : verificationError(socket, hostname, leaf) });
        });
    });
}
function verificationError(socket, hostname, leaf) {
    const code = socket.authorizationError ? String(socket.authorizationError) : undefined;
    if (!code)
        return undefined;
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        return node_tls__WEBPACK_IMPORTED_MODULE_0___default().checkServerIdentity(hostname, leaf) ?? Object.assign(new Error(code), { code, cert: leaf });
    }
    // The socket keeps only the code; its handle still has Node's full error, whose message is
    // OpenSSL's reason: the only explanation an UNSPECIFIED result has.
    const handle = socket._handle;
    const error = handle?.verifyError?.() ?? new Error(code);
    return Object.assign(error, { code, cert: leaf });
}


/***/ })

};
