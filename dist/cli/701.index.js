export const id = 701;
export const ids = [701];
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

/***/ 5001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ HTTP_EXTRACTORS),
/* harmony export */   G3: () => (/* binding */ bodyText),
/* harmony export */   bl: () => (/* binding */ queryJson),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* harmony import */ var _checks_http_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7517);
/* harmony import */ var _json_query_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2570);
/* harmony import */ var _plain_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9205);
/* harmony import */ var _operators_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2760);
/* harmony import */ var _json_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(399);





const HTTP_EXTRACTORS = {
    statusCode: (_, observation) => observation.statusCode,
    responseTime: (_, observation) => observation.timings.total,
    header: (assertion, observation) => observation.headers?.[String(assertion.property).toLowerCase()],
    body: (_, observation, reading) => bodyText(observation, reading),
    jsonpath: (assertion, observation, reading) => queryJson(assertion.path ?? '$', parseJson(observation, reading)),
    // The hash of the body with its Content-Encoding undone: of the file the server serves, as `curl --compressed | sha256sum` gives it.
    bodyHash: (assertion, observation) => {
        const body = readableBody(observation);
        return body ? process.getBuiltinModule('node:crypto').createHash(String(assertion.property)).update(body).digest('hex') : undefined;
    },
    jsonSchema: (assertion, observation, reading) => validity(assertion, observation, reading),
};
/** The body as text (its Content-Encoding undone, decoded per its charset), or a thrown reason why it cannot be judged. */
function bodyText(observation, reading) {
    if (reading.text !== undefined)
        return reading.text;
    const body = readableBody(observation);
    if (!body)
        return undefined;
    const decoded = (0,_checks_http_text_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeText */ .g)(body, observation.headers?.['content-type']);
    if (decoded.problem !== undefined)
        throw new Error(decoded.problem);
    return (reading.text = decoded.text);
}
/** The body, or a thrown reason when it is still encoded with a coding probegate cannot undo. */
function readableBody(observation) {
    if (observation.bodyUnreadable)
        throw new Error(observation.bodyUnreadable);
    return observation.body;
}
/** The body as JSON, or a thrown explanation the evaluator reports as the assertion's message. */
function parseJson(observation, reading) {
    let document = reading.document;
    if (!document) {
        const text = bodyText(observation, reading) ?? '';
        try {
            document = { json: JSON.parse(text) };
        }
        catch {
            document = { notJson: `the body is not JSON (starts with ${JSON.stringify(text.slice(0, 40))})` };
        }
        reading.document = document;
    }
    if ('notJson' in document)
        throw new Error(document.notJson);
    return document.json;
}
/**
 * The value at a JSONPath: one match gives the value, several a list marked as such (operators.ts
 * several), none undefined. One list matched by a path that may select several is marked too, as
 * the path's one value: `elements` then judges `$.items[*].tags` per item whether one item or two.
 */
function queryJson(path, json) {
    const matches = (0,_json_query_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonQuery */ .p)(path)(json);
    if (matches.length === 0)
        return undefined;
    if (matches.length > 1 || (Array.isArray(matches[0]) && (0,_plain_path_js__WEBPACK_IMPORTED_MODULE_4__/* .maySelectSeveral */ .iz)(path)))
        return (0,_operators_js__WEBPACK_IMPORTED_MODULE_2__/* .several */ .J$)(matches);
    return matches[0];
}
/** `valid`, or the schema errors joined (src/assertions/json-schema.ts). */
function validity(assertion, observation, reading) {
    return (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaErrors */ .d0)(assertion.target, parseJson(observation, reading));
}


/***/ }),

/***/ 1232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ evaluate)
});

// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/assertions/http.ts
var http = __webpack_require__(5001);
;// CONCATENATED MODULE: ./src/assertions/grpc.ts

const GRPC_EXTRACTORS = {
    grpcHealthcheckStatus: (_, observation) => observation.values?.grpcHealthcheckStatus,
    /** Response metadata, headers and trailers, by lower-case key. */
    grpcMetadata: (assertion, observation) => observation.values?.grpcMetadata?.[String(assertion.property).toLowerCase()],
    /** The response message as JSON: the value at `path`, or the whole message without one. */
    grpcProto: (assertion, observation) => {
        const response = observation.values?.grpcResponse;
        return assertion.path && response !== undefined ? (0,http/* queryJson */.bl)(assertion.path, response) : response;
    },
};

