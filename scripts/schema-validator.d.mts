// Types of scripts/schema-validator.mjs, for the test that keeps the generated validator current.
export declare const GENERATED_VALIDATOR: string;
export declare function generateSchemaValidator(): string;
export declare const GENERATED_CHECKER: string;
export declare function generateSchemaChecker(): string;
export declare const EDITOR_KEYWORDS: string[];
/** Compiles the schema in Ajv's strict mode, editor annotations allowed; throws on any mistake. */
export declare function checkSchema(schema: object): ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };
export declare const GENERATED_REPORT_VALIDATOR: string;
export declare function generateReportValidator(): string;
