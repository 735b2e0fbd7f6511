import type { SourceLocation } from '../model.js';

/** One thing wrong with the manifest, at its position. */
export interface ManifestProblem {
  readonly location: SourceLocation;
  readonly message: string;
  /** The fix lies outside the manifest (an environment variable the step does not pass): the message says it. */
  readonly fixedOutside?: boolean;
}
