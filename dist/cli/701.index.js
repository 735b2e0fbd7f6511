export const id = 701;
export const ids = [701];
export const modules = {

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
    const comparison = extract.quantifier
        ? (0,operators/* compareEach */.dA)(extract.quantifier, assertion.operator, actual, target, deadline)
        : (0,operators/* compare */.UD)(assertion.operator, actual, target, deadline);
    // Judged on the whole body; what is kept of it from here on is its start.
    const { body } = observation;
    if (assertion.type === 'body' && body && body.length > src_text/* EXCERPT_BYTES */.m && typeof actual === 'string') {
        const shown = { actual: body.subarray(0, src_text/* EXCERPT_BYTES */.m).toString('utf8'), actualTotalBytes: body.length };
        return comparison instanceof Promise ? comparison.then((c) => result(assertion, shown, c)) : result(assertion, shown, comparison);
    }
    return comparison instanceof Promise ? comparison.then((c) => result(assertion, { actual }, c)) : result(assertion, { actual }, comparison);
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

/***/ 3443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UD: () => (/* binding */ compare),
  dA: () => (/* binding */ compareEach)
});

// UNUSED EXPORTS: text

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
    return (0,probe_error/* probeError */.v)('TIMEOUT', 'OVERALL_TIMEOUT', `The attempt did not complete within the overall timeout of ${limitMs} ms: the regular expression /${pattern.source.slice(0, 100)}/ was still running over ${chars} characters (it backtracks too much; simplify it, for example without nested quantifiers)`);
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
/**
 * Applies an operator of SPEC \u00a71 to an observed value. Arrays pass `is`/`contains`/`matches` when
 * any element does. A regex still running at the deadline rejects with TIMEOUT:OVERALL_TIMEOUT.
 */
function compare(operator, actual, target, deadline) {
    if (operator === 'doesNotExist')
        return verdict(actual === undefined || actual === null);
    if (actual === undefined || actual === null)
        return { passed: false, message: 'no such value in the response' };
    const numeric = NUMERIC[operator];
    if (numeric) {
        const a = Number(actual);
        const b = Number(target);
        if (Number.isNaN(a) || Number.isNaN(b))
            return { passed: false, message: `${operator} needs numbers` };
        return verdict(numeric(a, b));
    }
    switch (operator) {
        case 'is':
            return verdict(anyOf(actual, target, same));
        case 'isNot':
            return verdict(!anyOf(actual, target, same));
        case 'contains':
            return verdict(anyOf(actual, operators_text(target), containsText));
        case 'doesNotContain':
            return verdict(!anyOf(actual, operators_text(target), containsText));
        case 'matches':
        case 'doesNotMatch': {
            let pattern;
            try {
                pattern = new RegExp(operators_text(target));
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
    const comparisons = actual.map((value) => compare(operator, value, target, deadline));
    if (comparisons.some((c) => c instanceof Promise))
        return Promise.all(comparisons).then((results) => combine(quantifier, results));
    return combine(quantifier, comparisons);
}
function combine(quantifier, results) {
    const passed = quantifier === 'some' ? results.some((r) => r.passed) : results.every((r) => r.passed);
    const message = passed ? undefined : results.find((r) => r.message)?.message;
    return message ? { passed, message } : { passed };
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
function containsText(value, needle) {
    return operators_text(value).includes(needle);
}
function same(actual, target) {
    if (typeof actual === 'number' || typeof target === 'number')
        return Number(actual) === Number(target);
    if (typeof actual === 'object' || typeof target === 'object')
        return JSON.stringify(actual) === JSON.stringify(target);
    return String(actual) === String(target);
}
function operators_text(value) {
    if (typeof value === 'string')
        return value;
    if (Buffer.isBuffer(value))
        return value.toString('utf8');
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
}


/***/ }),

/***/ 9702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ boundedInline)
/* harmony export */ });
// Whether a user regex can be tested on the main thread: only when its worst-case backtracking is
// provably small. A pattern without nested or alternating repetition (`(a+)+`, `(a|aa)*`) and
// without backreferences backtracks at most about n^(k+1) steps on n characters, k being its
// unbounded quantifiers, times the width of each counted one (`a{1000}`); that bound must stay
// under 2^26 steps (tens of milliseconds). Everything else goes to the
// worker, which costs a little latency, never a stall. The reading is conservative on purpose.
const INLINE_MAX_STEPS_LOG2 = 26;
/** A `{m,n}` wider than this backtracks like an unbounded quantifier. */
const WIDE_RANGE = 16;
/** Whether testing `source` on `chars` characters surely ends within ~2^26 backtracking steps. */
function boundedInline(source, chars) {
    const quantifiers = countQuantifiers(source);
    if (quantifiers === undefined)
        return false;
    return (quantifiers.unbounded + 1) * Math.log2(Math.max(chars, 2)) + quantifiers.countedBits <= INLINE_MAX_STEPS_LOG2;
}
/**
 * The pattern's unbounded quantifiers, and log2 of the product of its counted ones' widths;
 * undefined when its backtracking has no polynomial bound.
 */