// EXTERNAL MODULE: ./src/assertions/dns-records.ts
var dns_records = __webpack_require__(2841);
;// CONCATENATED MODULE: ./src/assertions/network.ts

/** DNS records of the type the assertion's property names, as strings (format in checks/dns.ts), compared as DNS compares them (dns-records.ts). */
function records(quantifier) {
    const extract = (assertion, observation) => {
        const byType = (observation.values?.records ?? {});
        return byType[String(assertion.property).toUpperCase()];
    };
    const compare = (assertion, actual, target, deadline) => (0,dns_records/* compareRecords */.a)(quantifier, String(assertion.property).toUpperCase(), assertion.operator, actual, target, deadline);
    return Object.assign(extract, { quantifier, compare });
}
function value(name) {
    return (_, observation) => observation.values?.[name];
}
const NETWORK_EXTRACTORS = {
    recordSome: records('some'),
    recordEvery: records('every'),
    connection: value('connection'),
    receivedMessage: value('receivedMessage'),
    packetLossPercentage: value('packetLossPercentage'),
    packetsReceived: value('packetsReceived'),
    latency: (assertion, observation) => observation.values?.latency?.[String(assertion.property)],
};

// EXTERNAL MODULE: ./src/assertions/ssl.ts
var ssl = __webpack_require__(5687);
// EXTERNAL MODULE: ./src/assertions/operators.ts
var operators = __webpack_require__(2760);
;// CONCATENATED MODULE: ./src/assertions/index.ts






// assertion type -> how to read its actual value. Types shared by several checks
// (responseTime, header, receivedMessage) read the same Observation field everywhere.
const EXTRACTORS = {
    ...http/* HTTP_EXTRACTORS */.Bv,
    ...ssl/* SSL_EXTRACTORS */.vQ,
    ...NETWORK_EXTRACTORS,
    ...GRPC_EXTRACTORS,
};
/**
 * Evaluates every assertion (not just up to the first failure). A promise only when a regex runs
 * in the worker; it rejects with TIMEOUT:OVERALL_TIMEOUT when the regex is still running at the
 * deadline (default: 60 s from each regex test).
 */
function evaluate(assertions, observation, deadline) {
    const reading = (observation.bodyReading ??= {});
    const results = assertions.map((assertion) => evaluateOne(assertion, observation, deadline, reading));
    return results.some((r) => r instanceof Promise) ? Promise.all(results) : results;
}
function evaluateOne(assertion, observation, deadline, reading) {
    const extract = EXTRACTORS[assertion.type];
    if (!extract)
        return result(assertion, { actual: undefined }, { passed: false, message: `assertion type ${assertion.type} is not supported` });
    let actual;
    try {
        actual = extract(assertion, observation, reading);
    }
    catch (error) {
        return result(assertion, { actual: undefined }, { passed: false, message: error.message });
    }
    // A jsonSchema assertion's target is the schema; what it compares is whether the body is valid.
    const target = assertion.type === 'jsonSchema' ? 'valid' : assertion.target;
    let comparison;
    try {
        comparison = extract.compare
            ? extract.compare(assertion, actual, target, deadline)
            : extract.quantifier
                ? (0,operators/* compareEach */.dA)(extract.quantifier, assertion.operator, actual, target, deadline)
                : (0,operators/* compareValue */.$R)(assertion.operator, actual, target, assertion.elements, deadline);
    }
    catch (error) {
        // A value too deep for JSON's own writer, say: the assertion fails, saying so, not the run.
        comparison = { passed: false, message: `the value could not be compared: ${error.message}` };
    }
    const shown = kept(assertion, actual, observation.body);
    return comparison instanceof Promise ? comparison.then((c) => result(assertion, shown, c)) : result(assertion, shown, comparison);
}
/**
 * What a result keeps of the actual value it was judged on, for the rest of the run and the
 * report: all of it up to EXCERPT_BYTES; of a longer one its start and its whole size. A body
 * assertion keeps the body's first bytes; any other value over the size (a long header or JSON
 * string, a JSON subtree such as `$.items`) keeps the start of its text, a string's own or the
 * value's JSON. Otherwise every check of a run would hold, and report, what its paths select.
 */
