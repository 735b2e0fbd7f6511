export const id = 722;
export const ids = [722];
export const modules = {

/***/ 44722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tcpCheck: () => (/* binding */ tcpCheck)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _assertions_operators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22760);
/* harmony import */ var _errors_system_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65924);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23128);
/* harmony import */ var _ip_family_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46169);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16468);
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


/***/ })

};
