import type { Comparison } from '../compare/types.js';
import type { AssertionResult, CheckOutcome, NotReady, ProbeErrorInfo, ResolvedCheck } from '../model.js';

export const MASK = '***';

/**
 * Replaces every secret value in what leaves the engine. The prepared request (headers,
 * credentials) never leaves it: reporters get the check without it.
 */
export function redactOutcome(outcome: CheckOutcome, secrets: readonly string[]): CheckOutcome {
  const stripped = outcome.check.request === undefined ? outcome : { ...outcome, check: withoutRequest(outcome.check) };
  if (secrets.length === 0) return stripped;
  return withOwnWords(stripped, redactDeep(stripped, orderedForms(secrets)) as CheckOutcome);
}

/** The check as reporters get it: without its prepared request. */
export function withoutRequest(check: ResolvedCheck): ResolvedCheck {
  return { ...check, request: undefined };
}

/** The ready URL and what the preview answered to it, with every secret masked. */
export function redactNotReady(notReady: NotReady, secrets: readonly string[]): NotReady {
  if (secrets.length === 0) return notReady;
  const masked = redactDeep(notReady, orderedForms(secrets)) as NotReady;
  return { ...masked, error: errorWords(notReady.error, masked.error)!, assertions: assertionWords(notReady.assertions, masked.assertions) };
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
  if (typeof value === 'string') return maskBeforeEllipses(maskWhole(value, secrets), secrets);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, secrets));
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    const record = value as Record<string, unknown>;
    const cut = (key: string) => key === 'excerpt' || (key === 'actual' && record.actualTotalBytes !== undefined);
    return Object.fromEntries(
      Object.entries(record).map(([key, item]) => [key, typeof item === 'string' && cut(key) ? maskCutEnd(maskWhole(item, secrets), secrets) : redactDeep(item, secrets)]),
    );
  }
  return value;
}

type Words = { -readonly [K in keyof CheckOutcome]: CheckOutcome[K] };

/**
 * The masked outcome with probegate's own words put back where they stand (error category and
 * code, the check's type and its fail_on / warn_on selectors, step types and statuses, assertion
 * types and operators, the protocol, a comparison's verdicts and kinds): they hold no secret, and
 * a short secret (`A`, `dev`) masked inside them made the report's category `INV***LID_REQUEST`,
 * which no reader knows, and a check's `fail_on: [all]` `***ll`, which the gate then read as no
 * selector: a failure became a notice. Only these places: a response's own fields of the same
 * names (an `actual` object's `type`) are the response's text, and stay masked.
 */
function withOwnWords(original: CheckOutcome, masked: CheckOutcome): CheckOutcome {
  const words = masked as Words;
  words.check = { ...masked.check, type: original.check.type, failOn: original.check.failOn, warnOn: original.check.warnOn };
  if (original.comparison && masked.comparison) words.comparison = comparisonWords(original.comparison, masked.comparison);
  if (original.protocol !== undefined) words.protocol = original.protocol;
  words.error = errorWords(original.error, masked.error);
  words.assertions = assertionWords(original.assertions, masked.assertions);
  if (original.steps && masked.steps) {
    words.steps = masked.steps.map((step, i) => {
      const own = original.steps![i]!;
      return { ...step, type: own.type, status: own.status, error: errorWords(own.error, step.error), assertions: assertionWords(own.assertions, step.assertions) };
    });
  }
  return masked;
}

function comparisonWords(original: Comparison, masked: Comparison): Comparison {
  return {
    ...masked,
    verdict: original.verdict,
    latency: { ...masked.latency, verdict: original.latency.verdict },
    schemaChanges: masked.schemaChanges.map((change, i) => {
      const own = original.schemaChanges[i]!;
      return { ...change, kind: own.kind, ...(own.baselineType === undefined ? {} : { baselineType: own.baselineType }), ...(own.previewType === undefined ? {} : { previewType: own.previewType }) };
    }),
  };
}

function errorWords(original: ProbeErrorInfo | null, masked: ProbeErrorInfo | null): ProbeErrorInfo | null {
  return original && masked ? { ...masked, category: original.category, code: original.code } : masked;
}

function assertionWords(original: readonly AssertionResult[], masked: readonly AssertionResult[]): AssertionResult[] {
  return masked.map((assertion, i) => ({ ...assertion, type: original[i]!.type, operator: original[i]!.operator }));
}

function maskWhole(text: string, secrets: readonly string[]): string {
  return secrets.reduce((masked, secret) => masked.split(secret).join(MASK), text);
}

/**
 * A text cut to its start (an excerpt, the kept start of an `actual`) may end inside a secret,
 * which the whole-secret pass cannot see: an end that is the start of a secret is masked too. From
 * four characters: a shorter end is as likely the text's own, and tells next to nothing of a secret.
 */
const MIN_CUT_SECRET = 4;

function maskCutEnd(text: string, secrets: readonly string[]): string {
  // The longest such end of any secret: one secret's start may end the start of another.
  let longest = 0;
  for (const secret of secrets) {
    for (let length = Math.min(secret.length - 1, text.length); length >= Math.max(MIN_CUT_SECRET, longest + 1); length--) {
      if (text.endsWith(secret.slice(0, length))) {
        longest = length;
        break;
      }
    }
  }
  return longest === 0 ? text : `${text.slice(0, text.length - longest)}${MASK}`;
}

/** A value shortened for a message ends with `…`, perhaps inside a secret: masked as a cut end. */
function maskBeforeEllipses(text: string, secrets: readonly string[]): string {
  if (!text.includes(ELLIPSIS)) return text;
  return text
    .split(ELLIPSIS)
    .map((part, index, parts) => (index < parts.length - 1 ? maskCutEnd(part, secrets) : part))
    .join(ELLIPSIS);
}

const ELLIPSIS = '…';
