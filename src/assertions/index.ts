import type { Assertion, AssertionResult, Observation } from '../model.js';
import { EXCERPT_BYTES, utf8Start } from '../text.js';
import { GRPC_EXTRACTORS } from './grpc.js';
import { HTTP_EXTRACTORS } from './http.js';
import { NETWORK_EXTRACTORS } from './network.js';
import { SSL_EXTRACTORS } from './ssl.js';
import { compareEach, compareValue, type Comparison, type MaybeAsync } from './operators.js';
import type { AssertionDeadline } from './regex.js';
import type { BodyReading, Extractor } from './types.js';

// assertion type -> how to read its actual value. Types shared by several checks
// (responseTime, header, receivedMessage) read the same Observation field everywhere.
const EXTRACTORS: Record<string, Extractor> = {
  ...HTTP_EXTRACTORS,
  ...SSL_EXTRACTORS,
  ...NETWORK_EXTRACTORS,
  ...GRPC_EXTRACTORS,
};

export type { AssertionDeadline } from './regex.js';

/**
 * Evaluates every assertion (not just up to the first failure). A promise only when a regex runs
 * in the worker; it rejects with TIMEOUT:OVERALL_TIMEOUT when the regex is still running at the
 * deadline (default: 60 s from each regex test).
 */
export function evaluate(assertions: readonly Assertion[], observation: Observation, deadline?: AssertionDeadline): MaybeAsync<AssertionResult[]> {
  const reading = (observation.bodyReading ??= {});
  const results = assertions.map((assertion) => evaluateOne(assertion, observation, deadline, reading));
  return results.some((r) => r instanceof Promise) ? Promise.all(results) : (results as AssertionResult[]);
}

function evaluateOne(assertion: Assertion, observation: Observation, deadline: AssertionDeadline | undefined, reading: BodyReading): MaybeAsync<AssertionResult> {
  const extract = EXTRACTORS[assertion.type];
  if (!extract) return result(assertion, { actual: undefined }, { passed: false, message: `assertion type ${assertion.type} is not supported` });
  let actual: unknown;
  try {
    actual = extract(assertion, observation, reading);
  } catch (error) {
    return result(assertion, { actual: undefined }, { passed: false, message: (error as Error).message });
  }
  // A jsonSchema assertion's target is the schema; what it compares is whether the body is valid.
  const target = assertion.type === 'jsonSchema' ? 'valid' : assertion.target;
  let comparison: MaybeAsync<Comparison>;
  try {
    comparison = extract.compare
      ? extract.compare(assertion, actual, target, deadline)
      : extract.quantifier
      ? compareEach(extract.quantifier, assertion.operator, actual, target, deadline)
      : compareValue(assertion.operator, actual, target, assertion.elements, deadline);
  } catch (error) {
    // A value too deep for JSON's own writer, say: the assertion fails, saying so, not the run.
    comparison = { passed: false, message: `the value could not be compared: ${(error as Error).message}` };
  }
  const shown = kept(assertion, actual, observation.body);
  return comparison instanceof Promise ? comparison.then((c) => result(assertion, shown, c)) : result(assertion, shown, comparison);
}

type Shown = Pick<AssertionResult, 'actual' | 'actualTotalBytes'>;

/**
 * What a result keeps of the actual value it was judged on, for the rest of the run and the
 * report: all of it up to EXCERPT_BYTES; of a longer one its start and its whole size. A body
 * assertion keeps the body's first bytes; any other value over the size (a long header or JSON
 * string, a JSON subtree such as `$.items`) keeps the start of its text, a string's own or the
 * value's JSON. Otherwise every check of a run would hold, and report, what its paths select.
 */
function kept(assertion: Assertion, actual: unknown, body: Buffer | undefined): Shown {
  // The body's text (decoded per its charset): its start, and the size of the body (its Content-Encoding undone).
  if (assertion.type === 'body' && body && typeof actual === 'string') {
    return body.length > EXCERPT_BYTES ? { actual: utf8Start(actual.slice(0, EXCERPT_BYTES), EXCERPT_BYTES), actualTotalBytes: body.length } : { actual };
  }
  const text = typeof actual === 'string' ? actual : typeof actual === 'object' && actual !== null ? jsonText(actual) : undefined;
  // A value JSON cannot write (nested past its writer's depth) is not kept: every later walk of it would fail too.
  if (text === undefined && typeof actual === 'object' && actual !== null) return { actual: '(a value nested too deep to show)' };
  // A UTF-16 unit takes at most 3 bytes of UTF-8: a text of a third of the size cannot be over it.
  if (text === undefined || text.length <= EXCERPT_BYTES / 3) return { actual };
  const bytes = Buffer.byteLength(text);
  return bytes > EXCERPT_BYTES ? { actual: utf8Start(text, EXCERPT_BYTES), actualTotalBytes: bytes } : { actual };
}

/** A value's JSON text; undefined for one JSON cannot write. */
function jsonText(value: object): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

function result(assertion: Assertion, shown: Pick<AssertionResult, 'actual' | 'actualTotalBytes'>, { passed, message }: Comparison): AssertionResult {
  const judged: { -readonly [K in keyof AssertionResult]: AssertionResult[K] } = {
    type: assertion.type,
    operator: assertion.operator,
    target: assertion.target,
    property: assertion.property,
    path: assertion.path,
    line: assertion.location.line,
    actual: shown.actual,
    passed,
  };
  if (shown.actualTotalBytes !== undefined) judged.actualTotalBytes = shown.actualTotalBytes;
  if (assertion.implicit) judged.implicit = true;
  if (message) judged.message = message;
  return judged;
}