function kept(assertion, actual, body) {
    // The body's text (decoded per its charset): its start, and the size of the body (its Content-Encoding undone).
    if (assertion.type === 'body' && body && typeof actual === 'string') {
        return body.length > src_text/* EXCERPT_BYTES */.mj ? { actual: (0,src_text/* utf8Start */.w0)(actual.slice(0, src_text/* EXCERPT_BYTES */.mj), src_text/* EXCERPT_BYTES */.mj), actualTotalBytes: body.length } : { actual };
    }
    const text = typeof actual === 'string' ? actual : typeof actual === 'object' && actual !== null ? jsonText(actual) : undefined;
    // A value JSON cannot write (nested past its writer's depth) is not kept: every later walk of it would fail too.
    if (text === undefined && typeof actual === 'object' && actual !== null)
        return { actual: '(a value nested too deep to show)' };
    // A UTF-16 unit takes at most 3 bytes of UTF-8: a text of a third of the size cannot be over it.
    if (text === undefined || text.length <= src_text/* EXCERPT_BYTES */.mj / 3)
        return { actual };
    const bytes = Buffer.byteLength(text);
    return bytes > src_text/* EXCERPT_BYTES */.mj ? { actual: (0,src_text/* utf8Start */.w0)(text, src_text/* EXCERPT_BYTES */.mj), actualTotalBytes: bytes } : { actual };
}
/** A value's JSON text; undefined for one JSON cannot write. */
function jsonText(value) {
    try {
        return JSON.stringify(value);
    }
    catch {
        return undefined;
    }
}
function result(assertion, shown, { passed, message }) {
    const judged = {
        type: assertion.type,
        operator: assertion.operator,
        target: assertion.target,
        property: assertion.property,
        path: assertion.path,
        line: assertion.location.line,
        actual: shown.actual,
        passed,
    };
    if (shown.actualTotalBytes !== undefined)
        judged.actualTotalBytes = shown.actualTotalBytes;
    if (assertion.implicit)
        judged.implicit = true;
    if (message)
        judged.message = message;
    return judged;
}


/***/ }),

/***/ 2570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ jsonQuery)
/* harmony export */ });
/* harmony import */ var _libraries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8880);
/* harmony import */ var _plain_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9205);
// JSONPath queries, read once per expression rather than once per check. A path of plain names
// and indexes ($.status, $.items[0].id), what manifests mostly hold, becomes a walk of own
// properties: exactly what jsonpath-plus does for such a path, without its parsing, tracing and
// result objects on every check, and without loading it at all. Any other path (wildcards,
// slices, recursive descent, unions, quoted names) is left to jsonpath-plus, with eval: false: a
// filter or script expression throws instead of running (the manifest refuses them at load).


// Paths come from the manifest, and a multistep step may bind variables into one per attempt:
// past this many, a path is compiled for each use instead of kept.
const MAX_KEPT = 1000;
const kept = new Map();
/** The query for a JSONPath, compiled on its first use. */
function jsonQuery(path) {
    let query = kept.get(path);
    if (query === undefined) {
        query = compile(path);
        if (kept.size < MAX_KEPT)
            kept.set(path, query);
    }
    return query;
}
function compile(path) {
    const general = (json) => {
        if (!json)
            throw falsyDocument(json, path);
        return (0,_libraries_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonPathPlus */ .i_)().JSONPath({ path, json: json, wrap: true, eval: false });
    };
    const names = (0,_plain_path_js__WEBPACK_IMPORTED_MODULE_1__/* .plainPathNames */ .cv)(path);
    if (names === undefined)
        return general;
    return (json) => {
        if (!json)
            throw falsyDocument(json, path);
        let value = json;
        for (const name of names) {
            if (!value || !Object.hasOwn(value, name))
                return [];
            value = value[name];
        }
        return [value];
    };
}
/**
 * jsonpath-plus reads no falsy document (null, 0, false, ""): it answers nothing at all, not an
 * empty list. Still a failure of whatever reads it (a body of null is no reason for doesNotExist
 * to pass), said as it is rather than as the TypeError the reader would otherwise throw.
 */
function falsyDocument(json, path) {
    return new Error(`the JSON document is ${JSON.stringify(json)}, which ${path} cannot be read in`);
}


/***/ }),

