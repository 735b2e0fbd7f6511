export const id = 635;
export const ids = [635];
export const modules = {

/***/ 399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vp: () => (/* binding */ jsonSchemaProblem),
/* harmony export */   d0: () => (/* binding */ schemaErrors)
/* harmony export */ });
/* unused harmony export DRAFT_07 */
/* harmony import */ var _libraries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8880);
/* harmony import */ var _manifest_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7271);
/* harmony import */ var _regex_cost_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9702);



const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
// Keywords of drafts 2019-09 and 2020-12, which ajv's draft-07 class does not know, and what
// draft-07 says instead.
const LATER_KEYWORDS = {
    prefixItems: 'items: [ ...schemas ] (a list) for a tuple',
    unevaluatedProperties: 'additionalProperties, next to properties and patternProperties',
    unevaluatedItems: 'additionalItems, next to items: [ ...schemas ]',
    dependentRequired: 'dependencies: { name: [ ...names ] }',
    dependentSchemas: 'dependencies: { name: { ...schema } }',
    minContains: 'contains (at least one); there is no count in draft-07',
    maxContains: 'contains (at least one); there is no count in draft-07',
    $anchor: '$id: "#name" for a plain-name fragment',
    $dynamicRef: '$ref',
    $dynamicAnchor: '$id: "#name"',
    $recursiveRef: '$ref',
    $recursiveAnchor: '$id',
    $vocabulary: 'nothing: remove it',
    contentSchema: 'nothing probegate checks: remove it',
};
// Keywords ajv knows but does not check (draft-07 leaves checking them optional).
const NOT_CHECKED = ['contentMediaType', 'contentEncoding'];
// Keywords that check nothing by definition, which ajv knows but does not list among its rules:
// for a did-you-mean only.
const NOTES = ['$id', '$schema', '$defs', 'definitions', 'title', 'description', 'default', 'examples', 'readOnly', 'writeOnly'];
// Made on the first jsonSchema assertion: building one costs every start some milliseconds.
let ajv;
function instance() {
    if (ajv)
        return ajv;
    const { Ajv: AjvClass, addFormats } = (0,_libraries_js__WEBPACK_IMPORTED_MODULE_0__/* .ajv */ .SS)();
    // Every strict option given: those left out would log to the console and go on. addUsedSchema:
    // false keeps no schema by its $id, so two assertions (or two loads) may use one schema file.
    const made = new AjvClass({
        allErrors: true,
        strictSchema: true,
        strictNumbers: true,
        strictTypes: false,
        strictTuples: false,
        strictRequired: false,
        validateFormats: true,
        addUsedSchema: false,
        logger: false,
        code: { regExp: guardedRegExp },
    });
    addFormats(made);
    for (const keyword of NOT_CHECKED)
        made.removeKeyword(keyword);
    return (ajv = made);
}
/**
 * The regular expressions of `pattern` and `patternProperties`, as ajv runs them: on the main
 * thread, to their end, where a backtracking one (`^(a+)+$`) on a hostile body would stall every
 * check of the run past its deadline. Tested only where its worst case is provably short for the
 * value (regex-cost.ts, as `matches` does before it leaves a test to a worker); otherwise the
 * validation stops, and the assertion fails saying so.
 */
const guardedRegExp = Object.assign(guardedPattern, { code: 'guardedRegExp' }); // `code`: for ajv's standalone code, never made here
function guardedPattern(source, flags) {
    const regex = new RegExp(source, flags);
    return {
        // ajv keeps the patterns of all its schemas by this text: without it they would all be one.
        toString: () => regex.toString(),
        test(text) {
            if (!(0,_regex_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedInline */ .x)(source, text.length)) {
                throw new Error(`the schema's pattern /${source}/ could not be tested on a value of ${text.length} characters within a bounded time (it may backtrack for years): simplify the pattern (no nested or alternating repetition), or test the value with a jsonpath assertion and matches`);
            }
            return regex.test(text);
        },
    };
}
// Schemas are compiled once, when the manifest is loaded, and found again by their object.
// A boolean schema (`true`: anything, `false`: nothing) is no object and is kept by its value.
const compiled = new WeakMap();
const compiledBooleans = new Map();
function compileSchema(schema) {
    let validate = typeof schema === 'boolean' ? compiledBooleans.get(schema) : compiled.get(schema);
    if (!validate) {
        validate = instance().compile(schema);
        // An $async schema's validate() answers with a promise (truthy, so never to be read as valid).
        if (validate.$async)
            throw new Error('async schema');
        if (typeof schema === 'boolean')
            compiledBooleans.set(schema, validate);
        else
            compiled.set(schema, validate);
    }
    return validate;
}
/** Why a JSON Schema cannot be used, in words that say what to change, or undefined when it can. */
function jsonSchemaProblem(schema) {
    if (typeof schema === 'boolean')
        return undefined;
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema))
        return 'a schema is a map (or a file holding one)';
    instance(); // outside the try: a library not loaded yet is not a problem of the schema
    try {
        compileSchema(schema);
        return undefined;
    }
    catch (error) {
        return explained(error.message);
    }
}
/** ajv's reason for refusing a schema, made into what to change. */
function explained(message) {
    if (message === 'async schema' || message.startsWith('async schema in sync schema')) {
        return '$async: true is refused: it makes ajv answer later, for asynchronous custom keywords that probegate does not have; remove $async';
    }
    const unknownKeyword = /^strict mode: unknown keyword: "(.*)"$/.exec(message)?.[1];
    if (unknownKeyword !== undefined)
        return keywordProblem(unknownKeyword);
    const unknownFormat = /^unknown format "(.*)" ignored in schema at path "(.*)"$/.exec(message);
    if (unknownFormat) {
        const [, name = '', at = '#'] = unknownFormat;
        const formats = Object.keys(instance().formats);
        const suggestion = (0,_manifest_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(name, formats);
        return `unknown format "${name}" at ${at}${suggestion ? ` (did you mean ${suggestion}?)` : ''}: it could not be checked, so it is refused; the formats checked are ${formats.join(', ')}`;
    }
    const otherDraft = /^no schema with key or ref "(https?:\/\/json-schema\.org\/[^"]*)"$/.exec(message)?.[1];
    if (otherDraft !== undefined) {
        return `$schema ${otherDraft} is not read: probegate checks JSON Schema draft-07; declare ${DRAFT_07} or no $schema, and write the schema in draft-07`;
    }
    return message;
}
function keywordProblem(keyword) {
    if (Object.hasOwn(LATER_KEYWORDS, keyword)) {
        return `${keyword} is a keyword of JSON Schema 2019-09/2020-12, and probegate checks draft-07, which would ignore it; use ${LATER_KEYWORDS[keyword]}`;
    }
    if (NOT_CHECKED.includes(keyword)) {
        return `${keyword} is not checked (draft-07 leaves it optional and ajv only notes it); remove it, or check the text with pattern`;
    }
    const known = [...Object.keys(instance().RULES.all), ...NOTES];
    const suggestion = (0,_manifest_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(keyword, known);
    return `unknown keyword "${keyword}" (draft-07 would ignore it, so it is refused)${suggestion ? `: did you mean ${suggestion}?` : '; remove it'}`;
}
/** `valid`, or the schema errors joined, so `is valid` reads naturally in reports. */
function schemaErrors(schema, json) {
    const validate = compileSchema(schema);
    const verdict = validate(json);
    if (verdict === true)
        return 'valid';
    // Anything but true or false (a promise) is no verdict: thrown, the assertion fails with it.
    if (verdict !== false)
        throw new Error('the JSON Schema gave no verdict (an asynchronous schema?); this is a bug');
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
}


/***/ }),

/***/ 2760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ compareValue),
/* harmony export */   J$: () => (/* binding */ several),
/* harmony export */   Ux: () => (/* binding */ compareAtOnce),
/* harmony export */   dA: () => (/* binding */ compareEach)
/* harmony export */ });
/* unused harmony exports compare, text */
/* harmony import */ var _pattern_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8267);
/* harmony import */ var _regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9326);


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
const NO_VALUE = Object.freeze({ passed: false, message: 'no such value in the response' });
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
    // Several values of a path are absent when every one is null (`$.items[*].error`).
    if (operator === 'doesNotExist')
        return SEVERAL.has(actual) ? verdict(actual.every((value) => value === null || value === undefined)) : compare(operator, actual, target, deadline);
    if (actual === null || typeof actual !== 'object')
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
    const hint = elements === undefined && quantifier === 'every' && !NEGATIVE.has(operator) ? ' (elements: some asks for one)' : '';
    const judge = (results) => explained(quantifier, values, results, hint);
    const nested = values === matches && values.some(Array.isArray);
    if ((operator === 'matches' || operator === 'doesNotMatch') && !nested)
        return matchEach(operator, values, wanted, deadline, judge);
    // Each of several values in turn as a value of its own (a list in it opened), else as compare judges it.
    const judgeOne = nested ? (value) => compareValue(operator, value, wanted, undefined, deadline) : (value) => compareInList(operator, value, wanted, deadline);
    return eachOf(values, judgeOne, judge);
}
/** One value of a list as compare judges it, but for a number or a boolean, which a list contains only whole (`[15, 25]` does not contain 5). */
function compareInList(operator, value, target, deadline) {
    if ((operator === 'contains' || operator === 'doesNotContain') && (typeof value === 'number' || typeof value === 'boolean')) {
        const found = same(value, target);
        if (found === undefined)
            return { passed: false, message: INEXACT };
        return verdict(operator === 'contains' ? found : !found);
    }
    return compare(operator, value, target, deadline);
}
/** matches / doesNotMatch on each value, as compare judges one, in one test of them all (regex.ts). */
function matchEach(operator, values, target, deadline, judge) {
    const pattern = targetPattern(target);
    if (!(pattern instanceof RegExp))
        return pattern;
    const present = (value) => value !== undefined && value !== null;
    const found = (0,_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .testEachWithin */ .Fn)(pattern, values.filter(present).map(text), deadline);
    const results = (each) => {
        let next = 0;
        return values.map((value) => (present(value) ? regexComparison(operator, each?.[next++]) : NO_VALUE));
    };
    return found instanceof Promise ? found.then((each) => judge(results(each))) : judge(results(found));
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
    // JSON's null is a value to is and isNot against a null target (`target: null`), and no value to anything else.
    if (actual === null && target === null && (operator === 'is' || operator === 'isNot'))
        return verdict(operator === 'is');
    if (actual === undefined || actual === null)
        return NO_VALUE;
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
            return verdict(anyOf(actual, text(target), containsText));
        case 'doesNotContain':
            return verdict(!anyOf(actual, text(target), containsText));
        case 'matches':
        case 'doesNotMatch': {
            const pattern = targetPattern(target);
            if (!(pattern instanceof RegExp))
                return pattern;
            const found = (0,_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .testWithin */ .ux)(pattern, regexInputs(actual), deadline);
            return found instanceof Promise ? found.then((answer) => regexComparison(operator, answer)) : regexComparison(operator, found);
        }
        default:
            return { passed: false, message: `operator ${operator} does not apply here` };
    }
}
/**
 * compare, when its answer needs no regex worker; undefined when it would, and then no test is
 * started. For what is judged in passing and never awaited (would a 200 have failed this
 * statusCode assertion?): a test left in the workers' queue would hold a worker from the checks,
 * and at its deadline reject with nobody to catch it, which ends the process.
 */
function compareAtOnce(operator, actual, target) {
    if (operator === 'matches' || operator === 'doesNotMatch') {
        const pattern = targetPattern(target);
        if (pattern instanceof RegExp && actual !== undefined && actual !== null && !(0,_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .testsAtOnce */ .gW)(pattern, regexInputs(actual)))
            return undefined;
    }
    // Only a regex test in a worker makes compare's answer a promise, and that case is above.
    return compare(operator, actual, target);
}
const regexInputs = (actual) => (Array.isArray(actual) ? actual.map(text) : [text(actual)]);
/** The target's pattern, or the failed comparison that says why it is none. */
function targetPattern(target) {
    try {
        return (0,_pattern_js__WEBPACK_IMPORTED_MODULE_1__/* .patternOf */ .Id)(text(target));
    }
    catch (error) {
        return { passed: false, message: `invalid regular expression: ${error.message}` };
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
    return text(value).includes(needle) || (typeof value === 'object' && value !== null && !Buffer.isBuffer(value) && someTextInside(value, needle));
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
function text(value) {
    if (typeof value === 'string')
        return value;
    if (Buffer.isBuffer(value))
        return value.toString('utf8');
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
}


/***/ }),

/***/ 8267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ patternProblem),
/* harmony export */   Id: () => (/* binding */ patternOf),
/* harmony export */   ZS: () => (/* binding */ readPattern)
/* harmony export */ });
// The regular expression a manifest's text stands for: its source (`^v\d+`), or a JavaScript
// literal with the i flag (`/error/i`), which the docs' "JavaScript syntax" invites: read as a
// source, `/error/i` never matched, so `doesNotMatch: "/error/i"` passed a page full of ERROR.
// Any other text of a literal's shape (`/api/`, `/users/id`, `/x/gi`) reads two ways, text with
// slashes or a literal with flags, each passing what the other fails: refused, with both spellings,
// rather than judged on a guess. `/\u2026/i` alone is read as a literal: a path ending in `/i` is rare,
// and i is the flag an assertion needs (`s` and `m` are `[\s\S]` and `(?:^|\n)` in a source).
/** A literal's shape: slashes around a body with no unescaped slash outside a class, then letters that could be flags. */
const LITERAL = /^\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\[])+)\/([dgimsuvy]*)$/s;
/** The RegExp for a manifest's pattern text; throws an Error saying what to write instead. */
function patternOf(text) {
    const literal = LITERAL.exec(text);
    if (!literal)
        return new RegExp(text);
    const [, source, flags] = literal;
    if (flags === 'i')
        return new RegExp(source, 'i');
    // Neither reading is a pattern (the body does not compile): what is wrong with the text says so.
    if (!compiles(source))
        return new RegExp(text);
    const withSlashes = JSON.stringify(`\\/${source}\\/${flags}`);
    throw new Error(`"${text}" reads two ways, as text with slashes or as a JavaScript literal: write ${withSlashes} for the text with its slashes, or ${JSON.stringify(source)} for the pattern between them (the one flag a literal may have here is i, as in /${source}/i)`);
}
/** What is wrong with a manifest's pattern text, in a sentence; undefined when it is a pattern. */
function patternProblem(text) {
    const read = readPattern(text);
    return 'problem' in read ? read.problem : undefined;
}
/** The pattern, or what is wrong with the text, in a sentence. */
function readPattern(text) {
    try {
        return { pattern: patternOf(text) };
    }
    catch (error) {
        return { problem: error instanceof SyntaxError ? `invalid regular expression: ${error.message}` : error.message };
    }
}
function compiles(source) {
    try {
        new RegExp(source);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cv: () => (/* binding */ plainPathNames),
/* harmony export */   iz: () => (/* binding */ maySelectSeveral),
/* harmony export */   qW: () => (/* binding */ isPlainPath),
/* harmony export */   s1: () => (/* binding */ mayHoldScript)
/* harmony export */ });
// What can be told of a JSONPath from its text alone, without jsonpath-plus (some 3 ms to import):
// the load checks every path, and most are plain ($.status, $.items[0].id).
/** `$`, then names of these characters after a dot or indexes in brackets: nothing else. */
const PLAIN_PATH = /^\$(?:\.[A-Za-z0-9_-]+|\[[0-9]+\])*$/;
const PLAIN_PART = /[A-Za-z0-9_-]+/g;
/**
 * The names (and indexes, as text) a plain path follows from the document's root, exactly as
 * jsonpath-plus's JSONPath.toPathArray reads them after its `$`; undefined for any other path.
 */
function plainPathNames(path) {
    if (!isPlainPath(path))
        return undefined;
    return path.slice(1).match(PLAIN_PART) ?? [];
}
/** Whether plainPathNames reads the path, without reading it: the run's set-up asks it of every assertion's path. */
function isPlainPath(path) {
    return PLAIN_PATH.test(path);
}
/**
 * Whether the path may select several values (a wildcard, `..`, a slice, a union), so that even
 * one match is one of a path's several values; a quoted name holding such a character counts too.
 */
function maySelectSeveral(path) {
    return /\*|\.\.|\[[^\]]*[:,][^\]]*\]/.test(path);
}
/**
 * Whether jsonpath-plus could read a filter or script expression in the path. It splits a path into
 * parts that are each a piece of the path (or of the `;`, `.`, `~`, `^` it puts in), and a script
 * is a part that starts with `?` or `(`: a path without either cannot hold one. It also sets quoted
 * names aside and puts them back by a `#` and a number, which can go wrong (`$['a,b']12` makes it
 * throw): a path with a quote or a `#` is left to it as well, to be read exactly as before.
 */
function mayHoldScript(path) {
    return /[?(#'"]/.test(path);
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

/***/ 9326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fn: () => (/* binding */ testEachWithin),
/* harmony export */   gW: () => (/* binding */ testsAtOnce),
/* harmony export */   ux: () => (/* binding */ testWithin)
/* harmony export */ });
/* unused harmony export MAX_WORKERS */
/* harmony import */ var _errors_probe_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8590);
/* harmony import */ var _regex_cost_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9702);


const DEFAULT_LIMIT_MS = 60_000;
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, source, flags, inputs }) => {
  let outcome;
  try {
    const pattern = new RegExp(source, flags);
    outcome = inputs.map((input) => pattern.test(input));
  } catch {}
  parentPort.postMessage({ id, outcome });
});`;
/**
 * How many backtracking tests may run at once. Each holds a core until its answer or its
 * deadline; past this many, a test waits for a worker (and, at its deadline, fails as never run).
 */
const MAX_WORKERS = 4;
const workers = [];
/** Tests waiting for a worker, first come first served. */
const waiting = [];
let nextId = 0;
/**
 * Whether the pattern matches any of the inputs; undefined when the worker failed (out of memory).
 * A promise when the test runs in the worker; it rejects with TIMEOUT:OVERALL_TIMEOUT when the
 * answer is not known by the deadline.
 */
function testWithin(pattern, inputs, deadline) {
    const each = testEachWithin(pattern, inputs, deadline);
    return each instanceof Promise ? each.then(anyMatched) : anyMatched(each);
}
/** Whether the test runs here, synchronously: its answer is no promise, and no worker is involved. */
function testsAtOnce(pattern, inputs) {
    return (0,_regex_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedInline */ .x)(pattern.source, totalChars(inputs));
}
const totalChars = (inputs) => inputs.reduce((sum, input) => sum + input.length, 0);
/** Whether the pattern matches each of the inputs, as testWithin answers. */
function testEachWithin(pattern, inputs, deadline) {
    const chars = totalChars(inputs);
    if ((0,_regex_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedInline */ .x)(pattern.source, chars))
        return inputs.map((input) => pattern.test(input));
    const { at, limitMs } = deadline ?? { at: performance.now() + DEFAULT_LIMIT_MS, limitMs: DEFAULT_LIMIT_MS };
    return new Promise((resolve, reject) => {
        const id = nextId++;
        const timer = setTimeout(() => expire(job), Math.max(0, at - performance.now()));
        const job = {
            at,
            message: { id, source: pattern.source, flags: pattern.flags, inputs },
            settle: (outcome) => {
                clearTimeout(timer);
                resolve(outcome);
            },
            expire: (waited) => {
                clearTimeout(timer);
                reject(waited ? waitedOut(pattern, limitMs) : timedOut(pattern, chars, limitMs));
            },
        };
        waiting.push(job);
        dispatch();
    });
}
function anyMatched(outcome) {
    return outcome === undefined ? undefined : outcome.includes(true);
}
/** At a test's deadline: its worker, still running it, is terminated (only a fresh one can take other tests); a test still waiting never ran. */
function expire(job) {
    const running = workers.find((worker) => worker.job === job);
    if (running) {
        retire(running);
        job.expire(false);
        dispatch();
        return;
    }
    const index = waiting.indexOf(job);
    if (index === -1)
        return;
    waiting.splice(index, 1);
    job.expire(true);
}
function timedOut(pattern, chars, limitMs) {
    return regexTimeout(`The attempt did not complete within the overall timeout of ${limitMs} ms: the regular expression ${shown(pattern)} was still running over ${chars} characters. It backtracks too much: simplify it, for example without nested quantifiers.`);
}
/** A test that never ran: every worker was busy with other checks' tests until this one's deadline. */
function waitedOut(pattern, limitMs) {
    return regexTimeout(`The attempt did not complete within the overall timeout of ${limitMs} ms: its regular expression ${shown(pattern)} was waiting for other checks' (${MAX_WORKERS} at once, which backtrack too much) and never ran. Those checks fail with their own timeouts: simplify their expressions, or raise this check's \`overall_timeout\`.`);
}
// The message carries its own advice: the taxonomy's for OVERALL_TIMEOUT (why is the response
// slow to arrive in full?) would send the reader after a response that arrived whole.
const regexTimeout = (message) => new _errors_probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ProbeError */ .B('TIMEOUT', 'OVERALL_TIMEOUT', message);
const shown = (pattern) => `/${pattern.source.slice(0, 100)}/${pattern.flags}`;
/** Gives waiting tests to idle workers, starting workers up to MAX_WORKERS. */
function dispatch() {
    while (waiting.length > 0) {
        // Due already (its timer is about to fire): not worth a worker, which only a restart would free.
        if (waiting[0].at <= performance.now()) {
            waiting.shift().expire(true);
            continue;
        }
        const worker = workers.find((candidate) => !candidate.job) ?? (workers.length < MAX_WORKERS ? startWorker() : undefined);
        if (!worker)
            return;
        const job = waiting.shift();
        worker.job = job;
        worker.thread.ref();
        worker.thread.postMessage(job.message);
    }
}
function startWorker() {
    // node:worker_threads is loaded here, on first need, not with every start (bench/, start-up).
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const worker = { thread: new Worker(WORKER_SOURCE, { eval: true }) };
    worker.thread.on('message', ({ id, outcome }) => {
        const job = worker.job;
        if (job?.message.id !== id)
            return;
        worker.job = undefined;
        worker.thread.unref();
        job.settle(outcome);
        dispatch();
    });
    // A worker that dies (out of memory) fails the test it was running, which gives no answer.
    worker.thread.on('error', () => {
        const job = worker.job;
        retire(worker);
        job?.settle(undefined);
        dispatch();
    });
    workers.push(worker);
    return worker;
}
function retire(worker) {
    const index = workers.indexOf(worker);
    if (index !== -1)
        workers.splice(index, 1);
    worker.job = undefined;
    void worker.thread.terminate();
}


/***/ }),

/***/ 5687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TU: () => (/* binding */ LEAF_PROPERTIES),
/* harmony export */   u9: () => (/* binding */ tlsVersion),
/* harmony export */   vQ: () => (/* binding */ SSL_EXTRACTORS)
/* harmony export */ });
/* harmony import */ var _operators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2760);

const DAY_MS = 24 * 60 * 60 * 1000;
/** What a `property` assertion can read off the leaf certificate. */
const LEAF_PROPERTIES = ['subject', 'issuer', 'san', 'fingerprint256'];
const SSL_EXTRACTORS = {
    certificate: (assertion, observation) => daysUntilExpiry(assertion, leafOf(observation)),
    property: (assertion, observation) => leafProperty(assertion, leafOf(observation)),
    tlsVersion: Object.assign((assertion, observation) => versionValue(assertion, observation.tls?.version), { compare: compareVersion }),
    minTlsVersion: Object.assign((assertion, observation) => versionValue(assertion, observation.values?.minTlsVersion), { compare: compareVersion }),
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
 * - the text operators report the name with its minor version (`TLSv1.0`) and try every
 *   spelling (compareVersion).
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
const TEXT_OPERATORS = new Set(['contains', 'doesNotContain', 'matches', 'doesNotMatch']);
const NEGATIVE_TEXT = new Set(['doesNotContain', 'doesNotMatch']);
/**
 * The text operators on a version try each of its spellings (`TLSv1.0`, Node's `TLSv1`, `1.0`):
 * `contains` and `matches` pass when one does, their negatives only when none does, so a pattern
 * written in any spelling (`doesNotMatch: "^TLSv1$"`) never passes the version it names.
 */
function compareVersion(assertion, actual, target, deadline) {
    const version = typeof actual === 'string' || typeof actual === 'number' ? tlsVersion(String(actual)) : undefined;
    if (!version || !TEXT_OPERATORS.has(assertion.operator))
        return (0,_operators_js__WEBPACK_IMPORTED_MODULE_0__/* .compareValue */ .$R)(assertion.operator, actual, target, undefined, deadline);
    const each = version.spellings.map((spelling) => (0,_operators_js__WEBPACK_IMPORTED_MODULE_0__/* .compareValue */ .$R)(assertion.operator, spelling, target, undefined, deadline));
    const judge = (verdicts) => {
        const passed = NEGATIVE_TEXT.has(assertion.operator) ? verdicts.every((v) => v.passed) : verdicts.some((v) => v.passed);
        const message = passed ? undefined : verdicts.find((v) => v.message)?.message;
        return message ? { passed, message } : { passed };
    };
    return each.some((verdict) => verdict instanceof Promise) ? Promise.all(each).then(judge) : judge(each);
}
/**
 * `TLSv1`, `TLSv1.0`, `tls 1.2`, `1.3`, `1`, `1.00`: the version's number, its name with the
 * minor version, and the spellings of it that people write (Node's `TLSv1`, `TLS 1.0`, `1`, in
 * either case), which the text operators try.
 */
function tlsVersion(text) {
    const match = /^\s*(?:tls\s*v?\s*)?(\d+)(?:\.(\d+))?\s*$/i.exec(text);
    if (!match)
        return undefined;
    const major = String(Number(match[1]));
    const minor = String(Number(match[2] ?? '0'));
    const numbers = [`${major}.${minor}`, ...(minor === '0' ? [major] : [])];
    const spellings = numbers.flatMap((number) => [`TLSv${number}`, `TLS ${number}`, `TLS${number}`, number]);
    return { number: Number(`${major}.${minor}`), name: `TLSv${major}.${minor}`, spellings: [...new Set([...spellings, ...spellings.map((each) => each.toLowerCase())])] };
}


/***/ }),

/***/ 7546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ readCapped),
/* harmony export */   H$: () => (/* binding */ extractionsReadBody),
/* harmony export */   QJ: () => (/* binding */ hasNoBody),
/* harmony export */   c$: () => (/* binding */ assertionsReadBody),
/* harmony export */   p3: () => (/* binding */ keepingWholeBody),
/* harmony export */   y_: () => (/* binding */ DEFAULT_MAX_BODY_BYTES)
/* harmony export */ });
/* harmony import */ var _errors_probe_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8590);

/** The most bytes of a response read: an http body, a gRPC response message (grpc.ts). */
const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
/** The assertion types that read the body itself; without one, only the excerpt's bytes are kept. */
const BODY_ASSERTIONS = new Set(['body', 'jsonpath', 'bodyHash', 'jsonSchema']);
function assertionsReadBody(assertions) {
    return Array.isArray(assertions) && assertions.some((a) => BODY_ASSERTIONS.has(String(a?.type)));
}
/** The extraction sources of a multistep step that read the body itself. */
const BODY_EXTRACTIONS = new Set(['body', 'jsonpath']);
function extractionsReadBody(extractions) {
    return extractions.some((extraction) => BODY_EXTRACTIONS.has(extraction.from));
}
/**
 * The http check keeping its whole body (up to the cap), for what reads the body beyond its own
 * assertions: a step's extraction, a baseline comparison's shapes. Any other check as it is.
 */
function keepingWholeBody(check) {
    const request = check.request;
    if (request?.keptBodyBytes === undefined || request.maxBodyBytes === undefined || request.keptBodyBytes >= request.maxBodyBytes)
        return check;
    return { ...check, request: { ...request, keptBodyBytes: request.maxBodyBytes } };
}
/**
 * Whether the response has no body whatever its Content-Length says (RFC 9110 \u00a76.4.1): the answer
 * to a HEAD, a 1xx, 204 or 304. Its Content-Length is that of the body a GET would have got.
 */
function hasNoBody(method, status) {
    return method === 'HEAD' || status < 200 || status === 204 || status === 304;
}
/**
 * Reads the body to its end or to the cap; listeners rather than `for await`, which costs more per check.
 * `bodiless`: a response that has no body, whose Content-Length undici 7 still holds against it
 * (a 204 or 304 ends in UND_ERR_RES_CONTENT_LENGTH_MISMATCH); the guard refuses any byte sent after it.
 */
function readCapped(body, limits, declaredLength, bodiless = false) {
    return new Promise((resolve, reject) => {
        const declared = declaredLength === undefined ? NaN : Number(declaredLength);
        const tooLarge = () => {
            body.destroy();
            reject((0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .probeError */ .v)('BODY_TOO_LARGE', 'BODY_TOO_LARGE', `The response body is larger than the cap of ${limits.maxBytes} bytes`));
        };
        // A declared length over the cap fails now: reading up to the cap first would only hold memory.
        if (declared > limits.maxBytes)
            return tooLarge();
        let chunks = [];
        let received = 0;
        let kept = 0;
        const onData = (chunk) => {
            received += chunk.length;
            if (received > limits.maxBytes)
                return tooLarge();
            if (kept >= limits.keepBytes)
                return;
            const part = chunk.length <= limits.keepBytes - kept ? chunk : chunk.subarray(0, limits.keepBytes - kept);
            chunks.push(part);
            kept += part.length;
        };
        // The stream outlives the read (undici's client holds it until it is collected): its listeners
        // must not keep the chunks, views of the socket's read buffers, alive with it.
        const done = () => {
            body.off('data', onData);
            chunks = [];
        };
        body.on('data', onData);
        body.once('error', (error) => {
            done();
            if (bodiless && received === 0 && error.code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH')
                resolve(Buffer.alloc(0));
            else
                reject(error);
        });
        body.once('end', () => {
            const whole = Buffer.concat(chunks, kept);
            done();
            // undici checks this on HTTP/1.1 only; an HTTP/2 stream cancelled mid-body resolves as if complete.
            if (Number.isInteger(declared) && received < declared) {
                reject((0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .probeError */ .v)('CONNRESET', 'SOCKET_CLOSED', `The server closed the response after ${received} of ${declared} bytes`));
            }
            else {
                resolve(whole);
            }
        });
    });
}


/***/ }),

/***/ 2369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ loadedCheckModule),
/* harmony export */   d: () => (/* binding */ loadCheckModule)
/* harmony export */ });
// type -> module. Loaded on first use, so a manifest without gRPC never loads grpc-js.
const LOADERS = {
    http: async () => (await Promise.all(/* import() */[__webpack_require__.e(136), __webpack_require__.e(626)]).then(__webpack_require__.bind(__webpack_require__, 2626))).httpCheck,
    ssl: async () => (await Promise.all(/* import() */[__webpack_require__.e(136), __webpack_require__.e(731)]).then(__webpack_require__.bind(__webpack_require__, 7731))).sslCheck,
    dns: async () => (await __webpack_require__.e(/* import() */ 125).then(__webpack_require__.bind(__webpack_require__, 6125))).dnsCheck,
    tcp: async () => (await __webpack_require__.e(/* import() */ 722).then(__webpack_require__.bind(__webpack_require__, 4722))).tcpCheck,
    udp: async () => (await __webpack_require__.e(/* import() */ 926).then(__webpack_require__.bind(__webpack_require__, 9926))).udpCheck,
    icmp: async () => (await __webpack_require__.e(/* import() */ 440).then(__webpack_require__.bind(__webpack_require__, 7440))).icmpCheck,
    grpc: async () => (await Promise.all(/* import() */[__webpack_require__.e(33), __webpack_require__.e(913)]).then(__webpack_require__.bind(__webpack_require__, 913))).grpcCheck,
    websocket: async () => (await Promise.all(/* import() */[__webpack_require__.e(977), __webpack_require__.e(136), __webpack_require__.e(626), __webpack_require__.e(701)]).then(__webpack_require__.bind(__webpack_require__, 7701))).websocketCheck,
};
const loaded = new Map();
const ready = new Map();
function loadCheckModule(type) {
    let module = loaded.get(type);
    if (!module) {
        const load = LOADERS[type];
        if (!load)
            return Promise.reject(new Error(`the ${type} check type is not available in this build`));
        module = load().then((done) => (ready.set(type, done), done));
        loaded.set(type, module);
    }
    return module;
}
/** The module of `type` once it has loaded, for use without waiting (see CheckResolver.resolveNow). */
function loadedCheckModule(type) {
    return ready.get(type);
}


/***/ }),

/***/ 6468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ InvalidField)
/* harmony export */ });
/** A problem with one field of a check, found while preparing it. `path` is relative to the check. */
class InvalidField extends Error {
    path;
    name = 'InvalidField';
    constructor(path, message) {
        super(message);
        this.path = path;
    }
}


/***/ }),

