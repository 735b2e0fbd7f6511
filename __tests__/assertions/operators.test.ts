import { describe, expect, it } from 'vitest';
import { queryJson } from '../../src/assertions/http.js';
import { loadLibraries } from '../../src/libraries.js';
import { compare, compareValue, several } from '../../src/assertions/operators.js';

describe('operators', () => {
  it.each([
    ['is', 200, 200, true],
    ['is', '200', 200, true],
    ['is', 'a', 'b', false],
    ['isNot', 503, 200, true],
    ['contains', 'hello world', 'world', true],
    ['contains', ['a', 'b'], 'b', true],
    ['doesNotContain', 'hello', 'x', true],
    ['matches', 'v1.2.3', '^v\\d+', true],
    ['doesNotMatch', 'v1.2.3', '^x', true],
    ['lessThan', 5, 10, true],
    ['lessThanOrEqual', 10, 10, true],
    ['moreThan', 10, 10, false],
    ['moreThanOrEqual', 10, 10, true],
    ['isInMoreThan', 40, 30, true],
    ['isInLessThan', 10, 30, true],
    ['doesNotExist', undefined, undefined, true],
    ['doesNotExist', 'x', undefined, false],
    // A list or an object equals only the same JSON value; a list also holds its elements.
    ['is', [1, 2, 3], [1, 2, 3], true],
    ['isNot', [1, 2, 3], [1, 2, 3], false],
    ['is', [], [], true],
    ['isNot', [], [], false],
    ['isNot', [1], [], true],
    ['is', [], 0, false],
    ['isNot', [], 0, true],
    ['is', [5], 5, true],
    ['isNot', ['a', 'b'], 'a', false],
    // A list target is the whole value: one element equal to it is not enough.
    ['is', [[1, 2], [3]], [1, 2], false],
    ['isNot', [[1, 2], [3]], [1, 2], true],
    ['is', { a: 1, b: [2] }, { b: [2], a: 1 }, true],
    ['isNot', { a: 1, b: [2] }, { b: [2], a: 1 }, false],
    ['isNot', { a: 1 }, { a: 1, b: 2 }, true],
    ['is', { port: '8080' }, { port: 8080 }, false],
    ['is', 5, [5], false],
    ['is', 'null', null, false],
    // Only numbers and numeric text are numbers: never an empty text, a boolean or a list.
    ['lessThan', '', 1, false],
    ['lessThan', '  ', 1, false],
    ['lessThan', false, 1, false],
    ['lessThan', [], 1, false],
    ['lessThan', [0], 1, false],
    ['moreThanOrEqual', ' 7 ', 7, true],
    ['is', '', 0, false],
    ['isNot', '', 0, true],
    ['is', false, 0, false],
    ['is', '1e3', 1000, true],
    ['is', ' 7 ', 7, true],
    // Decimal text only: JavaScript's Number() also reads hex, binary, octal and Infinity.
    ['is', '0x10', 16, false],
    ['isNot', '0x10', 16, true],
    ['lessThan', '0x10', 17, false],
    ['is', '0b101', 5, false],
    ['is', '0o20', 16, false],
    ['lessThan', '-Infinity', 100, false],
    // Integers past 2^53 that read as one number cannot be told apart: neither is nor isNot passes.
    ['is', 2 ** 53, 2 ** 53, false],
    ['isNot', 2 ** 53, 2 ** 53, false],
    ['is', '9007199254740993', 2 ** 53, false],
    ['isNot', '9007199254740993', 2 ** 53, false],
    ['is', '9007199254740993', '9007199254740993', true],
    ['isNot', '9007199254740993', '9007199254740992', true],
    ['is', [2 ** 53], [2 ** 53], false],
    ['isNot', [2 ** 53], [2 ** 53], false],
    ['isNot', [2 ** 53], [2 ** 53 + 2], true],
    // Apart, they compare as written (rounding keeps order); alike, an order cannot be told.
    ['lessThan', 2 ** 53, 2 ** 53 + 2, true],
    ['moreThan', 2 ** 53 + 2, 2 ** 53, true],
    ['lessThanOrEqual', 2 ** 53, 2 ** 53, false],
    ['moreThanOrEqual', 2 ** 53, 2 ** 53, false],
    // Text inside a list or an object counts as written, not only as its JSON text escapes it.
    ['contains', { text: 'he said "no"' }, 'said "no"', true],
    ['doesNotContain', { text: 'he said "no"' }, 'said "no"', false],
    ['doesNotContain', [{ path: 'C:\\temp' }], 'C:\\temp', false],
    ['doesNotContain', { text: 'fine' }, '"text"', false],
    ['doesNotContain', { text: 'fine' }, 'said', true],
  ] as const)('%s %j against %j is %s', async (operator, actual, target, passed) => {
    expect((await compare(operator, actual, target)).passed).toBe(passed);
  });

  it('explains a missing value and a comparison that needs numbers', () => {
    expect(compare('is', undefined, 1)).toEqual({ passed: false, message: 'no such value in the response' });
    expect(compare('lessThan', 'abc', 1)).toEqual({ passed: false, message: 'lessThan needs numbers' });
    const inexact = 'a number beyond 9007199254740991 loses its last digits as a number, so it cannot be compared exactly: compare it as text (quote the target: "9007199254740993")';
    expect(compare('isNot', '9007199254740993', 2 ** 53)).toEqual({ passed: false, message: inexact });
    expect(compare('lessThanOrEqual', 2 ** 53, 2 ** 53)).toEqual({ passed: false, message: inexact });
  });
});

