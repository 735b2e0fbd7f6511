export const id = 62;
export const ids = [62];
export const modules = {

/***/ 6472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ assertionSubject),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   vp: () => (/* binding */ showValue)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8992);

const VALUE_CHARS = 201; // 200 characters and the ellipsis
/** What the assertion looks at: `header content-type`, `jsonpath $.state`. */
function assertionSubject(result) {
    return [result.type, result.property, result.path].filter(Boolean).join(' ');
}
/** A target or actual value as text: strings as they are, anything else as JSON, nothing as `nothing`. */
function showValue(value, max = VALUE_CHARS) {
    if (value === undefined)
        return 'nothing';
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(text, max);
}
/** `statusCode: expected is \`200\`, actual \`503\`` and why, when more than that is needed. */
function describeFailure(result) {
    const expected = result.operator === 'doesNotExist' ? 'doesNotExist' : `${result.operator} \`${showValue(result.target)}\``;
    const why = result.message ? ` (${result.message})` : '';
    return `${assertionSubject(result)}: expected ${expected}, actual \`${showValue(result.actual)}\`${why}`;
}


/***/ }),

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

/***/ 7062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RUN_HELP: () => (/* binding */ RUN_HELP),
  loadForRun: () => (/* binding */ loadForRun),
  printAndWrite: () => (/* binding */ printAndWrite),
  printRun: () => (/* binding */ printRun),
  runAndReport: () => (/* binding */ runAndReport),
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: ./src/manifest/load.ts + 8 modules
var load = __webpack_require__(3708);
// EXTERNAL MODULE: ./src/errors/label.ts
var label = __webpack_require__(9589);
// EXTERNAL MODULE: ./src/errors/taxonomy.ts
var taxonomy = __webpack_require__(2516);
;// CONCATENATED MODULE: ./src/report/escape.ts
// Everything a server or a manifest sent is escaped before it reaches Markdown or HTML: no
// tags, no tables broken open, no @-mentions or #-references that notify people, no terminal
// control sequences or bidirectional overrides that hide what the text says.
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// C0/C1 controls but tab and line breaks (ANSI escapes start with ESC), zero-width and
// bidirectional formatting characters ("Trojan Source").
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const REPLACEMENT = '\uFFFD';
// Breaks a mention or an issue reference without changing what a reader sees.
const ZERO_WIDTH_SPACE = '\u200b';
/** Removes characters a reader cannot see but a terminal or a renderer acts on. */
function stripInvisible(text) {
    return text.replace(INVISIBLE, REPLACEMENT);
}
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => HTML[c]);
}
/** Text inside an HTML element GitHub does not parse as Markdown, such as `<summary>`. */
function escapeHtmlText(text) {
    return breakReferences(escapeHtml(stripInvisible(text)).replace(/\r\n|\r|\n/g, ' '));
}
// Any character or sequence one of escapeMarkdown's steps would change (a superset: tab and line
// breaks, `://` and `www.` wherever they stand). Text without one, most check names, is returned
// as it is without running the steps: a summary of 5,000 checks escapes 10,000 cells.
const MARKDOWN_UNSAFE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\\`*_[\]|~$&<>"'@#]|:\/\/|www\./i;
/** Text for a Markdown table cell or paragraph: HTML-escaped, Markdown syntax neutralised, one line. */
function escape_escapeMarkdown(text) {
    return MARKDOWN_UNSAFE.test(text) ? escapeMarkdownSteps(text) : text;
}
/** escapeMarkdown's steps, whatever the text holds (exported for the test that the shortcut changes nothing). */
function escapeMarkdownSteps(text) {
    const markdown = stripInvisible(text)
        .replace(/\r\n|\r|\n/g, ' ')
        // What can act in the middle of a line: emphasis, code, links and images, table cells,
        // strike-through, math. (We never start a line with untrusted text.)
        .replace(/([\\`*_[\]|~$])/g, '\\$1');
    return breakReferences(breakAutolinks(escapeHtml(markdown)));
}
/**
 * GitHub links `http://\u2026` and `www.\u2026` in text as they stand in the source, before backslash
 * escapes and entities are read: an escaped `a\_b` in such a link shows its backslash. The
 * `:` of `://` and the `.` of `www.` as entities start no link, and the text reads the same.
 */
