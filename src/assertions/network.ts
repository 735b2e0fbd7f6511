// Values of the dns, tcp, udp and icmp checks, as those checks put them in `observation.values`.
import type { Assertion, Observation } from '../model.js';
import { compareRecords } from './dns-records.js';
import type { AssertionDeadline } from './regex.js';
import type { Extractor, Quantifier } from './types.js';

/** DNS records of the type the assertion's property names, as strings (format in checks/dns.ts), compared as DNS compares them (dns-records.ts). */
function records(quantifier: Quantifier): Extractor {
  const extract = (assertion: { property?: string }, observation: Observation) => {
    const byType = (observation.values?.records ?? {}) as Record<string, string[] | undefined>;
    return byType[String(assertion.property).toUpperCase()];
  };
  const compare = (assertion: Assertion, actual: unknown, target: unknown, deadline?: AssertionDeadline) =>
    compareRecords(quantifier, String(assertion.property).toUpperCase(), assertion.operator, actual, target, deadline);
  return Object.assign(extract, { quantifier, compare });
}

function value(name: string): Extractor {
  return (_, observation) => observation.values?.[name];
}

export const NETWORK_EXTRACTORS: Record<string, Extractor> = {
  recordSome: records('some'),
  recordEvery: records('every'),
  connection: value('connection'),
  receivedMessage: value('receivedMessage'),
  packetLossPercentage: value('packetLossPercentage'),
  packetsReceived: value('packetsReceived'),
  latency: (assertion, observation) => (observation.values?.latency as Record<string, number> | undefined)?.[String(assertion.property)],
};
