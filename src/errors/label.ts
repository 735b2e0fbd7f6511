import type { ProbeErrorInfo } from '../model.js';

/**
 * `CATEGORY:CODE`, or `CATEGORY` alone when the error has no subcode. Both are taxonomy names
 * (`SSL:CERT_HAS_EXPIRED`), safe in Markdown, XML and a terminal as they are; anything else is dropped.
 */
export function errorLabel(error: ProbeErrorInfo): string {
  const label = error.code === error.category ? error.category : `${error.category}:${error.code}`;
  return label.replace(/[^A-Za-z0-9_:.]/g, '');
}
