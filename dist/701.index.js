export const id = 701;
export const ids = [701];
export const modules = {

/***/ 37701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_MESSAGE_BYTES: () => (/* binding */ MAX_MESSAGE_BYTES),
  websocketCheck: () => (/* binding */ websocketCheck)
});

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
// EXTERNAL MODULE: ./node_modules/ws/wrapper.mjs
var wrapper = __webpack_require__(52977);
// EXTERNAL MODULE: ./src/errors/probe-error.ts
var probe_error = __webpack_require__(88590);
// EXTERNAL MODULE: ./src/net/proxy-env.ts + 1 modules
var proxy_env = __webpack_require__(89685);
// EXTERNAL MODULE: ./src/net/tls.ts
var tls = __webpack_require__(77638);
// EXTERNAL MODULE: ./src/checks/http.ts + 4 modules
var http = __webpack_require__(62626);
// EXTERNAL MODULE: ./src/net/cookies.ts
var cookies = __webpack_require__(91020);
// EXTERNAL MODULE: ./src/checks/ip-family.ts
var ip_family = __webpack_require__(46169);
// EXTERNAL MODULE: ./src/checks/proxy.ts
var proxy = __webpack_require__(16597);
// EXTERNAL MODULE: ./src/checks/tls-settings.ts
var tls_settings = __webpack_require__(33116);
// EXTERNAL MODULE: ./src/checks/types.ts
var types = __webpack_require__(16468);
// EXTERNAL MODULE: ./src/assertions/index.ts + 2 modules
var assertions = __webpack_require__(11232);
// EXTERNAL MODULE: ./src/manifest/assertion-targets.ts + 1 modules
var assertion_targets = __webpack_require__(38603);
// EXTERNAL MODULE: ./src/manifest/duration.ts
var duration = __webpack_require__(87197);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(48992);
;// CONCATENATED MODULE: ./src/checks/websocket-conversation.ts






