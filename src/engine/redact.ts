import type { CheckOutcome, NotReady, ResolvedCheck } from '../model.js';

export const MASK = '***';

/**
 * Replaces every secret value in what leaves the engine. The prepared request (headers,
 * credentials) never leaves it: reporters get the check without it.
 */
export function redactOutcome(outcome: CheckOutcome, secrets: readonly string[]): CheckOutcome {
  const stripped = outcome.check.request === undefined ? outcome : { ...outcome, check: withoutRequest(outcome.check) };
  if (secrets.length === 0) return stripped;
  return redactDeep(stripped, orderedForms(secrets)) as CheckOutcome;
}

/** The check as reporters get it: without its prepared request. */
export function withoutRequest(check: ResolvedCheck): ResolvedCheck {
  return { ...check, request: undefined };
}

/** The ready URL and what the preview answered to it, with every secret masked. */
export function redactNotReady(notReady: NotReady, secrets: readonly string[]): NotReady {
  return secrets.length === 0 ? notReady : (redactDeep(notReady, orderedForms(secrets)) as NotReady);
}

// Longest first, so a secret that contains another is masked whole.
function orderedForms(secrets: readonly string[]): string[] {
  return [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
}

// Shorter encoded fragments would mask ordinary text.
const MIN_ENCODED_LENGTH = 6;

/**
 * A secret as it may come back from a server: as given, URL-encoded, JSON-escaped, and
 * base64-encoded at each of the three byte alignments it can have inside a longer value (an
 * echoed `Authorization: Basic` header), keeping only the characters that depend on the
 * secret alone, as the Actions runner's own masker does.
 */
export function secretForms(secret: string): string[] {
  const forms = [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)];
  for (const offset of [0, 1, 2]) {
    const bytes = Buffer.concat([Buffer.alloc(offset), Buffer.from(secret)]);
    const start = [0, 2, 3][offset]!;
    const end = Math.floor(bytes.length / 3) * 4;
    forms.push(bytes.toString('base64').slice(start, end));
  }
  return forms.filter((form, index) => index === 0 || form.length >= MIN_ENCODED_LENGTH);
}

function redactDeep(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return secrets.reduce((text, secret) => text.split(secret).join(MASK), value);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, secrets));
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item, secrets)]));
  }
  return value;
}
