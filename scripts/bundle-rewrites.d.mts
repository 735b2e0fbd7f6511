// Types of scripts/bundle-rewrites.mjs, for the benchmark's bundles (bench/).
/** Rewrites every .js file of an ncc output folder in place, as dist/ is. */
export declare function rewriteBundle(dir: string): void;
