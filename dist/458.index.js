export const id = 458;
export const ids = [458];
export const modules = {

/***/ 33458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RECORD_TYPES: () => (/* binding */ RECORD_TYPES),
/* harmony export */   dnsCheck: () => (/* binding */ dnsCheck),
/* harmony export */   reverseName: () => (/* binding */ reverseName)
/* harmony export */ });
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71553);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_dns_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23128);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16468);




const RECORD_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'NS', 'TXT', 'SRV', 'CAA', 'SOA', 'PTR'];
const RECORD_ASSERTIONS = new Set(['recordSome', 'recordEvery']);
const dnsCheck = {
    type: 'dns',
    prepare(check) {
        const raw = check.request;
        const host = (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readHost */ .rk)(raw.host, ['request', 'host']);
        const recordTypes = [readRecordType(raw.record_type ?? 'A', ['request', 'record_type'])];
        for (const type of assertedRecordTypes(check))
            if (!recordTypes.includes(type))
                recordTypes.push(type);
        if (raw.server === undefined && raw.port !== undefined) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidField */ .u(['request', 'port'], 'a port needs a server: give `server` too, or remove `port` to use the system\u2019s resolvers');
        }
        const server = raw.server === undefined ? undefined : { host: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readHost */ .rk)(raw.server, ['request', 'server']), port: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readPort */ .Sr)(raw.port, ['request', 'port'], 53) };
        const target = `${host} ${recordTypes.join(',')}${server ? ` @${(0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .hostPort */ .QL)(server.host, server.port)}` : ''}`;
        return { request: { host, recordTypes, server }, target };
    },
    run: runDns,
};
function readRecordType(value, path) {
    const type = String(value).toUpperCase();
    if (!RECORD_TYPES.includes(type)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidField */ .u(path, `"${String(value)}" is not a record type probegate queries (${RECORD_TYPES.join(', ')})`);
    }
    return type;
}
/** The record types named by recordSome / recordEvery assertions, validated. */
function assertedRecordTypes(check) {
    return (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .rawAssertions */ .GG)(check).flatMap(({ assertion, index }) => RECORD_ASSERTIONS.has(String(assertion.type)) ? [readRecordType(assertion.property, ['assertions', index, 'property'])] : []);
}
async function runDns(request, context) {
    const { signal, timer, timeoutMs } = context;
    // One try that outlasts the attempt: the attempt's deadline ends it, and cancels the query.
    const resolver = new node_dns_promises__WEBPACK_IMPORTED_MODULE_0__.Resolver({ timeout: timeoutMs + 1000, tries: 1 });
    const cancel = () => resolver.cancel();
    signal.addEventListener('abort', cancel, { once: true });
    try {
        const serverLabel = request.server ? await useServer(resolver, request.server) : undefined;
        timer.waitingFor(`the DNS answer from ${serverLabel ?? 'the system\u2019s resolver'}`);
        const answers = await Promise.allSettled(request.recordTypes.map((type) => query(resolver, request.host, type)));
        const failed = answers.find((answer) => answer.status === 'rejected');
        if (failed)
            throw Object.assign(failed.reason, { dnsServer: serverLabel });
        timer.mark('dnsDone');
        const records = Object.fromEntries(request.recordTypes.map((type, i) => [type, answers[i].value]));
        return {
            timings: timer.timings(),
            values: { records },
            excerpt: Object.entries(records).flatMap(([type, list]) => list.map((record) => `${type} ${record}`)).join('\n'),
        };
    }
    finally {
        signal.removeEventListener('abort', cancel);
    }
}
/** Points the resolver at the check's server; c-ares wants an address, so a name is looked up first. */
async function useServer(resolver, server) {
    const address = (0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(server.host) ? server.host : (await (0,node_dns_promises__WEBPACK_IMPORTED_MODULE_0__.lookup)(server.host)).address;
    resolver.setServers([(0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .hostPort */ .QL)(address, server.port)]);
    return (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .hostPort */ .QL)(server.host, server.port);
}
/** One record type's answer as strings; PTR of an IP address asks for its reverse name. */
async function query(resolver, host, type) {
    switch (type) {
        case 'A':
            return resolver.resolve4(host);
        case 'AAAA':
            return resolver.resolve6(host);
        case 'CNAME':
            return resolver.resolveCname(host);
        case 'NS':
            return resolver.resolveNs(host);
        case 'PTR':
            // Not resolver.reverse(): it answers from /etc/hosts before asking the server.
            return resolver.resolvePtr((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(host) ? reverseName(host) : host);
        case 'MX':
            return (await resolver.resolveMx(host)).map((r) => `${r.priority} ${r.exchange}`);
        case 'TXT':
            return (await resolver.resolveTxt(host)).map((chunks) => chunks.join(''));
        case 'SRV':
            return (await resolver.resolveSrv(host)).map((r) => `${r.priority} ${r.weight} ${r.port} ${r.name}`);
        case 'CAA':
            return (await resolver.resolveCaa(host)).map(formatCaa);
        case 'SOA': {
            const soa = await resolver.resolveSoa(host);
            return [[soa.nsname, soa.hostmaster, soa.serial, soa.refresh, soa.retry, soa.expire, soa.minttl].join(' ')];
        }
    }
}
/** 1.0.0.127.in-addr.arpa for 127.0.0.1; the 32 nibbles, last first, under ip6.arpa for IPv6. */
function reverseName(ip) {
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(ip) === 4)
        return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
    const hex = ip.replace(/%.*$/, '').replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_, a, b, c, d) => `${((+a << 8) | +b).toString(16)}:${((+c << 8) | +d).toString(16)}`);
    const [head = '', tail] = hex.split('::');
    const left = head ? head.split(':') : [];
    const right = tail ? tail.split(':') : [];
    const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
    return `${[...groups.map((group) => group.padStart(4, '0')).join('')].reverse().join('.')}.ip6.arpa`;
}
/** Node gives a CAA record as `{ critical, <tag>: value }`. */
function formatCaa(record) {
    const [tag, value] = Object.entries(record).find(([key]) => key !== 'critical' && key !== 'type') ?? ['', ''];
    return `${record.critical} ${tag} ${String(value)}`;
}


/***/ }),

/***/ 23128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GG: () => (/* binding */ rawAssertions),
/* harmony export */   QL: () => (/* binding */ hostPort),
/* harmony export */   Sr: () => (/* binding */ readPort),
/* harmony export */   rk: () => (/* binding */ readHost)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16468);
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


/***/ })

};