function countQuantifiers(source) {
    const stack = [{ repeats: false, alternates: false }];
    let unbounded = 0;
    let countedBits = 0;
    let lastAtom; // the group just closed, when the next token may quantify it
    for (let i = 0; i < source.length; i++) {
        const char = source[i];
        const current = stack[stack.length - 1];
        const quantifier = readQuantifier(source, i);
        if (quantifier) {
            if (lastAtom && (lastAtom.repeats || lastAtom.alternates) && quantifier.max !== 1)
                return undefined;
            for (const group of stack)
                group.repeats = true;
            if (quantifier.unbounded)
                unbounded++;
            else
                countedBits += Math.log2(quantifier.max + 1);
            i = quantifier.end - 1;
            if (source[i + 1] === '?')
                i++;
            lastAtom = undefined;
            continue;
        }
        lastAtom = undefined;
        if (char === '\\') {
            const next = source[i + 1] ?? '';
            if (/[1-9]/.test(next) || next === 'k')
                return undefined;
            i++;
        }
        else if (char === '[') {
            i = classEnd(source, i);
        }
        else if (char === '(') {
            stack.push({ repeats: false, alternates: false });
            if (source[i + 1] === '?')
                i = groupPrefixEnd(source, i + 1);
        }
        else if (char === ')') {
            if (stack.length === 1)
                return undefined;
            lastAtom = stack.pop();
            const parent = stack[stack.length - 1];
            parent.repeats ||= lastAtom.repeats;
            parent.alternates ||= lastAtom.alternates;
        }
        else if (char === '|') {
            current.alternates = true;
        }
    }
    return stack.length === 1 ? { unbounded, countedBits } : undefined;
}
function readQuantifier(source, at) {
    const char = source[at];
    if (char === '*' || char === '+')
        return { end: at + 1, max: Infinity, unbounded: true };
    if (char === '?')
        return { end: at + 1, max: 1, unbounded: false };
    if (char !== '{')
        return undefined;
    const range = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at, at + 24));
    if (!range)
        return undefined; // outside Unicode mode a lone `{` is a literal
    const min = Number(range[1]);
    const max = range[2] === undefined ? min : range[3] === '' ? Infinity : Number(range[3]);
    return { end: at + range[0].length, max, unbounded: max - min > WIDE_RANGE };
}
/** Where `[...]` ends: its first unescaped `]` (in JavaScript `[]` is an empty class). */
function classEnd(source, start) {
    for (let i = start + 1; i < source.length; i++) {
        if (source[i] === '\\')
            i++;
        else if (source[i] === ']')
            return i;
    }
    return source.length;
}
/** The last character of `?:`, `?=`, `?!`, `?<=`, `?<!` or `?<name>` after a `(`. */
function groupPrefixEnd(source, question) {
    const next = source[question + 1];
    if (next === ':' || next === '=' || next === '!')
        return question + 1;
    if (next !== '<')
        return question;
    if (source[question + 2] === '=' || source[question + 2] === '!')
        return question + 2;
    const close = source.indexOf('>', question);
    return close === -1 ? question : close;
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
    certificate: (_, observation) => daysUntilExpiry(leafOf(observation)),
    property: (assertion, observation) => leafProperty(assertion, leafOf(observation)),
    tlsVersion: (assertion, observation) => versionValue(assertion, observation.tls?.version),
    minTlsVersion: (assertion, observation) => versionValue(assertion, observation.values?.minTlsVersion),
};
function leafOf(observation) {
    return observation.tls?.chain[0];
}
/** Days until the leaf expires, to one decimal (negative once it has expired). */
function daysUntilExpiry(leaf) {
    if (!leaf)
        return undefined;
    return Math.round(((Date.parse(leaf.validTo) - Date.now()) / DAY_MS) * 10) / 10;
}
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
// EXTERNAL MODULE: ./src/net/proxy-env.ts
var proxy_env = __webpack_require__(5605);
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
    return list.map((turn, index) => {
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
}
function assertionAt(raw, path, context) {
    if (raw.operator === 'matches' || raw.operator === 'doesNotMatch') {
        try {
            new RegExp(String(raw.target));
        }
        catch (error) {
            throw new types/* InvalidField */.u([...path, 'target'], `invalid regular expression: ${error.message}`);
        }
    }
    return {
        type: String(raw.type),
        operator: raw.operator,
        target: raw.target,
        ...(typeof raw.property === 'string' ? { property: raw.property } : {}),
        location: context.locate(path),
    };
}
/** Collects messages as they come, so none is lost between turns. */
class Inbox {
    queue = [];
    waiter;
    constructor(socket, decode) {
        socket.on('message', (data) => {
            const text = decode(data);
            if (this.waiter)
                this.waiter(text);
            else
                this.queue.push(text);
        });
    }
    /** The next message, or undefined when none comes within `withinMs`. */
    next(withinMs) {
        const queued = this.queue.shift();
        if (queued !== undefined)
            return Promise.resolve(queued);
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
async function converse(turns, socket, inbox, context) {
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
        for (;;) {
            const message = await inbox.next(Math.max(0, endsAt - performance.now()));
            if (message === undefined) {
                results.push(...(await (0,assertions/* evaluate */._)(receive.until, observed(last))).map((r) => ({ ...r, passed: false })));
                return { last, assertions: results, failure: neverCame(index, receive, withinMs, last) };
            }
            last = message;
            if (receive.until.length > 0 && !(await (0,assertions/* evaluate */._)(receive.until, observed(message))).every((r) => r.passed))
                continue;
            results.push(...(await (0,assertions/* evaluate */._)(receive.assertions, observed(message))));
            break;
        }
    }
    return { last, assertions: results };
}
function observed(message) {
    return { timings: {}, ...(message === undefined ? {} : { values: { receivedMessage: message } }) };
}
function neverCame(index, receive, withinMs, last) {
    const what = receive.until.length > 0 ? 'no message satisfied its `until` assertions' : 'no message came';
    const lastText = last === undefined ? 'no message was received' : `the last message received was ${JSON.stringify((0,src_text/* truncate */.x)(last, 200))}`;
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
            proxy: (0,proxy/* readProxyChoice */.y)(raw.proxy, url, context.proxyEnvironment),
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
    const connection = { ...(route ? { proxy: (0,proxy_env/* describeProxy */.GK)(route.url) } : {}) };
    const tunnel = route ? await (0,proxy/* tunnelTo */.a)(route) : undefined;
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
    return new Promise((resolve, reject) => {
        const finish = (settle) => {
            signal.removeEventListener('abort', onAbort);
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
            ...(connection.proxy ? { proxy: connection.proxy } : {}),
            values: { setCookie, ...(conversation.last !== undefined ? { receivedMessage: conversation.last } : {}) },
            ...(conversation.last !== undefined ? { excerpt: conversation.last.slice(0, EXCERPT_CHARS) } : {}),
            ...(conversation.assertions.length > 0 ? { assertions: conversation.assertions } : {}),
            ...(conversation.failure ? { error: conversation.failure } : {}),
        });
        if (request.turns) {
            const inbox = new Inbox(socket, messageText);
            socket.once('open', () => {
                converse(request.turns, socket, inbox, context).then((conversation) => {
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
        socket.once('close', (code, reason) => finish(() => reject(closedEarly(request, code, reason.toString()))));
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
        const timeTls = (socket) => socket.once('secureConnect', () => {
            timer.mark('tlsDone');
            connection.tls = (0,tls/* observeTls */.Q3)(socket);
        });
        if (tunnel) {
            const port = Number(request.url.port) || (secure ? 443 : 80);
            tunnel({ host: request.url.hostname.replace(/^\[|\]$/g, ''), port }, context, request.ipFamily).then((raw) => created(null, secure ? timeTls(external_node_tls_default().connect({ ...tlsOptions, socket: raw })) : raw), (error) => created(error));
            return undefined;
        }
        const socket = secure ? external_node_tls_default().connect({ ...target, ...tlsOptions }) : external_node_net_default().connect(target);
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
