export const id = 125;
export const ids = [125];
export const modules = {

/***/ 2841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ ipv6Groups),
/* harmony export */   a: () => (/* binding */ compareRecords)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _operators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2760);
/* harmony import */ var _pattern_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8267);
/* harmony import */ var _regex_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9326);
// recordSome / recordEvery: DNS records compared as DNS compares them. A name is the same name
// whatever the case of its ASCII letters (RFC 4343) and with or without its final dot (as zone
// files write it); an IPv6 address has many spellings (2001:DB8::666, 2001:db8:0:0:0:0:0:666,
// ::ffff:6.6.6.6 = ::ffff:606:606). Compared as raw text, `recordEvery isNot evil.example.com`
// passed a CNAME to EVIL.Example.COM. So, for the records that hold names (CNAME, NS, PTR, MX,
// SRV, SOA) and for AAAA:
// - is / isNot compare one canonical form of the record and of the target: names with their
//   ASCII letters lowercased and no final dot, each of a record's words (MX `10 Mail.Example.com.`
//   is `10 mail.example.com`); an IPv6 address as the URL parser writes it. An A or AAAA target
//   that is no address of its family fails both (a typo must not pass isNot).
// - contains / doesNotContain look for the target (lowercased, a final dot of its words dropped)
//   in the canonical record, and for AAAA also in the address's other spellings (every group,
//   padded or not; an IPv4-mapped address's dotted form): doesNotContain passes only when no
//   spelling holds it.
// - matches / doesNotMatch test the pattern case-insensitively (as if written /\u2026/i: letters in
//   names and hex digits have no case in DNS), against the canonical record and its spellings
//   with final dots (and AAAA's other spellings): doesNotMatch passes only when none matches.
// The record itself is never rewritten for the report. Other types (A, TXT, CAA) are compared
// as their text: TXT and CAA values are case-sensitive data.




