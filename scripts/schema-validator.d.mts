// Types of scripts/schema-validator.mjs, for the test that keeps the generated validator current.
export declare const GENERATED_VALIDATOR: string;
export declare function generateSchemaValidator(): string;
export declare const GENERATED_REPORT_VALIDATOR: string;
export declare function generateReportValidator(): string;
