import type { SourceLocation } from '../model.js';

/** One thing wrong with the manifest, at its position. */
export interface ManifestProblem {
  readonly location: SourceLocation;
  readonly message: string;
}
