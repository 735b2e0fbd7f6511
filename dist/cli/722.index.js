export const id = 722;
export const ids = [722];
export const modules = {

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
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1553);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_dns_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_probe_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8590);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6468);
// `ip_family: 4 | 6 | any` of the checks that connect: which address family a name resolves to
// and the connection uses, so an outage of one family can be caught on purpose.




/** The check's `ip_family`, refused when the host is an address of the other family. */
function readIpFamily(check, host) {
    const value = check.ip_family;
    if (value === undefined || value === 'any')
        return undefined;
    const family = value;
    const literal = host ? (0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(host.replace(/^\[|\]$/g, '')) : 0;
    if (literal && literal !== family) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidField */ .u(['ip_family'], `ip_family is ${family} but the host ${host} is an IPv${literal} address; use a name, or ip_family ${literal} (or any)`);
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
    const found = await (0,node_dns_promises__WEBPACK_IMPORTED_MODULE_0__.lookup)(hostname, { all: true }).catch(() => []);
    // Nothing at all is the NXDOMAIN it was; an address of the family asked for, a failure that came and went.
    if (found.length === 0 || found.some((address) => address.family === family))
        return undefined;
    const addresses = found.map((a) => a.address).join(', ');
    return (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_2__/* .probeError */ .v)('DNS', 'NODATA', `The name ${hostname} has no IPv${family} address, which ip_family ${family} asks for (it resolves to ${addresses})`, error);
}


/***/ }),

/***/ 4722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tcpCheck: () => (/* binding */ tcpCheck)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _assertions_operators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3443);
/* harmony import */ var _errors_system_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5924);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3128);
/* harmony import */ var _ip_family_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6169);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6468);
// The tcp check: opens one TCP connection and closes it. `connection` is `established`,
// `refused` or `timeout`; a refusal or a timeout is an error unless the check's `connection`
// assertions accept it, in which case it is what the check observed (a port that must stay
// closed, a firewall that must drop).






// An expected timeout must be observed before the attempt's own deadline, which would end it as TIMEOUT.
const EXPECTED_TIMEOUT_MARGIN_MS = 250;
const tcpCheck = {
    type: 'tcp',
    prepare(check) {
        const host = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readHost */ .rk)(check.request.host, ['request', 'host']);
        const port = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readPort */ .Sr)(check.request.port, ['request', 'port']);
        return { request: { host, port, accepts: acceptedFailures(check), ipFamily: (0,_ip_family_js__WEBPACK_IMPORTED_MODULE_4__/* .readIpFamily */ .Y)(check, host) }, target: (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .hostPort */ .QL)(host, port) };
    },
    run: runTcp,
};
const OUTCOMES = ['established', 'refused', 'timeout'];
/**
 * The failures the `connection` assertions expect: those on which every one of them passes.
 * A target that is no outcome (`connection is open`) would never pass, so it is refused here.
 */
function acceptedFailures(check) {
    const connection = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .rawAssertions */ .GG)(check).filter(({ assertion }) => assertion.type === 'connection');
    for (const { assertion, index } of connection) {
        if ((assertion.operator === 'is' || assertion.operator === 'isNot') && !OUTCOMES.includes(String(assertion.target))) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .InvalidField */ .u(['assertions', index, 'target'], `"${String(assertion.target)}" is not a connection outcome (${OUTCOMES.join(', ')})`);
        }
    }
    // A regex that needs the worker (an answer later) accepts nothing: the failure stays a failure.
    const passes = (comparison) => !(comparison instanceof Promise) && comparison.passed;
    const accepts = (outcome) => connection.length > 0 && connection.every(({ assertion }) => passes((0,_assertions_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .compare */ .UD)(assertion.operator, outcome, assertion.target)));
    return { refused: accepts('refused'), timeout: accepts('timeout') };
}
function runTcp(request, { signal, timer, deadline }) {
    return new Promise((resolve, reject) => {
        const socket = node_net__WEBPACK_IMPORTED_MODULE_0___default().connect({ host: request.host, port: request.port, signal, ...(request.ipFamily ? { family: request.ipFamily } : {}) });
        let expectedTimeout;
        const observe = (connection) => {
            clearTimeout(expectedTimeout);
            socket.destroy();
            resolve({ timings: timer.timings(), values: { connection } });
        };
        // An expected timeout is the request timeout running out. When the overall timeout is
        // shorter, the attempt never waits that long: its deadline ends it as OVERALL_TIMEOUT.
        if (request.accepts.timeout && deadline.kind === 'request') {
            const margin = Math.min(EXPECTED_TIMEOUT_MARGIN_MS, deadline.limitMs / 10);
            expectedTimeout = setTimeout(() => observe('timeout'), Math.max(deadline.remainingMs() - margin, 0));
        }
        socket.once('lookup', (error) => error || timer.mark('dnsDone'));
        socket.once('connect', () => {
            timer.mark('connectDone');
            observe('established');
        });
        socket.once('error', (error) => {
            if (request.accepts.refused && (0,_errors_system_js__WEBPACK_IMPORTED_MODULE_2__/* .isRefused */ .H)(error))
                return observe('refused');
            clearTimeout(expectedTimeout);
            reject(error);
        });
    });
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


/***/ })

};