/***/ 3635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VALIDATE_HELP: () => (/* binding */ VALIDATE_HELP),
  formatProblems: () => (/* binding */ formatProblems),
  validateCommand: () => (/* binding */ validateCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/manifest/load.ts + 8 modules
var load = __webpack_require__(3708);
;// CONCATENATED MODULE: ./src/manifest/scalar-text.ts
// What a value was written as: the text of the YAML scalar at a problem's line and column, so
// that a door can see which variables the written value refers to. Not a YAML reader: where it
// cannot tell a scalar, it says nothing, and the caller keeps the problem as it is.
/** The text of the scalar starting at one-based `line`:`column` (quoted, plain or a block, quotes and all), or undefined. */
function scalarTextAt(text, line, column) {
    const lines = linesOf(text);
    const first = lines[line - 1];
    if (first === undefined || column < 1)
        return undefined;
    const rest = first.slice(column - 1);
    // The lines after it are read from `lines` at `line` on, never copied: a caller asks of many problems.
    switch (rest[0]) {
        case '"':
            return quoted(rest, lines, line, (body, i) => (body[i] === '\\' ? 2 : body[i] === '"' ? 0 : 1));
        case "'":
            return quoted(rest, lines, line, (body, i) => (body[i] === "'" ? (body[i + 1] === "'" ? 2 : 0) : 1));
        case '|':
        case '>':
            return [rest, ...lines.slice(line, line + blockLength(lines, line, indentation(first)))].join('\n');
        case undefined:
        case '{':
        case '[':
        case '#':
        case '-':
        case '&':
        case '*':
        case '!':
            return undefined;
        default:
            return plain(rest, insideFlow(first.slice(0, column - 1)));
    }
}
/** The text's lines, split once for the many problems of one manifest (a caller asks for each). */
let split;
function linesOf(text) {
    if (split?.text !== text)
        split = { text, lines: text.split('\n').map((each) => (each.endsWith('\r') ? each.slice(0, -1) : each)) };
    return split.lines;
}
/**
 * A quoted scalar from its opening quote to its closing one, over as many lines (from `lines` at
 * `next` on) as it takes, read only while it is open. `step` says how far to move from position i
 * of the body: 0 at the closing quote.
 */
function quoted(rest, lines, next, step) {
    let body = rest;
    for (let i = 1;; next++) {
        for (; i < body.length;) {
            const advance = step(body, i);
            if (advance === 0)
                return body.slice(0, i + 1);
            i += advance;
        }
        if (next >= lines.length)
            return undefined;
        body += `\n${lines[next]}`;
    }
}
/** How many of the lines from `from` on belong to a block scalar: blank ones, and those indented deeper than its key. */
function blockLength(lines, from, keyIndentation) {
    let length = 0;
    for (let index = from; index < lines.length; index++) {
        const each = lines[index];
        if (each.trim() === '')
            continue;
        if (indentation(each) <= keyIndentation)
            break;
        length = index - from + 1;
    }
    return length;
}
/** A plain scalar: up to a comment, and in a flow collection up to what ends an entry there. */
function plain(rest, flow) {
    const end = rest.search(flow ? /\s#|,\s|,$|[\]}]/ : /\s#/);
    return (end === -1 ? rest : rest.slice(0, end)).trimEnd();
}
/** Whether text before a column leaves a `{` or `[` open, quotes aside. */
function insideFlow(before) {
    let depth = 0;
    let quote;
    for (const character of before) {
        if (quote) {
            if (character === quote)
                quote = undefined;
        }
        else if (character === '"' || character === "'")
            quote = character;
        else if (character === '{' || character === '[')
            depth++;
        else if (character === '}' || character === ']')
            depth = Math.max(0, depth - 1);
    }
    return depth > 0;
}
function indentation(line) {
    return line.length - line.trimStart().length;
}

// EXTERNAL MODULE: ./src/manifest/template-fields.ts
var template_fields = __webpack_require__(7857);
// EXTERNAL MODULE: ./src/manifest/variables.ts
var manifest_variables = __webpack_require__(2612);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/style.ts
var cli_style = __webpack_require__(1715);
;// CONCATENATED MODULE: ./src/cli/unset-builtins.ts
// `probegate validate` checks a manifest with placeholders for the built-in variables this
// environment does not give (SHA off a runner, PR_NUMBER outside a pull request, BASE_URL without
// --base-url). `probegate run` here would refuse the checks that use them: each use is a note.



/**
 * The uses of built-in variables that `builtins` (as `run` would have them here) leaves without a
 * value, as the loader reports them: at the field's line, saying where the value comes from and how
 * to give it (`--var SHA=VALUE`). Read once more only when the manifest refers to such a variable.
 */
async function builtInsWithoutValue(manifestPath, builtins, variables) {
    const missing = Object.keys(builtins).filter((name) => builtins[name] === undefined);
    if (missing.length === 0)
        return [];
    const text = readable(manifestPath);
    if (text === undefined)
        return [];
    if (!(0,manifest_variables/* references */.Ft)(text).some((name) => missing.includes(name)))
        return [];
    let problems;
    try {
        problems = (await (0,load/* loadManifest */.eY)({ path: manifestPath, displayPath: manifestPath, text, variables: { ...variables, builtins } })).problems;
    }
    catch (error) {
        if (!(error instanceof load/* ManifestError */.Sh))
            throw error;
        problems = error.problems;
    }
    return problems.filter((problem) => (0,manifest_variables/* isBuiltInWithoutValue */.ZA)(problem.message));
}
/** The manifest's text; undefined when it cannot be read or decoded (the first reading said why). */
function readable(manifestPath) {
    try {
        return (0,load/* decodeManifest */.MK)((0,external_node_fs_.readFileSync)(manifestPath));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/cli/validate.ts
// `probegate validate`: the loader's findings, file:line:col each, without running anything.








const VALIDATE_HELP = `Usage: probegate validate [manifest] [options]

Checks a manifest (default ${cli_args/* DEFAULT_MANIFEST */.mj}) against the schema and
prepares every check, without running any. Each problem is printed as
file:line:col.

Options:
  --base-url URL     the value of {{ BASE_URL }} (default: a placeholder)
  --var NAME=VALUE   set a variable (repeatable)
  -h, --help         show this help

Built-in variables and {{ env.NAME }} that are not set get placeholder values,
so a manifest can be checked outside CI; unknown variables are still reported.
A problem that the value of an environment variable not set here could mend
is listed as a note, not checked, and does not change the exit status. So is
each use of a built-in variable that has no value here (SHA and REPOSITORY
without GITHUB_SHA and GITHUB_REPOSITORY, PR_NUMBER outside a pull request,
BASE_URL without --base-url): probegate run would need --var NAME=VALUE.

Exit status: 0 no problems, 2 at least one problem.`;
const VALIDATE_OPTIONS = {
    'base-url': { type: 'string' },
    var: { type: 'string', multiple: true },
};
async function validateCommand(args, terminal) {
    const { values, positionals } = (0,cli_args/* parseCommandLine */.Du)(args, VALIDATE_OPTIONS, 1);
    if (values.help) {
        terminal.print(VALIDATE_HELP);
        return 0;
    }
    const manifestPath = positionals[0] ?? cli_args/* DEFAULT_MANIFEST */.mj;
    const baseUrl = (0,cli_args/* parseBaseUrl */.Q2)(values['base-url']);
    const base = { builtins: placeholderBuiltins(baseUrl), inputs: (0,cli_args/* parseVars */.ux)(values.var), secretInputs: {} };
    const unsetEnv = new Set();
    const read = await findings(manifestPath, { ...base, env: placeholderEnv(process.env, unsetEnv, (name) => `placeholder-${name.toLowerCase()}`) });
    // Read again with placeholders of another shape: what changes is the placeholders' doing.
    const reread = read.problems.length > 0 && unsetEnv.size > 0 ? await findings(manifestPath, { ...base, env: placeholderEnv(process.env, new Set(), (name) => `https://placeholder-${name.toLowerCase()}.invalid`) }) : undefined;
    // A second reading refused where the first was not stopped before the checks: it cannot speak for them.
    const again = reread !== undefined && (reread.refused === undefined || read.refused !== undefined) ? reread : undefined;
    const { unchecked, found } = splitUnchecked(read.problems, again?.problems, unsetEnv, manifestPath);
    const { style } = terminal;
    // What `run` would refuse here, though CI gives it: checked with a placeholder, and a note.
    const withoutValue = await builtInsWithoutValue(manifestPath, (0,cli_args/* builtinVariables */.xg)(baseUrl, process.env), { ...base, env: placeholderEnv(process.env, new Set(), (name) => `placeholder-${name.toLowerCase()}`) });
    const notes = [
        ...unchecked.map(({ location, field, names }) => ({ location, text: `${field ? `${field} is` : 'a value is'} not checked: it uses ${names.map((name) => `{{ env.${name} }}`).join(', ')}, not set here` })),
        ...withoutValue.map(({ location, message }) => ({ location, text: `${message}; checked here with a placeholder` })),
    ]
        .sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column)
        .map(({ location, text }) => `${location.file}:${location.line}:${location.column}: note: ${(0,cli_style/* printable */.g$)(text)}`);
    const notChecked = unchecked.length === 0 ? '' : unchecked.length === 1 ? ' (1 value not checked: an environment variable it uses is not set here)' : ` (${unchecked.length} values not checked: environment variables they use are not set here)`;
    // Unusable as read only for the placeholders' sake: as usable as the second reading found it.
    const { refused, checks } = read.refused !== undefined && again !== undefined && again.refused === undefined ? again : read;
    if (refused !== undefined) {
        terminal.print(...formatProblems(found, style), ...notes, `${style.red('\u2717')} ${(0,cli_style/* printable */.g$)(refused)}${notChecked}`);
        return 2;
    }
    const inChecks = `${checks} check${checks === 1 ? '' : 's'}`;
    if (found.length > 0) {
        const count = `${found.length} problem${found.length === 1 ? '' : 's'}`;
        terminal.print(...formatProblems(found, style), ...notes, `${style.red('\u2717')} ${manifestPath}: ${count} in ${inChecks}${notChecked}`);
        return 2;
    }
    terminal.print(...notes, `${style.green('\u2713')} ${manifestPath}: ${inChecks}, no problems${notChecked}`);
    return 0;
}
async function findings(manifestPath, variables) {
    try {
        const manifest = await (0,load/* loadManifest */.eY)({ path: manifestPath, displayPath: manifestPath, variables });
        return { problems: manifest.problems, checks: manifest.checks.length };
    }
    catch (error) {
        if (!(error instanceof load/* ManifestError */.Sh))
            throw error;
        return { problems: error.problems, checks: 0, refused: error.message };
    }
}
/**
 * The problems of values that an environment variable not set here decides: those the second
 * reading, with placeholders of another shape, does not find at the same place in the same words
 * (a message quoting a placeholder differs; an unknown variable or a duplicate name does not). Their
 * placeholder, not the value CI will give, is what failed, so they say nothing of the manifest;
 * a run with the variable set checks the value (INVALID_REQUEST at that line when it is wrong).
 * Named by the variables the value is written with, where its text says.
 */
function splitUnchecked(problems, again, unsetEnv, manifestPath) {
    if (again === undefined)
        return { unchecked: [], found: [...problems] };
    const foundAgain = new Set(again.map(({ location, message }) => `${location.line}:${location.column} ${message}`));
    const text = (0,load/* decodeManifest */.MK)((0,external_node_fs_.readFileSync)(manifestPath)) ?? '';
    const unchecked = [];
    const found = [];
    for (const problem of problems) {
        const written = scalarTextAt(text, problem.location.line, problem.location.column);
        const named = written === undefined ? [] : (0,manifest_variables/* references */.Ft)(written).flatMap((name) => (name.startsWith('env.') && unsetEnv.has(name.slice(4)) ? [name.slice(4)] : []));
        // A field the schema judges once its variables are replaced refuses every placeholder alike.
        const judgedOnPlaceholder = problem.message.includes(template_fields/* AFTER_VARIABLES */.t3) && named.length > 0;
        if (!judgedOnPlaceholder && foundAgain.has(`${problem.location.line}:${problem.location.column} ${problem.message}`)) {
            found.push(problem);
            continue;
        }
        unchecked.push({ location: problem.location, field: /^([^\s:]+): /.exec(problem.message)?.[1], names: named.length > 0 ? [...new Set(named)] : [...unsetEnv] });
    }
    return { unchecked, found };
}
/** `file:line:col: error: message`, the form editors and CI logs link to the line. */
function formatProblems(problems, style) {
    const sorted = [...problems].sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
    return sorted.map(({ location, message }) => `${location.file}:${location.line}:${location.column}: ${style.red('error:')} ${(0,cli_style/* printable */.g$)(message)}`);
}
function placeholderBuiltins(baseUrl) {
    return {
        BASE_URL: baseUrl ?? 'https://preview.example',
        SHA: process.env.GITHUB_SHA || '0000000000000000000000000000000000000000',
        REPOSITORY: process.env.GITHUB_REPOSITORY || 'owner/repository',
        PR_NUMBER: '1',
    };
}
/** The real environment, with a placeholder for every variable that is not set (whose name goes to `unset`). */
function placeholderEnv(env, unset, placeholder) {
    return new Proxy({}, {
        get: (_, name) => {
            if (typeof name !== 'string')
                return undefined;
            const value = env[name];
            if (value !== undefined)
                return value;
            unset.add(name);
            return placeholder(name);
        },
    });
}


/***/ }),

/***/ 5031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MF: () => (/* binding */ matchesIgnore),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   sO: () => (/* binding */ ARRAY),
/* harmony export */   xS: () => (/* binding */ parseIgnorePath)
/* harmony export */ });
// Typed paths of a JSON body (`items[].price`) and the subset of JSONPath that `baseline.ignore`
// accepts, translated onto them. A path is a list of segments: an object key, or ARRAY for
// "any element of an array" (typed paths merge all elements of an array into one path).
const ARRAY = null;
const PLAIN_KEY = /^[A-Za-z0-9_-]+$/;
/** `$` for the body itself; keys joined by dots, `[]` for array elements, odd keys as `["a.b"]`. */
function formatPath(segments) {
    if (segments.length === 0)
        return '$';
    let text = '';
    for (const segment of segments) {
        if (segment === ARRAY)
            text += '[]';
        else if (PLAIN_KEY.test(segment))
            text += text === '' ? segment : `.${segment}`;
        else
            text += `[${JSON.stringify(segment)}]`;
    }
    return text;
}
const DOT_NAME = /^[^.[\]\s*'"()?@,:]+/;
const SUPPORTED = '`$.a.b`, `$[\'a\']`, `$.items[*].ts`, `$.*` and `$..name`';
/**
 * Parses the JSONPath subset of `baseline.ignore`: `$` followed by `.name`, `['name']` or
 * `["name"]`, `.*` or `[*]` (any one child: a key or the elements of an array), and `..name`
 * (a key at any depth). Indexes, slices, filters, unions and scripts are refused: typed paths
 * merge the elements of an array, so those would not select what they seem to.
 */
function parseIgnorePath(source) {
    const refuse = (why) => ({
        ok: false,
        message: `baseline.ignore "${source}": ${why}. Supported: ${SUPPORTED}.`,
    });
    if (!source.startsWith('$'))
        return refuse('a JSONPath starts with `$`');
    const steps = [];
    let rest = source.slice(1);
    while (rest !== '') {
        if (rest.startsWith('..')) {
            const after = rest.slice(2);
            const dotted = DOT_NAME.exec(after)?.[0];
            const bracket = dotted === undefined ? bracketName(after) : undefined;
            const name = dotted ?? bracket?.name;
            if (name === undefined)
                return refuse('`..` must be followed by a name (`$..ts`)');
            steps.push({ kind: 'descendant', name });
            rest = after.slice(dotted?.length ?? bracket.length);
        }
        else if (rest.startsWith('.*') || rest.startsWith('[*]')) {
            steps.push({ kind: 'any' });
            rest = rest.slice(rest.startsWith('.*') ? 2 : 3);
        }
        else if (rest.startsWith('.')) {
            const name = DOT_NAME.exec(rest.slice(1))?.[0];
            if (name === undefined)
                return refuse(`cannot read a name at "${rest}"`);
            steps.push({ kind: 'key', name });
            rest = rest.slice(1 + name.length);
        }
        else if (rest.startsWith('[')) {
            const bracket = bracketName(rest);
            if (bracket === undefined)
                return refuse(unsupportedBracket(rest));
            steps.push({ kind: 'key', name: bracket.name });
            rest = rest.slice(bracket.length);
        }
        else {
            return refuse(`unexpected "${rest}"`);
        }
    }
    if (steps.length === 0)
        return refuse('`$` alone would ignore the whole body; set `compare: false` on the check instead');
    return { ok: true, pattern: { source, steps } };
}
/** `['name']` or `["name"]` at the start of text: the name and the length read. */
function bracketName(text) {
    const match = /^\[\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*\]/.exec(text);
    if (match === null)
        return undefined;
    const quoted = match[1];
    const body = quoted.slice(1, -1).replace(/\\(.)/g, '$1');
    return { name: body, length: match[0].length };
}
function unsupportedBracket(text) {
    const inside = text.slice(1, Math.max(1, text.indexOf(']')));
    if (/^\s*-?\d+\s*$/.test(inside))
        return `an index like [${inside.trim()}] cannot be ignored alone: typed paths merge the elements of an array, write [*]`;
    if (inside.includes('?') || inside.includes('('))
        return 'filters and script expressions are not supported';
    if (inside.includes(':'))
        return 'slices are not supported';
    if (inside.includes(','))
        return 'unions are not supported; write one entry per path';
    return `cannot read the bracket at "${text}"`;
}
/** True when the pattern selects the path or one of its ancestors (ignoring `$.a` ignores `a.b`). */
function matchesIgnore(pattern, path) {
    return matchFrom(pattern.steps, 0, path, 0);
}
function matchFrom(steps, i, path, j) {
    if (i === steps.length)
        return true;
    const step = steps[i];
    switch (step.kind) {
        case 'key':
            return j < path.length && path[j] === step.name && matchFrom(steps, i + 1, path, j + 1);
        case 'any':
            return j < path.length && matchFrom(steps, i + 1, path, j + 1);
        case 'descendant':
            for (let k = j; k < path.length; k++) {
                if (path[k] === step.name && matchFrom(steps, i + 1, path, k + 1))
                    return true;
            }
            return false;
    }
}


/***/ }),

/***/ 8714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nh: () => (/* binding */ ALPHA),
/* harmony export */   Pu: () => (/* binding */ MIN_SAMPLES),
/* harmony export */   cu: () => (/* binding */ DEFAULT_SAMPLES),
/* harmony export */   t1: () => (/* binding */ DEFAULT_LATENCY)
/* harmony export */ });
// The types of a baseline comparison (SPEC \u00a78): what the sampler hands in, what the report
// gets back. Pure data; nothing here knows of GitHub, terminals, the engine or the network.
// model.ts carries `comparison` on an outcome, so this file imports nothing (no circle of types).
const DEFAULT_LATENCY = { ratio: 1.5, minDeltaMs: 50 };
const DEFAULT_SAMPLES = 20;
/** Fewer successful samples than this on any series and latency is not judged. */
const MIN_SAMPLES = 5;
/** Significance level of the one-sided Mann-Whitney U test, after Holm's correction. */
const ALPHA = 0.01;


/***/ }),

/***/ 8590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ ProbeError),
/* harmony export */   v: () => (/* binding */ probeError)
/* harmony export */ });
/* harmony import */ var _taxonomy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2516);

/**
 * A failure already classified into the taxonomy. Checks throw it for conditions they detect
 * themselves (too many redirects, a body over the cap); the classifier makes one of every
 * other error. `cause` keeps the low-level error.
 */
class ProbeError extends Error {
    name = 'ProbeError';
    category;
    code;
    /** Set when the failure was not the target's: `proxy`, the forward proxy failed. */
    at;
    constructor(category, code, message, options) {
        super(message, options);
        this.category = category;
        this.code = code;
        if (options?.at)
            this.at = options.at;
    }
    toInfo() {
        return { category: this.category, code: this.code, message: this.message, ...(this.at ? { at: this.at } : {}) };
    }
}
/**
 * Builds a ProbeError whose message is `detail` (what happened here, with addresses and
 * values) followed by the taxonomy's likely fix for that category and code.
 */
function probeError(category, code = category, detail, cause, at) {
    const { meaning, fix } = (0,_taxonomy_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(category, code);
    const what = detail ?? meaning;
    return new ProbeError(category, code, `${sentence(what)} ${fix}`, { cause, ...(at ? { at } : {}) });
}
function sentence(text) {
    const trimmed = text.trim();
    return /[.!?:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}


/***/ }),

/***/ 8880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IU: () => (/* binding */ librariesNamedIn),
/* harmony export */   SS: () => (/* binding */ ajv),
/* harmony export */   X: () => (/* binding */ librariesFor),
/* harmony export */   i_: () => (/* binding */ jsonPathPlus),
/* harmony export */   im: () => (/* binding */ withLibraries),
/* harmony export */   k5: () => (/* binding */ loadLibraries),
/* harmony export */   oQ: () => (/* binding */ yaml)
/* harmony export */ });
/* unused harmony export LibraryNotLoaded */
/* harmony import */ var _assertions_plain_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9205);
// Libraries that only some runs use, loaded by the first code that needs one: yaml (a manifest
// out of the ordinary, a problem to locate), jsonpath-plus (a JSONPath), ajv (a jsonSchema
// assertion). Importing all three cost every start of a one-check run some 25 ms (bench/,
// start-up imports). Their users stay synchronous: they ask for a library, which throws
// LibraryNotLoaded while it is not loaded yet, and
//  - the manifest's load loads what its text names (librariesNamedIn) before reading it, and runs
//    in withLibraries, which loads anything else asked for and loads the manifest again;
//  - the engine loads what the checks it runs will ask for (librariesFor) before running them.

const LOADERS = {
    yaml: () => __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)),
    'jsonpath-plus': () => __webpack_require__.e(/* import() */ 229).then(__webpack_require__.bind(__webpack_require__, 6229)),
    // ajv is CommonJS whose exports are the Ajv class itself: a bundle's import() copies no
    // properties of a function into named exports, so `Ajv` is undefined there and `default` is it.
    // ajv-formats (the formats a jsonSchema checks) likewise: its exports are the plugin function.
    ajv: async () => {
        const [module, formats] = await Promise.all([__webpack_require__.e(/* import() */ 463).then(__webpack_require__.t.bind(__webpack_require__, 2463, 23)), Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(196)]).then(__webpack_require__.t.bind(__webpack_require__, 2815, 23))]);
        return { Ajv: module.Ajv ?? module.default, addFormats: formats.default };
    },
};
const loaded = {};
/** Every library asked for before it was loaded; withLibraries loads them. */
const wanted = new Set();
/** How many times a library was asked for before it was loaded, ever: a run that saw this change must run again. */
let misses = 0;
class LibraryNotLoaded extends Error {
    library;
    name = 'LibraryNotLoaded';
    constructor(library) {
        super(`probegate used ${library} before loading it; this is a bug (load it with loadLibraries or run in withLibraries)`);
        this.library = library;
    }
}
function library(name) {
    const module = loaded[name];
    if (module)
        return module;
    misses++;
    wanted.add(name);
    throw new LibraryNotLoaded(name);
}
const yaml = () => library('yaml');
const jsonPathPlus = () => library('jsonpath-plus');
const ajv = () => library('ajv');
async function loadLibraries(names) {
    await Promise.all([...names].map(async (name) => void (loaded[name] ??= await LOADERS[name]())));
}
/**
 * Runs `work` to its end, and when it asked for a library that was not loaded, loads it and runs
 * `work` again: its result, or its error, is not kept, even when it caught LibraryNotLoaded and
 * went on. So `work` must only compute (reading files is fine). At most one run more per library.
 */
async function withLibraries(work) {
    for (;;) {
        const before = misses;
        let outcome;
        try {
            outcome = { value: await work() };
        }
        catch (error) {
            outcome = { error };
        }
        if (misses === before) {
            if ('error' in outcome)
                throw outcome.error;
            return outcome.value;
        }
        await loadLibraries(wanted);
    }
}
/**
 * The libraries a manifest's text names: jsonpath-plus where a line says `path` and, after it, `?`,
 * `(`, `#` or a quote after a bracket (a path with one is checked with it, see mayHoldScript; the
 * quotes of YAML text are not a reason), ajv where it says `jsonSchema`. Loaded before the manifest
 * is read, they spare it a second reading by withLibraries (a large manifest's paths would
 * otherwise be found only after its parse and schema check); one missed costs only that.
 */
function librariesNamedIn(text) {
    const named = new Set();
    if (/path[^\n]*(?:[?(#]|\[\s*['"])/.test(text))
        named.add('jsonpath-plus');
    if (text.includes('jsonSchema'))
        named.add('ajv');
    return named;
}
/**
 * The libraries that running `values` (resolved checks, the ready wait) will ask for: jsonpath-plus
 * for a `path` (an assertion's, an extraction's) that is not plain (src/assertions/plain-path.ts:
 * one with {{ variables }} is not), ajv for a jsonSchema assertion. Generous by design: a library
 * loaded in vain costs milliseconds, one missing fails a check.
 */
function librariesFor(values) {
    const found = new Set();
    const seen = new Set();
    const visit = (value) => {
        if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value) || seen.has(value))
            return;
        seen.add(value);
        // Keys rather than entries: no pair arrays for the tens of thousands of objects of a large manifest.
        for (const key of Object.keys(value)) {
            const inner = value[key];
            if (typeof inner === 'object')
                visit(inner);
            else if (key === 'path' && typeof inner === 'string' && !(0,_assertions_plain_path_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainPath */ .qW)(inner))
                found.add('jsonpath-plus');
            else if (key === 'type' && inner === 'jsonSchema')
                found.add('ajv');
        }
    };
    visit(values);
    return found;
}


/***/ }),

/***/ 8603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nD: () => (/* binding */ checkAssertion)
});

// UNUSED EXPORTS: HEALTH_STATUSES, checkJsonPath

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/assertions/pattern.ts
var pattern = __webpack_require__(8267);
// EXTERNAL MODULE: ./src/assertions/ssl.ts
var ssl = __webpack_require__(5687);
// EXTERNAL MODULE: ./src/checks/types.ts
var types = __webpack_require__(6468);
;// CONCATENATED MODULE: ./src/model.ts
const CHECK_TYPES = (/* unused pure expression or super */ null && (['http', 'ssl', 'dns', 'tcp', 'udp', 'icmp', 'grpc', 'websocket']));
const OPERATORS = [
    'is',
    'isNot',
    'contains',
    'doesNotContain',
    'matches',
    'doesNotMatch',
    'lessThan',
    'lessThanOrEqual',
    'moreThan',
    'moreThanOrEqual',
    'doesNotExist',
    'isInMoreThan',
    'isInLessThan',
];

// EXTERNAL MODULE: ./src/manifest/duration.ts
var duration = __webpack_require__(7197);
// EXTERNAL MODULE: ./src/manifest/suggest.ts
var suggest = __webpack_require__(7271);
;// CONCATENATED MODULE: ./src/manifest/assertion-targets.ts
// An assertion's operator and target checked against its type at load time (SPEC \u00a73), so a
// typo is a problem at its line rather than a comparison that fails, or passes, at run time.
// (The tcp check itself refuses a `connection` target that is no outcome.)







const NUMERIC = ['lessThan', 'lessThanOrEqual', 'moreThan', 'moreThanOrEqual'];
const EQUALITY = ['is', 'isNot'];
const TEXT = ['is', 'isNot', 'contains', 'doesNotContain', 'matches', 'doesNotMatch'];
const REGEX = ['matches', 'doesNotMatch'];
/** What each assertion type compares, which decides its operators and the form of its target. */
const KINDS = {
    responseTime: 'time',
    latency: 'time',
    packetLossPercentage: 'number',
    packetsReceived: 'number',
    certificate: 'days',
    statusCode: 'status',
    header: 'text',
    body: 'text',
    receivedMessage: 'text',
    grpcMetadata: 'text',
    property: 'text',
    recordSome: 'text',
    recordEvery: 'text',
    jsonpath: 'value',
    grpcProto: 'value',
    bodyHash: 'hash',
    jsonSchema: 'schema',
    tlsVersion: 'version',
    minTlsVersion: 'version',
    connection: 'connection',
    grpcHealthcheckStatus: 'health',
};
const assertion_targets_OPERATORS = {
    time: NUMERIC,
    number: [...EQUALITY, ...NUMERIC],
    days: ['isInMoreThan', 'isInLessThan', ...NUMERIC],
    status: [...EQUALITY, ...NUMERIC, ...REGEX],
    text: [...TEXT, 'doesNotExist'],
    value: [...TEXT, ...NUMERIC, 'doesNotExist'],
    hash: TEXT,
    schema: EQUALITY,
    version: [...TEXT, ...NUMERIC],
    connection: EQUALITY,
    health: EQUALITY,
};
/**
 * The assertion's target as the run compares it (durations in milliseconds, numeric strings as
 * numbers), or an InvalidField at the part of the assertion that is wrong.
 */
function checkAssertion(assertion, at) {
    // Own keys only: a type such as `constructor` is unknown, not Object's.
    const kind = Object.hasOwn(KINDS, assertion.type) ? KINDS[assertion.type] : undefined;
    if (!kind)
        return assertion.target; // the schema reports an unknown type
    const { operator, target } = assertion;
    // An operator that is no operator at all is the schema's to report.
    if (OPERATORS.includes(operator) && !assertion_targets_OPERATORS[kind].includes(operator)) {
        throw new types/* InvalidField */.u([...at, 'operator'], `${assertion.type} does not support the operator ${operator} (use ${assertion_targets_OPERATORS[kind].join(', ')})`);
    }
    // The paths of the fields at fault are made only for a problem: every assertion of a large manifest comes here.
    if (kind === 'hash')
        checkHash(assertion.property, at);
    if (assertion.elements !== undefined && (assertion.type === 'recordSome' || assertion.type === 'recordEvery')) {
        throw new types/* InvalidField */.u([...at, 'elements'], `${assertion.type} already says how the records are judged: drop elements (recordEvery asks every record, recordSome one)`);
    }
    if (assertion.type === 'recordSome' || assertion.type === 'recordEvery')
        checkRecordAssertion(assertion, at);
    if ((assertion.type === 'jsonpath' || assertion.type === 'grpcProto') && assertion.path !== undefined)
        checkJsonPath(String(assertion.path), at);
    if (operator === 'doesNotExist')
        return target;
    if (REGEX.includes(operator))
        return checkRegex(target, at);
    if (kind === 'time')
        return timeTarget(target, at);
    // A TLS version compared by number may be written by its name (moreThanOrEqual TLSv1.2).
    const named = kind === 'version' && NUMERIC.includes(operator) && typeof target === 'string' ? (0,ssl/* tlsVersion */.u9)(target) : undefined;
    if (named)
        return named.number;
    if (NUMERIC.includes(operator) || operator === 'isInMoreThan' || operator === 'isInLessThan' || kind === 'number')
        return numberTarget(target, at, operator);
    if (kind === 'status')
        return statusTarget(target, at);
    if (kind === 'health')
        return healthTarget(target, at);
    if (kind === 'version' && EQUALITY.includes(operator))
        checkVersionTarget(target, at);
    if (kind !== 'schema' && kind !== 'value' && (target === null || typeof target === 'object')) {
        throw new types/* InvalidField */.u([...at, 'target'], `${assertion.type} ${operator} compares with text or a number, not ${target === null ? 'null' : 'a list or map'}`);
    }
    return target;
}
const NEGATIVE = ['isNot', 'doesNotContain', 'doesNotMatch'];
/**
 * recordSome with a negative operator passes whenever one record is not the target, so on any
 * answer with another record (1.2.3.4 and 6.6.6.6 pass `recordSome isNot 6.6.6.6`): refused,
 * for recordEvery, which says what it means. An A or AAAA record is compared as a whole address
 * by is and isNot (assertions/dns-records.ts), so their target must be one.
 */
function checkRecordAssertion(assertion, at) {
    const { operator, target } = assertion;
    if (assertion.type === 'recordSome' && NEGATIVE.includes(operator)) {
        throw new types/* InvalidField */.u([...at, 'operator'], `recordSome ${operator} passes as soon as one record is not what the target names, so it passes whenever another record exists: use recordEvery ${operator}, which asks it of every record`);
    }
    const family = String(assertion.property).toUpperCase() === 'A' ? 4 : String(assertion.property).toUpperCase() === 'AAAA' ? 6 : 0;
    if (family === 0 || !EQUALITY.includes(operator) || (typeof target === 'string' && target.includes('{{')))
        return;
    if ((0,external_node_net_.isIP)(String(target)) !== family) {
        throw new types/* InvalidField */.u([...at, 'target'], `${JSON.stringify(target) ?? 'nothing'} is not an IPv${family} address: ${assertion.type} ${operator} compares a whole ${family === 4 ? 'A' : 'AAAA'} record (use contains or matches for a part)`);
    }
}
/**
 * `is` / `isNot` compare a whole TLS version: a target that names none (`TLS_1.0`, `v1.0`) would
 * never be equal, and `isNot` would pass whatever the server speaks.
 */
function checkVersionTarget(target, at) {
    if (typeof target === 'string' && (target.includes('{{') || /^\s*SSLv3\s*$/i.test(target)))
        return;
    if ((typeof target === 'string' || typeof target === 'number') && (0,ssl/* tlsVersion */.u9)(String(target)))
        return;
    throw new types/* InvalidField */.u([...at, 'target'], `${JSON.stringify(target) ?? 'nothing'} is not a TLS version: write TLSv1.2, TLSv1.3 (TLSv1 or TLSv1.0 for TLS 1.0), or the number, 1.2`);
}
function timeTarget(target, at) {
    let ms;
    try {
        ms = typeof target === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(target) ? Number(target) : (0,duration/* parseDuration */.E9)(target, NaN);
    }
    catch {
        ms = NaN;
    }
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
        throw new types/* InvalidField */.u([...at, 'target'], `${JSON.stringify(target)} is not a time: give milliseconds (800) or a duration (800ms, 1.5s)`);
    }
    return ms;
}
/** grpc.health.v1's ServingStatus values: the only statuses a health check can report. */
const HEALTH_STATUSES = ['UNKNOWN', 'SERVING', 'NOT_SERVING', 'SERVICE_UNKNOWN'];
/**
 * A grpcHealthcheckStatus target: one of the ServingStatus names, in any case (written as the
 * enum spells it, so `is serving` holds on SERVING); anything else is a problem at its line, since
 * `isNot NOT_SERVNG` would otherwise pass whatever the service answers. A target that uses a value
 * only a multistep step extracts (`{{ NAME }}`) is judged as it comes.
 */
