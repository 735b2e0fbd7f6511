// A response body as text: per the charset its Content-Type declares (UTF-8 when none), a
// byte-order mark winning over the label as browsers do (WHATWG Encoding's "decode").

/** The text, or why it cannot be had (a charset no TextDecoder knows). */
export type BodyText = { readonly text: string; readonly problem?: undefined } | { readonly text?: undefined; readonly problem: string };

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)"?/i;
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

export function decodeText(bytes: Buffer, contentType: string | undefined): BodyText {
  const bom = bomEncoding(bytes);
  const label = bom ?? charsetOf(contentType);
  // The common case, without a decoder: UTF-8 (its BOM dropped, as TextDecoder drops it).
  if (label === undefined || UTF8_LABELS.has(label)) return { text: (bom ? bytes.subarray(3) : bytes).toString('utf8') };
  try {
    return { text: new TextDecoder(label).decode(bytes) };
  } catch {
    return { problem: `the body's charset "${label}" (Content-Type) is not one probegate can decode, so its text cannot be judged; have the server declare a standard charset such as utf-8` };
  }
}

/** The charset a Content-Type declares, lower-cased; undefined when it declares none. */
export function charsetOf(contentType: string | undefined): string | undefined {
  if (contentType === undefined || !contentType.includes('=')) return undefined;
  const label = CHARSET.exec(contentType)?.[1]?.trim().toLowerCase();
  return label ? label : undefined;
}

function bomEncoding(bytes: Buffer): string | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}
