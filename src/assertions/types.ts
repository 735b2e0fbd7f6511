import type { Assertion, BodyReading, Observation } from '../model.js';

export type { BodyReading } from '../model.js';

/**
 * Reads the value an assertion compares from what a check observed; may throw an explanation.
 * With a `quantifier`, the value is a list and the operator applies to each element: `some`
 * passes when one element does, `every` when all do (recordSome / recordEvery).
 */
export type Extractor = ((assertion: Assertion, observation: Observation, reading: BodyReading) => unknown) & {
  readonly quantifier?: Quantifier;
};

export type Quantifier = 'some' | 'every';
