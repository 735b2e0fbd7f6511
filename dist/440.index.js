export const id = 440;
export const ids = [440];
export const modules = {

/***/ 57440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_COUNT: () => (/* binding */ MAX_COUNT),
/* harmony export */   icmpCheck: () => (/* binding */ icmpCheck),
/* harmony export */   parsePing: () => (/* binding */ parsePing)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_ping_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34527);
/* harmony import */ var _errors_probe_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88590);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23128);
/* harmony import */ var _ip_family_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46169);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16468);
// The icmp check: runs the system `ping` (iputils) in the C locale and reads its replies, its
// loss line and its rtt summary. ping's own deadline ends before the attempt's, so a host that
// drops packets is reported as packet loss rather than as a timeout.






const MAX_COUNT = 10;
const DEFAULT_COUNT = 4;
const INTERVAL_SECONDS = 0.2; // the shortest interval ping allows without root
const LAST_REPLY_WAIT_SECONDS = 2;
const SUMMARY_MARGIN_MS = 500; // time left after ping's deadline to read its summary
const MAX_OUTPUT_CHARS = 64 * 1024;
const LATENCY_PROPERTIES = ['avg', 'min', 'max', 'stddev'];
const LOSS_ASSERTIONS = ['packetLossPercentage', 'packetsReceived'];
const icmpCheck = {
    type: 'icmp',
    prepare(check) {
        const host = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readHost */ .rk)(check.request.host, ['request', 'host']);
        const count = check.request.count ?? DEFAULT_COUNT;
        if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .InvalidField */ .u(['request', 'count'], `${String(count)} is not a packet count from 1 to ${MAX_COUNT}`);
        }
        checkLatencyProperties(check);
        const lossAsserted = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .rawAssertions */ .GG)(check).some(({ assertion }) => LOSS_ASSERTIONS.includes(String(assertion.type)));
        return { request: { host, count: count, lossAsserted, ipFamily: (0,_ip_family_js__WEBPACK_IMPORTED_MODULE_4__/* .readIpFamily */ .Y)(check, host) }, target: host };
    },
    run: runIcmp,
};
function checkLatencyProperties(check) {
    for (const { assertion, index } of (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .rawAssertions */ .GG)(check)) {
        if (assertion.type === 'latency' && !LATENCY_PROPERTIES.includes(String(assertion.property))) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .InvalidField */ .u(['assertions', index, 'property'], `"${String(assertion.property)}" is not a latency property (${LATENCY_PROPERTIES.join(', ')})`);
        }
    }
}
async function runIcmp(request, { signal, timer, deadline: attemptDeadline }) {
    const deadline = deadlineSeconds(request.count, attemptDeadline.remainingMs());
    timer.waitingFor(`the ping replies from ${request.host}`);
    const args = [...(request.ipFamily ? [`-${request.ipFamily}`] : []), '-n', '-c', String(request.count), '-i', String(INTERVAL_SECONDS), '-w', String(deadline), '--', request.host];
    const { exitCode, stdout, stderr } = await runPing(args, signal);
    const statistics = parsePing(stdout);
    if (!statistics)
        throw new _errors_ping_js__WEBPACK_IMPORTED_MODULE_1__/* .PingFailed */ .g(request.host, exitCode, stderr || stdout);
    if (statistics.packetsReceived === 0 && !request.lossAsserted) {
        const detail = `No reply to ${statistics.packetsTransmitted} echo requests from ${request.host} within ${deadline} s`;
        throw (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_2__/* .probeError */ .v)('TIMEOUT', 'REQUEST_TIMEOUT', `${detail} (assert packetLossPercentage to judge loss yourself)`);
    }
    const summary = stdout.trim().split('\n').slice(-2).join('\n');
    return { timings: timer.timings(), values: { ...statistics }, excerpt: summary };
}
/** Enough for every packet plus a late last reply, within the attempt's timeout; ping wants whole seconds. */
function deadlineSeconds(count, remainingMs) {
    const needed = Math.ceil(count * INTERVAL_SECONDS + LAST_REPLY_WAIT_SECONDS);
    const budget = Math.floor((remainingMs - SUMMARY_MARGIN_MS) / 1000);
    return Math.max(1, Math.min(needed, budget));
}
function runPing(args, signal) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('ping', args, { env: { ...process.env, LC_ALL: 'C' }, signal, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout = (stdout + chunk.toString('utf8')).slice(-MAX_OUTPUT_CHARS)));
        child.stderr.on('data', (chunk) => (stderr = (stderr + chunk.toString('utf8')).slice(-MAX_OUTPUT_CHARS)));
        child.once('error', reject);
        child.once('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
    });
}
const REPLY = /icmp_seq=\d+ .*time=([\d.]+) ms/;
const LOSS = /(\d+) packets transmitted, (\d+) received,.* ([\d.]+)% packet loss/;
const RTT = /rtt min\/avg\/max\/mdev = ([\d.]+)\/([\d.]+)\/([\d.]+)\/([\d.]+) ms/;
/** iputils' output in the C locale; undefined when it has no loss line (ping failed before sending). */
function parsePing(output) {
    const loss = LOSS.exec(output);
    if (!loss)
        return undefined;
    const rtts = output.split('\n').flatMap((line) => {
        const reply = REPLY.exec(line);
        return reply ? [Number(reply[1])] : [];
    });
    const rtt = RTT.exec(output);
    return {
        packetsTransmitted: Number(loss[1]),
        packetsReceived: Number(loss[2]),
        packetLossPercentage: Number(loss[3]),
        ...(rtt ? { latency: { min: Number(rtt[1]), avg: Number(rtt[2]), max: Number(rtt[3]), stddev: Number(rtt[4]) } } : {}),
        rtts,
    };
}


/***/ })

};
