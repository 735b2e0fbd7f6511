export const id = 232;
export const ids = [232];
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
/* harmony import */ var _operators_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3443);
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
/** The value at a JSONPath: one match gives the value, several a list marked as such (operators.ts several), none undefined. */
function queryJson(path, json) {
    const matches = (0,_json_query_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonQuery */ .p)(path)(json);
    if (matches.length === 0)
        return undefined;
    return matches.length === 1 ? matches[0] : (0,_operators_js__WEBPACK_IMPORTED_MODULE_2__/* .several */ .J$)(matches);
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

;// CONCATENATED MODULE: ./src/assertions/network.ts
/** DNS records of the type the assertion's property names, as strings (format in checks/dns.ts). */
function records(quantifier) {
    const extract = (assertion, observation) => {
        const byType = (observation.values?.records ?? {});
        return byType[String(assertion.property).toUpperCase()];
    };
    return Object.assign(extract, { quantifier });
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
// EXTERNAL MODULE: ./src/assertions/operators.ts + 1 modules
var operators = __webpack_require__(3443);
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
        comparison = extract.quantifier
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

/***/ 3443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UD: () => (/* binding */ compare),
  dA: () => (/* binding */ compareEach),
  $R: () => (/* binding */ compareValue),
  J$: () => (/* binding */ several)
});

// UNUSED EXPORTS: text

// EXTERNAL MODULE: ./src/assertions/pattern.ts
var assertions_pattern = __webpack_require__(8267);
// EXTERNAL MODULE: ./src/errors/probe-error.ts
var probe_error = __webpack_require__(8590);
// EXTERNAL MODULE: ./src/assertions/regex-cost.ts
var regex_cost = __webpack_require__(9702);
;// CONCATENATED MODULE: ./src/assertions/regex.ts


