export const id = 440;
export const ids = [440];
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

/***/ 7440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_COUNT: () => (/* binding */ MAX_COUNT),
/* harmony export */   icmpCheck: () => (/* binding */ icmpCheck),
/* harmony export */   parsePing: () => (/* binding */ parsePing)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_ping_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4527);
/* harmony import */ var _errors_probe_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8590);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3128);
/* harmony import */ var _ip_family_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6169);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6468);
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

/***/ 4527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ matchPing),
/* harmony export */   g: () => (/* binding */ PingFailed)
/* harmony export */ });
/* harmony import */ var _probe_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8590);
// The system `ping` (iputils; BusyBox and BSD/macOS print the same words) as the icmp check runs
// it: a missing binary is a spawn ENOENT, and every other failure is ping ending without
// statistics, with its words on stderr (run with LC_ALL=C, so the texts below are stable). Every
// such failure is classified here: words not known below are INVALID_REQUEST, quoting them.

/** ping ended without statistics: its exit status and what it printed. */
class PingFailed extends Error {
    host;
    exitCode;
    output;
    name = 'PingFailed';
    constructor(host, exitCode, output) {
        super(`ping ${host} exited with status ${String(exitCode)}: ${output.trim() || 'no output'}`);
        this.host = host;
        this.exitCode = exitCode;
        this.output = output;
    }
}
const RESOLUTION = [
    [/Name or service not known|unknown host/i, 'NXDOMAIN', 'does not resolve (NXDOMAIN)'],
    [/No address associated with hostname/i, 'NODATA', 'has no address record'],
    // getaddrinfo's EAI_ADDRFAMILY: ping -4 / -6 (the check's ip_family) and the name has no address of that family.
    [/Address family for hostname not supported/i, 'NODATA', 'has no address of the IP family the check asks for (ip_family)'],
    [/Temporary failure in name resolution/i, 'SERVFAIL', 'could not be resolved now (temporary DNS failure)'],
];
function matchPing(e) {
    if (e.code === 'ENOENT' && e.syscall === 'spawn ping') {
        return new _probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ProbeError */ .B('INVALID_REQUEST', 'INVALID_REQUEST', 'The icmp check needs the system `ping` command (iputils), and it is not installed on this machine. Install it (sudo apt-get install iputils-ping) in a step before probegate, or remove the icmp check.', { cause: e });
    }
    if (e.syscall === 'spawn ping' && typeof e.code === 'string') {
        return new _probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ProbeError */ .B('INVALID_REQUEST', 'INVALID_REQUEST', `The icmp check could not start the system \`ping\` command (${e.code}: ${e.message}). Check that the \`ping\` first on PATH is an executable program (iputils: sudo apt-get install iputils-ping).`, { cause: e });
    }
    if (!(e instanceof PingFailed))
        return undefined;
    for (const [pattern, code, says] of RESOLUTION) {
        if (pattern.test(e.output))
            return (0,_probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .probeError */ .v)('DNS', code, `The name ${e.host} ${says}`, e);
    }
    if (/Operation not permitted|Permission denied/i.test(e.output)) {
        return new _probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ProbeError */ .B('INVALID_REQUEST', 'INVALID_REQUEST', `ping may not open an ICMP socket here (${e.output.trim()}). Run it as root, give it the capability (sudo setcap cap_net_raw+p "$(command -v ping)"), or allow unprivileged ICMP (sysctl net.ipv4.ping_group_range="0 2147483647").`, { cause: e });
    }
    if (/Network is unreachable/i.test(e.output)) {
        return (0,_probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .probeError */ .v)('NETUNREACH', 'NETUNREACH', `Network unreachable for ${e.host} (${e.output.trim()})`, e);
    }
    if (/No buffer space available/i.test(e.output)) {
        // ENOBUFS: the runner's network stack could not send (an interface queue full, or a neighbour
        // table that cannot resolve the next hop): nothing left the runner towards the host.
        return new _probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ProbeError */ .B('NETUNREACH', 'NETUNREACH', `ping could not send to ${e.host}: the runner's network stack has no buffer space (${quoted(e.output)}), so nothing left the runner. An interface queue is full or the next hop cannot be resolved (a neighbour table overflowing): check the runner's network interface and its route to ${e.host}, and retry.`, { cause: e });
    }
    return new _probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ProbeError */ .B('INVALID_REQUEST', 'INVALID_REQUEST', `ping ${e.host} ended (exit status ${String(e.exitCode)}) without statistics probegate can read: ${quoted(e.output)}. The icmp check reads the output of iputils ping (sudo apt-get install iputils-ping), BusyBox and BSD/macOS ping; if this ping is one of them, report the output to probegate.`, { cause: e });
}
const QUOTED_CHARS = 500;
/** ping's words for a message: its last lines, up to a few hundred characters. */
function quoted(output) {
    const text = output.trim().replace(/\s*\n\s*/g, ' / ');
    if (!text)
        return 'no output';
    return `"${text.length > QUOTED_CHARS ? `\u2026${text.slice(-QUOTED_CHARS)}` : text}"`;
}


/***/ })

};