/***/ 7701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_MESSAGE_BYTES: () => (/* binding */ MAX_MESSAGE_BYTES),
  websocketCheck: () => (/* binding */ websocketCheck)
});

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
// EXTERNAL MODULE: ./node_modules/ws/wrapper.mjs
var wrapper = __webpack_require__(2977);
// EXTERNAL MODULE: ./src/errors/probe-error.ts
var probe_error = __webpack_require__(8590);
// EXTERNAL MODULE: ./src/net/proxy-env.ts + 1 modules
var proxy_env = __webpack_require__(9685);
// EXTERNAL MODULE: ./src/net/tls.ts
var tls = __webpack_require__(7638);
// EXTERNAL MODULE: ./src/checks/http.ts + 4 modules
var http = __webpack_require__(2626);
// EXTERNAL MODULE: ./src/net/cookies.ts
var cookies = __webpack_require__(1020);
// EXTERNAL MODULE: ./src/checks/ip-family.ts
var ip_family = __webpack_require__(6169);
// EXTERNAL MODULE: ./src/checks/proxy.ts
var proxy = __webpack_require__(6597);
// EXTERNAL MODULE: ./src/checks/tls-settings.ts
var tls_settings = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/checks/types.ts
var types = __webpack_require__(6468);
// EXTERNAL MODULE: ./src/assertions/index.ts + 2 modules
var assertions = __webpack_require__(1232);
// EXTERNAL MODULE: ./src/manifest/assertion-targets.ts + 1 modules
var assertion_targets = __webpack_require__(8603);
// EXTERNAL MODULE: ./src/manifest/duration.ts
var duration = __webpack_require__(7197);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/checks/websocket-conversation.ts






// A receive without `within` waits for the rest of the attempt, less this margin, so that a
// message that never comes is reported as such rather than as the attempt's timeout.
const WITHIN_MARGIN_MS = 25;
/** The `messages` of a websocket request, with their assertions located in the manifest. */
function prepareTurns(raw, context) {
    const list = Array.isArray(raw) ? raw : [];
    const turns = list.map((turn, index) => {
        const path = ['request', 'messages', index];
        if (typeof turn.send === 'string')
            return { send: turn.send };
        const receive = (turn.receive ?? {});
        const assertions = (key) => (Array.isArray(receive[key]) ? receive[key] : []).map((a, i) => assertionAt(a, [...path, 'receive', key, i], context));
        try {
            return { receive: { assertions: assertions('assertions'), until: assertions('until'), withinMs: receive.within === undefined ? undefined : (0,duration/* parseDuration */.E9)(receive.within, 0), line: context.locate(path).line } };
        }
        catch (error) {
            if (error instanceof types/* InvalidField */.u)
                throw error;
            throw new types/* InvalidField */.u([...path, 'receive', 'within'], error.message);
        }
    });
    // A websocket check always waits for a message after sending (SPEC \u00a71): a conversation that ends
    // with sends (or has no turn) waits for one more message, which the check's own assertions judge.
    const lastSend = turns.findLastIndex((turn) => 'send' in turn);
    const answered = turns.some((turn, index) => index > lastSend && 'receive' in turn);
    if (!answered) {
        const line = context.locate(lastSend >= 0 ? ['request', 'messages', lastSend] : ['request', 'messages']).line;
        turns.push({ receive: { assertions: [], until: [], line, implicit: true } });
    }
    return turns;
}
/** A turn's assertion, checked as a check's own are (its operator, its target: a pattern is text, a time a number). */
function assertionAt(raw, path, context) {
    const operator = raw.operator;
    const target = (0,assertion_targets/* checkAssertion */.nD)({ type: String(raw.type), operator, target: raw.target, property: raw.property, elements: raw.elements }, path);
    if (raw.elements !== undefined && raw.elements !== 'every' && raw.elements !== 'some') {
        throw new types/* InvalidField */.u([...path, 'elements'], `must be every or some, not ${JSON.stringify(raw.elements)}`);
    }
    return {
        type: String(raw.type),
        operator,
        target,
        ...(typeof raw.property === 'string' ? { property: raw.property } : {}),
        ...(raw.elements === 'every' || raw.elements === 'some' ? { elements: raw.elements } : {}),
        location: context.locate(path),
    };
}
/** Collects messages as they come, so none is lost between turns. */
class Inbox {
    queue = [];
    waiter;
    closed = false;
    constructor(socket, decode) {
        socket.on('message', (data) => {
            const text = decode(data);
            if (this.waiter)
                this.waiter(text);
            else
                this.queue.push(text);
        });
    }
    /**
     * The attempt is over (its deadline, an error, the socket closed): the wait in progress ends now
     * and its timer with it, so that no timer of a finished check keeps the process alive.
     */
    close() {
        this.closed = true;
        this.waiter?.(undefined);
    }
    /** The next message, or undefined when none comes within `withinMs` (at once once closed). */
    next(withinMs) {
        const queued = this.queue.shift();
        if (queued !== undefined)
            return Promise.resolve(queued);
        if (this.closed)
            return Promise.resolve(undefined);
        return new Promise((resolve) => {
            const timer = setTimeout(() => settle(undefined), withinMs);
            const settle = (message) => {
                clearTimeout(timer);
                this.waiter = undefined;
                resolve(message);
            };
            this.waiter = settle;
        });
    }
}
async function converse(turns, socket, inbox, context, handshake) {
    const observed = (message) => observedAt(message, handshake, context);
    const results = [];
    let last;
    for (const [index, turn] of turns.entries()) {
        if ('send' in turn) {
            socket.send(turn.send);
            continue;
        }
        const { receive } = turn;
        const withinMs = receive.withinMs ?? Math.max(0, context.deadline.remainingMs() - WITHIN_MARGIN_MS);
        const endsAt = performance.now() + withinMs;
        context.timer.waitingFor(`message ${index + 1} of the conversation`);
        // A regex in the worker is bounded by the attempt's own deadline, as a check's assertions are.
        const deadline = { at: performance.now() + context.deadline.remainingMs(), limitMs: context.deadline.limitMs };
        for (;;) {
            const message = await inbox.next(Math.max(0, endsAt - performance.now()));
            if (message === undefined) {
                results.push(...(await (0,assertions/* evaluate */._)(receive.until, observed(last), deadline)).map((r) => ({ ...r, passed: false })));
                return { last, assertions: results, failure: neverCame(index, receive, withinMs, last) };
            }
            last = message;
            if (receive.until.length > 0 && !(await (0,assertions/* evaluate */._)(receive.until, observed(message), deadline)).every((r) => r.passed))
                continue;
            results.push(...(await (0,assertions/* evaluate */._)(receive.assertions, observed(message), deadline)));
            break;
        }
    }
    return { last, assertions: results };
}
/**
 * What a turn's assertions are judged on: the message, the handshake's headers (as for the
 * check's own `header` assertions) and the time from the attempt's start to now (`responseTime`).
 */
