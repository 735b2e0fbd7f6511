// Plain-text helpers every layer may use (reports, the terminal, assertion descriptions).

/**
 * How much of what a server sent a check keeps for its report: the excerpt, and the `actual` of
 * a body assertion (judged on the whole body first). Counted in bytes of the body.
 */
export const EXCERPT_BYTES = 2000;

/** Cuts text to `max` characters, ending with an ellipsis when it was longer. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return max <= 1 ? '…'.slice(0, max) : `${chars.slice(0, max - 1).join('')}…`;
}
