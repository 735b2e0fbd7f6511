export const id = 260;
export const ids = [260];
export const modules = {

/***/ 4260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openTunnel: () => (/* binding */ openTunnel)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_probe_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8590);
/* harmony import */ var _errors_proxy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6515);
/* harmony import */ var _errors_system_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5924);
/* harmony import */ var _net_proxy_env_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9685);
// A tunnel through a forward proxy (HTTP CONNECT), as undici's ProxyAgent opens one by default,
// for http:// and https:// (ws://, wss://) targets alike: the proxy's errors then stay the
// proxy's, never mistaken for the target's answer. Loaded only when a check goes through a proxy.





/** The longest CONNECT reply head read from a proxy. */
const MAX_REPLY_BYTES = 16 * 1024;
/**
 * Connects to the proxy (timed as dnsDone and connectDone: `connect` is the connection to the
 * proxy) and asks it for a tunnel to `target`; resolves with the socket, paused, once the proxy
 * answers 2xx. Until then every failure is the proxy's: errors name the proxy and where it came
 * from, and a timeout says it was waiting for the proxy (PhaseTimer.waitingFor).
 */
function openTunnel(route, target, context, family) {
    const { signal, timer } = context;
    return new Promise((resolve, reject) => {
        const socket = node_net__WEBPACK_IMPORTED_MODULE_0___default().connect({ host: unbracket(route.url.hostname), port: Number(route.url.port) || 80, ...(family ? { family } : {}) });
        let connected = false;
        let head = Buffer.alloc(0);
        const settle = (error) => {
            signal.removeEventListener('abort', onAbort);
            socket.off('readable', onReadable);
            socket.off('error', onError);
            socket.off('end', onEnd);
            if (error === undefined) {
                timer.waitingFor(undefined);
                return resolve(socket);
            }
            socket.destroy();
            reject(error);
        };
        const onAbort = () => settle(signal.reason);
        const onError = (error) => settle(connected ? failedToAnswer(route, target, error) : !(0,_errors_system_js__WEBPACK_IMPORTED_MODULE_3__/* .isRefused */ .H)(error) ? unreachable(route, target, error) : refused(route, target, error));
        const onEnd = () => settle(head.length === 0 ? closedSilently(route, target) : mayBeStatusLine(head) ? cutShort(route, target) : notHttp(route, head));
        const onReadable = () => {
            let chunk;
            while ((chunk = socket.read()) !== null)
                head = Buffer.concat([head, chunk]);
            // Junk (a TLS alert, an SSH banner, a port that speaks something else) is known at once, not at the deadline.
            if (!mayBeStatusLine(head))
                return settle(notHttp(route, head));
            const end = head.indexOf('\r\n\r\n');
            if (end === -1) {
                if (head.length > MAX_REPLY_BYTES)
                    settle(malformed(route, `answered CONNECT with a reply head over ${MAX_REPLY_BYTES} bytes`));
                return;
            }
            const status = /^HTTP\/1\.[01] (\d{3})(?: ([^\r\n]*))?\r\n/.exec(head.toString('latin1', 0, end + 2));
            if (!status)
                return settle(notHttp(route, head));
            const code = Number(status[1]);
            if (code < 200 || code > 299)
                return settle(statusError(route, target, code, status[2] ?? ''));
            const rest = head.subarray(end + 4);
            if (rest.length > 0)
                socket.unshift(rest);
            settle();
        };
        if (signal.aborted)
            return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        socket.on('error', onError);
        timer.waitingFor(`the connection to the proxy ${name(route)}`, 'proxy', ', so the target was never reached: check that the proxy is up and its URL right, or bypass it for this host with NO_PROXY or `proxy: none`');
        socket.once('lookup', (error) => error || timer.mark('dnsDone'));
        socket.once('connect', () => {
            connected = true;
            timer.mark('connectDone');
            timer.waitingFor(`the proxy ${name(route)} to answer CONNECT ${authority(target)}`, 'proxy', connectUnanswered(target));
            socket.on('readable', onReadable);
            socket.on('end', onEnd);
            socket.write(connectRequest(route, target));
        });
    });
}
/**
 * A proxy that does not answer CONNECT in time may be waiting for the target: Squid, for one,
 * answers only once it has connected to the target. Either may be the silent one.
 */