const NAMED = new Set(['CNAME', 'NS', 'PTR', 'MX', 'SRV', 'SOA']);
/** Judges each record of `type` against the target, as the quantifier asks. */
function compareRecords(quantifier, type, operator, records, target, deadline) {
    const kind = NAMED.has(type) ? 'name' : type === 'AAAA' ? 'ipv6' : type === 'A' ? 'ipv4' : undefined;
    if (!kind || !Array.isArray(records) || records.length === 0 || typeof target === 'object' || target === undefined)
        return (0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .compareEach */ .dA)(quantifier, operator, records, target, deadline);
    const values = records.map(String);
    const combine = (results) => ({ passed: quantifier === 'some' ? results.some(Boolean) : results.every(Boolean) });
    const wanted = String(target);
    switch (operator) {
        case 'is':
        case 'isNot': {
            if (kind === 'ipv4' && !(0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv4)(wanted))
                return { passed: false, message: `${JSON.stringify(wanted)} is not an IPv4 address: an A record is compared as a whole address` };
            if (kind === 'ipv6' && !(0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(wanted))
                return { passed: false, message: `${JSON.stringify(wanted)} is not an IPv6 address: an AAAA record is compared as a whole address` };
            if (kind === 'ipv4')
                return (0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .compareEach */ .dA)(quantifier, operator, records, target, deadline);
            const key = canonical(kind, wanted);
            return combine(values.map((value) => (canonical(kind, value) === key) === (operator === 'is')));
        }
        case 'contains':
        case 'doesNotContain': {
            if (kind === 'ipv4')
                return (0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .compareEach */ .dA)(quantifier, operator, records, target, deadline);
            const needle = kind === 'name' ? nameWords(wanted) : asciiLower(wanted);
            return combine(values.map((value) => spellings(kind, value).some((spelling) => spelling.includes(needle)) === (operator === 'contains')));
        }
        case 'matches':
        case 'doesNotMatch': {
            if (kind === 'ipv4')
                return (0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .compareEach */ .dA)(quantifier, operator, records, target, deadline);
            let pattern;
            try {
                const written = (0,_pattern_js__WEBPACK_IMPORTED_MODULE_3__/* .patternOf */ .Id)(wanted);
                pattern = written.flags.includes('i') ? written : new RegExp(written.source, `${written.flags}i`);
            }
            catch (error) {
                return { passed: false, message: `invalid regular expression: ${error.message}` };
            }
            const each = values.map((value) => (0,_regex_js__WEBPACK_IMPORTED_MODULE_2__/* .testWithin */ .ux)(pattern, spellings(kind, value), deadline));
            const judge = (found) => found.includes(undefined) ? { passed: false, message: 'the regular expression could not be evaluated on this value' } : combine(found.map((one) => one === (operator === 'matches')));
            return each.some((one) => one instanceof Promise) ? Promise.all(each).then(judge) : judge(each);
        }
        default:
            return (0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .compareEach */ .dA)(quantifier, operator, records, target, deadline);
    }
}
/** ASCII letters lowercased only, as DNS folds case (RFC 4343). */
function asciiLower(text) {
    return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}
/** A text of names and numbers with each word's final dot dropped, its letters lowercased. */
function nameWords(text) {
    return asciiLower(text).replace(/\.(?=\s|$)/g, '');
}
function canonical(kind, value) {
    if (kind === 'name')
        return nameWords(value);
    return (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(value) ? ipv6Canonical(value) : asciiLower(value);
}
function ipv6Canonical(address) {
    return new URL(`http://[${address.replace(/%.*$/, '')}]`).hostname.slice(1, -1);
}
/** The 8 groups of an IPv6 address (any spelling, a zone dropped), without leading zeros: the reverse name of a PTR query is made of them too. */
function ipv6Groups(address) {
    return expand(ipv6Canonical(address));
}
/** The record as it may be written: canonical first; names also with their final dots; an IPv6 address also expanded. */
function spellings(kind, value) {
    const key = canonical(kind, value);
    if (kind === 'name')
        return [key, key.replace(/(\S)(?=\s|$)/g, (last, _, at, whole) => (/^\d+$/.test(wordAt(whole, at)) ? last : `${last}.`))];
    if (!(0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(value))
        return [key];
    const groups = expand(key);
    const forms = [key, groups.map((group) => group.padStart(4, '0')).join(':'), groups.join(':')];
    if (/^::ffff:[0-9a-f]{1,4}:[0-9a-f]{1,4}$/.test(key)) {
        const [high, low] = groups.slice(6).map((group) => parseInt(group, 16));
        forms.push(`::ffff:${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`);
    }
    return forms;
}
/** The word of `text` that ends at `end` (inclusive). */
function wordAt(text, end) {
    return /\S*$/.exec(text.slice(0, end + 1))[0];
}
/** The 8 groups of a canonical IPv6 address, without leading zeros. */
function expand(key) {
    const [head = '', tail] = key.split('::');
    const left = head ? head.split(':') : [];
    const right = tail ? tail.split(':') : [];
    return tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
}


/***/ }),

/***/ 6125:
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
var promises_ = __webpack_require__(1553);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/assertions/dns-records.ts
var dns_records = __webpack_require__(2841);
// EXTERNAL MODULE: ./src/errors/dns.ts
var dns = __webpack_require__(9296);
// EXTERNAL MODULE: ./src/errors/probe-error.ts
var probe_error = __webpack_require__(8590);
// EXTERNAL MODULE: external "node:dgram"
var external_node_dgram_ = __webpack_require__(1314);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
var fields = __webpack_require__(3128);
// EXTERNAL MODULE: ./src/checks/types.ts
var types = __webpack_require__(6468);
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


/***/ }),

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

/***/ 9296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ matchDns),
/* harmony export */   x: () => (/* binding */ DnsQueryFailed)
/* harmony export */ });
/* harmony import */ var _probe_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8590);
// c-ares error shapes (node:dns Resolver): `code` is the answer or failure (ENOTFOUND is the
// server's NXDOMAIN, ENODATA an empty NOERROR answer), `syscall` the query (`queryMx`,
// `getHostByAddr`), `hostname` the name asked. The dns check wraps it in DnsQueryFailed with the
// server asked, which c-ares does not say. getaddrinfo errors (syscall `getaddrinfo`) are left to the system matcher.

/**
 * A c-ares query error (the cause) with what c-ares does not say: the server asked, as people
 * should read it, and the header of its reply when the check read one.
 */
