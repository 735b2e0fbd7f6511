// Whether a user regex can be tested on the main thread: only when its worst-case backtracking is
// provably small. A pattern without nested or alternating repetition (`(a+)+`, `(a|aa)*`) and
// without backreferences backtracks at most about n^(k+1) steps on n characters, k being its
// unbounded quantifiers, times the width of each counted one (`a{1000}`); that bound must stay
// under 2^26 steps (tens of milliseconds). Everything else goes to the
// worker, which costs a little latency, never a stall. The reading is conservative on purpose.

const INLINE_MAX_STEPS_LOG2 = 26;
/** A `{m,n}` wider than this backtracks like an unbounded quantifier. */
const WIDE_RANGE = 16;

interface Group {
  repeats: boolean;
  alternates: boolean;
}

/** Whether testing `source` on `chars` characters surely ends within ~2^26 backtracking steps. */
export function boundedInline(source: string, chars: number): boolean {
  const quantifiers = countQuantifiers(source);
  if (quantifiers === undefined) return false;
  return (quantifiers.unbounded + 1) * Math.log2(Math.max(chars, 2)) + quantifiers.countedBits <= INLINE_MAX_STEPS_LOG2;
}

/**
 * The pattern's unbounded quantifiers, and log2 of the product of its counted ones' widths;
 * undefined when its backtracking has no polynomial bound.
 */
function countQuantifiers(source: string): { unbounded: number; countedBits: number } | undefined {
  const stack: Group[] = [{ repeats: false, alternates: false }];
  let unbounded = 0;
  let countedBits = 0;
  let lastAtom: Group | undefined; // the group just closed, when the next token may quantify it
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    const current = stack[stack.length - 1]!;
    const quantifier = readQuantifier(source, i);
    if (quantifier) {
      if (lastAtom && (lastAtom.repeats || lastAtom.alternates) && quantifier.max !== 1) return undefined;
      for (const group of stack) group.repeats = true;
      if (quantifier.unbounded) unbounded++;
      else countedBits += Math.log2(quantifier.max + 1);
      i = quantifier.end - 1;
      if (source[i + 1] === '?') i++;
      lastAtom = undefined;
      continue;
    }
    lastAtom = undefined;
    if (char === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return undefined;
      i++;
    } else if (char === '[') {
      i = classEnd(source, i);
    } else if (char === '(') {
      stack.push({ repeats: false, alternates: false });
      if (source[i + 1] === '?') i = groupPrefixEnd(source, i + 1);
    } else if (char === ')') {
      if (stack.length === 1) return undefined;
      lastAtom = stack.pop();
      const parent = stack[stack.length - 1]!;
      parent.repeats ||= lastAtom!.repeats;
      parent.alternates ||= lastAtom!.alternates;
    } else if (char === '|') {
      current.alternates = true;
    }
  }
  return stack.length === 1 ? { unbounded, countedBits } : undefined;
}

function readQuantifier(source: string, at: number): { end: number; max: number; unbounded: boolean } | undefined {
  const char = source[at];
  if (char === '*' || char === '+') return { end: at + 1, max: Infinity, unbounded: true };
  if (char === '?') return { end: at + 1, max: 1, unbounded: false };
  if (char !== '{') return undefined;
  const range = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at, at + 24));
  if (!range) return undefined; // outside Unicode mode a lone `{` is a literal
  const min = Number(range[1]);
  const max = range[2] === undefined ? min : range[3] === '' ? Infinity : Number(range[3]);
  return { end: at + range[0].length, max, unbounded: max - min > WIDE_RANGE };
}

/** Where `[...]` ends: its first unescaped `]` (in JavaScript `[]` is an empty class). */
function classEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

/** The last character of `?:`, `?=`, `?!`, `?<=`, `?<!` or `?<name>` after a `(`. */
function groupPrefixEnd(source: string, question: number): number {
  const next = source[question + 1];
  if (next === ':' || next === '=' || next === '!') return question + 1;
  if (next !== '<') return question;
  if (source[question + 2] === '=' || source[question + 2] === '!') return question + 2;
  const close = source.indexOf('>', question);
  return close === -1 ? question : close;
}
