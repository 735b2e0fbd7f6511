export const id = 125;
export const ids = [125];
export const modules = {

/***/ 46125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RECORD_TYPES: () => (/* binding */ RECORD_TYPES),
  dnsCheck: () => (/* binding */ dnsCheck),
  reverseName: () => (/* binding */ reverseName)
});

// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(71553);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./src/errors/dns.ts
var dns = __webpack_require__(49296);
// EXTERNAL MODULE: external "node:dgram"
var external_node_dgram_ = __webpack_require__(41314);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/errors/probe-error.ts
var probe_error = __webpack_require__(88590);
;// CONCATENATED MODULE: ./src/checks/dns-watch.ts
// c-ares hides what a hostile DNS server did: it ignores a reply with the wrong ID (the check
// then waits for its deadline), reads a query echoed back (QR bit clear) as an empty answer, and
// reports every rcode above REFUSED (YXDOMAIN, NOTAUTH...) as "no data". So beside each c-ares
// query to an explicit server, the dns check sends one query of its own over UDP and reads the
// reply's header: a reply that is not an answer fails the check at once, and a header that is an
// answer tells the classifier the real rcode and whether it was truncated.




const TYPE_NUMBERS = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, CAA: 257 };
/** Asks `name` (already reversed for PTR) of the server, and watches the reply. */
function watchReply(server, name, type, label) {
    const id = (0,external_node_crypto_.randomInt)(0x10000);
    const socket = (0,external_node_dgram_.createSocket)((0,external_node_net_.isIP)(server.host) === 6 ? 'udp6' : 'udp4');
    let seen;
    let problem;
    let fail = () => undefined;
    let replied = () => undefined;
    const repliedPromise = new Promise((resolve) => (replied = resolve));
    const notAnAnswer = new Promise((_, reject) => (fail = reject));
    notAnAnswer.catch(() => undefined);
    socket.on('error', () => {
        replied();
        socket.close();
    });
    socket.on('message', (reply, from) => {
        if (from.port !== server.port)
            return;
        const reason = notAnAnswerReason(reply, id);
        if (reason)
            fail((problem = (0,probe_error/* probeError */.v)('MALFORMED_RESPONSE', 'MALFORMED_RESPONSE', `${label} sent a reply to the ${type} query for ${name} that is not an answer: ${reason}`)));
        else
            seen = { rcode: reply[3] & 0x0f, truncated: (reply[2] & 0x02) !== 0 };
        replied();
        socket.close();
    });
    socket.send(query(id, name, TYPE_NUMBERS[type] ?? 1), server.port, server.host, () => undefined);
    return {
        notAnAnswer,
        header: () => seen,
        problem: () => problem,
        replied: repliedPromise,
        close: () => {
            try {
                socket.close();
            }
            catch {
                // already closed
            }
        },
    };
}
function notAnAnswerReason(reply, id) {
    if (reply.length < 12)
        return `${reply.length} bytes, shorter than a DNS header`;
    if (reply.readUInt16BE(0) !== id)
        return `its ID ${reply.readUInt16BE(0)} is not the query's ${id}`;
    if ((reply[2] & 0x80) === 0)
        return 'the QR bit is clear (a query, not a response)';
    if (((reply[2] >> 3) & 0x0f) !== 0)
        return `its opcode is ${(reply[2] >> 3) & 0x0f}, not QUERY`;
    return undefined;
}
function query(id, name, type) {
    const labels = name.replace(/\.$/, '').split('.').filter(Boolean);
    const question = Buffer.concat([
        ...labels.map((label) => {
            const bytes = Buffer.from(label, 'utf8').subarray(0, 63);
            return Buffer.concat([Buffer.from([bytes.length]), bytes]);
        }),
        Buffer.from([0, type >> 8, type & 0xff, 0, 1]),
    ]);
    const header = Buffer.alloc(12);
    header.writeUInt16BE(id, 0);
    header.writeUInt16BE(0x0100, 2); // recursion desired
    header.writeUInt16BE(1, 4);
    return Buffer.concat([header, question]);
}

// EXTERNAL MODULE: ./src/checks/fields.ts
var fields = __webpack_require__(23128);
// EXTERNAL MODULE: ./src/checks/types.ts
var types = __webpack_require__(16468);
;// CONCATENATED MODULE: ./src/checks/dns.ts







