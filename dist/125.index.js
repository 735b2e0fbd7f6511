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
// EXTERNAL MODULE: ./src/assertions/dns-records.ts
var dns_records = __webpack_require__(42841);
// EXTERNAL MODULE: ./src/errors/dns.ts
var dns = __webpack_require__(49296);
// EXTERNAL MODULE: ./src/errors/probe-error.ts
var probe_error = __webpack_require__(88590);
// EXTERNAL MODULE: external "node:dgram"
var external_node_dgram_ = __webpack_require__(41314);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/checks/dns-watch.ts
// c-ares hides what a hostile DNS server did: it ignores a reply with the wrong ID or question
// (the check then waits for its deadline), reads a query echoed back (QR bit clear) as an empty
// answer, reports every rcode above REFUSED (YXDOMAIN, NOTAUTH...) as "no data", and takes answer
// records as they come: an A record of 6 bytes as its first 4, a record owned by another name as
// the asked name's. So beside each c-ares query to an explicit server, the dns check sends one
// query of its own over UDP and reads the reply whole, bounded by its bytes: a reply that is not
// an answer to that query, or an answer that breaks DNS's structure, fails the check; the header
// tells the classifier the real rcode and whether it was truncated; the answer's CNAME chain
// explains an answer with no record of the asked type.




