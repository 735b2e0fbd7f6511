import type { CheckOutcome } from '../model.js';

export const MASK = '***';

/**
 * Replaces every secret value in what leaves the engine. The prepared request (headers,
 * credentials) never leaves it: reporters get the check without it.
 */
export function redactOutcome(outcome: CheckOutcome, secrets: readonly string[]): CheckOutcome {
  const { request: _request, ...check } = outcome.check;
  const stripped = { ...outcome, check: { ...check, request: undefined } };
  if (secrets.length === 0) return stripped;
  // Longest first, so a secret that contains another is masked whole.
  const ordered = [...secrets].sort((a, b) => b.length - a.length);
  return redactDeep(stripped, ordered) as CheckOutcome;
}

function redactDeep(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return secrets.reduce((text, secret) => text.split(secret).join(MASK), value);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, secrets));
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item, secrets)]));
  }
  return value;
}
