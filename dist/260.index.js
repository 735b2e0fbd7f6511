export const id = 260;
export const ids = [260];
export const modules = {

/***/ 54260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openTunnel: () => (/* binding */ openTunnel)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_probe_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88590);
/* harmony import */ var _errors_proxy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76515);
/* harmony import */ var _errors_system_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65924);
/* harmony import */ var _net_proxy_env_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89685);
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


/***/ })

};