function observedAt(message, handshake, context) {
    return {
        timings: context.timer.timings(),
        statusCode: 101,
        headers: { ...handshake.headers },
        ...(message === undefined ? {} : { values: { receivedMessage: message } }),
    };
}
function neverCame(index, receive, withinMs, last) {
    const lastText = last === undefined ? 'no message was received' : `the last message received was ${JSON.stringify((0,src_text/* truncate */.xv)(last, 200))}`;
    if (receive.implicit) {
        return (0,probe_error/* probeError */.v)('INCORRECT_ASSERTION', 'INCORRECT_ASSERTION', `No message came within ${Math.round(withinMs)} ms after the last send (line ${receive.line}): a websocket check waits for an answer to what it sends; ${lastText}`);
    }
    const what = receive.until.length > 0 ? 'no message satisfied its `until` assertions' : 'no message came';
    return (0,probe_error/* probeError */.v)('INCORRECT_ASSERTION', 'INCORRECT_ASSERTION', `Receive turn ${index + 1} (line ${receive.line}): ${what} within ${Math.round(withinMs)} ms; ${lastText}`);
}

;// CONCATENATED MODULE: ./src/checks/websocket.ts
// The websocket check: opens a WebSocket on a fresh connection (timed from its socket's events),
// sends `message` if any, and waits for the first message from the server.