function breakAutolinks(text) {
    return text.replace(/:(?=\/\/)/g, '&#58;').replace(/\b(www)\./gi, '$1&#46;');
}
/** `@name` and `#123` stay readable but no longer notify anyone or cross-reference an issue. */
function breakReferences(text) {
    return text.replace(/@/g, `@${ZERO_WIDTH_SPACE}`).replace(/(?<!&)#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`);
}
/** Inline code that stays inline code whatever the text holds (backticks, pipes, tags). */
function escape_inlineCode(text) {
    return `<code>${escape_escapeMarkdown(text)}</code>`;
}
/**
 * A preformatted block for multi-line text such as a response excerpt. Inside `<pre>` GitHub
 * neither parses Markdown nor links mentions; escaping `<` and `&` keeps the block closed
 * and `@` and `|` are written as entities so no raw mention or table row is left in the source.
 */
function escape_preformatted(text) {
    const body = escapeHtml(stripInvisible(text))
        .replace(/\r\n?/g, '\n')
        .replace(/@/g, '&#64;')
        .replace(/\|/g, '&#124;');
    return `<pre>\n${body}\n</pre>`;
}

;// CONCATENATED MODULE: ./src/report/waterfall.ts
const PHASES = [
    ['dns', 'DNS'],
    ['connect', 'connect'],
    ['tls', 'TLS'],
    ['firstByte', 'first byte'],
    ['download', 'download'],
];
const LABEL_WIDTH = Math.max(...PHASES.map(([, label]) => label.length), 'total'.length);
// Left-aligned eighths of a cell, for the end of a bar.
const EIGHTHS = ['', '\u258f', '\u258e', '\u258d', '\u258c', '\u258b', '\u258a', '\u2589'];
const FULL = '\u2588';
/**
 * One line per phase that completed (`DNS  \u2588\u2588\u258d      12.3 ms`), then the total. Phases that
 * did not happen are left out; without any timing at all the result is empty.
 */
function waterfall_renderWaterfall(timings, options = {}) {
    const width = Math.max(10, options.width ?? 40);
    const phases = PHASES.filter(([key]) => typeof timings[key] === 'number');
    const phaseSum = phases.reduce((sum, [key]) => sum + timings[key], 0);
    const total = Math.max(timings.total ?? 0, phaseSum);
    if (phases.length === 0 && timings.total === undefined)
        return [];
    const figures = [...phases.map(([key]) => timings[key]), timings.total ?? phaseSum].map(formatMs);
    const figureWidth = Math.max(...figures.map((f) => f.length));
    const lines = [];
    let start = 0;
    for (const [index, [key, label]] of phases.entries()) {
        const duration = timings[key];
        lines.push(line(label, bar(start, duration, total, width), figures[index], width, figureWidth));
        start += duration;
    }
    lines.push(line('total', bar(0, total, total, width), figures.at(-1), width, figureWidth));
    return lines;
}
/** A bar from `start` for `duration`, in a row of `width` cells that stands for `total`. */
function bar(start, duration, total, width) {
    if (total <= 0)
        return '';
    const offset = Math.min(width - 1, Math.floor((start / total) * width));
    const eighths = Math.max(1, Math.round((duration / total) * width * 8));
    const cells = Math.min(eighths, (width - offset) * 8);
    return ' '.repeat(offset) + FULL.repeat(Math.floor(cells / 8)) + EIGHTHS[cells % 8];
}
function line(label, drawn, figure, width, figureWidth) {
    return `${label.padEnd(LABEL_WIDTH)}  ${drawn.padEnd(width)}  ${figure.padStart(figureWidth)}`;
}
/** `0.4 ms`, `12.3 ms`, `250 ms`, `12.5 s`: three significant figures or so, never `100.0 ms`. */
function formatMs(ms) {
    if (Math.round(ms) >= 10_000)
        return `${(ms / 1000).toFixed(1)} s`;
    if (Math.round(ms * 10) >= 1000)
        return `${Math.round(ms)} ms`;
    return `${ms.toFixed(1)} ms`;
}
/** formatMs with a non-breaking space, for Markdown: a narrow table column never splits `12.2 ms` over two lines. */
function waterfall_formatMsUnbroken(ms) {
    return formatMs(ms).replace(' ', '\u00a0');
}

;// CONCATENATED MODULE: ./src/report/steps.ts
// The steps of a multistep check in reports: the failing step, the annotation title
// (`check \u203a step`), and the steps with their status and time as a Markdown table or text lines.


const STEP_STATUS = {
    passed: '\u2705 passed',
    failed: '\u274c failed',
    allowed_failure: '\u26a0\ufe0f allowed failure',
    not_run: '\u23ed\ufe0f not run',
};
/** The step whose failure is the check's error, if any. */
function failingStep(result) {
    const index = result.error?.step?.index;
    return index === undefined ? undefined : result.steps?.[index];
}
/** The check's name, then the failing step's: `Checkout \u203a Create order`. */
function checkTitle(result) {
    const step = result.error?.step;
    return step ? `${result.check.name} \u203a ${step.name}` : result.check.name;
}
/** Where a person looks first: the failing step's line, else the check's. */
function steps_stepLocation(result) {
    return failingStep(result)?.location ?? result.check.location;
}
/** Steps that failed but were allowed to. */
function allowedFailures(result) {
    return (result.steps ?? []).filter((step) => step.status === 'allowed_failure');
}
/** The steps as a Markdown table, for a multistep check that failed or had an allowed failure. */
function steps_stepsTable(result, cell) {
    if (!result.steps || (!result.error && allowedFailures(result).length === 0))
        return undefined;
    const rows = result.steps.map((step, index) => {
        // A label is CATEGORY[:CODE], nothing Markdown would read.
        const error = step.error ? errorLabel(step.error) : '';
        const attempts = step.attempts > 1 ? ` (${step.attempts} attempts)` : '';
        return `| ${index + 1} | ${cell(step.name)} | ${step.type} | ${STEP_STATUS[step.status]}${attempts} | ${error} | ${stepTime(step, formatMsUnbroken)} | ${step.location.line} |`;
    });
    return ['| # | Step | Type | Status | Error | Time | Line |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}
/** The steps as plain text lines (terminal, JUnit). */
function stepsText(result) {
    if (!result.steps || (!result.error && allowedFailures(result).length === 0))
        return [];
    return result.steps.map((step, index) => {
        const status = STEP_STATUS[step.status].replace(/^\S+ /, '');
        const error = step.error ? `  ${(0,label/* errorLabel */.V)(step.error)}` : '';
        const time = stepTime(step, formatMs);
        return `${index + 1}. ${step.name} (${step.type}, line ${step.location.line}): ${status}${time ? ` in ${time}` : ''}${error}`;
    });
}
function stepTime(step, format) {
    return step.status === 'not_run' || step.timings.total === undefined ? '' : format(step.timings.total);
}

;// CONCATENATED MODULE: ./src/report/details.ts
// The Markdown pieces the job summary and the pull-request comment share: a check's status and
// error label, and what a person needs to fix a failure (message, assertions, timing
// waterfall, certificate chain, response excerpt). Everything from a server goes through escape.








const STATUS_LABEL = {
    passed: '\u2705 passed',
    failed: '\u274c failed',
    warned: '\u26a0\ufe0f warned',
    skipped: '\u23ed\ufe0f skipped',
};
const CELL_CHARS = 120;
const MESSAGE_CHARS = 2000;
const EXCERPT_CHARS = 1000;
const EXCERPT_LINES = 20;
// The summary, the comment and the annotations take the label from here with the other pieces.

function statusLabel(result) {
    if (result.notRun)
        return '\u23ed\ufe0f not run';
    if (result.status === 'passed' && result.attempts > 1)
        return `${STATUS_LABEL.passed} (attempt ${result.attempts})`;
    return STATUS_LABEL[result.status];
}
/** The time a check took: its measured total, else the time spent on it; nothing if it never ran. */
function checkTime(result) {
    if (result.status === 'skipped' || result.attempts === 0)
        return '';
    return formatMsUnbroken(result.timings.total ?? result.durationMs);
}
/** Untrusted text for a table cell: escaped and cut to a readable length. */
function details_cell(text, max = CELL_CHARS) {
    return escapeMarkdown(truncate(text, max));
}
/** `file:line`, linked to that line of the manifest at the commit when the repository is known. */
function locationLink(location, links) {
    const text = escapeMarkdown(`${location.file}:${location.line}`);
    if (!links?.sha)
        return text;
    const file = location.file.split('/').map(encodeURIComponent).join('/');
    return `[${text}](${links.serverUrl}/${links.repository}/blob/${links.sha}/${file}#L${location.line})`;
}
/**
 * What happened to one failed or warned check, and the evidence, as a Markdown block. Without
 * `withAdvice` the taxonomy's fix that ends the message is left out (an earlier section gave it).
 */
function failureDetails(result, links, withAdvice = true) {
    const error = result.error;
    const where = failureLocation(result);
    const attempts = result.attempts > 1 ? ` after ${result.attempts} attempts` : '';
    const places = whereItFails(result);
    const { happened, advice } = splitAdvice(error);
    const message = [whatHappened(result, happened), ...(withAdvice && advice ? [advice] : [])].join(' ');
    const blocks = [
        ...(places ? [`**${escapeMarkdown(capitalized(places))}.**`] : []),
        `**${errorLabel(error)}** at ${locationLink(where, links)}${attempts}: ${escapeMarkdown(unitsKeptTogether(truncate(message, MESSAGE_CHARS)))}`,
    ];
    const steps = stepsTable(result, (text) => details_cell(text));
    if (steps)
        blocks.push(steps);
    if (result.assertions.length > 0)
        blocks.push(assertionTable(result.assertions));
    // A waterfall of the total alone (a refused connection) shows nothing the table does not.
    const waterfall = renderWaterfall(result.timings);
    if (waterfall.length > 1)
        blocks.push(['```text', ...waterfall, '```'].join('\n'));
    if (error.category === 'SSL' && result.tls?.chain.length)
        blocks.push(chainTable(result));
    if (result.excerpt?.trim())
        blocks.push(excerptBlock(result.excerpt));
    return blocks.join('\n\n');
}
/**
 * For each check, whether its section gives its advice: only the first section with a given
 * piece of advice does, so the same sentence is not repeated under every failure.
 */
function adviceIsNew(results) {
    const given = new Set();
    return results.map((result) => {
        const { advice } = splitAdvice(result.error);
        if (advice === undefined)
            return true;
        if (given.has(advice))
            return false;
        given.add(advice);
        return true;
    });
}
/** An error's message as what happened and the taxonomy's fix it ends with (when it does). */
function splitAdvice(error) {
    const { fix } = explain(error.category, error.code);
    if (!error.message.endsWith(` ${fix}`))
        return { happened: error.message };
    return { happened: error.message.slice(0, -fix.length - 1), advice: fix };
}
/**
 * A message that lists the failed assertions, as the attempt writes it, becomes their count:
 * the assertion table below shows each with its expected and actual value.
 */
function whatHappened(result, happened) {
    const failed = result.assertions.filter((a) => !a.passed);
    if (result.error?.code !== 'INCORRECT_ASSERTION' || failed.length === 0)
        return happened;
    const step = result.error.step;
    const prefix = step ? `Step ${step.index + 1} "${step.name}": ` : '';
    const listed = `${prefix}${failed.map(describeFailure).join('; ')}`;
    if (happened !== listed && happened !== `${listed}.`)
        return happened;
    const total = result.assertions.length;
    return `${prefix}${failed.length} of ${total} assertion${total === 1 ? '' : 's'} failed.`;
}
/** `1000 ms`, `2 s` with a non-breaking space, so a figure and its unit stay on one line. */
function unitsKeptTogether(text) {
    return text.replace(/(\d) (ms|s)\b/g, '$1\u00a0$2');
}
/** ` eu-west | us-east |` for a table head with a column per location (nothing for one location). */
function locationHeads(locations) {
    return locations.map((l) => ` ${details_cell(l)} |`).join('');
}
/** The check's status in each location, as table cells. */
function locationCells(result, locations) {
    return locations.map((l) => {
        const status = statusIn(result, l);
        return status ? STATUS_LABEL[status] : '';
    });
}
/** The failing assertion's line for INCORRECT_ASSERTION, else the failing step's or the check's. */
function failureLocation(result) {
    const location = stepLocation(result);
    if (result.error?.category !== 'INCORRECT_ASSERTION')
        return location;
    const failed = result.assertions.find((a) => !a.passed);
    return failed ? { ...location, line: failed.line, column: 1 } : location;
}
function assertionTable(assertions) {
    const rows = assertions.map((a) => {
        const expected = a.operator === 'doesNotExist' ? 'doesNotExist' : `${a.operator} ${inlineCode(showValue(a.target, CELL_CHARS))}`;
        const actual = `${a.actual === undefined ? 'nothing' : inlineCode(showValue(a.actual, CELL_CHARS))}${a.message ? ` (${details_cell(a.message)})` : ''}`;
        return `| ${a.passed ? '\u2705' : '\u274c'} | ${details_cell(assertionSubject(a))} | ${expected} | ${actual} | ${a.line} |`;
    });
    return ['| | Assertion | Expected | Actual | Line |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
function chainTable(result) {
    const now = Date.now();
    const rows = result.tls.chain.map((cert, index) => {
        const from = `${details_cell(day(cert.validFrom))}${Date.parse(cert.validFrom) > now ? ' (not yet valid)' : ''}`;
        const to = `${details_cell(day(cert.validTo))}${Date.parse(cert.validTo) < now ? ' (expired)' : ''}`;
        return `| ${index === 0 ? 'leaf' : index} | ${details_cell(cert.subject)} | ${details_cell(cert.issuer)} | ${from} | ${to} |`;
    });
    return ['Certificate chain the server sent (leaf first):', '', '| | Subject | Issuer | Valid from | Valid to |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
/** `2026-11-23` from an ISO timestamp; anything else as it is. */
function day(timestamp) {
    return /^\d{4}-\d\d-\d\dT/.test(timestamp) ? timestamp.slice(0, 10) : timestamp;
}
function excerptBlock(excerpt) {
    const lines = excerpt.trim().split(/\r\n|\r|\n/);
    let shownText = lines.slice(0, EXCERPT_LINES).join('\n');
    const cut = lines.length > EXCERPT_LINES || [...shownText].length > EXCERPT_CHARS;
    shownText = truncate(shownText, EXCERPT_CHARS);
    return `What the server sent${cut ? ' (the beginning)' : ''}:\n\n${preformatted(cut && !shownText.endsWith('\u2026') ? `${shownText}\n\u2026` : shownText)}`;
}

;// CONCATENATED MODULE: ./src/report/comparison.ts


/** `comparison` of a check in the JSON report (its shape is documented in docs/baseline.md). */
function comparisonEntry(c) {
    return {
        baselineUrl: c.baselineUrl,
        samples: c.samples,
        verdict: c.verdict,
        reason: c.reason,
        ...(c.preview ? { preview: { median: c.preview.medianMs, p95: c.preview.p95Ms } } : {}),
        ...(c.baseline ? { baseline: { median: c.baseline.medianMs, p95: c.baseline.p95Ms } } : {}),
        ...(c.latency.baselineAgain ? { baselineAgain: { median: c.latency.baselineAgain.medianMs, p95: c.latency.baselineAgain.p95Ms } } : {}),
        ...(c.ratio !== undefined ? { ratio: round(c.ratio, 4) } : {}),
        ...(c.pValue !== undefined ? { pValue: c.pValue } : {}),
        latency: { verdict: c.latency.verdict, reason: c.latency.reason, ...(c.latency.noiseRatio !== undefined ? { noiseRatio: round(c.latency.noiseRatio, 4) } : {}) },
        status: c.status,
        schemaChanges: c.schemaChanges,
        missingHeaders: c.missingHeaders,
    };
}
/**
 * True when the check's error comes from a request sampled for its comparison, not from its own
 * run: a check is sampled only when it passed on its own (run/baseline.ts), so any error of a
 * sampled check but a REGRESSION is a sampled preview request's, and the message says which.
 */
function failedWhileSampled(result) {
    const c = result.comparison;
    return c !== undefined && c.samples.preview > 0 && result.error !== null && result.error.category !== 'REGRESSION';
}
const VERDICT_LABEL = {
    same: '\u2705 same',
    regressed: '\u274c regressed',
    improved: '\ud83d\ude80 improved',
    inconclusive: '\u2754 inconclusive',
    'not compared': '\u2796 not compared',
};
/**
 * The verdict as the tables show it, and the reason without a repeat of it. A check that failed
 * on its own is not sampled: its verdict is `inconclusive` in the JSON report, which a table would
 * have read as a baseline too noisy to judge; it shows `not compared` and why (the check failed on
 * its own).
 */
function shownVerdict(c) {
    const verdict = c.samples.preview === 0 ? 'not compared' : c.verdict;
    const reason = c.reason.startsWith(`${verdict}: `) ? c.reason.slice(verdict.length + 2) : c.reason;
    return { verdict, reason };
}
function comparisonRows(run) {
    return run.checks.flatMap((result) => {
        const name = result.check.name;
        if (result.byLocation)
            return result.byLocation.flatMap(({ location, comparison }) => (comparison ? [{ name, location, comparison }] : []));
        return result.comparison ? [{ name, comparison: result.comparison }] : [];
    });
}
/** The "Preview vs baseline" section, or nothing when no check was compared; a Location column in a merge of several. */
function renderComparisonTable(run) {
    const rows = comparisonRows(run);
    if (rows.length === 0)
        return '';
    const perLocation = rows[0].location !== undefined;
    // The jobs of a merge may each have found another deployment of the baseline environment.
    const baselineUrls = [...new Set(rows.map((row) => row.comparison.baselineUrl))];
    const lines = rows.map(({ name, location, comparison: c }) => {
        const cells = [cell(name), ...(perLocation ? [cell(location)] : []), side(c.preview), side(c.baseline), ratio(c.ratio), pValue(c.pValue), verdictCell(c), schemaCell(c)];
        return `| ${cells.join(' | ')} |`;
    });
    const columns = ['Check', ...(perLocation ? ['Location'] : []), 'Preview median / p95', 'Baseline median / p95', 'Ratio', 'p', 'Verdict', 'Schema changes'];
    return [
        '### Preview vs baseline',
        '',
        `Baseline${baselineUrls.length > 1 ? 's' : ''}: ${baselineUrls.map(escapeMarkdown).join(', ')}. ${whatMediansAreOver(rows)}`,
        '',
        `| ${columns.join(' | ')} |`,
        `|${' --- |'.repeat(columns.length)}`,
        ...lines,
        '',
    ].join('\n');
}
/**
 * The samples the medians are over, as the rows measured on both sides counted them. A row
 * without medians was not measured: its check failed on its own (not sampled), or the baseline
 * failed and was asked no more (fewer samples than the preview).
 */
function whatMediansAreOver(rows) {
    const measured = rows.map((row) => row.comparison).filter((c) => c.preview !== undefined && c.baseline !== undefined);
    if (measured.length === 0)
        return 'No check was measured on both sides: each verdict says why.';
    const counts = new Set(measured.map(({ samples }) => (samples.preview === samples.baseline ? `${samples.preview} samples per side` : `${samples.preview} preview and ${samples.baseline} baseline samples`)));
    const over = counts.size === 1 ? [...counts][0] : 'the samples each check counts in the JSON report';
    const unmeasured = measured.length < rows.length ? ' (a row without medians was not measured: its verdict says why)' : '';
    return `Medians and p95 in ms over ${over}${unmeasured}; p is one-sided Mann-Whitney after Holm's correction.`;
}
function side(summary) {
    // Non-breaking spaces: a narrow column never splits `43 / 51 ms`.
    return summary ? `${Math.round(summary.medianMs)}\u00a0/\u00a0${Math.round(summary.p95Ms)}\u00a0ms` : '\u2013';
}
function ratio(value) {
    return value === undefined ? '\u2013' : `\u00d7${value.toFixed(2)}`;
}
function pValue(value) {
    if (value === undefined)
        return '\u2013';
    return value < 0.0001 ? '< 0.0001' : value.toFixed(4);
}
function verdictCell(c) {
    const missing = c.missingHeaders.length > 0 ? `; missing header ${c.missingHeaders.map(inlineCode).join(', ')}` : '';
    const status = c.status.regressed ? `; status ${c.status.baseline} \u2192 ${c.status.preview ?? 'none'}` : '';
    const { verdict, reason } = shownVerdict(c);
    return `${VERDICT_LABEL[verdict]}: ${cell(reason)}${status}${missing}`;
}
const SHOWN_CHANGES = 5;
function schemaCell(c) {
    const changes = [...c.schemaChanges].sort((a, b) => Number(b.regression) - Number(a.regression));
    if (changes.length === 0)
        return '';
    const shown = changes.slice(0, SHOWN_CHANGES).map(describeChange);
    const more = changes.length > SHOWN_CHANGES ? ` \u2026and ${changes.length - SHOWN_CHANGES} more` : '';
    return shown.join('<br>') + more;
}
/** `\u274c price: number \u2192 string`, `\u274c seller.name: string missing`, `\u2139\ufe0f added debug: object` */
function describeChange(change) {
    const path = inlineCode(change.path);
    switch (change.kind) {
        case 'missing':
            return `\u274c ${path} (${escapeMarkdown(change.baselineType ?? '?')}) missing`;
        case 'type_changed':
            return `\u274c ${path}: ${escapeMarkdown(change.baselineType ?? '?')} \u2192 ${escapeMarkdown(change.previewType ?? '?')}`;
        case 'added':
            return `\u2139\ufe0f added ${path} (${escapeMarkdown(change.previewType ?? '?')})`;
        case 'value_changed':
            return `\u2139\ufe0f value of ${path} changed`;
        case 'length_changed':
            return `\u2139\ufe0f length of ${path} changed`;
    }
}
function round(value, digits) {
    const factor = 10 ** digits;
    return Math.round(value * factor) / factor;
}
/** The comparison as plain text lines (JUnit's system-out): verdict, medians, ratio, p, schema changes. */
function comparisonText(c) {
    const medians = c.preview && c.baseline ? `, median ${Math.round(c.preview.medianMs)} ms vs ${Math.round(c.baseline.medianMs)} ms` : '';
    const lines = [
        `preview vs baseline (${c.baselineUrl}): ${c.verdict}${medians}, ratio ${ratio(c.ratio)}, p ${pValue(c.pValue)}`,
        `reason: ${c.reason}`,
    ];
    if (c.status.regressed)
        lines.push(`status: ${c.status.baseline} on the baseline, ${c.status.preview ?? 'none'} on the preview`);
    if (c.missingHeaders.length > 0)
        lines.push(`missing headers: ${c.missingHeaders.join(', ')}`);
    for (const change of c.schemaChanges) {
        const types = change.kind === 'type_changed' ? ` (${change.baselineType} -> ${change.previewType})` : change.baselineType ? ` (${change.baselineType})` : '';
        lines.push(`schema: ${change.path} ${change.kind}${types}${change.regression ? '' : ' (information)'}`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/report/json.ts

/** The JSON report's format version; it changes only when a field is removed or changes meaning (SPEC \u00a711). */
const REPORT_VERSION = 1;
/** The JSON report of SPEC \u00a75 and \u00a711, described by schema/report.schema.json and docs/report.md. */
function renderJsonReport(run) {
    return { ...reportHead(run), checks: run.checks.map(checkEntry) };
}
/**
 * The text of `JSON.stringify(renderJsonReport(run), null, 2)`, in pieces of one check each, so
 * that a report of thousands of checks never exists whole, as objects or as one string: what a
 * large run's peak memory would otherwise be made of.
 */
function* jsonReportText(run) {
    // `checks` is the last key: the head's own text ends with its empty array.
    const head = JSON.stringify({ ...reportHead(run), checks: [] }, null, 2);
    if (run.checks.length === 0) {
        yield head;
        return;
    }
    yield `${head.slice(0, -'[]\n}'.length)}[\n`;
    for (let start = 0; start < run.checks.length; start += CHECKS_PER_PIECE) {
        // Stringified where they sit in the report, inside `checks`, so JSON.stringify indents them
        // itself; the wrapper's own first and last lines are cut off.
        const text = JSON.stringify({ checks: run.checks.slice(start, start + CHECKS_PER_PIECE).map(checkEntry) }, null, 2);
        const last = start + CHECKS_PER_PIECE >= run.checks.length;
        // The cut and its line end as two pieces: joined, they would be a copy of the cut made at once.
        yield text.slice(CHECKS_OPENING.length, -CHECKS_CLOSING.length);
        yield last ? '\n' : ',\n';
    }
    yield '  ]\n}';
}
/** Checks stringified at once: few calls, and still never more than a small part of the report. */
const CHECKS_PER_PIECE = 64;
const CHECKS_OPENING = '{\n  "checks": [\n';
const CHECKS_CLOSING = '\n  ]\n}';
/** Every field of the report but `checks`, in the report's order. */
function reportHead(run) {
    return {
        version: REPORT_VERSION,
        result: run.result,
        summary: run.summary,
        categories: run.categories,
        durationMs: run.durationMs,
        run: runEntry(run.run),
        ...(run.ready ? { ready: readyEntry(run.ready) } : {}),
    };
}
function runEntry(record) {
    return {
        manifest: { path: record.manifest.path, digest: record.manifest.digest, problems: record.manifest.problems },
        shard: record.shard ? { index: record.shard.index, count: record.shard.count } : null,
        location: record.location,
        ...(record.baseUrl !== undefined ? { baseUrl: record.baseUrl } : {}),
        ...(record.selection ? { selection: { tags: record.selection.tags, grep: record.selection.grep, indexes: record.selection.indexes } } : {}),
        ...(record.totalChecks !== undefined ? { totalChecks: record.totalChecks } : {}),
        startedAt: record.startedAt,
        endedAt: record.endedAt,
        gate: { fail_on: record.gate.failOn, warn_on: record.gate.warnOn },
        merged: record.merged
            ? { reports: record.merged.reports, locations: record.merged.locations, ...(record.merged.locationsExpected !== undefined ? { locationsExpected: record.merged.locationsExpected } : {}) }
            : null,
    };
}
/** The ready wait that never succeeded: once, with its line, rather than on every check. */
function readyEntry(ready) {
    return {
        status: ready.status,
        level: ready.level,
        url: ready.url,
        error: { category: ready.error.category, code: ready.error.code, message: ready.error.message },
        assertions: ready.assertions.map(assertionEntry),
        location: { file: ready.location.file, line: ready.location.line, column: ready.location.column },
    };
}
// The entries of checks and assertions, thousands in a report, are built by adding each field
// that applies, in the report's order: a conditional spread (`...(x ? { x } : {})`) makes an object
// of its own for each field, several times the entry's size, all made while the run's memory is at its peak.
function checkEntry(result) {
    const { check } = result;
    const entry = {
        id: check.id,
        index: check.index,
        name: check.name,
        type: check.type,
        target: check.target,
        status: result.status,
        level: result.level ?? null,
        error: errorEntry(result.error),
    };
    // The check's own fail_on / warn_on, when it sets them: what its status was judged by
    // instead of run.gate, so that a reader (merge) can judge it again.
    if (check.failOn !== undefined || check.warnOn !== undefined) {
        entry.gate = { ...(check.failOn !== undefined ? { fail_on: check.failOn } : {}), ...(check.warnOn !== undefined ? { warn_on: check.warnOn } : {}) };
    }
    if (result.notRun)
        entry.notRun = result.notRun;
    entry.assertions = result.assertions.map(assertionEntry);
    entry.timings = result.timings;
    entry.attempts = result.attempts;
    entry.durationMs = result.durationMs;
    if (result.protocol)
        entry.protocol = result.protocol;
    if (result.proxy)
        entry.proxy = result.proxy;
    if (result.statusCode !== undefined)
        entry.statusCode = result.statusCode;
    if (result.tls)
        entry.tls = result.tls;
    if (result.excerpt !== undefined)
        entry.excerpt = result.excerpt;
    if (result.steps)
        entry.steps = result.steps.map(stepEntry);
    if (result.comparison)
        entry.comparison = comparisonEntry(result.comparison);
    entry.location = { file: check.location.file, line: check.location.line, column: check.location.column };
    if (result.byLocation)
        entry.locations = result.byLocation.map(locationEntry);
    return entry;
}
function errorEntry(error) {
    if (!error)
        return null;
    return { category: error.category, code: error.code, message: error.message, ...(error.step ? { step: error.step } : {}), ...(error.at ? { at: error.at } : {}) };
}
function stepEntry(step) {
    return {
        name: step.name,
        type: step.type,
        status: step.status,
        error: errorEntry(step.error),
        assertions: step.assertions.map(assertionEntry),
        timings: step.timings,
        attempts: step.attempts,
        extracted: step.extracted,
        ...(step.statusCode !== undefined ? { statusCode: step.statusCode } : {}),
        ...(step.proxy ? { proxy: step.proxy } : {}),
        line: step.location.line,
    };
}
function assertionEntry(a) {
    const entry = { type: a.type };
    if (a.property !== undefined)
        entry.property = a.property;
    if (a.path !== undefined)
        entry.path = a.path;
    entry.operator = a.operator;
    entry.target = a.target;
    entry.actual = a.actual ?? null;
    // `actual: null` is also what a JSON value of null reads as; this says nothing was there.
    if (a.actual === undefined)
        entry.actualMissing = true;
    // A body assertion keeps only the start of a long body: this says how long the body was.
    if (a.actualTotalBytes !== undefined)
        entry.actualTotalBytes = a.actualTotalBytes;
    entry.passed = a.passed;
    entry.line = a.line;
    if (a.message)
        entry.message = a.message;
    if (a.implicit)
        entry.implicit = true;
    return entry;
}
function locationEntry(result) {
    return {
        location: result.location,
        status: result.status,
        error: result.error,
        timings: result.timings,
        attempts: result.attempts,
        ...(result.comparison ? { comparison: comparisonEntry(result.comparison) } : {}),
    };
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/assertions/plain-path.ts
var plain_path = __webpack_require__(9205);
// EXTERNAL MODULE: ./src/checks/index.ts
var src_checks = __webpack_require__(2369);
// EXTERNAL MODULE: ./src/errors/probe-error.ts
var probe_error = __webpack_require__(8590);
// EXTERNAL MODULE: ./src/libraries.ts
var libraries = __webpack_require__(8880);
// EXTERNAL MODULE: ./src/engine/attempt.ts
var engine_attempt = __webpack_require__(9991);
// EXTERNAL MODULE: ./src/net/cookies.ts
var cookies = __webpack_require__(1020);
// EXTERNAL MODULE: ./src/engine/deadline.ts
var engine_deadline = __webpack_require__(7964);
// EXTERNAL MODULE: ./src/engine/redact.ts
var redact = __webpack_require__(2393);
// EXTERNAL MODULE: ./src/assertions/http.ts
var http = __webpack_require__(5001);
// EXTERNAL MODULE: ./src/assertions/json-query.ts
var json_query = __webpack_require__(2570);
// EXTERNAL MODULE: ./src/assertions/regex-cost.ts
var regex_cost = __webpack_require__(9702);
;// CONCATENATED MODULE: ./src/assertions/capture.ts




function capture(extraction, observation) {
    let raw;
    let text;
    try {
        raw = read(extraction, observation, (observation.bodyReading ??= {}));
        if (raw === undefined || raw === null || raw === '')
            return {};
        // An empty list or map is an empty value too (a JSON [] or {}, a repeated field with no items): never the text "[]".
        if (typeof raw === 'object' && (Array.isArray(raw) ? raw.length === 0 : Object.keys(raw).length === 0)) {
            return { reason: `the value is an empty ${Array.isArray(raw) ? 'list' : 'object'}` };
        }
        // A value nested past JSON's own writer throws here (RangeError): nothing is captured, and the step says why.
        text = typeof raw === 'string' ? raw : JSON.stringify(raw);
    }
    catch (error) {
        return { reason: error instanceof RangeError ? 'the value is nested too deep to be written as text' : error.message };
    }
    if (!extraction.regex)
        return { value: text };
    if (!(0,regex_cost/* boundedInline */.x)(extraction.regex.source, text.length)) {
        return { reason: `the regex ${extraction.regex.source} could take too long on ${text.length} characters: use a simpler one (no nested or alternating repetition)` };
    }
    const match = extraction.regex.exec(text);
    if (!match)
        return { reason: `the regex ${extraction.regex.source} does not match` };
    // The first capture group when the regex has one (a group that took no part is nothing), else the whole match.
    const value = match.length > 1 ? match[1] : match[0];
    return value ? { value } : { reason: `the regex ${extraction.regex.source} captured nothing` };
}
function read(extraction, observation, reading) {
    const values = observation.values ?? {};
    switch (extraction.from) {
        case 'status':
            return observation.statusCode;
        case 'header':
            return observation.headers?.[String(extraction.property).toLowerCase()];
        case 'cookie':
            return (0,cookies/* cookieValue */.SG)(values.setCookie ?? [], String(extraction.property));
        case 'body':
            return (0,http/* bodyText */.G3)(observation, reading);
        case 'jsonpath':
            return firstMatch(extraction.path, (0,http/* parseJson */.qF)(observation, reading));
        case 'message':
            return messageValue(extraction, values);
        case 'metadata':
            return values.grpcMetadata?.[String(extraction.property).toLowerCase()];
        case 'record':
            return Object.values((values.records ?? {})).flat()[0];
    }
}
/** A gRPC response (as JSON), or the last WebSocket message, at `path` when given. */
function messageValue(extraction, values) {
    if (values.grpcResponse !== undefined)
        return extraction.path ? firstMatch(extraction.path, values.grpcResponse) : values.grpcResponse;
    const message = values.receivedMessage;
    if (message === undefined || !extraction.path)
        return message;
    let json;
    try {
        json = JSON.parse(message);
    }
    catch {
        throw new Error(`the last message is not JSON (starts with ${JSON.stringify(message.slice(0, 40))})`);
    }
    return firstMatch(extraction.path, json);
}
/** The first value at a JSONPath; filter scripts are never evaluated. */
function firstMatch(path, json) {
    return (0,json_query/* jsonQuery */.p)(path)(json)[0];
}

// EXTERNAL MODULE: ./src/checks/http-body.ts
var http_body = __webpack_require__(7546);
// EXTERNAL MODULE: ./src/errors/classify.ts + 3 modules
var classify = __webpack_require__(621);
;// CONCATENATED MODULE: ./src/engine/retry.ts
/** Errors for which another attempt only adds noise and load. */
const NOT_RETRIED = new Set(['AUTHENTICATION_ERROR', 'INVALID_REQUEST']);

;// CONCATENATED MODULE: ./src/engine/sequence.ts
// The steps of one attempt of a multistep check: in order, under the sequence's deadline (its
// overall timeout), sharing one session (extracted values, cookies). A step's own `retry`
// retries that step; the first failing step ends the sequence unless it may fail.








async function runSequence(steps, options) {
    const runs = [];
    let stopped = false;
    for (const step of steps) {
        if (stopped) {
            runs.push({ step, status: 'not_run', attempts: 0, extracted: new Map() });
            continue;
        }
        const run = step.bind ? await runCheckStep(step, options) : await runWait(step, options.deadline);
        runs.push(run);
        if (run.status === 'failed')
            stopped = true;
    }
    return runs;
}
async function runWait(step, deadline) {
    const started = performance.now();
    let error = null;
    try {
        await (0,promises_.setTimeout)(Math.min(step.waitMs ?? 0, 2 ** 31 - 1), undefined, { signal: deadline.signal });
    }
    catch {
        error = (0,classify/* classify */.L)(deadline.reason).toInfo();
    }
    const result = { error, assertions: [], timings: { total: performance.now() - started } };
    return { step, status: statusOf(step, error), result, attempts: 1, extracted: new Map() };
}
async function runCheckStep(step, { deadline, session }) {
    let check;
    let module;
    try {
        const bound = step.bind(session.variables);
        if ('error' in bound)
            return notSent(step, bound.error);
        // An extraction from the body reads all of it, which its assertions alone may not ask to keep.
        check = (0,http_body/* extractionsReadBody */.H$)(step.extract) ? (0,http_body/* keepingWholeBody */.p3)(bound.check) : bound.check;
        module = await (0,src_checks/* loadCheckModule */.d)(check.type);
    }
    catch (error) {
        return notSent(step, (0,classify/* classify */.L)(error).toInfo());
    }
    let attempts = 0;
    for (;;) {
        attempts++;
        const attempt = await (0,engine_attempt/* runAttempt */.T)(check, module, { parent: deadline, session });
        const extracted = new Map();
        const result = attempt.error ? attempt : withExtraction(step, attempt, extracted);
        const retry = result.error && !NOT_RETRIED.has(result.error.category) && attempts <= check.retry.count && !deadline.ended;
        if (!retry) {
            for (const [name, value] of extracted)
                session.variables.set(name, value);
            return { step, status: statusOf(step, result.error), result, attempts, extracted };
        }
        try {
            await (0,promises_.setTimeout)(check.retry.intervalMs, undefined, { signal: deadline.signal });
        }
        catch {
            return { step, status: statusOf(step, result.error), result: { ...result, error: (0,classify/* classify */.L)(deadline.reason).toInfo() }, attempts, extracted: new Map() };
        }
    }
}
/** Takes the step's values from a passed attempt; the first that is not there fails the step. */
function withExtraction(step, attempt, extracted) {
    for (const extraction of step.extract) {
        const { value, reason } = capture(extraction, attempt.observation ?? { timings: {} });
        if (value === undefined) {
            extracted.clear();
            const what = extraction.path ?? extraction.property;
            const source = `${extraction.from}${what ? ` ${what}` : ''}${extraction.regex ? ` with regex ${extraction.regex.source}` : ''}`;
            const detail = `Step "${step.name}" extracted nothing for ${extraction.name} (from ${source}, line ${extraction.location.line})${reason ? `: ${reason}` : ''}`;
            return { ...attempt, error: (0,probe_error/* probeError */.v)('INCORRECT_ASSERTION', 'NOTHING_EXTRACTED', detail).toInfo() };
        }
        extracted.set(extraction.name, value);
    }
    return attempt;
}
function notSent(step, error) {
    return { step, status: statusOf(step, error), result: { error, assertions: [], timings: {} }, attempts: 0, extracted: new Map() };
}
function statusOf(step, error) {
    if (!error)
        return 'passed';
    return step.allowFailure ? 'allowed_failure' : 'failed';
}

;// CONCATENATED MODULE: ./src/engine/multistep.ts




async function runMultistepAttempt(check) {
    const request = check.request;
    const started = performance.now();
    const session = { variables: new Map(), ...(request.cookies ? { cookies: await (0,cookies/* createCookieJar */.m2)() } : {}) };
    const deadline = new engine_deadline/* Deadline */.B({ requestMs: Infinity, overallMs: check.overallTimeoutMs });
    let runs;
    try {
        runs = await runSequence(request.steps, { deadline, session });
    }
    finally {
        deadline.clear();
    }
    const secrets = runs.flatMap((run) => run.step.extract.filter((e) => e.secret && run.extracted.has(e.name)).map((e) => run.extracted.get(e.name)));
    const failingIndex = runs.findIndex((run) => run.status === 'failed');
    const failing = runs[failingIndex];
    return {
        error: failing ? stepError(failing.result.error, failingIndex, failing.step.name) : null,
        assertions: failing?.result?.assertions ?? [],
        timings: { total: performance.now() - started },
        ...(failing?.result?.observation ? { observation: failing.result.observation } : {}),
        // The check names the proxy of its failing step, as it shows that step's error.
        ...(failing?.result?.proxy ? { proxy: failing.result.proxy } : {}),
        steps: runs.map(stepOutcome),
        secrets,
    };
}
function stepError(error, index, name) {
    return { ...error, message: `Step ${index + 1} "${name}": ${error.message}`, step: { index, name } };
}
function stepOutcome(run) {
    const { step, result } = run;
    const secret = new Set(step.extract.filter((e) => e.secret).map((e) => e.name));
    const seen = result?.observation;
    return {
        name: step.name,
        type: step.type,
        status: run.status,
        error: result?.error ?? null,
        assertions: result?.assertions ?? [],
        timings: result?.timings ?? {},
        attempts: run.attempts,
        extracted: Object.fromEntries([...run.extracted].map(([name, value]) => [name, secret.has(name) ? redact/* MASK */.v5 : value])),
        location: step.location,
        ...(seen?.statusCode !== undefined ? { statusCode: seen.statusCode } : {}),
        ...(seen?.excerpt && run.status !== 'passed' ? { excerpt: seen.excerpt } : {}),
        ...(result?.proxy ? { proxy: result.proxy } : {}),
    };
}

// EXTERNAL MODULE: ./src/assertions/index.ts + 2 modules
var src_assertions = __webpack_require__(1232);
// EXTERNAL MODULE: ./src/checks/http.ts + 4 modules
var checks_http = __webpack_require__(2626);
// EXTERNAL MODULE: ./src/checks/http-decode.ts
var http_decode = __webpack_require__(2404);
// EXTERNAL MODULE: ./src/assertions/describe.ts
var describe = __webpack_require__(6472);
;// CONCATENATED MODULE: ./src/engine/ready.ts








// A ready page is read to this many bytes for its assertions: enough for a build id or a SHA.
const READY_BODY_BYTES = 1024 * 1024;
// One poll may take longer than the interval between polls, up to this.
const MIN_POLL_TIMEOUT_MS = 5_000;
/**
 * Polls the ready URL until the preview serves this build: the status asked for (else any status
 * below 500 when no assertion is given) and every assertion holding. Returns what the preview
 * last answered when it never did, else undefined.
 */
async function waitUntilReady(ready) {
    const deadline = Date.now() + ready.timeoutMs;
    let last = { ready: false, seen: 'no answer', assertions: [], timedOut: true };
    while (Date.now() < deadline) {
        const answer = await poll(ready, Math.max(1, Math.min(Math.max(ready.intervalMs, MIN_POLL_TIMEOUT_MS), deadline - Date.now())));
        if (answer.ready)
            return undefined;
        if (!answer.timedOut || last.timedOut !== false)
            last = answer;
        await (0,promises_.setTimeout)(Math.max(0, Math.min(ready.intervalMs, deadline - Date.now())));
    }
    const detail = `The preview at ${ready.url.href} was not ready within ${ready.timeoutMs} ms (last answer: ${last.seen}); no check was run`;
    return { error: (0,probe_error/* probeError */.v)('TIMEOUT', 'READY_TIMEOUT', detail).toInfo(), url: ready.url.href, location: ready.location, assertions: last.assertions };
}
async function poll(ready, timeoutMs) {
    const { Client } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(107)]).then(__webpack_require__.bind(__webpack_require__, 2107)); // loaded on use, as by the http check
    const client = new Client(ready.url.origin, { connect: { timeout: timeoutMs }, pipelining: 0 });
    const started = performance.now();
    const signal = AbortSignal.timeout(timeoutMs);
    try {
        const response = await client.request({
            method: 'GET',
            path: `${ready.url.pathname}${ready.url.search}`,
            headers: { host: ready.url.host, 'user-agent': 'probegate' },
            signal,
        });
        const headers = (0,checks_http.flattenHeaders)(response.headers);
        // An encoded body (a server may compress unasked) is read whole, up to the http check's cap,
        // and judged decoded as the checks judge it: its encoded bytes hold no build id.
        const codings = (0,http_decode/* contentCodings */.b)(headers['content-encoding']);
        const limits = codings ? { maxBytes: http_body/* DEFAULT_MAX_BODY_BYTES */.y_, keepBytes: http_body/* DEFAULT_MAX_BODY_BYTES */.y_ } : { maxBytes: Number.MAX_SAFE_INTEGER, keepBytes: READY_BODY_BYTES };
        const sent = await (0,http_body/* readCapped */.EF)(response.body, limits, undefined);
        const { body, unreadable } = codings && sent.length > 0 ? (0,http_decode/* decodeBody */.V)(sent, codings, http_body/* DEFAULT_MAX_BODY_BYTES */.y_) : { body: sent, unreadable: undefined };
        const timings = { total: performance.now() - started };
        // A regex in the worker is bounded by the poll, which the ready timeout bounds.
        const deadline = { at: started + timeoutMs, limitMs: timeoutMs };
        const assertions = await (0,src_assertions/* evaluate */._)(ready.assertions, { timings, statusCode: response.statusCode, headers, body, ...(unreadable ? { bodyUnreadable: unreadable } : {}) }, deadline);
        const statusOk = ready.status !== undefined ? response.statusCode === ready.status : ready.assertions.length > 0 || response.statusCode < 500;
        const failed = assertions.filter((a) => !a.passed);
        const seen = [`status ${response.statusCode}`, ...failed.map(describe/* describeFailure */.Ic)].join('; ');
        return { ready: statusOk && failed.length === 0, seen, assertions, timedOut: false };
    }
    catch (error) {
        // The poll's own deadline (the next poll, or the end of ready.timeout), not the preview's fault as such.
        if (signal.aborted)
            return { ready: false, seen: `no complete answer within ${Math.round(timeoutMs)} ms`, assertions: [], timedOut: true };
        const { category, code, message } = (0,classify/* classify */.L)(error).toInfo();
        return { ready: false, seen: `${category === code ? category : `${category}:${code}`}, ${message}`, assertions: [], timedOut: false };
    }
    finally {
        await client.close().catch(() => undefined);
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/net/proxy-env.ts + 1 modules
var proxy_env = __webpack_require__(9685);
;// CONCATENATED MODULE: ./src/engine/warm-up.ts
// What the first DNS lookup, or the first use of a check type's libraries, sets up in a process
// (about 10-20 ms) is done once before any check, so that no check times it as one of its phases.
// Only what the run's checks will use: a start-up pays for each part (bench/, start-up).




const WARM_UP_LIMIT_MS = 1000;
let resolverWarmed;
/** Warms up what running `checks` (valid, not skipped) needs. Bounded and never fatal: at worst the first check pays it, as it would have. */
async function warmUp(checks) {
    const tasks = [];
    if (checks.some(mayResolveNames))
        tasks.push((resolverWarmed ??= warmUpResolver()));
    for (const [type, requests] of requestsByType(checks.flatMap(probesOf))) {
        tasks.push((0,src_checks/* loadCheckModule */.d)(type)
            .then((module) => module.warmUp?.(requests))
            .catch(() => undefined));
    }
    await Promise.race([Promise.all(tasks), (0,promises_.setTimeout)(WARM_UP_LIMIT_MS, undefined, { ref: false })]);
}
/**
 * The first lookup of a process starts the resolver's threads and reads the system's name
 * configuration, and its first test of a name as an address compiles Node's IPv6 pattern. Through
 * node:dns's callback API, as node:net looks names up, so that net's own path is loaded too.
 */
function warmUpResolver() {
    // node:dns is loaded here: a run of checks by address never needs it.
    return new Promise((resolve) => process.getBuiltinModule('node:dns').lookup('localhost', { all: true }, resolve));
}
/**
 * Whether running the check may ask the system resolver for a name: unless it reaches an IPv4
 * address directly (an IPv6 one still compiles Node's IPv6 pattern, which the lookup warms too).
 * A target it cannot read may be a name.
 */
function mayResolveNames(probe) {
    // A step's target may be filled in at run time, from values earlier steps extract.
    if (probe.type === 'dns' || probe.type === 'multistep')
        return true;
    // The URL the check prepared, when it has one: parsing every target again cost some 10 ms a 5,000-check run.
    const { url, proxy } = (probe.request ?? {});
    const prepared = url instanceof URL ? url : undefined;
    const host = prepared ? prepared.hostname : hostOf(probe.target);
    if (host === undefined || !(0,external_node_net_.isIPv4)(host))
        return true;
    if (proxy === undefined)
        return false;
    try {
        return (0,proxy_env/* proxyFor */.iJ)(prepared ?? new URL(probe.target), proxy) !== undefined;
    }
    catch {
        return true;
    }
}
/** The host of a target: a URL's, or the host of `host:port`, or the target itself. */
function hostOf(target) {
    if (URL.canParse(target))
        return new URL(target).hostname;
    return /^([^:/\s]+)(?::\d+)?$/.exec(target)?.[1];
}
/** The checks a check runs: itself, or its valid steps' (a step's request may be prepared only at run time). */
function probesOf(check) {
    if (check.type !== 'multistep')
        return [check];
    return check.request.steps.flatMap((step) => (step.check && !step.check.invalid ? [step.check] : []));
}
function requestsByType(probes) {
    const byType = new Map();
    for (const probe of probes) {
        const requests = byType.get(probe.type);
        if (requests)
            requests.push(probe.request);
        else
            byType.set(probe.type, [probe.request]);
    }
    return byType;
}

;// CONCATENATED MODULE: ./src/engine/run.ts
// The engine: waits for the preview, then runs every check with bounded concurrency, each
// attempt on fresh connections, retrying as the check says.











/** Waits for the preview when asked to, then runs every check; none runs when it never became ready. */
async function runChecks(input, options) {
    const { checks, secrets, compared } = input;
    const runnable = checks.filter((check) => !check.skip && !check.invalid);
    const types = new Set(runnable.flatMap(probesOf).map((probe) => probe.type));
    // What the checks need to run at all, loaded in full (unlike the warm-up); a type that cannot be
    // loaded fails its own checks when they run.
    const loads = [...types].map((type) => (0,src_checks/* loadCheckModule */.d)(type).then((module) => module.load?.()).catch(() => undefined));
    await Promise.all([(0,libraries/* loadLibraries */.k5)(librariesOf(checks, input.ready)), ...loads]);
    await warmUp(runnable);
    const notReady = input.ready ? await waitUntilReady(input.ready) : undefined;
    const notRun = notReady ? 'not run: the preview never became ready' : undefined;
    const outcomes = new Array(checks.length);
    let next = 0;
    let done = 0;
    const worker = async () => {
        while (next < checks.length) {
            const index = next++;
            const check = checks[index];
            const outcome = (0,redact/* redactOutcome */.Ah)(await runCheck(check, notRun, compared?.has(check.index) ?? false), secrets);
            outcomes[index] = outcome;
            options.onCheckDone?.(outcome, ++done, checks.length);
        }
    };
    const workers = Math.max(1, Math.min(options.concurrency, checks.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return notReady ? { outcomes, notReady: (0,redact/* redactNotReady */.So)(notReady, secrets) } : { outcomes };
}
/**
 * What the checks will ask for: their assertions' JSONPaths (those not plain) and JSON Schemas
 * read directly, and whatever the generous walk finds in the requests of types that nest
 * assertions or extractions (multistep steps, websocket messages) and in the ready wait. An http
 * request holds neither: walking 5,000 of them (URLs, headers, TLS settings) cost some 40 ms.
 */
function librariesOf(checks, ready) {
    const nested = [ready];
    const found = new Set();
    for (const check of checks) {
        for (const assertion of check.assertions) {
            // A plain path is walked without it (assertions/json-query.ts), as librariesFor says too.
            if (assertion.path !== undefined && !(0,plain_path/* isPlainPath */.qW)(assertion.path))
                found.add('jsonpath-plus');
            if (assertion.type === 'jsonSchema')
                found.add('ajv');
        }
        if (check.type !== 'http')
            nested.push(check.request);
    }
    for (const library of (0,libraries/* librariesFor */.X)(nested))
        found.add(library);
    return found;
}
async function runCheck(check, notRun, keepsExcerpt) {
    const started = performance.now();
    if (check.skip)
        return unrun(check, { error: null, skipped: true });
    if (check.invalid)
        return unrun(check, { error: check.invalid });
    if (notRun)
        return unrun(check, { error: null, skipped: true, notRun });
    let runOnce;
    try {
        // A multistep check reruns its whole sequence, with a fresh session, at each attempt.
        if (check.type === 'multistep')
            runOnce = () => runMultistepAttempt(check);
        else {
            const module = await (0,src_checks/* loadCheckModule */.d)(check.type);
            runOnce = () => (0,engine_attempt/* runAttempt */.T)(check, module);
        }
    }
    catch (error) {
        const info = (0,probe_error/* probeError */.v)('UNKNOWN', 'UNKNOWN', `The ${check.type} check could not be loaded: ${error.message}`).toInfo();
        return unrun(check, { error: info });
    }
    let attempt;
    let attempts = 0;
    for (;;) {
        attempts++;
        attempt = await runOnce();
        const retry = attempt.error && !NOT_RETRIED.has(attempt.error.category) && attempts <= check.retry.count;
        if (!retry)
            break;
        await (0,promises_.setTimeout)(check.retry.intervalMs);
    }
    const seen = attempt.observation;
    const sequence = 'steps' in attempt ? attempt : undefined;
    const outcome = {
        // Built without the request at once: redactOutcome then has nothing to copy when no secret is to be masked.
        check: (0,redact/* withoutRequest */.O6)(check),
        error: attempt.error,
        skipped: false,
        assertions: attempt.assertions,
        timings: attempt.timings,
        attempts,
        protocol: seen?.protocol,
        tls: seen?.tls,
        statusCode: seen?.statusCode,
        // Only failures show an excerpt (reports, summary, terminal): a passed check holds none for the rest of the run.
        excerpt: attempt.error || keepsExcerpt ? seen?.excerpt : undefined,
        ...(attempt.proxy ? { proxy: attempt.proxy } : {}),
        durationMs: Math.round(performance.now() - started),
        ...(sequence ? { steps: sequence.steps } : {}),
    };
    return sequence ? (0,redact/* redactOutcome */.Ah)(outcome, sequence.secrets) : outcome;
}
/** The outcome of a check that did not run: skipped, invalid, or waiting for a preview that never became ready. */
function unrun(check, fields) {
    return { check, assertions: [], timings: {}, attempts: 0, skipped: false, durationMs: 0, ...fields };
}

// EXTERNAL MODULE: ./src/gate.ts
var src_gate = __webpack_require__(1956);
;// CONCATENATED MODULE: ./src/run/select.ts
class SelectionError extends Error {
    name = 'SelectionError';
}
function selectChecks(checks, selection = {}) {
    const tags = selection.tags?.length ? new Set(selection.tags) : undefined;
    const { grep } = selection;
    if (!tags && !grep)
        return checks;
    const chosen = checks.filter((check) => (!tags || (check.tags ?? []).some((tag) => tags.has(tag))) && (!grep || grep.test(check.name)));
    const asked = [tags ? `tag ${[...tags].join(' or ')}` : '', grep ? `a name matching /${grep.source}/` : ''].filter(Boolean).join(' and ');
    const known = [...new Set(checks.flatMap((check) => check.tags ?? []))].sort();
    const hint = known.length > 0 ? `the manifest's tags are ${known.join(', ')}` : 'no check of the manifest has `tags:`';
    if (chosen.length === 0)
        throw new SelectionError(`No check has ${asked}, so nothing would be checked: ${hint}`);
    // Checks marked skip check nothing either: a selection of only those would pass on nothing.
    if (chosen.every((check) => check.skip))
        throw new SelectionError(`Every check with ${asked} has skip: true, so nothing would be checked: select checks that run`);
    return chosen;
}

// EXTERNAL MODULE: ./src/run/shard.ts
var shard = __webpack_require__(6941);
;// CONCATENATED MODULE: ./src/run/pipeline.ts
// The run both doors call: the gate resolved, the checks of this shard run by the engine, the
// gate applied, the run's facts recorded; and the report files. The doors keep only what is
// theirs (inputs and GitHub for the action, progress, table and exit code for the CLI).




async function runManifest(manifest, options) {
    const gate = (0,src_gate/* resolveGate */.mW)(options.gate, manifest.gate);
    const selected = selectChecks(manifest.checks, options.selection);
    const checks = (0,shard/* selectShard */.Xm)(selected, options.shard);
    const startedAt = new Date();
    const started = performance.now();
    options.onStart?.(checks.length);
    const compared = new Set([...(manifest.baseline?.compared.keys() ?? [])].map((check) => check.index));
    const awaitsComparison = (outcome) => !outcome.skipped && outcome.error === null && compared.has(outcome.check.index);
    const { onCheckDone } = options;
    const ownRun = await runChecks({ checks, ready: manifest.ready, secrets: manifest.secrets, compared }, { concurrency: options.concurrency, onCheckDone: onCheckDone && ((outcome, done, total) => onCheckDone((0,src_gate/* judge */.S4)(outcome, gate), done, total, awaitsComparison(outcome))) });
    const toCompare = ownRun.notReady ? 0 : ownRun.outcomes.filter(awaitsComparison).length;
    if (toCompare > 0)
        options.onCompareStart?.(toCompare);
    // The comparison is loaded only by a run that compares.
    const engineRun = manifest.baseline
        ? await (await Promise.all(/* import() */[__webpack_require__.e(232), __webpack_require__.e(481)]).then(__webpack_require__.bind(__webpack_require__, 1481))).compareWithBaseline(checks, ownRun, manifest.baseline, { concurrency: options.concurrency, secrets: manifest.secrets })
        : ownRun;
    const durationMs = Math.round(performance.now() - started);
    const run = {
        manifest: { path: manifest.file, digest: manifest.digest, problems: manifest.problems.length },
        shard: options.shard ?? null,
        location: options.location ?? null,
        baseUrl: manifest.baseUrl ?? null,
        ...(selected !== manifest.checks ? { selection: recordSelection(options.selection ?? {}, selected) } : {}),
        totalChecks: selected.length,
        startedAt: startedAt.toISOString(),
        endedAt: new Date().toISOString(),
        gate,
        merged: null,
    };
    return { ...(0,src_gate/* applyGate */.ei)(engineRun, gate, { file: manifest.file, problems: manifest.problems.length }, durationMs), run };
}
function recordSelection(selection, selected) {
    return { tags: selection.tags ?? [], grep: selection.grep?.source ?? null, indexes: selected.map((check) => check.index) };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/report/locations.ts
var report_locations = __webpack_require__(5126);
;// CONCATENATED MODULE: ./src/report/junit.ts
// JUnit XML: one testsuite for the manifest, one testcase per check. A failed check is a
// <failure> whose type is CATEGORY:CODE; a warned check passes (the gate let it through) and
// says why in <system-out>; a skipped check is <skipped/>. Follows the common JUnit schema
// as Jenkins' junit-4.xsd describes it (testsuites > testsuite > testcase > skipped | failure |
// system-out).





function renderJunit(run) {
    const { summary } = run;
    const time = seconds(run.durationMs);
    const counts = `tests="${summary.total}" failures="${summary.failed}" errors="0"`;
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        // junit-4.xsd allows `skipped` on testsuite only.
        `<testsuites name="probegate" ${counts} time="${time}">`,
        `  <testsuite name="${attribute(run.manifestFile)}" ${counts} skipped="${summary.skipped}" time="${time}">`,
        ...run.checks.flatMap(testcase),
        '  </testsuite>',
        '</testsuites>',
        '',
    ].join('\n');
}
function testcase(result) {
    const { check } = result;
    const open = `    <testcase name="${attribute(check.name)}" classname="probegate.${check.type}" time="${seconds(result.timings.total ?? 0)}"`;
    const comparison = result.comparison ? `\n${comparisonText(result.comparison).join('\n')}` : '';
    if (result.status === 'passed')
        return comparison ? [`${open}>`, `      <system-out>${junit_text(comparison.slice(1))}</system-out>`, '    </testcase>'] : [`${open}/>`];
    if (result.status === 'skipped')
        return [`${open}>`, '      <skipped/>', '    </testcase>'];
    const error = result.error;
    const kind = (0,label/* errorLabel */.V)(error);
    const body = junit_text(details(result) + comparison);
    const element = result.status === 'failed'
        ? `      <failure type="${attribute(kind)}" message="${attribute(`${kind}: ${error.message}`)}">${body}</failure>`
        : `      <system-out>${junit_text(`warned (the gate does not fail on ${kind})\n`)}${body}</system-out>`;
    return [`${open}>`, element, '    </testcase>'];
}
function details(result) {
    const { check, error } = result;
    const places = (0,report_locations/* whereItFails */.St)(result);
    const lines = [`${(0,label/* errorLabel */.V)(error)}: ${error.message}`, ...(places ? [places] : []), `target: ${check.target}`];
    for (const assertion of result.assertions.filter((a) => !a.passed)) {
        lines.push(`line ${assertion.line}: ${(0,describe/* describeFailure */.Ic)(assertion)}`);
    }
    if (result.attempts > 1)
        lines.push(`attempts: ${result.attempts}`);
    lines.push(...stepsText(result));
    const where = steps_stepLocation(result);
    lines.push(`at ${where.file}:${where.line}`);
    return lines.join('\n');
}
function seconds(ms) {
    return (ms / 1000).toFixed(3);
}
// Characters XML 1.0 cannot carry at all, even escaped: C0 controls but tab, LF and CR, lone
// surrogates, U+FFFE and U+FFFF. What a server sent may contain any of them.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function junit_text(value) {
    return value.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function attribute(value) {
    return junit_text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

;// CONCATENATED MODULE: ./src/run/write-reports.ts
// The report files of a run, written the same way by both doors.




/** A report file that could not be written: the door says which of its options or inputs named it. */
class ReportWriteError extends Error {
    kind;
    file;
    name = 'ReportWriteError';
    constructor(kind, file, options) {
        super(`Cannot write the ${kind === 'json' ? 'JSON' : 'JUnit'} report to ${file}: ${options.cause.message}`, options);
        this.kind = kind;
        this.file = file;
    }
}
const RENDERERS = {
    json: function* (run) {
        yield* jsonReportText(run);
        yield '\n';
    },
    junit: (run) => [renderJunit(run)],
};
/**
 * The pieces are encoded one after another into a buffer, reused for every write of the file and
 * written out each time it is full: neither a Buffer per write (memory outside the heap that stays
 * until it is collected, some 6 MiB for a report of 5,000 checks) nor pieces joined into a string
 * (a copy of the report's text): the report is written when the run's memory is at its peak.
 */
const WRITE_BYTES = 192 * 1024;
/** Writes each report asked for (folders created); gives the files written, in order. */
function writeReports(run, files) {
    const written = [];
    for (const kind of ['json', 'junit']) {
        const file = files[kind];
        if (!file)
            continue;
        try {
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(external_node_path_default().resolve(file)), { recursive: true });
            writePieces(file, RENDERERS[kind](run));
        }
        catch (error) {
            throw new ReportWriteError(kind, file, { cause: error });
        }
        written.push(file);
    }
    return written;
}
/** Writes the pieces to `file` (created or truncated), a buffer's worth at a time. */
function writePieces(file, pieces) {
    const fd = (0,external_node_fs_.openSync)(file, 'w');
    try {
        const bytes = new Uint8Array(WRITE_BYTES);
        let filled = 0;
        for (const piece of pieces) {
            for (let read = 0; read < piece.length;) {
                const encoded = encoder.encodeInto(read === 0 ? piece : piece.slice(read), bytes.subarray(filled));
                read += encoded.read;
                filled += encoded.written;
                if (read < piece.length) {
                    // Full, or too nearly for the next character: an empty buffer always has room for one.
                    writeAll(fd, bytes, filled);
                    filled = 0;
                }
            }
        }
        writeAll(fd, bytes, filled);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
const encoder = new TextEncoder();
function writeAll(fd, bytes, length) {
    for (let offset = 0; offset < length;)
        offset += (0,external_node_fs_.writeSync)(fd, bytes, offset, length - offset);
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/cli/style.ts
var cli_style = __webpack_require__(1715);
// EXTERNAL MODULE: ./src/cli/width.ts
var cli_width = __webpack_require__(9002);
;// CONCATENATED MODULE: ./src/cli/comparison.ts




const NAME_COLUMNS = 32;
const HEADERS = ['preview vs baseline', 'median', 'baseline', 'ratio', 'p', 'verdict'];
/**
 * Nothing when no check was compared. A merge of several locations has a row per check and
 * location. At a terminal (`cut`) names and reasons are cut to fit; piped, nothing is.
 */
function renderComparisonLines(run, style, cut = true) {
    const compared = comparisonRows(run);
    if (compared.length === 0)
        return [];
    const full = compared.map(({ name, location }) => (0,cli_style/* printable */.g$)(location === undefined ? name : `${name} @ ${location}`));
    const names = cut ? distinctNames(full) : full;
    const shown = compared.map(({ comparison }) => shownVerdict(comparison));
    const rows = compared.map(({ comparison: c }, i) => [names[i], ms(c.preview), ms(c.baseline), ratio(c.ratio), pValue(c.pValue), shown[i].verdict]);
    const widths = HEADERS.map((header, i) => Math.max(header.length, ...rows.map((row) => (0,cli_width/* columns */.YB)(row[i]))));
    const pad = (text, i) => ' '.repeat(widths[i] - (0,cli_width/* columns */.YB)(text));
    const line = (cells) => cells.map((text, i) => (i === 0 ? text + pad(text, i) : pad(text, i) + text)).join('  ');
    const lines = [style.bold(line(HEADERS)), style.dim(widths.map((w) => '\u2500'.repeat(w)).join('  '))];
    for (const [index, { comparison: c }] of compared.entries()) {
        const { verdict, reason } = shown[index];
        lines.push(verdictPaint(verdict, style)(line(rows[index])));
        if (verdict !== 'same')
            lines.push(style.dim(`  ${(0,cli_style/* printable */.g$)(cut ? (0,src_text/* truncate */.xv)(reason, 160) : reason)}`));
        for (const change of c.schemaChanges.filter((s) => s.regression)) {
            const what = change.kind === 'missing' ? `missing (was ${change.baselineType})` : `${change.baselineType} \u2192 ${change.previewType}`;
            lines.push(style.red(`  ${(0,cli_style/* printable */.g$)(change.path)}: ${what}`));
        }
    }
    lines.push(style.dim(`baseline: ${(0,cli_style/* printable */.g$)(compared[0].comparison.baselineUrl)}`));
    return lines;
}
/** Names cut to NAME_COLUMNS, never so that two read the same (more columns when no cut can). */
function distinctNames(names) {
    for (let width = NAME_COLUMNS;; width++) {
        const shown = (0,cli_width/* cutDistinct */.$O)(names, width);
        if (shown)
            return shown;
    }
}
function ms(summary) {
    return summary ? `${Math.round(summary.medianMs)} ms` : '\u2013';
}
function verdictPaint(verdict, style) {
    // A check not compared failed on its own: its failure, above, is in red already.
    return { same: (t) => t, improved: style.green, regressed: style.red, inconclusive: style.yellow, 'not compared': style.dim }[verdict];
}

;// CONCATENATED MODULE: ./src/cli/table.ts





const table_HEADERS = ['status', 'name', 'type', 'target', 'error', 'time'];
const AFTER_STATUS = 1;
// When the table is too wide, name and target give up width first, sharing the cut, down to a
// comfortable minimum, then down to a bare one; the error column only after them.
const SHRINKABLE = [
    [
        ['target', 16],
        ['name', 16],
    ],
    [
        ['target', 8],
        ['name', 8],
    ],
    [['error', 12]],
];
const GAP = '  ';
const STATUS_TEXT = {
    passed: '\u2713 passed',
    failed: '\u2717 failed',
    warned: '! warned',
    skipped: '- skipped',
};
function statusPaint(status, style) {
    return { passed: style.green, failed: style.red, warned: style.yellow, skipped: style.dim }[status];
}
function table_statusLabel(status, style) {
    return statusPaint(status, style)(STATUS_TEXT[status]);
}
/** The table, one line per check; `maxWidth` is the terminal's width, undefined when piped. */
function renderResultTable(run, style, maxWidth) {
    const locations = (0,report_locations/* shownLocations */.Is)(run);
    // A column per location after the status (merged runs of several locations only).
    const locationWidths = locations.map((l) => Math.max(l.length, ...run.checks.map((r) => STATUS_TEXT[(0,report_locations/* statusIn */.em)(r, l) ?? 'skipped'].length)));
    const locationsWidth = locationWidths.reduce((sum, w) => sum + w + GAP.length, 0);
    const rows = run.checks.map((result) => cells(result, style));
    const { widths, shown } = layout(rows, maxWidth === undefined ? undefined : maxWidth - locationsWidth);
    const header = table_HEADERS.map((h, i) => fit({ text: h, paint: style.bold }, h, widths[i], h === 'time'));
    const body = rows.map((row, r) => row.map((cell, i) => fit(cell, shown[i][r], widths[i], table_HEADERS[i] === 'time')));
    header.splice(AFTER_STATUS, 0, ...locations.map((l, i) => fit({ text: l, paint: style.bold }, l, locationWidths[i], false)));
    body.forEach((row, r) => {
        const statuses = locations.map((l) => locationCell(run.checks[r], l, style));
        row.splice(AFTER_STATUS, 0, ...statuses.map((cell, i) => fit(cell, cell.text, locationWidths[i], false)));
    });
    const allWidths = [...widths];
    allWidths.splice(AFTER_STATUS, 0, ...locationWidths);
    const rule = style.dim(allWidths.map((w) => '\u2500'.repeat(w)).join(GAP));
    return [header.join(GAP).trimEnd(), rule, ...body.map((row) => row.join(GAP).trimEnd())];
}
function locationCell(result, location, style) {
    const status = (0,report_locations/* statusIn */.em)(result, location);
    return status ? { text: STATUS_TEXT[status], paint: statusPaint(status, style) } : { text: '' };
}
function cells(result, style) {
    const { check } = result;
    const error = result.error ? (0,label/* errorLabel */.V)(result.error) : (result.notRun ?? '');
    const time = result.timings.total !== undefined ? formatMs(result.timings.total) : '';
    return [
        { text: STATUS_TEXT[result.status], paint: statusPaint(result.status, style) },
        { text: (0,cli_style/* printable */.g$)(check.name) },
        { text: check.type },
        { text: (0,cli_style/* printable */.g$)(check.target) },
        { text: error, paint: result.status === 'failed' ? style.red : style.yellow },
        { text: time },
    ];
}
const NAME = table_HEADERS.indexOf('name');
const TARGET = table_HEADERS.indexOf('target');
/**
 * The columns' widths and each cell's text as shown. Names are cut so that two rows never read
 * the same (cutDistinct), the name column taking more room when no cut at its width can; targets
 * keep both ends (the host and the path tell checks apart), told apart too where a cut can.
 */
function layout(rows, maxWidth) {
    const full = table_HEADERS.map((header, i) => Math.max(header.length, ...rows.map((row) => (0,cli_width/* columns */.YB)(row[i].text))));
    const texts = table_HEADERS.map((_, i) => rows.map((row) => row[i].text));
    for (let nameMinimum = 0;;) {
        const widths = columnWidths(full, maxWidth, nameMinimum);
        const names = (0,cli_width/* cutDistinct */.$O)(texts[NAME], widths[NAME]);
        if (names) {
            const shown = texts.map((column, i) => column.map((text) => (0,cli_width/* cutAround */.se)(text, widths[i])));
            shown[NAME] = names;
            const width = widths[TARGET];
            shown[TARGET] = (0,cli_width/* cutDistinct */.$O)(texts[TARGET], width, (text) => (0,cli_width/* cutMiddle */.it)(text, width)) ?? texts[TARGET].map((text) => (0,cli_width/* cutMiddle */.it)(text, width));
            return { widths, shown };
        }
        nameMinimum = widths[NAME] + 1;
    }
}
function columnWidths(full, maxWidth, nameMinimum) {
    const widths = [...full];
    if (maxWidth === undefined)
        return widths;
    let overflow = widths.reduce((sum, w) => sum + w, 0) + GAP.length * (widths.length - 1) - maxWidth;
    // One column at a time, always the one with the most to spare in the tier.
    for (const tier of SHRINKABLE) {
        const minimums = tier.map(([column, minimum]) => (column === 'name' ? Math.max(minimum, nameMinimum) : minimum));
        while (overflow > 0) {
            const spare = tier.map(([column], t) => widths[table_HEADERS.indexOf(column)] - minimums[t]);
            const most = Math.max(...spare);
            if (most <= 0)
                break;
            widths[table_HEADERS.indexOf(tier[spare.indexOf(most)][0])] -= 1;
            overflow--;
        }
    }
    return widths;
}
/** Pads a cell's shown text (cut to its column) to the column, then colours it. */
function fit(cell, shown, width, alignRight) {
    const padding = ' '.repeat(Math.max(0, width - (0,cli_width/* columns */.YB)(shown)));
    const painted = cell.paint && shown ? cell.paint(shown) : shown;
    return alignRight ? padding + painted : painted + padding;
}
/** `\u21bb Health passed after 3 attempts`: a check that needed retries to pass is worth knowing about. */
function renderRetried(run, style) {
    return run.checks
        .filter((result) => result.status === 'passed' && result.attempts > 1)
        .map((result) => `${style.yellow('\u21bb')} ${(0,cli_style/* printable */.g$)(result.check.name)} ${style.dim(`passed after ${result.attempts} attempts`)}`);
}
/** `\u2717 The gate failed: 2 failed, 1 warned, 5 passed, 0 skipped (8 checks in 1.4 s)`. */
function renderVerdict(run, style) {
    const { summary } = run;
    const counts = `${summary.failed} failed, ${summary.warned} warned, ${summary.passed} passed, ${summary.skipped} skipped`;
    const tail = `(${summary.total} check${summary.total === 1 ? '' : 's'} in ${formatMs(run.durationMs)})`;
    if (run.ready?.status === 'failed')
        return `${style.red(style.bold('\u2717 The gate failed: the preview never became ready;'))} no check was run ${style.dim(tail)}`;
    if (run.result === 'pass')
        return `${style.green(style.bold('\u2713 The gate passed:'))} ${counts} ${style.dim(tail)}`;
    // No check failed: the manifest's problems outside its checks failed the run (src/gate.ts tally).
    const why = summary.failed === 0 ? 'on the manifest\u2019s problems (below);' : '';
    return `${style.red(style.bold(`\u2717 The gate failed${why ? ` ${why}` : ':'}`))} ${counts} ${style.dim(tail)}`;
}

;// CONCATENATED MODULE: ./src/cli/details.ts
// What the terminal shows under the table for each failed or warned check: the error, the
// assertions as expected vs actual, what the server sent, and the timing waterfall.










const INDENT = '    ';
const EXCERPT_COLUMNS = 160;
const VALUE_COLUMNS = 80;
function renderFailureDetails(result, style) {
    const { check, error } = result;
    if (!error)
        return [];
    const paint = result.status === 'failed' ? style.red : style.yellow;
    const location = steps_stepLocation(result);
    const where = `${location.file}:${location.line}`;
    const places = (0,report_locations/* whereItFails */.St)(result);
    const lines = [
        `${table_statusLabel(result.status, style)}  ${style.bold((0,cli_style/* printable */.g$)(checkTitle(result)))}  ${paint((0,label/* errorLabel */.V)(error))}  ${style.dim(where)}${places ? `  ${paint((0,cli_style/* printable */.g$)(places))}` : ''}`,
        `${INDENT}${style.dim(check.type)} ${(0,cli_style/* printable */.g$)(check.target)}`,
    ];
    if (error.category === 'INCORRECT_ASSERTION' && result.assertions.some((assertion) => !assertion.passed)) {
        lines.push(...result.assertions.map((assertion) => INDENT + assertionLine(assertion, style)));
        lines.push(INDENT + (0,taxonomy/* explain */.WE)(error.category, error.code).fix);
    }
    else {
        lines.push(INDENT + (0,cli_style/* printable */.g$)(error.message));
    }
    if (result.attempts > 1)
        lines.push(`${INDENT}${style.dim(`after ${result.attempts} attempts`)}`);
    lines.push(...stepsText(result).map((line) => INDENT + (0,cli_style/* printable */.g$)(line)));
    // The message names the sampled request that failed; the response and timings kept are of the check's own, which passed.
    if (failedWhileSampled(result))
        return lines;
    if (result.excerpt) {
        lines.push(`${INDENT}${style.dim('response:')} ${(0,src_text/* truncate */.xv)((0,cli_style/* printable */.g$)(result.excerpt.trim()), EXCERPT_COLUMNS)}`);
    }
    lines.push(...waterfall_renderWaterfall(result.timings).map((line) => INDENT + style.dim(line)));
    return lines;
}
/** A passed multistep check whose steps allowed to fail did: a warning with its steps. */
function renderAllowedFailures(result, style) {
    const allowed = allowedFailures(result);
    if (allowed.length === 0)
        return [];
    const names = allowed.map((step) => `${(0,cli_style/* printable */.g$)(step.name)} (${(0,label/* errorLabel */.V)(step.error)})`).join(', ');
    return [
        `${style.yellow('!')} ${style.bold((0,cli_style/* printable */.g$)(result.check.name))}  ${style.yellow(`passed; steps allowed to fail failed: ${names}`)}`,
        ...stepsText(result).map((line) => INDENT + (0,cli_style/* printable */.g$)(line)),
    ];
}
function assertionLine(assertion, style) {
    const at = style.dim(`line ${assertion.line}`);
    if (!assertion.passed)
        return `${style.red('\u2717')} ${at}  ${(0,cli_style/* printable */.g$)((0,describe/* describeFailure */.Ic)(assertion))}`;
    const shown = (value) => `\`${(0,describe/* showValue */.vp)(value, VALUE_COLUMNS)}\``;
    return `${style.green('\u2713')} ${at}  ${(0,cli_style/* printable */.g$)(`${(0,describe/* assertionSubject */.$l)(assertion)}: ${assertion.operator} ${shown(assertion.target)}, actual ${shown(assertion.actual)}`)}`;
}

// EXTERNAL MODULE: ./src/cli/terminal.ts
var cli_terminal = __webpack_require__(1028);
// EXTERNAL MODULE: ./src/cli/validate.ts + 2 modules
var validate = __webpack_require__(3635);
;// CONCATENATED MODULE: ./src/cli/run.ts
// `probegate run`: load a manifest, run it with a live progress line, print the table and the
// failures, write the reports, and exit by the gate.













const RUN_HELP = `Usage: probegate run [manifest] [options]

Runs the checks of a manifest (default ${cli_args/* DEFAULT_MANIFEST */.mj}) and gates on
their errors.

Options:
  --base-url URL     the deployment to check, {{ BASE_URL }} in the manifest
  --baseline-url URL compare with this deployment (production): {{ BASE_URL }}
                     on the baseline side; beats the manifest's
                     baseline.base_url (docs/baseline.md)
  --fail-on LIST     error categories that fail the run, comma-separated: all,
                     a category (SSL) or CATEGORY:CODE (SSL:CERT_HAS_EXPIRED);
                     overrides the manifest's gate
  --warn-on LIST     error categories that only warn
  --var NAME=VALUE   set a variable (repeatable); overrides the manifest's
                     variables
  --json FILE        write the JSON report to FILE; with -, to stdout (the
                     table then goes to stderr, so probegate run --json - | jq
                     works)
  --junit FILE       write a JUnit XML report to FILE
  --concurrency N    how many checks run at once (default 8)
  --shard I/N        run only shard I of N (every N-th check), for a job
                     matrix; merge the reports with probegate merge
  --location NAME    where this run runs from (eu-west), recorded in the report
                     for merge
  --tag LIST         run only the checks with one of these tags (repeatable,
                     comma-separated); the others are not run and not counted
  --grep REGEX       run only the checks whose name matches REGEX
  -h, --help         show this help

{{ env.NAME }} reads the environment. SHA, REPOSITORY and PR_NUMBER are known
only when GITHUB_SHA, GITHUB_REPOSITORY and GITHUB_REF are set.

Colour: FORCE_COLOR (1, 2, 3, true or empty) turns it on, even with NO_COLOR;
FORCE_COLOR=0, NO_COLOR or NODE_DISABLE_COLORS turn it off; otherwise only a
terminal is coloured. On a terminal, lines fit its width.

Exit status: 0 the gate passed, 1 the gate failed, 2 the manifest has problems,
the arguments are unusable or --tag / --grep select no check (the checks a
problem does not concern still run and are reported first).`;
const RUN_OPTIONS = {
    'base-url': { type: 'string' },
    'baseline-url': { type: 'string' },
    'fail-on': { type: 'string', multiple: true },
    'warn-on': { type: 'string', multiple: true },
    var: { type: 'string', multiple: true },
    json: { type: 'string' },
    junit: { type: 'string' },
    concurrency: { type: 'string' },
    shard: { type: 'string' },
    location: { type: 'string' },
    tag: { type: 'string', multiple: true },
    grep: { type: 'string' },
};
const JSON_TO_STDOUT = '-';
async function runCommand(args, terminal) {
    const { values, positionals } = (0,cli_args/* parseCommandLine */.Du)(args, RUN_OPTIONS, 1);
    if (values.help) {
        terminal.print(RUN_HELP);
        return 0;
    }
    const settings = {
        failOn: (0,cli_args/* parseGateOption */.Gt)('fail-on', values['fail-on']),
        warnOn: (0,cli_args/* parseGateOption */.Gt)('warn-on', values['warn-on']),
        concurrency: (0,cli_args/* parseConcurrency */.nY)(values.concurrency),
        jsonFile: values.json,
        junitFile: values.junit,
        shard: (0,cli_args/* parseShardOption */.HH)(values.shard),
        location: (0,cli_args/* parseLocationOption */.YO)(values.location),
        selection: { tags: (0,cli_args/* parseTags */.rL)(values.tag), grep: (0,cli_args/* parseGrep */.is)(values.grep) },
    };
    const manifestPath = positionals[0] ?? cli_args/* DEFAULT_MANIFEST */.mj;
    const manifest = await loadForRun(manifestPath, manifestPath, terminal, {
        builtins: (0,cli_args/* builtinVariables */.xg)((0,cli_args/* parseBaseUrl */.Q2)(values['base-url']), process.env),
        inputs: (0,cli_args/* parseVars */.ux)(values.var),
        secretInputs: {},
        env: process.env,
    }, (0,cli_args/* parseBaseUrl */.Q2)(values['baseline-url'], 'baseline-url'));
    if (!manifest)
        return 2;
    const run = await runAndReport(manifest, settings, terminal);
    if (manifest.problems.length > 0) {
        // The valid checks ran and are reported above; the problems come last, where they are seen.
        const { errorStyle } = terminal;
        for (const line of (0,validate.formatProblems)(manifest.problems, errorStyle))
            terminal.error(line);
        const count = `${manifest.problems.length} problem${manifest.problems.length === 1 ? '' : 's'}`;
        const outcome = manifest.problemsOutsideChecks.length === manifest.problems.length ? 'the run fails until they are corrected' : 'the checks they concern were not run';
        terminal.error(`${errorStyle.red('\u2717')} ${(0,cli_style/* printable */.g$)(manifest.file)} has ${count}: ${outcome}`);
        return 2;
    }
    return run.result === 'pass' ? 0 : 1;
}
/** Loads a manifest; an unusable one is printed with its problems and gives undefined. */
async function loadForRun(manifestPath, displayPath, terminal, variables, baselineUrl) {
    try {
        return await (0,load/* loadManifest */.eY)({ path: manifestPath, displayPath, variables, ...(baselineUrl ? { baselineUrl } : {}) });
    }
    catch (error) {
        if (!(error instanceof load/* ManifestError */.Sh))
            throw error;
        const { errorStyle } = terminal;
        for (const line of (0,validate.formatProblems)(error.problems, errorStyle))
            terminal.error(line);
        terminal.error(`${errorStyle.red('\u2717')} ${(0,cli_style/* printable */.g$)(error.message)} (nothing was run)`);
        return undefined;
    }
}
/** Runs every check, prints the result and writes the reports asked for. */
async function runAndReport(manifest, settings, output) {
    // `--json -`: the report owns stdout, so everything meant for a person goes to stderr.
    const terminal = settings.jsonFile === JSON_TO_STDOUT ? (0,cli_terminal/* onStderr */.EJ)(output) : output;
    const waiting = manifest.ready ? `waiting for ${manifest.ready.url.href} to answer\u2026` : undefined;
    const run = await runManifest(manifest, {
        gate: settings,
        concurrency: settings.concurrency,
        shard: settings.shard,
        location: settings.location,
        selection: settings.selection,
        onStart: (total) => terminal.progress.start(total, waiting ?? `running ${total} check${total === 1 ? '' : 's'}\u2026`),
        onCheckDone: (outcome, done, total, awaitsComparison) => terminal.progress.checkDone(outcome, done, total, awaitsComparison),
        onCompareStart: (checks) => terminal.progress.comparing(checks),
    }).catch((error) => {
        // Nothing selected is a usage problem (exit 2), never a run that passes with no check.
        throw error instanceof SelectionError ? new cli_args/* UsageError */.eb(error.message) : error;
    });
    terminal.progress.clear();
    printAndWrite(run, settings, output);
    return run;
}
/** The reports a run or a merge gives: the table and failures, then the --json and --junit files. */
function printAndWrite(run, files, output) {
    const terminal = files.jsonFile === JSON_TO_STDOUT ? (0,cli_terminal/* onStderr */.EJ)(output) : output;
    printRun(run, terminal);
    for (const file of writeReportFiles(run, files))
        terminal.print(terminal.style.dim(`Wrote ${file}`));
    if (files.jsonFile === JSON_TO_STDOUT)
        output.write(JSON.stringify(renderJsonReport(run), null, 2));
}
function printRun(run, terminal) {
    const { style } = terminal;
    terminal.print(...renderResultTable(run, style, terminal.width), ...renderRetried(run, style), '');
    const comparison = renderComparisonLines(run, style, terminal.width !== undefined);
    if (comparison.length > 0)
        terminal.print(...comparison, '');
    if (run.ready) {
        const paint = run.ready.status === 'failed' ? style.red : style.yellow;
        const where = `${run.ready.location.file}:${run.ready.location.line}`;
        terminal.print(`${paint(`${run.ready.status === 'failed' ? '\u2717' : '!'} ready`)}  ${paint((0,label/* errorLabel */.V)(run.ready.error))}  ${style.dim((0,cli_style/* printable */.g$)(where))}`, `  ${(0,cli_style/* printable */.g$)(run.ready.error.message)}`, '');
    }
    const failures = [...run.checks.filter((c) => c.status === 'failed'), ...run.checks.filter((c) => c.status === 'warned')];
    for (const result of failures)
        terminal.print(...renderFailureDetails(result, style), '');
    for (const result of run.checks.filter((c) => c.status === 'passed')) {
        const lines = renderAllowedFailures(result, style);
        if (lines.length > 0)
            terminal.print(...lines, '');
    }
    terminal.print(renderVerdict(run, style));
}
/** The --json and --junit files; one that cannot be written is a usage error naming its option. */
function writeReportFiles(run, files) {
    const json = files.jsonFile === JSON_TO_STDOUT ? undefined : files.jsonFile;
    try {
        return writeReports(run, { json, junit: files.junitFile });
    }
    catch (error) {
        if (!(error instanceof ReportWriteError))
            throw error;
        throw new cli_args/* UsageError */.eb(`--${error.kind} ${error.file}: cannot write the report (${error.cause.message})`);
    }
}


/***/ }),

/***/ 9991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ runAttempt)
/* harmony export */ });
/* harmony import */ var _assertions_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1232);
/* harmony import */ var _assertions_describe_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6472);
/* harmony import */ var _assertions_operators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2760);
/* harmony import */ var _checks_ip_family_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6169);
/* harmony import */ var _errors_classify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(621);
/* harmony import */ var _errors_probe_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8590);
/* harmony import */ var _net_timing_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(481);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7964);
// One attempt of one check: its deadline, the probe, the assertions, and the judgement of what
// was observed.








async function runAttempt(check, module, options = {}) {
    const timer = new _net_timing_js__WEBPACK_IMPORTED_MODULE_5__/* .PhaseTimer */ .x();
    // The assertions' own bound, from the attempt's start: a regex cannot be interrupted by a timer.
    const assertionDeadline = assertionBound(check, options.parent);
    const limits = { requestMs: check.timeoutMs, overallMs: check.overallTimeoutMs };
    const deadline = new _deadline_js__WEBPACK_IMPORTED_MODULE_6__/* .Deadline */ .B(limits, { parent: options.parent, pendingPhase: () => timer.pendingPhase() });
    const context = new AttemptContext(timer, deadline, options.session);
    try {
        const observation = await deadline.race(module.run(check.request, context));
        return withProxy(await judged(check, observation, assertionDeadline), context.proxy);
    }
    catch (error) {
        const cause = deadline.ended ? deadline.reason : error;
        return withProxy({ error: (0,_errors_classify_js__WEBPACK_IMPORTED_MODULE_3__/* .classify */ .L)(await explained(cause, check, deadline)).toInfo(), assertions: [], timings: timer.timings() }, context.proxy);
    }
    finally {
        deadline.clear();
    }
}
/**
 * When the assertions must be done: the attempt's overall timeout, or the end of the sequence it
 * is a step of when that comes first (a step's `overall_timeout` defaults to 60 s, its sequence's
 * may be 2 s), with the limit that applies named in the message.
 */
function assertionBound(check, parent) {
    const now = performance.now();
    const own = { at: now + check.overallTimeoutMs, limitMs: check.overallTimeoutMs };
    if (!parent)
        return own;
    const sequenceAt = now + parent.remainingMs();
    return sequenceAt < own.at ? { at: sequenceAt, limitMs: parent.limitMs } : own;
}
/** The error as it is, or as a missing record of the family the check asks for (ip_family), looked up within the deadline. */
async function explained(cause, check, deadline) {
    const family = check.request?.ipFamily;
    if (!family || deadline.ended)
        return cause;
    return (await deadline.race((0,_checks_ip_family_js__WEBPACK_IMPORTED_MODULE_2__/* .familyMiss */ .B)(cause, family)).catch(() => undefined)) ?? cause;
}
function withProxy(result, proxy) {
    return proxy === undefined ? result : { ...result, proxy };
}
/** What a check's run gets; its signal is made only for the checks that use it (see Deadline). */
class AttemptContext {
    timer;
    deadline;
    session;
    /** The last forward proxy the attempt went through: a redirect's hop may use another, and its failure is that proxy's. */
    proxy;
    constructor(timer, deadline, session) {
        this.timer = timer;
        this.deadline = deadline;
        this.session = session;
    }
    get signal() {
        return this.deadline.signal;
    }
    throughProxy(proxy) {
        this.proxy = proxy;
    }
}
/**
 * The observation judged by the assertions; a regex still running at its deadline is
 * TIMEOUT:OVERALL_TIMEOUT. A promise only when a regex runs in the worker.
 */
function judged(check, observation, deadline) {
    try {
        const evaluated = (0,_assertions_index_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluate */ ._)(check.assertions, observation, deadline);
        if (!(evaluated instanceof Promise))
            return verdict(observation, evaluated);
        return evaluated.then((assertions) => verdict(observation, assertions)).catch((error) => unjudged(observation, error));
    }
    catch (error) {
        return unjudged(observation, error);
    }
}
// Not the attempt's deadline, which may have fired meanwhile: the regex is what ran out of time.
function unjudged(observation, error) {
    return { error: (0,_errors_classify_js__WEBPACK_IMPORTED_MODULE_3__/* .classify */ .L)(error).toInfo(), assertions: [], timings: observation.timings };
}
function verdict(observation, evaluated) {
    // A conversation's assertions (websocket `messages`) were judged by the probe as it went.
    const assertions = observation.assertions ? [...observation.assertions, ...evaluated] : evaluated;
    return { error: judge(observation, assertions), assertions, timings: observation.timings, observation };
}
/**
 * A statusCode assertion that the refusal passed and a 200 would have failed (`is 401`, `isNot
 * 200`, `moreThanOrEqual 400`): the check expects its credentials to be refused. One a 200 passes
 * too (`isNot 500`, `lessThan 500`) says nothing of the refusal, which then fails the check.
 */
function expectsRefusal(assertion) {
    if (assertion.type !== 'statusCode' || !assertion.passed)
        return false;
    // A regex test that needs a worker is not made here: the refusal then fails the check.
    const onSuccess = (0,_assertions_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .compareAtOnce */ .Ux)(assertion.operator, 200, assertion.target);
    return onSuccess !== undefined && !onSuccess.passed;
}
/**
 * Rejected credentials nobody expected, else the error the probe met after observing (it wins
 * over the assertions), else the failed assertions; null when the attempt passed.
 */
function judge(observation, assertions) {
    const rejected = observation.credentialsRejected;
    if (rejected && !assertions.some(expectsRefusal)) {
        return (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_4__/* .probeError */ .v)('AUTHENTICATION_ERROR', 'AUTHENTICATION_ERROR', rejected.message).toInfo();
    }
    if (observation.error !== undefined)
        return (0,_errors_classify_js__WEBPACK_IMPORTED_MODULE_3__/* .classify */ .L)(observation.error).toInfo();
    const failed = assertions.filter((a) => !a.passed);
    if (failed.length === 0)
        return null;
    return (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_4__/* .probeError */ .v)('INCORRECT_ASSERTION', 'INCORRECT_ASSERTION', failed.map(_assertions_describe_js__WEBPACK_IMPORTED_MODULE_7__/* .describeFailure */ .Ic).join('; ')).toInfo();
}


/***/ }),

/***/ 7964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ Deadline)
/* harmony export */ });
/* harmony import */ var _errors_deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7943);

