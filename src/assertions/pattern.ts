// The regular expression a manifest's text stands for. A pattern is its source (`^v\d+`), or a
// JavaScript literal with flags (`/error/i`), which the docs' "JavaScript syntax" invites: read as
// a source, `/error/i` never matched, so `doesNotMatch: "/error/i"` passed a page full of ERROR.
// A literal without flags (`/error/`) reads both ways (the word, or the word between slashes):
// refused, with the two ways to write it, rather than judged on a guess.

/** A literal: slashes around a body with no unescaped slash outside a class, then flags. */
const LITERAL = /^\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\[])+)\/([a-z]*)$/s;
/** The flags that change what one test matches; g and y only make a RegExp remember where it stopped. */
const FLAGS = /^(?!.*(.).*\1)[dimsuv]*$/;

/** The RegExp for a manifest's pattern text; throws an Error saying what to write instead. */
export function patternOf(text: string): RegExp {
  const literal = LITERAL.exec(text);
  if (!literal) return new RegExp(text);
  const [, source, flags] = literal as unknown as [string, string, string];
  if (flags === '') {
    throw new Error(`"${text}" reads two ways: write ${JSON.stringify(source)} for the pattern between the slashes, or ${JSON.stringify(`\\/${source}\\/`)} for the slashes too`);
  }
  if (!FLAGS.test(flags)) {
    if (/^[dgimsuvy]+$/.test(flags)) throw new Error(`"${text}": flags ${flags} cannot apply to one test (use each of i, m, s, u, v, d at most once; g and y mean nothing here)`);
    // Not flags at all (`/usr/local/bin`): a source like any other.
    return new RegExp(text);
  }
  return new RegExp(source, flags);
}

/** What is wrong with a manifest's pattern text, in a sentence; undefined when it is a pattern. */
export function patternProblem(text: string): string | undefined {
  try {
    patternOf(text);
    return undefined;
  } catch (error) {
    return error instanceof SyntaxError ? `invalid regular expression: ${error.message}` : (error as Error).message;
  }
}
