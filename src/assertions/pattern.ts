// The regular expression a manifest's text stands for: its source (`^v\d+`), or a JavaScript
// literal with the i flag (`/error/i`), which the docs' "JavaScript syntax" invites: read as a
// source, `/error/i` never matched, so `doesNotMatch: "/error/i"` passed a page full of ERROR.
// Any other text of a literal's shape (`/api/`, `/users/id`, `/x/gi`) reads two ways, text with
// slashes or a literal with flags, each passing what the other fails: refused, with both spellings,
// rather than judged on a guess. `/…/i` alone is read as a literal: a path ending in `/i` is rare,
// and i is the flag an assertion needs (`s` and `m` are `[\s\S]` and `(?:^|\n)` in a source).

/** A literal's shape: slashes around a body with no unescaped slash outside a class, then letters that could be flags. */
const LITERAL = /^\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\[])+)\/([dgimsuvy]*)$/s;

/** The RegExp for a manifest's pattern text; throws an Error saying what to write instead. */
export function patternOf(text: string): RegExp {
  const literal = LITERAL.exec(text);
  if (!literal) return new RegExp(text);
  const [, source, flags] = literal as unknown as [string, string, string];
  if (flags === 'i') return new RegExp(source, 'i');
  // Neither reading is a pattern (the body does not compile): what is wrong with the text says so.
  if (!compiles(source)) return new RegExp(text);
  const withSlashes = JSON.stringify(`\\/${source}\\/${flags}`);
  throw new Error(
    `"${text}" reads two ways, as text with slashes or as a JavaScript literal: write ${withSlashes} for the text with its slashes, or ${JSON.stringify(source)} for the pattern between them (the one flag a literal may have here is i, as in /${source}/i)`,
  );
}

/** What is wrong with a manifest's pattern text, in a sentence; undefined when it is a pattern. */
export function patternProblem(text: string): string | undefined {
  const read = readPattern(text);
  return 'problem' in read ? read.problem : undefined;
}

/** The pattern, or what is wrong with the text, in a sentence. */
export function readPattern(text: string): { pattern: RegExp } | { problem: string } {
  try {
    return { pattern: patternOf(text) };
  } catch (error) {
    return { problem: error instanceof SyntaxError ? `invalid regular expression: ${error.message}` : (error as Error).message };
  }
}

function compiles(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}