function healthTarget(target, at) {
    if (typeof target === 'string' && target.includes('{{'))
        return target;
    const text = typeof target === 'string' ? target.trim() : undefined;
    const named = text === undefined ? undefined : HEALTH_STATUSES.find((status) => status === text.toUpperCase());
    if (named)
        return named;
    const guess = text ? (0,suggest/* closest */.k)(text.replace(/[\s-]+/g, '_'), HEALTH_STATUSES) : undefined;
    const hint = guess ? `did you mean ${guess}? ` : '';
    throw new types/* InvalidField */.u([...at, 'target'], `${JSON.stringify(target) ?? 'nothing'} is not a gRPC health status: ${hint}(use ${HEALTH_STATUSES.join(', ')})`);
}
function numberTarget(target, at, operator) {
    const value = typeof target === 'number' ? target : typeof target === 'string' && target.trim() !== '' ? Number(target) : NaN;
    if (!Number.isFinite(value))
        throw new types/* InvalidField */.u([...at, 'target'], `${operator} compares numbers: ${JSON.stringify(target) ?? 'nothing'} is not a number`);
    return value;
}
function statusTarget(target, at) {
    const value = typeof target === 'number' ? target : typeof target === 'string' && /^\s*\d+\s*$/.test(target) ? Number(target) : NaN;
    if (!Number.isInteger(value) || value < 100 || value > 599) {
        throw new types/* InvalidField */.u([...at, 'target'], `${JSON.stringify(target) ?? 'nothing'} is not an HTTP status code (a whole number from 100 to 599; use matches for a pattern such as ^2)`);
    }
    return value;
}
function checkRegex(target, at) {
    if (target === null || typeof target === 'object')
        throw new types/* InvalidField */.u([...at, 'target'], 'matches takes a regular expression as text');
    const problem = (0,pattern/* patternProblem */.AL)(String(target));
    if (problem)
        throw new types/* InvalidField */.u([...at, 'target'], problem);
    return target;
}
let hashes;
function checkHash(property, at) {
    hashes ??= new Set(process.getBuiltinModule('node:crypto').getHashes().map((name) => name.toLowerCase()));
    if (!hashes.has(String(property).toLowerCase()))
        throw new types/* InvalidField */.u([...at, 'property'], `"${String(property)}" is not a hash algorithm Node knows (use md5, sha1 or sha256)`);
}
// Manifests repeat the same few paths ($.status) over hundreds of checks: each is judged once ('' for a good one).
const misreadPaths = new Map();
/** JSONPath that jsonpath-plus would misread: not starting at `$`, or brackets, parentheses and quotes that do not close (`at`: the assertion's path). */
function checkJsonPath(path, at) {
    let problem = misreadPaths.get(path);
    if (problem === undefined)
        misreadPaths.set(path, (problem = jsonPathProblem(path) ?? ''));
    if (problem)
        throw new types/* InvalidField */.u([...at, 'path'], `"${path}" is not a JSONPath: ${problem}`);
}
function jsonPathProblem(path) {
    if (!path.startsWith('$'))
        return 'it must start with $ (for example $.data.id)';
    const open = [];
    const closing = { '[': ']', '(': ')' };
    let quote;
    for (const char of path) {
        if (quote) {
            if (char === quote)
                quote = undefined;
        }
        else if (char === "'" || char === '"')
            quote = char;
        else if (char in closing)
            open.push(closing[char]);
        else if (char === ']' || char === ')') {
            if (open.pop() !== char)
                return `an unexpected ${char}`;
        }
    }
    if (quote)
        return `a ${quote} that is not closed`;
    if (open.length > 0)
        return `a missing ${open.at(-1)}`;
    if (/\.$/.test(path) && !path.endsWith('..'))
        return 'it ends with a dot';
    return undefined;
}


/***/ }),

/***/ 5090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ NULL),
/* harmony export */   HX: () => (/* binding */ BOOL),
/* harmony export */   I8: () => (/* binding */ INT),
/* harmony export */   NH: () => (/* binding */ intValue),
/* harmony export */   Qg: () => (/* binding */ floatValue),
/* harmony export */   _y: () => (/* binding */ plainValue),
/* harmony export */   zH: () => (/* binding */ FLOAT)
/* harmony export */ });
// YAML 1.2's core schema exactly as yaml reads a plain scalar (js-yaml's CORE_SCHEMA also reads
// `1_000` and `0b1`, and not `1e3`): both fast readings resolve plain scalars with these.
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;
function intValue(text) {
    return text[1] === 'o' ? parseInt(text.slice(2), 8) : text[1] === 'x' ? parseInt(text.slice(2), 16) : parseInt(text, 10);
}
function floatValue(text) {
    return /nan$/i.test(text) ? NaN : /inf$/i.test(text) ? (text[0] === '-' ? -Infinity : Infinity) : parseFloat(text);
}
/** The value of a non-empty plain scalar: null, a boolean, a number, or the text itself. */
function plainValue(text) {
    const first = text.charCodeAt(0);
    // Most scalars are words: only these first characters can begin a null, a boolean or a number.
    // NULL and BOOL spelt out as comparisons: keys such as `type`, `target` and `name` come here, and
    // a regular expression's call cost a fresh process more than these.
    if (first === 0x7e || first === 0x6e || first === 0x4e)
        return text === '~' || text === 'null' || text === 'Null' || text === 'NULL' ? null : text; // ~ n N
    if (first === 0x74 || first === 0x54)
        return text === 'true' || text === 'True' || text === 'TRUE' ? true : text; // t T
    if (first === 0x66 || first === 0x46)
        return text === 'false' || text === 'False' || text === 'FALSE' ? false : text; // f F
    if ((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e) { // 0-9 + - .
        if (INT.test(text))
            return intValue(text);
        if (FLOAT.test(text))
            return floatValue(text);
    }
    return text;
}


/***/ }),

/***/ 7197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   YV: () => (/* binding */ durationProblem)
/* harmony export */ });
/* unused harmony export DURATION_BOUNDS */
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** `250ms`, `10s`, `5m`, `1h` or a number of milliseconds; the schema has already checked the form. */
function parseDuration(value, fallbackMs) {
    if (value === undefined || value === null)
        return fallbackMs;
    if (typeof value === 'number')
        return value;
    const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$/.exec(String(value));
    if (!match)
        throw new Error(`"${String(value)}" is not a duration (use 250ms, 10s, 5m or a number of milliseconds)`);
    return Number(match[1]) * UNITS[match[2]];
}
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/**
 * The documented limits of every duration (docs/manifest.md, "Limits"). A Node timer takes at most
 * 2^31-1 ms (24.8 days) and fires after 1 ms beyond that, so an unbounded `timeout: 1000h` would
 * time out at once: these limits keep every timer far below it, and within a GitHub job (6 h).
 */
const DURATION_BOUNDS = {
    timeout: { minMs: 1, maxMs: HOUR },
    overall_timeout: { minMs: 1, maxMs: HOUR },
    'retry.interval': { minMs: 0, maxMs: 10 * MINUTE },
    'ready.timeout': { minMs: 1, maxMs: 6 * HOUR },
    'ready.interval': { minMs: 100, maxMs: 10 * MINUTE },
    'baseline.latency.min_delta': { minMs: 0, maxMs: HOUR },
};
/** Why a duration is outside its bounds, or undefined when it is within them. */
function durationProblem(name, ms) {
    const { minMs, maxMs } = DURATION_BOUNDS[name];
    if (Number.isFinite(ms) && ms >= minMs && ms <= maxMs)
        return undefined;
    return `${name} must be from ${formatBound(minMs)} to ${formatBound(maxMs)}, not ${Number.isFinite(ms) ? formatBound(ms) : 'that'}`;
}
function formatBound(ms) {
    if (ms >= HOUR && ms % HOUR === 0)
        return `${ms / HOUR}h`;
    if (ms >= MINUTE && ms % MINUTE === 0)
        return `${ms / MINUTE}m`;
    if (ms >= 1000 && ms % 1000 === 0)
        return `${ms / 1000}s`;
    return `${ms}ms`;
}


/***/ }),

/***/ 4790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ LineCounter)
/* harmony export */ });
// yaml's LineCounter, the same class (yaml's parser fills it as it reads), kept here so that
// locating a line needs no import of yaml: a manifest read by parse-fast.ts never loads yaml.
/** Offsets to one-based line and column, from the offsets where lines start (ascending). */
class LineCounter {
    lineStarts = [];
    addNewLine = (offset) => this.lineStarts.push(offset);
    /** Line 0 when `offset` is before the first line start added. */
    linePos = (offset) => {
        const line = this.lineAt(offset);
        return { line, col: this.columnAt(offset, line) };
    };
    /** The one-based line of `offset` (0 before the first line start), as linePos says it, without an object. */
    lineAt(offset) {
        let low = 0;
        let high = this.lineStarts.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (this.lineStarts[middle] < offset)
                low = middle + 1;
            else
                high = middle;
        }
        return this.lineStarts[low] === offset ? low + 1 : low;
    }
    /** The one-based column of `offset` on `line` (lineAt's), as linePos says it. */
    columnAt(offset, line) {
        return line === 0 ? offset : offset - this.lineStarts[line - 1] + 1;
    }
}


/***/ }),

/***/ 3708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Sh: () => (/* binding */ ManifestError),
  MK: () => (/* binding */ decodeManifest),
  eY: () => (/* binding */ loadManifest)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/checks/types.ts
var types = __webpack_require__(6468);
// EXTERNAL MODULE: ./src/libraries.ts
var libraries = __webpack_require__(8880);
;// CONCATENATED MODULE: ./src/sha256.ts
// SHA-256 of a manifest for the report's digest, without node:crypto for a small one: loading
// node:crypto costs a fresh process ~5 ms, about a tenth of a one-check run's start-up over bare
// Node (bench/, start-up), while hashing a few kilobytes here takes well under one. A large
// manifest's run is long and hashing it here would not be short: node:crypto hashes it.
// __tests__/sha256.test.ts compares the two on every length around the block boundaries.
/** Below this many bytes the hash is computed here, from this size on by node:crypto. */
const HASHED_HERE_BELOW_BYTES = 32 * 1024;
/** The hexadecimal SHA-256 of `bytes`. */
function sha256Hex(bytes) {
    if (bytes.length >= HASHED_HERE_BELOW_BYTES)
        return process.getBuiltinModule('node:crypto').createHash('sha256').update(bytes).digest('hex');
    return sha256HexHere(bytes);
}
// FIPS 180-4, 4.2.2: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
const ROUND_CONSTANTS = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
// FIPS 180-4, 5.3.3: the first 32 bits of the fractional parts of the square roots of the first 8 primes.
const INITIAL_HASH = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const rotateRight = (word, bits) => (word >>> bits) | (word << (32 - bits));
/** FIPS 180-4's SHA-256 (6.2), for inputs below 2^32 bytes. Exported for the test that compares it with node:crypto. */
function sha256HexHere(bytes) {
    // The message, a 1 bit, zeros, and its length in bits as 64 bits: a whole number of 64-byte blocks.
    const padded = new Uint8Array(Math.ceil((bytes.length + 9) / 64) * 64);
    padded.set(bytes);
    padded[bytes.length] = 0x80;
    const view = new DataView(padded.buffer);
    view.setUint32(padded.length - 8, Math.floor(bytes.length / 0x20000000));
    view.setUint32(padded.length - 4, (bytes.length * 8) >>> 0);
    const hash = new Uint32Array(INITIAL_HASH);
    const schedule = new Uint32Array(64);
    for (let block = 0; block < padded.length; block += 64) {
        for (let t = 0; t < 16; t++)
            schedule[t] = view.getUint32(block + t * 4);
        for (let t = 16; t < 64; t++) {
            const w15 = schedule[t - 15];
            const w2 = schedule[t - 2];
            const sigma0 = rotateRight(w15, 7) ^ rotateRight(w15, 18) ^ (w15 >>> 3);
            const sigma1 = rotateRight(w2, 17) ^ rotateRight(w2, 19) ^ (w2 >>> 10);
            schedule[t] = schedule[t - 16] + sigma0 + schedule[t - 7] + sigma1;
        }
        let a = hash[0], b = hash[1], c = hash[2], d = hash[3], e = hash[4], f = hash[5], g = hash[6], h = hash[7];
        for (let t = 0; t < 64; t++) {
            const sum1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25);
            const choice = (e & f) ^ (~e & g);
            const temp1 = (h + sum1 + choice + ROUND_CONSTANTS[t] + schedule[t]) | 0;
            const sum0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22);
            const majority = (a & b) ^ (a & c) ^ (b & c);
            const temp2 = (sum0 + majority) | 0;
            h = g;
            g = f;
            f = e;
            e = (d + temp1) | 0;
            d = c;
            c = b;
            b = a;
            a = (temp1 + temp2) | 0;
        }
        hash[0] += a;
        hash[1] += b;
        hash[2] += c;
        hash[3] += d;
        hash[4] += e;
        hash[5] += f;
        hash[6] += g;
        hash[7] += h;
    }
    return Array.from(hash, (word) => word.toString(16).padStart(8, '0')).join('');
}

// EXTERNAL MODULE: ./src/manifest/assertion-targets.ts + 1 modules
var assertion_targets = __webpack_require__(8603);
// EXTERNAL MODULE: ./src/checks/http-body.ts
var http_body = __webpack_require__(7546);
// EXTERNAL MODULE: ./src/compare/typed-path.ts
var typed_path = __webpack_require__(5031);
// EXTERNAL MODULE: ./src/compare/types.ts
var compare_types = __webpack_require__(8714);
// EXTERNAL MODULE: ./src/checks/index.ts
var checks = __webpack_require__(2369);
// EXTERNAL MODULE: ./src/errors/probe-error.ts
var probe_error = __webpack_require__(8590);
// EXTERNAL MODULE: ./src/assertions/json-schema.ts
var json_schema = __webpack_require__(399);
// EXTERNAL MODULE: ./src/manifest/selectors.ts
var selectors = __webpack_require__(2143);
// EXTERNAL MODULE: ./src/manifest/duration.ts
var manifest_duration = __webpack_require__(7197);
;// CONCATENATED MODULE: ./src/manifest/implicit.ts
/**
 * Assertions a check gets when it states none of that kind, so a check without assertions
 * still means something: an HTTP answer of 400 or more fails as with `curl --fail` (and
 * blackbox_exporter's 2xx default), and a gRPC health check wants SERVING.
 */
function implicitAssertions(type, request, explicit, location) {
    if (type === 'http' && !has(explicit, 'statusCode')) {
        return [{ type: 'statusCode', operator: 'lessThan', target: 400, location, implicit: true }];
    }
    if (type === 'grpc' && request?.call === 'health' && !has(explicit, 'grpcHealthcheckStatus')) {
        return [{ type: 'grpcHealthcheckStatus', operator: 'is', target: 'SERVING', location, implicit: true }];
    }
    return [];
}
/** A loop rather than `some` with a callback: every check of a large manifest asks. */
function has(assertions, type) {
    for (const assertion of assertions)
        if (assertion.type === type)
            return true;
    return false;
}

// EXTERNAL MODULE: ./src/assertions/plain-path.ts
var plain_path = __webpack_require__(9205);
;// CONCATENATED MODULE: ./src/manifest/jsonpath.ts
// JSONPath filter `[?(...)]` and script `[(...)]` expressions are JavaScript that jsonpath-plus
// would run, and its evaluator has had remote-code-execution advisories; a manifest may come from
// an untrusted pull request. They are refused at load, and evaluation runs with `eval: false`.


