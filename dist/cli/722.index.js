export const id = 722;
export const ids = [722];
export const modules = {

/***/ 3128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ checkHeaderValue),
/* harmony export */   FS: () => (/* binding */ checkHeaderName),
/* harmony export */   GG: () => (/* binding */ rawAssertions),
/* harmony export */   QL: () => (/* binding */ hostPort),
/* harmony export */   Sr: () => (/* binding */ readPort),
/* harmony export */   rk: () => (/* binding */ readHost)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6468);
// Request fields several check types share, validated once at load time.


/** A host name or IP address (IPv6 with or without brackets). */
function readHost(value, path) {
    const host = String(value ?? '').trim().replace(/^\[(.*)\]$/, '$1');
    if (host === '')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidField */ .u(path, 'the host is empty: give a host name or an IP address');
    if (host.startsWith('-') || /[\s/]/.test(host)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidField */ .u(path, `"${host}" is not a host name or IP address (no URL, spaces or leading dash)`);
    }
    return host;
}
/** A port number 1-65535, written as a number or a string. */
function readPort(value, path, fallback) {
    if ((value === undefined || value === '') && fallback !== undefined)
        return fallback;
    const port = typeof value === 'number' ? value : Number(String(value ?? '').trim());
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidField */ .u(path, `"${String(value ?? '')}" is not a port (a whole number from 1 to 65535)`);
    }
    return port;
}
/** host:port as people write it, with IPv6 addresses in brackets. */
function hostPort(host, port) {
    return `${(0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) === 6 ? `[${host}]` : host}:${port}`;
}
/** The check's assertions as written, with their index for InvalidField paths. */
function rawAssertions(check) {
    const list = Array.isArray(check.assertions) ? check.assertions : [];
    return list.map((assertion, index) => ({ assertion, index }));
}
// RFC 9110 token characters: what a header name may hold.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** A header name as HTTP allows it: no spaces, colons, CR or LF (undici refuses the request otherwise). */
function checkHeaderName(name, path) {
    if (!TOKEN.test(name))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidField */ .u(path, `${JSON.stringify(name)} is not a valid header name (letters, digits and !#$%&'*+-.^_\`|~ only; no spaces, colons or line breaks)`);
    return name;
}
/** A header value without CR, LF or NUL, which would split the request (header injection). */
function checkHeaderValue(value, path) {
    if (/[\r\n\0]/.test(value))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidField */ .u(path, 'a header value cannot contain a line break (CR or LF) or a NUL byte');
    return value;
}


/***/ }),

/***/ 6169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ familyMiss),
/* harmony export */   Y: () => (/* binding */ readIpFamily)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_probe_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8590);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6468);
// `ip_family: 4 | 6 | any` of the checks that connect: which address family a name resolves to
// and the connection uses, so an outage of one family can be caught on purpose.



/** The check's `ip_family`, refused when the host is an address of the other family. */
function readIpFamily(check, host) {
    const value = check.ip_family;
    if (value === undefined || value === 'any')
        return undefined;
    const family = value;
    const literal = host ? (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host.replace(/^\[|\]$/g, '')) : 0;
    if (literal && literal !== family) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidField */ .u(['ip_family'], `ip_family is ${family} but the host ${host} is an IPv${literal} address; use a name, or ip_family ${literal} (or any)`);
    }
    return family;
}
/**
 * A name looked up for one family that has addresses of the other only. getaddrinfo calls that
 * ENOTFOUND, which reads as a name that does not exist ("check for typos"), when what is missing
 * is the record of one family: the outage ip_family is there to catch. Undefined when the error
 * is not that, or the name does not resolve at all.
 */
async function familyMiss(error, family) {
    const { code, hostname } = (error ?? {});
    if (!family || code !== 'ENOTFOUND' || typeof hostname !== 'string' || !hostname)
        return undefined;
    // node:dns/promises is loaded here, on the rare need, not with every http check's module.
    const found = await process.getBuiltinModule('node:dns/promises').lookup(hostname, { all: true }).catch(() => []);
    // Nothing at all is the NXDOMAIN it was; an address of the family asked for, a failure that came and went.
    if (found.length === 0 || found.some((address) => address.family === family))
        return undefined;
    const addresses = found.map((a) => a.address).join(', ');
    return (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_1__/* .probeError */ .v)('DNS', 'NODATA', `The name ${hostname} has no IPv${family} address, which ip_family ${family} asks for (it resolves to ${addresses})`, error);
}


/***/ }),

