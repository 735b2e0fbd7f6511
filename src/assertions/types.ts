import type { Assertion, BodyReading, Observation } from '../model.js';
import type { AssertionDeadline } from './regex.js';

export type { BodyReading } from '../model.js';

/**
 * Reads the value an assertion compares from what a check observed; may throw an explanation.
 * With a `quantifier`, the value is a list and the operator applies to each element: `some`
 * passes when one element does, `every` when all do (recordSome / recordEvery).
 */
export type Extractor = ((assertion: Assertion, observation: Observation, reading: BodyReading) => unknown) & {
  readonly quantifier?: Quantifier;
  /** Compares the list itself, in place of the operators' own comparison of each element (DNS records: dns-records.ts). */
  readonly compare?: (assertion: Assertion, actual: unknown, target: unknown, deadline?: AssertionDeadline) => Verdict | Promise<Verdict>;
};

export type Quantifier = 'some' | 'every';

/** A comparison's outcome (operators.ts's Comparison, written here so that this module imports none of operators.ts). */
export interface Verdict {
  readonly passed: boolean;
  readonly message?: string;
}