// A receive without `within` waits for the rest of the attempt, less this margin, so that a
// message that never comes is reported as such rather than as the attempt's timeout.
const WITHIN_MARGIN_MS = 25;
/** The `messages` of a websocket request, with their assertions located in the manifest. */
function prepareTurns(raw, context) {
    const list = Array.isArray(raw) ? raw : [];
    const turns = list.map((turn, index) => {
        const path = ['request', 'messages', index];
        if (typeof turn.send === 'string')
            return { send: turn.send };
        const receive = (turn.receive ?? {});
        const assertions = (key) => (Array.isArray(receive[key]) ? receive[key] : []).map((a, i) => assertionAt(a, [...path, 'receive', key, i], context));
        try {
            return { receive: { assertions: assertions('assertions'), until: assertions('until'), withinMs: receive.within === undefined ? undefined : (0,duration/* parseDuration */.E9)(receive.within, 0), line: context.locate(path).line } };
        }
        catch (error) {
            if (error instanceof types/* InvalidField */.u)
                throw error;
            throw new types/* InvalidField */.u([...path, 'receive', 'within'], error.message);
        }
    });
    // A websocket check always waits for a message after sending (SPEC \u00a71): a conversation that ends
    // with sends (or has no turn) waits for one more message, which the check's own assertions judge.
    const lastSend = turns.findLastIndex((turn) => 'send' in turn);
    const answered = turns.some((turn, index) => index > lastSend && 'receive' in turn);
    if (!answered) {
        const line = context.locate(lastSend >= 0 ? ['request', 'messages', lastSend] : ['request', 'messages']).line;
        turns.push({ receive: { assertions: [], until: [], line, implicit: true } });
    }
    return turns;
}
/** A turn's assertion, checked as a check's own are (its operator, its target: a pattern is text, a time a number). */
function assertionAt(raw, path, context) {
    const operator = raw.operator;
    const target = (0,assertion_targets/* checkAssertion */.nD)({ type: String(raw.type), operator, target: raw.target, property: raw.property, elements: raw.elements }, path);
    if (raw.elements !== undefined && raw.elements !== 'every' && raw.elements !== 'some') {
        throw new types/* InvalidField */.u([...path, 'elements'], `must be every or some, not ${JSON.stringify(raw.elements)}`);
    }
    return {
        type: String(raw.type),
        operator,
        target,
        ...(typeof raw.property === 'string' ? { property: raw.property } : {}),
        ...(raw.elements === 'every' || raw.elements === 'some' ? { elements: raw.elements } : {}),
        location: context.locate(path),
    };
}
/** Collects messages as they come, so none is lost between turns. */
class Inbox {
    queue = [];
    waiter;
    closed = false;
    constructor(socket, decode) {
        socket.on('message', (data) => {
            const text = decode(data);
            if (this.waiter)
                this.waiter(text);
            else
                this.queue.push(text);
        });
    }
    /**
     * The attempt is over (its deadline, an error, the socket closed): the wait in progress ends now
     * and its timer with it, so that no timer of a finished check keeps the process alive.
     */
    close() {
        this.closed = true;
        this.waiter?.(undefined);
    }
    /** The next message, or undefined when none comes within `withinMs` (at once once closed). */
    next(withinMs) {
        const queued = this.queue.shift();
        if (queued !== undefined)
            return Promise.resolve(queued);
        if (this.closed)
            return Promise.resolve(undefined);
        return new Promise((resolve) => {
            const timer = setTimeout(() => settle(undefined), withinMs);
            const settle = (message) => {
                clearTimeout(timer);
                this.waiter = undefined;
                resolve(message);
            };
            this.waiter = settle;
        });
    }
}
async function converse(turns, socket, inbox, context, handshake) {
    const observed = (message) => observedAt(message, handshake, context);
    const results = [];
    let last;
    for (const [index, turn] of turns.entries()) {
        if ('send' in turn) {
            socket.send(turn.send);
            continue;
        }
        const { receive } = turn;
        const withinMs = receive.withinMs ?? Math.max(0, context.deadline.remainingMs() - WITHIN_MARGIN_MS);
        const endsAt = performance.now() + withinMs;
        context.timer.waitingFor(`message ${index + 1} of the conversation`);
        // A regex in the worker is bounded by the attempt's own deadline, as a check's assertions are.
        const deadline = { at: performance.now() + context.deadline.remainingMs(), limitMs: context.deadline.limitMs };
        for (;;) {
            const message = await inbox.next(Math.max(0, endsAt - performance.now()));
            if (message === undefined) {
                results.push(...(await (0,assertions/* evaluate */._)(receive.until, observed(last), deadline)).map((r) => ({ ...r, passed: false })));
                return { last, assertions: results, failure: neverCame(index, receive, withinMs, last) };
            }
            last = message;
            if (receive.until.length > 0 && !(await (0,assertions/* evaluate */._)(receive.until, observed(message), deadline)).every((r) => r.passed))
                continue;
            results.push(...(await (0,assertions/* evaluate */._)(receive.assertions, observed(message), deadline)));
            break;
        }
    }
    return { last, assertions: results };
}
/**
 * What a turn's assertions are judged on: the message, the handshake's headers (as for the
 * check's own `header` assertions) and the time from the attempt's start to now (`responseTime`).
 */
function observedAt(message, handshake, context) {
    return {
        timings: context.timer.timings(),
        statusCode: 101,
        headers: { ...handshake.headers },
        ...(message === undefined ? {} : { values: { receivedMessage: message } }),
    };
}
function neverCame(index, receive, withinMs, last) {
    const lastText = last === undefined ? 'no message was received' : `the last message received was ${JSON.stringify((0,src_text/* truncate */.xv)(last, 200))}`;
    if (receive.implicit) {
        return (0,probe_error/* probeError */.v)('INCORRECT_ASSERTION', 'INCORRECT_ASSERTION', `No message came within ${Math.round(withinMs)} ms after the last send (line ${receive.line}): a websocket check waits for an answer to what it sends; ${lastText}`);
    }
    const what = receive.until.length > 0 ? 'no message satisfied its `until` assertions' : 'no message came';
    return (0,probe_error/* probeError */.v)('INCORRECT_ASSERTION', 'INCORRECT_ASSERTION', `Receive turn ${index + 1} (line ${receive.line}): ${what} within ${Math.round(withinMs)} ms; ${lastText}`);
}

