// Values of the dns, tcp, udp and icmp checks, as those checks put them in `observation.values`.
import type { Observation } from '../model.js';
import type { Extractor, Quantifier } from './types.js';

/** DNS records of the type the assertion's property names, as strings (format in checks/dns.ts). */
function records(quantifier: Quantifier): Extractor {
  const extract = (assertion: { property?: string }, observation: Observation) => {
    const byType = (observation.values?.records ?? {}) as Record<string, string[] | undefined>;
    return byType[String(assertion.property).toUpperCase()];
  };
  return Object.assign(extract, { quantifier });
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
