// The baseline comparison of SPEC §8 as the run pipeline uses it. Pure: no GitHub, terminal,
// engine or network here.
export { compareChecks, REGRESSION_PRECEDENCE, regressedCodes, type CheckComparison, type CompareOptions } from './compare.js';
export { parseIgnorePath, type IgnorePattern, type ParsedIgnore } from './typed-path.js';
export * from './types.js';
