// Types of the yes-or-no validators that scripts/schema-validator.mjs generates from the manifest schema.
import type { ValidateFunction } from 'ajv';

/** The manifest without its checks. */
export declare const manifest: ValidateFunction;
export declare const check_http: ValidateFunction;
export declare const check_ssl: ValidateFunction;
export declare const check_dns: ValidateFunction;
export declare const check_tcp: ValidateFunction;
export declare const check_udp: ValidateFunction;
export declare const check_icmp: ValidateFunction;
export declare const check_grpc: ValidateFunction;
export declare const check_websocket: ValidateFunction;
export declare const check_multistep: ValidateFunction;