class Deadline {
    kind;
    limitMs;
    endsAt;
    timer;
    // The signal is made on first use: an http exchange asks for none (it stops its client through
    // onEnd), and an AbortController with undici's listener on it is a cost every check would pay.
    controller;
    ending;
    listeners;
    detach;
    expire;
    constructor(limits, { parent, pendingPhase } = {}) {
        if (limits.overallMs < limits.requestMs) {
            this.kind = 'overall';
            this.limitMs = limits.overallMs;
        }
        else {
            this.kind = 'request';
            this.limitMs = limits.requestMs;
        }
        this.endsAt = performance.now() + this.limitMs;
        this.timer = setTimeout(() => this.end(new _errors_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .DeadlineExceeded */ .m(this.kind, this.limitMs, pendingPhase?.())), this.limitMs);
        if (parent)
            this.detach = parent.onEnd((reason) => this.end(reason));
    }
    /** Aborted when the deadline runs out; its reason is the DeadlineExceeded that says which. */
    get signal() {
        if (!this.controller) {
            this.controller = new AbortController();
            if (this.ending)
                this.controller.abort(this.ending.reason);
        }
        return this.controller.signal;
    }
    /** Whether the deadline has run out (or its parent's has). */
    get ended() {
        return this.ending !== undefined;
    }
    /** Why it ended: a DeadlineExceeded, or the parent's reason; undefined while it runs. */
    get reason() {
        return this.ending?.reason;
    }
    /** Calls `listener` when the deadline ends (at once if it has); returns what removes it. */
    onEnd(listener) {
        if (this.ending) {
            listener(this.ending.reason);
            return () => undefined;
        }
        (this.listeners ??= []).push(listener);
        return () => {
            const at = this.listeners?.indexOf(listener) ?? -1;
            if (at >= 0)
                this.listeners.splice(at, 1);
        };
    }
    remainingMs() {
        return Math.max(0, this.endsAt - performance.now());
    }
    /** Settles as the probe does, or rejects when the deadline runs out, even if the probe ignores its signal. */
    race(probe) {
        return new Promise((resolve, reject) => {
            if (this.ending)
                reject(this.ending.reason);
            this.expire = reject;
            probe.then(resolve, reject);
        });
    }
    clear() {
        clearTimeout(this.timer);
        this.detach?.();
    }
    end(reason) {
        if (this.ending)
            return;
        this.ending = { reason };
        clearTimeout(this.timer);
        // The attempt ends first, whatever the clean-ups below do: a listener's throw, in a timer's
        // callback, would otherwise leave the attempt waiting and end the process.
        this.expire?.(reason);
        this.controller?.abort(reason);
        const listeners = this.listeners ?? [];
        this.listeners = undefined;
        for (const listener of listeners) {
            try {
                listener(reason);
            }
            catch {
                // A clean-up that failed (a client already gone) changes nothing of the attempt's end.
            }
        }
    }
}


