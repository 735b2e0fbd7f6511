// Keeps a report within GitHub's size limit: the head (verdict, totals) and the tail always
// stay; optional parts are added in order while they fit, and what was left out is counted
// in a note instead of being cut mid-way.

export interface SizeLimit {
  readonly max: number;
  readonly measure: (text: string) => number;
}

/** GitHub's step summary: 1 MiB per step, counted in bytes. */
export const STEP_SUMMARY_LIMIT: SizeLimit = { max: 1024 * 1024, measure: (text) => Buffer.byteLength(text, 'utf8') };
/** A pull-request comment body: 65,536 characters. */
export const COMMENT_LIMIT: SizeLimit = { max: 65_536, measure: (text) => text.length };

export interface OptionalParts {
  /** Text, or a function that renders it: those past the limit are then never rendered. */
  readonly parts: readonly (string | (() => string))[];
  /** The note that replaces the `omitted` parts that did not fit. */
  readonly note: (omitted: number) => string;
}

// Room kept for the notes, so adding one never pushes the text over the limit.
const NOTE_ROOM = 600;

/**
 * `head`, then the parts of each group while they fit, then `tail`, joined by `separator`.
 * Once a part does not fit, it and every later part (of this group and the next ones) are
 * left out, so a reader never sees a later detail without the earlier ones.
 */
export function fitWithin(limit: SizeLimit, head: string, groups: readonly OptionalParts[], tail: string, separator = '\n'): string {
  const pieces = [head];
  let used = limit.measure(head) + limit.measure(tail) + NOTE_ROOM;
  let full = false;
  for (const group of groups) {
    let omitted = 0;
    for (const part of group.parts) {
      const text = full ? '' : typeof part === 'string' ? part : part();
      const size = limit.measure(text) + limit.measure(separator);
      if (!full && used + size <= limit.max) {
        pieces.push(text);
        used += size;
      } else {
        full = true;
        omitted++;
      }
    }
    if (omitted > 0) pieces.push(group.note(omitted));
  }
  pieces.push(tail);
  return pieces.filter((piece) => piece !== '').join(separator);
}
