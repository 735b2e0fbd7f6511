// The dns check: asks one DNS server (the given `server:port`, else the system's) for the
// check's record type and for every type its assertions name, with our own deadline: c-ares
// backs off between tries well past any timeout, so the attempt's abort cancels the queries.
//
// Records become strings for the string operators, one per record, names without a final dot
// (as resolvers return them):
//   A, AAAA            the address                         192.0.2.1, 2001:db8::1
//   CNAME, NS, PTR     the name                            target.example.com
//   MX                 "priority exchange"                 10 mail.example.com
//   TXT                the record's strings joined, no separator (as SPF and DKIM read them)
//   SRV                "priority weight port target"       10 5 5060 sip.example.com
//   CAA                "flags tag value"                   0 issue letsencrypt.org
//   SOA                "mname rname serial refresh retry expire minimum"
//                      ns1.example.com hostmaster.example.com 2024010101 3600 600 86400 300
//
// An answer with no record of a type queried fails as DNS:NODATA whatever the assertions say:
// c-ares answers [] (not ENODATA) for a CNAME that leads to no record of the type, or loops.
// Assertions compare the records as DNS compares them (assertions/dns-records.ts).
import type { CaaRecord } from 'node:dns';
import { lookup, Resolver } from 'node:dns/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { isIP } from 'node:net';
import { ipv6Groups } from '../assertions/dns-records.js';
import { DnsQueryFailed } from '../errors/dns.js';
import { probeError, type ProbeError } from '../errors/probe-error.js';
import type { Observation } from '../model.js';
import { watchReply, type CnameChain, type ReplyWatch } from './dns-watch.js';
import { hostPort, rawAssertions, readHost, readPort } from './fields.js';
import { InvalidField, type CheckModule, type RawCheck, type RunContext } from './types.js';

export const RECORD_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'NS', 'TXT', 'SRV', 'CAA', 'SOA', 'PTR'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export interface DnsRequest {
  readonly host: string;
  /** The check's record_type first, then the other types its assertions name. */
  readonly recordTypes: readonly RecordType[];
  /** Unset: the system's resolvers. */
  readonly server?: { readonly host: string; readonly port: number };
}

const RECORD_ASSERTIONS = new Set(['recordSome', 'recordEvery']);

export const dnsCheck: CheckModule<DnsRequest> = {
  type: 'dns',
  prepare(check) {
    if (check.ip_family !== undefined) throw new InvalidField(['ip_family'], 'a dns check has no ip_family: it asks the server in `request.server` (or the system\'s); use record_type AAAA to check IPv6 addresses');
    const raw = check.request;
    const host = readHost(raw.host, ['request', 'host']);
    const recordTypes = [readRecordType(raw.record_type ?? 'A', ['request', 'record_type'])];
    for (const type of assertedRecordTypes(check)) if (!recordTypes.includes(type)) recordTypes.push(type);
    if (raw.server === undefined && raw.port !== undefined) {
      throw new InvalidField(['request', 'port'], 'a port needs a server: give `server` too, or remove `port` to use the system’s resolvers');
    }
    const server = raw.server === undefined ? undefined : { host: readHost(raw.server, ['request', 'server']), port: readPort(raw.port, ['request', 'port'], 53) };
    const target = `${host} ${recordTypes.join(',')}${server ? ` @${hostPort(server.host, server.port)}` : ''}`;
    return { request: { host, recordTypes, server }, target };
  },
  run: runDns,
};

function readRecordType(value: unknown, path: readonly (string | number)[]): RecordType {
  const type = String(value).toUpperCase();
  if (!(RECORD_TYPES as readonly string[]).includes(type)) {
    throw new InvalidField(path, `"${String(value)}" is not a record type probegate queries (${RECORD_TYPES.join(', ')})`);
  }
  return type as RecordType;
}

/** The record types named by recordSome / recordEvery assertions, validated. */
function assertedRecordTypes(check: RawCheck): RecordType[] {
  return rawAssertions(check).flatMap(({ assertion, index }) =>
    RECORD_ASSERTIONS.has(String(assertion.type)) ? [readRecordType(assertion.property, ['assertions', index, 'property'])] : [],
  );
}

