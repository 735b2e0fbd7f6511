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
/* harmony import */ var _errors_system_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65924);
/* harmony import */ var _net_proxy_env_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5605);
// A tunnel through a forward proxy (HTTP CONNECT), as undici's ProxyAgent opens one by default,
// for http:// and https:// (ws://, wss://) targets alike: the proxy's errors then stay the
// proxy's, never mistaken for the target's answer. Loaded only when a check goes through a proxy.




/** The longest CONNECT reply head read from a proxy. */
const MAX_REPLY_BYTES = 16 * 1024;
/**
 * Connects to the proxy (timed as dnsDone and connectDone: `connect` is the connection to the
 * proxy) and asks it for a tunnel to `target`; resolves with the socket, paused, once the proxy
 * answers 2xx. Errors name the proxy and where it came from.
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
            if (error === undefined)
                return resolve(socket);
            socket.destroy();
            reject(error);
        };
        const onAbort = () => settle(signal.reason);
        const onError = (error) => settle(connected || !(0,_errors_system_js__WEBPACK_IMPORTED_MODULE_2__/* .isRefused */ .H)(error) ? error : refused(route, target, error));
        const onEnd = () => settle((0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_1__/* .probeError */ .v)('CONNREFUSED', 'PROXY_REFUSED', `The proxy ${name(route)} closed the connection without answering CONNECT ${authority(target)}`));
        const onReadable = () => {
            let chunk;
            while ((chunk = socket.read()) !== null)
                head = Buffer.concat([head, chunk]);
            const end = head.indexOf('\r\n\r\n');
            if (end === -1) {
                if (head.length > MAX_REPLY_BYTES)
                    settle(malformed(route, `a reply head over ${MAX_REPLY_BYTES} bytes`));
                return;
            }
            const status = /^HTTP\/1\.[01] (\d{3})(?: ([^\r\n]*))?\r\n/.exec(head.toString('latin1', 0, end + 2));
            if (!status)
                return settle(malformed(route, `"${head.toString('latin1', 0, Math.min(end, 60))}" instead of an HTTP status line`));
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
        socket.once('lookup', (error) => error || timer.mark('dnsDone'));
        socket.once('connect', () => {
            connected = true;
            timer.mark('connectDone');
            socket.on('readable', onReadable);
            socket.on('end', onEnd);
            socket.write(connectRequest(route, target));
        });
    });
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
function statusError(route, target, code, reason) {
    const answered = `The proxy ${name(route)} answered ${`${code} ${reason}`.trim()} to CONNECT ${authority(target)}`;
    if (code === 407) {
        const sent = route.url.username ? 'it turned down the credentials in the proxy URL' : 'it wants credentials, and the proxy URL has none';
        return (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_1__/* .probeError */ .v)('AUTHENTICATION_ERROR', 'PROXY_AUTHENTICATION', `${answered}: ${sent}`);
    }
    return (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_1__/* .probeError */ .v)('CONNREFUSED', 'PROXY_REFUSED', `${answered}: it did not open a tunnel, so the target was never reached`);
}
function refused(route, target, cause) {
    return (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_1__/* .probeError */ .v)('CONNREFUSED', 'PROXY_REFUSED', `The proxy ${name(route)} refused the connection (nothing listens there), so ${authority(target)} was never reached`, cause);
}
function malformed(route, what) {
    return (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_1__/* .probeError */ .v)('MALFORMED_RESPONSE', 'MALFORMED_RESPONSE', `The proxy ${name(route)} sent ${what} in answer to CONNECT`);
}
/** `http://proxy:3128 (HTTPS_PROXY)`: the proxy without its credentials, and where it came from. */
function name(route) {
    return `${(0,_net_proxy_env_js__WEBPACK_IMPORTED_MODULE_3__/* .describeProxy */ .GK)(route.url)} (${route.source})`;
}
function authority(target) {
    return `${node_net__WEBPACK_IMPORTED_MODULE_0___default().isIPv6(target.host) ? `[${target.host}]` : target.host}:${target.port}`;
}
function unbracket(host) {
    return host.startsWith('[') ? host.slice(1, -1) : host;
}


/***/ })

};