;// CONCATENATED MODULE: ./src/checks/websocket.ts
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
        // http(s):// means ws(s)://, so one {{ BASE_URL }} serves both.
        const url = (0,http.parseUrl)(raw.url, ['request', 'url'], ['ws:', 'wss:', 'http:', 'https:']);
        if (url.protocol === 'http:' || url.protocol === 'https:')
            url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
        if (raw.message !== undefined && raw.messages !== undefined) {
            throw new types/* InvalidField */.u(['request', 'messages'], 'give either `message` (one send, then the first message) or `messages` (a conversation), not both');
        }
        const headers = (0,http.lowerCaseKeys)(raw.headers ?? {});
        const auth = raw.auth;
        (0,http.applyAuth)(headers, auth);
        const request = {
            url,
            headers,
            message: typeof raw.message === 'string' ? raw.message : undefined,
            ...(raw.messages !== undefined ? { turns: prepareTurns(raw.messages, context) } : {}),
            tls: (0,tls_settings/* readTlsSettings */.V)(raw.tls, ['request', 'tls'], context),
            sendsCredentials: (0,http.sendsCredentials)(headers, auth),
            proxy: (0,proxy/* readProxyChoice */.yG)(raw.proxy, url, context.proxyEnvironment),
            ipFamily: (0,ip_family/* readIpFamily */.Y)(check, url.hostname),
        };
        return { request, target: url.href };
    },
    run: runWebSocket,
};
async function runWebSocket(request, context) {
    const { timer, signal } = context;
    if (request.url.protocol === 'wss:')
        timer.expectTls();
    const route = (0,proxy_env/* proxyFor */.iJ)(request.url, request.proxy);
    if (route)
        context.throughProxy((0,proxy_env/* describeProxy */.GK)(route.url));
    const connection = {};
    const tunnel = route ? await (0,proxy/* tunnelTo */.ar)(route) : undefined;
    const jar = context.session?.cookies;
    const jarUrl = new URL(request.url.href.replace(/^ws/, 'http'));
    const cookie = [request.headers.cookie, jar?.cookieHeader(jarUrl)].filter(Boolean).join('; ');
    const socket = new wrapper/* default */.Ay(request.url, {
        headers: { ...request.headers, ...(cookie ? { cookie } : {}) },
        maxPayload: MAX_MESSAGE_BYTES,
        followRedirects: false,
        createConnection: timedConnection(request, context, connection, tunnel),
    });
    let headers = {};
    const inbox = request.turns ? new Inbox(socket, messageText) : undefined;
    return new Promise((resolve, reject) => {
        const finish = (settle) => {
            signal.removeEventListener('abort', onAbort);
            // Its wait for a message, and that wait's timer, end with the attempt.
            inbox?.close();
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
            const rejected = credentialsRejected(request, response);
            if (!rejected)
                return finish(() => reject(handshakeRejected(request, response)));
            // Judged by the engine as for http: AUTHENTICATION_ERROR unless a statusCode assertion expected it.
            const observed = { timings: timer.timings(), statusCode: response.statusCode, headers: flattenHeaders(response.headers), tls: connection.tls };
            finish(() => resolve({ ...observed, credentialsRejected: rejected, error: handshakeRejected(request, response) }));
        });
        let setCookie = [];
        socket.once('upgrade', (response) => {
            timer.mark('firstByte');
            headers = flattenHeaders(response.headers);
            setCookie = (0,cookies/* setCookieLines */.oD)(response.headers['set-cookie']);
            jar?.store(jarUrl, setCookie);
        });
        const observed = (conversation) => ({
            timings: timer.timings(),
            protocol: 'http/1.1',
            statusCode: 101,
            headers,
            tls: connection.tls,
            values: { setCookie, ...(conversation.last !== undefined ? { receivedMessage: conversation.last } : {}) },
            ...(conversation.last !== undefined ? { excerpt: conversation.last.slice(0, EXCERPT_CHARS) } : {}),
            ...(conversation.assertions.length > 0 ? { assertions: conversation.assertions } : {}),
            ...(conversation.failure ? { error: conversation.failure } : {}),
        });
        if (request.turns && inbox) {
            socket.once('open', () => {
                converse(request.turns, socket, inbox, context, { headers }).then((conversation) => {
                    timer.mark('end');
                    finish(() => resolve(observed(conversation)));
                }, (error) => finish(() => reject(error)));
            });
        }
        else {
            socket.once('open', () => {
                timer.waitingFor('the first message from the server');
                if (request.message !== undefined)
                    socket.send(request.message);
            });
            socket.once('message', (data) => {
                timer.mark('end');
                const text = messageText(data);
                finish(() => resolve(observed({ last: text, assertions: [] })));
            });
        }
        // ws swallows an error of the socket after the upgrade (a reset) and reports only close 1006:
        // the root cause is the socket's error (CONNRESET), as SPEC \u00a72's precedence asks.
        socket.once('close', (code, reason) => finish(() => reject(code === 1006 && connection.socketError ? connection.socketError : closedEarly(request, code, reason.toString()))));
    });
}
/**
 * ws's connection factory (node:http calls it with a callback), with the check's TLS options,
 * IP family and the socket's events as timing marks; through a proxy, a CONNECT tunnel first.
 */
