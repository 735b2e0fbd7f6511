import type { Operator } from '../model.js';
import { patternOf } from './pattern.js';
import { testEachWithin, testsAtOnce, testWithin, type AssertionDeadline } from './regex.js';
import type { Quantifier } from './types.js';

export interface Comparison {
  readonly passed: boolean;
  /** Why, when expected-vs-actual alone would not say it (a missing value, a bad regex). */
  readonly message?: string;
}

const NUMERIC: Partial<Record<Operator, (a: number, b: number) => boolean>> = {
  lessThan: (a, b) => a < b,
  lessThanOrEqual: (a, b) => a <= b,
  moreThan: (a, b) => a > b,
  moreThanOrEqual: (a, b) => a >= b,
  isInMoreThan: (a, b) => a > b,
  isInLessThan: (a, b) => a < b,
};

/** A comparison, or its promise when a regex runs in the worker (see regex.ts). */
export type MaybeAsync<T> = T | Promise<T>;

/** Lists that are the several values a path matched (`$.services[*].status`), not one value that is a list. */
const SEVERAL = new WeakSet<readonly unknown[]>();

/** Marks `values` as the several values a path matched. */
export function several(values: unknown[]): unknown[] {
  SEVERAL.add(values);
  return values;
}

const NEGATIVE: ReadonlySet<Operator> = new Set(['isNot', 'doesNotContain', 'doesNotMatch']);

const NO_VALUE: Comparison = Object.freeze({ passed: false, message: 'no such value in the response' });

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
export function compareValue(operator: Operator, actual: unknown, target: unknown, elements: Quantifier | undefined, deadline?: AssertionDeadline): MaybeAsync<Comparison> {
  // Several values of a path are absent when every one is null (`$.items[*].error`).
  if (operator === 'doesNotExist') return SEVERAL.has(actual as unknown[]) ? verdict((actual as unknown[]).every((value) => value === null || value === undefined)) : compare(operator, actual, target, deadline);
  if (actual === null || typeof actual !== 'object') return compare(operator, actual, target, deadline);
  const wanted = typeof target === 'string' && (operator === 'is' || operator === 'isNot') ? (jsonTextValue(target) ?? target) : target;
  if (!Array.isArray(actual)) return compare(operator, actual, wanted, deadline);
  const matches = SEVERAL.has(actual) ? actual : undefined;
  let values: readonly unknown[];
  if (Array.isArray(wanted)) {
    if (!matches?.some(Array.isArray)) return compare(operator, actual, wanted, deadline);
    values = matches;
  } else {
    const opened = elements && matches ? matches : valuesInside(actual);
    if (opened === undefined) return { passed: false, message: `the list is nested more than ${MAX_LIST_DEPTH} deep: it cannot be compared` };
    values = opened;
  }
  const quantifier = elements ?? (operator === 'contains' ? 'some' : 'every');
  if (values.length === 0) {
    return NEGATIVE.has(operator) && quantifier === 'every' ? compare(operator, actual, wanted, deadline) : { passed: false, message: 'the list is empty: there is no value to compare' };
  }
  const hint = elements === undefined && quantifier === 'every' && !NEGATIVE.has(operator) ? ' (elements: some asks for one)' : '';
  const judge = (results: readonly Comparison[]) => explained(quantifier, values, results, hint);
  const nested = values === matches && values.some(Array.isArray);
  if ((operator === 'matches' || operator === 'doesNotMatch') && !nested) return matchEach(operator, values, wanted, deadline, judge);
  // Each of several values in turn as a value of its own (a list in it opened), else as compare judges it.
  const judgeOne = nested ? (value: unknown) => compareValue(operator, value, wanted, undefined, deadline) : (value: unknown) => compareInList(operator, value, wanted, deadline);
  return eachOf(values, judgeOne, judge);
}

