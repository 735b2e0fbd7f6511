// Types of bench/bare.mjs.
export interface BareOptions {
  readonly urls: readonly string[];
  readonly concurrency: number;
  /** Refuse bodies over this many bytes (undici's maxResponseSize), as the check's cap does. */
  readonly maxBytes?: number;
}

/** Runs every request; returns what did not answer 200 with {"status": "ok"}. */
export declare function bareLoop(options: BareOptions): Promise<string[]>;