const DEFAULT_LIMIT_MS = 60_000;
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, source, flags, inputs }) => {
  let outcome;
  try {
    const pattern = new RegExp(source, flags);
    outcome = inputs.some((input) => pattern.test(input));
  } catch {}
  parentPort.postMessage({ id, outcome });
});`;
let worker;
let nextId = 0;
/** The tests sent to the worker, in the order it runs them: the first one is running. */
const queue = new Map();
/**
 * Whether the pattern matches any of the inputs; undefined when the worker failed (out of memory).
 * A promise when the test runs in the worker; it rejects with TIMEOUT:OVERALL_TIMEOUT when the
 * answer is not known by the deadline.
 */
function testWithin(pattern, inputs, deadline) {
    const chars = inputs.reduce((sum, input) => sum + input.length, 0);
    if ((0,regex_cost/* boundedInline */.x)(pattern.source, chars))
        return inputs.some((input) => pattern.test(input));
    const { at, limitMs } = deadline ?? { at: performance.now() + DEFAULT_LIMIT_MS, limitMs: DEFAULT_LIMIT_MS };
    return new Promise((resolve, reject) => {
        const id = nextId++;
        const timer = setTimeout(() => {
            if (!queue.delete(id))
                return;
            // The worker may be busy with this very test: only a fresh one can take the others.
            restartWorker();
            reject(timedOut(pattern, chars, limitMs));
        }, Math.max(0, at - performance.now()));
        const settle = (outcome) => {
            clearTimeout(timer);
            resolve(outcome);
        };
        const job = { id, message: { id, source: pattern.source, flags: pattern.flags, inputs }, settle };
        queue.set(id, job);
        send(job);
    });
}
function timedOut(pattern, chars, limitMs) {
    return (0,probe_error/* probeError */.v)('TIMEOUT', 'OVERALL_TIMEOUT', `The attempt did not complete within the overall timeout of ${limitMs} ms: the regular expression /${pattern.source.slice(0, 100)}/${pattern.flags} was still running over ${chars} characters (it backtracks too much; simplify it, for example without nested quantifiers)`);
}
function send(job) {
    worker ??= startWorker();
    worker.ref();
    worker.postMessage(job.message);
}
function startWorker() {
    // node:worker_threads is loaded here, on first need, not with every start (bench/, start-up).
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const started = new Worker(WORKER_SOURCE, { eval: true });
    started.on('message', ({ id, outcome }) => {
        const job = queue.get(id);
        queue.delete(id);
        if (queue.size === 0)
            started.unref();
        job?.settle(outcome);
    });
    // A worker that dies (out of memory) fails the test it was running; the others go to a new one.
    started.on('error', () => {
        if (worker !== started)
            return;
        const running = queue.values().next().value;
        if (running)
            queue.delete(running.id);
        restartWorker();
        running?.settle(undefined);
    });
    return started;
}
function restartWorker() {
    const old = worker;
    worker = undefined;
    void old?.terminate();
    for (const job of queue.values())
        send(job);
}

;// CONCATENATED MODULE: ./src/assertions/operators.ts


const NUMERIC = {
    lessThan: (a, b) => a < b,
    lessThanOrEqual: (a, b) => a <= b,
    moreThan: (a, b) => a > b,
    moreThanOrEqual: (a, b) => a >= b,
    isInMoreThan: (a, b) => a > b,
    isInLessThan: (a, b) => a < b,
};
/** Lists that are the several values a path matched (`$.services[*].status`), not one value that is a list. */
const SEVERAL = new WeakSet();
/** Marks `values` as the several values a path matched. */
function several(values) {
    SEVERAL.add(values);
    return values;
}
const NEGATIVE = new Set(['isNot', 'doesNotContain', 'doesNotMatch']);
/** How deep lists inside a list are opened: deeper, the value is refused rather than judged. */
const MAX_LIST_DEPTH = 64;
/**
 * Applies an operator to a value as an assertion says. A list is judged value by value: against
 * a target that is no list, every value in it (lists inside it opened), or with `elements` each
 * of a path's several values (each judged so in turn); against a list target, each of a path's
 * several values when they are lists, else the list whole. Each value must pass (`elements:
 * every`), but for `contains`, where one is enough (`elements: some`): so `$.services[*].status
 * is up` fails while one service is down, where one passing would pass a broken preview, and the
 * negative operators pass only when no value is, contains or matches the target. A list with no
 * value passes only the negative operators. An `is` or `isNot` target written as the JSON text of
 * a list or an object (a value an earlier step extracted) is that list or object.
 */
function compareValue(operator, actual, target, elements, deadline) {
    if (operator === 'doesNotExist' || actual === null || typeof actual !== 'object')
        return compare(operator, actual, target, deadline);
    const wanted = typeof target === 'string' && (operator === 'is' || operator === 'isNot') ? (jsonTextValue(target) ?? target) : target;
    if (!Array.isArray(actual))
        return compare(operator, actual, wanted, deadline);
    const matches = SEVERAL.has(actual) ? actual : undefined;
    let values;
    if (Array.isArray(wanted)) {
        if (!matches?.some(Array.isArray))
            return compare(operator, actual, wanted, deadline);
        values = matches;
    }
    else {
        const opened = elements && matches ? matches : valuesInside(actual);
        if (opened === undefined)
            return { passed: false, message: `the list is nested more than ${MAX_LIST_DEPTH} deep: it cannot be compared` };
        values = opened;
    }
    const quantifier = elements ?? (operator === 'contains' ? 'some' : 'every');
    if (values.length === 0) {
        return NEGATIVE.has(operator) && quantifier === 'every' ? compare(operator, actual, wanted, deadline) : { passed: false, message: 'the list is empty: there is no value to compare' };
    }
    // Each of several values in turn as a value of its own (a list in it opened), else as compare judges it.
    const judgeOne = values === matches ? (value) => compareValue(operator, value, wanted, undefined, deadline) : (value) => compare(operator, value, wanted, deadline);
    const hint = elements === undefined && quantifier === 'every' && !NEGATIVE.has(operator) ? ' (elements: some asks for one)' : '';
    return eachOf(values, judgeOne, (results) => explained(quantifier, values, results, hint));
}
/** The values in a list, lists inside it opened, in order; undefined past MAX_LIST_DEPTH. */
function valuesInside(list) {
    const values = [];
    const open = (inner, depth) => {
        if (depth > MAX_LIST_DEPTH)
            return false;
        for (const value of inner) {
            if (!Array.isArray(value))
                values.push(value);
            else if (!open(value, depth + 1))
                return false;
        }
        return true;
    };
    return open(list, 1) ? values : undefined;
}
/** The list or object a text writes as JSON (`["a","b"]`, what a step extracts from a list), else undefined. */
function jsonTextValue(text) {
    const start = text.trimStart()[0];
    if (start !== '[' && start !== '{')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function eachOf(values, judgeOne, judge) {
    const comparisons = values.map(judgeOne);
    if (comparisons.some((c) => c instanceof Promise))
        return Promise.all(comparisons).then(judge);
    return judge(comparisons);
}
/**
 * Applies an operator of SPEC \u00a71 to an observed value. A list passes `contains` when its text or
 * one element's holds the target, `is` when it is a list target (`is: [1, 2]`) or one element is
 * a target that is no list; `isNot`, `doesNotContain` and `doesNotMatch` pass only when their
 * opposite fails, so that `isNot: []` fails on an empty list. A regex still running at the
 * deadline rejects with TIMEOUT:OVERALL_TIMEOUT.
 */
function compare(operator, actual, target, deadline) {
    if (operator === 'doesNotExist')
        return verdict(actual === undefined || actual === null);
    if (actual === undefined || actual === null)
        return { passed: false, message: 'no such value in the response' };
    const numeric = NUMERIC[operator];
    if (numeric) {
        const a = asNumber(actual);
        const b = asNumber(target);
        if (Number.isNaN(a) || Number.isNaN(b))
            return { passed: false, message: `${operator} needs numbers` };
        // Rounding keeps order: two numbers that read apart compare as written; read alike, they may not be.
        if (a === b && !isExact(a))
            return { passed: false, message: INEXACT };
        return verdict(numeric(a, b));
    }
    switch (operator) {
        case 'is':
        case 'isNot': {
            const found = Array.isArray(target) ? same(actual, target) : isOrHolds(actual, target);
            if (found === undefined)
                return { passed: false, message: INEXACT };
            return verdict(operator === 'is' ? found : !found);
        }
        case 'contains':
            return verdict(anyOf(actual, operators_text(target), containsText));
        case 'doesNotContain':
            return verdict(!anyOf(actual, operators_text(target), containsText));
        case 'matches':
        case 'doesNotMatch': {
            let pattern;
            try {
                pattern = (0,assertions_pattern/* patternOf */.I)(operators_text(target));
            }
            catch (error) {
                return { passed: false, message: `invalid regular expression: ${error.message}` };
            }
            const found = testWithin(pattern, Array.isArray(actual) ? actual.map(operators_text) : [operators_text(actual)], deadline);
            return found instanceof Promise ? found.then((answer) => regexComparison(operator, answer)) : regexComparison(operator, found);
        }
        default:
            return { passed: false, message: `operator ${operator} does not apply here` };
    }
}
function regexComparison(operator, found) {
    if (found === undefined)
        return { passed: false, message: 'the regular expression could not be evaluated on this value' };
    return { passed: operator === 'matches' ? found : !found };
}
/** Applies the operator to each element of a list; an empty or missing list has no value to compare. */
function compareEach(quantifier, operator, actual, target, deadline) {
    if (operator === 'doesNotExist' || !Array.isArray(actual) || actual.length === 0) {
        return compare(operator, Array.isArray(actual) && actual.length === 0 ? undefined : actual, target, deadline);
    }
    return eachOf(actual, (value) => compare(operator, value, target, deadline), (results) => combine(quantifier, results));
}
function combine(quantifier, results) {
    const passed = quantifier === 'some' ? results.some((r) => r.passed) : results.every((r) => r.passed);
    const message = passed ? undefined : results.find((r) => r.message)?.message;
    return message ? { passed, message } : { passed };
}
/** combine's verdict, a failure saying which value failed: the list is shown whole as the actual value. */
function explained(quantifier, values, results, hint) {
    const combined = combine(quantifier, results);
    if (combined.passed)
        return combined;
    if (quantifier === 'some')
        return { passed: false, message: `none of the ${values.length} values passes${combined.message ? ` (${combined.message})` : ''}` };
    const index = results.findIndex((r) => !r.passed);
    const why = results[index].message;
    return { passed: false, message: `value ${index + 1} of ${values.length}, ${preview(values[index])}, fails${why ? ` (${why})` : ''}: every value must pass${hint}` };
}
function preview(value) {
    let shown;
    try {
        shown = JSON.stringify(value) ?? String(value);
    }
    catch {
        shown = typeof value === 'object' && value !== null ? (Array.isArray(value) ? 'a list' : 'an object') : String(value);
    }
    return shown.length > 80 ? `${shown.slice(0, 77)}...` : shown;
}
// Shared: a comparison is made for every assertion of every check, and read only once.
const PASSED = Object.freeze({ passed: true });
const FAILED = Object.freeze({ passed: false });
function verdict(passed) {
    return passed ? PASSED : FAILED;
}
/** Whether the value, or one element of an array, passes the test against the target. */
function anyOf(actual, target, test) {
    return Array.isArray(actual) ? actual.some((value) => test(value, target)) : test(actual, target);
}
/**
 * Whether the value's text holds the needle: for a list or an object, its JSON text or any text
 * inside it (JSON escapes quotes and backslashes, so `said "no"` is not in the text of
 * `{"text": "he said \"no\""}`: doesNotContain passed on it).
 */
function containsText(value, needle) {
    return operators_text(value).includes(needle) || (typeof value === 'object' && value !== null && !Buffer.isBuffer(value) && someTextInside(value, needle));
}
function someTextInside(value, needle) {
    return Object.entries(value).some(([key, inner]) => key.includes(needle) || (typeof inner === 'string' ? inner.includes(needle) : typeof inner === 'object' && inner !== null && someTextInside(inner, needle)));
}
const INEXACT = `a number beyond ${Number.MAX_SAFE_INTEGER} loses its last digits as a number, so it cannot be compared exactly: compare it as text (quote the target: "9007199254740993")`;
/** Whether the value is the target, or is an array that holds it (a target that is no list). */
function isOrHolds(actual, target) {
    return anySame([same(actual, target), ...(Array.isArray(actual) ? actual.map((value) => same(value, target)) : [])]);
}
/**
 * Equality as a manifest means it: a number and its text are the same (`200` is `"200"`), as are
 * `true` and `"true"`; a list, an object or null only equals the same JSON value, whatever the
 * order of its keys.
 */
function same(actual, target) {
    if (typeof actual === 'object' || typeof target === 'object')
        return sameJson(actual, target);
    if (typeof actual === 'number' || typeof target === 'number')
        return sameNumber(asNumber(actual), asNumber(target));
    return String(actual) === String(target);
}
function sameNumber(a, b) {
    if (a !== b)
        return false;
    return isExact(a) ? true : undefined;
}
/** Not an integer past 2^53, where neighbouring integers read as one number (JSON.parse rounds them). */
function isExact(value) {
    return !Number.isInteger(value) || Number.isSafeInteger(value);
}
const DECIMAL = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
/**
 * A number, or the number a decimal text writes; NaN for anything else. Not JavaScript's Number(),
 * which reads `""`, `false` and `[]` as 0 (a service answering `"count": ""` passed `lessThan: 1`),
 * and `"0x10"` as 16, `"Infinity"` as a number.
 */
function asNumber(value) {
    if (typeof value === 'number')
        return value;
    return typeof value === 'string' && DECIMAL.test(value) ? Number(value) : Number.NaN;
}
function sameJson(a, b) {
    const left = asJson(a);
    const right = asJson(b);
    if (Array.isArray(left) || Array.isArray(right)) {
        if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length)
            return false;
        return allSame(left.map((value, i) => sameJson(value, right[i])));
    }
    if (isJsonObject(left) || isJsonObject(right)) {
        if (!isJsonObject(left) || !isJsonObject(right))
            return false;
        const keys = Object.keys(left);
        if (keys.length !== Object.keys(right).length || !keys.every((key) => Object.hasOwn(right, key)))
            return false;
        return allSame(keys.map((key) => sameJson(left[key], right[key])));
    }
    if (typeof left === 'number' && typeof right === 'number')
        return sameNumber(left, right);
    return left === right;
}
/** True when every one is, false when one is not, else undefined. */
function allSame(results) {
    if (results.includes(false))
        return false;
    return results.includes(undefined) ? undefined : true;
}
/** True when one is, false when none can be, else undefined. */
function anySame(results) {
    if (results.includes(true))
        return true;
    return results.includes(undefined) ? undefined : false;
}
/** A value as JSON writes it (a Buffer as `{type, data}`, a Date as its text). */
function asJson(value) {
    return isJsonObject(value) && typeof value.toJSON === 'function' ? value.toJSON() : value;
}
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function operators_text(value) {
    if (typeof value === 'string')
        return value;
    if (Buffer.isBuffer(value))
        return value.toString('utf8');
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
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
 * A TLS version as the target is written: Node's name (`TLSv1.2`) for a textual target, the
 * number (1.2) for a numeric one, so `is TLSv1.3` and `moreThanOrEqual 1.2` both read naturally.
 */
function versionValue(assertion, version) {
    if (version === undefined)
        return undefined;
    const numericTarget = typeof assertion.target === 'number' || /^\s*\d+(\.\d+)?\s*$/.test(String(assertion.target));
    if (!numericTarget)
        return version;
    const number = /^TLSv(\d(?:\.\d)?)$/.exec(version)?.[1];
    return number === undefined ? version : Number(number.includes('.') ? number : `${number}.0`);
}


/***/ })

};