/***/ }),

/***/ 2393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ah: () => (/* binding */ redactOutcome),
/* harmony export */   O6: () => (/* binding */ withoutRequest),
/* harmony export */   So: () => (/* binding */ redactNotReady),
/* harmony export */   v5: () => (/* binding */ MASK)
/* harmony export */ });
/* unused harmony export secretForms */
const MASK = '***';
/**
 * Replaces every secret value in what leaves the engine. The prepared request (headers,
 * credentials) never leaves it: reporters get the check without it.
 */
function redactOutcome(outcome, secrets) {
    const stripped = outcome.check.request === undefined ? outcome : { ...outcome, check: withoutRequest(outcome.check) };
    if (secrets.length === 0)
        return stripped;
    return withOwnWords(stripped, redactDeep(stripped, orderedForms(secrets)));
}
/** The check as reporters get it: without its prepared request. */
function withoutRequest(check) {
    return { ...check, request: undefined };
}
/** The ready URL and what the preview answered to it, with every secret masked. */
function redactNotReady(notReady, secrets) {
    if (secrets.length === 0)
        return notReady;
    const masked = redactDeep(notReady, orderedForms(secrets));
    return { ...masked, error: errorWords(notReady.error, masked.error), assertions: assertionWords(notReady.assertions, masked.assertions) };
}
// Longest first, so a secret that contains another is masked whole.
function orderedForms(secrets) {
    return [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
}
// Shorter encoded fragments would mask ordinary text.
const MIN_ENCODED_LENGTH = 6;
/**
 * A secret as it may come back from a server: as given, URL-encoded, JSON-escaped, and
 * base64-encoded at each of the three byte alignments it can have inside a longer value (an
 * echoed `Authorization: Basic` header), keeping only the characters that depend on the
 * secret alone, as the Actions runner's own masker does.
 */
function secretForms(secret) {
    const forms = [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)];
    for (const offset of [0, 1, 2]) {
        const bytes = Buffer.concat([Buffer.alloc(offset), Buffer.from(secret)]);
        const start = [0, 2, 3][offset];
        const end = Math.floor(bytes.length / 3) * 4;
        forms.push(bytes.toString('base64').slice(start, end));
    }
    return forms.filter((form, index) => index === 0 || form.length >= MIN_ENCODED_LENGTH);
}
function redactDeep(value, secrets) {
    if (typeof value === 'string')
        return maskBeforeEllipses(maskWhole(value, secrets), secrets);
    if (Array.isArray(value))
        return value.map((item) => redactDeep(item, secrets));
    if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
        const record = value;
        const cut = (key) => key === 'excerpt' || (key === 'actual' && record.actualTotalBytes !== undefined);
        return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, typeof item === 'string' && cut(key) ? maskCutEnd(maskWhole(item, secrets), secrets) : redactDeep(item, secrets)]));
    }
    return value;
}
/**
 * The masked outcome with probegate's own words put back where they stand (error category and
 * code, the check's type and its fail_on / warn_on selectors, step types and statuses, assertion
 * types and operators, the protocol, a comparison's verdicts and kinds): they hold no secret, and
 * a short secret (`A`, `dev`) masked inside them made the report's category `INV***LID_REQUEST`,
 * which no reader knows, and a check's `fail_on: [all]` `***ll`, which the gate then read as no
 * selector: a failure became a notice. Only these places: a response's own fields of the same
 * names (an `actual` object's `type`) are the response's text, and stay masked.
 */
