export const id = 890;
export const ids = [890];
export const modules = {

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

/***/ 6890:
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

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/assertions/operators.ts
var operators = __webpack_require__(2760);
// EXTERNAL MODULE: ./src/assertions/pattern.ts
var assertions_pattern = __webpack_require__(8267);
// EXTERNAL MODULE: ./src/assertions/regex.ts
var regex = __webpack_require__(9326);
;// CONCATENATED MODULE: ./src/assertions/dns-records.ts
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
        return (0,operators/* compareEach */.dA)(quantifier, operator, records, target, deadline);
    const values = records.map(String);
    const combine = (results) => ({ passed: quantifier === 'some' ? results.some(Boolean) : results.every(Boolean) });
    const wanted = String(target);
    switch (operator) {
        case 'is':
        case 'isNot': {
            if (kind === 'ipv4' && !(0,external_node_net_.isIPv4)(wanted))
                return { passed: false, message: `${JSON.stringify(wanted)} is not an IPv4 address: an A record is compared as a whole address` };
            if (kind === 'ipv6' && !(0,external_node_net_.isIPv6)(wanted))
                return { passed: false, message: `${JSON.stringify(wanted)} is not an IPv6 address: an AAAA record is compared as a whole address` };
            if (kind === 'ipv4')
                return (0,operators/* compareEach */.dA)(quantifier, operator, records, target, deadline);
            const key = canonical(kind, wanted);
            return combine(values.map((value) => (canonical(kind, value) === key) === (operator === 'is')));
        }
        case 'contains':
        case 'doesNotContain': {
            if (kind === 'ipv4')
                return (0,operators/* compareEach */.dA)(quantifier, operator, records, target, deadline);
            const needle = kind === 'name' ? nameWords(wanted) : asciiLower(wanted);
            return combine(values.map((value) => spellings(kind, value).some((spelling) => spelling.includes(needle)) === (operator === 'contains')));
        }
        case 'matches':
        case 'doesNotMatch': {
            if (kind === 'ipv4')
                return (0,operators/* compareEach */.dA)(quantifier, operator, records, target, deadline);
            let pattern;
            try {
                const written = (0,assertions_pattern/* patternOf */.Id)(wanted);
                pattern = written.flags.includes('i') ? written : new RegExp(written.source, `${written.flags}i`);
            }
            catch (error) {
                return { passed: false, message: `invalid regular expression: ${error.message}` };
            }
            const each = values.map((value) => (0,regex/* testWithin */.u)(pattern, spellings(kind, value), deadline));
            const judge = (found) => found.includes(undefined) ? { passed: false, message: 'the regular expression could not be evaluated on this value' } : combine(found.map((one) => one === (operator === 'matches')));
            return each.some((one) => one instanceof Promise) ? Promise.all(each).then(judge) : judge(each);
        }
        default:
            return (0,operators/* compareEach */.dA)(quantifier, operator, records, target, deadline);
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
    return (0,external_node_net_.isIPv6)(value) ? ipv6Canonical(value) : asciiLower(value);
}
function ipv6Canonical(address) {
    return new URL(`http://[${address.replace(/%.*$/, '')}]`).hostname.slice(1, -1);
}
/** The record as it may be written: canonical first; names also with their final dots; an IPv6 address also expanded. */
function spellings(kind, value) {
    const key = canonical(kind, value);
    if (kind === 'name')
        return [key, key.replace(/(\S)(?=\s|$)/g, (last, _, at, whole) => (/^\d+$/.test(wordAt(whole, at)) ? last : `${last}.`))];
    if (!(0,external_node_net_.isIPv6)(value))
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

;// CONCATENATED MODULE: ./src/assertions/network.ts

/** DNS records of the type the assertion's property names, as strings (format in checks/dns.ts), compared as DNS compares them (dns-records.ts). */
function records(quantifier) {
    const extract = (assertion, observation) => {
        const byType = (observation.values?.records ?? {});
        return byType[String(assertion.property).toUpperCase()];
    };
    const compare = (assertion, actual, target, deadline) => compareRecords(quantifier, String(assertion.property).toUpperCase(), assertion.operator, actual, target, deadline);
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
;// CONCATENATED MODULE: ./src/assertions/index.ts






// assertion type -> how to read its actual value. Types shared by several checks
// (responseTime, header, receivedMessage) read the same Observation field everywhere.
const EXTRACTORS = {
    ...http/* HTTP_EXTRACTORS */.Bv,
    ...ssl/* SSL_EXTRACTORS */.v,
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

/***/ 5687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ LEAF_PROPERTIES),
/* harmony export */   v: () => (/* binding */ SSL_EXTRACTORS)
/* harmony export */ });
const DAY_MS = 24 * 60 * 60 * 1000;
/** What a `property` assertion can read off the leaf certificate. */
const LEAF_PROPERTIES = ['subject', 'issuer', 'san', 'fingerprint256'];
const SSL_EXTRACTORS = {
    certificate: (assertion, observation) => daysUntilExpiry(assertion, leafOf(observation)),
    property: (assertion, observation) => leafProperty(assertion, leafOf(observation)),
    tlsVersion: (assertion, observation) => versionValue(assertion, observation.tls?.version),
    minTlsVersion: (assertion, observation) => versionValue(assertion, observation.values?.minTlsVersion),
};
function leafOf(observation) {
    return observation.tls?.chain[0];
}
/**
 * Days until the leaf expires, to one decimal (negative once it has expired), cut toward the
 * failing side of the assertion: down where more days pass (`isInMoreThan 10` on 9.96 days is
 * 9.9, never 10), up where fewer pass, to the nearest otherwise.
 */
function daysUntilExpiry(assertion, leaf) {
    if (!leaf)
        return undefined;
    const tenths = ((Date.parse(leaf.validTo) - Date.now()) / DAY_MS) * 10;
    return (MORE_PASSES.has(assertion.operator) ? Math.floor(tenths) : LESS_PASSES.has(assertion.operator) ? Math.ceil(tenths) : Math.round(tenths)) / 10;
}
const MORE_PASSES = new Set(['isInMoreThan', 'moreThan', 'moreThanOrEqual']);
const LESS_PASSES = new Set(['isInLessThan', 'lessThan', 'lessThanOrEqual']);
function leafProperty(assertion, leaf) {
    const property = String(assertion.property);
    if (!LEAF_PROPERTIES.includes(property)) {
        throw new Error(`"${property}" is not a certificate property (${LEAF_PROPERTIES.join(', ')})`);
    }
    return leaf?.[property];
}
/**
 * A TLS version as the assertion compares it. Node names TLS 1.0 `TLSv1`; people also write
 * `TLSv1.0`, `1.0` or `1`, and every spelling of one version must compare as that version:
 * `isNot TLSv1.0` passed against Node's `TLSv1`, and `doesNotContain "1.0"` against its number 1.
 * - the number operators compare numbers (1.2);
 * - `is` / `isNot` with a target that names the same version get the target as written (so the
 *   spelling never decides), else the number for a numeric target, else the name;
 * - the text operators read the name with its minor version (`TLSv1.0`), which holds "1.0".
 * A version probegate cannot read as TLS (SSLv3) stays Node's name.
 */
function versionValue(assertion, version) {
    if (version === undefined)
        return undefined;
    const actual = tlsVersion(version);
    if (!actual)
        return version;
    const { operator, target } = assertion;
    if (!TEXT_OR_EQUALITY.has(operator))
        return actual.number;
    if (operator === 'is' || operator === 'isNot') {
        const targetVersion = typeof target === 'number' ? tlsVersion(String(target)) : typeof target === 'string' ? tlsVersion(target) : undefined;
        if (targetVersion?.number === actual.number)
            return target;
        if (typeof target === 'number' || /^\s*\d+(\.\d+)?\s*$/.test(String(target)))
            return actual.number;
    }
    return actual.name;
}
const TEXT_OR_EQUALITY = new Set(['is', 'isNot', 'contains', 'doesNotContain', 'matches', 'doesNotMatch']);
/** `TLSv1`, `TLSv1.0`, `tls 1.2`, `1.3`, `1`: the version's number and its name with the minor version. */
function tlsVersion(text) {
    const match = /^\s*(?:tls\s*v?\s*)?(\d)(?:\.(\d))?\s*$/i.exec(text);
    if (!match)
        return undefined;
    const [, major, minor = '0'] = match;
    return { number: Number(`${major}.${minor}`), name: `TLSv${major}.${minor}` };
}


/***/ })

};
