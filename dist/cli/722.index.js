export const id = 722;
export const ids = [722];
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

/***/ 3128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/* harmony import */ var _errors_classify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9194);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3128);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6468);
// The tcp check: opens one TCP connection and closes it. `connection` is `established`,
// `refused` or `timeout`; a refusal or a timeout is an error unless the check's `connection`
// assertions accept it, in which case it is what the check observed (a port that must stay
// closed, a firewall that must drop).





// An expected timeout must be observed before the attempt's own deadline, which would end it as TIMEOUT.
const EXPECTED_TIMEOUT_MARGIN_MS = 250;
const tcpCheck = {
    type: 'tcp',
    prepare(check) {
        const host = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readHost */ .rk)(check.request.host, ['request', 'host']);
        const port = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readPort */ .Sr)(check.request.port, ['request', 'port']);
        return { request: { host, port, accepts: acceptedFailures(check) }, target: (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .hostPort */ .QL)(host, port) };
    },
    run: runTcp,
};
const OUTCOMES = ['established', 'refused', 'timeout'];
/**
 * The failures the `connection` assertions expect: those on which every one of them passes.
 * A target that is no outcome (`connection is open`) would never pass, so it is refused here.
 */
function acceptedFailures(check) {
    const connection = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .rawAssertions */ .GG)(check).filter(({ assertion }) => assertion.type === 'connection');
    for (const { assertion, index } of connection) {
        if ((assertion.operator === 'is' || assertion.operator === 'isNot') && !OUTCOMES.includes(String(assertion.target))) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .InvalidField */ .u(['assertions', index, 'target'], `"${String(assertion.target)}" is not a connection outcome (${OUTCOMES.join(', ')})`);
        }
    }
    const accepts = (outcome) => connection.length > 0 && connection.every(({ assertion }) => (0,_assertions_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .compare */ .UD)(assertion.operator, outcome, assertion.target).passed);
    return { refused: accepts('refused'), timeout: accepts('timeout') };
}
function runTcp(request, { signal, timer, timeoutMs }) {
    return new Promise((resolve, reject) => {
        const socket = node_net__WEBPACK_IMPORTED_MODULE_0___default().connect({ host: request.host, port: request.port, signal });
        let expectedTimeout;
        const observe = (connection) => {
            clearTimeout(expectedTimeout);
            socket.destroy();
            resolve({ timings: timer.timings(), values: { connection } });
        };
        if (request.accepts.timeout) {
            const ownDeadline = Math.max(timeoutMs - Math.min(EXPECTED_TIMEOUT_MARGIN_MS, timeoutMs / 10), 0);
            expectedTimeout = setTimeout(() => observe('timeout'), ownDeadline);
        }
        socket.once('lookup', (error) => error || timer.mark('dnsDone'));
        socket.once('connect', () => {
            timer.mark('connectDone');
            observe('established');
        });
        socket.once('error', (error) => {
            if (request.accepts.refused && (0,_errors_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .classify */ .L8)(error).category === 'CONNREFUSED')
                return observe('refused');
            clearTimeout(expectedTimeout);
            reject(error);
        });
    });
}


/***/ })

};