class DnsQueryFailed extends Error {
    server;
    name = 'DnsQueryFailed';
    constructor(server, options) {
        const said = options.cause?.code ?? options.cause?.message;
        super(`DNS query to ${server ?? 'the system\u2019s DNS server'} failed${said ? `: ${String(said)}` : ''}`, { cause: options.cause });
        this.server = server;
        this.reply = options.reply;
    }
    reply;
}
// RFC 6895 \u00a72.3; c-ares reports each above REFUSED as ENODATA.
const RCODES = {
    6: { code: 'YXDOMAIN', says: 'a name exists that should not' },
    7: { code: 'YXRRSET', says: 'a record set exists that should not' },
    8: { code: 'NXRRSET', says: 'a record set that should exist does not' },
    9: { code: 'NOTAUTH', says: 'the server is not authoritative for the zone' },
    10: { code: 'NOTZONE', says: 'the name is not in the zone' },
    11: { code: 'DSOTYPENI', says: 'the DSO type is not implemented' },
};
const ANSWERS = {
    ENOTFOUND: { code: 'NXDOMAIN', says: 'does not exist' },
    ENODATA: { code: 'NODATA', says: 'exists but has no {type} record' },
    ESERVFAIL: { code: 'SERVFAIL', says: 'could not be resolved: the server failed' },
    EREFUSED: { code: 'REFUSED', says: 'could not be resolved: the server refused to answer' },
    ENOTIMP: { code: 'NOTIMP', says: 'could not be resolved: the server does not implement {type} queries' },
    EFORMERR: { code: 'FORMERR', says: 'could not be resolved: the server rejected the query as malformed' },
};
function matchDns(e) {
    if (e instanceof DnsQueryFailed)
        return typeof e.cause === 'object' && e.cause !== null ? matchQuery(e.cause, e.server, e.reply) : undefined;
    return matchQuery(e, undefined, undefined);
}
function matchQuery(e, dnsServer, reply) {
    const syscall = typeof e.syscall === 'string' ? e.syscall : '';
    const code = typeof e.code === 'string' ? e.code : '';
    if (!syscall.startsWith('query') && syscall !== 'getHostByAddr')
        return undefined;
    const type = syscall === 'getHostByAddr' ? 'PTR' : syscall.slice('query'.length).toUpperCase();
    const name = e.hostname ?? 'the name';
    const server = dnsServer ?? 'the system\u2019s DNS server';
    if (code === 'ENODATA' && reply && reply.rcode > 5) {
        const rcode = RCODES[reply.rcode];
        const said = rcode ? `${rcode.code} (${rcode.says})` : `rcode ${reply.rcode}, which no standard assigns`;
        return (0,_probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .probeError */ .v)('DNS', rcode?.code ?? 'UNASSIGNED_RCODE', `${name} could not be resolved: ${server} answered the ${type} query with ${said}`, e);
    }
    if (code === 'ECONNREFUSED' && reply?.truncated) {
        return (0,_probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .probeError */ .v)('CONNRESET', 'CONNRESET', `${server} sent a truncated (TC) answer to the ${type} query for ${name}, and the retry over TCP was refused or closed: serve DNS over TCP on the same port, or send shorter answers`, e);
    }
    const answer = ANSWERS[code];
    if (answer) {
        const says = answer.says.replace('{type}', type);
        return (0,_probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .probeError */ .v)('DNS', answer.code, `${name} ${says} (${answer.code} from ${server}, ${type} query)`, e);
    }
    switch (code) {
        case 'ETIMEOUT':
        case 'ECANCELLED':
            return (0,_probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .probeError */ .v)('TIMEOUT', 'REQUEST_TIMEOUT', `No answer from ${server} to the ${type} query for ${name}`, e);
        case 'ECONNREFUSED':
            return (0,_probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .probeError */ .v)('CONNREFUSED', 'CONNREFUSED', `Connection refused by ${server}: no DNS server listens there`, e);
        case 'EOF':
            return (0,_probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .probeError */ .v)('CONNRESET', 'CONNRESET', `${server} closed the connection before answering the ${type} query for ${name}`, e);
        case 'EBADRESP':
            return (0,_probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .probeError */ .v)('MALFORMED_RESPONSE', 'MALFORMED_RESPONSE', `${server} sent an answer to the ${type} query for ${name} that could not be parsed (a compressed name where the record type forbids one, or truncated data)`, e);
        case 'EBADNAME':
        case 'EBADQUERY':
            return new _probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ProbeError */ .B('INVALID_REQUEST', 'INVALID_REQUEST', `"${name}" is not a valid DNS name. Correct the host of the check.`, { cause: e });
        default:
            return undefined;
    }
}


/***/ })

};
