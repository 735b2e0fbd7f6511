// An assertion result in words, the same in every report and on the terminal.
import type { AssertionResult } from '../model.js';
import { truncate } from '../text.js';

const VALUE_CHARS = 201; // 200 characters and the ellipsis

/** What the assertion looks at: `header content-type`, `jsonpath $.state`. */
export function assertionSubject(result: Pick<AssertionResult, 'type' | 'property' | 'path'>): string {
  return [result.type, result.property, result.path].filter(Boolean).join(' ');
}

/** A target or actual value as text: strings as they are, anything else as JSON, nothing as `nothing`. */
export function showValue(value: unknown, max = VALUE_CHARS): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return truncate(text, max);
}

/** `statusCode: expected is \`200\`, actual \`503\`` and why, when more than that is needed. */
export function describeFailure(result: AssertionResult): string {
  const expected = result.operator === 'doesNotExist' ? 'doesNotExist' : `${result.operator} \`${showValue(result.target)}\``;
  const why = result.message ? ` (${result.message})` : '';
  return `${assertionSubject(result)}: expected ${expected}, actual \`${showValue(result.actual)}\`${why}`;
}