function connectUnanswered(target) {
    return `: the proxy, or the target behind it, did not answer CONNECT within the timeout (a proxy may answer only once it has reached the target): check that the proxy is up and that it can reach ${authority(target)}, and that ${authority(target)} answers`;
}
function connectRequest(route, target) {
    const lines = [`CONNECT ${authority(target)} HTTP/1.1`, `Host: ${authority(target)}`];
    if (route.url.username) {
        const credentials = `${leniently(route.url.username)}:${leniently(route.url.password)}`;
        lines.push(`Proxy-Authorization: Basic ${Buffer.from(credentials).toString('base64')}`);
    }
    return `${lines.join('\r\n')}\r\n\r\n`;
}
/** A URL's user name or password as written: percent-decoded, or as it is when a `%` begins no escape (`p%ss`). */
function leniently(component) {
    try {
        return decodeURIComponent(component);
    }
    catch {
        return component;
    }
}
/** Whether the reply so far can still begin `HTTP/1.x NNN`: anything else is not an answer to CONNECT. */
function mayBeStatusLine(head) {
    const start = head.toString('latin1', 0, Math.min(head.length, STATUS_LINE_TEMPLATE.length));
    return /^HTTP\/1\.[01] \d{3}/.test(start + STATUS_LINE_TEMPLATE.slice(start.length));
}
const STATUS_LINE_TEMPLATE = 'HTTP/1.1 200';
function statusError(route, target, code, reason) {
    const answered = `The proxy ${name(route)} answered ${`${code} ${reason}`.trim()} to CONNECT ${authority(target)}`;
    if (code === 407) {
        const sent = route.url.username ? 'it turned down the credentials in the proxy URL' : 'it wants credentials, and the proxy URL has none';
        return (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_1__/* .probeError */ .v)('AUTHENTICATION_ERROR', 'PROXY_AUTHENTICATION', `${answered}: ${sent}`, undefined, 'proxy');
    }
    return (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_1__/* .probeError */ .v)('CONNREFUSED', 'PROXY_REFUSED', `${answered}: it did not open a tunnel, so the target was never reached`, undefined, 'proxy');
}
function refused(route, target, cause) {
    return (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_1__/* .probeError */ .v)('CONNREFUSED', 'PROXY_REFUSED', `The proxy ${name(route)} refused the connection (nothing listens there), so ${authority(target)} was never reached`, cause, 'proxy');
}
/** The proxy's name does not resolve, no route to it, a connection that timed out: classified as its cause is. */
function unreachable(route, target, cause) {
    return new _errors_proxy_js__WEBPACK_IMPORTED_MODULE_2__/* .ProxyFailure */ .N(name(route), authority(target), 'connecting', cause);
}
/** A reset (or any socket error) after the proxy accepted the connection and before it answered. */
function failedToAnswer(route, target, cause) {
    return new _errors_proxy_js__WEBPACK_IMPORTED_MODULE_2__/* .ProxyFailure */ .N(name(route), authority(target), 'answering', cause);
}
function closedSilently(route, target) {
    return (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_1__/* .probeError */ .v)('CONNREFUSED', 'PROXY_REFUSED', `The proxy ${name(route)} closed the connection without answering CONNECT ${authority(target)}, so the target was never reached`, undefined, 'proxy');
}
function cutShort(route, target) {
    return (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_1__/* .probeError */ .v)('CONNRESET', 'CONNRESET', `The proxy ${name(route)} closed the connection in the middle of its answer to CONNECT ${authority(target)}, so the target was never reached`, undefined, 'proxy');
}
function notHttp(route, head) {
    const start = head.toString('latin1', 0, Math.min(head.length, 60)).split('\r\n\r\n')[0];
    return malformed(route, `answered CONNECT with ${JSON.stringify(start)}, not an HTTP status line: is it an HTTP proxy, and is its port right?`);
}
function malformed(route, what) {
    return (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_1__/* .probeError */ .v)('MALFORMED_RESPONSE', 'MALFORMED_RESPONSE', `The proxy ${name(route)} ${what}`, undefined, 'proxy');
}
/** `http://proxy:3128 (HTTPS_PROXY)`, or `http://***@proxy:3128 (request.proxy)` when the URL holds credentials: never them. */
function name(route) {
    const { url } = route;
    const shown = url.username || url.password ? `${url.protocol}//***@${url.host}` : (0,_net_proxy_env_js__WEBPACK_IMPORTED_MODULE_4__/* .describeProxy */ .GK)(url);
    return `${shown} (${route.source})`;
}
function authority(target) {
    return `${node_net__WEBPACK_IMPORTED_MODULE_0___default().isIPv6(target.host) ? `[${target.host}]` : target.host}:${target.port}`;
}
function unbracket(host) {
    return host.startsWith('[') ? host.slice(1, -1) : host;
}


/***/ }),

/***/ 6515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ matchProxyFailure),
/* harmony export */   N: () => (/* binding */ ProxyFailure)
/* harmony export */ });
/* harmony import */ var _probe_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8590);

/**
 * A low-level error met on the way to a proxy or while waiting for its answer to CONNECT, before
 * any tunnel was open. The classifier reads `cause` as it reads any error, and says it was the proxy.
 */
