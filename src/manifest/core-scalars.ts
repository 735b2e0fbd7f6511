// YAML 1.2's core schema exactly as yaml reads a plain scalar (js-yaml's CORE_SCHEMA also reads
// `1_000` and `0b1`, and not `1e3`): both fast readings resolve plain scalars with these.
export const NULL = /^(?:~|[Nn]ull|NULL)$/;
export const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
export const INT = /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/;
export const FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;

export function intValue(text: string): number {
  return text[1] === 'o' ? parseInt(text.slice(2), 8) : text[1] === 'x' ? parseInt(text.slice(2), 16) : parseInt(text, 10);
}

export function floatValue(text: string): number {
  return /nan$/i.test(text) ? NaN : /inf$/i.test(text) ? (text[0] === '-' ? -Infinity : Infinity) : parseFloat(text);
}

/** The value of a non-empty plain scalar: null, a boolean, a number, or the text itself. */
export function plainValue(text: string): unknown {
  const first = text.charCodeAt(0);
  // Most scalars are words: only these first characters can begin a null, a boolean or a number.
  // NULL and BOOL spelt out as comparisons: keys such as `type`, `target` and `name` come here, and
  // a regular expression's call cost a fresh process more than these.
  if (first === 0x7e || first === 0x6e || first === 0x4e) return text === '~' || text === 'null' || text === 'Null' || text === 'NULL' ? null : text; // ~ n N
  if (first === 0x74 || first === 0x54) return text === 'true' || text === 'True' || text === 'TRUE' ? true : text; // t T
  if (first === 0x66 || first === 0x46) return text === 'false' || text === 'False' || text === 'FALSE' ? false : text; // f F
  if ((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e) { // 0-9 + - .
    if (INT.test(text)) return intValue(text);
    if (FLOAT.test(text)) return floatValue(text);
  }
  return text;
}