/** One value of a list as compare judges it, but for a number or a boolean, which a list contains only whole (`[15, 25]` does not contain 5). */
function compareInList(operator: Operator, value: unknown, target: unknown, deadline: AssertionDeadline | undefined): MaybeAsync<Comparison> {
  if ((operator === 'contains' || operator === 'doesNotContain') && (typeof value === 'number' || typeof value === 'boolean')) {
    const found = same(value, target);
    if (found === undefined) return { passed: false, message: INEXACT };
    return verdict(operator === 'contains' ? found : !found);
  }
  return compare(operator, value, target, deadline);
}

/** matches / doesNotMatch on each value, as compare judges one, in one test of them all (regex.ts). */
function matchEach(operator: Operator, values: readonly unknown[], target: unknown, deadline: AssertionDeadline | undefined, judge: (results: readonly Comparison[]) => Comparison): MaybeAsync<Comparison> {
  const pattern = targetPattern(target);
  if (!(pattern instanceof RegExp)) return pattern;
  const present = (value: unknown) => value !== undefined && value !== null;
  const found = testEachWithin(pattern, values.filter(present).map(text), deadline);
  const results = (each: boolean[] | undefined) => {
    let next = 0;
    return values.map((value) => (present(value) ? regexComparison(operator, each?.[next++]) : NO_VALUE));
  };
  return found instanceof Promise ? found.then((each) => judge(results(each))) : judge(results(found));
}

/** The values in a list, lists inside it opened, in order; undefined past MAX_LIST_DEPTH. */
function valuesInside(list: readonly unknown[]): unknown[] | undefined {
  const values: unknown[] = [];
  const open = (inner: readonly unknown[], depth: number): boolean => {
    if (depth > MAX_LIST_DEPTH) return false;
    for (const value of inner) {
      if (!Array.isArray(value)) values.push(value);
      else if (!open(value, depth + 1)) return false;
    }
    return true;
  };
  return open(list, 1) ? values : undefined;
}

