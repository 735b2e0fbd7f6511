// Gate selectors (`all`, CATEGORY, CATEGORY:CODE) checked against the closed list of codes, wherever
// they are written: the manifest's gate, defaults and checks, the action's inputs, the CLI's flags.
import { CATEGORIES, CATEGORY_CODES, type Category } from '../errors/taxonomy.js';
import { closest } from './suggest.js';

// `all` is among the suggestions: `ALL` or `al` means all, not the nearest category (SSL).
const EVERY_SELECTOR: readonly string[] = ['all', ...CATEGORIES.flatMap((category) => [category, ...CATEGORY_CODES[category].map((code) => `${category}:${code}`)])];

/**
 * Why a selector names nothing, with the selector it was probably meant to be, or undefined when
 * it is `all`, a category of the taxonomy or one of the codes that category can end with.
 */
export function selectorProblem(selector: string): string | undefined {
  if (selector === 'all') return undefined;
  const [category, code, ...rest] = selector.split(':');
  const known = (CATEGORIES as readonly string[]).includes(category!);
  if (known && code === undefined) return undefined;
  if (known && rest.length === 0 && CATEGORY_CODES[category as Category].includes(code!)) return undefined;
  const quoted = `"${selector}"`;
  const suggestion = (known ? closestCode(category as Category, code ?? '') : undefined) ?? closest(selector, EVERY_SELECTOR);
  const hint = suggestion ? `, did you mean ${suggestion}?` : '';
  const why = known
    ? `${quoted} is not a code the ${category} category can end with${hint} (${codeList(category as Category)})`
    : `${quoted} is not an error category${hint} (expected all, a category such as SSL, or CATEGORY:CODE such as SSL:CERT_HAS_EXPIRED; see docs/errors.md)`;
  return why;
}

// A category with more codes than this points at the docs rather than listing them in a message.
const LISTED_CODES = 8;

function codeList(category: Category): string {
  const codes = CATEGORY_CODES[category];
  return codes.length <= LISTED_CODES ? `its codes: ${codes.join(', ')}; see docs/errors.md` : `its ${codes.length} codes are listed in docs/errors.md`;
}

/** The code of the category a mistyped code was probably meant to be: the closest, or the one it abbreviates. */
function closestCode(category: Category, code: string): string | undefined {
  const codes = CATEGORY_CODES[category];
  const upper = code.toUpperCase();
  const found = closest(code, codes) ?? (upper ? codes.find((candidate) => candidate.includes(upper)) : undefined);
  return found && `${category}:${found}`;
}
