export const id = 731;
export const ids = [731];
export const modules = {

/***/ 27731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sslCheck: () => (/* binding */ sslCheck)
/* harmony export */ });
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_probe_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88590);
/* harmony import */ var _errors_tls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96534);
/* harmony import */ var _net_tls_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(77638);
/* harmony import */ var _assertions_ssl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55687);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23128);
/* harmony import */ var _ip_family_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46169);
/* harmony import */ var _tls_settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(33116);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(16468);
// The ssl check: one TLS handshake with host:port, the certificate chain read even when it does
// not verify, so assertions on the certificate are still evaluated and reported next to the
// verification failure, which decides the check's error.









const DEFAULT_PORT = 443;
// Oldest first; Node's client needs security level 0 to offer TLS 1.0 and 1.1 at all.
const TLS_VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const LEGACY_CIPHERS = 'DEFAULT@SECLEVEL=0';
// How long to wait for a TLS 1.3 server's verdict on the client's flight, in TCP round trips.
const VERDICT_ROUND_TRIPS = 2;
const VERDICT_MIN_MS = 50;
const VERDICT_MAX_MS = 1000;
const sslCheck = {
    type: 'ssl',
    prepare(check, context) {
        const raw = check.request;
        const host = (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .readHost */ .rk)(raw.host, ['request', 'host']);
        const port = (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .readPort */ .Sr)(raw.port, ['request', 'port'], DEFAULT_PORT);
        const request = {
            host,
            port,
            tls: (0,_tls_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .readTlsSettings */ .V)(raw, ['request'], context),
            probesMinVersion: readAssertionTypes(check).has('minTlsVersion'),
            ipFamily: (0,_ip_family_js__WEBPACK_IMPORTED_MODULE_5__/* .readIpFamily */ .Y)(check, host),
        };
        return { request, target: (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .hostPort */ .QL)(host, port) };
    },
    run: runSsl,
};
/** The assertion types used, after checking that every `property` assertion names a leaf property. */
function readAssertionTypes(check) {
    const types = new Set();
    for (const { assertion, index } of (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .rawAssertions */ .GG)(check)) {
        types.add(String(assertion.type));
        if (assertion.type === 'property' && !_assertions_ssl_js__WEBPACK_IMPORTED_MODULE_3__/* .LEAF_PROPERTIES */ .TU.includes(String(assertion.property))) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .InvalidField */ .u(['assertions', index, 'property'], `"${String(assertion.property)}" is not a certificate property (${_assertions_ssl_js__WEBPACK_IMPORTED_MODULE_3__/* .LEAF_PROPERTIES */ .TU.join(', ')})`);
        }
    }
    return types;
}
async function runSsl(request, context) {
    // A timeout after the connection names the handshake, not a first byte the check never waits for.
    context.timer.expectTls();
    const { socket, tls: observed, verifyError } = await (0,_net_tls_js__WEBPACK_IMPORTED_MODULE_8__/* .handshake */ .gk)(request, request.tls, context);
    // responseTime is the handshake; what follows only reads the server's verdict and versions.
    const timings = context.timer.timings();
    try {
        if (observed.version === 'TLSv1.3')
            await serverVerdict(socket, request, context.signal, timings.connect);
    }
    finally {
        socket.destroy();
    }
    const minTlsVersion = request.probesMinVersion ? await lowestAcceptedVersion(request, context.signal) : undefined;
    return {
        timings,
        tls: observed,
        values: minTlsVersion ? { minTlsVersion } : {},
        ...(verifyError ? { error: verifyError } : {}),
    };
}
/**
 * On TLS 1.3 the client is done with the handshake before the server has judged its flight, so
 * a missing or rejected client certificate only shows afterwards. The server's answer is a
 * session ticket or data (accepted), an alert (the socket errors), or a silent close.
 */
function serverVerdict(socket, request, signal, connectMs = 0) {
    const waitMs = Math.min(VERDICT_MAX_MS, Math.max(VERDICT_MIN_MS, VERDICT_ROUND_TRIPS * connectMs));
    return new Promise((resolve, reject) => {
        const settle = (error) => {
            clearTimeout(timer);
            signal.removeEventListener('abort', onAbort);
            socket.removeAllListeners('session').removeAllListeners('data').removeAllListeners('end');
            if (error)
                reject(error);
            else
                resolve();
        };
        const onAbort = () => settle(signal.reason);
        const timer = setTimeout(settle, waitMs);
        signal.addEventListener('abort', onAbort, { once: true });
        socket.once('session', () => settle());
        socket.once('data', () => settle());
        socket.once('error', settle);
        socket.once('end', () => settle(closedAfterHandshake(request)));
    });
}
function closedAfterHandshake(request) {
    const why = request.tls.cert
        ? 'it most likely does not accept the client certificate the check sent'
        : 'if it requires a client certificate, give the check `cert` and `key`';
    return (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_1__/* .probeError */ .v)('CONNRESET', 'CONNRESET', `${(0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .hostPort */ .QL)(request.host, request.port)} closed the connection right after the TLS handshake: ${why}`);
}
/** The oldest TLS version the server completes a handshake with, one fresh connection per version. */
async function lowestAcceptedVersion(request, signal) {
    for (const version of TLS_VERSIONS) {
        if (await acceptsVersion(request, version, signal))
            return version;
    }
    return undefined;
}
function acceptsVersion(request, version, signal) {
    const options = {
        ...(0,_net_tls_js__WEBPACK_IMPORTED_MODULE_8__/* .tlsConnectionOptions */ .mw)(request.tls, request.host),
        host: request.host,
        port: request.port,
        ...(request.ipFamily ? { family: request.ipFamily } : {}),
        minVersion: version,
        maxVersion: version,
        ciphers: LEGACY_CIPHERS,
        rejectUnauthorized: false,
    };
    return new Promise((resolve, reject) => {
        const socket = node_tls__WEBPACK_IMPORTED_MODULE_0___default().connect(options);
        const done = (accepted) => {
            signal.removeEventListener('abort', onAbort);
            socket.destroy();
            if (accepted instanceof Error)
                reject(accepted);
            else
                resolve(accepted);
        };
        const onAbort = () => done(signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason)));
        signal.addEventListener('abort', onAbort, { once: true });
        socket.once('secureConnect', () => done(true));
        // Only a demand for a client certificate comes after the server agreed on the version.
        socket.once('error', (error) => done((0,_errors_tls_js__WEBPACK_IMPORTED_MODULE_2__/* .isCertificateRequired */ .Je)(error)));
    });
}


/***/ })

};
