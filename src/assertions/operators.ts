import type { Operator } from '../model.js';
import { patternOf } from './pattern.js';
import { testWithin, type AssertionDeadline } from './regex.js';
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

/**
 * Applies an operator to a value as an assertion says. A list is judged value by value: against
 * a target that is no list, every value in it (nested lists opened); against a list target, the
 * several values of a path each (one value that is a list is compared whole). Each value must
 * pass (`elements: every`), but for `contains`, where one is enough (`elements: some`): so
 * `$.services[*].status is up` fails while one service is down, where one passing would pass a
 * broken preview, and the negative operators pass only when no value is, contains or matches the
 * target. A list with no value passes only the negative operators.
 */
export function compareValue(operator: Operator, actual: unknown, target: unknown, elements: Quantifier | undefined, deadline?: AssertionDeadline): MaybeAsync<Comparison> {
  if (operator === 'doesNotExist' || !Array.isArray(actual)) return compare(operator, actual, target, deadline);
  const values = Array.isArray(target) ? (SEVERAL.has(actual) ? actual : undefined) : actual.flat(Infinity);
  if (values === undefined) return compare(operator, actual, target, deadline);
  const quantifier = elements ?? (operator === 'contains' ? 'some' : 'every');
  if (values.length === 0) {
    return NEGATIVE.has(operator) && quantifier === 'every' ? compare(operator, actual, target, deadline) : { passed: false, message: 'the list is empty: there is no value to compare' };
  }
  return compareEach(quantifier, operator, values, target, deadline, true);
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
  if (actual === undefined || actual === null) return { passed: false, message: 'no such value in the response' };
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
      let pattern: RegExp;
      try {
        pattern = patternOf(text(target));
      } catch (error) {
        return { passed: false, message: `invalid regular expression: ${(error as Error).message}` };
      }
      const found = testWithin(pattern, Array.isArray(actual) ? actual.map(text) : [text(actual)], deadline);
      return found instanceof Promise ? found.then((answer) => regexComparison(operator, answer)) : regexComparison(operator, found);
    }
    default:
      return { passed: false, message: `operator ${operator} does not apply here` };
  }
}

function regexComparison(operator: Operator, found: boolean | undefined): Comparison {
  if (found === undefined) return { passed: false, message: 'the regular expression could not be evaluated on this value' };
  return { passed: operator === 'matches' ? found : !found };
}

/**
 * Applies the operator to each element of a list; an empty or missing list has no value to
 * compare. `explain`: a failure names the element that failed (or that none passed).
 */
export function compareEach(quantifier: Quantifier, operator: Operator, actual: unknown, target: unknown, deadline?: AssertionDeadline, explain = false): MaybeAsync<Comparison> {
  if (operator === 'doesNotExist' || !Array.isArray(actual) || actual.length === 0) {
    return compare(operator, Array.isArray(actual) && actual.length === 0 ? undefined : actual, target, deadline);
  }
  const comparisons = actual.map((value) => compare(operator, value, target, deadline));
  const judge = (results: readonly Comparison[]) => (explain ? explained(quantifier, actual, results) : combine(quantifier, results));
  if (comparisons.some((c) => c instanceof Promise)) return Promise.all(comparisons).then(judge);
  return judge(comparisons as Comparison[]);
}

function combine(quantifier: Quantifier, results: readonly Comparison[]): Comparison {
  const passed = quantifier === 'some' ? results.some((r) => r.passed) : results.every((r) => r.passed);
  const message = passed ? undefined : results.find((r) => r.message)?.message;
  return message ? { passed, message } : { passed };
}

/** combine's verdict, a failure saying which element failed: the list is shown whole as the actual value. */
function explained(quantifier: Quantifier, values: readonly unknown[], results: readonly Comparison[]): Comparison {
  const combined = combine(quantifier, results);
  if (combined.passed) return combined;
  if (quantifier === 'some') return { passed: false, message: `none of the ${values.length} values passes${combined.message ? ` (${combined.message})` : ''}` };
  const index = results.findIndex((r) => !r.passed);
  const why = results[index]!.message;
  return { passed: false, message: `value ${index + 1} of ${values.length}, ${preview(values[index])}, fails${why ? ` (${why})` : ''}: every value must pass (elements: some asks for one)` };
}

function preview(value: unknown): string {
  const shown = JSON.stringify(value) ?? String(value);
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