// Manifests repeat the same few paths ($.status) over hundreds of checks: each is judged once.
const judged = new Map();
/** Why a JSONPath cannot be used, or undefined when it can. */
function jsonPathProblem(path) {
    if (judged.has(path))
        return judged.get(path);
    const problem = judge(path);
    judged.set(path, problem);
    return problem;
}
function judge(path) {
    // Most paths need no jsonpath-plus to be cleared, which spares the load its import.
    if (!(0,plain_path/* mayHoldScript */.s1)(path))
        return undefined;
    const { JSONPath } = (0,libraries/* jsonPathPlus */.i_)(); // outside the try: a library not loaded yet is not a problem of the path
    let segments;
    try {
        segments = JSONPath.toPathArray(path);
    }
    catch (error) {
        return `invalid JSONPath "${path}": ${error.message}`;
    }
    // jsonpath-plus loses the segment of a quoted name followed by more text ($['a,b']12): a path it
    // cannot read back is refused, rather than read as something else or thrown out of the load.
    if (segments.some((segment) => typeof segment !== 'string')) {
        return `invalid JSONPath "${path}": part of it cannot be read (quote names as $['name'] and start each next part with . or [)`;
    }
    // A segment is a name, an index, a slice or a wildcard, or a comma list of them; jsonpath-plus
    // evaluates the ones that start with `?` (a filter) or `(` (a script).
    const script = segments.flatMap((segment) => segment.split(',')).find((part) => /^\s*[?(]/.test(part));
    if (script === undefined)
        return undefined;
    return (`the JSONPath "${path}" contains the script expression [${script}], which probegate never evaluates; ` +
        'select the value with names, indexes, slices or wildcards ($.orders[0].status, $.items[*].id) and compare it with operator and target');
}

// EXTERNAL MODULE: ./src/manifest/positions.ts
var manifest_positions = __webpack_require__(2285);
// EXTERNAL MODULE: ./src/manifest/template-fields.ts
var template_fields = __webpack_require__(7857);
// EXTERNAL MODULE: ./src/manifest/variables.ts
var manifest_variables = __webpack_require__(2612);
// EXTERNAL MODULE: ./src/net/proxy-env.ts + 1 modules
var proxy_env = __webpack_require__(9685);
;// CONCATENATED MODULE: ./src/manifest/check-resolver.ts
// One check of the manifest, resolved: defaults merged, variables replaced, durations parsed,
// then the check type's own preparation, every problem recorded with its manifest position.















const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_OVERALL_TIMEOUT_MS = 60_000;
const DEFAULT_RETRY_INTERVAL_MS = 300;
// Keys of `defaults` that belong in a check's request, for the types whose request has them.
const REQUEST_DEFAULTS = {
    headers: ['http', 'websocket'],
    tls: ['http', 'websocket'],
    http_version: ['http'],
    follow_redirects: ['http'],
};
/** Resolves one check: defaults, variables, durations, then the check type's own preparation. */
class CheckResolver {
    raw;
    index;
    defaults;
    positions;
    variables;
    files;
    options;
    path;
    constructor(raw, index, defaults = {}, positions, variables, files, options = {}) {
        this.raw = raw;
        this.index = index;
        this.defaults = defaults;
        this.positions = positions;
        this.variables = variables;
        this.files = files;
        this.options = options;
        this.path = options.path ?? ['checks', index];
    }
    /**
     * The check resolved without waiting, when its type's module has loaded and nothing else
     * prepares it; otherwise undefined, and `resolve` does it. A fresh process runs a manifest's
     * first load interpreted for the most part, where two waits a check cost ~1 ms per 500 checks.
     */
    resolveNow(problems) {
        const module = this.options.prepare || this.options.schemaAfterVariables ? undefined : (0,checks/* loadedCheckModule */.I)(this.raw.type);
        if (!module)
            return undefined;
        const { merged, base } = this.start(problems);
        if (problems.length > 0)
            return this.invalid(base, problems);
        try {
            return this.finish(base, module.prepare(merged, this.prepareContext()), problems);
        }
        catch (error) {
            return this.invalid(base, this.withFieldProblem(error, problems));
        }
    }
    async resolve(problems) {
        if (this.options.schemaAfterVariables && problems.length === 0)
            problems.push(...(await this.schemaProblemsAfterVariables()));
        const { merged, base } = this.start(problems);
        if (problems.length > 0)
            return this.invalid(base, problems);
        try {
            const context = this.prepareContext();
            const prepared = this.options.prepare
                ? await this.options.prepare(merged, problems, context)
                : (await (0,checks/* loadCheckModule */.d)(base.type)).prepare(merged, context);
            return this.finish(base, prepared, problems);
        }
        catch (error) {
            return this.invalid(base, this.withFieldProblem(error, problems));
        }
    }
    /** Everything of the check but its type's preparation: defaults, variables, limits, assertions. */
    start(problems) {
        const type = this.raw.type;
        const merged = problems.length === 0 ? this.substitute(this.withDefaults(type), problems) : this.raw;
        const name = String(merged.name ?? `check ${this.index + 1}`);
        const selectors = selectorProblems(merged, this.path, this.positions);
        if (selectors.length > 0)
            problems.push(...selectors);
        // A check with problems is not run, and its durations may be the very values at fault.
        const { timeoutMs, overallTimeoutMs, retry } = this.limits(problems.length === 0 ? merged : {}, problems);
        const location = this.positions.locateNode(this.raw, this.path);
        // Fields named rather than spread in, here and below: every check of a large manifest is built here.
        const base = {
            id: String(merged.id ?? slug(name, this.index)),
            index: this.index,
            name,
            type,
            target: describeTarget(merged.request),
            assertions: this.withImplicit(type, merged.request, this.assertions(merged.assertions, problems), location),
            timeoutMs,
            overallTimeoutMs,
            retry,
            failOn: merged.fail_on,
            warnOn: merged.warn_on,
            skip: merged.skip === true,
            ...(Array.isArray(merged.tags) ? { tags: merged.tags.map(String) } : {}),
            location,
        };
        return { merged, base };
    }
    prepareContext() {
        return { ...this.files, locate: (fieldPath) => this.positions.locate([...this.path, ...fieldPath]) };
    }
    /** The check with its prepared request, unless the preparation recorded a problem. */
    finish(base, prepared, problems) {
        // Set on `base` rather than spread into a copy of it: copies of every check cost a fresh process's load some milliseconds.
        return problems.length === 0 ? Object.assign(base, { request: prepared.request, target: prepared.target }) : this.invalid(base, problems);
    }
    withFieldProblem(error, problems) {
        if (!(error instanceof types/* InvalidField */.u))
            throw error;
        const fieldPath = [...this.path, ...error.path];
        problems.push({ location: this.locateInherited(fieldPath), message: `${(0,manifest_positions/* formatPath */.j)(fieldPath)}: ${error.message}` });
        return problems;
    }
    invalid(base, problems) {
        // An invalid check is judged by the run's gate: its own selectors may be the very values at fault.
        const detail = problems.map((p) => `line ${p.location.line}: ${p.message}`).join('; ');
        // "Correct the check in the manifest" would send the user to fix what is not broken.
        const invalid = problems.every((p) => p.fixedOutside) ? new probe_error/* ProbeError */.B('INVALID_REQUEST', 'INVALID_REQUEST', `${detail}.`) : (0,probe_error/* probeError */.v)('INVALID_REQUEST', 'INVALID_REQUEST', detail);
        return { ...base, failOn: undefined, warnOn: undefined, request: undefined, location: problems[0].location, invalid: invalid.toInfo() };
    }
    withDefaults(type) {
        const check = { ...this.raw, request: { ...this.raw.request } };
        const request = check.request;
        for (const [key, value] of Object.entries(this.defaults)) {
            // defaults.fail_on / warn_on are the manifest's gate, not the check's own selectors (see gate.ts).
            if (key === 'fail_on' || key === 'warn_on')
                continue;
            // A dns check asks the server it is given: it has no ip_family to inherit.
            if (key === 'ip_family' && type === 'dns')
                continue;
            const requestTypes = REQUEST_DEFAULTS[key];
            if (!requestTypes) {
                check[key] ??= value;
            }
            else if (requestTypes.includes(type)) {
                request[key] = key === 'headers' ? mergeHeaders(value, request.headers) : (request[key] ?? check[key] ?? value);
            }
        }
        return check;
    }
    substitute(check, problems) {
        // substituteDeep would return the check as it is: without making a callback for every check.
        if (!this.variables.referenced)
            return check;
        return (0,manifest_variables/* substituteDeep */.fw)(check, this.variables, this.path, (fieldPath, error) => {
            problems.push({ location: this.locateInherited(fieldPath), message: `${(0,manifest_positions/* formatPath */.j)(fieldPath)}: ${error.message}`, fixedOutside: error.fixedOutside });
        });
    }
    /** The schema's problems of the check once its variables are replaced, at the fields written with variables. */
    async schemaProblemsAfterVariables() {
        const unresolved = [];
        const merged = this.substitute(this.withDefaults(this.raw.type), unresolved);
        // An unknown variable is start()'s to report, once.
        if (unresolved.length > 0)
            return [];
        const found = await (0,template_fields/* schemaProblemsOfCheck */.Jg)(merged);
        return found.map(({ fieldPath, message }) => ({ location: this.locateInherited([...this.path, ...fieldPath]), message: `${(0,manifest_positions/* formatPath */.j)([...this.path, ...fieldPath])}: ${message}` }));
    }
    /** A field of this check, or, when it was inherited, the same field under `defaults`. */
    locateInherited(fieldPath) {
        if (this.positions.has(fieldPath))
            return this.positions.locate(fieldPath);
        const rest = fieldPath.slice(this.path.length).filter((part) => part !== 'request');
        const inDefaults = ['defaults', ...rest];
        return this.positions.has(inDefaults) ? this.positions.locate(inDefaults) : this.positions.locate(fieldPath);
    }
    assertions(raw, problems) {
        const list = Array.isArray(raw) ? raw : [];
        // `raw` may be a copy (variables replaced); the manifest's own list knows where each one starts.
        const asRead = Array.isArray(this.raw.assertions) ? this.raw.assertions : [];
        const assertions = [];
        for (let i = 0; i < list.length; i++) {
            const item = list[i];
            // The schema has reported an assertion that is not a map.
            if (!isRecord(item))
                continue;
            const assertionPath = this.path.concat('assertions', i);
            // The item itself when its type is text, as the schema asks: no copy of every assertion.
            const assertion = (typeof item.type === 'string' ? item : { type: String(item.type), operator: item.operator, target: item.target, property: item.property, path: item.path, elements: item.elements });
            let target = item.target;
            try {
                target = this.assertionTarget(assertion, assertionPath);
            }
            catch (error) {
                if (!(error instanceof types/* InvalidField */.u))
                    throw error;
                problems.push({ location: this.positions.locate(error.path), message: `${(0,manifest_positions/* formatPath */.j)(error.path)}: ${error.message}` });
            }
            const pathProblem = typeof item.path === 'string' ? jsonPathProblem(item.path) : undefined;
            if (pathProblem) {
                const fieldPath = [...assertionPath, 'path'];
                problems.push({ location: this.positions.locate(fieldPath), message: `${(0,manifest_positions/* formatPath */.j)(fieldPath)}: ${pathProblem}` });
            }
            assertions.push({
                type: assertion.type,
                operator: assertion.operator,
                target,
                property: item.property,
                path: item.path,
                ...(item.elements === undefined ? {} : { elements: item.elements }),
                location: this.positions.locateNode(asRead[i], assertionPath),
            });
        }
        return assertions;
    }
    withImplicit(type, request, explicit, location) {
        const request_ = request && typeof request === 'object' ? request : undefined;
        const implicit = implicitAssertions(type, request_, explicit, location);
        return implicit.length === 0 ? explicit : [...explicit, ...implicit];
    }
    /** Checks the target against the assertion's type, and reads and compiles a JSON schema once, here. */
    assertionTarget(assertion, assertionPath) {
        const target = (0,assertion_targets/* checkAssertion */.nD)(assertion, assertionPath);
        return assertion.type === 'jsonSchema' ? jsonSchemaTarget(target, assertionPath, this.files) : target;
    }
    /** Timeouts, retries and their intervals, each within its documented bounds. */
    limits(merged, problems) {
        const retry = (isRecord(merged.retry) ? merged.retry : {});
        return {
            timeoutMs: this.bounded('timeout', merged.timeout, DEFAULT_TIMEOUT_MS, problems),
            overallTimeoutMs: this.bounded('overall_timeout', merged.overall_timeout, this.options.defaultOverallTimeoutMs ?? DEFAULT_OVERALL_TIMEOUT_MS, problems),
            retry: {
                count: retry.count ?? 0,
                intervalMs: this.bounded('retry.interval', retry.interval, DEFAULT_RETRY_INTERVAL_MS, problems),
            },
        };
    }
    /** A duration of the check within its bounds, or `fallback` and a problem. */
    bounded(name, value, fallback, problems) {
        const ms = (0,manifest_duration/* parseDuration */.E9)(value, fallback);
        const problem = (0,manifest_duration/* durationProblem */.YV)(name, ms);
        if (!problem)
            return ms;
        const fieldPath = [...this.path, ...name.split('.')];
        problems.push({ location: this.locateInherited(fieldPath), message: `${(0,manifest_positions/* formatPath */.j)(fieldPath)}: ${problem}` });
        return fallback;
    }
}
/** A check's own fail_on / warn_on, each selector against the closed list of codes. */
const NO_PROBLEMS = [];
function selectorProblems(check, checkPath, positions) {
    if (check.fail_on === undefined && check.warn_on === undefined)
        return NO_PROBLEMS;
    return ['fail_on', 'warn_on'].flatMap((key) => listSelectorProblems(check[key], [...checkPath, key], positions));
}
function listSelectorProblems(list, listPath, positions) {
    if (!Array.isArray(list))
        return [];
    return list.flatMap((selector, i) => {
        const problem = typeof selector === 'string' ? (0,selectors/* selectorProblem */.f)(selector) : undefined;
        return problem ? [{ location: positions.locate([...listPath, i]), message: `${(0,manifest_positions/* formatPath */.j)([...listPath, i])}: ${problem}` }] : [];
    });
}
/** A jsonSchema assertion's schema, read from its file when the target names one, and compiled: or an InvalidField at the target. */
function jsonSchemaTarget(target, assertionPath, files) {
    const targetPath = [...assertionPath, 'target'];
    let schema = target;
    if (typeof target === 'string') {
        try {
            schema = JSON.parse((0,external_node_fs_.readFileSync)(files.resolvePath(target), 'utf8'));
        }
        catch (error) {
            throw new types/* InvalidField */.u(targetPath, `cannot read the JSON schema ${target}: ${error.message}`);
        }
    }
    const problem = (0,json_schema/* jsonSchemaProblem */.Vp)(schema);
    if (problem)
        throw new types/* InvalidField */.u(targetPath, `not a valid JSON Schema: ${problem}`);
    return schema;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function prepareContext(manifestDir) {
    const resolvePath = (file) => external_node_path_default().resolve(manifestDir, file);
    return {
        resolvePath,
        proxyEnvironment: (0,proxy_env/* readProxyEnvironment */.yM)(),
        readPemOrFile(value, fieldPath) {
            if (value.includes('-----BEGIN'))
                return value;
            try {
                return (0,external_node_fs_.readFileSync)(resolvePath(value), 'utf8');
            }
            catch (error) {
                throw new types/* InvalidField */.u(fieldPath, `cannot read ${value}: ${error.code ?? error.message} (give PEM text or a path relative to the manifest)`);
            }
        },
    };
}
function mergeHeaders(defaults, own) {
    const merged = {};
    for (const [name, value] of Object.entries({ ...defaults, ...own })) {
        merged[name.toLowerCase()] = value;
    }
    return merged;
}
function describeTarget(request) {
    const r = (request ?? {});
    if (typeof r.url === 'string')
        return r.url;
    if (typeof r.host === 'string')
        return r.port ? `${r.host}:${String(r.port)}` : r.host;
    return '';
}
/** `Home page` \u2192 `home-page`; a name with no ASCII letter or digit (`\u30c8\u30c3\u30d7\u30da\u30fc\u30b8`) \u2192 `check-<its position>`, so that two such names do not share one id. */
function slug(name, index) {
    return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || `check-${index + 1}`;
}

;// CONCATENATED MODULE: ./src/manifest/baseline.ts
// `baseline:` of the manifest (SPEC \u00a78), resolved once at load time: the settings validated at
// their lines, and for every compared check the two variants the sampler runs (the preview's and
// the baseline's, where {{ BASE_URL }} is the baseline URL), so nothing is re-parsed at run time.

// Not compare/index.js: the comparison itself is loaded only by a run that compares (run/pipeline.ts).






const USES_BASE_URL = /\{\{\s*BASE_URL\s*\}\}/;
const SAFE_METHODS = new Set(['GET', 'HEAD']);
/**
 * The baseline settings, or undefined when there is no baseline (no URL in `baseline:` nor from
 * the door) or when it has problems (then they are in `problems`, at their lines).
 * `urlFromDoor` (input baseline-url, --baseline-url, baseline-environment) beats `base_url`.
 */
function resolveBaseline(raw, urlFromDoor, positions, variables, problems) {
    if (raw === undefined && urlFromDoor === undefined)
        return undefined;
    const block = isRecord(raw) ? raw : {};
    const own = [];
    const fail = (fieldPath, message) => own.push({ location: positions.locate(fieldPath), message: `${(0,manifest_positions/* formatPath */.j)(fieldPath)}: ${message}` });
    const baseUrl = baselineUrl(block.base_url, urlFromDoor, variables, fail);
    const latency = isRecord(block.latency) ? block.latency : {};
    const minDeltaMs = (0,manifest_duration/* parseDuration */.E9)(latency.min_delta, compare_types/* DEFAULT_LATENCY */.t1.minDeltaMs);
    const deltaProblem = (0,manifest_duration/* durationProblem */.YV)('baseline.latency.min_delta', minDeltaMs);
    if (deltaProblem)
        fail(['baseline', 'latency', 'min_delta'], deltaProblem);
    const ignore = Array.isArray(block.ignore) ? block.ignore.map(String) : [];
    const ignorePatterns = ignore.flatMap((source, i) => {
        const parsed = (0,typed_path/* parseIgnorePath */.xS)(source);
        if (parsed.ok)
            return [parsed.pattern];
        own.push({ location: positions.locate(['baseline', 'ignore', i]), message: parsed.message });
        return [];
    });
    // No URL from anywhere (a baseline-environment without a successful deployment, which the
    // action warns about): the run goes on without a comparison.
    problems.push(...own);
    if (own.length > 0 || baseUrl === undefined)
        return undefined;
    return {
        baseUrl,
        samples: typeof block.samples === 'number' ? block.samples : compare_types/* DEFAULT_SAMPLES */.cu,
        latency: { ratio: typeof latency.ratio === 'number' ? latency.ratio : compare_types/* DEFAULT_LATENCY */.t1.ratio, minDeltaMs },
        headers: Array.isArray(block.headers) ? block.headers.map((name) => String(name).toLowerCase()) : [],
        ignore,
        ignorePatterns,
    };
}
function baselineUrl(raw, urlFromDoor, variables, fail) {
    const fieldPath = ['baseline', 'base_url'];
    let text = urlFromDoor;
    if (text === undefined && typeof raw === 'string') {
        try {
            text = variables.resolve(raw);
        }
        catch (error) {
            if (!(error instanceof manifest_variables/* VariableError */.P$))
                throw error;
            fail(fieldPath, error.message);
            return undefined;
        }
    }
    if (text === undefined)
        return undefined;
    let url;
    try {
        url = new URL(text);
    }
    catch {
        url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
        const from = urlFromDoor === undefined ? '' : ' (given by the baseline-url input or --baseline-url)';
        fail(fieldPath, `"${text}"${from} is not an http(s) URL`);
        return undefined;
    }
    return (0,manifest_variables/* normalizeBaseUrl */.qT)(text);
}
/**
 * Whether a check is compared: an http check whose URL uses {{ BASE_URL }}, with a GET or HEAD
 * request unless it says `compare: true`; `compare: false` never. Read from the manifest's text,
 * before variables are replaced.
 */
function isCompared(raw) {
    if (raw.type !== 'http' || raw.compare === false || raw.skip === true)
        return false;
    const request = isRecord(raw.request) ? raw.request : {};
    if (typeof request.url !== 'string' || !USES_BASE_URL.test(request.url))
        return false;
    return raw.compare === true || SAFE_METHODS.has(String(request.method ?? 'GET').toUpperCase());
}
/**
 * The variants the sampler runs: both read the whole body (the shapes are compared) and are never
 * retried; the baseline's keeps only the status assertions, so a baseline that answers an error
 * status fails (the comparison is then inconclusive) while an assertion about what the preview
 * adds never does.
 */
function comparedVariants(preview, baseline) {
    const sampled = (check) => ({ ...(0,http_body/* keepingWholeBody */.p3)(check), retry: { count: 0, intervalMs: 0 } });
    const baselineVariant = sampled(baseline);
    return {
        preview: sampled(preview),
        baseline: { ...baselineVariant, assertions: baselineVariant.assertions.filter((a) => a.type === 'statusCode') },
    };
}

// EXTERNAL MODULE: ./src/manifest/line-counter.ts
var line_counter = __webpack_require__(4790);
// EXTERNAL MODULE: ./src/manifest/core-scalars.ts
var core_scalars = __webpack_require__(5090);
// EXTERNAL MODULE: ./src/manifest/parse-yaml.ts + 1 modules
var parse_yaml = __webpack_require__(3969);
;// CONCATENATED MODULE: ./src/manifest/parse-ordinary.ts
// The quickest reading of a manifest: a reader of the YAML manifests are made of (block maps and
// lists; maps, lists and scalars that each fit on one line; comments), which records where each
// map and list starts as it builds the value. Anything else (a scalar or flow collection over
// several lines, a block scalar, an anchor, a tag, a tab, a document marker, a duplicate key, a
// key that is not text) is not read: it returns undefined and the manifest goes to parse-fast.ts,
// then to yaml, which know all of YAML. So this reader only has to be right about what it takes,
// and never has to explain a problem. It is some 4x quicker than js-yaml on a large manifest.


/** Thrown to leave the reading as soon as the text is not of the ordinary kind. */
const NOT_ORDINARY = Symbol('not ordinary');
/**
 * What no line of an ordinary manifest has: a tab, a control character, a carriage return without a
 * line feed, a Unicode line break, a byte-order mark, a lone surrogate, a document marker, a directive.
 */
const UNORDINARY_TEXT = /[\x00-\x09\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|\r(?!\n)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|^(?:---|\.\.\.)(?:[ \r\n]|$)|^%/m;
const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
/** Characters that cannot begin a plain scalar here: flow indicators, quotes and the indicators this reader leaves to others. */
const NOT_PLAIN_START = new Set([...',[]{}#&*!|>\'"%@`?:'].map((char) => char.charCodeAt(0)));
/**
 * The rest of a plain scalar after its first character, as `plain` reads it: any character but a
 * line break, a space, `:` and `#`; a `:` that a non-blank follows; a `#` (never after a space, as
 * spaces are only taken before what may go on); spaces that more of the scalar follows, so that
 * trailing ones are left out. In a flow, flow indicators end it too, and a `:` that one follows.
 */
const PLAIN_REST = /(?:[^\r\n:# ]|:(?=[^ \r\n])|#| +(?=[^\r\n:# ]|:[^ \r\n]))*/y;
const PLAIN_REST_IN_FLOW = /(?:[^\r\n:# ,[\]{}]|:(?=[^ \r\n,[\]{}])|#| +(?=[^\r\n:# ,[\]{}]|:[^ \r\n,[\]{}]))*/y;
/** What a quoted scalar holds up to its closing quote, an escape, or a line break (which is not ordinary). */
const SINGLE_QUOTED_RUN = /[^'\r\n]*/y;
const DOUBLE_QUOTED_RUN = /[^"\\\r\n]*/y;
const ESCAPES = { '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', '"': '"', '/': '/', '\\': '\\' };
const HEX_DIGITS = { x: 2, u: 4, U: 8 };
function parseOrdinary(text) {
    if (UNORDINARY_TEXT.test(text))
        return undefined;
    const reader = new OrdinaryReader(text);
    try {
        return { value: reader.document(), starts: reader.starts, lineStarts: reader.lineStarts };
    }
    catch (error) {
        if (error === NOT_ORDINARY)
            return undefined;
        throw error;
    }
}
function isFlowIndicator(char) {
    return char === COMMA || char === OPEN_BRACKET || char === CLOSE_BRACKET || char === OPEN_BRACE || char === CLOSE_BRACE;
}
/** A line break, the end of the text (NaN) or a space: what ends a `:` or a `-` indicator. */
function isBlank(char) {
    return char === SPACE || char === LF || char === CR || Number.isNaN(char);
}
/**
 * Every block node starts at the first character of its content and returns with the position at
 * the first character of the next content (or the end): its column says whose the next line is.
 */
class OrdinaryReader {
    text;
    starts = new Map();
    /** Where each line starts: every line break of an ordinary text is passed by endLine. */
    lineStarts = [0];
    pos = 0;
    lineStart = 0;
    depth = 0;
    constructor(text) {
        this.text = text;
    }
    document() {
        this.skipToContent();
        // An empty manifest: yaml says so.
        if (this.pos >= this.text.length)
            throw NOT_ORDINARY;
        const value = this.blockNode();
        if (this.pos < this.text.length)
            throw NOT_ORDINARY;
        return value;
    }
    blockNode() {
        const column = this.pos - this.lineStart;
        const char = this.text.charCodeAt(this.pos);
        if (char === DASH && isBlank(this.text.charCodeAt(this.pos + 1)))
            return this.blockSequence(column);
        if (char === OPEN_BRACE || char === OPEN_BRACKET)
            return this.lineEnding(this.flowNode());
        const start = this.pos;
        const quoted = char === DOUBLE_QUOTE || char === SINGLE_QUOTE;
        const scalar = quoted ? this.quoted() : this.plain(false);
        if (this.isKeyEnd())
            return this.blockMapping(column, start, this.keyOf(scalar, quoted));
        return this.lineEnding(quoted ? scalar : (0,core_scalars/* plainValue */._y)(scalar));
    }
    blockMapping(indent, start, firstKey) {
        const map = {};
        this.open(map, start);
        let key = firstKey;
        for (;;) {
            this.pos++; // the colon
            map[key] = this.mappingValue(indent);
            if (this.pos >= this.text.length)
                break;
            const column = this.pos - this.lineStart;
            if (column < indent)
                break;
            if (column > indent)
                throw NOT_ORDINARY;
            key = this.key();
            if (Object.hasOwn(map, key))
                throw NOT_ORDINARY;
        }
        this.depth--;
        return map;
    }
    /** After `key:`: a value on the same line, a node on the lines below (indented, or a list at the key's column), or null. */
    mappingValue(indent) {
        this.skipSpaces();
        if (!this.atLineEnd())
            return this.lineEnding(this.inlineValue());
        this.endLine();
        this.skipToContent();
        if (this.pos >= this.text.length)
            return null;
        const column = this.pos - this.lineStart;
        if (column > indent)
            return this.blockNode();
        if (column === indent && this.text.charCodeAt(this.pos) === DASH && isBlank(this.text.charCodeAt(this.pos + 1)))
            return this.blockSequence(column);
        return null;
    }
    blockSequence(indent) {
        const list = [];
        this.open(list, this.pos);
        for (;;) {
            this.pos++; // the dash
            list.push(this.entryValue(indent));
            if (this.pos >= this.text.length)
                break;
            const column = this.pos - this.lineStart;
            if (column < indent)
                break;
            if (column > indent)
                throw NOT_ORDINARY;
            // At the list's column, the next key of the map the list is the value of.
            if (this.text.charCodeAt(this.pos) !== DASH || !isBlank(this.text.charCodeAt(this.pos + 1)))
                break;
        }
        this.depth--;
        return list;
    }
    /** After `-`: a node on the same line (its column is its indentation), one on the lines below, or null. */
    entryValue(indent) {
        this.skipSpaces();
        if (!this.atLineEnd())
            return this.blockNode();
        this.endLine();
        this.skipToContent();
        if (this.pos >= this.text.length)
            return null;
        return this.pos - this.lineStart > indent ? this.blockNode() : null;
    }
    /** A key of a block map at the current position, its colon included in what follows. */
    key() {
        const char = this.text.charCodeAt(this.pos);
        const quoted = char === DOUBLE_QUOTE || char === SINGLE_QUOTE;
        const scalar = quoted ? this.quoted() : this.plain(false);
        if (!this.isKeyEnd())
            throw NOT_ORDINARY;
        return this.keyOf(scalar, quoted);
    }
    /** A key as yaml keeps it, when it is text: a plain key that reads as a number, a boolean or null, and the special keys, are not ordinary. */
    keyOf(scalar, quoted) {
        if (!quoted && (0,core_scalars/* plainValue */._y)(scalar) !== scalar)
            throw NOT_ORDINARY;
        if (scalar === '__proto__' || scalar === '<<')
            throw NOT_ORDINARY;
        return scalar;
    }
    /** Whether the position is at a `:` that ends a key: followed by a space or a line end. */
    isKeyEnd() {
        return this.text.charCodeAt(this.pos) === COLON && isBlank(this.text.charCodeAt(this.pos + 1));
    }
    inlineValue() {
        const char = this.text.charCodeAt(this.pos);
        if (char === OPEN_BRACE || char === OPEN_BRACKET)
            return this.flowNode();
        if (char === DOUBLE_QUOTE || char === SINGLE_QUOTE)
            return this.quoted();
        return (0,core_scalars/* plainValue */._y)(this.plain(false));
    }
    flowNode() {
        const char = this.text.charCodeAt(this.pos);
        if (char === OPEN_BRACE)
            return this.flowMapping();
        if (char === OPEN_BRACKET)
            return this.flowSequence();
        if (char === DOUBLE_QUOTE || char === SINGLE_QUOTE)
            return this.quoted();
        return (0,core_scalars/* plainValue */._y)(this.plain(true));
    }
    flowMapping() {
        const map = {};
        this.open(map, this.pos);
        this.pos++;
        this.flowSpaces();
        if (this.text.charCodeAt(this.pos) === CLOSE_BRACE) {
            this.pos++;
            this.depth--;
            return map;
        }
        for (;;) {
            const char = this.text.charCodeAt(this.pos);
            const quoted = char === DOUBLE_QUOTE || char === SINGLE_QUOTE;
            const scalar = quoted ? this.quoted() : this.plain(true);
            if (!this.isKeyEnd())
                throw NOT_ORDINARY;
            const key = this.keyOf(scalar, quoted);
            if (Object.hasOwn(map, key))
                throw NOT_ORDINARY;
            this.pos++;
            this.flowSpaces();
            map[key] = this.flowNode();
            if (this.flowEntryEnd(CLOSE_BRACE))
                break;
        }
        this.depth--;
        return map;
    }
    flowSequence() {
        const list = [];
        this.open(list, this.pos);
        this.pos++;
        this.flowSpaces();
        if (this.text.charCodeAt(this.pos) === CLOSE_BRACKET) {
            this.pos++;
            this.depth--;
            return list;
        }
        for (;;) {
            list.push(this.flowNode());
            if (this.flowEntryEnd(CLOSE_BRACKET))
                break;
        }
        this.depth--;
        return list;
    }
    /** After a flow entry: true at the closing bracket (passed), false after a comma followed by another entry. */
    flowEntryEnd(close) {
        this.flowSpaces();
        const char = this.text.charCodeAt(this.pos);
        this.pos++;
        if (char === close)
            return true;
        if (char !== COMMA)
            throw NOT_ORDINARY;
        this.flowSpaces();
        // A trailing comma, or an empty entry.
        const next = this.text.charCodeAt(this.pos);
        if (next === COMMA || next === CLOSE_BRACE || next === CLOSE_BRACKET)
            throw NOT_ORDINARY;
        return false;
    }
    /** Spaces inside a flow collection: one that goes on past its line (or holds a comment) is not ordinary. */
    flowSpaces() {
        this.skipSpaces();
        const char = this.text.charCodeAt(this.pos);
        if (char === LF || char === CR || char === HASH || Number.isNaN(char))
            throw NOT_ORDINARY;
    }
    /**
     * A plain scalar on one line, its trailing spaces left out. It ends at a line end, a comment, a
     * `:` followed by a space (or, in a flow, by a flow indicator), and in a flow at a flow indicator.
     */
    plain(inFlow) {
        const { text } = this;
        const start = this.pos;
        const first = text.charCodeAt(start);
        if (NOT_PLAIN_START.has(first) || Number.isNaN(first) || first === LF || first === CR || first === SPACE)
            throw NOT_ORDINARY;
        // `- ` is a list entry, and in a flow `-,` `-]` `-}` are no scalar (yaml refuses them).
        const second = text.charCodeAt(start + 1);
        if (first === DASH && (isBlank(second) || (inFlow && isFlowIndicator(second))))
            throw NOT_ORDINARY;
        // A regular expression runs as machine code from its first uses; a loop over characters is
        // interpreted for a good part of a fresh process's first manifest.
        const rest = inFlow ? PLAIN_REST_IN_FLOW : PLAIN_REST;
        rest.lastIndex = start + 1;
        rest.test(text);
        this.pos = rest.lastIndex;
        return text.slice(start, this.pos);
    }
    quoted() {
        return this.text.charCodeAt(this.pos) === DOUBLE_QUOTE ? this.doubleQuoted() : this.singleQuoted();
    }
    singleQuoted() {
        const { text } = this;
        let value = '';
        let from = this.pos + 1;
        for (;;) {
            SINGLE_QUOTED_RUN.lastIndex = from;
            SINGLE_QUOTED_RUN.test(text);
            const at = SINGLE_QUOTED_RUN.lastIndex;
            // A line break, or the end of the text.
            if (text.charCodeAt(at) !== SINGLE_QUOTE)
                throw NOT_ORDINARY;
            value += text.slice(from, at);
            if (text.charCodeAt(at + 1) !== SINGLE_QUOTE) {
                this.pos = at + 1;
                return value;
            }
            value += "'";
            from = at + 2;
        }
    }
    doubleQuoted() {
        const { text } = this;
        let value = '';
        let from = this.pos + 1;
        for (;;) {
            DOUBLE_QUOTED_RUN.lastIndex = from;
            DOUBLE_QUOTED_RUN.test(text);
            let at = DOUBLE_QUOTED_RUN.lastIndex;
            const char = text.charCodeAt(at);
            if (char === DOUBLE_QUOTE) {
                this.pos = at + 1;
                return value + text.slice(from, at);
            }
            // A line break, or the end of the text.
            if (char !== BACKSLASH)
                throw NOT_ORDINARY;
            value += text.slice(from, at);
            const escape = text[at + 1] ?? '';
            const digits = HEX_DIGITS[escape];
            if (digits === undefined) {
                const replacement = ESCAPES[escape];
                if (replacement === undefined)
                    throw NOT_ORDINARY;
                value += replacement;
                at += 1;
            }
            else {
                const hex = text.slice(at + 2, at + 2 + digits);
                const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits ? parseInt(hex, 16) : NaN;
                // Surrogates one escape at a time, and past Unicode, are not ordinary.
                if (Number.isNaN(code) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff)
                    throw NOT_ORDINARY;
                value += String.fromCodePoint(code);
                at += 1 + digits;
            }
            from = at + 1;
        }
    }
    /** A node is one more level deep; past the nesting yaml allows, it is not ordinary. */
    open(node, start) {
        if (++this.depth > parse_yaml/* MAX_NESTING */.M1 - 2)
            throw NOT_ORDINARY;
        this.starts.set(node, start);
    }
    /** Ends the line of an inline value (spaces and a comment may follow it) and moves to the next content. */
    lineEnding(value) {
        this.skipSpaces();
        if (!this.atLineEnd())
            throw NOT_ORDINARY;
        this.endLine();
        this.skipToContent();
        return value;
    }
    skipSpaces() {
        while (this.text.charCodeAt(this.pos) === SPACE)
            this.pos++;
    }
    /** At a line break, the end, or a comment (which needs a space before it, or the line's start). */
    atLineEnd() {
        const char = this.text.charCodeAt(this.pos);
        if (char === LF || char === CR || Number.isNaN(char))
            return true;
        return char === HASH && (this.pos === this.lineStart || this.text.charCodeAt(this.pos - 1) === SPACE);
    }
    /** Past a comment, if any, and the line break. */
    endLine() {
        const { text } = this;
        if (text.charCodeAt(this.pos) === HASH) {
            const end = text.indexOf('\n', this.pos);
            this.pos = end === -1 ? text.length : end;
            if (text.charCodeAt(this.pos - 1) === CR)
                this.pos--;
        }
        if (text.charCodeAt(this.pos) === CR)
            this.pos++;
        if (text.charCodeAt(this.pos) === LF)
            this.lineStarts.push(++this.pos);
        this.lineStart = this.pos;
    }
    /** From a line start, past blank and comment lines, to the first character of content. */
    skipToContent() {
        for (;;) {
            this.skipSpaces();
            if (this.pos >= this.text.length || !this.atLineEnd())
                return;
            this.endLine();
        }
    }
}

// EXTERNAL MODULE: ./src/manifest/schema.ts + 1 modules
var schema = __webpack_require__(5918);
// EXTERNAL MODULE: ./src/assertions/pattern.ts
var pattern = __webpack_require__(8267);
;// CONCATENATED MODULE: ./src/manifest/extractions.ts
// A step's `extract` list, checked at load time: the source suits the step's type, the fields
// it needs are there, the regex compiles.



/** What each step type can extract from. */
const SOURCES = {
    http: ['status', 'header', 'cookie', 'body', 'jsonpath'],
    websocket: ['message', 'header', 'cookie'],
    grpc: ['message', 'metadata'],
    dns: ['record'],
};
const NEEDS_PROPERTY = new Set(['header', 'cookie', 'metadata']);
function resolveExtractions(raw, type, stepPath, positions, problems) {
    const list = Array.isArray(raw) ? raw : [];
    return list.map((entry, index) => {
        const path = [...stepPath, 'extract', index];
        const problem = (message) => problems.push({ location: positions.locate(path), message: `${(0,manifest_positions/* formatPath */.j)(path)}: ${message}` });
        const from = entry.from;
        const allowed = SOURCES[type] ?? [];
        if (!allowed.includes(from)) {
            problem(allowed.length === 0 ? `a ${type} step has nothing to extract from` : `a ${type} step extracts from ${allowed.join(', ')}, not ${from}`);
        }
        if (from === 'jsonpath' && typeof entry.path !== 'string')
            problem('from: jsonpath needs a `path` (for example $.token)');
        const pathProblem = typeof entry.path === 'string' ? jsonPathProblem(entry.path) : undefined;
        if (pathProblem)
            problem(`path: ${pathProblem}`);
        if (NEEDS_PROPERTY.has(from) && typeof entry.property !== 'string')
            problem(`from: ${from} needs a \`property\` (the ${from} name)`);
        return {
            name: String(entry.name),
            from,
            ...(typeof entry.path === 'string' ? { path: entry.path } : {}),
            ...(typeof entry.property === 'string' ? { property: entry.property } : {}),
            ...(typeof entry.regex === 'string' ? { regex: compile(entry.regex, [...path, 'regex'], positions, problems) } : {}),
            secret: entry.secret === true,
            location: positions.locate(path),
        };
    });
}
function compile(source, path, positions, problems) {
    const read = (0,pattern/* readPattern */.ZS)(source);
    if ('pattern' in read)
        return read.pattern;
    problems.push({ location: positions.locate(path), message: `${(0,manifest_positions/* formatPath */.j)(path)}: ${read.problem}` });
    return undefined;
}

;// CONCATENATED MODULE: ./src/manifest/steps.ts
// A multistep check (SPEC \u00a77): its steps resolved one by one, each as a check of its own type
// at its own line. Names that earlier steps extract stay `{{ NAME }}` until the run fills them;
// every other name is checked here, so a typo is refused before anything runs.








const MULTISTEP_OVERALL_TIMEOUT_MS = 5 * 60_000;
// Stand in for extracted values while the rest of a step is checked at load time: a number
// (ids, ports), then a URL (a link a server hands out), then a JSON object (a gRPC message that
// is wholly an extracted value).
const PLACEHOLDERS = ['1', 'https://probegate.invalid/1', '{}'];
/** The resolver of a multistep check: its own fields as any check's, its steps prepared here. */
function multistepResolver(raw, index, manifest) {
    const { steps, cookies, ...outer } = raw;
    // A step's timeout is its own; the sequence's is `overall_timeout` (default 5m), not the defaults'.
    const { timeout: _timeout, overall_timeout: _overall, ...defaults } = manifest.defaults;
    const prepare = async (_, problems) => {
        // The check's own ip_family reaches its steps as defaults.ip_family would (steps have none of their own).
        const stepManifest = outer.ip_family === undefined ? manifest : { ...manifest, defaults: { ...manifest.defaults, ip_family: outer.ip_family } };
        const resolved = await resolveSteps(Array.isArray(steps) ? steps : [], ['checks', index], stepManifest, problems);
        const first = resolved.find((step) => step.check)?.check;
        return { request: { steps: resolved, cookies: cookies !== false }, target: first?.target ?? '' };
    };
    return new CheckResolver({ ...outer, request: {} }, index, defaults, manifest.positions, manifest.variables, manifest.context, {
        prepare,
        defaultOverallTimeoutMs: MULTISTEP_OVERALL_TIMEOUT_MS,
    });
}
async function resolveSteps(raws, checkPath, manifest, problems) {
    const earlier = new Set();
    const resolved = [];
    for (const [index, raw] of raws.entries()) {
        // Names this step or a later one extracts, and which, for the message when one is used too soon.
        const later = new Map();
        for (const [offset, next] of raws.slice(index).entries()) {
            for (const name of extractionNames(next)) {
                if (!earlier.has(name) && !later.has(name))
                    later.set(name, offset === 0 ? 'this step itself' : `a later step ("${String(next.name)}")`);
            }
        }
        const path = [...checkPath, 'steps', index];
        resolved.push(await resolveStep(raw, path, manifest, { extracted: new Set(earlier), later }, problems));
        for (const name of extractionNames(raw))
            earlier.add(name);
    }
    return resolved;
}
function extractionNames(raw) {
    return Array.isArray(raw.extract) ? raw.extract.map((e) => String(e.name)) : [];
}
async function resolveStep(raw, path, manifest, scope, problems) {
    const { extract, allow_failure, duration, ...checkRaw } = raw;
    const type = raw.type;
    const own = [];
    const base = {
        name: String(raw.name),
        type,
        location: manifest.positions.locate(path),
        extract: resolveExtractions(extract, type, path, manifest.positions, own),
        allowFailure: allow_failure === true,
    };
    if (type === 'wait') {
        problems.push(...own);
        return { ...base, waitMs: (0,manifest_duration/* parseDuration */.E9)(duration, 0) };
    }
    const template = {};
    const prepare = async (merged, stepProblems, context) => {
        const module = await (0,checks/* loadCheckModule */.d)(type);
        if (!usesAny(merged, scope.extracted))
            return module.prepare(merged, context);
        Object.assign(template, { raw: merged, module, context });
        return prepareWithPlaceholders(module, merged, scope.extracted, context, path, manifest.positions, stepProblems);
    };
    // Defaults reach a step's request and timeout, not its retry: retries never multiply.
    const { retry: _retry, ...defaults } = manifest.defaults;
    const variables = manifest.variables.forStep(scope.extracted, scope.later);
    const resolver = new CheckResolver({ ...checkRaw, id: 'step' }, 0, defaults, manifest.positions, variables, manifest.context, { path, prepare });
    const check = await resolver.resolve(own);
    problems.push(...own);
    return { ...base, check, bind: (values) => bindStep(check, template, values) };
}
/**
 * Prepares a step whose fields use extracted values, with stand-ins for them: a field that is
 * wrong whatever the value (an ftp:// URL) is a problem now; one that some value would make
 * right (a URL that is wholly `{{ NEXT_URL }}`) waits for the run.
 */
function prepareWithPlaceholders(module, merged, extracted, context, path, positions, problems) {
    const attempt = (standIn) => {
        try {
            return module.prepare(fillDeep(merged, new Map([...extracted].map((name) => [name, standIn]))), context);
        }
        catch (error) {
            if (error instanceof types/* InvalidField */.u)
                return error;
            throw error;
        }
    };
    const prepared = attempt(PLACEHOLDERS[0]);
    if (!(prepared instanceof types/* InvalidField */.u))
        return prepared;
    const valueMayFixIt = usesAny(valueAt(merged, prepared.path), extracted) && PLACEHOLDERS.slice(1).some((standIn) => !(attempt(standIn) instanceof types/* InvalidField */.u));
    if (!valueMayFixIt) {
        const fieldPath = [...path, ...prepared.path];
        problems.push({ location: positions.locate(fieldPath), message: `${(0,manifest_positions/* formatPath */.j)(fieldPath)}: ${prepared.message}` });
    }
    return { request: undefined, target: String(merged.request.url ?? merged.request.host ?? '') };
}
function bindStep(check, template, values) {
    if (!template.raw || !template.module || !template.context)
        return { check };
    // A reference still in the template can only be to an extracted name: every other was resolved
    // at load. One without a value (its step was allowed to fail) is never sent as `{{ NAME }}`.
    template.names ??= [...new Set(referencesIn(template.raw))];
    const missing = template.names.filter((name) => !values.has(name));
    if (missing.length > 0) {
        const names = missing.map((name) => `{{ ${name} }}`).join(', ');
        const detail = `${names} had no value: the step that extracts ${missing.length === 1 ? 'it' : 'them'} failed and was allowed to, so this step was not sent`;
        return { error: (0,probe_error/* probeError */.v)('INCORRECT_ASSERTION', 'NOTHING_EXTRACTED', detail).toInfo() };
    }
    try {
        const prepared = template.module.prepare(fillDeep(template.raw, values), template.context);
        return { check: { ...check, request: prepared.request, target: prepared.target, assertions: check.assertions.map((a) => fillAssertion(a, values)) } };
    }
    catch (error) {
        if (!(error instanceof types/* InvalidField */.u))
            throw error;
        const message = `${(0,manifest_positions/* formatPath */.j)(error.path)}: ${error.message}, once the extracted values were filled in`;
        return { error: (0,probe_error/* probeError */.v)('INVALID_REQUEST', 'INVALID_REQUEST', message).toInfo() };
    }
}
function fillAssertion(assertion, values) {
    const fill = (value) => (typeof value === 'string' ? (0,manifest_variables/* fillReferences */.ks)(value, values) : value);
    return { ...assertion, target: fill(assertion.target), property: fill(assertion.property), path: fill(assertion.path) };
}
function usesAny(value, names) {
    return names.size > 0 && referencesIn(value).some((name) => names.has(name));
}
function referencesIn(value) {
    if (typeof value === 'string')
        return (0,manifest_variables/* references */.Ft)(value);
    if (Array.isArray(value))
        return value.flatMap(referencesIn);
    if (value && typeof value === 'object')
        return Object.values(value).flatMap(referencesIn);
    return [];
}
function fillDeep(value, values) {
    if (typeof value === 'string')
        return (0,manifest_variables/* fillReferences */.ks)(value, values);
    if (Array.isArray(value))
        return value.map((item) => fillDeep(item, values));
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillDeep(v, values)]));
    return value;
}
function valueAt(value, path) {
    return path.reduce((node, key) => (node && typeof node === 'object' ? node[key] : undefined), value);
}

;// CONCATENATED MODULE: ./src/manifest/load.ts
// Manifest: YAML with positions -> JSON Schema -> defaults and variables -> resolved checks,
// each with its manifest line. Every problem is collected, not just the first; a problem inside
// one check makes that check INVALID_REQUEST and leaves the others to run.

















/** The manifest cannot be used at all: unreadable, not YAML, or broken outside its checks. */
class ManifestError extends Error {
    problems;
    name = 'ManifestError';
    constructor(message, problems) {
        super(message);
        this.problems = problems;
    }
}
async function loadManifest(options) {
    // yaml, jsonpath-plus and ajv are loaded by the first manifest that needs them (src/libraries.ts).
    return (0,libraries/* withLibraries */.im)(() => loadOnce(options));
}
async function loadOnce(options) {
    const file = options.displayPath ?? options.path;
    const { text, bytes } = options.text !== undefined ? { text: options.text, bytes: Buffer.from(options.text) } : readManifestFile(options.path, file);
    await (0,libraries/* loadLibraries */.k5)((0,libraries/* librariesNamedIn */.IU)(text));
    const { value, positions, ordinary } = await readYaml(text, file);
    // A value the ordinary reader reads is a piece of the text, but for `''` in single quotes and
    // escapes in double quotes: without `{{` or a backslash in the text, none refers to a variable.
    const referenced = !ordinary || text.includes('{{') || text.includes('\\');
    const raw = (isRecord(value.value) ? value.value : {});
    const problems = [];
    const checkProblems = new Map();
    /** The problems a check's result reports (it is invalid and names them). */
    const ownedByChecks = new Set();
    let fatal = false;
    const rawChecksForTemplates = Array.isArray(raw.checks) ? raw.checks : [];
    /** Checks whose fields (or inherited defaults) written with variables the schema judges after substitution. */
    const schemaAfterVariables = new Set();
    for (const problem of await (0,schema/* validateManifest */.y)(value.value ?? {})) {
        const setAside = problem.form ? judgedAfterVariables(problem.path, raw, rawChecksForTemplates) : undefined;
        if (setAside !== undefined) {
            schemaAfterVariables.add(setAside);
            continue;
        }
        const unreplaced = variablesNotReplacedHere(problem.path, raw, problem.form === true);
        const located = { location: positions.locate(problem.path, problem.key), message: `${problem.message}${unreplaced}` };
        problems.push(located);
        const checkIndex = problem.path[0] === 'checks' && typeof problem.path[1] === 'number' ? problem.path[1] : undefined;
        if (checkIndex === undefined)
            fatal = true;
        else {
            checkProblems.set(checkIndex, [...(checkProblems.get(checkIndex) ?? []), located]);
            ownedByChecks.add(located);
        }
    }
    const outsideChecks = gateProblems(raw, positions);
    problems.push(...outsideChecks);
    if (fatal || outsideChecks.length > 0)
        throw new ManifestError(`${file} does not match the manifest schema`, problems);
    const variables = new manifest_variables/* Variables */.ut({ ...options.variables, manifest: stringRecord(raw.variables) }, referenced);
    const baseline = resolveBaseline(raw.baseline, options.baselineUrl, positions, variables, problems);
    // On the baseline side {{ BASE_URL }} is the baseline, whoever else names a BASE_URL: a variable
    // of that name (the manifest's, --var, the inputs) would send the baseline's requests to the
    // preview, and compare the preview with itself.
    const baselineVariables = baseline
        ? new manifest_variables/* Variables */.ut({
            ...options.variables,
            builtins: { ...options.variables.builtins, BASE_URL: baseline.baseUrl },
            manifest: withoutBaseUrl(stringRecord(raw.variables)),
            inputs: withoutBaseUrl(options.variables.inputs),
            secretInputs: withoutBaseUrl(options.variables.secretInputs),
        }, referenced)
        : undefined;
    const compared = new Map();
    const context = prepareContext(external_node_path_default().dirname(external_node_path_default().resolve(options.path)));
    const rawChecks = raw.checks;
    const defaults = isRecord(raw.defaults) ? raw.defaults : {};
    const checks = [];
    const seenNames = new Set();
    const seenIds = new Set();
    for (let index = 0; index < rawChecks.length; index++) {
        const item = rawChecks[index];
        const rawCheck = isRecord(item) ? item : {};
        const resolver = rawCheck.type === 'multistep'
            ? multistepResolver(rawCheck, index, { positions, variables, context, defaults })
            : new CheckResolver(rawCheck, index, defaults, positions, variables, context, {
                schemaAfterVariables: schemaAfterVariables.has(index) || schemaAfterVariables.has('defaults'),
            });
        const own = checkProblems.get(index) ?? [];
        const fromSchema = own.length;
        const name = String(rawCheck.name ?? `check ${index + 1}`);
        if (seenNames.has(name))
            own.push({ location: positions.locate(['checks', index, 'name']), message: `checks[${index}].name: "${name}" is used by another check; names must be unique` });
        seenNames.add(name);
        let check = resolver.resolveNow(own) ?? (await resolver.resolve(own));
        if (seenIds.has(check.id) && !check.invalid) {
            // Reports, merge and people's scripts find a check by its id: two checks with one id would hide one's failure.
            const field = 'id' in rawCheck ? 'id' : 'name';
            own.push({ location: positions.locate(['checks', index, field]), message: `checks[${index}].${field}: the check's id "${check.id}" is the id of another check (an id is \`id\`, else the name's slug); give one of them an id of its own` });
            check = await resolver.resolve(own);
        }
        seenIds.add(check.id);
        // The schema's problems of this check are in `problems` already; the resolver only adds to `own`.
        for (const problem of own.slice(fromSchema)) {
            problems.push(problem);
            ownedByChecks.add(problem);
        }
        checks.push(check);
        if (baselineVariables && !check.invalid && isCompared(rawCheck)) {
            // The same check with {{ BASE_URL }} as the baseline URL; a problem only that side has leaves the check uncompared.
            const onBaseline = await new CheckResolver(rawCheck, index, defaults, positions, baselineVariables, context).resolve([]);
            if (!onBaseline.invalid)
                compared.set(check, comparedVariants(check, onBaseline));
        }
    }
    // Checks marked skip check nothing: a manifest of only those would pass on nothing.
    if (checks.length > 0 && checks.every((check) => check.skip)) {
        problems.push({ location: positions.locate(['checks']), message: 'checks: every check has skip: true, so nothing would be checked: let a check run, or leave probegate out of this workflow' });
    }
    const ready = resolveReady(raw.ready, positions, variables, problems, context);
    // Hashed on first use: `validate` never asks, and a run asks when it reports (src/sha256.ts).
    let digest;
    return {
        file,
        get digest() {
            return (digest ??= `sha256:${sha256Hex(bytes)}`);
        },
        ...(options.variables.builtins.BASE_URL ? { baseUrl: withoutCredentials(options.variables.builtins.BASE_URL) } : {}),
        checks,
        gate: manifestGate(raw),
        ready,
        secrets: [...variables.secrets, ...(baselineVariables?.secrets ?? []), ...urlPasswords([options.variables.builtins.BASE_URL, baseline?.baseUrl])],
        problems: onceInherited(onceMissingBaseUrl(problems)),
        problemsOutsideChecks: onceMissingBaseUrl(problems.filter((problem) => !ownedByChecks.has(problem))),
        ...(baseline ? { baseline: { settings: baseline, compared } } : {}),
    };
}
/**
 * The manifest's value, fast when it is ordinary (`ordinary` when parse-ordinary.ts read it), else
 * by js-yaml (parse-fast.ts, loaded only then: most manifests never need its 100 KB), else by yaml
 * with its problems.
 */
async function readYaml(text, file) {
    const ordinary = parseOrdinary(text);
    if (ordinary)
        return { value: { value: ordinary.value }, positions: new manifest_positions/* Positions */.H(text, file, ordinary), ordinary: true };
    const { parseFast } = await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(337)]).then(__webpack_require__.bind(__webpack_require__, 337));
    const fast = parseFast(text);
    if (fast)
        return { value: { value: fast.value }, positions: new manifest_positions/* Positions */.H(text, file, fast) };
    const document = (0,parse_yaml/* parseManifestYaml */.EK)(text, new line_counter/* LineCounter */.H());
    const positions = new manifest_positions/* Positions */.H(text, file, undefined, document);
    const located = (problem) => ({ location: positions.at(problem.offset), message: problem.message });
    const shape = (0,parse_yaml/* yamlProblems */.Eu)(document, text);
    if (shape.length > 0)
        throw new ManifestError(`${file} is not valid YAML`, shape.map(located));
    const value = (0,parse_yaml/* documentValue */.H5)(document);
    if ('problem' in value)
        throw new ManifestError(`${file} is not valid YAML`, [located(value.problem)]);
    return { value, positions };
}
/** The manifest's text, and its bytes as read (which the digest is of). */
/**
 * Where a schema problem of form (enum, pattern) is judged again once variables are replaced
 * (src/manifest/template-fields.ts): a field of a check, or of `defaults`, whose value holds `{{`.
 * Not a `type` (a check's or an assertion's decides the schema that applies), not a whole check
 * or `defaults`, nor in a multistep check, whose steps' variables may come only at run time (nor,
 * then, in `defaults`, which its steps inherit).
 */
function judgedAfterVariables(problemPath, raw, rawChecks) {
    if (problemPath.includes('type') || !(0,template_fields/* heldTemplate */.QH)(raw, problemPath))
        return undefined;
    const isMultistep = (check) => isRecord(check) && check.type === 'multistep';
    const [top, index] = problemPath;
    if (top === 'checks' && typeof index === 'number' && problemPath.length >= 3 && !isMultistep(rawChecks[index]))
        return index;
    if (top === 'defaults' && problemPath.length >= 2 && !rawChecks.some(isMultistep))
        return 'defaults';
    return undefined;
}
/**
 * Why a field written with a variable is judged as written, for a problem judgedAfterVariables
 * kept: said, so that "must be a duration" of `"{{ T }}"` does not read as a variable refused.
 * `form`: the value is text of the wrong form (else of the wrong kind, text where a number goes).
 */
function variablesNotReplacedHere(problemPath, raw, form) {
    if (!(0,template_fields/* heldTemplate */.QH)(raw, problemPath))
        return '';
    if (!form)
        return " (written with a variable: a variable's value is text, and this field takes no text; write the value out)";
    if (problemPath.includes('type'))
        return " (written with a variable: a type is judged as written, since it decides the rules of the rest; write it out)";
    if (problemPath[0] === 'defaults')
        return " (written with a variable: in a manifest with a multistep check, defaults are judged as written, since its steps take them before their variables are known; write the value out)";
    if (problemPath[0] === 'checks')
        return " (written with a variable: a multistep check's fields are judged as written, since a step's variables may come only at run time; write the value out)";
    return ' (written with a variable: outside the checks and their defaults, a value the schema checks is judged as written; write the value out)';
}
function readManifestFile(filePath, shown) {
    if (!(0,external_node_fs_.existsSync)(filePath)) {
        // `.yml` asked for and `.yaml` there (or the other way): the likeliest slip, named.
        const sibling = /\.ya?ml$/.test(filePath) ? filePath.replace(/\.(ya?ml)$/, (_, extension) => (extension === 'yml' ? '.yaml' : '.yml')) : undefined;
        const found = sibling !== undefined && (0,external_node_fs_.existsSync)(sibling) ? ` (there is ${external_node_path_default().basename(sibling)} beside it: rename it, or point at it)` : '';
        throw new ManifestError(`No manifest at ${shown}${found}: create it, or point the manifest input (or the command's argument) at yours`, []);
    }
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(filePath);
    }
    catch (error) {
        throw new ManifestError(`Cannot read the manifest ${shown}: ${error.message}`, []);
    }
    const text = decodeManifest(bytes);
    if (text === undefined) {
        const message = 'the file is not UTF-8 text (nor UTF-16 with a byte-order mark): save it as UTF-8';
        throw new ManifestError(`${shown}: ${message}`, [{ location: { file: shown, line: 1, column: 1 }, message }]);
    }
    return { text, bytes };
}
/** UTF-8 (its byte-order mark dropped, so columns count from the first character) or UTF-16 with a byte-order mark. */
function decodeManifest(bytes) {
    try {
        if (bytes[0] === 0xff && bytes[1] === 0xfe)
            return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
        if (bytes[0] === 0xfe && bytes[1] === 0xff)
            return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        // NUL bytes: UTF-16 or UTF-32 without a byte-order mark, or a binary file.
        return text.includes('\0') ? undefined : text;
    }
    catch {
        return undefined;
    }
}
/** The manifest's own gate: `gate` or `defaults` (one of them per key; the inputs beat both). */
function manifestGate(raw) {
    const gate = isRecord(raw.gate) ? raw.gate : {};
    const defaults = isRecord(raw.defaults) ? raw.defaults : {};
    return {
        failOn: (gate.fail_on ?? defaults.fail_on),
        warnOn: (gate.warn_on ?? defaults.warn_on),
    };
}
/** Unknown selectors in `gate` and `defaults`, and a key set differently in both. */
function gateProblems(raw, positions) {
    const gate = isRecord(raw.gate) ? raw.gate : {};
    const defaults = isRecord(raw.defaults) ? raw.defaults : {};
    const problems = [];
    for (const key of ['fail_on', 'warn_on']) {
        problems.push(...listSelectorProblems(gate[key], ['gate', key], positions), ...listSelectorProblems(defaults[key], ['defaults', key], positions));
        if (gate[key] !== undefined && defaults[key] !== undefined && JSON.stringify(gate[key]) !== JSON.stringify(defaults[key])) {
            problems.push({ location: positions.locate(['defaults', key]), message: `defaults.${key}: gate.${key} says otherwise; the run has one ${key}, so set it in one place (a check's own ${key} goes on the check)` });
        }
    }
    return problems;
}
/** A missing base URL is said once, at its first use, however many checks use it. */
function onceMissingBaseUrl(problems) {
    const missing = problems.filter((p) => p.message.includes(manifest_variables/* MISSING_BASE_URL */.Ly));
    if (missing.length <= 1)
        return problems;
    const first = missing[0];
    const merged = { ...first, message: `${first.message} (${missing.length} places use it)` };
    return problems.filter((p) => !missing.includes(p) || p === first).map((p) => (p === first ? merged : p));
}
/**
 * A value of `defaults` that is wrong once its variables are replaced is wrong for every check
 * that inherits it: one problem at its line, saying how many checks it concerns, not one a check
 * (each check is still invalid, and its own result says so).
 */
function onceInherited(problems) {
    const firstAt = new Map();
    const more = new Map();
    const kept = [];
    for (const problem of problems) {
        const place = problem.message.endsWith(template_fields/* AFTER_VARIABLES */.t3) ? `${problem.location.line}:${problem.location.column} ${problem.message.replace(/^checks\[\d+\]/, '')}` : undefined;
        const first = place === undefined ? undefined : firstAt.get(place);
        if (first) {
            more.set(first, (more.get(first) ?? 0) + 1);
            continue;
        }
        if (place !== undefined)
            firstAt.set(place, problem);
        kept.push(problem);
    }
    if (more.size === 0)
        return kept;
    return kept.map((problem) => {
        const others = more.get(problem);
        return others ? { ...problem, message: `${problem.message} (and in ${others} more check${others === 1 ? '' : 's'} that inherit it)` } : problem;
    });
}
function resolveReady(raw, positions, variables, problems, files) {
    if (!isRecord(raw))
        return undefined;
    const ready = raw;
    const own = [];
    const fail = (fieldPath, message) => own.push({ location: positions.locate(fieldPath), message: `${(0,manifest_positions/* formatPath */.j)(fieldPath)}: ${message}` });
    let url;
    try {
        url = new URL(variables.resolve(ready.url));
    }
    catch (error) {
        fail(['ready', 'url'], error instanceof manifest_variables/* VariableError */.P$ ? error.message : `"${ready.url}" is not a valid URL`);
    }
    const bounded = (name, value, fallback) => {
        const ms = (0,manifest_duration/* parseDuration */.E9)(value, fallback);
        const problem = (0,manifest_duration/* durationProblem */.YV)(name, ms);
        if (problem)
            fail(name.split('.'), problem);
        return ms;
    };
    const timeoutMs = bounded('ready.timeout', ready.timeout, 5 * 60_000);
    const intervalMs = bounded('ready.interval', ready.interval, 5_000);
    const assertions = readyAssertions(ready.assertions, positions, variables, fail, files);
    if (own.length > 0 || !url) {
        throw new ManifestError(`${own[0].location.file}:${own[0].location.line}: ${own[0].message}`, [...problems, ...own]);
    }
    return { url, timeoutMs, intervalMs, status: ready.status, assertions, location: positions.locate([], 'ready') };
}
/** `ready.assertions`, as an http check's, variables replaced ({{ SHA }}), a JSON schema read and compiled. */
function readyAssertions(raw, positions, variables, fail, files) {
    if (!Array.isArray(raw))
        return [];
    return raw.flatMap((item, i) => {
        if (!isRecord(item))
            return [];
        const at = ['ready', 'assertions', i];
        const assertion = (0,manifest_variables/* substituteDeep */.fw)(item, variables, at, (fieldPath, error) => fail(fieldPath, error.message));
        const operator = assertion.operator;
        let target = assertion.target;
        try {
            target = (0,assertion_targets/* checkAssertion */.nD)({ ...assertion, type: String(assertion.type), operator }, at);
            if (assertion.type === 'jsonSchema')
                target = jsonSchemaTarget(target, at, files);
        }
        catch (error) {
            if (!(error instanceof types/* InvalidField */.u))
                throw error;
            fail(error.path, error.message);
        }
        const { property, path: jsonPath, elements } = assertion;
        return [{ type: String(assertion.type), operator, target, property, path: jsonPath, ...(elements === undefined ? {} : { elements }), location: positions.locate(at) }];
    });
}
function stringRecord(value) {
    return Object.fromEntries(Object.entries((value ?? {})).map(([k, v]) => [k, String(v)]));
}
/**
 * The passwords of base URLs given with credentials (https://user:password@preview...), as written
 * in the URL and decoded: every check's target and message holds them otherwise, and reports,
 * summaries and pull-request comments are not masked by the runner.
 */
function urlPasswords(urls) {
    return urls.flatMap((url) => {
        const password = url && URL.canParse(url) ? new URL(url).password : '';
        if (!password)
            return [];
        let decoded = password;
        try {
            decoded = decodeURIComponent(password);
        }
        catch {
            // Not percent-encoded text: as written.
        }
        return decoded === password ? [password] : [password, decoded];
    });
}
/** A URL as reports may show it: without a user name or password (an unparsable text as it is). */
function withoutCredentials(url) {
    if (!URL.canParse(url))
        return url;
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password)
        return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
}
function withoutBaseUrl(record) {
    if (!Object.hasOwn(record, 'BASE_URL'))
        return record;
    const { BASE_URL: _preview, ...others } = record;
    return others;
}


/***/ }),