function withOwnWords(original, masked) {
    const words = masked;
    words.check = { ...masked.check, type: original.check.type, failOn: original.check.failOn, warnOn: original.check.warnOn };
    if (original.comparison && masked.comparison)
        words.comparison = comparisonWords(original.comparison, masked.comparison);
    if (original.protocol !== undefined)
        words.protocol = original.protocol;
    words.error = errorWords(original.error, masked.error);
    words.assertions = assertionWords(original.assertions, masked.assertions);
    if (original.steps && masked.steps) {
        words.steps = masked.steps.map((step, i) => {
            const own = original.steps[i];
            return { ...step, type: own.type, status: own.status, error: errorWords(own.error, step.error), assertions: assertionWords(own.assertions, step.assertions) };
        });
    }
    return masked;
}
function comparisonWords(original, masked) {
    return {
        ...masked,
        verdict: original.verdict,
        latency: { ...masked.latency, verdict: original.latency.verdict },
        schemaChanges: masked.schemaChanges.map((change, i) => {
            const own = original.schemaChanges[i];
            return { ...change, kind: own.kind, ...(own.baselineType === undefined ? {} : { baselineType: own.baselineType }), ...(own.previewType === undefined ? {} : { previewType: own.previewType }) };
        }),
    };
}
function errorWords(original, masked) {
    return original && masked ? { ...masked, category: original.category, code: original.code } : masked;
}
function assertionWords(original, masked) {
    return masked.map((assertion, i) => ({ ...assertion, type: original[i].type, operator: original[i].operator }));
}
function maskWhole(text, secrets) {
    return secrets.reduce((masked, secret) => masked.split(secret).join(MASK), text);
}
/**
 * A text cut to its start (an excerpt, the kept start of an `actual`) may end inside a secret,
 * which the whole-secret pass cannot see: an end that is the start of a secret is masked too. From
 * four characters: a shorter end is as likely the text's own, and tells next to nothing of a secret.
 */
