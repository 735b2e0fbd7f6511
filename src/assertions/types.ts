import type { Assertion, Observation } from '../model.js';

/** Reads the value an assertion compares from what a check observed; may throw an explanation. */
export type Extractor = (assertion: Assertion, observation: Observation) => unknown;