/** The longest first message accepted; a longer one is WEBSOCKET:MESSAGE_TOO_LONG. */
const MAX_MESSAGE_BYTES = 50 * 1024;
const EXCERPT_CHARS = 2000;
const CREDENTIAL_STATUSES = new Set([401, 403, 407]);
const websocketCheck = {
    type: 'websocket',
    prepare(check, context) {
        const raw = check.request;
        // http(s):// means ws(s)://, so one {{ BASE_URL }} serves both.
        const url = (0,http.parseUrl)(raw.url, ['request', 'url'], ['ws:', 'wss:', 'http:', 'https:']);
        if (url.protocol === 'http:' || url.protocol === 'https:')
            url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
        if (raw.message !== undefined && raw.messages !== undefined) {
            throw new types/* InvalidField */.u(['request', 'messages'], 'give either `message` (one send, then the first message) or `messages` (a conversation), not both');
        }
        const headers = (0,http.lowerCaseKeys)(raw.headers ?? {});
        const auth = raw.auth;
        (0,http.applyAuth)(headers, auth);
        const request = {
            url,
            headers,
            message: typeof raw.message === 'string' ? raw.message : undefined,
            ...(raw.messages !== undefined ? { turns: prepareTurns(raw.messages, context) } : {}),
            tls: (0,tls_settings/* readTlsSettings */.V)(raw.tls, ['request', 'tls'], context),
            sendsCredentials: (0,http.sendsCredentials)(headers, auth),
            proxy: (0,proxy/* readProxyChoice */.yG)(raw.proxy, url, context.proxyEnvironment),
            ipFamily: (0,ip_family/* readIpFamily */.Y)(check, url.hostname),
        };
        return { request, target: url.href };
    },
    run: runWebSocket,
};
async function runWebSocket(request, context) {
    const { timer, signal } = context;
    if (request.url.protocol === 'wss:')
        timer.expectTls();
    const route = (0,proxy_env/* proxyFor */.iJ)(request.url, request.proxy);
    if (route)
        context.throughProxy((0,proxy_env/* describeProxy */.GK)(route.url));
    const connection = {};
    const tunnel = route ? await (0,proxy/* tunnelTo */.ar)(route) : undefined;
    const jar = context.session?.cookies;
    const jarUrl = new URL(request.url.href.replace(/^ws/, 'http'));
    const cookie = [request.headers.cookie, jar?.cookieHeader(jarUrl)].filter(Boolean).join('; ');
    const socket = new wrapper/* default */.Ay(request.url, {
        headers: { ...request.headers, ...(cookie ? { cookie } : {}) },
        maxPayload: MAX_MESSAGE_BYTES,
        followRedirects: false,
        createConnection: timedConnection(request, context, connection, tunnel),
    });
    let headers = {};
    const inbox = request.turns ? new Inbox(socket, messageText) : undefined;
    return new Promise((resolve, reject) => {
        const finish = (settle) => {
            signal.removeEventListener('abort', onAbort);
            // Its wait for a message, and that wait's timer, end with the attempt.
            inbox?.close();
            socket.removeAllListeners('close');
            socket.terminate();
            settle();
        };
        const onAbort = () => finish(() => reject(signal.reason));
        if (signal.aborted)
            return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        socket.on('error', (error) => finish(() => reject(error)));
        socket.once('unexpected-response', (handshake, response) => {
            handshake.destroy();
            const rejected = credentialsRejected(request, response);
            if (!rejected)
                return finish(() => reject(handshakeRejected(request, response)));
            // Judged by the engine as for http: AUTHENTICATION_ERROR unless a statusCode assertion expected it.
            const observed = { timings: timer.timings(), statusCode: response.statusCode, headers: flattenHeaders(response.headers), tls: connection.tls };
            finish(() => resolve({ ...observed, credentialsRejected: rejected, error: handshakeRejected(request, response) }));
        });
        let setCookie = [];
        socket.once('upgrade', (response) => {
            timer.mark('firstByte');
            headers = flattenHeaders(response.headers);
            setCookie = (0,cookies/* setCookieLines */.oD)(response.headers['set-cookie']);
            jar?.store(jarUrl, setCookie);
        });
        const observed = (conversation) => ({
            timings: timer.timings(),
            protocol: 'http/1.1',
            statusCode: 101,
            headers,
            tls: connection.tls,
            values: { setCookie, ...(conversation.last !== undefined ? { receivedMessage: conversation.last } : {}) },
            ...(conversation.last !== undefined ? { excerpt: conversation.last.slice(0, EXCERPT_CHARS) } : {}),
            ...(conversation.assertions.length > 0 ? { assertions: conversation.assertions } : {}),
            ...(conversation.failure ? { error: conversation.failure } : {}),
        });
        if (request.turns && inbox) {
            socket.once('open', () => {
                converse(request.turns, socket, inbox, context, { headers }).then((conversation) => {
                    timer.mark('end');
                    finish(() => resolve(observed(conversation)));
                }, (error) => finish(() => reject(error)));
            });
        }
        else {
            socket.once('open', () => {
                timer.waitingFor('the first message from the server');
                if (request.message !== undefined)
                    socket.send(request.message);
            });
            socket.once('message', (data) => {
                timer.mark('end');
                const text = messageText(data);
                finish(() => resolve(observed({ last: text, assertions: [] })));
            });
        }
        // ws swallows an error of the socket after the upgrade (a reset) and reports only close 1006:
        // the root cause is the socket's error (CONNRESET), as SPEC \u00a72's precedence asks.
        socket.once('close', (code, reason) => finish(() => reject(code === 1006 && connection.socketError ? connection.socketError : closedEarly(request, code, reason.toString()))));
    });
}
/**
 * ws's connection factory (node:http calls it with a callback), with the check's TLS options,
 * IP family and the socket's events as timing marks; through a proxy, a CONNECT tunnel first.
 */