/***/ 3969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M1: () => (/* binding */ MAX_NESTING),
  H5: () => (/* binding */ documentValue),
  EK: () => (/* binding */ parseManifestYaml),
  Eu: () => (/* binding */ yamlProblems)
});

// UNUSED EXPORTS: MAX_ALIAS_EXPANSIONS

// EXTERNAL MODULE: ./src/libraries.ts
var libraries = __webpack_require__(8880);
;// CONCATENATED MODULE: ./src/manifest/indentation.ts
/** The errors that a line indented wrongly makes yaml report. */
const INDENTATION_CODES = new Set(['TAB_AS_INDENT', 'BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);
/** How many wrongly indented lines are traced; past them, yaml's own errors are said. */
const MAX_TRACED = 20;
/** How many readings of one mistake are tried (each a reading of the whole text again). */
const MAX_READINGS = 3;
/**
 * How much text in all is read again (each reading tried is the whole text): a large manifest
 * indented with tabs throughout would otherwise take seconds to say so. Some 200 readings of a
 * 5 KB manifest (more than 20 mistakes take); 3 of a 300 KB one, some 0.7 s on this machine.
 */
const MAX_READ_AGAIN = 1_000_000;
/**
 * The problems of a text that yaml could not read: `errors` are yaml's on `text`, `parse` reads a
 * text again and returns its errors, and `describe` words an error that is not traced here.
 */
function syntaxProblems(text, errors, parse, describe) {
    const original = new Lines(text);
    const traced = [];
    /** By line: the length of its indentation as written, and as re-indented. */
    const reindented = new Map();
    let lines = original;
    let current = errors;
    let budget = MAX_READ_AGAIN;
    while (traced.length < MAX_TRACED) {
        const first = [...current].sort((a, b) => a.pos[0] - b.pos[0]).find(isIndentationError);
        const root = rootMistake(lines);
        const found = root ? [root] : first ? diagnose(lines, first, (line) => reindented.has(line)) : [];
        const possible = found.filter((mistake) => !mistake.moves.some((move) => reindented.has(move.line))).slice(0, MAX_READINGS);
        if (possible.length === 0 || possible.length * text.length > budget)
            break;
        budget -= possible.length * text.length;
        // Of the readings (this line is out of place, or the one it does not line up with; this column
        // or that one), the one after which yaml finds fewer errors, else the likelier, else the first.
        // Re-indented as said, the text must read past the lines it names: else the reading was wrong.
        const tried = possible
            .map((mistake) => {
            const text = reindent(lines, mistake.moves);
            const errors = parse(text);
            const next = new Lines(text);
            const past = Math.max(first ? lines.lineAt(first.pos[0]) : 0, ...mistake.moves.map((move) => move.line));
            return { mistake, text, errors, next, stuck: errors.some((error) => (root || isIndentationError(error)) && next.lineAt(error.pos[0]) <= past) };
        })
            .filter((attempt) => !attempt.stuck);
        if (tried.length === 0)
            break;
        const chosen = tried.reduce((best, attempt) => (attempt.errors.length < best.errors.length || (attempt.errors.length === best.errors.length && attempt.mistake.likelier) ? attempt : best));
        const { mistake, next } = chosen;
        traced.push({ offset: original.offsetOf(mistake.line, lines.column(mistake.line, mistake.offset), reindented), message: mistake.message });
        for (const move of mistake.moves)
            reindented.set(move.line, { from: lines.indentEnd(move.line) - lines.start(move.line), to: move.to });
        lines = next;
        current = chosen.errors;
        if (current.length === 0)
            break;
    }
    if (traced.length === 0)
        return errors.map((error) => ({ offset: error.pos[0], message: describe(error) }));
    // An error on a line said already (a key made a duplicate by the move suggested) is not another mistake.
    const rest = current
        .filter((error) => !reindented.has(lines.lineAt(error.pos[0])))
        .map((error) => ({ offset: original.offsetOf(lines.lineAt(error.pos[0]), error.pos[0] - lines.start(lines.lineAt(error.pos[0])), reindented), message: describe(error) }));
    return [...traced, ...rest].sort((a, b) => a.offset - b.offset);
}
/**
 * The text's first line indented more than a line after it at the top level (`version: 1` with a
 * space before it): yaml reads the lines after as stray tokens, each an error, after that line.
 */
function rootMistake(lines) {
    const first = lines.nextContent(-1);
    if (first === undefined)
        return undefined;
    const column = lines.contentStart(first) - lines.start(first);
    if (column === 0 || lines.text.slice(lines.start(first), lines.contentStart(first)).includes('\t'))
        return undefined;
    let less;
    for (let line = lines.nextContent(first); line !== undefined && less === undefined; line = lines.nextContent(line)) {
        if (lines.contentStart(line) - lines.start(line) < column)
            less = line;
    }
    if (less === undefined)
        return undefined;
    const to = lines.contentStart(less) - lines.start(less);
    const { keys, under } = blockLines(lines, first, column);
    const next = lines.levelsOf(less).at(-1);
    const what = keys.length > 1 ? `lines ${lineList(keys)} are` : `line ${first + 1} is`;
    const them = keys.length > 1 ? 'them' : 'it';
    return {
        line: first,
        offset: lines.contentStart(first),
        message: `YAML indentation: ${what} indented more than ${next.kind === 'key' ? indentation_name(next) : `line ${less + 1}`} below (line ${less + 1}, column ${to + 1}), and the top-level keys must start at the same column: move ${them} to column ${to + 1}`,
        moves: [...keys, ...under.filter((child) => lines.indentEnd(child) - lines.start(child) <= to)].map((line) => ({ line, to: lines.indentEnd(line) - lines.start(line) + to - column })),
    };
}
/** The text with these lines re-indented. */
function reindent(lines, moves) {
    let text = lines.text;
    // From the last line up, so that the offsets of the lines before stay as they are.
    for (const move of [...moves].sort((a, b) => b.line - a.line))
        text = text.slice(0, lines.start(move.line)) + ' '.repeat(move.to) + text.slice(lines.indentEnd(move.line));
    return text;
}
function isIndentationError(error) {
    return INDENTATION_CODES.has(error.code) || (error.code === 'MISSING_CHAR' && error.message.startsWith('Sequence item without - indicator'));
}
/** A block key at the start of `rest`: plain or quoted, then `:` and a space or the line's end. */
const KEY = /^("(?:[^"\\\r\n]|\\.)*"|'(?:[^'\r\n]|'')*'|[^\s#'"[\]{},:-][^\r\n#]*?|-[^\s\r\n#][^\r\n#]*?)[ \t]*:(?=[ \t\r\n]|$)/;
/** What follows a key or a `-` when the value is on the lines below: nothing, a comment, or a block scalar's header. */
const OPENS_BLOCK = /^(?:[|>][-+0-9]*)?[ \t]*(?:#.*)?\r?$/;
/**
 * The mistake behind `error`, as one or more readings: the line yaml could not place is out of
 * place (with, when it could go at two columns, a reading for each), or the line it does not line
 * up with is, when that one starts its map or list or stands out from the lines around it.
 * `moved`: whether a line has been re-indented already, its columns those of a suggestion.
 */
function diagnose(lines, error, moved) {
    const line = candidateLine(lines, error);
    if (line === undefined || lines.hidden(line))
        return [];
    const mistake = lineMistake(lines, line, moved);
    if (!mistake)
        return [];
    const other = mistake.reference && !moved(mistake.reference.line) ? otherLineMistake(lines, mistake.reference, line) : undefined;
    return [mistake, ...(mistake.alternatives ?? []), ...(other ? [other] : [])];
}
/**
 * The line of `other` (a level `line` does not line up with) out of place instead: the first of its
 * map or list, or one less indented than the lines around it (line ... and `line`).
 */
function otherLineMistake(lines, other, line) {
    const own = lines.levelsOf(other.line);
    const dashes = own.filter((level) => level.kind === 'dash');
    const afterDash = own.findIndex((level) => level.column === other.column) > 0;
    const column = lines.contentStart(line) - lines.start(line);
    // The first line under `key:`; or at the key's column, which YAML reads as the key's null value and a key beside it.
    const previous = lines.previousContent(other.line);
    const opener = previous !== undefined && lines.opensBlock(previous) ? lines.levelsOf(previous).at(-1) : undefined;
    const first = opener !== undefined && other.column >= opener.column;
    const between = !afterDash && previous !== undefined && !first && lines.contentStart(previous) - lines.start(previous) === column && other.column < column;
    if (!afterDash && !first && !between)
        return undefined;
    const shift = column - other.column;
    const start = lines.indentEnd(other.line) - lines.start(other.line);
    if (shift === 0 || start + shift < 0)
        return undefined;
    const direction = shift < 0 ? 'more' : 'less';
    // Of two readings as good, the one whose columns step as the rest of the text does (for a line
    // `- key: \u2026`, those of its `-`), or the line that stands out from those around it.
    const lineColumn = afterDash ? dashes[0].column : other.column;
    const parent = opener ?? lines.levelsAbove(other.line).find((level) => level.column < lineColumn);
    const likelier = between || (parent !== undefined && lineColumn + shift - parent.column === lines.step() && lineColumn - parent.column !== lines.step());
    if (other.kind === 'dash') {
        const item = itemLines(lines, other.line, other.column);
        const moveWhat = item.length > 1 ? `move the whole item (lines ${other.line + 1}\u2013${item.at(-1) + 1}) ${spaces(Math.abs(shift))} to the ${shift < 0 ? 'left' : 'right'}` : `move it to column ${column + 1}`;
        return {
            line: other.line,
            offset: lines.contentStart(other.line),
            message: `YAML indentation: the \`-\` on line ${other.line + 1} is indented ${direction} than the \`-\` of the next item of its list (line ${line + 1}, column ${column + 1}), and the items of a list must start at the same column: ${moveWhat}`,
            moves: item.map((moved) => ({ line: moved, to: lines.indentEnd(moved) - lines.start(moved) + shift })),
            likelier,
        };
    }
    const next = lines.levelsOf(line).find((level) => level.column === column);
    const beside = next?.kind === 'key' ? indentation_name(next) : `line ${line + 1}`;
    const around = between ? `the lines above and below it (lines ${previous + 1} and ${line + 1}, column ${column + 1})` : `${beside} below it (line ${line + 1}, column ${column + 1})`;
    return {
        line: other.line,
        offset: lines.contentStart(other.line),
        message: `YAML indentation: line ${other.line + 1} is indented ${direction} than ${around}, and the keys of a map must start at the same column: to put it beside ${beside}, move ${afterDash ? `the line ${spaces(Math.abs(shift))} to the ${shift < 0 ? 'left' : 'right'}` : `it to column ${column + 1}`}`,
        moves: [{ line: other.line, to: start + shift }],
        likelier,
    };
}
function lineMistake(lines, line, moved) {
    const start = lines.start(line);
    const contentStart = lines.contentStart(line);
    const indentation = lines.text.slice(start, contentStart);
    const column = contentStart - start;
    const above = lines.levelsAbove(line);
    const last = lines.previousContent(line);
    const shown = line + 1;
    // The line above ends with `key:` or `-` (or a block scalar's header): a line indented more is its value.
    // (Not after a block scalar's text.)
    const opened = last !== undefined && lines.opensBlock(last) && column > lines.levelsOf(last).at(-1).column && !lines.hiddenBetween(last, line);
    const tab = indentation.indexOf('\t');
    if (tab !== -1) {
        // How wide a tab is depends on the editor: a reading for each column the line could be meant
        // at, under the line above when that one ends with `key:`, else at a level of the lines above.
        const parent = last !== undefined && lines.opensBlock(last) && !lines.hiddenBetween(last, line) ? lines.levelsOf(last).at(-1) : undefined;
        const isItem = /^-[ \t\r\n]?$/.test(lines.text.slice(contentStart, contentStart + 2));
        const readings = [
            ...(parent ? [{ to: parent.column + lines.step(), where: moved(parent.line) ? '' : ` (more than ${indentation_name(parent)} on line ${parent.line + 1}, column ${parent.column + 1}, to put it under it)` }] : []),
            ...above.filter((level) => (level.kind === 'dash') === isItem).map((level) => ({ to: level.column, where: moved(level.line) ? '' : ` (to column ${level.column + 1}, as ${indentation_name(level)} on line ${level.line + 1})` })),
        ];
        if (readings.length === 0)
            readings.push({ to: 0, where: '' });
        const [first, ...others] = readings.map(({ to, where }) => ({
            line,
            offset: start + tab,
            message: `YAML indentation: line ${shown} is indented with a tab, and YAML allows only spaces there: indent it with spaces${where}`,
            moves: [{ line, to }],
        }));
        return { ...first, alternatives: others };
    }
    if (opened || above.length === 0)
        return undefined;
    const isDash = lines.text[contentStart] === '-' && /[ \t\r\n]/.test(lines.text[contentStart + 1] ?? '\n');
    if (isDash) {
        if (above.some((level) => level.kind === 'dash' && level.column === column))
            return undefined;
        // The lists it is nearest to, by column (a list of the lines above may be inside another's
        // item): a reading for the nearest on each side.
        const lists = above.filter((level) => level.kind === 'dash').sort((a, b) => Math.abs(a.column - column) - Math.abs(b.column - column));
        const readings = [lists.find((level) => level.column > column), lists.find((level) => level.column < column)]
            .filter((level) => level !== undefined)
            .sort((a, b) => lists.indexOf(a) - lists.indexOf(b))
            .map((list) => {
            const shift = list.column - column;
            const item = itemLines(lines, line, column);
            const direction = shift < 0 ? 'more' : 'less';
            const moveWhat = item.length > 1 ? `move the whole item (lines ${shown}\u2013${item.at(-1) + 1}) ${spaces(Math.abs(shift))} to the ${shift < 0 ? 'left' : 'right'}` : `move it to column ${list.column + 1}`;
            return {
                line,
                offset: contentStart,
                message: `YAML indentation: the \`-\` on line ${shown} is indented ${direction} than the \`-\` of the list item above it (line ${list.line + 1}, column ${list.column + 1}), and the items of a list must start at the same column: ${moveWhat}`,
                moves: item.map((moved) => ({ line: moved, to: lines.indentEnd(moved) - lines.start(moved) + shift })),
                reference: list,
            };
        });
        if (readings.length === 0)
            return undefined;
        const [first, ...others] = readings;
        return { ...first, alternatives: others };
    }
    if (above.some((level) => level.kind !== 'dash' && level.column === column))
        return undefined;
    const deepest = above[0];
    const { keys: block, under } = blockLines(lines, line, column);
    const what = block.length > 1 ? `lines ${lineList(block)} are` : `line ${shown} is`;
    const them = block.length > 1 ? 'them' : 'it';
    // The lines under them keep their columns, unless they would no longer be indented more.
    const moveTo = (to) => [...block, ...under.filter((child) => lines.indentEnd(child) - lines.start(child) <= to)].map((moved) => ({ line: moved, to: lines.indentEnd(moved) - lines.start(moved) + to - column }));
    /** "to column 5", or for several lines "2 spaces to the left". */
    const shifted = (to) => {
        const lower = under.some((child) => lines.indentEnd(child) - lines.start(child) <= to) ? `, and the lines under ${them} as much` : '';
        return (block.length > 1 ? `${spaces(Math.abs(to - column))} to the ${to < column ? 'left' : 'right'}` : `to column ${to + 1}`) + lower;
    };
    if (column > deepest.column) {
        const reason = deepest.kind === 'key' && !lines.opensBlock(deepest.line) ? `, which has its value on its line already` : '';
        return {
            line,
            offset: contentStart,
            message: `YAML indentation: ${what} indented more than ${indentation_name(deepest)} above (line ${deepest.line + 1}, column ${deepest.column + 1})${reason}: to put ${them} beside ${indentation_name(deepest)}, move ${them} ${shifted(deepest.column)}`,
            moves: moveTo(deepest.column),
            reference: deepest,
        };
    }
    const upper = [...above].reverse().find((level) => level.column > column);
    const target = upper.kind === 'dash' ? ([...above].reverse().find((level) => level.column > upper.column) ?? upper) : upper;
    const list = above.find((level) => level.kind === 'dash' && level.column === column);
    if (list) {
        const newItem = block.length > 1 ? `write \`- \` before line ${shown} and indent the lines below it to match` : `write \`- \` before it`;
        return {
            line,
            offset: contentStart,
            message: `YAML indentation: ${what} at the column of the \`-\` of the list item above (line ${list.line + 1}, column ${list.column + 1}), but ${block.length > 1 ? 'do not start with' : 'does not start with'} \`- \`: ` +
                `to start a new item, ${newItem}; to add ${them} to the item above, move ${them} ${shifted(target.column)}, beside ${indentation_name(target)}`,
            moves: moveTo(target.column),
            reference: target.kind === 'key' ? target : undefined,
        };
    }
    const lower = above.find((level) => level.column < column);
    if (!lower)
        return undefined;
    const where = `YAML indentation: ${what} indented less than ${indentation_name(upper)} above (line ${upper.line + 1}, column ${upper.column + 1}) and more than ${indentation_name(lower)} (line ${lower.line + 1}, column ${lower.column + 1}), ` +
        `so YAML cannot tell what ${them === 'it' ? 'it belongs' : 'they belong'} to: move ${them} `;
    const toUpper = `${shifted(target.column)} to put ${them} beside ${indentation_name(target)}`;
    if (lower.kind !== 'key')
        return { line, offset: contentStart, message: where + toUpper, moves: moveTo(target.column), reference: upper.kind === 'dash' ? undefined : upper };
    const toLower = `${shifted(lower.column)} to put ${them} beside ${indentation_name(lower)}`;
    return {
        line,
        offset: contentStart,
        message: `${where}${toUpper}, or ${toLower}`,
        moves: moveTo(target.column),
        reference: upper.kind === 'dash' ? undefined : upper,
        // Beside `lower` is the other reading, said the other way round.
        alternatives: [{ line, offset: contentStart, message: `${where}${toLower}, or ${toUpper}`, moves: moveTo(lower.column) }],
    };
}
/**
 * A wrongly indented line and those below it that moved with it: `keys`, the lines at its column
 * (the other keys of its map, as a person pasting a block writes them), and `under`, the lines
 * under those whose value is on the lines below. A line less indented ends them.
 */
function blockLines(lines, line, column) {
    const keys = [line];
    const under = [];
    let opens = lines.opensBlock(line);
    for (let next = lines.nextContent(line); next !== undefined; next = lines.nextContent(next)) {
        const at = lines.contentStart(next) - lines.start(next);
        if (lines.text.slice(lines.start(next), lines.contentStart(next)).includes('\t'))
            break;
        if (at === column) {
            // A list item at their column is another list's (or a list written at its key's column: left alone).
            if (lines.text[lines.contentStart(next)] === '-')
                break;
            opens = lines.opensBlock(next);
            keys.push(next);
        }
        else if (at > column && opens)
            under.push(next);
        else
            break;
    }
    return { keys, under };
}
/** `6\u20138`, or `6, 7 and 9` (lines are zero-based, shown one-based). */
function lineList(list) {
    const shown = list.map((line) => line + 1);
    if (shown.every((line, index) => index === 0 || line === shown[index - 1] + 1))
        return `${shown[0]}\u2013${shown.at(-1)}`;
    if (shown.length > 5)
        return `${shown.slice(0, 4).join(', ')} and ${shown.length - 4} more`;
    return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
/**
 * The line of `error` whose indentation is at fault: its own when it points at the indentation or
 * the first character of a line; the next line when it points at a value that yaml took to go on
 * over the next line (`type: http` + `     request: \u2026` read as one key, `http request`).
 */
function candidateLine(lines, error) {
    const at = error.pos[0];
    const line = lines.lineAt(at);
    // yaml may point at the blank line or comment before the line it could not place.
    if (!lines.hasContent(line) || lines.hidden(line))
        return lines.nextContent(line);
    if (at <= lines.contentStart(line))
        return line;
    if (error.code !== 'BLOCK_AS_IMPLICIT_KEY' && error.code !== 'MULTILINE_IMPLICIT_KEY')
        return undefined;
    return lines.nextContent(line);
}
/** A list item's lines: the `-` line and those below it that are indented more, as one block, when they are aligned with its own content. */
function itemLines(lines, line, dashColumn) {
    const own = lines.levelsOf(line);
    const content = own.find((level) => level.column > dashColumn && level.kind !== 'dash');
    const item = [line];
    // `- { a: 1 }` or `- text` is the whole item; `- key: value` may go on with keys below, `-` with lines indented more.
    if (content?.kind === 'value')
        return item;
    for (let next = lines.nextContent(line); next !== undefined; next = lines.nextContent(next)) {
        const column = lines.contentStart(next) - lines.start(next);
        if (column <= dashColumn || lines.text.slice(lines.start(next), lines.contentStart(next)).includes('\t'))
            break;
        // The first line below sets it: aligned with this item's content, the item moves as a block; else only the `-` is out of place.
        if (item.length === 1 && content !== undefined && column !== content.column)
            break;
        item.push(next);
    }
    return item;
}
function indentation_name(level) {
    if (level.kind === 'key')
        return `\`${level.key}:\``;
    if (level.kind === 'dash')
        return 'the `-` of its list item';
    return 'the list item';
}
function spaces(count) {
    return count === 1 ? '1 space' : `${count} spaces`;
}
/** The text's lines: where they start, their content and indentation levels. */
class Lines {
    text;
    starts = [0];
    /** Lines that are not block structure: inside a block scalar, a quoted scalar or a flow collection over several lines. */
    hiddenLines = new Set();
    constructor(text) {
        this.text = text;
        for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
            this.starts.push(at + 1);
        this.findHidden();
    }
    get count() {
        return this.starts.length;
    }
    start(line) {
        return this.starts[line];
    }
    end(line) {
        return line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
    }
    lineAt(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.starts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return low;
    }
    column(line, offset) {
        return offset - this.start(line);
    }
    /** Past the spaces and tabs that start the line. */
    indentEnd(line) {
        let at = this.start(line);
        while (this.text[at] === ' ' || this.text[at] === '\t')
            at++;
        return at;
    }
    contentStart(line) {
        return this.indentEnd(line);
    }
    hiddenBetween(from, to) {
        for (let line = from + 1; line < to; line++)
            if (this.hiddenLines.has(line))
                return true;
        return false;
    }
    hidden(line) {
        return this.hiddenLines.has(line);
    }
    /** A line with something on it other than spaces and a comment. */
    hasContent(line) {
        const char = this.text[this.contentStart(line)];
        return char !== undefined && char !== '\n' && char !== '\r' && char !== '#';
    }
    previousContent(line) {
        for (let at = line - 1; at >= 0; at--)
            if (this.hasContent(at) && !this.hidden(at))
                return at;
        return undefined;
    }
    nextContent(line) {
        for (let at = line + 1; at < this.count; at++)
            if (this.hasContent(at) && !this.hidden(at))
                return at;
        return undefined;
    }
    /** A line's levels, left to right: each `-` that starts it, then a key or a value. */
    levelsOf(line) {
        const levels = [];
        const start = this.start(line);
        const end = this.end(line);
        let at = this.contentStart(line);
        while (this.text[at] === '-' && (at + 1 >= end || /[ \t\r]/.test(this.text[at + 1]))) {
            levels.push({ column: at - start, kind: 'dash', line });
            at++;
            while (this.text[at] === ' ' || this.text[at] === '\t')
                at++;
        }
        const rest = this.text.slice(at, end);
        if (rest === '' || rest === '\r' || rest.startsWith('#'))
            return levels;
        const key = KEY.exec(rest);
        levels.push(key ? { column: at - start, kind: 'key', key: key[1], line } : { column: at - start, kind: 'value', line });
        return levels;
    }
    indentStep;
    /** How much more the text indents a line under `key:` or `-` than that key: the commonest (2 if none). */
    step() {
        if (this.indentStep === undefined) {
            const counts = new Map();
            for (let line = 0; line < this.count; line++) {
                if (!this.hasContent(line) || this.hidden(line) || !this.opensBlock(line))
                    continue;
                const next = this.nextContent(line);
                if (next === undefined || this.hiddenBetween(line, next))
                    continue;
                const step = this.contentStart(next) - this.start(next) - this.levelsOf(line).at(-1).column;
                if (step > 0)
                    counts.set(step, (counts.get(step) ?? 0) + 1);
            }
            this.indentStep = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 2;
        }
        return this.indentStep;
    }
    /** Whether a line's value is on the lines below: it ends with `key:` or `-`, or a block scalar's header. */
    opensBlock(line) {
        const levels = this.levelsOf(line);
        const last = levels.at(-1);
        if (!last)
            return false;
        const end = this.end(line);
        let at = this.start(line) + last.column;
        if (last.kind === 'dash')
            at++;
        else if (last.kind === 'key')
            at += KEY.exec(this.text.slice(at, end))[0].length;
        else
            return false;
        return OPENS_BLOCK.test(this.text.slice(at, end).trimStart());
    }
    /**
     * The levels that enclose `line`, deepest first: from the lines above, each level less indented
     * than all the ones found below it (as a person reads the nesting from the indentation).
     */
    levelsAbove(line) {
        const found = [];
        let bound = Infinity;
        for (let at = this.previousContent(line); at !== undefined && bound > 0; at = this.previousContent(at)) {
            const levels = this.levelsOf(at);
            for (let index = levels.length - 1; index >= 0; index--) {
                if (levels[index].column < bound) {
                    found.push(levels[index]);
                    bound = levels[index].column;
                }
            }
        }
        return found;
    }
    /** An offset of this text, `column` characters into `line` of a re-indented text, as the offset where it stands in this one. */
    offsetOf(line, column, reindented) {
        const moved = reindented.get(line);
        const within = !moved ? column : column >= moved.to ? column - moved.to + moved.from : Math.min(column, moved.from);
        return this.start(line) + within;
    }
    /**
     * Marks the lines that begin inside a quoted scalar or a flow collection, and a block scalar's
     * lines, roughly (enough to not take them for block structure): they are not traced.
     */
    findHidden() {
        const { text } = this;
        let quote;
        let depth = 0;
        let blockScalar;
        for (let line = 0; line < this.count; line++) {
            const start = this.start(line);
            const end = this.end(line);
            if (blockScalar !== undefined) {
                // Its text is indented as its first line that has any, and more than its key.
                const indent = this.indentEnd(line) - start;
                const blank = /^[ \t]*\r?$/.test(text.slice(start, end));
                if (blank || (indent > blockScalar.key && indent >= (blockScalar.text ?? indent))) {
                    if (!blank)
                        blockScalar.text ??= indent;
                    this.hiddenLines.add(line);
                    continue;
                }
                blockScalar = undefined;
            }
            if (quote !== undefined || depth > 0)
                this.hiddenLines.add(line);
            for (let at = start; at < end; at++) {
                const char = text[at];
                const previous = at === start ? ' ' : text[at - 1];
                if (quote === '"') {
                    if (char === '\\')
                        at++;
                    else if (char === '"')
                        quote = undefined;
                }
                else if (quote === "'") {
                    if (char === "'" && text[at + 1] === "'")
                        at++;
                    else if (char === "'")
                        quote = undefined;
                }
                else if (char === '#' && /[ \t]/.test(previous))
                    break;
                else if ((char === '"' || char === "'") && /[ \t[{,:-]/.test(previous))
                    quote = char;
                else if ((char === '[' || char === '{') && (depth > 0 || /[ \t:-]/.test(previous)))
                    depth++;
                else if ((char === ']' || char === '}') && depth > 0)
                    depth--;
            }
            if (quote === undefined && depth === 0 && !this.hiddenLines.has(line) && this.opensBlock(line)) {
                const last = this.levelsOf(line).at(-1);
                const header = text.slice(start + last.column, end);
                // `key: |` or `- >-`: the lines below that are indented more than the key (or the `-`) are its text.
                if (/(?:^-|:)[ \t]+[|>][-+0-9]*[ \t]*(?:#.*)?\r?$/.test(header))
                    blockScalar = { key: last.column };
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/manifest/parse-yaml.ts


/**
 * Parses the manifest's YAML into a document with every node's position: the careful reading,
 * for a manifest that parse-fast.ts found out of the ordinary, and for a problem's position.
 */
function parseManifestYaml(text, lineCounter) {
    return (0,libraries/* yaml */.oQ)().parseDocument(text, { lineCounter, prettyErrors: false });
}
/** Deeper than this, a manifest is not written by a person, and recursion over it could overflow the stack. */
const MAX_NESTING = 64;
/** How many aliases the document may expand in all; past it, it is an alias bomb ("billion laughs"). */
const MAX_ALIAS_EXPANSIONS = 100;
/**
 * What makes a parsed document unusable before it becomes a value: a syntax error, an alias
 * with no anchor before it or inside the node it names (a cycle), a key that is a map or a
 * list, nesting past MAX_NESTING. Each at its offset in `text`, the document's text. A line
 * indented wrongly is said at that line, with what to do (indentation.ts).
 */
function yamlProblems(document, text) {
    if (document.errors.length > 0) {
        const parse = (again) => (0,libraries/* yaml */.oQ)().parseDocument(again, { prettyErrors: false }).errors;
        const asYamlSays = () => document.errors.map((error) => ({ offset: error.pos[0], message: syntaxMessage(error) }));
        try {
            return syntaxProblems(text, document.errors, parse, syntaxMessage);
        }
        catch {
            // Tracing a line is a reading of the text by rules of thumb: whatever it trips on, the file
            // is still not YAML, and yaml's own errors say so.
            return asYamlSays();
        }
    }
    const { isCollection, visit } = (0,libraries/* yaml */.oQ)();
    const problems = [];
    try {
        visit(document, {
            Alias(_, alias, path) {
                const source = alias.resolve(document);
                const offset = alias.range?.[0] ?? 0;
                if (!source)
                    problems.push({ offset, message: `YAML: the alias *${alias.source} has no anchor &${alias.source} before it` });
                else if (path.includes(source))
                    problems.push({ offset, message: `YAML: the alias *${alias.source} is inside the node it refers to, which would make it endless` });
            },
            Pair(_, pair) {
                if (isCollection(pair.key))
                    problems.push({ offset: pair.key.range?.[0] ?? 0, message: 'YAML: a key must be text, not a map or a list' });
            },
            Node(_, node, path) {
                if (path.length > MAX_NESTING * 2 + 1) {
                    problems.push({ offset: node.range?.[0] ?? 0, message: `YAML: nested more than ${MAX_NESTING} levels deep` });
                    return visit.BREAK;
                }
                return undefined;
            },
        });
    }
    catch (error) {
        if (!(error instanceof RangeError))
            throw error;
        problems.push({ offset: 0, message: `YAML: nested too deeply to read (more than ${MAX_NESTING} levels)` });
    }
    return problems;
}
/** The document as plain data; an alias bomb is a problem rather than a hang. */
function documentValue(document) {
    try {
        return { value: document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS }) };
    }
    catch (error) {
        if (!(error instanceof ReferenceError) && !(error instanceof RangeError))
            throw error;
        const { visit } = (0,libraries/* yaml */.oQ)();
        let offset = 0;
        visit(document, { Alias: (_, alias) => ((offset = alias.range?.[0] ?? 0), visit.BREAK) });
        return { problem: { offset, message: `YAML: aliases expand to more than ${MAX_ALIAS_EXPANSIONS} copies; write the values out or use fewer aliases` } };
    }
}
function syntaxMessage({ code, message }) {
    if (code === 'RESOURCE_EXHAUSTION')
        return `YAML: nested too deeply to read (more than ${MAX_NESTING} levels)`;
    if (code === 'DUPLICATE_KEY')
        return 'YAML syntax: Map keys must be unique (this key appears twice in the same map: keep one)';
    return `YAML syntax: ${message.split('\n')[0]}`;
}


/***/ }),

/***/ 2285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ Positions),
/* harmony export */   j: () => (/* binding */ formatPath)
/* harmony export */ });
/* harmony import */ var _libraries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8880);
/* harmony import */ var _line_counter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4790);
/* harmony import */ var _parse_yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3969);



/**
 * Finds where a value of the document stands; a path that does not exist falls back to its nearest
 * parent. A manifest read by parse-fast.ts knows where its maps and lists start, which is all a
 * valid manifest asks; anything else (a problem's scalar, a key) reads the text again with yaml,
 * once, on first need.
 */
class Positions {
    text;
    file;
    fast;
    document;
    lines;
    constructor(text, file, fast, document) {
        this.text = text;
        this.file = file;
        this.fast = fast;
        this.document = document;
    }
    /** The location of the value at `path`, or of its key when `key` is set (for unknown properties). */
    locate(path, key) {
        const start = key === undefined && this.fast ? this.fastStart(path) : undefined;
        if (start !== undefined)
            return this.at(start);
        const { isMap, isNode } = (0,_libraries_js__WEBPACK_IMPORTED_MODULE_0__/* .yaml */ .oQ)();
        for (let depth = path.length; depth >= 0; depth--) {
            const node = this.nodeAt(path.slice(0, depth));
            if (!node)
                continue;
            if (key !== undefined && depth === path.length && isMap(node)) {
                const pair = node.items.find((item) => isNode(item.key) && item.key.value === key);
                if (pair && isNode(pair.key))
                    return this.at(pair.key.range?.[0] ?? 0);
            }
            return this.at(node.range?.[0] ?? 0);
        }
        return { file: this.file, line: 1, column: 1 };
    }
    /**
     * The location of `node`, the map or list that stands at `path` in the document as read: the
     * same as locate(path), without walking the path when the reading knows where `node` starts.
     */
    locateNode(node, path) {
        const start = typeof node === 'object' && node !== null ? this.fast?.starts.get(node) : undefined;
        return start !== undefined ? this.at(start) : this.locate(path);
    }
    /** Whether the document has a value at `path`. */
    has(path) {
        if (this.fast)
            return valueAt(this.fast.value, path).found;
        return this.nodeAt(path) !== undefined;
    }
    at(offset) {
        const lines = this.lineCounter();
        const line = lines.lineAt(offset);
        return { file: this.file, line, column: lines.columnAt(offset, line) };
    }
    fastStart(path) {
        const { found, value } = valueAt(this.fast.value, path);
        return found && typeof value === 'object' && value !== null ? this.fast.starts.get(value) : undefined;
    }
    /** Line starts as yaml's lexer records them: after each line feed. */
    lineCounter() {
        if (!this.lines) {
            const lines = new _line_counter_js__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .H();
            if (this.fast?.lineStarts) {
                lines.lineStarts = this.fast.lineStarts;
            }
            else {
                lines.addNewLine(0);
                for (let at = this.text.indexOf('\n'); at !== -1; at = this.text.indexOf('\n', at + 1))
                    lines.addNewLine(at + 1);
            }
            this.lines = lines;
        }
        return this.lines;
    }
    nodeAt(path) {
        this.document ??= (0,_parse_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifestYaml */ .EK)(this.text, new _line_counter_js__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .H());
        if (path.length === 0)
            return this.document.contents ?? undefined;
        const node = this.document.getIn(path, true);
        const { isMap, isNode, isSeq } = (0,_libraries_js__WEBPACK_IMPORTED_MODULE_0__/* .yaml */ .oQ)();
        return isNode(node) || isMap(node) || isSeq(node) ? node : undefined;
    }
}
function valueAt(root, path) {
    let value = root;
    for (const part of path) {
        if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part))
            return { found: false };
        value = value[part];
    }
    return { found: true, value };
}
/** `checks[2].request.url` for people. */
function formatPath(path) {
    return path.reduce((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}


/***/ }),

