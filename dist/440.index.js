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
const KILL_GRACE_MS = 500; // after SIGTERM, before SIGKILL
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
        throw new _errors_ping_js__WEBPACK_IMPORTED_MODULE_1__/* .PingFailed */ .g(request.host, exitCode, [stderr.trim(), stdout.trim()].filter(Boolean).join('\n'));
    if (statistics.packetsReceived === 0 && !request.lossAsserted) {
        const unreachable = unreachableError(request.host, stdout);
        if (unreachable)
            throw unreachable;
        const detail = `No reply to ${statistics.packetsTransmitted} echo requests from ${request.host} within ${deadline} s`;
        throw (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_2__/* .probeError */ .v)('TIMEOUT', 'REQUEST_TIMEOUT', `${detail} (assert packetLossPercentage to judge loss yourself)`);
    }
    const summary = stdout.trim().split('\n').slice(-2).join('\n');
    return { timings: timer.timings(), values: { ...statistics }, excerpt: summary };
}
// An ICMP error a router or the host's own stack sent back instead of a reply: iputils `From
// 10.0.0.9 icmp_seq=1 Destination Host Unreachable`, BSD/macOS `92 bytes from 10.0.0.9:
// Destination Host Unreachable`. IPv6: `Destination unreachable: No route`.
const ICMP_ERROR = /^(?:From \S+.*?icmp_seq=\d+ |\d+ bytes from \S+: )((?:Destination|Time to live|Packet filtered|Source).*)$/m;
const NETWORK_ERROR = /Destination Net |No route/i;
/** No reply came back, and ping printed why: no route to the host or its network (the first error line is quoted). */
function unreachableError(host, output) {
    const line = ICMP_ERROR.exec(output);
    if (!line)
        return undefined;
    const said = line[0].trim();
    return NETWORK_ERROR.test(line[1])
        ? (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_2__/* .probeError */ .v)('NETUNREACH', 'NETUNREACH', `No reply from ${host}: its network is unreachable (ping: "${said}")`)
        : (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_2__/* .probeError */ .v)('HOSTUNREACH', 'HOSTUNREACH', `No reply from ${host}: the host is unreachable (ping: "${said}")`);
}
/** Enough for every packet plus a late last reply, within the attempt's timeout; ping wants whole seconds. */
function deadlineSeconds(count, remainingMs) {
    const needed = Math.ceil(count * INTERVAL_SECONDS + LAST_REPLY_WAIT_SECONDS);
    const budget = Math.floor((remainingMs - SUMMARY_MARGIN_MS) / 1000);
    return Math.max(1, Math.min(needed, budget));
}
/**
 * Runs ping and resolves with what it printed. When the attempt's deadline runs out, it rejects
 * at once with the deadline's reason and stops ping: SIGTERM, then SIGKILL after a short grace,
 * since a ping that ignores SIGTERM would otherwise keep the process (and the CLI) alive.
 */
function runPing(args, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(signal.reason);
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('ping', args, { env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        let kill;
        const stop = () => {
            reject(signal.reason);
            // What ping prints from now on no longer matters (nor pipes a child of a wrapper script holds).
            child.stdout.destroy();
            child.stderr.destroy();
            child.kill('SIGTERM');
            kill = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
        };
        signal.addEventListener('abort', stop, { once: true });
        child.stdout.on('data', (chunk) => (stdout = (stdout + chunk.toString('utf8')).slice(-MAX_OUTPUT_CHARS)));
        child.stderr.on('data', (chunk) => (stderr = (stderr + chunk.toString('utf8')).slice(-MAX_OUTPUT_CHARS)));
        child.once('error', (error) => {
            signal.removeEventListener('abort', stop);
            reject(error);
        });
        child.once('exit', () => clearTimeout(kill));
        child.once('close', (exitCode) => {
            signal.removeEventListener('abort', stop);
            clearTimeout(kill);
            resolve({ exitCode, stdout, stderr });
        });
    });
}
// Reply lines: iputils `icmp_seq=1 ttl=64 time=0.047 ms`, BusyBox `seq=0 ttl=64 time=0.040 ms`,
// BSD/macOS `icmp_seq=0 ttl=64 time=0.040 ms`. A duplicate `(DUP!)` is no reply of its own.
const REPLY = /\b(?:icmp_)?seq=\d+ .*\btime[=<]([\d.]+) ms/;
// The loss line: iputils `4 packets transmitted, 1 received, +3 errors, 75% packet loss, time 3004ms`,
// BusyBox and BSD/macOS `4 packets transmitted, 1 packets received, 75% packet loss` (`75.0%` on BSD).
const LOSS = /(\d+) packets transmitted, (\d+) (?:packets )?received,(?:.*?,)? ([\d.]+)% packet loss/;
// The rtt summary: iputils `rtt min/avg/max/mdev = a/b/c/d ms`, BSD/macOS `round-trip
// min/avg/max/stddev = a/b/c/d ms`, BusyBox `round-trip min/avg/max = a/b/c ms` (no deviation).
const RTT = /(?:rtt|round-trip) min\/avg\/max(?:\/(?:mdev|stddev))? = ([\d.]+)\/([\d.]+)\/([\d.]+)(?:\/([\d.]+))? ms/;
/**
 * The statistics of iputils', BusyBox's or BSD/macOS ping's output in the C locale; undefined
 * when it has no loss line that reads as numbers (ping failed before sending, or prints a
 * format not read here: the caller reports that, quoting the output).
 */
function parsePing(output) {
    const loss = LOSS.exec(output);
    if (!loss)
        return undefined;
    const [transmitted, received, lossPercentage] = [Number(loss[1]), Number(loss[2]), Number(loss[3])];
    if (![transmitted, received, lossPercentage].every(Number.isFinite))
        return undefined;
    const rtts = output.split('\n').flatMap((line) => {
        const reply = line.includes('(DUP!)') ? null : REPLY.exec(line);
        return reply ? [Number(reply[1])] : [];
    });
    const rtt = RTT.exec(output);
    return {
        packetsTransmitted: transmitted,
        packetsReceived: received,
        packetLossPercentage: lossPercentage,
        ...(rtt ? { latency: latencyOf(rtt, rtts, received) } : {}),
        rtts,
    };
}
/** BusyBox prints no deviation: it is worked out from the replies (as iputils' mdev) when each was read, else left out. */
function latencyOf(rtt, rtts, received) {
    const [min, avg, max] = [Number(rtt[1]), Number(rtt[2]), Number(rtt[3])];
    if (rtt[4] !== undefined)
        return { min, avg, max, stddev: Number(rtt[4]) };
    if (rtts.length === 0 || rtts.length !== received)
        return { min, avg, max };
    const mean = rtts.reduce((sum, x) => sum + x, 0) / rtts.length;
    const meanOfSquares = rtts.reduce((sum, x) => sum + x * x, 0) / rtts.length;
    return { min, avg, max, stddev: Math.round(Math.sqrt(Math.max(0, meanOfSquares - mean * mean)) * 1000) / 1000 };
}


/***/ })

};