async function runDns(request: DnsRequest, context: RunContext): Promise<Observation> {
  const { signal, timer, deadline } = context;
  // One try that outlasts the attempt: the attempt's deadline ends it, and cancels the query.
  const resolver = new Resolver({ timeout: Math.ceil(deadline.remainingMs()) + 1000, tries: 1 });
  const cancel = () => resolver.cancel();
  signal.addEventListener('abort', cancel, { once: true });
  let watches: ReplyWatch[] = [];
  try {
    const server = request.server ? await useServer(resolver, request.server) : undefined;
    const serverLabel = server?.label;
    timer.waitingFor(`the DNS answer from ${serverLabel ?? 'the system’s resolver'}`);
    watches = server ? request.recordTypes.map((type) => watchReply(server, queryName(request.host, type), type, server.label)) : [];
    const answers = await Promise.race([
      Promise.allSettled(request.recordTypes.map((type) => query(resolver, request.host, type))),
      ...watches.map((watch) => watch.notAnAnswer),
    ]);
    const index = answers.findIndex((answer) => answer.status === 'rejected');
    if (index >= 0) {
      const reason = (answers[index] as PromiseRejectedResult).reason as Error & { code?: string };
      const watch = watches[index];
      // The own query's reply explains an empty answer or a refused TCP retry; it comes within a moment of c-ares's.
      if (watch && (reason.code === 'ENODATA' || reason.code === 'ECONNREFUSED')) await Promise.race([watch.replied, sleep(1000, undefined, { signal }).catch(() => undefined)]);
      const chain = watch?.chain();
      // c-ares says no data without the CNAME chain that explains it, which the own query's reply shows.
      if (reason.code === 'ENODATA' && !watch?.problem() && watch?.header()?.rcode === 0 && chain && chain.names.length > 0) {
        throw noData(request.host, request.recordTypes[index]!, serverLabel, chain);
      }
      throw watch?.problem() ?? new DnsQueryFailed(serverLabel, { cause: reason, reply: watch?.header() });
    }
    timer.mark('dnsDone');
    // c-ares takes an answer's records as they come: the own query's reply, read whole, says
    // whether they are the asked name's and well formed. It comes within a moment of c-ares's
    // (the attempt's deadline bounds the wait: an answer that cannot be checked does not pass).
    if (watches.length > 0) {
      timer.waitingFor(`the reply to the check's own query to ${serverLabel ?? 'the server'}, which shows whether the answer is the asked name's and well formed`);
      const replies = Promise.all(watches.map((watch) => watch.replied)).then(() => 'replied' as const);
      const stopWaiting = new AbortController();
      const late = sleep(Math.max(0, deadline.remainingMs()), undefined, { signal: AbortSignal.any([signal, stopWaiting.signal]) }).then(
        () => 'late' as const,
        () => 'late' as const,
      );
      // Bounded: an answer that cannot be checked fails at the deadline, and the sockets close below.
      const outcome = await Promise.race([replies, late]);
      stopWaiting.abort();
      if (outcome === 'late') {
        throw signal.aborted ? (signal.reason as Error) : probeError('TIMEOUT', 'REQUEST_TIMEOUT', `No reply from ${serverLabel ?? 'the server'} to the check's own query, which shows whether its answer is the asked name's and well formed: an answer that cannot be checked does not pass`);
      }
    }
    const problem = watches.map((watch) => watch.problem()).find(Boolean);
    if (problem) throw problem;
    // An answer the own query could not check does not pass: the socket's error says why.
    const failure = watches.map((watch) => watch.failure()).find(Boolean);
    if (failure) throw failure;
    const lists = request.recordTypes.map((type, i) => [type, (answers[i] as PromiseFulfilledResult<string[]>).value] as const);
    // An answer without a record of the asked type (a CNAME that leads nowhere, or in a loop) is no data, whatever is asserted.
    const empty = lists.findIndex(([, list]) => list.length === 0);
    if (empty >= 0) throw noData(request.host, lists[empty]![0], serverLabel, watches[empty]?.chain());
    const records = Object.fromEntries(lists);
    return {
      timings: timer.timings(),
      values: { records },
      excerpt: Object.entries(records).flatMap(([type, list]) => list.map((record) => `${type} ${record}`)).join('\n'),
    };
  } finally {
    signal.removeEventListener('abort', cancel);
    for (const watch of watches) watch.close();
  }
}