const MIN_CUT_SECRET = 4;
function maskCutEnd(text, secrets) {
    // The longest such end of any secret: one secret's start may end the start of another.
    let longest = 0;
    for (const secret of secrets) {
        for (let length = Math.min(secret.length - 1, text.length); length >= Math.max(MIN_CUT_SECRET, longest + 1); length--) {
            if (text.endsWith(secret.slice(0, length))) {
                longest = length;
                break;
            }
        }
    }
    return longest === 0 ? text : `${text.slice(0, text.length - longest)}${MASK}`;
}
/** A value shortened for a message ends with `\u2026`, perhaps inside a secret: masked as a cut end. */
function maskBeforeEllipses(text, secrets) {
    if (!text.includes(ELLIPSIS))
        return text;
    return text
        .split(ELLIPSIS)
        .map((part, index, parts) => (index < parts.length - 1 ? maskCutEnd(part, secrets) : part))
        .join(ELLIPSIS);
}
const ELLIPSIS = '\u2026';


/***/ }),

/***/ 621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ classify)
});

// UNUSED EXPORTS: UNKNOWN_ERROR_CHANNEL

// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __webpack_require__(3053);
// EXTERNAL MODULE: ./src/errors/probe-error.ts
var probe_error = __webpack_require__(8590);
// EXTERNAL MODULE: ./src/errors/deadline.ts
var deadline = __webpack_require__(7943);
// EXTERNAL MODULE: ./src/errors/dns.ts
var dns = __webpack_require__(9296);
// EXTERNAL MODULE: ./src/errors/ping.ts
var ping = __webpack_require__(4527);
// EXTERNAL MODULE: ./src/errors/proxy.ts
var proxy = __webpack_require__(6515);
// EXTERNAL MODULE: ./src/errors/tls.ts
var tls = __webpack_require__(6534);
// EXTERNAL MODULE: ./src/errors/grpc-status.ts
var grpc_status = __webpack_require__(9834);
// EXTERNAL MODULE: ./src/errors/system.ts + 1 modules
var system = __webpack_require__(5924);
;// CONCATENATED MODULE: ./src/errors/grpc.ts
// grpc-js's error shape: a status error with a numeric `code`, `details` and `metadata`.
// Refused and reset connections are UNAVAILABLE with the system error only in `details`; the
// grpc check attaches TLS and socket errors its own connector saw as `cause`, and resolves the
// name itself, so those reach the root matchers with their real codes. A TLS failure that
// reaches us only as grpc-js's text ("certificate has expired") is mapped back from the text.





