// Plain-text helpers every layer may use (reports, the terminal, assertion descriptions).

/**
 * How much of what a server sent a check keeps for its report: the excerpt, and the `actual` of
 * an assertion (judged on the whole value first). Counted in bytes of the body, or of the value's
 * text in UTF-8.
 */
export const EXCERPT_BYTES = 2000;

/** Cuts text to `max` characters, ending with an ellipsis when it was longer. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return max <= 1 ? '…'.slice(0, max) : `${chars.slice(0, max - 1).join('')}…`;
}

/** The longest start of `text` whose UTF-8 takes at most `maxBytes`, never half a character. */
export function utf8Start(text: string, maxBytes: number): string {
  const { read } = new TextEncoder().encodeInto(text, new Uint8Array(maxBytes));
  return text.slice(0, read);
}