const TYPE_NUMBERS = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, CAA: 257 };
const CNAME = 5;
/** Asks `name` (already reversed for PTR) of the server, and watches the reply. */
function watchReply(server, name, type, label) {
    const id = (0,external_node_crypto_.randomInt)(0x10000);
    const typeNumber = TYPE_NUMBERS[type] ?? 1;
    const socket = (0,external_node_dgram_.createSocket)((0,external_node_net_.isIP)(server.host) === 6 ? 'udp6' : 'udp4');
    let seen;
    let chain;
    let problem;
    let fail = () => undefined;
    let replied = () => undefined;
    const repliedPromise = new Promise((resolve) => (replied = resolve));
    const notAnAnswer = new Promise((_, reject) => (fail = reject));
    notAnAnswer.catch(() => undefined);
    let failure;
    const failed = (error) => {
        failure ??= error;
        replied();
        socket.close();
    };
    socket.on('error', failed);
    socket.on('message', (reply, from) => {
        if (from.port !== server.port)
            return;
        const judged = judge(reply, id, name, typeNumber);
        if ('problem' in judged) {
            const [verb, reason] = judged.problem;
            fail((problem = (0,probe_error/* probeError */.v)('MALFORMED_RESPONSE', 'MALFORMED_RESPONSE', `${label} ${verb} the ${type} query for ${name} ${reason}`)));
        }
        else {
            seen = { rcode: judged.reply.rcode, truncated: judged.reply.truncated };
            chain = cnameChain(name, judged.reply.answers);
        }
        replied();
        socket.close();
    });
    socket.send(query(id, name, typeNumber), server.port, server.host, (error) => error && failed(error));
    return {
        notAnAnswer,
        header: () => seen,
        problem: () => problem,
        chain: () => chain,
        failure: () => failure,
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
/** The reply read, or what is wrong with it: [how the server answered, why that fails]. */
function judge(reply, id, name, type) {
    const header = notAnAnswerReason(reply, id);
    if (header)
        return { problem: ['sent a reply to', `that is not an answer: ${header}`] };
    let parsed;
    try {
        parsed = parseReply(reply);
    }
    catch (error) {
        if (!(error instanceof Unparsable))
            throw error;
        return { problem: ['sent an answer to', `that could not be parsed: ${error.message}`] };
    }
    const asked = parsed.question;
    if (parsed.questions > 1)
        return { problem: ['sent a reply to', `that is not an answer: it holds ${parsed.questions} questions, not the query's one`] };
    if (asked ? dnsNameKey(asked.name) !== dnsNameKey(name) || asked.type !== type || asked.class !== 1 : parsed.rcode === 0) {
        const theirs = asked ? `${asked.name || '.'} ${typeName(asked.type)}${asked.class === 1 ? '' : ` (class ${asked.class})`}` : 'nothing';
        return { problem: ['sent a reply to', `that is not an answer to it: its question asks for ${theirs}, not ${name} ${typeName(type)}`] };
    }
    const reached = reachedNames(name, parsed.answers);
    const foreign = parsed.answers.find((record) => record.type === type && record.class === 1 && !reached.has(dnsNameKey(record.owner)));
    if (foreign) {
        return { problem: ['answered', `with a record of ${foreign.owner || '.'} (type ${typeName(type)}), a name neither asked nor reached from ${name} through the answer's CNAME records`] };
    }
    return { reply: parsed };
}
function typeName(type) {
    return Object.keys(TYPE_NUMBERS).find((name) => TYPE_NUMBERS[name] === type) ?? `type ${type}`;
}
/** The query name and every name its answer's CNAME records lead to, as DNS compares them. */
function reachedNames(name, answers) {
    const reached = new Set([dnsNameKey(name)]);
    for (let grew = true; grew;) {
        grew = false;
        for (const record of answers) {
            if (record.type !== CNAME || record.target === undefined || !reached.has(dnsNameKey(record.owner)))
                continue;
            const next = dnsNameKey(record.target);
            if (!reached.has(next)) {
                reached.add(next);
                grew = true;
            }
        }
    }
    return reached;
}
/** The CNAME chain from the query name, as the answer writes it, up to its end or its first return to a name it passed. */
function cnameChain(name, answers) {
    const names = [];
    const passed = new Set([dnsNameKey(name)]);
    let current = name;
    for (;;) {
        const link = answers.find((record) => record.type === CNAME && record.target !== undefined && dnsNameKey(record.owner) === dnsNameKey(current));
        if (!link)
            return { names, loops: false };
        names.push(link.target);
        if (passed.has(dnsNameKey(link.target)))
            return { names, loops: true };
        passed.add(dnsNameKey(link.target));
        current = link.target;
    }
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
/** A name or record that breaks the message's structure. */
class Unparsable extends Error {
}
/** Folds ASCII letters only, as DNS compares names (RFC 4343); no final dot. */
function dnsNameKey(name) {
    return name.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()).replace(/\.$/, '');
}
/**
 * The name at `offset`, its labels joined by dots (a dot inside a label escaped, as c-ares
 * writes it), and the offset after its bytes in place. Bounded: a pointer must point before the
 * label it is in (so pointers cannot loop), and a name holds at most 255 bytes.
 */
function readName(message, offset) {
    const labels = [];
    let at = offset;
    let next;
    let length = 1;
    for (;;) {
        if (at >= message.length)
            throw new Unparsable('a name runs past the end of the message');
        const byte = message[at];
        if (byte === 0) {
            next ??= at + 1;
            break;
        }
        if ((byte & 0xc0) === 0xc0) {
            if (at + 1 >= message.length)
                throw new Unparsable('a name runs past the end of the message');
            const target = ((byte & 0x3f) << 8) | message[at + 1];
            if (target >= at)
                throw new Unparsable(`a compression pointer at byte ${at} points forward or at itself (to byte ${target})`);
            next ??= at + 2;
            at = target;
            continue;
        }
        if ((byte & 0xc0) !== 0)
            throw new Unparsable(`a label at byte ${at} has the reserved type bits ${byte >> 6}`);
        if (at + 1 + byte > message.length)
            throw new Unparsable('a name runs past the end of the message');
        length += byte + 1;
        if (length > 255)
            throw new Unparsable('a name is longer than 255 bytes');
        labels.push(message.toString('latin1', at + 1, at + 1 + byte).replace(/[.\\]/g, (c) => `\\${c}`));
        at += 1 + byte;
    }
    return { name: labels.join('.'), next };
}
/** The reply's header, question and (of a NOERROR answer not truncated) records, every count matched by its bytes; throws Unparsable. */
function parseReply(message) {
    const truncated = (message[2] & 0x02) !== 0;
    const counts = [4, 6, 8, 10].map((at) => message.readUInt16BE(at));
    let at = 12;
    let question;
    for (let i = 0; i < counts[0]; i++) {
        const { name, next } = readName(message, at);
        if (next + 4 > message.length)
            throw new Unparsable(`question ${i + 1} runs past the end of the message`);
        question ??= { name, type: message.readUInt16BE(next), class: message.readUInt16BE(next + 2) };
        at = next + 4;
    }
    const answers = [];
    // A truncated reply may end inside its records (what it holds is read over TCP instead), and a
    // failure's records are no answer: the rcode is what the check reports.
    if (truncated || (message[3] & 0x0f) !== 0)
        return { id: message.readUInt16BE(0), rcode: message[3] & 0x0f, truncated, question, questions: counts[0], answers };
    const sections = [['answer', counts[1]], ['authority', counts[2]], ['additional', counts[3]]];
    for (const [section, count] of sections) {
        for (let i = 0; i < count; i++) {
            const where = `record ${i + 1} of the ${section} section`;
            if (at >= message.length)
                throw new Unparsable(`${where} is announced but the message ends before it`);
            const { name: owner, next } = readName(message, at);
            if (next + 10 > message.length)
                throw new Unparsable(`${where} runs past the end of the message`);
            const type = message.readUInt16BE(next);
            const klass = message.readUInt16BE(next + 2);
            const length = message.readUInt16BE(next + 8);
            const start = next + 10;
            const end = start + length;
            if (end > message.length)
                throw new Unparsable(`${where} (type ${type}) announces ${length} bytes of data, past the end of the message`);
            if (klass === 1 && type === 1 && length !== 4)
                throw new Unparsable(`${where} is an A record of ${length} bytes, not 4`);
            if (klass === 1 && type === 28 && length !== 16)
                throw new Unparsable(`${where} is an AAAA record of ${length} bytes, not 16`);
            let target;
            if (type === 5) {
                const read = readName(message, start);
                if (read.next !== end)
                    throw new Unparsable(`${where} is a CNAME record whose name does not fill its ${length} bytes of data`);
                target = read.name;
            }
            if (section === 'answer')
                answers.push({ owner, type, class: klass, ...(target === undefined ? {} : { target }) });
            at = end;
        }
    }
    if (at !== message.length)
        throw new Unparsable(`${message.length - at} bytes follow the last record its counts announce`);
    return { id: message.readUInt16BE(0), rcode: message[3] & 0x0f, truncated, question, questions: counts[0], answers };
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
            const chain = watch?.chain();
            // c-ares says no data without the CNAME chain that explains it, which the own query's reply shows.
            if (reason.code === 'ENODATA' && !watch?.problem() && watch?.header()?.rcode === 0 && chain && chain.names.length > 0) {
                throw noData(request.host, request.recordTypes[index], serverLabel, chain);
            }
            throw watch?.problem() ?? new dns/* DnsQueryFailed */.x(serverLabel, { cause: reason, reply: watch?.header() });
        }
        timer.mark('dnsDone');
        // c-ares takes an answer's records as they come: the own query's reply, read whole, says
        // whether they are the asked name's and well formed. It comes within a moment of c-ares's
        // (the attempt's deadline bounds the wait: an answer that cannot be checked does not pass).
        if (watches.length > 0) {
            timer.waitingFor(`the reply to the check's own query to ${serverLabel ?? 'the server'}, which shows whether the answer is the asked name's and well formed`);
            const replies = Promise.all(watches.map((watch) => watch.replied)).then(() => 'replied');
            const stopWaiting = new AbortController();
            const late = (0,external_node_timers_promises_.setTimeout)(Math.max(0, deadline.remainingMs()), undefined, { signal: AbortSignal.any([signal, stopWaiting.signal]) }).then(() => 'late', () => 'late');
            // Bounded: an answer that cannot be checked fails at the deadline, and the sockets close below.
            const outcome = await Promise.race([replies, late]);
            stopWaiting.abort();
            if (outcome === 'late') {
                throw signal.aborted ? signal.reason : (0,probe_error/* probeError */.v)('TIMEOUT', 'REQUEST_TIMEOUT', `No reply from ${serverLabel ?? 'the server'} to the check's own query, which shows whether its answer is the asked name's and well formed: an answer that cannot be checked does not pass`);
            }
        }
        const problem = watches.map((watch) => watch.problem()).find(Boolean);
        if (problem)
            throw problem;
        // An answer the own query could not check does not pass: the socket's error says why.
        const failure = watches.map((watch) => watch.failure()).find(Boolean);
        if (failure)
            throw failure;
        const lists = request.recordTypes.map((type, i) => [type, answers[i].value]);
        // An answer without a record of the asked type (a CNAME that leads nowhere, or in a loop) is no data, whatever is asserted.
        const empty = lists.findIndex(([, list]) => list.length === 0);
        if (empty >= 0)
            throw noData(request.host, lists[empty][0], serverLabel, watches[empty]?.chain());
        const records = Object.fromEntries(lists);
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
/** DNS:NODATA for an answer c-ares read as no record of the type, naming the CNAME chain the answer holds. */
function noData(host, type, server, chain) {
    const name = queryName(host, type);
    const via = chain && chain.names.length > 0 ? chain.names : undefined;
    const path = via ? [name, ...via].join(' \u2192 ') : '';
    const why = !via ? `its answer holds no ${type} record` : chain.loops ? `its answer's CNAME chain ${path} is a loop, with no ${type} record` : `its answer's CNAME chain ${path} ends at ${via.at(-1)}, which has no ${type} record`;
    return (0,probe_error/* probeError */.v)('DNS', 'NODATA', `${name} has no ${type} record: ${why} (NODATA from ${server ?? 'the system\u2019s DNS server'}, ${type} query)`);
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
    return `${[...(0,dns_records/* ipv6Groups */.Y)(ip).map((group) => group.padStart(4, '0')).join('')].reverse().join('.')}.ip6.arpa`;
}
/** Node gives a CAA record as `{ critical, <tag>: value }`. */
function formatCaa(record) {
    const [tag, value] = Object.entries(record).find(([key]) => key !== 'critical' && key !== 'type') ?? ['', ''];
    return `${record.critical} ${tag} ${String(value)}`;
}


/***/ })

};
