// Values of the ssl check's assertions (and `tlsVersion`, which http and websocket share): the
// leaf certificate of the observed chain and the negotiated or lowest accepted TLS version.
import type { Assertion, CertificateInfo, Observation } from '../model.js';
import type { Extractor } from './types.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What a `property` assertion can read off the leaf certificate. */
export const LEAF_PROPERTIES: readonly string[] = ['subject', 'issuer', 'san', 'fingerprint256'];

export const SSL_EXTRACTORS: Record<string, Extractor> = {
  certificate: (assertion, observation) => daysUntilExpiry(assertion, leafOf(observation)),
  property: (assertion, observation) => leafProperty(assertion, leafOf(observation)),
  tlsVersion: (assertion, observation) => versionValue(assertion, observation.tls?.version),
  minTlsVersion: (assertion, observation) => versionValue(assertion, observation.values?.minTlsVersion as string | undefined),
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
 * A TLS version as the target is written: Node's name (`TLSv1.2`) for a textual target, the
 * number (1.2) for a numeric one, so `is TLSv1.3` and `moreThanOrEqual 1.2` both read naturally.
 */
function versionValue(assertion: Assertion, version: string | undefined): string | number | undefined {
  if (version === undefined) return undefined;
  const numericTarget = typeof assertion.target === 'number' || /^\s*\d+(\.\d+)?\s*$/.test(String(assertion.target));
  if (!numericTarget) return version;
  const number = /^TLSv(\d(?:\.\d)?)$/.exec(version)?.[1];
  return number === undefined ? version : Number(number.includes('.') ? number : `${number}.0`);
}