/***/ 5918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ validateManifest)
});

// UNUSED EXPORTS: meetsSchema

// NAMESPACE OBJECT: ./src/manifest/schema-checker.generated.js
var schema_checker_generated_namespaceObject = {};
__webpack_require__.r(schema_checker_generated_namespaceObject);
__webpack_require__.d(schema_checker_generated_namespaceObject, {
  check_dns: () => (check_dns),
  check_grpc: () => (check_grpc),
  check_http: () => (check_http),
  check_icmp: () => (check_icmp),
  check_multistep: () => (check_multistep),
  check_ssl: () => (check_ssl),
  check_tcp: () => (check_tcp),
  check_udp: () => (check_udp),
  check_websocket: () => (check_websocket),
  manifest: () => (manifest)
});

// EXTERNAL MODULE: ./src/manifest/positions.ts
var positions = __webpack_require__(2285);
;// CONCATENATED MODULE: ./src/manifest/schema-checker.generated.js
// Generated by scripts/schema-validator.mjs from schema/probegate.schema.json, a check of each type apart. Do not edit.
const manifest = validate21;const schema7 = {"type":"object","additionalProperties":false,"properties":{"timeout":{"$ref":"#/definitions/duration"},"overall_timeout":{"$ref":"#/definitions/duration"},"retry":{"$ref":"#/definitions/retry"},"http_version":{"$ref":"#/definitions/httpVersion"},"follow_redirects":{"type":"boolean"},"headers":{"$ref":"#/definitions/headers"},"tls":{"$ref":"#/definitions/tls"},"fail_on":{"$ref":"#/definitions/selectors"},"warn_on":{"$ref":"#/definitions/selectors"},"ip_family":{"$ref":"#/definitions/ipFamily"}}};const func2 = Object.prototype.hasOwnProperty;const pattern0 = new RegExp("^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$", "u");function validate23(data){let errors = 0;const _errs0 = errors;let valid0 = false;const _errs1 = errors;if(errors === _errs1){if(typeof data === "string"){if(!pattern0.test(data)){errors++;}}else {errors++;}}var _valid0 = _errs1 === errors;valid0 = valid0 || _valid0;if(!valid0){const _errs3 = errors;if(errors === _errs3){if(typeof data == "number"){if(data < 0 || isNaN(data)){errors++;}}else {errors++;}}var _valid0 = _errs3 === errors;valid0 = valid0 || _valid0;}if(!valid0){errors++;return false;}else {errors = _errs0;}return errors === 0;}function validate26(data){let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!((key0 === "count") || (key0 === "interval"))){return false;break;}}if(_errs1 === errors){if(data.count !== undefined){let data0 = data.count;const _errs2 = errors;if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){return false;}if(errors === _errs2){if(typeof data0 == "number"){if(data0 > 10 || isNaN(data0)){return false;}else {if(data0 < 0 || isNaN(data0)){return false;}}}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.interval !== undefined){const _errs4 = errors;if(!(validate23(data.interval))){errors++;}var valid0 = _errs4 === errors;}else {var valid0 = true;}}}}else {return false;}}return errors === 0;}function validate29(data){let errors = 0;if(!(((data === "http1") || (data === "http2")) || (data === "any"))){return false;}return errors === 0;}function validate31(data){let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){let data0 = data[key0];const _errs2 = errors;if(((typeof data0 !== "string") && (!(typeof data0 == "number"))) && (typeof data0 !== "boolean")){return false;}var valid0 = _errs2 === errors;if(!valid0){break;}}}else {return false;}}return errors === 0;}function validate34(data){let errors = 0;if(typeof data !== "string"){return false;}return errors === 0;}function validate33(data){let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!((((((key0 === "ca") || (key0 === "cert")) || (key0 === "key")) || (key0 === "crl")) || (key0 === "servername")) || (key0 === "insecure"))){return false;break;}}if(_errs1 === errors){if(data.ca !== undefined){const _errs2 = errors;if(!(validate34(data.ca))){errors++;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.cert !== undefined){const _errs3 = errors;if(!(validate34(data.cert))){errors++;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.key !== undefined){const _errs4 = errors;if(!(validate34(data.key))){errors++;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.crl !== undefined){const _errs5 = errors;if(!(validate34(data.crl))){errors++;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.servername !== undefined){const _errs6 = errors;if(typeof data.servername !== "string"){return false;}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.insecure !== undefined){const _errs8 = errors;if(typeof data.insecure !== "boolean"){return false;}var valid0 = _errs8 === errors;}else {var valid0 = true;}}}}}}}}else {return false;}}return errors === 0;}const pattern1 = new RegExp("^(all|(AUTHENTICATION_ERROR|CONNREFUSED|CONNRESET|DNS|HOSTUNREACH|NETUNREACH|HTTP2|INVALID_REQUEST|SSL|TIMEOUT|MALFORMED_RESPONSE|TOO_MANY_REDIRECTS|BODY_TOO_LARGE|WEBSOCKET|GRPC|INCORRECT_ASSERTION|REGRESSION|UNKNOWN)(:[A-Z0-9_]+)?)$", "u");function validate40(data){let errors = 0;if(errors === 0){if(Array.isArray(data)){var valid0 = true;const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];const _errs1 = errors;if(errors === _errs1){if(typeof data0 === "string"){if(!pattern1.test(data0)){return false;}}else {return false;}}var valid0 = _errs1 === errors;if(!valid0){break;}}}else {return false;}}return errors === 0;}function validate43(data){let errors = 0;if(!(((data === 4) || (data === 6)) || (data === "any"))){return false;}return errors === 0;}function validate22(data){let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!(func2.call(schema7.properties, key0))){return false;break;}}if(_errs1 === errors){if(data.timeout !== undefined){const _errs2 = errors;if(!(validate23(data.timeout))){errors++;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.overall_timeout !== undefined){const _errs3 = errors;if(!(validate23(data.overall_timeout))){errors++;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.retry !== undefined){const _errs4 = errors;if(!(validate26(data.retry))){errors++;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.http_version !== undefined){const _errs5 = errors;if(!(validate29(data.http_version))){errors++;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.follow_redirects !== undefined){const _errs6 = errors;if(typeof data.follow_redirects !== "boolean"){return false;}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.headers !== undefined){const _errs8 = errors;if(!(validate31(data.headers))){errors++;}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.tls !== undefined){const _errs9 = errors;if(!(validate33(data.tls))){errors++;}var valid0 = _errs9 === errors;}else {var valid0 = true;}if(valid0){if(data.fail_on !== undefined){const _errs10 = errors;if(!(validate40(data.fail_on))){errors++;}var valid0 = _errs10 === errors;}else {var valid0 = true;}if(valid0){if(data.warn_on !== undefined){const _errs11 = errors;if(!(validate40(data.warn_on))){errors++;}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.ip_family !== undefined){const _errs12 = errors;if(!(validate43(data.ip_family))){errors++;}var valid0 = _errs12 === errors;}else {var valid0 = true;}}}}}}}}}}}}else {return false;}}return errors === 0;}function validate49(data){let errors = 0;if(!(((((((((((((data === "is") || (data === "isNot")) || (data === "contains")) || (data === "doesNotContain")) || (data === "matches")) || (data === "doesNotMatch")) || (data === "lessThan")) || (data === "lessThanOrEqual")) || (data === "moreThan")) || (data === "moreThanOrEqual")) || (data === "doesNotExist")) || (data === "isInMoreThan")) || (data === "isInLessThan"))){return false;}return errors === 0;}function validate48(data){let errors = 0;const _errs1 = errors;let valid0 = true;const _errs2 = errors;if(errors === _errs2){if(data && typeof data == "object" && !Array.isArray(data)){if(data.operator !== undefined){const _errs5 = errors;const _errs6 = errors;if("doesNotExist" !== data.operator){errors++;}var valid2 = _errs6 === errors;if(valid2){errors++;}else {errors = _errs5;}}}else {errors++;}}var _valid0 = _errs2 === errors;errors = _errs1;if(_valid0){const _errs7 = errors;if(errors === _errs7){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.target === undefined) && (missing0 = "target")){return false;}}else {return false;}}var _valid0 = _errs7 === errors;valid0 = _valid0;}if(!valid0){errors++;return false;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if(((data.type === undefined) && (missing1 = "type")) || ((data.operator === undefined) && (missing1 = "operator"))){return false;}else {const _errs9 = errors;for(const key0 in data){if(!((((((key0 === "type") || (key0 === "operator")) || (key0 === "target")) || (key0 === "property")) || (key0 === "path")) || (key0 === "elements"))){return false;break;}}if(_errs9 === errors){if(data.type !== undefined){const _errs10 = errors;if(typeof data.type !== "string"){return false;}var valid3 = _errs10 === errors;}else {var valid3 = true;}if(valid3){if(data.operator !== undefined){const _errs12 = errors;if(!(validate49(data.operator))){errors++;}var valid3 = _errs12 === errors;}else {var valid3 = true;}if(valid3){if(data.property !== undefined){const _errs13 = errors;if(typeof data.property !== "string"){return false;}var valid3 = _errs13 === errors;}else {var valid3 = true;}if(valid3){if(data.path !== undefined){const _errs15 = errors;if(typeof data.path !== "string"){return false;}var valid3 = _errs15 === errors;}else {var valid3 = true;}if(valid3){if(data.elements !== undefined){let data5 = data.elements;const _errs17 = errors;if(!((data5 === "every") || (data5 === "some"))){return false;}var valid3 = _errs17 === errors;}else {var valid3 = true;}}}}}}}}else {return false;}}return errors === 0;}function validate53(data){let errors = 0;if(!(data && typeof data == "object" && !Array.isArray(data))){return false;}const _errs1 = errors;const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(errors === _errs3){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.type === undefined) && (missing0 = "type")){errors++;}else {if(data.type !== undefined){let data0 = data.type;if(!(((((((data0 === "header") || (data0 === "bodyHash")) || (data0 === "property")) || (data0 === "recordSome")) || (data0 === "recordEvery")) || (data0 === "latency")) || (data0 === "grpcMetadata"))){errors++;}}}}else {errors++;}}var _valid0 = _errs3 === errors;errors = _errs2;if(_valid0){const _errs6 = errors;if(errors === _errs6){if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.property === undefined) && (missing1 = "property")){return false;}else {if(data.property !== undefined){if(typeof data.property !== "string"){return false;}}}}else {return false;}}var _valid0 = _errs6 === errors;valid1 = _valid0;}if(!valid1){errors++;return false;}var valid0 = _errs1 === errors;if(valid0){const _errs10 = errors;const _errs11 = errors;let valid4 = true;const _errs12 = errors;if(errors === _errs12){if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((data.type === undefined) && (missing2 = "type")){errors++;}else {if(data.type !== undefined){if("jsonpath" !== data.type){errors++;}}}}else {errors++;}}var _valid1 = _errs12 === errors;errors = _errs11;if(_valid1){const _errs15 = errors;if(errors === _errs15){if(data && typeof data == "object" && !Array.isArray(data)){let missing3;if((data.path === undefined) && (missing3 = "path")){return false;}else {if(data.path !== undefined){if(typeof data.path !== "string"){return false;}}}}else {return false;}}var _valid1 = _errs15 === errors;valid4 = _valid1;}if(!valid4){errors++;return false;}var valid0 = _errs10 === errors;}return errors === 0;}function validate52(data){let errors = 0;if(!(validate53(data))){errors++;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){let data0 = data.type;if(!((((((((data0 === "statusCode") || (data0 === "responseTime")) || (data0 === "header")) || (data0 === "body")) || (data0 === "jsonpath")) || (data0 === "bodyHash")) || (data0 === "jsonSchema")) || (data0 === "tlsVersion"))){return false;}}}else {return false;}}return errors === 0;}const pattern2 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");const pattern3 = new RegExp("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", "u");const func3 = (function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
});function validate21(data){/*# sourceURL="https://probegate.dev/schema/probegate.schema.json" */;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((data.version === undefined) && (missing0 = "version")) || ((data.checks === undefined) && (missing0 = "checks"))){return false;}else {const _errs1 = errors;for(const key0 in data){if(!((((((((key0 === "$schema") || (key0 === "version")) || (key0 === "defaults")) || (key0 === "variables")) || (key0 === "ready")) || (key0 === "gate")) || (key0 === "baseline")) || (key0 === "checks"))){return false;break;}}if(_errs1 === errors){if(data.$schema !== undefined){const _errs2 = errors;if(typeof data.$schema !== "string"){return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.version !== undefined){const _errs4 = errors;if(1 !== data.version){return false;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.defaults !== undefined){const _errs5 = errors;if(!(validate22(data.defaults))){errors++;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.variables !== undefined){let data3 = data.variables;const _errs6 = errors;if(errors === _errs6){if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){const _errs8 = errors;if(typeof key1 === "string"){if(!pattern2.test(key1)){errors++;}}var valid1 = _errs8 === errors;if(!valid1){errors++;return false;break;}}if(valid1){for(const key2 in data3){let data4 = data3[key2];const _errs10 = errors;if(((typeof data4 !== "string") && (!(typeof data4 == "number"))) && (typeof data4 !== "boolean")){return false;}var valid2 = _errs10 === errors;if(!valid2){break;}}}}else {return false;}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.ready !== undefined){let data5 = data.ready;const _errs12 = errors;if(errors === _errs12){if(data5 && typeof data5 == "object" && !Array.isArray(data5)){let missing1;if((data5.url === undefined) && (missing1 = "url")){return false;}else {const _errs14 = errors;for(const key3 in data5){if(!(((((key3 === "url") || (key3 === "timeout")) || (key3 === "interval")) || (key3 === "status")) || (key3 === "assertions"))){return false;break;}}if(_errs14 === errors){if(data5.url !== undefined){const _errs15 = errors;if(typeof data5.url !== "string"){return false;}var valid3 = _errs15 === errors;}else {var valid3 = true;}if(valid3){if(data5.timeout !== undefined){const _errs17 = errors;if(!(validate23(data5.timeout))){errors++;}var valid3 = _errs17 === errors;}else {var valid3 = true;}if(valid3){if(data5.interval !== undefined){const _errs18 = errors;if(!(validate23(data5.interval))){errors++;}var valid3 = _errs18 === errors;}else {var valid3 = true;}if(valid3){if(data5.status !== undefined){let data9 = data5.status;const _errs19 = errors;if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){return false;}if(errors === _errs19){if(typeof data9 == "number"){if(data9 > 599 || isNaN(data9)){return false;}else {if(data9 < 100 || isNaN(data9)){return false;}}}}var valid3 = _errs19 === errors;}else {var valid3 = true;}if(valid3){if(data5.assertions !== undefined){let data10 = data5.assertions;const _errs21 = errors;if(errors === _errs21){if(Array.isArray(data10)){var valid4 = true;const len0 = data10.length;for(let i0=0; i0<len0; i0++){let data11 = data10[i0];const _errs23 = errors;const _errs24 = errors;if(!(validate48(data11))){errors++;}var valid5 = _errs24 === errors;if(valid5){const _errs25 = errors;if(!(validate52(data11))){errors++;}var valid5 = _errs25 === errors;}var valid4 = _errs23 === errors;if(!valid4){break;}}}else {return false;}}var valid3 = _errs21 === errors;}else {var valid3 = true;}}}}}}}}else {return false;}}var valid0 = _errs12 === errors;}else {var valid0 = true;}if(valid0){if(data.gate !== undefined){let data12 = data.gate;const _errs26 = errors;if(errors === _errs26){if(data12 && typeof data12 == "object" && !Array.isArray(data12)){const _errs28 = errors;for(const key4 in data12){if(!((key4 === "fail_on") || (key4 === "warn_on"))){return false;break;}}if(_errs28 === errors){if(data12.fail_on !== undefined){const _errs29 = errors;if(!(validate40(data12.fail_on))){errors++;}var valid6 = _errs29 === errors;}else {var valid6 = true;}if(valid6){if(data12.warn_on !== undefined){const _errs30 = errors;if(!(validate40(data12.warn_on))){errors++;}var valid6 = _errs30 === errors;}else {var valid6 = true;}}}}else {return false;}}var valid0 = _errs26 === errors;}else {var valid0 = true;}if(valid0){if(data.baseline !== undefined){let data15 = data.baseline;const _errs31 = errors;if(errors === _errs31){if(data15 && typeof data15 == "object" && !Array.isArray(data15)){const _errs33 = errors;for(const key5 in data15){if(!(((((key5 === "base_url") || (key5 === "samples")) || (key5 === "latency")) || (key5 === "headers")) || (key5 === "ignore"))){return false;break;}}if(_errs33 === errors){if(data15.base_url !== undefined){let data16 = data15.base_url;const _errs34 = errors;if(errors === _errs34){if(typeof data16 === "string"){if(func3(data16) < 1){return false;}}else {return false;}}var valid7 = _errs34 === errors;}else {var valid7 = true;}if(valid7){if(data15.samples !== undefined){let data17 = data15.samples;const _errs36 = errors;if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){return false;}if(errors === _errs36){if(typeof data17 == "number"){if(data17 > 100 || isNaN(data17)){return false;}else {if(data17 < 5 || isNaN(data17)){return false;}}}}var valid7 = _errs36 === errors;}else {var valid7 = true;}if(valid7){if(data15.latency !== undefined){let data18 = data15.latency;const _errs38 = errors;if(errors === _errs38){if(data18 && typeof data18 == "object" && !Array.isArray(data18)){const _errs40 = errors;for(const key6 in data18){if(!((key6 === "ratio") || (key6 === "min_delta"))){return false;break;}}if(_errs40 === errors){if(data18.ratio !== undefined){let data19 = data18.ratio;const _errs41 = errors;if(errors === _errs41){if(typeof data19 == "number"){if(data19 > 100 || isNaN(data19)){return false;}else {if(data19 < 1 || isNaN(data19)){return false;}}}else {return false;}}var valid8 = _errs41 === errors;}else {var valid8 = true;}if(valid8){if(data18.min_delta !== undefined){const _errs43 = errors;if(!(validate23(data18.min_delta))){errors++;}var valid8 = _errs43 === errors;}else {var valid8 = true;}}}}else {return false;}}var valid7 = _errs38 === errors;}else {var valid7 = true;}if(valid7){if(data15.headers !== undefined){let data21 = data15.headers;const _errs44 = errors;if(errors === _errs44){if(Array.isArray(data21)){var valid9 = true;const len1 = data21.length;for(let i1=0; i1<len1; i1++){let data22 = data21[i1];const _errs46 = errors;if(errors === _errs46){if(typeof data22 === "string"){if(!pattern3.test(data22)){return false;}}else {return false;}}var valid9 = _errs46 === errors;if(!valid9){break;}}}else {return false;}}var valid7 = _errs44 === errors;}else {var valid7 = true;}if(valid7){if(data15.ignore !== undefined){let data23 = data15.ignore;const _errs48 = errors;if(errors === _errs48){if(Array.isArray(data23)){var valid10 = true;const len2 = data23.length;for(let i2=0; i2<len2; i2++){let data24 = data23[i2];const _errs50 = errors;if(errors === _errs50){if(typeof data24 === "string"){if(func3(data24) < 1){return false;}}else {return false;}}var valid10 = _errs50 === errors;if(!valid10){break;}}}else {return false;}}var valid7 = _errs48 === errors;}else {var valid7 = true;}}}}}}}else {return false;}}var valid0 = _errs31 === errors;}else {var valid0 = true;}if(valid0){if(data.checks !== undefined){let data25 = data.checks;const _errs52 = errors;if(errors === _errs52){if(Array.isArray(data25)){if(data25.length < 1){return false;}}else {return false;}}var valid0 = _errs52 === errors;}else {var valid0 = true;}}}}}}}}}}}else {return false;}}return errors === 0;}const check_http = validate59;const schema21 = {"type":"object","required":["name","type"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"type":{"enum":["http","ssl","dns","tcp","udp","icmp","grpc","websocket","multistep"]},"steps":{"type":"array","minItems":1,"maxItems":20,"items":{"$ref":"#/definitions/step"}},"cookies":{"type":"boolean"},"request":{"type":"object"},"assertions":{"type":"array","items":{"$ref":"#/definitions/assertion"}},"timeout":{"$ref":"#/definitions/duration"},"overall_timeout":{"$ref":"#/definitions/duration"},"retry":{"$ref":"#/definitions/retry"},"http_version":{"$ref":"#/definitions/httpVersion"},"compare":{"type":"boolean"},"follow_redirects":{"type":"boolean"},"fail_on":{"$ref":"#/definitions/selectors"},"warn_on":{"$ref":"#/definitions/selectors"},"skip":{"type":"boolean"},"tags":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"uniqueItems":true},"ip_family":{"$ref":"#/definitions/ipFamily"}}};const pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");const schema22 = {"type":"object","required":["name","type"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"type":{"enum":["http","ssl","dns","tcp","udp","icmp","grpc","websocket","wait"]},"request":{"type":"object"},"assertions":{"type":"array","items":{"$ref":"#/definitions/assertion"}},"timeout":{"$ref":"#/definitions/duration"},"overall_timeout":{"$ref":"#/definitions/duration"},"retry":{"$ref":"#/definitions/retry"},"http_version":{"$ref":"#/definitions/httpVersion"},"follow_redirects":{"type":"boolean"},"extract":{"type":"array","maxItems":10,"items":{"$ref":"#/definitions/extraction"}},"allow_failure":{"type":"boolean"},"duration":{"$ref":"#/definitions/duration"}},"allOf":[{"if":{"properties":{"type":{"const":"http"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/httpRequest"},"assertions":{"items":{"$ref":"#/definitions/httpAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"ssl"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/sslRequest"},"assertions":{"items":{"$ref":"#/definitions/sslAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"dns"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/dnsRequest"},"assertions":{"items":{"$ref":"#/definitions/dnsAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"tcp"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/tcpRequest"},"assertions":{"items":{"$ref":"#/definitions/tcpAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"udp"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/udpRequest"},"assertions":{"items":{"$ref":"#/definitions/udpAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"icmp"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/icmpRequest"},"assertions":{"items":{"$ref":"#/definitions/icmpAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"grpc"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/grpcRequest"},"assertions":{"items":{"$ref":"#/definitions/grpcAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"websocket"}},"type":"object"},"then":{"properties":{"request":{"$ref":"#/definitions/websocketRequest"},"assertions":{"items":{"$ref":"#/definitions/websocketAssertion"},"type":"array"}},"type":"object"}},{"if":{"properties":{"type":{"const":"wait"}},"type":"object"},"then":{"required":["duration"],"properties":{"duration":{"$ref":"#/definitions/duration"},"request":{"not":{}},"extract":{"not":{}}},"type":"object"}},{"if":{"properties":{"type":{"not":{"const":"wait"}}},"type":"object"},"then":{"required":["request"],"properties":{"request":{"type":"object"},"duration":{"not":{}}},"type":"object"}}]};const schema23 = {"type":"object","additionalProperties":false,"required":["url"],"properties":{"method":{"enum":["GET","HEAD","POST","PUT","PATCH","DELETE","OPTIONS","get","head","post","put","patch","delete","options"]},"url":{"type":"string"},"headers":{"$ref":"#/definitions/headers"},"query":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}},"body":{"type":["string","object","array"]},"http_version":{"$ref":"#/definitions/httpVersion"},"follow_redirects":{"type":"boolean"},"auth":{"$ref":"#/definitions/auth"},"proxy":{"type":"string","minLength":1},"tls":{"$ref":"#/definitions/tls"}}};function validate65(data){let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!((key0 === "basic") || (key0 === "bearer"))){return false;break;}}if(_errs1 === errors){if(data.basic !== undefined){let data0 = data.basic;const _errs2 = errors;if(errors === _errs2){if(data0 && typeof data0 == "object" && !Array.isArray(data0)){let missing0;if(((data0.username === undefined) && (missing0 = "username")) || ((data0.password === undefined) && (missing0 = "password"))){return false;}else {const _errs4 = errors;for(const key1 in data0){if(!((key1 === "username") || (key1 === "password"))){return false;break;}}if(_errs4 === errors){if(data0.username !== undefined){const _errs5 = errors;if(typeof data0.username !== "string"){return false;}var valid1 = _errs5 === errors;}else {var valid1 = true;}if(valid1){if(data0.password !== undefined){const _errs7 = errors;if(typeof data0.password !== "string"){return false;}var valid1 = _errs7 === errors;}else {var valid1 = true;}}}}}else {return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.bearer !== undefined){const _errs9 = errors;if(typeof data.bearer !== "string"){return false;}var valid0 = _errs9 === errors;}else {var valid0 = true;}}}}else {return false;}}return errors === 0;}function validate62(data){let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.url === undefined) && (missing0 = "url")){return false;}else {const _errs1 = errors;for(const key0 in data){if(!(func2.call(schema23.properties, key0))){return false;break;}}if(_errs1 === errors){if(data.method !== undefined){let data0 = data.method;const _errs2 = errors;if(!((((((((((((((data0 === "GET") || (data0 === "HEAD")) || (data0 === "POST")) || (data0 === "PUT")) || (data0 === "PATCH")) || (data0 === "DELETE")) || (data0 === "OPTIONS")) || (data0 === "get")) || (data0 === "head")) || (data0 === "post")) || (data0 === "put")) || (data0 === "patch")) || (data0 === "delete")) || (data0 === "options"))){return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.url !== undefined){const _errs3 = errors;if(typeof data.url !== "string"){return false;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.headers !== undefined){const _errs5 = errors;if(!(validate31(data.headers))){errors++;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.query !== undefined){let data3 = data.query;const _errs6 = errors;if(errors === _errs6){if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){let data4 = data3[key1];const _errs9 = errors;if(((typeof data4 !== "string") && (!(typeof data4 == "number"))) && (typeof data4 !== "boolean")){return false;}var valid1 = _errs9 === errors;if(!valid1){break;}}}else {return false;}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.body !== undefined){let data5 = data.body;const _errs11 = errors;if((!data5 || typeof data5 != "object") && (typeof data5 !== "string")){return false;}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.http_version !== undefined){const _errs13 = errors;if(!(validate29(data.http_version))){errors++;}var valid0 = _errs13 === errors;}else {var valid0 = true;}if(valid0){if(data.follow_redirects !== undefined){const _errs14 = errors;if(typeof data.follow_redirects !== "boolean"){return false;}var valid0 = _errs14 === errors;}else {var valid0 = true;}if(valid0){if(data.auth !== undefined){const _errs16 = errors;if(!(validate65(data.auth))){errors++;}var valid0 = _errs16 === errors;}else {var valid0 = true;}if(valid0){if(data.proxy !== undefined){let data9 = data.proxy;const _errs17 = errors;if(errors === _errs17){if(typeof data9 === "string"){if(func3(data9) < 1){return false;}}else {return false;}}var valid0 = _errs17 === errors;}else {var valid0 = true;}if(valid0){if(data.tls !== undefined){const _errs19 = errors;if(!(validate33(data.tls))){errors++;}var valid0 = _errs19 === errors;}else {var valid0 = true;}}}}}}}}}}}}}else {return false;}}return errors === 0;}function validate72(data){let errors = 0;if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){return false;}if(errors === 0){if(typeof data == "number"){if(data > 65535 || isNaN(data)){return false;}else {if(data < 1 || isNaN(data)){return false;}}}}return errors === 0;}function validate71(data){let errors = 0;const _errs0 = errors;let valid0 = false;const _errs1 = errors;if(!(validate72(data))){errors++;}var _valid0 = _errs1 === errors;valid0 = valid0 || _valid0;if(!valid0){const _errs2 = errors;if(typeof data !== "string"){errors++;}var _valid0 = _errs2 === errors;valid0 = valid0 || _valid0;}if(!valid0){errors++;return false;}else {errors = _errs0;}return errors === 0;}function validate70(data){let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.host === undefined) && (missing0 = "host")){return false;}else {const _errs1 = errors;for(const key0 in data){if(!((((((((key0 === "host") || (key0 === "port")) || (key0 === "servername")) || (key0 === "ca")) || (key0 === "cert")) || (key0 === "key")) || (key0 === "crl")) || (key0 === "insecure"))){return false;break;}}if(_errs1 === errors){if(data.host !== undefined){const _errs2 = errors;if(typeof data.host !== "string"){return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.port !== undefined){const _errs4 = errors;if(!(validate71(data.port))){errors++;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.servername !== undefined){const _errs5 = errors;if(typeof data.servername !== "string"){return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.ca !== undefined){const _errs7 = errors;if(!(validate34(data.ca))){errors++;}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.cert !== undefined){const _errs8 = errors;if(!(validate34(data.cert))){errors++;}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.key !== undefined){const _errs9 = errors;if(!(validate34(data.key))){errors++;}var valid0 = _errs9 === errors;}else {var valid0 = true;}if(valid0){if(data.crl !== undefined){const _errs10 = errors;if(!(validate34(data.crl))){errors++;}var valid0 = _errs10 === errors;}else {var valid0 = true;}if(valid0){if(data.insecure !== undefined){const _errs11 = errors;if(typeof data.insecure !== "boolean"){return false;}var valid0 = _errs11 === errors;}else {var valid0 = true;}}}}}}}}}}}else {return false;}}return errors === 0;}function validate80(data){let errors = 0;if(!(validate53(data))){errors++;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){let data0 = data.type;if(!(((((data0 === "certificate") || (data0 === "property")) || (data0 === "tlsVersion")) || (data0 === "minTlsVersion")) || (data0 === "responseTime"))){return false;}}}else {return false;}}return errors === 0;}function validate83(data){let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.host === undefined) && (missing0 = "host")){return false;}else {const _errs1 = errors;for(const key0 in data){if(!((((key0 === "host") || (key0 === "record_type")) || (key0 === "server")) || (key0 === "port"))){return false;break;}}if(_errs1 === errors){if(data.host !== undefined){const _errs2 = errors;if(typeof data.host !== "string"){return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.record_type !== undefined){let data1 = data.record_type;const _errs4 = errors;if(!((((((((((data1 === "A") || (data1 === "AAAA")) || (data1 === "CNAME")) || (data1 === "MX")) || (data1 === "NS")) || (data1 === "TXT")) || (data1 === "SRV")) || (data1 === "CAA")) || (data1 === "SOA")) || (data1 === "PTR"))){return false;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.server !== undefined){const _errs5 = errors;if(typeof data.server !== "string"){return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.port !== undefined){const _errs7 = errors;if(!(validate71(data.port))){errors++;}var valid0 = _errs7 === errors;}else {var valid0 = true;}}}}}}}else {return false;}}return errors === 0;}function validate86(data){let errors = 0;if(!(validate53(data))){errors++;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){let data0 = data.type;if(!(((data0 === "recordSome") || (data0 === "recordEvery")) || (data0 === "responseTime"))){return false;}}}else {return false;}}return errors === 0;}function validate89(data){let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((data.host === undefined) && (missing0 = "host")) || ((data.port === undefined) && (missing0 = "port"))){return false;}else {const _errs1 = errors;for(const key0 in data){if(!((key0 === "host") || (key0 === "port"))){return false;break;}}if(_errs1 === errors){if(data.host !== undefined){const _errs2 = errors;if(typeof data.host !== "string"){return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.port !== undefined){const _errs4 = errors;if(!(validate71(data.port))){errors++;}var valid0 = _errs4 === errors;}else {var valid0 = true;}}}}}else {return false;}}return errors === 0;}function validate92(data){let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){let data0 = data.type;if(!((data0 === "connection") || (data0 === "responseTime"))){return false;}}}else {return false;}}return errors === 0;}function validate94(data){let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((data.host === undefined) && (missing0 = "host")) || ((data.port === undefined) && (missing0 = "port"))) || ((data.message === undefined) && (missing0 = "message"))){return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((key0 === "host") || (key0 === "port")) || (key0 === "message"))){return false;break;}}if(_errs1 === errors){if(data.host !== undefined){const _errs2 = errors;if(typeof data.host !== "string"){return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.port !== undefined){const _errs4 = errors;if(!(validate71(data.port))){errors++;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.message !== undefined){const _errs5 = errors;if(typeof data.message !== "string"){return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}}}}}}else {return false;}}return errors === 0;}function validate97(data){let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){let data0 = data.type;if(!((data0 === "receivedMessage") || (data0 === "responseTime"))){return false;}}}else {return false;}}return errors === 0;}function validate99(data){let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.host === undefined) && (missing0 = "host")){return false;}else {const _errs1 = errors;for(const key0 in data){if(!((key0 === "host") || (key0 === "count"))){return false;break;}}if(_errs1 === errors){if(data.host !== undefined){const _errs2 = errors;if(typeof data.host !== "string"){return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.count !== undefined){let data1 = data.count;const _errs4 = errors;if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){return false;}if(errors === _errs4){if(typeof data1 == "number"){if(data1 > 10 || isNaN(data1)){return false;}else {if(data1 < 1 || isNaN(data1)){return false;}}}}var valid0 = _errs4 === errors;}else {var valid0 = true;}}}}}else {return false;}}return errors === 0;}function validate101(data){let errors = 0;if(!(validate53(data))){errors++;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){let data0 = data.type;if(!(((data0 === "latency") || (data0 === "packetLossPercentage")) || (data0 === "packetsReceived"))){return false;}}}else {return false;}}return errors === 0;}const schema37 = {"type":"object","additionalProperties":false,"required":["host","port","call"],"properties":{"host":{"type":"string"},"port":{"$ref":"#/definitions/portOrString"},"tls":{"anyOf":[{"type":"boolean"},{"$ref":"#/definitions/tls"}]},"metadata":{"type":"object","additionalProperties":{"type":"string"}},"call":{"enum":["health","unary"]},"service":{"type":"string"},"proto":{"type":"string"},"method":{"type":"string"},"message":{"type":["object","string"]}},"if":{"properties":{"call":{"const":"unary"}},"type":"object"},"then":{"type":"object","properties":{"proto":{"type":"string"},"service":{"type":"string"},"method":{"type":"string"}},"required":["proto","service","method"]}};function validate104(data){let errors = 0;const _errs1 = errors;let valid0 = true;const _errs2 = errors;if(errors === _errs2){if(data && typeof data == "object" && !Array.isArray(data)){if(data.call !== undefined){if("unary" !== data.call){errors++;}}}else {errors++;}}var _valid0 = _errs2 === errors;errors = _errs1;if(_valid0){const _errs5 = errors;if(errors === _errs5){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((data.proto === undefined) && (missing0 = "proto")) || ((data.service === undefined) && (missing0 = "service"))) || ((data.method === undefined) && (missing0 = "method"))){return false;}else {if(data.proto !== undefined){const _errs7 = errors;if(typeof data.proto !== "string"){return false;}var valid2 = _errs7 === errors;}else {var valid2 = true;}if(valid2){if(data.service !== undefined){const _errs9 = errors;if(typeof data.service !== "string"){return false;}var valid2 = _errs9 === errors;}else {var valid2 = true;}if(valid2){if(data.method !== undefined){const _errs11 = errors;if(typeof data.method !== "string"){return false;}var valid2 = _errs11 === errors;}else {var valid2 = true;}}}}}else {return false;}}var _valid0 = _errs5 === errors;valid0 = _valid0;}if(!valid0){errors++;return false;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((((data.host === undefined) && (missing1 = "host")) || ((data.port === undefined) && (missing1 = "port"))) || ((data.call === undefined) && (missing1 = "call"))){return false;}else {const _errs13 = errors;for(const key0 in data){if(!(func2.call(schema37.properties, key0))){return false;break;}}if(_errs13 === errors){if(data.host !== undefined){const _errs14 = errors;if(typeof data.host !== "string"){return false;}var valid3 = _errs14 === errors;}else {var valid3 = true;}if(valid3){if(data.port !== undefined){const _errs16 = errors;if(!(validate71(data.port))){errors++;}var valid3 = _errs16 === errors;}else {var valid3 = true;}if(valid3){if(data.tls !== undefined){let data6 = data.tls;const _errs17 = errors;const _errs18 = errors;let valid4 = false;const _errs19 = errors;if(typeof data6 !== "boolean"){errors++;}var _valid1 = _errs19 === errors;valid4 = valid4 || _valid1;if(!valid4){const _errs21 = errors;if(!(validate33(data6))){errors++;}var _valid1 = _errs21 === errors;valid4 = valid4 || _valid1;}if(!valid4){errors++;return false;}else {errors = _errs18;}var valid3 = _errs17 === errors;}else {var valid3 = true;}if(valid3){if(data.metadata !== undefined){let data7 = data.metadata;const _errs22 = errors;if(errors === _errs22){if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key1 in data7){const _errs25 = errors;if(typeof data7[key1] !== "string"){return false;}var valid5 = _errs25 === errors;if(!valid5){break;}}}else {return false;}}var valid3 = _errs22 === errors;}else {var valid3 = true;}if(valid3){if(data.call !== undefined){let data9 = data.call;const _errs27 = errors;if(!((data9 === "health") || (data9 === "unary"))){return false;}var valid3 = _errs27 === errors;}else {var valid3 = true;}if(valid3){if(data.service !== undefined){const _errs28 = errors;if(typeof data.service !== "string"){return false;}var valid3 = _errs28 === errors;}else {var valid3 = true;}if(valid3){if(data.proto !== undefined){const _errs30 = errors;if(typeof data.proto !== "string"){return false;}var valid3 = _errs30 === errors;}else {var valid3 = true;}if(valid3){if(data.method !== undefined){const _errs32 = errors;if(typeof data.method !== "string"){return false;}var valid3 = _errs32 === errors;}else {var valid3 = true;}if(valid3){if(data.message !== undefined){let data13 = data.message;const _errs34 = errors;if((!(data13 && typeof data13 == "object" && !Array.isArray(data13))) && (typeof data13 !== "string")){return false;}var valid3 = _errs34 === errors;}else {var valid3 = true;}}}}}}}}}}}}else {return false;}}return errors === 0;}function validate108(data){let errors = 0;if(!(validate53(data))){errors++;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){let data0 = data.type;if(!((((data0 === "grpcHealthcheckStatus") || (data0 === "grpcMetadata")) || (data0 === "grpcProto")) || (data0 === "responseTime"))){return false;}}}else {return false;}}return errors === 0;}function validate115(data){let errors = 0;if(!(validate53(data))){errors++;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){let data0 = data.type;if(!(((data0 === "receivedMessage") || (data0 === "header")) || (data0 === "responseTime"))){return false;}}}else {return false;}}return errors === 0;}function validate114(data){let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){if(Object.keys(data).length > 1){return false;}else {if(Object.keys(data).length < 1){return false;}else {const _errs1 = errors;for(const key0 in data){if(!((key0 === "send") || (key0 === "receive"))){return false;break;}}if(_errs1 === errors){if(data.send !== undefined){const _errs2 = errors;if(typeof data.send !== "string"){return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.receive !== undefined){let data1 = data.receive;const _errs4 = errors;if(errors === _errs4){if(data1 && typeof data1 == "object" && !Array.isArray(data1)){const _errs6 = errors;for(const key1 in data1){if(!(((key1 === "assertions") || (key1 === "until")) || (key1 === "within"))){return false;break;}}if(_errs6 === errors){if(data1.assertions !== undefined){let data2 = data1.assertions;const _errs7 = errors;if(errors === _errs7){if(Array.isArray(data2)){var valid2 = true;const len0 = data2.length;for(let i0=0; i0<len0; i0++){const _errs9 = errors;if(!(validate115(data2[i0]))){errors++;}var valid2 = _errs9 === errors;if(!valid2){break;}}}else {return false;}}var valid1 = _errs7 === errors;}else {var valid1 = true;}if(valid1){if(data1.until !== undefined){let data4 = data1.until;const _errs10 = errors;if(errors === _errs10){if(Array.isArray(data4)){if(data4.length < 1){return false;}else {var valid3 = true;const len1 = data4.length;for(let i1=0; i1<len1; i1++){const _errs12 = errors;if(!(validate115(data4[i1]))){errors++;}var valid3 = _errs12 === errors;if(!valid3){break;}}}}else {return false;}}var valid1 = _errs10 === errors;}else {var valid1 = true;}if(valid1){if(data1.within !== undefined){const _errs13 = errors;if(!(validate23(data1.within))){errors++;}var valid1 = _errs13 === errors;}else {var valid1 = true;}}}}}else {return false;}}var valid0 = _errs4 === errors;}else {var valid0 = true;}}}}}}else {return false;}}return errors === 0;}function validate111(data){let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.url === undefined) && (missing0 = "url")){return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((((((key0 === "url") || (key0 === "headers")) || (key0 === "auth")) || (key0 === "message")) || (key0 === "messages")) || (key0 === "proxy")) || (key0 === "tls"))){return false;break;}}if(_errs1 === errors){if(data.url !== undefined){const _errs2 = errors;if(typeof data.url !== "string"){return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.headers !== undefined){const _errs4 = errors;if(!(validate31(data.headers))){errors++;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.auth !== undefined){const _errs5 = errors;if(!(validate65(data.auth))){errors++;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.message !== undefined){const _errs6 = errors;if(typeof data.message !== "string"){return false;}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.messages !== undefined){let data4 = data.messages;const _errs8 = errors;if(errors === _errs8){if(Array.isArray(data4)){if(data4.length > 50){return false;}else {if(data4.length < 1){return false;}else {var valid1 = true;const len0 = data4.length;for(let i0=0; i0<len0; i0++){const _errs10 = errors;if(!(validate114(data4[i0]))){errors++;}var valid1 = _errs10 === errors;if(!valid1){break;}}}}}else {return false;}}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.proxy !== undefined){let data6 = data.proxy;const _errs11 = errors;if(errors === _errs11){if(typeof data6 === "string"){if(func3(data6) < 1){return false;}}else {return false;}}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.tls !== undefined){const _errs13 = errors;if(!(validate33(data.tls))){errors++;}var valid0 = _errs13 === errors;}else {var valid0 = true;}}}}}}}}}}else {return false;}}return errors === 0;}function validate130(data){let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((data.name === undefined) && (missing0 = "name")) || ((data.from === undefined) && (missing0 = "from"))){return false;}else {const _errs1 = errors;for(const key0 in data){if(!((((((key0 === "name") || (key0 === "from")) || (key0 === "path")) || (key0 === "property")) || (key0 === "regex")) || (key0 === "secret"))){return false;break;}}if(_errs1 === errors){if(data.name !== undefined){let data0 = data.name;const _errs2 = errors;if(errors === _errs2){if(typeof data0 === "string"){if(!pattern2.test(data0)){return false;}}else {return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.from !== undefined){let data1 = data.from;const _errs4 = errors;if(!((((((((data1 === "status") || (data1 === "header")) || (data1 === "cookie")) || (data1 === "body")) || (data1 === "jsonpath")) || (data1 === "message")) || (data1 === "metadata")) || (data1 === "record"))){return false;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.path !== undefined){const _errs5 = errors;if(typeof data.path !== "string"){return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.property !== undefined){const _errs7 = errors;if(typeof data.property !== "string"){return false;}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.regex !== undefined){const _errs9 = errors;if(typeof data.regex !== "string"){return false;}var valid0 = _errs9 === errors;}else {var valid0 = true;}if(valid0){if(data.secret !== undefined){const _errs11 = errors;if(typeof data.secret !== "boolean"){return false;}var valid0 = _errs11 === errors;}else {var valid0 = true;}}}}}}}}}else {return false;}}return errors === 0;}function validate61(data){let errors = 0;const _errs1 = errors;const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(errors === _errs3){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("http" !== data.type){errors++;}}}else {errors++;}}var _valid0 = _errs3 === errors;errors = _errs2;if(_valid0){const _errs6 = errors;if(errors === _errs6){if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){const _errs8 = errors;if(!(validate62(data.request))){errors++;}var valid3 = _errs8 === errors;}else {var valid3 = true;}if(valid3){if(data.assertions !== undefined){let data2 = data.assertions;const _errs9 = errors;if(errors === _errs9){if(Array.isArray(data2)){var valid4 = true;const len0 = data2.length;for(let i0=0; i0<len0; i0++){const _errs11 = errors;if(!(validate52(data2[i0]))){errors++;}var valid4 = _errs11 === errors;if(!valid4){break;}}}else {return false;}}var valid3 = _errs9 === errors;}else {var valid3 = true;}}}else {return false;}}var _valid0 = _errs6 === errors;valid1 = _valid0;}if(!valid1){errors++;return false;}var valid0 = _errs1 === errors;if(valid0){const _errs12 = errors;const _errs13 = errors;let valid5 = true;const _errs14 = errors;if(errors === _errs14){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("ssl" !== data.type){errors++;}}}else {errors++;}}var _valid1 = _errs14 === errors;errors = _errs13;if(_valid1){const _errs17 = errors;if(errors === _errs17){if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){const _errs19 = errors;if(!(validate70(data.request))){errors++;}var valid7 = _errs19 === errors;}else {var valid7 = true;}if(valid7){if(data.assertions !== undefined){let data6 = data.assertions;const _errs20 = errors;if(errors === _errs20){if(Array.isArray(data6)){var valid8 = true;const len1 = data6.length;for(let i1=0; i1<len1; i1++){const _errs22 = errors;if(!(validate80(data6[i1]))){errors++;}var valid8 = _errs22 === errors;if(!valid8){break;}}}else {return false;}}var valid7 = _errs20 === errors;}else {var valid7 = true;}}}else {return false;}}var _valid1 = _errs17 === errors;valid5 = _valid1;}if(!valid5){errors++;return false;}var valid0 = _errs12 === errors;if(valid0){const _errs23 = errors;const _errs24 = errors;let valid9 = true;const _errs25 = errors;if(errors === _errs25){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("dns" !== data.type){errors++;}}}else {errors++;}}var _valid2 = _errs25 === errors;errors = _errs24;if(_valid2){const _errs28 = errors;if(errors === _errs28){if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){const _errs30 = errors;if(!(validate83(data.request))){errors++;}var valid11 = _errs30 === errors;}else {var valid11 = true;}if(valid11){if(data.assertions !== undefined){let data10 = data.assertions;const _errs31 = errors;if(errors === _errs31){if(Array.isArray(data10)){var valid12 = true;const len2 = data10.length;for(let i2=0; i2<len2; i2++){const _errs33 = errors;if(!(validate86(data10[i2]))){errors++;}var valid12 = _errs33 === errors;if(!valid12){break;}}}else {return false;}}var valid11 = _errs31 === errors;}else {var valid11 = true;}}}else {return false;}}var _valid2 = _errs28 === errors;valid9 = _valid2;}if(!valid9){errors++;return false;}var valid0 = _errs23 === errors;if(valid0){const _errs34 = errors;const _errs35 = errors;let valid13 = true;const _errs36 = errors;if(errors === _errs36){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("tcp" !== data.type){errors++;}}}else {errors++;}}var _valid3 = _errs36 === errors;errors = _errs35;if(_valid3){const _errs39 = errors;if(errors === _errs39){if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){const _errs41 = errors;if(!(validate89(data.request))){errors++;}var valid15 = _errs41 === errors;}else {var valid15 = true;}if(valid15){if(data.assertions !== undefined){let data14 = data.assertions;const _errs42 = errors;if(errors === _errs42){if(Array.isArray(data14)){var valid16 = true;const len3 = data14.length;for(let i3=0; i3<len3; i3++){const _errs44 = errors;if(!(validate92(data14[i3]))){errors++;}var valid16 = _errs44 === errors;if(!valid16){break;}}}else {return false;}}var valid15 = _errs42 === errors;}else {var valid15 = true;}}}else {return false;}}var _valid3 = _errs39 === errors;valid13 = _valid3;}if(!valid13){errors++;return false;}var valid0 = _errs34 === errors;if(valid0){const _errs45 = errors;const _errs46 = errors;let valid17 = true;const _errs47 = errors;if(errors === _errs47){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("udp" !== data.type){errors++;}}}else {errors++;}}var _valid4 = _errs47 === errors;errors = _errs46;if(_valid4){const _errs50 = errors;if(errors === _errs50){if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){const _errs52 = errors;if(!(validate94(data.request))){errors++;}var valid19 = _errs52 === errors;}else {var valid19 = true;}if(valid19){if(data.assertions !== undefined){let data18 = data.assertions;const _errs53 = errors;if(errors === _errs53){if(Array.isArray(data18)){var valid20 = true;const len4 = data18.length;for(let i4=0; i4<len4; i4++){const _errs55 = errors;if(!(validate97(data18[i4]))){errors++;}var valid20 = _errs55 === errors;if(!valid20){break;}}}else {return false;}}var valid19 = _errs53 === errors;}else {var valid19 = true;}}}else {return false;}}var _valid4 = _errs50 === errors;valid17 = _valid4;}if(!valid17){errors++;return false;}var valid0 = _errs45 === errors;if(valid0){const _errs56 = errors;const _errs57 = errors;let valid21 = true;const _errs58 = errors;if(errors === _errs58){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("icmp" !== data.type){errors++;}}}else {errors++;}}var _valid5 = _errs58 === errors;errors = _errs57;if(_valid5){const _errs61 = errors;if(errors === _errs61){if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){const _errs63 = errors;if(!(validate99(data.request))){errors++;}var valid23 = _errs63 === errors;}else {var valid23 = true;}if(valid23){if(data.assertions !== undefined){let data22 = data.assertions;const _errs64 = errors;if(errors === _errs64){if(Array.isArray(data22)){var valid24 = true;const len5 = data22.length;for(let i5=0; i5<len5; i5++){const _errs66 = errors;if(!(validate101(data22[i5]))){errors++;}var valid24 = _errs66 === errors;if(!valid24){break;}}}else {return false;}}var valid23 = _errs64 === errors;}else {var valid23 = true;}}}else {return false;}}var _valid5 = _errs61 === errors;valid21 = _valid5;}if(!valid21){errors++;return false;}var valid0 = _errs56 === errors;if(valid0){const _errs67 = errors;const _errs68 = errors;let valid25 = true;const _errs69 = errors;if(errors === _errs69){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("grpc" !== data.type){errors++;}}}else {errors++;}}var _valid6 = _errs69 === errors;errors = _errs68;if(_valid6){const _errs72 = errors;if(errors === _errs72){if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){const _errs74 = errors;if(!(validate104(data.request))){errors++;}var valid27 = _errs74 === errors;}else {var valid27 = true;}if(valid27){if(data.assertions !== undefined){let data26 = data.assertions;const _errs75 = errors;if(errors === _errs75){if(Array.isArray(data26)){var valid28 = true;const len6 = data26.length;for(let i6=0; i6<len6; i6++){const _errs77 = errors;if(!(validate108(data26[i6]))){errors++;}var valid28 = _errs77 === errors;if(!valid28){break;}}}else {return false;}}var valid27 = _errs75 === errors;}else {var valid27 = true;}}}else {return false;}}var _valid6 = _errs72 === errors;valid25 = _valid6;}if(!valid25){errors++;return false;}var valid0 = _errs67 === errors;if(valid0){const _errs78 = errors;const _errs79 = errors;let valid29 = true;const _errs80 = errors;if(errors === _errs80){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("websocket" !== data.type){errors++;}}}else {errors++;}}var _valid7 = _errs80 === errors;errors = _errs79;if(_valid7){const _errs83 = errors;if(errors === _errs83){if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){const _errs85 = errors;if(!(validate111(data.request))){errors++;}var valid31 = _errs85 === errors;}else {var valid31 = true;}if(valid31){if(data.assertions !== undefined){let data30 = data.assertions;const _errs86 = errors;if(errors === _errs86){if(Array.isArray(data30)){var valid32 = true;const len7 = data30.length;for(let i7=0; i7<len7; i7++){const _errs88 = errors;if(!(validate115(data30[i7]))){errors++;}var valid32 = _errs88 === errors;if(!valid32){break;}}}else {return false;}}var valid31 = _errs86 === errors;}else {var valid31 = true;}}}else {return false;}}var _valid7 = _errs83 === errors;valid29 = _valid7;}if(!valid29){errors++;return false;}var valid0 = _errs78 === errors;if(valid0){const _errs89 = errors;const _errs90 = errors;let valid33 = true;const _errs91 = errors;if(errors === _errs91){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("wait" !== data.type){errors++;}}}else {errors++;}}var _valid8 = _errs91 === errors;errors = _errs90;if(_valid8){const _errs94 = errors;if(errors === _errs94){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.duration === undefined) && (missing0 = "duration")){return false;}else {if(data.duration !== undefined){const _errs96 = errors;if(!(validate23(data.duration))){errors++;}var valid35 = _errs96 === errors;}else {var valid35 = true;}if(valid35){if(data.request !== undefined){const _errs97 = errors;return false;var valid35 = _errs97 === errors;}else {var valid35 = true;}if(valid35){if(data.extract !== undefined){const _errs99 = errors;return false;var valid35 = _errs99 === errors;}else {var valid35 = true;}}}}}else {return false;}}var _valid8 = _errs94 === errors;valid33 = _valid8;}if(!valid33){errors++;return false;}var valid0 = _errs89 === errors;if(valid0){const _errs101 = errors;const _errs102 = errors;let valid36 = true;const _errs103 = errors;if(errors === _errs103){if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){const _errs106 = errors;const _errs107 = errors;if("wait" !== data.type){errors++;}var valid38 = _errs107 === errors;if(valid38){errors++;}else {errors = _errs106;}}}else {errors++;}}var _valid9 = _errs103 === errors;errors = _errs102;if(_valid9){const _errs108 = errors;if(errors === _errs108){if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.request === undefined) && (missing1 = "request")){return false;}else {if(data.request !== undefined){let data37 = data.request;const _errs110 = errors;if(!(data37 && typeof data37 == "object" && !Array.isArray(data37))){return false;}var valid39 = _errs110 === errors;}else {var valid39 = true;}if(valid39){if(data.duration !== undefined){const _errs112 = errors;return false;var valid39 = _errs112 === errors;}else {var valid39 = true;}}}}else {return false;}}var _valid9 = _errs108 === errors;valid36 = _valid9;}if(!valid36){errors++;return false;}var valid0 = _errs101 === errors;}}}}}}}}}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if(((data.name === undefined) && (missing2 = "name")) || ((data.type === undefined) && (missing2 = "type"))){return false;}else {const _errs114 = errors;for(const key0 in data){if(!(func2.call(schema22.properties, key0))){return false;break;}}if(_errs114 === errors){if(data.name !== undefined){let data39 = data.name;const _errs115 = errors;if(errors === _errs115){if(typeof data39 === "string"){if(func3(data39) < 1){return false;}}else {return false;}}var valid40 = _errs115 === errors;}else {var valid40 = true;}if(valid40){if(data.type !== undefined){let data40 = data.type;const _errs117 = errors;if(!(((((((((data40 === "http") || (data40 === "ssl")) || (data40 === "dns")) || (data40 === "tcp")) || (data40 === "udp")) || (data40 === "icmp")) || (data40 === "grpc")) || (data40 === "websocket")) || (data40 === "wait"))){return false;}var valid40 = _errs117 === errors;}else {var valid40 = true;}if(valid40){if(data.request !== undefined){let data41 = data.request;const _errs118 = errors;if(!(data41 && typeof data41 == "object" && !Array.isArray(data41))){return false;}var valid40 = _errs118 === errors;}else {var valid40 = true;}if(valid40){if(data.assertions !== undefined){let data42 = data.assertions;const _errs120 = errors;if(errors === _errs120){if(Array.isArray(data42)){var valid41 = true;const len8 = data42.length;for(let i8=0; i8<len8; i8++){const _errs122 = errors;if(!(validate48(data42[i8]))){errors++;}var valid41 = _errs122 === errors;if(!valid41){break;}}}else {return false;}}var valid40 = _errs120 === errors;}else {var valid40 = true;}if(valid40){if(data.timeout !== undefined){const _errs123 = errors;if(!(validate23(data.timeout))){errors++;}var valid40 = _errs123 === errors;}else {var valid40 = true;}if(valid40){if(data.overall_timeout !== undefined){const _errs124 = errors;if(!(validate23(data.overall_timeout))){errors++;}var valid40 = _errs124 === errors;}else {var valid40 = true;}if(valid40){if(data.retry !== undefined){const _errs125 = errors;if(!(validate26(data.retry))){errors++;}var valid40 = _errs125 === errors;}else {var valid40 = true;}if(valid40){if(data.http_version !== undefined){const _errs126 = errors;if(!(validate29(data.http_version))){errors++;}var valid40 = _errs126 === errors;}else {var valid40 = true;}if(valid40){if(data.follow_redirects !== undefined){const _errs127 = errors;if(typeof data.follow_redirects !== "boolean"){return false;}var valid40 = _errs127 === errors;}else {var valid40 = true;}if(valid40){if(data.extract !== undefined){let data49 = data.extract;const _errs129 = errors;if(errors === _errs129){if(Array.isArray(data49)){if(data49.length > 10){return false;}else {var valid42 = true;const len9 = data49.length;for(let i9=0; i9<len9; i9++){const _errs131 = errors;if(!(validate130(data49[i9]))){errors++;}var valid42 = _errs131 === errors;if(!valid42){break;}}}}else {return false;}}var valid40 = _errs129 === errors;}else {var valid40 = true;}if(valid40){if(data.allow_failure !== undefined){const _errs132 = errors;if(typeof data.allow_failure !== "boolean"){return false;}var valid40 = _errs132 === errors;}else {var valid40 = true;}if(valid40){if(data.duration !== undefined){const _errs134 = errors;if(!(validate23(data.duration))){errors++;}var valid40 = _errs134 === errors;}else {var valid40 = true;}}}}}}}}}}}}}}}else {return false;}}return errors === 0;}function validate60(data){let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((data.name === undefined) && (missing0 = "name")) || ((data.type === undefined) && (missing0 = "type"))){return false;}else {const _errs1 = errors;for(const key0 in data){if(!(func2.call(schema21.properties, key0))){return false;break;}}if(_errs1 === errors){if(data.name !== undefined){let data0 = data.name;const _errs2 = errors;if(errors === _errs2){if(typeof data0 === "string"){if(func3(data0) < 1){return false;}}else {return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.id !== undefined){let data1 = data.id;const _errs4 = errors;if(errors === _errs4){if(typeof data1 === "string"){if(!pattern4.test(data1)){return false;}}else {return false;}}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.type !== undefined){let data2 = data.type;const _errs6 = errors;if(!(((((((((data2 === "http") || (data2 === "ssl")) || (data2 === "dns")) || (data2 === "tcp")) || (data2 === "udp")) || (data2 === "icmp")) || (data2 === "grpc")) || (data2 === "websocket")) || (data2 === "multistep"))){return false;}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.steps !== undefined){let data3 = data.steps;const _errs7 = errors;if(errors === _errs7){if(Array.isArray(data3)){if(data3.length > 20){return false;}else {if(data3.length < 1){return false;}else {var valid1 = true;const len0 = data3.length;for(let i0=0; i0<len0; i0++){const _errs9 = errors;if(!(validate61(data3[i0]))){errors++;}var valid1 = _errs9 === errors;if(!valid1){break;}}}}}else {return false;}}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.cookies !== undefined){const _errs10 = errors;if(typeof data.cookies !== "boolean"){return false;}var valid0 = _errs10 === errors;}else {var valid0 = true;}if(valid0){if(data.request !== undefined){let data6 = data.request;const _errs12 = errors;if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){return false;}var valid0 = _errs12 === errors;}else {var valid0 = true;}if(valid0){if(data.assertions !== undefined){let data7 = data.assertions;const _errs14 = errors;if(errors === _errs14){if(Array.isArray(data7)){var valid2 = true;const len1 = data7.length;for(let i1=0; i1<len1; i1++){const _errs16 = errors;if(!(validate48(data7[i1]))){errors++;}var valid2 = _errs16 === errors;if(!valid2){break;}}}else {return false;}}var valid0 = _errs14 === errors;}else {var valid0 = true;}if(valid0){if(data.timeout !== undefined){const _errs17 = errors;if(!(validate23(data.timeout))){errors++;}var valid0 = _errs17 === errors;}else {var valid0 = true;}if(valid0){if(data.overall_timeout !== undefined){const _errs18 = errors;if(!(validate23(data.overall_timeout))){errors++;}var valid0 = _errs18 === errors;}else {var valid0 = true;}if(valid0){if(data.retry !== undefined){const _errs19 = errors;if(!(validate26(data.retry))){errors++;}var valid0 = _errs19 === errors;}else {var valid0 = true;}if(valid0){if(data.http_version !== undefined){const _errs20 = errors;if(!(validate29(data.http_version))){errors++;}var valid0 = _errs20 === errors;}else {var valid0 = true;}if(valid0){if(data.compare !== undefined){const _errs21 = errors;if(typeof data.compare !== "boolean"){return false;}var valid0 = _errs21 === errors;}else {var valid0 = true;}if(valid0){if(data.follow_redirects !== undefined){const _errs23 = errors;if(typeof data.follow_redirects !== "boolean"){return false;}var valid0 = _errs23 === errors;}else {var valid0 = true;}if(valid0){if(data.fail_on !== undefined){const _errs25 = errors;if(!(validate40(data.fail_on))){errors++;}var valid0 = _errs25 === errors;}else {var valid0 = true;}if(valid0){if(data.warn_on !== undefined){const _errs26 = errors;if(!(validate40(data.warn_on))){errors++;}var valid0 = _errs26 === errors;}else {var valid0 = true;}if(valid0){if(data.skip !== undefined){const _errs27 = errors;if(typeof data.skip !== "boolean"){return false;}var valid0 = _errs27 === errors;}else {var valid0 = true;}if(valid0){if(data.tags !== undefined){let data18 = data.tags;const _errs29 = errors;if(errors === _errs29){if(Array.isArray(data18)){var valid3 = true;const len2 = data18.length;for(let i2=0; i2<len2; i2++){let data19 = data18[i2];const _errs31 = errors;if(errors === _errs31){if(typeof data19 === "string"){if(!pattern4.test(data19)){return false;}}else {return false;}}var valid3 = _errs31 === errors;if(!valid3){break;}}if(valid3){let i3 = data18.length;let j0;if(i3 > 1){const indices0 = {};for(;i3--;){let item0 = data18[i3];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];return false;break;}indices0[item0] = i3;}}}}else {return false;}}var valid0 = _errs29 === errors;}else {var valid0 = true;}if(valid0){if(data.ip_family !== undefined){const _errs33 = errors;if(!(validate43(data.ip_family))){errors++;}var valid0 = _errs33 === errors;}else {var valid0 = true;}}}}}}}}}}}}}}}}}}}}}else {return false;}}return errors === 0;}function validate59(data){let errors = 0;const _errs0 = errors;if(!(validate60(data))){errors++;}var valid0 = _errs0 === errors;if(valid0){const _errs1 = errors;if(errors === _errs1){if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){const _errs3 = errors;if(!(validate62(data.request))){errors++;}var valid1 = _errs3 === errors;}else {var valid1 = true;}if(valid1){if(data.assertions !== undefined){let data1 = data.assertions;const _errs4 = errors;if(errors === _errs4){if(Array.isArray(data1)){var valid2 = true;const len0 = data1.length;for(let i0=0; i0<len0; i0++){const _errs6 = errors;if(!(validate52(data1[i0]))){errors++;}var valid2 = _errs6 === errors;if(!valid2){break;}}}else {return false;}}var valid1 = _errs4 === errors;}else {var valid1 = true;}}}else {return false;}}var valid0 = _errs1 === errors;if(valid0){const _errs7 = errors;if(errors === _errs7){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.request === undefined) && (missing0 = "request")){return false;}else {if(data.request !== undefined){let data3 = data.request;const _errs9 = errors;if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){return false;}var valid3 = _errs9 === errors;}else {var valid3 = true;}if(valid3){if(data.steps !== undefined){const _errs11 = errors;return false;var valid3 = _errs11 === errors;}else {var valid3 = true;}if(valid3){if(data.cookies !== undefined){const _errs13 = errors;return false;var valid3 = _errs13 === errors;}else {var valid3 = true;}}}}}else {return false;}}var valid0 = _errs7 === errors;}}return errors === 0;}const check_ssl = validate145;function validate145(data){let errors = 0;const _errs0 = errors;if(!(validate60(data))){errors++;}var valid0 = _errs0 === errors;if(valid0){const _errs1 = errors;if(errors === _errs1){if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){const _errs3 = errors;if(!(validate70(data.request))){errors++;}var valid1 = _errs3 === errors;}else {var valid1 = true;}if(valid1){if(data.assertions !== undefined){let data1 = data.assertions;const _errs4 = errors;if(errors === _errs4){if(Array.isArray(data1)){var valid2 = true;const len0 = data1.length;for(let i0=0; i0<len0; i0++){const _errs6 = errors;if(!(validate80(data1[i0]))){errors++;}var valid2 = _errs6 === errors;if(!valid2){break;}}}else {return false;}}var valid1 = _errs4 === errors;}else {var valid1 = true;}}}else {return false;}}var valid0 = _errs1 === errors;if(valid0){const _errs7 = errors;if(errors === _errs7){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.request === undefined) && (missing0 = "request")){return false;}else {if(data.request !== undefined){let data3 = data.request;const _errs9 = errors;if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){return false;}var valid3 = _errs9 === errors;}else {var valid3 = true;}if(valid3){if(data.steps !== undefined){const _errs11 = errors;return false;var valid3 = _errs11 === errors;}else {var valid3 = true;}if(valid3){if(data.cookies !== undefined){const _errs13 = errors;return false;var valid3 = _errs13 === errors;}else {var valid3 = true;}}}}}else {return false;}}var valid0 = _errs7 === errors;}}return errors === 0;}const check_dns = validate149;function validate149(data){let errors = 0;const _errs0 = errors;if(!(validate60(data))){errors++;}var valid0 = _errs0 === errors;if(valid0){const _errs1 = errors;if(errors === _errs1){if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){const _errs3 = errors;if(!(validate83(data.request))){errors++;}var valid1 = _errs3 === errors;}else {var valid1 = true;}if(valid1){if(data.assertions !== undefined){let data1 = data.assertions;const _errs4 = errors;if(errors === _errs4){if(Array.isArray(data1)){var valid2 = true;const len0 = data1.length;for(let i0=0; i0<len0; i0++){const _errs6 = errors;if(!(validate86(data1[i0]))){errors++;}var valid2 = _errs6 === errors;if(!valid2){break;}}}else {return false;}}var valid1 = _errs4 === errors;}else {var valid1 = true;}}}else {return false;}}var valid0 = _errs1 === errors;if(valid0){const _errs7 = errors;if(errors === _errs7){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.request === undefined) && (missing0 = "request")){return false;}else {if(data.request !== undefined){let data3 = data.request;const _errs9 = errors;if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){return false;}var valid3 = _errs9 === errors;}else {var valid3 = true;}if(valid3){if(data.steps !== undefined){const _errs11 = errors;return false;var valid3 = _errs11 === errors;}else {var valid3 = true;}if(valid3){if(data.cookies !== undefined){const _errs13 = errors;return false;var valid3 = _errs13 === errors;}else {var valid3 = true;}}}}}else {return false;}}var valid0 = _errs7 === errors;}}return errors === 0;}const check_tcp = validate153;function validate153(data){let errors = 0;const _errs0 = errors;if(!(validate60(data))){errors++;}var valid0 = _errs0 === errors;if(valid0){const _errs1 = errors;if(errors === _errs1){if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){const _errs3 = errors;if(!(validate89(data.request))){errors++;}var valid1 = _errs3 === errors;}else {var valid1 = true;}if(valid1){if(data.assertions !== undefined){let data1 = data.assertions;const _errs4 = errors;if(errors === _errs4){if(Array.isArray(data1)){var valid2 = true;const len0 = data1.length;for(let i0=0; i0<len0; i0++){const _errs6 = errors;if(!(validate92(data1[i0]))){errors++;}var valid2 = _errs6 === errors;if(!valid2){break;}}}else {return false;}}var valid1 = _errs4 === errors;}else {var valid1 = true;}}}else {return false;}}var valid0 = _errs1 === errors;if(valid0){const _errs7 = errors;if(errors === _errs7){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.request === undefined) && (missing0 = "request")){return false;}else {if(data.request !== undefined){let data3 = data.request;const _errs9 = errors;if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){return false;}var valid3 = _errs9 === errors;}else {var valid3 = true;}if(valid3){if(data.steps !== undefined){const _errs11 = errors;return false;var valid3 = _errs11 === errors;}else {var valid3 = true;}if(valid3){if(data.cookies !== undefined){const _errs13 = errors;return false;var valid3 = _errs13 === errors;}else {var valid3 = true;}}}}}else {return false;}}var valid0 = _errs7 === errors;}}return errors === 0;}const check_udp = validate157;function validate157(data){let errors = 0;const _errs0 = errors;if(!(validate60(data))){errors++;}var valid0 = _errs0 === errors;if(valid0){const _errs1 = errors;if(errors === _errs1){if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){const _errs3 = errors;if(!(validate94(data.request))){errors++;}var valid1 = _errs3 === errors;}else {var valid1 = true;}if(valid1){if(data.assertions !== undefined){let data1 = data.assertions;const _errs4 = errors;if(errors === _errs4){if(Array.isArray(data1)){var valid2 = true;const len0 = data1.length;for(let i0=0; i0<len0; i0++){const _errs6 = errors;if(!(validate97(data1[i0]))){errors++;}var valid2 = _errs6 === errors;if(!valid2){break;}}}else {return false;}}var valid1 = _errs4 === errors;}else {var valid1 = true;}}}else {return false;}}var valid0 = _errs1 === errors;if(valid0){const _errs7 = errors;if(errors === _errs7){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.request === undefined) && (missing0 = "request")){return false;}else {if(data.request !== undefined){let data3 = data.request;const _errs9 = errors;if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){return false;}var valid3 = _errs9 === errors;}else {var valid3 = true;}if(valid3){if(data.steps !== undefined){const _errs11 = errors;return false;var valid3 = _errs11 === errors;}else {var valid3 = true;}if(valid3){if(data.cookies !== undefined){const _errs13 = errors;return false;var valid3 = _errs13 === errors;}else {var valid3 = true;}}}}}else {return false;}}var valid0 = _errs7 === errors;}}return errors === 0;}const check_icmp = validate161;function validate161(data){let errors = 0;const _errs0 = errors;if(!(validate60(data))){errors++;}var valid0 = _errs0 === errors;if(valid0){const _errs1 = errors;if(errors === _errs1){if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){const _errs3 = errors;if(!(validate99(data.request))){errors++;}var valid1 = _errs3 === errors;}else {var valid1 = true;}if(valid1){if(data.assertions !== undefined){let data1 = data.assertions;const _errs4 = errors;if(errors === _errs4){if(Array.isArray(data1)){var valid2 = true;const len0 = data1.length;for(let i0=0; i0<len0; i0++){const _errs6 = errors;if(!(validate101(data1[i0]))){errors++;}var valid2 = _errs6 === errors;if(!valid2){break;}}}else {return false;}}var valid1 = _errs4 === errors;}else {var valid1 = true;}}}else {return false;}}var valid0 = _errs1 === errors;if(valid0){const _errs7 = errors;if(errors === _errs7){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.request === undefined) && (missing0 = "request")){return false;}else {if(data.request !== undefined){let data3 = data.request;const _errs9 = errors;if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){return false;}var valid3 = _errs9 === errors;}else {var valid3 = true;}if(valid3){if(data.steps !== undefined){const _errs11 = errors;return false;var valid3 = _errs11 === errors;}else {var valid3 = true;}if(valid3){if(data.cookies !== undefined){const _errs13 = errors;return false;var valid3 = _errs13 === errors;}else {var valid3 = true;}}}}}else {return false;}}var valid0 = _errs7 === errors;}}return errors === 0;}const check_grpc = validate165;function validate165(data){let errors = 0;const _errs0 = errors;if(!(validate60(data))){errors++;}var valid0 = _errs0 === errors;if(valid0){const _errs1 = errors;if(errors === _errs1){if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){const _errs3 = errors;if(!(validate104(data.request))){errors++;}var valid1 = _errs3 === errors;}else {var valid1 = true;}if(valid1){if(data.assertions !== undefined){let data1 = data.assertions;const _errs4 = errors;if(errors === _errs4){if(Array.isArray(data1)){var valid2 = true;const len0 = data1.length;for(let i0=0; i0<len0; i0++){const _errs6 = errors;if(!(validate108(data1[i0]))){errors++;}var valid2 = _errs6 === errors;if(!valid2){break;}}}else {return false;}}var valid1 = _errs4 === errors;}else {var valid1 = true;}}}else {return false;}}var valid0 = _errs1 === errors;if(valid0){const _errs7 = errors;if(errors === _errs7){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.request === undefined) && (missing0 = "request")){return false;}else {if(data.request !== undefined){let data3 = data.request;const _errs9 = errors;if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){return false;}var valid3 = _errs9 === errors;}else {var valid3 = true;}if(valid3){if(data.steps !== undefined){const _errs11 = errors;return false;var valid3 = _errs11 === errors;}else {var valid3 = true;}if(valid3){if(data.cookies !== undefined){const _errs13 = errors;return false;var valid3 = _errs13 === errors;}else {var valid3 = true;}}}}}else {return false;}}var valid0 = _errs7 === errors;}}return errors === 0;}const check_websocket = validate169;function validate169(data){let errors = 0;const _errs0 = errors;if(!(validate60(data))){errors++;}var valid0 = _errs0 === errors;if(valid0){const _errs1 = errors;if(errors === _errs1){if(data && typeof data == "object" && !Array.isArray(data)){if(data.request !== undefined){const _errs3 = errors;if(!(validate111(data.request))){errors++;}var valid1 = _errs3 === errors;}else {var valid1 = true;}if(valid1){if(data.assertions !== undefined){let data1 = data.assertions;const _errs4 = errors;if(errors === _errs4){if(Array.isArray(data1)){var valid2 = true;const len0 = data1.length;for(let i0=0; i0<len0; i0++){const _errs6 = errors;if(!(validate115(data1[i0]))){errors++;}var valid2 = _errs6 === errors;if(!valid2){break;}}}else {return false;}}var valid1 = _errs4 === errors;}else {var valid1 = true;}}}else {return false;}}var valid0 = _errs1 === errors;if(valid0){const _errs7 = errors;if(errors === _errs7){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.request === undefined) && (missing0 = "request")){return false;}else {if(data.request !== undefined){let data3 = data.request;const _errs9 = errors;if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){return false;}var valid3 = _errs9 === errors;}else {var valid3 = true;}if(valid3){if(data.steps !== undefined){const _errs11 = errors;return false;var valid3 = _errs11 === errors;}else {var valid3 = true;}if(valid3){if(data.cookies !== undefined){const _errs13 = errors;return false;var valid3 = _errs13 === errors;}else {var valid3 = true;}}}}}else {return false;}}var valid0 = _errs7 === errors;}}return errors === 0;}const check_multistep = validate173;function validate173(data){let errors = 0;const _errs0 = errors;if(!(validate60(data))){errors++;}var valid0 = _errs0 === errors;if(valid0){const _errs1 = errors;if(errors === _errs1){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.steps === undefined) && (missing0 = "steps")){return false;}else {if(data.steps !== undefined){const _errs3 = errors;if(!(Array.isArray(data.steps))){return false;}var valid1 = _errs3 === errors;}else {var valid1 = true;}if(valid1){if(data.request !== undefined){const _errs5 = errors;return false;var valid1 = _errs5 === errors;}else {var valid1 = true;}if(valid1){if(data.assertions !== undefined){const _errs7 = errors;return false;var valid1 = _errs7 === errors;}else {var valid1 = true;}if(valid1){if(data.timeout !== undefined){const _errs9 = errors;return false;var valid1 = _errs9 === errors;}else {var valid1 = true;}}}}}}else {return false;}}var valid0 = _errs1 === errors;}return errors === 0;}

