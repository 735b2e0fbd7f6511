export const id = 926;
export const ids = [926];
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

/***/ 9926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_MESSAGE_BYTES: () => (/* binding */ MAX_MESSAGE_BYTES),
/* harmony export */   udpCheck: () => (/* binding */ udpCheck)
/* harmony export */ });
/* harmony import */ var node_dgram__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1314);
/* harmony import */ var node_dgram__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_dgram__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1553);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_dns_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_probe_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8590);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3128);
/* harmony import */ var _ip_family_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6169);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6468);
// The udp check: sends `message` in one datagram from a connected socket and waits for the
// first datagram back. Connected, the socket hears the ICMP "port unreachable" of a closed port
// as ECONNREFUSED; a peer that stays silent ends at the attempt's deadline (TIMEOUT). A message
// that cannot fit one datagram is refused at load; an error sending it fails the check at once.







const EXCERPT_CHARS = 2000;
/** The largest UDP payload of one datagram: 65,535 bytes less the IPv4 (20) and UDP (8) headers; IPv6's payload length leaves out its own header. */
const MAX_MESSAGE_BYTES = { 4: 65_507, 6: 65_527 };
const udpCheck = {
    type: 'udp',
    prepare(check) {
        const host = (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .readHost */ .rk)(check.request.host, ['request', 'host']);
        const port = (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .readPort */ .Sr)(check.request.port, ['request', 'port']);
        const ipFamily = (0,_ip_family_js__WEBPACK_IMPORTED_MODULE_5__/* .readIpFamily */ .Y)(check, host);
        const message = String(check.request.message ?? '');
        checkMessageSize(message, host, ipFamily);
        return { request: { host, port, message, ipFamily }, target: (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .hostPort */ .QL)(host, port) };
    },
    run: runUdp,
};
/**
 * A message longer than one datagram can carry would never be sent (the send fails with
 * EMSGSIZE). The limit is that of the family the check may use; when it may use either (a name,
 * ip_family any), the smaller, IPv4's. An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is sent as IPv4.
 */
function checkMessageSize(message, host, ipFamily) {
    const literal = (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(host);
    const family = literal === 6 && !/^::ffff:/i.test(host) ? 6 : literal === 4 ? 4 : ipFamily === 6 && !literal ? 6 : 4;
    const limit = MAX_MESSAGE_BYTES[family];
    const bytes = Buffer.byteLength(message, 'utf8');
    if (bytes > limit) {
        const which = family === 6 ? 'IPv6' : literal ? 'IPv4' : ipFamily === 4 ? 'IPv4' : 'IPv4 (the smaller limit: the name may resolve to either family; ip_family 6 allows 65,527)';
        throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .InvalidField */ .u(['request', 'message'], `the message is ${bytes.toLocaleString('en-US')} bytes (UTF-8), more than one UDP datagram carries over ${which}: at most ${limit.toLocaleString('en-US')} bytes`);
    }
}
async function runUdp(request, context) {
    const { timer } = context;
    const { address, family } = await resolveAddress(request.host, timer, request.ipFamily);
    const socket = node_dgram__WEBPACK_IMPORTED_MODULE_0___default().createSocket(family === 6 ? 'udp6' : 'udp4');
    try {
        const reply = await exchange(socket, request, address, context);
        timer.mark('firstByte');
        const receivedMessage = reply.toString('utf8');
        return { timings: timer.timings(), values: { receivedMessage }, excerpt: receivedMessage.slice(0, EXCERPT_CHARS) };
    }
    finally {
        socket.close();
    }
}
/** Sends the message and resolves with the first datagram back; a refusal names the peer. */
async function exchange(socket, request, address, { signal, timer }) {
    let stop = () => { };
    try {
        return await new Promise((resolve, reject) => {
            stop = () => reject(signal.reason);
            signal.addEventListener('abort', stop, { once: true });
            socket.once('message', (reply) => resolve(reply));
            socket.once('error', (error) => reject(Object.assign(error, { address, port: request.port })));
            socket.connect(request.port, address, () => {
                timer.waitingFor(`a reply datagram from ${(0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .hostPort */ .QL)(address, request.port)}`);
                // Without a callback, a connected socket drops a failed send silently (no 'error' event):
                // the check would wait for its deadline. A send error fails it at once.
                socket.send(request.message, (error) => {
                    if (error)
                        reject(sendError(error, address, request.port));
                });
            });
        });
    }
    finally {
        signal.removeEventListener('abort', stop);
    }
}
/**
 * A datagram the system would not send, as the taxonomy reads it. Codes the classifier knows
 * (ECONNREFUSED from an earlier ICMP port unreachable, EHOSTUNREACH, ENETUNREACH) keep theirs.
 */
function sendError(error, address, port) {
    const where = (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .hostPort */ .QL)(address, port);
    const code = error.code;
    const fail = (category, message) => new _errors_probe_error_js__WEBPACK_IMPORTED_MODULE_3__/* .ProbeError */ .B(category, category, message, { cause: error });
    switch (code) {
        case 'EMSGSIZE':
            return fail('INVALID_REQUEST', `The message could not be sent to ${where}: it is larger than one datagram on the way there can carry (EMSGSIZE). Send a shorter message.`);
        case 'EACCES':
            return fail('INVALID_REQUEST', `The system refused to send to ${where} (EACCES: a broadcast address, which the udp check does not send to). Probe the host's own address.`);
        case 'ENOBUFS':
        case 'EPERM':
            return fail('NETUNREACH', `The datagram to ${where} could not leave the runner (${code}: ${code === 'EPERM' ? "a firewall rule of the runner's" : "no buffer space in the runner's network stack"}). Check the runner's network and firewall, and retry.`);
        default:
            return Object.assign(error, { address, port });
    }
}
async function resolveAddress(host, timer, ipFamily) {
    const family = (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(host);
    if (family)
        return { address: host, family };
    const found = await (0,node_dns_promises__WEBPACK_IMPORTED_MODULE_1__.lookup)(host, ipFamily ? { family: ipFamily } : {});
    timer.mark('dnsDone');
    return found;
}


/***/ })

};