const UNAVAILABLE = 14;
const UNAUTHENTICATED = 16;
// "No connection established. Last error: Error: connect ECONNREFUSED 127.0.0.1:50051. ..."
const EMBEDDED_SYSTEM_ERROR = /\b(?:connect|read|write) (E[A-Z]+)(?: (\S+?))?\.?(?:\s|$)/;
function matchGrpc(e) {
    if (typeof e.code !== 'number' || typeof e.details !== 'string' || !('metadata' in e))
        return undefined;
    const details = e.details.trim();
    if (e.code === UNAVAILABLE) {
        const embedded = embeddedSystemError(details, e) ?? (0,tls/* sslErrorFromText */.SN)(details, e);
        if (embedded)
            return embedded;
        if (details.startsWith('Name resolution failed')) {
            return (0,probe_error/* probeError */.v)('DNS', 'DNS', `gRPC could not resolve the target (${details})`, e);
        }
    }
    const said = details ? `: ${details}` : '';
    if (e.code === UNAUTHENTICATED) {
        return (0,probe_error/* probeError */.v)('AUTHENTICATION_ERROR', 'AUTHENTICATION_ERROR', `The server answered the gRPC call with UNAUTHENTICATED${said}`, e);
    }
    // grpc-status is a decimal number; grpc-js reads any other text as NaN.
    if (!Number.isInteger(e.code)) {
        return (0,probe_error/* probeError */.v)('MALFORMED_RESPONSE', 'MALFORMED_RESPONSE', `The server ended the gRPC call with a grpc-status that is not a number${said}: the reply is not a well-formed gRPC response`, e);
    }
    const known = e.code > 0 && e.code < grpc_status/* GRPC_STATUS_NAMES */.X.length ? grpc_status/* GRPC_STATUS_NAMES */.X[e.code] : undefined;
    if (!known) {
        // A status gRPC does not define is UNKNOWN, as gRPC's own clients read it (OK is never an error here).
        return (0,probe_error/* probeError */.v)('GRPC', 'UNKNOWN', `The gRPC call ended with status ${e.code}, which gRPC does not define (read as UNKNOWN)${said}`, e);
    }
    return (0,probe_error/* probeError */.v)('GRPC', known, `The gRPC call ended with status ${e.code} ${known}${said}`, e);
}
function embeddedSystemError(details, e) {
    const match = EMBEDDED_SYSTEM_ERROR.exec(details);
    if (!match)
        return undefined;
    const [, code, endpoint] = match;
    const colon = endpoint?.lastIndexOf(':') ?? -1;
    const address = colon > 0 ? endpoint.slice(0, colon) : endpoint;
    const port = colon > 0 ? Number(endpoint.slice(colon + 1)) : undefined;
    return (0,system/* matchSystem */.h)({ code, address, port, message: details, cause: e });
}

