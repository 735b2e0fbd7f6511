/** What an error category or code means for users, and the one most likely fix. */
export interface Explanation {
  /** What happened, in words a developer understands. */
  readonly meaning: string;
  /** The one most likely fix. */
  readonly fix: string;
}