class ProxyFailure extends Error {
    proxy;
    target;
    stage;
    name = 'ProxyFailure';
    constructor(
    /** The proxy as messages show it: `http://proxy:3128 (HTTPS_PROXY)`, never its credentials. */
    proxy, 
    /** The `host:port` the tunnel was for. */
    target, stage, cause) {
        super(`The proxy ${proxy} failed while ${stage === 'connecting' ? 'connecting to it' : 'waiting for its answer to CONNECT'}`, { cause });
        this.proxy = proxy;
        this.target = target;
        this.stage = stage;
    }
}
/** The proxy failure in a cause chain, if any, classified with `classify` (the classifier's own). */
function matchProxyFailure(chain, classify) {
    const failure = chain.find((e) => e instanceof ProxyFailure);
    if (!failure)
        return undefined;
    const inner = classify(failure.cause);
    const { proxy, target } = failure;
    if (failure.stage === 'connecting') {
        return new _probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ProbeError */ .B(inner.category, inner.code, `The proxy ${proxy} could not be reached, so ${target} was never reached: ${inner.message}`, { cause: failure, at: 'proxy' });
    }
    if (inner.category === 'CONNRESET') {
        return (0,_probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .probeError */ .v)('CONNRESET', inner.code, `The proxy ${proxy} reset the connection before answering CONNECT ${target}, so the target was never reached`, failure, 'proxy');
    }
    return new _probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ProbeError */ .B(inner.category, inner.code, `The proxy ${proxy} failed before answering CONNECT ${target}, so the target was never reached: ${inner.message}`, { cause: failure, at: 'proxy' });
}


/***/ }),

/***/ 5924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ isRefused),
  h: () => (/* binding */ matchSystem)
});

;// CONCATENATED MODULE: ./src/errors/error-like.ts
/** The peer an error names, as people read it: `[::1]:8080`, `127.0.0.1`, or "the server". */
function where(e) {
    const host = e.address ?? e.hostname ?? e.host;
    if (!host)
        return 'the server';
    const shown = host.includes(':') ? `[${host}]` : host;
    return e.port ? `${shown}:${e.port}` : shown;
}

// EXTERNAL MODULE: ./src/errors/probe-error.ts
var probe_error = __webpack_require__(8590);
;// CONCATENATED MODULE: ./src/errors/system.ts
// Node's system error codes (errno names) as the taxonomy reads them.


const SYSTEM_ERRORS = {
    ECONNREFUSED: (e) => (0,probe_error/* probeError */.v)('CONNREFUSED', 'CONNREFUSED', `Connection refused by ${where(e)}`, e),
    ECONNRESET: (e) => (0,probe_error/* probeError */.v)('CONNRESET', 'CONNRESET', `Connection reset by ${where(e)}`, e),
    EPIPE: (e) => (0,probe_error/* probeError */.v)('CONNRESET', 'CONNRESET', `Connection closed by ${where(e)} while sending`, e),
    ENOTFOUND: (e) => (0,probe_error/* probeError */.v)('DNS', 'NXDOMAIN', `The name ${e.hostname ?? ''} does not resolve (NXDOMAIN)`, e),
    EAI_AGAIN: (e) => (0,probe_error/* probeError */.v)('DNS', 'SERVFAIL', `The name ${e.hostname ?? ''} could not be resolved now (temporary DNS failure)`, e),
    EAI_NODATA: (e) => (0,probe_error/* probeError */.v)('DNS', 'NODATA', `The name ${e.hostname ?? ''} has no address record`, e),
    EHOSTUNREACH: (e) => (0,probe_error/* probeError */.v)('HOSTUNREACH', 'HOSTUNREACH', `No route to host ${where(e)}`, e),
    ENETUNREACH: (e) => (0,probe_error/* probeError */.v)('NETUNREACH', 'NETUNREACH', `Network unreachable for ${where(e)}`, e),
    ETIMEDOUT: (e) => (0,probe_error/* probeError */.v)('TIMEOUT', 'REQUEST_TIMEOUT', `The connection to ${where(e)} timed out`, e),
};
function matchSystem(e) {
    return typeof e.code === 'string' ? SYSTEM_ERRORS[e.code]?.(e) : undefined;
}
/** Whether a socket error is a refused connection (nothing listens at that port), for checks that may expect one. */
// Every address tried (an AggregateError when a name has several) must have refused.
function isRefused(error) {
    if (error instanceof AggregateError && error.errors.length > 0)
        return error.errors.every(isRefused);
    return typeof error === 'object' && error !== null && error.code === 'ECONNREFUSED';
}


/***/ })

};