// EXTERNAL MODULE: ./src/manifest/suggest.ts
var suggest = __webpack_require__(7271);
;// CONCATENATED MODULE: ./src/manifest/schema.ts



// `validate` is schema/probegate.schema.json compiled at build time by scripts/schema-validator.mjs
// (ajv, allErrors and verbose): compiling it here cost every run a few hundred milliseconds.
// Keywords that only repeat what a more precise error below them says.
const NOISE = new Set(['if', 'anyOf', 'allOf', 'then']);
// The same schema for the valid case, quicker: each check against its own type's rules only, and
// no error gathered (see generateSchemaChecker). A "no" goes to the full validator, which says
// everything, and is loaded only then: at 270 KB, compiling it cost every start some milliseconds.
const CHECK_OF_TYPE = new Map(Object.entries(schema_checker_generated_namespaceObject).flatMap(([name, validator]) => (name.startsWith('check_') ? [[name.slice('check_'.length), validator]] : [])));
async function validateManifest(document) {
    if (meetsSchema(document))
        return [];
    const { validate } = await __webpack_require__.e(/* import() */ 607).then(__webpack_require__.bind(__webpack_require__, 6607));
    if (validate(document))
        return [];
    const problems = [];
    const seen = new Set();
    /** The paths a problem was kept at (a set: a manifest of 5,000 checks may have as many). */
    const placed = new Set();
    for (const error of validate.errors ?? []) {
        if (NOISE.has(error.keyword))
            continue;
        // Selectors are checked against the closed list of codes by the loader, with a did-you-mean.
        if (error.keyword === 'pattern' && String(error.params.pattern).startsWith('^(all|'))
            continue;
        const problem = FORM_KEYWORDS.has(error.keyword) ? { ...describe(error), form: true } : describe(error);
        const where = (0,positions/* formatPath */.j)(problem.path);
        const key = `${where}|${problem.message}`;
        if (seen.has(key))
            continue;
        // A duration that is neither string nor number yields one error per branch: keep the first.
        if (error.keyword === 'type' && placed.has(where))
            continue;
        seen.add(key);
        placed.add(where);
        problems.push(problem);
    }
    return problems;
}
const FORM_KEYWORDS = new Set(['enum', 'pattern', 'const']);
/** Whether the manifest meets the schema, asking each check only what its type asks. */
function meetsSchema(document) {
    if (!manifest(document))
        return false;
    // The top level's schema has made sure the checks are a list.
    for (const check of document.checks) {
        const validator = typeof check === 'object' && check !== null ? CHECK_OF_TYPE.get(check.type) : undefined;
        // A check of no known type does not meet the schema.
        if (!validator?.(check))
            return false;
    }
    return true;
}
function describe(error) {
    const path = pointerToPath(error.instancePath);
    const where = (0,positions/* formatPath */.j)(path) || 'manifest';
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperty':
        case 'additionalProperties': {
            const name = String(params.additionalProperty);
            const allowed = Object.keys(error.parentSchema?.properties ?? {});
            const suggestion = (0,suggest/* closest */.k)(name, allowed);
            const hint = suggestion ? `, did you mean ${suggestion}?` : allowed.length ? ` (allowed: ${allowed.join(', ')})` : '';
            return { path, key: name, message: `${where}: unknown property "${name}"${hint}` };
        }
        case 'required':
            return { path, message: `${where}: missing required property "${String(params.missingProperty)}"` };
        case 'enum': {
            const allowed = params.allowedValues.map((v) => String(v));
            const suggestion = typeof error.data === 'string' ? (0,suggest/* closest */.k)(error.data, allowed) : undefined;
            return { path, message: `${where}: must be one of ${allowed.join(', ')}${suggestion ? `; "${error.data}", did you mean ${suggestion}?` : ''}` };
        }
        case 'const':
            return { path, message: `${where}: must be ${JSON.stringify(params.allowedValue)}` };
        case 'pattern':
            return { path, message: `${where}: ${patternHint(error)}` };
        case 'type':
            return { path, message: `${where}: must be ${describeTypes(String(params.type))}` };
        case 'not':
            // A field that must not be there (`not: {}`): ajv says only "must NOT be valid".
            return { path, message: `${where}: ${notHere(path)}` };
        default:
            return { path, message: `${where}: ${error.message ?? 'is invalid'}` };
    }
}
/**
 * Why a field the schema forbids (`not: {}`) is not allowed where it is, and what to do instead
 * (the schema's descriptions say the same, but the compiled validator keeps none).
 */