function timedConnection(request, context, connection, tunnel) {
    const { timer } = context;
    const secure = request.url.protocol === 'wss:';
    return (options, created) => {
        // `path` is the URL path here, but node:net would read it as a Unix socket path.
        const target = { ...options, path: undefined, ...(request.ipFamily ? { family: request.ipFamily } : {}) };
        const host = target.host ?? request.url.hostname;
        const tlsOptions = { ...(0,tls/* tlsConnectionOptions */.mw)(request.tls, host), ALPNProtocols: ['http/1.1'] };
        const watch = (socket) => socket.on('error', (error) => (connection.socketError ??= error));
        const timeTls = (socket) => watch(socket).once('secureConnect', () => {
            timer.mark('tlsDone');
            connection.tls = (0,tls/* observeTls */.Q3)(socket);
        });
        if (tunnel) {
            const port = Number(request.url.port) || (secure ? 443 : 80);
            tunnel({ host: request.url.hostname.replace(/^\[|\]$/g, ''), port }, context, request.ipFamily).then((raw) => created(null, secure ? timeTls(external_node_tls_default().connect({ ...tlsOptions, socket: raw })) : watch(raw)), (error) => created(error));
            return undefined;
        }
        const socket = watch(secure ? external_node_tls_default().connect({ ...target, ...tlsOptions }) : external_node_net_default().connect(target));
        socket.once('lookup', (error) => error || timer.mark('dnsDone'));
        socket.once('connect', () => timer.mark('connectDone'));
        if (secure)
            timeTls(socket);
        return socket;
    };
}
function credentialsRejected(request, response) {
    const status = response.statusCode ?? 0;
    if (!request.sendsCredentials || !CREDENTIAL_STATUSES.has(status))
        return undefined;
    return { status, message: `The server answered ${statusLine(response)} to the WebSocket handshake with the credentials the check sent (${request.url.href})` };
}
function handshakeRejected(request, response) {
    if (response.statusCode === 101) {
        return (0,probe_error/* probeError */.v)('WEBSOCKET', 'WEBSOCKET', `The server answered 101 Switching Protocols without \`Upgrade: websocket\`: ${request.url.href} did not open a WebSocket`);
    }
    return (0,probe_error/* probeError */.v)('WEBSOCKET', 'WEBSOCKET', `The server answered ${statusLine(response)} instead of 101 Switching Protocols: ${request.url.href} did not open a WebSocket`);
}
function statusLine(response) {
    return `${response.statusCode} ${response.statusMessage ?? ''}`.trim();
}
function closedEarly(request, code, reason) {
    const how = reason ? `code ${code}, "${reason}"` : `code ${code}`;
    const before = request.turns ? 'before the conversation was over' : 'before sending a message';
    return (0,probe_error/* probeError */.v)('WEBSOCKET', 'WEBSOCKET', `The server closed the WebSocket (${how}) ${before} on ${request.url.href}`);
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


/***/ })

};
