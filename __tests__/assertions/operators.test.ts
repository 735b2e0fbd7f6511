import { describe, expect, it } from 'vitest';
import { compare } from '../../src/assertions/operators.js';

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
  ] as const)('%s %j against %j is %s', async (operator, actual, target, passed) => {
    expect((await compare(operator, actual, target)).passed).toBe(passed);
  });

  it('explains a missing value and a comparison that needs numbers', () => {
    expect(compare('is', undefined, 1)).toEqual({ passed: false, message: 'no such value in the response' });
    expect(compare('lessThan', 'abc', 1)).toEqual({ passed: false, message: 'lessThan needs numbers' });
  });
});