function notHere(path) {
    const field = path.at(-1);
    const inStep = path.includes('steps') && field !== 'steps';
    switch (field) {
        case 'request':
            return inStep
                ? 'a wait step sends nothing: drop request, or give the step a check type (http, grpc, ...)'
                : 'a multistep check has no request of its own: give each of its steps its request';
        case 'assertions':
            return 'a multistep check has no assertions of its own: put each on the step whose answer it judges';
        case 'timeout':
            return 'a multistep check has no request timeout: give each step its own timeout; overall_timeout bounds the whole sequence (default 5m)';
        case 'steps':
            return 'only a multistep check has steps: set type: multistep, or drop steps';
        case 'cookies':
            return 'only a multistep check has a cookie jar: drop cookies';
        case 'extract':
            return 'a wait step has nothing to extract from: move extract to the step whose answer it reads';
        case 'duration':
            return 'only a wait step has a duration (type: wait); the time limit of a check is timeout';
        default:
            return 'not allowed here';
    }
}
function describeTypes(types) {
    const article = (type) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
    return types.split(',').map(article).join(' or ');
}
function patternHint(error) {
    const pattern = String(error.params.pattern);
    if (pattern.includes('ms|s|m|h'))
        return 'must be a duration such as 250ms, 10s or 5m';
    if (pattern.startsWith('^(all|'))
        return 'must be all, a category such as SSL, or CATEGORY:CODE such as SSL:CERT_HAS_EXPIRED';
    return `must match ${pattern}`;
}
function pointerToPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}


/***/ }),

/***/ 7857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jg: () => (/* binding */ schemaProblemsOfCheck),
/* harmony export */   QH: () => (/* binding */ heldTemplate),
/* harmony export */   t3: () => (/* binding */ AFTER_VARIABLES)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5918);

/** How a problem of such a field ends: `validate` knows by it a value an unset variable decides. */
const AFTER_VARIABLES = 'once its variables are replaced';
/** Whether the value at `fieldPath` in `value` is a string written with a variable. */
function heldTemplate(value, fieldPath) {
    let at = value;
    for (const part of fieldPath) {
        if (typeof at !== 'object' || at === null)
            return false;
        at = at[part];
    }
    return typeof at === 'string' && at.includes('{{');
}
/**
 * The schema's problems of one check, its variables replaced: all of them, at whatever depth (a
 * variable may change which rules apply above it). The resolver asks only of a check the schema
 * found nothing else wrong with as written, so each comes from its variables. The messages never
 * quote a value: a variable may hold a secret.
 */
async function schemaProblemsOfCheck(check) {
    const problems = await (0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .validateManifest */ .y)({ version: 1, checks: [check] });
    return problems.map((problem) => {
        const [, , ...fieldPath] = problem.path;
        const rule = problem.message.slice(problem.message.indexOf(': ') + 2).replace(/; ".*", did you mean [^?]*\?$/s, '');
        return { fieldPath, message: `${rule}, ${AFTER_VARIABLES}` };
    });
}


/***/ }),

/***/ 9685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GK: () => (/* binding */ describeProxy),
  Pr: () => (/* binding */ parseProxyUrl),
  iJ: () => (/* binding */ proxyFor),
  yM: () => (/* binding */ readProxyEnvironment)
});

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/net/no-proxy.ts
// NO_PROXY as curl documents it (CURLOPT_NOPROXY, `--noproxy`): a list of entries separated by
// commas or white space. The value `*` alone bypasses the proxy for every host; a `*` among other
// entries (`localhost,*`) matches nothing, as in curl, which reads `*` only as the whole value.
// Each entry is one of
//  - a host name, matched as that name or a domain containing it, on a dot boundary
//    (`example.com` matches example.com and www.example.com, not badexample.com); a leading `.`
//    or `*.` is ignored, and so is a final `.`;
//  - an IP address, matched exactly (`127.0.0.1`, `::1`, `[::1]`), or a CIDR range (`10.0.0.0/8`,
//    `fd00::/8`); an address entry matches only a target written as an address (an IPv4 entry its
//    IPv4-mapped IPv6 spelling too, `[::ffff:127.0.0.1]`: the same address), a name entry only a
//    target written as a name (nothing is resolved to decide). An IPv6 entry never matches an IPv4
//    target (`::/0` and `::ffff:0:0/96` are not every IPv4 address). A `/0` prefix is read as curl
//    reads it (lib/noproxy.c: no bits means the address alone): `0.0.0.0/0` matches 0.0.0.0 only,
//    `::/0` matches `::` only, never every address;
//  - any of these with `:port` (`api.internal:8080`, `[::1]:8443`): then only that port, as Go's
//    and undici's readers have it (curl has no port in its entries: a port only narrows an entry).
// An entry that is none of these (`10.0.0.0/33`, `host:http`) matches nothing: the request then
// goes through the proxy, where a failure is reported as the proxy's. A bypass probegate cannot
// account for would instead reach the target directly, where a broken preview might pass.

const DEFAULT_PORTS = { 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443 };
function parseNoProxy(value) {
    // curl compares the whole value with `*`; among other entries, `*` is no host and matches nothing.
    if (value === '*')
        return { bypasses: () => true };
    const entries = value.toLowerCase().split(/[,\s]+/).filter(Boolean);
    const rules = entries.map(parseEntry).filter((rule) => rule !== undefined);
    return { bypasses: (target) => rules.some((rule) => matches(rule, target)) };
}
function matches(rule, target) {
    if (rule.port !== undefined && rule.port !== (Number(target.port) || DEFAULT_PORTS[target.protocol]))
        return false;
    const host = target.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
    const family = (0,external_node_net_.isIP)(host);
    if (rule.kind === 'address') {
        if (family === 0 || (family === 4 && rule.family === 6))
            return false;
        return rule.addresses.check(host, family === 4 ? 'ipv4' : 'ipv6');
    }
    const name = host.replace(/\.$/, '');
    return family === 0 && (name === rule.name || name.endsWith(`.${rule.name}`));
}
function parseEntry(entry) {
    const split = splitPort(entry);
    if (!split)
        return undefined;
    const { host, port } = split;
    const withPort = port === undefined ? {} : { port };
    const cidr = /^([^/]+)\/(\d{1,3})$/.exec(host);
    const address = cidr ? cidr[1] : host;
    const family = (0,external_node_net_.isIP)(address);
    if (family !== 0) {
        const type = family === 4 ? 'ipv4' : 'ipv6';
        const bits = cidr ? Number(cidr[2]) : 0;
        if (bits > (family === 4 ? 32 : 128))
            return undefined;
        const addresses = new external_node_net_.BlockList();
        // No prefix, or `/0`, which curl reads as no prefix: the address alone.
        if (bits === 0)
            addresses.addAddress(address, type);
        else
            addresses.addSubnet(address, bits, type);
        return { kind: 'address', family: family === 4 ? 4 : 6, ...withPort, addresses };
    }
    const name = host.replace(/^\*?\./, '').replace(/\.$/, '');
    if (!name || cidr || /[:*/]/.test(name))
        return undefined;
    return { kind: 'name', name, ...withPort };
}
/** `host`, `host:port`, `[v6]`, `[v6]:port`, or a bare IPv6 address (several colons, no port); undefined for a port that is not one. */
function splitPort(entry) {
    const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(entry);
    const [host, port] = bracketed ? [bracketed[1], bracketed[2]] : (entry.match(/:/g) ?? []).length === 1 ? entry.split(':') : [entry, undefined];
    if (port === undefined)
        return { host: host };
    if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)
        return undefined;
    return { host: host, port: Number(port) };
}

;// CONCATENATED MODULE: ./src/net/proxy-env.ts
// Which forward proxy a request goes through: the check's own `request.proxy` (a URL, or `none`),
// else the environment as runners behind a corporate proxy set it, read as undici's
// EnvHttpProxyAgent reads it (lower-case names first; an https:// target without HTTPS_PROXY uses
// HTTP_PROXY); NO_PROXY read as curl documents it (net/no-proxy.ts).

function readProxyEnvironment(env = process.env) {
    return { https: firstSet(env, ['https_proxy', 'HTTPS_PROXY']), http: firstSet(env, ['http_proxy', 'HTTP_PROXY']), noProxy: parseNoProxy(firstSet(env, ['no_proxy', 'NO_PROXY'])?.value ?? '') };
}
/** The proxy for `target` (http(s) or ws(s)), or undefined to connect directly. */
function proxyFor(target, choice) {
    if (choice.kind === 'none')
        return undefined;
    if (choice.kind === 'url')
        return { url: choice.url, source: 'request.proxy' };
    const { environment } = choice;
    const secure = target.protocol === 'https:' || target.protocol === 'wss:';
    const found = (secure ? environment.https : undefined) ?? environment.http;
    if (!found)
        return undefined;
    if (environment.noProxy.bypasses(target))
        return undefined;
    return { url: parseProxyUrl(found.value, found.name), source: found.name };
}
/**
 * Parses a proxy URL; throws an Error whose message names where it came from and the rule, and
 * shows the value without its credentials (a proxy URL may hold a password).
 */
function parseProxyUrl(value, source) {
    let url;
    const shown = withoutCredentials(value);
    try {
        url = new URL(value.includes('://') ? value : `http://${value}`);
    }
    catch {
        throw new Error(`${source} "${shown}" is not a valid proxy URL (expected http://host:port)`);
    }
    if (url.protocol !== 'http:') {
        throw new Error(`${source} "${shown}" must be an http:// proxy URL (probegate opens tunnels with CONNECT over plain HTTP to the proxy)`);
    }
    return url;
}
/** `scheme://user:password@host` \u2192 `scheme://***@host`, for any text shaped like a URL, valid or not. */
function withoutCredentials(value) {
    return value.replace(/^([^:/@]*:\/\/)?[^@/]*@/, (_, scheme) => `${scheme ?? ''}***@`);
}
/** The proxy as people may see it: scheme, host and port, never its credentials. */
function describeProxy(url) {
    return `${url.protocol}//${url.host}`;
}
function firstSet(env, names) {
    for (const name of names) {
        const value = env[name]?.trim();
        if (value)
            return { name, value };
    }
    return undefined;
}


/***/ })

};