/** The list or object a text writes as JSON (`["a","b"]`, what a step extracts from a list), else undefined. */
function jsonTextValue(text: string): unknown {
  const start = text.trimStart()[0];
  if (start !== '[' && start !== '{') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function eachOf(values: readonly unknown[], judgeOne: (value: unknown) => MaybeAsync<Comparison>, judge: (results: readonly Comparison[]) => Comparison): MaybeAsync<Comparison> {
  const comparisons = values.map(judgeOne);
  if (comparisons.some((c) => c instanceof Promise)) return Promise.all(comparisons).then(judge);
  return judge(comparisons as Comparison[]);
}

/**
 * Applies an operator of SPEC §1 to an observed value. A list passes `contains` when its text or
 * one element's holds the target, `is` when it is a list target (`is: [1, 2]`) or one element is
 * a target that is no list; `isNot`, `doesNotContain` and `doesNotMatch` pass only when their
 * opposite fails, so that `isNot: []` fails on an empty list. A regex still running at the
 * deadline rejects with TIMEOUT:OVERALL_TIMEOUT.
 */
export function compare(operator: Operator, actual: unknown, target: unknown, deadline?: AssertionDeadline): MaybeAsync<Comparison> {
  if (operator === 'doesNotExist') return verdict(actual === undefined || actual === null);
  // JSON's null is a value to is and isNot against a null target (`target: null`), and no value to anything else.
  if (actual === null && target === null && (operator === 'is' || operator === 'isNot')) return verdict(operator === 'is');
  if (actual === undefined || actual === null) return NO_VALUE;
  const numeric = NUMERIC[operator];
  if (numeric) {
    const a = asNumber(actual);
    const b = asNumber(target);
    if (Number.isNaN(a) || Number.isNaN(b)) return { passed: false, message: `${operator} needs numbers` };
    // Rounding keeps order: two numbers that read apart compare as written; read alike, they may not be.
    if (a === b && !isExact(a)) return { passed: false, message: INEXACT };
    return verdict(numeric(a, b));
  }
  switch (operator) {
    case 'is':
    case 'isNot': {
      const found = Array.isArray(target) ? same(actual, target) : isOrHolds(actual, target);
      if (found === undefined) return { passed: false, message: INEXACT };
      return verdict(operator === 'is' ? found : !found);
    }
    case 'contains':
      return verdict(anyOf(actual, text(target), containsText));
    case 'doesNotContain':
      return verdict(!anyOf(actual, text(target), containsText));
    case 'matches':
    case 'doesNotMatch': {
      const pattern = targetPattern(target);
      if (!(pattern instanceof RegExp)) return pattern;
      const found = testWithin(pattern, regexInputs(actual), deadline);
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
export function compareAtOnce(operator: Operator, actual: unknown, target: unknown): Comparison | undefined {
  if (operator === 'matches' || operator === 'doesNotMatch') {
    const pattern = targetPattern(target);
    if (pattern instanceof RegExp && actual !== undefined && actual !== null && !testsAtOnce(pattern, regexInputs(actual))) return undefined;
  }
  // Only a regex test in a worker makes compare's answer a promise, and that case is above.
  return compare(operator, actual, target) as Comparison;
}

const regexInputs = (actual: unknown) => (Array.isArray(actual) ? actual.map(text) : [text(actual)]);

/** The target's pattern, or the failed comparison that says why it is none. */
function targetPattern(target: unknown): RegExp | Comparison {
  try {
    return patternOf(text(target));
  } catch (error) {
    return { passed: false, message: `invalid regular expression: ${(error as Error).message}` };
  }
}

function regexComparison(operator: Operator, found: boolean | undefined): Comparison {
  if (found === undefined) return { passed: false, message: 'the regular expression could not be evaluated on this value' };
  return { passed: operator === 'matches' ? found : !found };
}

/** Applies the operator to each element of a list; an empty or missing list has no value to compare. */
export function compareEach(quantifier: Quantifier, operator: Operator, actual: unknown, target: unknown, deadline?: AssertionDeadline): MaybeAsync<Comparison> {
  if (operator === 'doesNotExist' || !Array.isArray(actual) || actual.length === 0) {
    return compare(operator, Array.isArray(actual) && actual.length === 0 ? undefined : actual, target, deadline);
  }
  return eachOf(actual, (value) => compare(operator, value, target, deadline), (results) => combine(quantifier, results));
}

function combine(quantifier: Quantifier, results: readonly Comparison[]): Comparison {
  const passed = quantifier === 'some' ? results.some((r) => r.passed) : results.every((r) => r.passed);
  const message = passed ? undefined : results.find((r) => r.message)?.message;
  return message ? { passed, message } : { passed };
}

/** combine's verdict, a failure saying which value failed: the list is shown whole as the actual value. */
function explained(quantifier: Quantifier, values: readonly unknown[], results: readonly Comparison[], hint: string): Comparison {
  const combined = combine(quantifier, results);
  if (combined.passed) return combined;
  if (quantifier === 'some') return { passed: false, message: `none of the ${values.length} values passes${combined.message ? ` (${combined.message})` : ''}` };
  const index = results.findIndex((r) => !r.passed);
  const why = results[index]!.message;
  return { passed: false, message: `value ${index + 1} of ${values.length}, ${preview(values[index])}, fails${why ? ` (${why})` : ''}: every value must pass${hint}` };
}

function preview(value: unknown): string {
  let shown: string;
  try {
    shown = JSON.stringify(value) ?? String(value);
  } catch {
    shown = typeof value === 'object' && value !== null ? (Array.isArray(value) ? 'a list' : 'an object') : String(value);
  }
  return shown.length > 80 ? `${shown.slice(0, 77)}...` : shown;
}

// Shared: a comparison is made for every assertion of every check, and read only once.
const PASSED: Comparison = Object.freeze({ passed: true });
const FAILED: Comparison = Object.freeze({ passed: false });

function verdict(passed: boolean): Comparison {
  return passed ? PASSED : FAILED;
}

/** Whether the value, or one element of an array, passes the test against the target. */
function anyOf<Target>(actual: unknown, target: Target, test: (value: unknown, target: Target) => boolean): boolean {
  return Array.isArray(actual) ? actual.some((value) => test(value, target)) : test(actual, target);
}

/**
 * Whether the value's text holds the needle: for a list or an object, its JSON text or any text
 * inside it (JSON escapes quotes and backslashes, so `said "no"` is not in the text of
 * `{"text": "he said \"no\""}`: doesNotContain passed on it).
 */
function containsText(value: unknown, needle: string): boolean {
  return text(value).includes(needle) || (typeof value === 'object' && value !== null && !Buffer.isBuffer(value) && someTextInside(value, needle));
}

function someTextInside(value: object, needle: string): boolean {
  return Object.entries(value).some(([key, inner]) => key.includes(needle) || (typeof inner === 'string' ? inner.includes(needle) : typeof inner === 'object' && inner !== null && someTextInside(inner, needle)));
}

/** Yes, no, or undefined: the two cannot be told apart (integers past 2^53 that read as one number). */
type Same = boolean | undefined;

const INEXACT = `a number beyond ${Number.MAX_SAFE_INTEGER} loses its last digits as a number, so it cannot be compared exactly: compare it as text (quote the target: "9007199254740993")`;

/** Whether the value is the target, or is an array that holds it (a target that is no list). */
function isOrHolds(actual: unknown, target: unknown): Same {
  return anySame([same(actual, target), ...(Array.isArray(actual) ? actual.map((value) => same(value, target)) : [])]);
}

/**
 * Equality as a manifest means it: a number and its text are the same (`200` is `"200"`), as are
 * `true` and `"true"`; a list, an object or null only equals the same JSON value, whatever the
 * order of its keys.
 */
function same(actual: unknown, target: unknown): Same {
  if (typeof actual === 'object' || typeof target === 'object') return sameJson(actual, target);
  if (typeof actual === 'number' || typeof target === 'number') return sameNumber(asNumber(actual), asNumber(target));
  return String(actual) === String(target);
}

function sameNumber(a: number, b: number): Same {
  if (a !== b) return false;
  return isExact(a) ? true : undefined;
}

/** Not an integer past 2^53, where neighbouring integers read as one number (JSON.parse rounds them). */
function isExact(value: number): boolean {
  return !Number.isInteger(value) || Number.isSafeInteger(value);
}

const DECIMAL = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/**
 * A number, or the number a decimal text writes; NaN for anything else. Not JavaScript's Number(),
 * which reads `""`, `false` and `[]` as 0 (a service answering `"count": ""` passed `lessThan: 1`),
 * and `"0x10"` as 16, `"Infinity"` as a number.
 */
function asNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  return typeof value === 'string' && DECIMAL.test(value) ? Number(value) : Number.NaN;
}

function sameJson(a: unknown, b: unknown): Same {
  const left = asJson(a);
  const right = asJson(b);
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
    return allSame(left.map((value, i) => sameJson(value, right[i])));
  }
  if (isJsonObject(left) || isJsonObject(right)) {
    if (!isJsonObject(left) || !isJsonObject(right)) return false;
    const keys = Object.keys(left);
    if (keys.length !== Object.keys(right).length || !keys.every((key) => Object.hasOwn(right, key))) return false;
    return allSame(keys.map((key) => sameJson(left[key], right[key])));
  }
  if (typeof left === 'number' && typeof right === 'number') return sameNumber(left, right);
  return left === right;
}

/** True when every one is, false when one is not, else undefined. */
function allSame(results: readonly Same[]): Same {
  if (results.includes(false)) return false;
  return results.includes(undefined) ? undefined : true;
}

/** True when one is, false when none can be, else undefined. */
function anySame(results: readonly Same[]): Same {
  if (results.includes(true)) return true;
  return results.includes(undefined) ? undefined : false;
}

/** A value as JSON writes it (a Buffer as `{type, data}`, a Date as its text). */
function asJson(value: unknown): unknown {
  return isJsonObject(value) && typeof value.toJSON === 'function' ? (value.toJSON as () => unknown)() : value;
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