;// CONCATENATED MODULE: ./src/errors/undici.ts
// undici's error shapes (lib/core/errors.js). Parser errors have no `code` in undici 7, so
// they are recognised by name and message.

const TIMEOUTS = {
    UND_ERR_CONNECT_TIMEOUT: 'the connection',
    UND_ERR_HEADERS_TIMEOUT: 'the response headers',
    UND_ERR_BODY_TIMEOUT: 'the response body',
};
function matchUndici(e) {
    const code = typeof e.code === 'string' ? e.code : '';
    const message = e.message ?? '';
    if (TIMEOUTS[code]) {
        return (0,probe_error/* probeError */.v)('TIMEOUT', 'REQUEST_TIMEOUT', `Timed out waiting for ${TIMEOUTS[code]}`, e);
    }
    if (message.startsWith('HTTP/2') || code.startsWith('ERR_HTTP2_')) {
        return (0,probe_error/* probeError */.v)('HTTP2', 'HTTP2', `Error performing HTTP/2 request: ${message}`, e);
    }
    if (code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED') {
        return (0,probe_error/* probeError */.v)('CONNRESET', 'SOCKET_CLOSED', `The server closed the connection before the response was complete (${message})`, e);
    }
    if (code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH' || code === 'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH') {
        return (0,probe_error/* probeError */.v)('MALFORMED_RESPONSE', 'CONTENT_LENGTH_MISMATCH', `Invalid response: ${message}`, e);
    }
    if (code === 'UND_ERR_HEADERS_OVERFLOW') {
        return (0,probe_error/* probeError */.v)('MALFORMED_RESPONSE', 'HEADERS_TOO_LARGE', 'The response headers are over the limit of 64 KiB', e);
    }
    if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') {
        return (0,probe_error/* probeError */.v)('BODY_TOO_LARGE', 'BODY_TOO_LARGE', 'The response body is larger than the 10 MiB cap', e);
    }
    if (e.name === 'HTTPParserError' || code.startsWith('HPE_')) {
        return (0,probe_error/* probeError */.v)('MALFORMED_RESPONSE', 'MALFORMED_RESPONSE', `The server sent an invalid HTTP response: ${message}`, e);
    }
    if (code === 'UND_ERR_INVALID_ARG' || code === 'ERR_INVALID_URL') {
        return (0,probe_error/* probeError */.v)('INVALID_REQUEST', 'INVALID_REQUEST', `The request is invalid: ${message}`, e);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/errors/websocket.ts
// ws's error shapes (ws 8): frame errors carry a WS_ERR_* code (a reply that breaks the
// protocol: MALFORMED_RESPONSE, SPEC \u00a72); a bad handshake answer is a
// plain Error recognised by its message (lib/websocket.js, abortHandshake). A non-101 answer and
// a close before the first message are detected by the websocket check itself.

const HANDSHAKE_FAILURE = /^(Invalid (Upgrade|Sec-WebSocket-Accept|Sec-WebSocket-Extensions) header|Server sent (a|an invalid|no) (subprotocol|Sec-WebSocket-Extensions)|Server indicated an extension|Unexpected server response)/;
function matchWebSocket(e) {
    const code = typeof e.code === 'string' ? e.code : '';
    const message = e.message ?? '';
    if (code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
        return (0,probe_error/* probeError */.v)('WEBSOCKET', 'MESSAGE_TOO_LONG', 'Received message longer than the maximum supported length (50 KiB)', e);
    }
    if (code.startsWith('WS_ERR_')) {
        return (0,probe_error/* probeError */.v)('MALFORMED_RESPONSE', 'MALFORMED_RESPONSE', `The server broke the WebSocket protocol: ${message}`, e);
    }
    if (HANDSHAKE_FAILURE.test(message)) {
        return (0,probe_error/* probeError */.v)('WEBSOCKET', 'WEBSOCKET', `The WebSocket handshake failed: ${message}`, e);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/errors/classify.ts
// The only place that reads low-level error objects (Node, OpenSSL, undici, ws, grpc-js) and
// turns them into the taxonomy. Each matcher looks at one error of the cause chain and returns
// a ProbeError or nothing; root causes (system and TLS codes) are tried along the whole chain
// before the wrappers that carry them, so the most specific cause wins.











/** Root causes first, along the whole chain; then the wrappers. */
// matchDns and matchPing come before matchSystem: c-ares reuses system codes (ENOTFOUND,
// ECONNREFUSED) with a meaning of its own, and only they know the server or host involved.
const ROOT_MATCHERS = [deadline/* matchDeadline */.V, tls/* matchTls */.vO, dns/* matchDns */.L, ping/* matchPing */.S, system/* matchSystem */.h];
const WRAPPER_MATCHERS = [matchUndici, matchGrpc, matchWebSocket];
function classify(error) {
    if (error instanceof probe_error/* ProbeError */.B)
        return error;
    const chain = causeChain(error);
    // A proxy's failure names the proxy, whatever low-level error it carries.
    const atProxy = (0,proxy/* matchProxyFailure */.I)(chain, classify);
    if (atProxy)
        return atProxy;
    const found = chain.find((e) => e instanceof probe_error/* ProbeError */.B);
    if (found)
        return found;
    for (const matchers of [ROOT_MATCHERS, WRAPPER_MATCHERS]) {
        for (const matcher of matchers) {
            for (const e of chain) {
                const result = matcher(e);
                if (result)
                    return result;
            }
        }
    }
    const first = chain[0];
    const described = [first?.name, first?.code, first?.message].filter(Boolean).join(': ');
    const unknown = (0,probe_error/* probeError */.v)('UNKNOWN', 'UNKNOWN', `Unexpected error: ${described || String(error)}`, error);
    if (unknownErrors.hasSubscribers)
        unknownErrors.publish(unknown);
    return unknown;
}
/** Published on for every error that falls through to UNKNOWN, so tests (and users' tooling) can catch them. */
const UNKNOWN_ERROR_CHANNEL = 'probegate:unknown-error';
const unknownErrors = (0,external_node_diagnostics_channel_.channel)(UNKNOWN_ERROR_CHANNEL);
function causeChain(error) {
    const chain = [];
    let current = error;
    while (current !== undefined && current !== null && chain.length < 8) {
        const viewed = typeof current === 'object' ? current : { message: String(current) };
        chain.push(viewed);
        if (viewed instanceof AggregateError)
            chain.push(...viewed.errors);
        current = viewed.cause;
    }
    return chain;
}


/***/ }),

/***/ 7943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ matchDeadline),
/* harmony export */   m: () => (/* binding */ DeadlineExceeded)
/* harmony export */ });
/* harmony import */ var _probe_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8590);

/**
 * The reason an attempt's AbortSignal carries when one of its deadlines runs out, so a
 * timeout is told apart from an abort for any other reason.
 */
class DeadlineExceeded extends Error {
    kind;
    limitMs;
    pendingPhase;
    name = 'DeadlineExceeded';
    constructor(kind, limitMs, 
    /** What the check was waiting for, if its timer knew ("the first byte", a proxy's answer to CONNECT). */
    pendingPhase) {
        super(`${kind === 'request' ? 'Request' : 'Overall'} timeout of ${limitMs} ms exceeded`);
        this.kind = kind;
        this.limitMs = limitMs;
        this.pendingPhase = pendingPhase;
    }
}
function matchDeadline(e) {
    if (!(e instanceof DeadlineExceeded))
        return undefined;
    const at = e.pendingPhase?.at;
    // What the wait means is the waiter's to say (a proxy's CONNECT: see checks/proxy-tunnel.ts).
    const during = e.pendingPhase ? ` while waiting for ${e.pendingPhase.what}${e.pendingPhase.onTimeout ?? ''}` : '';
    if (e.kind === 'request') {
        return (0,_probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .probeError */ .v)('TIMEOUT', 'REQUEST_TIMEOUT', `No answer within the request timeout of ${e.limitMs} ms${during}`, e, at);
    }
    return (0,_probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .probeError */ .v)('TIMEOUT', 'OVERALL_TIMEOUT', `The attempt did not complete within the overall timeout of ${e.limitMs} ms${during}`, e, at);
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


/***/ }),

/***/ 9589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ errorLabel)
/* harmony export */ });
/**
 * `CATEGORY:CODE`, or `CATEGORY` alone when the error has no subcode. Both are taxonomy names
 * (`SSL:CERT_HAS_EXPIRED`), safe in Markdown, XML and a terminal as they are; anything else is dropped.
 */
function errorLabel(error) {
    const label = error.code === error.category ? error.category : `${error.category}:${error.code}`;
    return label.replace(/[^A-Za-z0-9_:.]/g, '');
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


/***/ }),

/***/ 6515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ matchProxyFailure),
/* harmony export */   N: () => (/* binding */ ProxyFailure)
/* harmony export */ });
/* harmony import */ var _probe_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8590);

/**
 * A low-level error met on the way to a proxy or while waiting for its answer to CONNECT, before
 * any tunnel was open. The classifier reads `cause` as it reads any error, and says it was the proxy.
 */
class ProxyFailure extends Error {
    proxy;
    target;
    stage;
    name = 'ProxyFailure';
    constructor(
    /** The proxy as messages show it: `http://proxy:3128 (HTTPS_PROXY)`, never its credentials. */
    proxy, 
    /** The `host:port` the tunnel was for. */
    target, stage, cause) {
        super(`The proxy ${proxy} failed while ${stage === 'connecting' ? 'connecting to it' : 'waiting for its answer to CONNECT'}`, { cause });
        this.proxy = proxy;
        this.target = target;
        this.stage = stage;
    }
}
/** The proxy failure in a cause chain, if any, classified with `classify` (the classifier's own). */
function matchProxyFailure(chain, classify) {
    const failure = chain.find((e) => e instanceof ProxyFailure);
    if (!failure)
        return undefined;
    const inner = classify(failure.cause);
    const { proxy, target } = failure;
    if (failure.stage === 'connecting') {
        return new _probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ProbeError */ .B(inner.category, inner.code, `The proxy ${proxy} could not be reached, so ${target} was never reached: ${inner.message}`, { cause: failure, at: 'proxy' });
    }
    if (inner.category === 'CONNRESET') {
        return (0,_probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .probeError */ .v)('CONNRESET', inner.code, `The proxy ${proxy} reset the connection before answering CONNECT ${target}, so the target was never reached`, failure, 'proxy');
    }
    return new _probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ProbeError */ .B(inner.category, inner.code, `The proxy ${proxy} failed before answering CONNECT ${target}, so the target was never reached: ${inner.message}`, { cause: failure, at: 'proxy' });
}


/***/ }),

/***/ 5924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ isRefused),
  h: () => (/* binding */ matchSystem)
});

;// CONCATENATED MODULE: ./src/errors/error-like.ts
/** The peer an error names, as people read it: `[::1]:8080`, `127.0.0.1`, or "the server". */
function where(e) {
    const host = e.address ?? e.hostname ?? e.host;
    if (!host)
        return 'the server';
    const shown = host.includes(':') ? `[${host}]` : host;
    return e.port ? `${shown}:${e.port}` : shown;
}

// EXTERNAL MODULE: ./src/errors/probe-error.ts
var probe_error = __webpack_require__(8590);
;// CONCATENATED MODULE: ./src/errors/system.ts
// Node's system error codes (errno names) as the taxonomy reads them.


const SYSTEM_ERRORS = {
    ECONNREFUSED: (e) => (0,probe_error/* probeError */.v)('CONNREFUSED', 'CONNREFUSED', `Connection refused by ${where(e)}`, e),
    ECONNRESET: (e) => (0,probe_error/* probeError */.v)('CONNRESET', 'CONNRESET', `Connection reset by ${where(e)}`, e),
    EPIPE: (e) => (0,probe_error/* probeError */.v)('CONNRESET', 'CONNRESET', `Connection closed by ${where(e)} while sending`, e),
    ENOTFOUND: (e) => (0,probe_error/* probeError */.v)('DNS', 'NXDOMAIN', `The name ${e.hostname ?? ''} does not resolve (NXDOMAIN)`, e),
    EAI_AGAIN: (e) => (0,probe_error/* probeError */.v)('DNS', 'SERVFAIL', `The name ${e.hostname ?? ''} could not be resolved now (temporary DNS failure)`, e),
    EAI_NODATA: (e) => (0,probe_error/* probeError */.v)('DNS', 'NODATA', `The name ${e.hostname ?? ''} has no address record`, e),
    EHOSTUNREACH: (e) => (0,probe_error/* probeError */.v)('HOSTUNREACH', 'HOSTUNREACH', `No route to host ${where(e)}`, e),
    ENETUNREACH: (e) => (0,probe_error/* probeError */.v)('NETUNREACH', 'NETUNREACH', `Network unreachable for ${where(e)}`, e),
    ETIMEDOUT: (e) => (0,probe_error/* probeError */.v)('TIMEOUT', 'REQUEST_TIMEOUT', `The connection to ${where(e)} timed out`, e),
};
function matchSystem(e) {
    return typeof e.code === 'string' ? SYSTEM_ERRORS[e.code]?.(e) : undefined;
}
/** Whether a socket error is a refused connection (nothing listens at that port), for checks that may expect one. */
// Every address tried (an AggregateError when a name has several) must have refused.
function isRefused(error) {
    if (error instanceof AggregateError && error.errors.length > 0)
        return error.errors.every(isRefused);
    return typeof error === 'object' && error !== null && error.code === 'ECONNREFUSED';
}


/***/ }),

/***/ 5126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ shownLocations),
/* harmony export */   JO: () => (/* binding */ mergedFrom),
/* harmony export */   St: () => (/* binding */ whereItFails),
/* harmony export */   em: () => (/* binding */ statusIn)
/* harmony export */ });
/* unused harmony export capitalized */
/**
 * The run's locations when it merged more than one (then every check has a result per location,
 * in the run's location order), else none: single-location output is unchanged.
 */
function shownLocations(run) {
    return run.checks[0]?.byLocation?.map((l) => l.location) ?? [];
}
/** `fails in eu-west` / `warns in eu-west, us-east` for a merged check that did not pass everywhere; else undefined. */
function whereItFails(result) {
    if (!result.byLocation || (result.status !== 'failed' && result.status !== 'warned'))
        return undefined;
    const places = result.byLocation.filter((l) => l.status === result.status).map((l) => l.location);
    const passes = result.byLocation.filter((l) => l.status === 'passed').map((l) => l.location);
    const verb = result.status === 'failed' ? 'fails' : 'warns';
    return `${verb} in ${places.join(', ')}${passes.length > 0 ? ` (passes in ${passes.join(', ')})` : ''}`;
}
/** The check's status in one location, for a location column. */
function statusIn(result, location) {
    return result.byLocation?.find((l) => l.location === location)?.status;
}
function capitalized(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/**
 * Which reports and locations went into a merge of named locations, and whether the locations were checked against
 * those expected (`how`: `--locations`, `input locations`): a reader sees a location that is not there.
 */
function mergedFrom(merged, how) {
    const where = `location${merged.locations.length === 1 ? '' : 's'} ${merged.locations.join(', ')}`;
    const checked = merged.locationsExpected ? 'every expected location is there' : `the locations to expect were not given (${how}), so a location whose job wrote no report would not show`;
    return `Merged ${merged.reports} report${merged.reports === 1 ? '' : 's'} from ${where}; ${checked}.`;
}


/***/ })

};