/** DNS:NODATA for an answer c-ares read as no record of the type, naming the CNAME chain the answer holds. */
function noData(host: string, type: RecordType, server: string | undefined, chain: CnameChain | undefined): ProbeError {
  const name = queryName(host, type);
  const via = chain && chain.names.length > 0 ? chain.names : undefined;
  const path = via ? [name, ...via].join(' → ') : '';
  const why = !via ? `its answer holds no ${type} record` : chain!.loops ? `its answer's CNAME chain ${path} is a loop, with no ${type} record` : `its answer's CNAME chain ${path} ends at ${via.at(-1)!}, which has no ${type} record`;
  return probeError('DNS', 'NODATA', `${name} has no ${type} record: ${why} (NODATA from ${server ?? 'the system’s DNS server'}, ${type} query)`);
}

/** The name a query for this type asks: an IP address's reverse name for PTR. */
function queryName(host: string, type: RecordType): string {
  return type === 'PTR' && isIP(host) ? reverseName(host) : host;
}

/** Points the resolver at the check's server; c-ares wants an address, so a name is looked up first. */
async function useServer(resolver: Resolver, server: NonNullable<DnsRequest['server']>): Promise<{ host: string; port: number; label: string }> {
  const address = isIP(server.host) ? server.host : (await lookup(server.host)).address;
  resolver.setServers([hostPort(address, server.port)]);
  return { host: address, port: server.port, label: hostPort(server.host, server.port) };
}

/** One record type's answer as strings; PTR of an IP address asks for its reverse name. */
async function query(resolver: Resolver, host: string, type: RecordType): Promise<string[]> {
  switch (type) {
    case 'A':
      return resolver.resolve4(host);
    case 'AAAA':
      return resolver.resolve6(host);
    case 'CNAME':
      return resolver.resolveCname(host);
    case 'NS':
      return resolver.resolveNs(host);
    case 'PTR':
      // Not resolver.reverse(): it answers from /etc/hosts before asking the server.
      return resolver.resolvePtr(isIP(host) ? reverseName(host) : host);
    case 'MX':
      return (await resolver.resolveMx(host)).map((r) => `${r.priority} ${r.exchange}`);
    case 'TXT':
      return (await resolver.resolveTxt(host)).map((chunks) => chunks.join(''));
    case 'SRV':
      return (await resolver.resolveSrv(host)).map((r) => `${r.priority} ${r.weight} ${r.port} ${r.name}`);
    case 'CAA':
      return (await resolver.resolveCaa(host)).map(formatCaa);
    case 'SOA': {
      const soa = await resolver.resolveSoa(host);
      return [[soa.nsname, soa.hostmaster, soa.serial, soa.refresh, soa.retry, soa.expire, soa.minttl].join(' ')];
    }
  }
}

/** 1.0.0.127.in-addr.arpa for 127.0.0.1; the 32 nibbles, last first, under ip6.arpa for IPv6. */
export function reverseName(ip: string): string {
  if (isIP(ip) === 4) return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  return `${[...ipv6Groups(ip).map((group) => group.padStart(4, '0')).join('')].reverse().join('.')}.ip6.arpa`;
}

/** Node gives a CAA record as `{ critical, <tag>: value }`. */
function formatCaa(record: CaaRecord): string {
  const [tag, value] = Object.entries(record).find(([key]) => key !== 'critical' && key !== 'type') ?? ['', ''];
  return `${record.critical} ${tag} ${String(value)}`;
}
