// Types of the validator that scripts/schema-validator.mjs generates from the JSON report schema.
import type { ValidateFunction } from 'ajv';

export declare const validate: ValidateFunction;
export default validate;
