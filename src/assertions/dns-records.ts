// recordSome / recordEvery: DNS records compared as DNS compares them. A name is the same name
// whatever the case of its ASCII letters (RFC 4343) and with or without its final dot (as zone
// files write it); an IPv6 address has many spellings (2001:DB8::666, 2001:db8:0:0:0:0:0:666,
// ::ffff:6.6.6.6 = ::ffff:606:606). Compared as raw text, `recordEvery isNot evil.example.com`
// passed a CNAME to EVIL.Example.COM. So, for the records that hold names (CNAME, NS, PTR, MX,
// SRV, SOA) and for AAAA:
// - is / isNot compare one canonical form of the record and of the target: names with their
//   ASCII letters lowercased and no final dot, each of a record's words (MX `10 Mail.Example.com.`
//   is `10 mail.example.com`); an IPv6 address as the URL parser writes it. An A or AAAA target
//   that is no address of its family fails both (a typo must not pass isNot).
// - contains / doesNotContain look for the target (lowercased, a final dot of its words dropped)
//   in the canonical record, and for AAAA also in the address's other spellings (every group,
//   padded or not; an IPv4-mapped address's dotted form): doesNotContain passes only when no
//   spelling holds it.
// - matches / doesNotMatch test the pattern case-insensitively (as if written /…/i: letters in
//   names and hex digits have no case in DNS), against the canonical record and its spellings
//   with final dots (and AAAA's other spellings): doesNotMatch passes only when none matches.
// The record itself is never rewritten for the report. Other types (A, TXT, CAA) are compared
// as their text: TXT and CAA values are case-sensitive data.
import { isIPv4, isIPv6 } from 'node:net';
import type { Operator } from '../model.js';
import { compareEach, type Comparison, type MaybeAsync } from './operators.js';
import { patternOf } from './pattern.js';
import { testWithin, type AssertionDeadline } from './regex.js';
import type { Quantifier } from './types.js';

const NAMED = new Set(['CNAME', 'NS', 'PTR', 'MX', 'SRV', 'SOA']);

/** Judges each record of `type` against the target, as the quantifier asks. */
export function compareRecords(quantifier: Quantifier, type: string, operator: Operator, records: unknown, target: unknown, deadline?: AssertionDeadline): MaybeAsync<Comparison> {
  const kind = NAMED.has(type) ? 'name' : type === 'AAAA' ? 'ipv6' : type === 'A' ? 'ipv4' : undefined;
  if (!kind || !Array.isArray(records) || records.length === 0 || typeof target === 'object' || target === undefined) return compareEach(quantifier, operator, records, target, deadline);
  const values = records.map(String);
  const combine = (results: readonly boolean[]): Comparison => ({ passed: quantifier === 'some' ? results.some(Boolean) : results.every(Boolean) });
  const wanted = String(target);
  switch (operator) {
    case 'is':
    case 'isNot': {
      if (kind === 'ipv4' && !isIPv4(wanted)) return { passed: false, message: `${JSON.stringify(wanted)} is not an IPv4 address: an A record is compared as a whole address` };
      if (kind === 'ipv6' && !isIPv6(wanted)) return { passed: false, message: `${JSON.stringify(wanted)} is not an IPv6 address: an AAAA record is compared as a whole address` };
      if (kind === 'ipv4') return compareEach(quantifier, operator, records, target, deadline);
      const key = canonical(kind, wanted);
      return combine(values.map((value) => (canonical(kind, value) === key) === (operator === 'is')));
    }
    case 'contains':
    case 'doesNotContain': {
      if (kind === 'ipv4') return compareEach(quantifier, operator, records, target, deadline);
      const needle = kind === 'name' ? nameWords(wanted) : asciiLower(wanted);
      return combine(values.map((value) => spellings(kind, value).some((spelling) => spelling.includes(needle)) === (operator === 'contains')));
    }
    case 'matches':
    case 'doesNotMatch': {
      if (kind === 'ipv4') return compareEach(quantifier, operator, records, target, deadline);
      let pattern: RegExp;
      try {
        const written = patternOf(wanted);
        pattern = written.flags.includes('i') ? written : new RegExp(written.source, `${written.flags}i`);
      } catch (error) {
        return { passed: false, message: `invalid regular expression: ${(error as Error).message}` };
      }
      const each = values.map((value) => testWithin(pattern, spellings(kind, value), deadline));
      const judge = (found: readonly (boolean | undefined)[]): Comparison =>
        found.includes(undefined) ? { passed: false, message: 'the regular expression could not be evaluated on this value' } : combine(found.map((one) => one === (operator === 'matches')));
      return each.some((one) => one instanceof Promise) ? Promise.all(each).then(judge) : judge(each as (boolean | undefined)[]);
    }
    default:
      return compareEach(quantifier, operator, records, target, deadline);
  }
}

/** ASCII letters lowercased only, as DNS folds case (RFC 4343). */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/** A text of names and numbers with each word's final dot dropped, its letters lowercased. */
function nameWords(text: string): string {
  return asciiLower(text).replace(/\.(?=\s|$)/g, '');
}

function canonical(kind: 'name' | 'ipv6', value: string): string {
  if (kind === 'name') return nameWords(value);
  return isIPv6(value) ? ipv6Canonical(value) : asciiLower(value);
}

function ipv6Canonical(address: string): string {
  return new URL(`http://[${address.replace(/%.*$/, '')}]`).hostname.slice(1, -1);
}

/** The 8 groups of an IPv6 address (any spelling, a zone dropped), without leading zeros: the reverse name of a PTR query is made of them too. */
export function ipv6Groups(address: string): string[] {
  return expand(ipv6Canonical(address));
}

/** The record as it may be written: canonical first; names also with their final dots; an IPv6 address also expanded. */
function spellings(kind: 'name' | 'ipv6', value: string): string[] {
  const key = canonical(kind, value);
  if (kind === 'name') return [key, key.replace(/(\S)(?=\s|$)/g, (last, _, at: number, whole: string) => (/^\d+$/.test(wordAt(whole, at)) ? last : `${last}.`))];
  if (!isIPv6(value)) return [key];
  const groups = expand(key);
  const forms = [key, groups.map((group) => group.padStart(4, '0')).join(':'), groups.join(':')];
  if (/^::ffff:[0-9a-f]{1,4}:[0-9a-f]{1,4}$/.test(key)) {
    const [high, low] = groups.slice(6).map((group) => parseInt(group, 16)) as [number, number];
    forms.push(`::ffff:${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`);
  }
  return forms;
}

/** The word of `text` that ends at `end` (inclusive). */
function wordAt(text: string, end: number): string {
  return /\S*$/.exec(text.slice(0, end + 1))![0];
}

/** The 8 groups of a canonical IPv6 address, without leading zeros. */
function expand(key: string): string[] {
  const [head = '', tail] = key.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  return tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
}