/***/ 4722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tcpCheck: () => (/* binding */ tcpCheck)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _assertions_operators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2760);
/* harmony import */ var _errors_system_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5924);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3128);
/* harmony import */ var _ip_family_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6169);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6468);
// The tcp check: opens one TCP connection and closes it. `connection` is `established`,
// `refused` or `timeout`; a refusal or a timeout is an error unless the check's `connection`
// assertions accept it, in which case it is what the check observed (a port that must stay
// closed, a firewall that must drop). `isNot refused` and `isNot timeout` are refused at load:
// each passes on two outcomes, one of them a failure (`isNot refused` on a port that drops SYNs).






// An expected timeout must be observed before the attempt's own deadline, which would end it as TIMEOUT.
const EXPECTED_TIMEOUT_MARGIN_MS = 250;
const tcpCheck = {
    type: 'tcp',
    prepare(check) {
        const host = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readHost */ .rk)(check.request.host, ['request', 'host']);
        const port = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readPort */ .Sr)(check.request.port, ['request', 'port']);
        return { request: { host, port, accepts: acceptedFailures(check), ipFamily: (0,_ip_family_js__WEBPACK_IMPORTED_MODULE_4__/* .readIpFamily */ .Y)(check, host) }, target: (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .hostPort */ .QL)(host, port) };
    },
    run: runTcp,
};
const OUTCOMES = ['established', 'refused', 'timeout'];
// `isNot established` stays: a port that must not be open, which a refusal and a timeout both satisfy.
const AMBIGUOUS_NEGATIONS = {
    refused: '`isNot refused` passes on both other outcomes, `established` and `timeout` (a port that drops connections, which is not open): for an open port write `is established`',
    timeout: '`isNot timeout` passes on both other outcomes, `established` and `refused` (nothing listens): for an open port write `is established`, for a port that must not be open `isNot established`',
};
/**
 * The failures the `connection` assertions expect: those on which every one of them passes.
 * A target that is no outcome (`connection is open`) would never pass, so it is refused here.
 */
function acceptedFailures(check) {
    const connection = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .rawAssertions */ .GG)(check).filter(({ assertion }) => assertion.type === 'connection');
    for (const { assertion, index } of connection) {
        if ((assertion.operator === 'is' || assertion.operator === 'isNot') && !OUTCOMES.includes(String(assertion.target))) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .InvalidField */ .u(['assertions', index, 'target'], `"${String(assertion.target)}" is not a connection outcome (${OUTCOMES.join(', ')})`);
        }
        const ambiguous = assertion.operator === 'isNot' ? AMBIGUOUS_NEGATIONS[String(assertion.target)] : undefined;
        if (ambiguous)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .InvalidField */ .u(['assertions', index, 'operator'], ambiguous);
    }
    // A regex that needs a worker (an answer later) is not tested and accepts nothing: the failure stays a failure.
    const accepts = (outcome) => connection.length > 0 && connection.every(({ assertion }) => (0,_assertions_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .compareAtOnce */ .Ux)(assertion.operator, outcome, assertion.target)?.passed === true);
    return { refused: accepts('refused'), timeout: accepts('timeout') };
}
function runTcp(request, { signal, timer, deadline }) {
    return new Promise((resolve, reject) => {
        const socket = node_net__WEBPACK_IMPORTED_MODULE_0___default().connect({ host: request.host, port: request.port, signal, ...(request.ipFamily ? { family: request.ipFamily } : {}) });
        let expectedTimeout;
        const observe = (connection) => {
            clearTimeout(expectedTimeout);
            socket.destroy();
            resolve({ timings: timer.timings(), values: { connection } });
        };
        // An expected timeout is the request timeout running out. When the overall timeout is
        // shorter, the attempt never waits that long: its deadline ends it as OVERALL_TIMEOUT.
        if (request.accepts.timeout && deadline.kind === 'request') {
            const margin = Math.min(EXPECTED_TIMEOUT_MARGIN_MS, deadline.limitMs / 10);
            expectedTimeout = setTimeout(() => observe('timeout'), Math.max(deadline.remainingMs() - margin, 0));
        }
        socket.once('lookup', (error) => error || timer.mark('dnsDone'));
        socket.once('connect', () => {
            timer.mark('connectDone');
            observe('established');
        });
        socket.once('error', (error) => {
            if (request.accepts.refused && (0,_errors_system_js__WEBPACK_IMPORTED_MODULE_2__/* .isRefused */ .H)(error))
                return observe('refused');
            clearTimeout(expectedTimeout);
            reject(error);
        });
    });
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