const RECORD_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'NS', 'TXT', 'SRV', 'CAA', 'SOA', 'PTR'];
const RECORD_ASSERTIONS = new Set(['recordSome', 'recordEvery']);
const dnsCheck = {
    type: 'dns',
    prepare(check) {
        if (check.ip_family !== undefined)
            throw new types/* InvalidField */.u(['ip_family'], 'a dns check has no ip_family: it asks the server in `request.server` (or the system\'s); use record_type AAAA to check IPv6 addresses');
        const raw = check.request;
        const host = (0,fields/* readHost */.rk)(raw.host, ['request', 'host']);
        const recordTypes = [readRecordType(raw.record_type ?? 'A', ['request', 'record_type'])];
        for (const type of assertedRecordTypes(check))
            if (!recordTypes.includes(type))
                recordTypes.push(type);
        if (raw.server === undefined && raw.port !== undefined) {
            throw new types/* InvalidField */.u(['request', 'port'], 'a port needs a server: give `server` too, or remove `port` to use the system\u2019s resolvers');
        }
        const server = raw.server === undefined ? undefined : { host: (0,fields/* readHost */.rk)(raw.server, ['request', 'server']), port: (0,fields/* readPort */.Sr)(raw.port, ['request', 'port'], 53) };
        const target = `${host} ${recordTypes.join(',')}${server ? ` @${(0,fields/* hostPort */.QL)(server.host, server.port)}` : ''}`;
        return { request: { host, recordTypes, server }, target };
    },
    run: runDns,
};
function readRecordType(value, path) {
    const type = String(value).toUpperCase();
    if (!RECORD_TYPES.includes(type)) {
        throw new types/* InvalidField */.u(path, `"${String(value)}" is not a record type probegate queries (${RECORD_TYPES.join(', ')})`);
    }
    return type;
}
/** The record types named by recordSome / recordEvery assertions, validated. */
function assertedRecordTypes(check) {
    return (0,fields/* rawAssertions */.GG)(check).flatMap(({ assertion, index }) => RECORD_ASSERTIONS.has(String(assertion.type)) ? [readRecordType(assertion.property, ['assertions', index, 'property'])] : []);
}
async function runDns(request, context) {
    const { signal, timer, deadline } = context;
    // One try that outlasts the attempt: the attempt's deadline ends it, and cancels the query.
    const resolver = new promises_.Resolver({ timeout: Math.ceil(deadline.remainingMs()) + 1000, tries: 1 });
    const cancel = () => resolver.cancel();
    signal.addEventListener('abort', cancel, { once: true });
    let watches = [];
    try {
        const server = request.server ? await useServer(resolver, request.server) : undefined;
        const serverLabel = server?.label;
        timer.waitingFor(`the DNS answer from ${serverLabel ?? 'the system\u2019s resolver'}`);
        watches = server ? request.recordTypes.map((type) => watchReply(server, queryName(request.host, type), type, server.label)) : [];
        const answers = await Promise.race([
            Promise.allSettled(request.recordTypes.map((type) => dns_query(resolver, request.host, type))),
            ...watches.map((watch) => watch.notAnAnswer),
        ]);
        const index = answers.findIndex((answer) => answer.status === 'rejected');
        if (index >= 0) {
            const reason = answers[index].reason;
            const watch = watches[index];
            // The own query's reply explains an empty answer or a refused TCP retry; it comes within a moment of c-ares's.
            if (watch && (reason.code === 'ENODATA' || reason.code === 'ECONNREFUSED'))
                await Promise.race([watch.replied, (0,external_node_timers_promises_.setTimeout)(1000, undefined, { signal }).catch(() => undefined)]);
            throw watch?.problem() ?? new dns/* DnsQueryFailed */.x(serverLabel, { cause: reason, reply: watch?.header() });
        }
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
        for (const watch of watches)
            watch.close();
    }
}
/** The name a query for this type asks: an IP address's reverse name for PTR. */
function queryName(host, type) {
    return type === 'PTR' && (0,external_node_net_.isIP)(host) ? reverseName(host) : host;
}
/** Points the resolver at the check's server; c-ares wants an address, so a name is looked up first. */
async function useServer(resolver, server) {
    const address = (0,external_node_net_.isIP)(server.host) ? server.host : (await (0,promises_.lookup)(server.host)).address;
    resolver.setServers([(0,fields/* hostPort */.QL)(address, server.port)]);
    return { host: address, port: server.port, label: (0,fields/* hostPort */.QL)(server.host, server.port) };
}
/** One record type's answer as strings; PTR of an IP address asks for its reverse name. */
async function dns_query(resolver, host, type) {
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
            return resolver.resolvePtr((0,external_node_net_.isIP)(host) ? reverseName(host) : host);
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
    if ((0,external_node_net_.isIP)(ip) === 4)
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


/***/ })

};