describe('a list as an assertion judges it (compareValue)', () => {
  const EVERY = ': every value must pass (elements: some asks for one)';
  const ALL = ': every value must pass';
  it.each([
    // is, matches and the number operators: every element by default.
    ['is', ['up', 'down'], 'up', undefined, false, `value 2 of 2, "down", fails${EVERY}`],
    ['is', ['up', 'up'], 'up', undefined, true, undefined],
    ['is', ['up', 'down'], 'up', 'some', true, undefined],
    ['is', ['down', 'down'], 'up', 'some', false, 'none of the 2 values passes'],
    ['is', [5], 5, undefined, true, undefined],
    // An empty list has no value: never a pass of "every" by default.
    ['is', [], 'up', undefined, false, 'the list is empty: there is no value to compare'],
    ['is', [], 'up', 'every', false, 'the list is empty: there is no value to compare'],
    ['contains', [], 'up', undefined, false, 'the list is empty: there is no value to compare'],
    // Nested lists are opened: the several values of $.regions[*].services, lists themselves.
    ['is', several([['up', 'down'], ['up']]), 'up', undefined, false, `value 2 of 3, "down", fails${EVERY}`],
    ['isNot', several([['up', 'down'], ['up']]), 'down', undefined, false, `value 2 of 3, "down", fails${ALL}`],
    ['doesNotMatch', several([['up', 'down'], ['up']]), '^down$', undefined, false, `value 2 of 3, "down", fails${ALL}`],
    // A list target: one value that is a list is compared whole; several values each.
    ['is', [1, 2], [1, 2], undefined, true, undefined],
    ['is', [[80, 443], [22]], [80, 443], undefined, false, undefined],
    ['is', several([[80, 443], [22]]), [80, 443], undefined, false, `value 2 of 2, [22], fails${EVERY}`],
    ['is', several([[80, 443], [22]]), [80, 443], 'some', true, undefined],
    ['is', several([[1, 2], [1, 2]]), [1, 2], undefined, true, undefined],
    // Several values that are no lists, against a list target: the list they make, whole.
    ['is', several(['a', 'b']), ['a', 'b'], undefined, true, undefined],
    ['isNot', several(['a', 'b']), ['a', 'b'], undefined, false, undefined],
    // The JSON text of a list or an object (what a step extracts) is that list or object to is and isNot.
    ['is', ['a', 'b'], '["a","b"]', undefined, true, undefined],
    ['isNot', ['a', 'b'], '["a", "b"]', undefined, false, undefined],
    ['is', { a: 1, b: [2] }, '{"b":[2],"a":1}', undefined, true, undefined],
    ['isNot', { a: 1 }, '{"a":2}', undefined, true, undefined],
    ['matches', ['v1.2', 'beta'], '^v\\d', undefined, false, `value 2 of 2, "beta", fails${EVERY}`],
    ['matches', ['v1.2', 'beta'], '^v\\d', 'some', true, undefined],
    ['lessThan', [120, 900, 80], 500, undefined, false, `value 2 of 3, 900, fails${EVERY}`],
    ['lessThan', [120, 80], 500, undefined, true, undefined],
    ['moreThanOrEqual', [1, 'n/a'], 1, undefined, false, `value 2 of 2, "n/a", fails (moreThanOrEqual needs numbers)${EVERY}`],
    // contains and the negative operators judge the list whole unless elements says otherwise.
    ['contains', ['up', 'down'], 'down', undefined, true, undefined],
    ['contains', ['up', 'down'], 'down', 'every', false, `value 1 of 2, "up", fails${ALL}`],
    // With elements, each of a path's several values in turn: each server lists 443.
    ['contains', several([[80, 443], [443]]), 443, 'every', true, undefined],
    ['contains', several([[80, 443], [22]]), 443, 'every', false, `value 2 of 2, [22], fails (none of the 1 values passes)${ALL}`],
    ['isNot', ['up', 'down'], 'down', undefined, false, `value 2 of 2, "down", fails${ALL}`],
    ['isNot', ['up', 'down'], 'down', 'some', true, undefined],
    ['doesNotMatch', ['ok', 'ERROR'], 'ERR', undefined, false, `value 2 of 2, "ERROR", fails${ALL}`],
    ['doesNotContain', [], 'x', undefined, true, undefined],
    // A list contains a number or a boolean whole, not as digits in another.
    ['contains', [15, 25], 5, undefined, false, 'none of the 2 values passes'],
    ['contains', [15, 5], 5, undefined, true, undefined],
    ['doesNotContain', [15, 25], 5, undefined, true, undefined],
    ['contains', [true], 'true', undefined, true, undefined],
    // Several values are absent when every one is null.
    ['doesNotExist', several([null, null]), undefined, undefined, true, undefined],
    ['doesNotExist', several([null, 1]), undefined, undefined, false, undefined],
    // A value that is no list: as compare judges it, whatever elements says.
    ['is', 'up', 'up', 'every', true, undefined],
    ['doesNotExist', ['x'], undefined, 'every', false, undefined],
  ] as const)('%s %j against %j, elements %s: %s', async (operator, actual, target, elements, passed, message) => {
    expect(await compareValue(operator, actual, target, elements)).toEqual(message === undefined ? { passed } : { passed, message });
  });

  it('judges each of several values in turn with elements: a list inside one is opened, not passed on one element', async () => {
    const judged = await compareValue('is', several([['up', 'down'], ['up']]), 'up', 'every');
    expect(judged.passed).toBe(false);
    expect(judged.message).toMatch(/^value 1 of 2, \["up","down"\], fails \(value 2 of 2, "down", fails/);
  });

  it('refuses a list nested deeper than it opens, and fails, never crashes, on one too deep to write as JSON', async () => {
    let deep: unknown = 'up';
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(await compareValue('is', deep, 'up', undefined)).toEqual({ passed: false, message: 'the list is nested more than 64 deep: it cannot be compared' });
    expect(await compareValue('isNot', deep, 'down', undefined)).toEqual({ passed: false, message: 'the list is nested more than 64 deep: it cannot be compared' });
  });

  it('judges one list that a wildcard matched as the one value of the path, as it judges two', async () => {
    await loadLibraries(['jsonpath-plus']);
    const oneItem = { items: [{ tags: ['beta', 'x'] }] };
    const twoItems = { items: [{ tags: ['beta', 'x'] }, { tags: ['beta'] }] };
    expect(await compareValue('contains', queryJson('$.items[*].tags', oneItem), 'beta', 'every')).toEqual({ passed: true });
    expect(await compareValue('contains', queryJson('$.items[*].tags', twoItems), 'beta', 'every')).toEqual({ passed: true });
    // A path that selects one value: its list is the value, each tag judged.
    expect((await compareValue('contains', queryJson('$.items[0].tags', oneItem), 'beta', 'every')).passed).toBe(false);
  });

  it('compares JSON null with a null target, and with nothing else', async () => {
    expect(await compare('is', null, null)).toEqual({ passed: true });
    expect(await compare('isNot', null, null)).toEqual({ passed: false });
    expect(await compare('isNot', 5, null)).toEqual({ passed: true });
    expect(await compare('is', null, 'null')).toEqual({ passed: false, message: 'no such value in the response' });
  });
});
