// Values of the ssl check's assertions (and `tlsVersion`, which http and websocket share): the
// leaf certificate of the observed chain and the negotiated or lowest accepted TLS version.
import type { Assertion, CertificateInfo, Observation } from '../model.js';
import { compareValue } from './operators.js';
import type { AssertionDeadline } from './regex.js';
import type { Extractor, Verdict } from './types.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What a `property` assertion can read off the leaf certificate. */
export const LEAF_PROPERTIES: readonly string[] = ['subject', 'issuer', 'san', 'fingerprint256'];

export const SSL_EXTRACTORS: Record<string, Extractor> = {
  certificate: (assertion, observation) => daysUntilExpiry(assertion, leafOf(observation)),
  property: (assertion, observation) => leafProperty(assertion, leafOf(observation)),
  tlsVersion: Object.assign((assertion: Assertion, observation: Observation) => versionValue(assertion, observation.tls?.version), { compare: compareVersion }),
  minTlsVersion: Object.assign((assertion: Assertion, observation: Observation) => versionValue(assertion, observation.values?.minTlsVersion as string | undefined), { compare: compareVersion }),
};

function leafOf(observation: Observation): CertificateInfo | undefined {
  return observation.tls?.chain[0];
}

/**
 * Days until the leaf expires, to one decimal (negative once it has expired), cut toward the
 * failing side of the assertion: down where more days pass (`isInMoreThan 10` on 9.96 days is
 * 9.9, never 10), up where fewer pass, to the nearest otherwise.
 */
function daysUntilExpiry(assertion: Assertion, leaf: CertificateInfo | undefined): number | undefined {
  if (!leaf) return undefined;
  const tenths = ((Date.parse(leaf.validTo) - Date.now()) / DAY_MS) * 10;
  return (MORE_PASSES.has(assertion.operator) ? Math.floor(tenths) : LESS_PASSES.has(assertion.operator) ? Math.ceil(tenths) : Math.round(tenths)) / 10;
}

const MORE_PASSES: ReadonlySet<string> = new Set(['isInMoreThan', 'moreThan', 'moreThanOrEqual']);
const LESS_PASSES: ReadonlySet<string> = new Set(['isInLessThan', 'lessThan', 'lessThanOrEqual']);

function leafProperty(assertion: Assertion, leaf: CertificateInfo | undefined): string | undefined {
  const property = String(assertion.property);
  if (!LEAF_PROPERTIES.includes(property)) {
    throw new Error(`"${property}" is not a certificate property (${LEAF_PROPERTIES.join(', ')})`);
  }
  return leaf?.[property as 'subject' | 'issuer' | 'san' | 'fingerprint256'];
}

/**
 * A TLS version as the assertion compares it. Node names TLS 1.0 `TLSv1`; people also write
 * `TLSv1.0`, `1.0` or `1`, and every spelling of one version must compare as that version:
 * `isNot TLSv1.0` passed against Node's `TLSv1`, and `doesNotContain "1.0"` against its number 1.
 * - the number operators compare numbers (1.2);
 * - `is` / `isNot` with a target that names the same version get the target as written (so the
 *   spelling never decides), else the number for a numeric target, else the name;
 * - the text operators report the name with its minor version (`TLSv1.0`) and try every
 *   spelling (compareVersion).
 * A version probegate cannot read as TLS (SSLv3) stays Node's name.
 */
function versionValue(assertion: Assertion, version: string | undefined): string | number | undefined {
  if (version === undefined) return undefined;
  const actual = tlsVersion(version);
  if (!actual) return version;
  const { operator, target } = assertion;
  if (!TEXT_OR_EQUALITY.has(operator)) return actual.number;
  if (operator === 'is' || operator === 'isNot') {
    const targetVersion = typeof target === 'number' ? tlsVersion(String(target)) : typeof target === 'string' ? tlsVersion(target) : undefined;
    if (targetVersion?.number === actual.number) return target as string | number;
    if (typeof target === 'number' || /^\s*\d+(\.\d+)?\s*$/.test(String(target))) return actual.number;
  }
  return actual.name;
}

const TEXT_OR_EQUALITY: ReadonlySet<string> = new Set(['is', 'isNot', 'contains', 'doesNotContain', 'matches', 'doesNotMatch']);
const TEXT_OPERATORS: ReadonlySet<string> = new Set(['contains', 'doesNotContain', 'matches', 'doesNotMatch']);
const NEGATIVE_TEXT: ReadonlySet<string> = new Set(['doesNotContain', 'doesNotMatch']);

/**
 * The text operators on a version try each of its spellings (`TLSv1.0`, Node's `TLSv1`, `1.0`):
 * `contains` and `matches` pass when one does, their negatives only when none does, so a pattern
 * written in any spelling (`doesNotMatch: "^TLSv1$"`) never passes the version it names.
 */
function compareVersion(assertion: Assertion, actual: unknown, target: unknown, deadline?: AssertionDeadline): Verdict | Promise<Verdict> {
  const version = typeof actual === 'string' || typeof actual === 'number' ? tlsVersion(String(actual)) : undefined;
  if (!version || !TEXT_OPERATORS.has(assertion.operator)) return compareValue(assertion.operator, actual, target, undefined, deadline);
  const each = version.spellings.map((spelling) => compareValue(assertion.operator, spelling, target, undefined, deadline));
  const judge = (verdicts: readonly Verdict[]): Verdict => {
    const passed = NEGATIVE_TEXT.has(assertion.operator) ? verdicts.every((v) => v.passed) : verdicts.some((v) => v.passed);
    const message = passed ? undefined : verdicts.find((v) => v.message)?.message;
    return message ? { passed, message } : { passed };
  };
  return each.some((verdict) => verdict instanceof Promise) ? Promise.all(each).then(judge) : judge(each as Verdict[]);
}

/**
 * `TLSv1`, `TLSv1.0`, `tls 1.2`, `1.3`, `1`, `1.00`: the version's number, its name with the
 * minor version, and the spellings of it that people write (Node's `TLSv1`, `TLS 1.0`, `1`, in
 * either case), which the text operators try.
 */
export function tlsVersion(text: string): { number: number; name: string; spellings: readonly string[] } | undefined {
  const match = /^\s*(?:tls\s*v?\s*)?(\d+)(?:\.(\d+))?\s*$/i.exec(text);
  if (!match) return undefined;
  const major = String(Number(match[1]));
  const minor = String(Number(match[2] ?? '0'));
  const numbers = [`${major}.${minor}`, ...(minor === '0' ? [major] : [])];
  const spellings = numbers.flatMap((number) => [`TLSv${number}`, `TLS ${number}`, `TLS${number}`, number]);
  return { number: Number(`${major}.${minor}`), name: `TLSv${major}.${minor}`, spellings: [...new Set([...spellings, ...spellings.map((each) => each.toLowerCase())])] };
}