function timedConnection(request, context, connection, tunnel) {
    const { timer } = context;
    const secure = request.url.protocol === 'wss:';
    return (options, created) => {
        // `path` is the URL path here, but node:net would read it as a Unix socket path.
        const target = { ...options, path: undefined, ...(request.ipFamily ? { family: request.ipFamily } : {}) };
        const host = target.host ?? request.url.hostname;
        const tlsOptions = { ...(0,tls/* tlsConnectionOptions */.mw)(request.tls, host), ALPNProtocols: ['http/1.1'] };
        const watch = (socket) => socket.on('error', (error) => (connection.socketError ??= error));
        const timeTls = (socket) => watch(socket).once('secureConnect', () => {
            timer.mark('tlsDone');
            connection.tls = (0,tls/* observeTls */.Q3)(socket);
        });
        if (tunnel) {
            const port = Number(request.url.port) || (secure ? 443 : 80);
            tunnel({ host: request.url.hostname.replace(/^\[|\]$/g, ''), port }, context, request.ipFamily).then((raw) => created(null, secure ? timeTls(external_node_tls_default().connect({ ...tlsOptions, socket: raw })) : watch(raw)), (error) => created(error));
            return undefined;
        }
        const socket = watch(secure ? external_node_tls_default().connect({ ...target, ...tlsOptions }) : external_node_net_default().connect(target));
        socket.once('lookup', (error) => error || timer.mark('dnsDone'));
        socket.once('connect', () => timer.mark('connectDone'));
        if (secure)
            timeTls(socket);
        return socket;
    };
}
function credentialsRejected(request, response) {
    const status = response.statusCode ?? 0;
    if (!request.sendsCredentials || !CREDENTIAL_STATUSES.has(status))
        return undefined;
    return { status, message: `The server answered ${statusLine(response)} to the WebSocket handshake with the credentials the check sent (${request.url.href})` };
}
function handshakeRejected(request, response) {
    if (response.statusCode === 101) {
        return (0,probe_error/* probeError */.v)('WEBSOCKET', 'WEBSOCKET', `The server answered 101 Switching Protocols without \`Upgrade: websocket\`: ${request.url.href} did not open a WebSocket`);
    }
    return (0,probe_error/* probeError */.v)('WEBSOCKET', 'WEBSOCKET', `The server answered ${statusLine(response)} instead of 101 Switching Protocols: ${request.url.href} did not open a WebSocket`);
}
function statusLine(response) {
    return `${response.statusCode} ${response.statusMessage ?? ''}`.trim();
}
function closedEarly(request, code, reason) {
    const how = reason ? `code ${code}, "${reason}"` : `code ${code}`;
    const before = request.turns ? 'before the conversation was over' : 'before sending a message';
    return (0,probe_error/* probeError */.v)('WEBSOCKET', 'WEBSOCKET', `The server closed the WebSocket (${how}) ${before} on ${request.url.href}`);
}
function messageText(data) {
    if (Array.isArray(data))
        return Buffer.concat(data).toString('utf8');
    return Buffer.from(data).toString('utf8');
}
function flattenHeaders(headers) {
    const flat = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined)
            flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return flat;
}


/***/ })

};
