// c-ares error shapes (node:dns Resolver): `code` is the answer or failure (ENOTFOUND is the
// server's NXDOMAIN, ENODATA an empty NOERROR answer), `syscall` the query (`queryMx`,
// `getHostByAddr`), `hostname` the name asked. The dns check wraps it in DnsQueryFailed with the
// server asked, which c-ares does not say. getaddrinfo errors (syscall `getaddrinfo`) are left to the system matcher.
import { ProbeError, probeError } from './probe-error.js';
import type { ErrorLike } from './error-like.js';

/** The header of a server's reply, read by the dns check beside c-ares (which hides it). */
export interface DnsReplyHeader {
  readonly rcode: number;
  readonly truncated: boolean;
}

/**
 * A c-ares query error (the cause) with what c-ares does not say: the server asked, as people
 * should read it, and the header of its reply when the check read one.
 */
export class DnsQueryFailed extends Error {
  override readonly name = 'DnsQueryFailed';
  constructor(
    readonly server: string | undefined,
    options: { cause: unknown; reply?: DnsReplyHeader },
  ) {
    const said = (options.cause as ErrorLike | undefined)?.code ?? (options.cause as ErrorLike | undefined)?.message;
    super(`DNS query to ${server ?? 'the system’s DNS server'} failed${said ? `: ${String(said)}` : ''}`, { cause: options.cause });
    this.reply = options.reply;
  }

  readonly reply: DnsReplyHeader | undefined;
}

// RFC 6895 §2.3; c-ares reports each above REFUSED as ENODATA.
const RCODES: Record<number, { code: string; says: string }> = {
  6: { code: 'YXDOMAIN', says: 'a name exists that should not' },
  7: { code: 'YXRRSET', says: 'a record set exists that should not' },
  8: { code: 'NXRRSET', says: 'a record set that should exist does not' },
  9: { code: 'NOTAUTH', says: 'the server is not authoritative for the zone' },
  10: { code: 'NOTZONE', says: 'the name is not in the zone' },
  11: { code: 'DSOTYPENI', says: 'the DSO type is not implemented' },
};

const ANSWERS: Record<string, { code: string; says: string }> = {
  ENOTFOUND: { code: 'NXDOMAIN', says: 'does not exist' },
  ENODATA: { code: 'NODATA', says: 'exists but has no {type} record' },
  ESERVFAIL: { code: 'SERVFAIL', says: 'could not be resolved: the server failed' },
  EREFUSED: { code: 'REFUSED', says: 'could not be resolved: the server refused to answer' },
  ENOTIMP: { code: 'NOTIMP', says: 'could not be resolved: the server does not implement {type} queries' },
  EFORMERR: { code: 'FORMERR', says: 'could not be resolved: the server rejected the query as malformed' },
};

export function matchDns(e: ErrorLike): ProbeError | undefined {
  if (e instanceof DnsQueryFailed) return typeof e.cause === 'object' && e.cause !== null ? matchQuery(e.cause as ErrorLike, e.server, e.reply) : undefined;
  return matchQuery(e, undefined, undefined);
}

function matchQuery(e: ErrorLike, dnsServer: string | undefined, reply: DnsReplyHeader | undefined): ProbeError | undefined {
  const syscall = typeof e.syscall === 'string' ? e.syscall : '';
  const code = typeof e.code === 'string' ? e.code : '';
  if (!syscall.startsWith('query') && syscall !== 'getHostByAddr') return undefined;
  const type = syscall === 'getHostByAddr' ? 'PTR' : syscall.slice('query'.length).toUpperCase();
  const name = e.hostname ?? 'the name';
  const server = dnsServer ?? 'the system’s DNS server';
  if (code === 'ENODATA' && reply && reply.rcode > 5) {
    const rcode = RCODES[reply.rcode];
    const said = rcode ? `${rcode.code} (${rcode.says})` : `rcode ${reply.rcode}, which no standard assigns`;
    return probeError('DNS', rcode?.code ?? 'UNASSIGNED_RCODE', `${name} could not be resolved: ${server} answered the ${type} query with ${said}`, e);
  }
  if (code === 'ECONNREFUSED' && reply?.truncated) {
    return probeError('CONNRESET', 'CONNRESET', `${server} sent a truncated (TC) answer to the ${type} query for ${name}, and the retry over TCP was refused or closed: serve DNS over TCP on the same port, or send shorter answers`, e);
  }
  const answer = ANSWERS[code];
  if (answer) {
    const says = answer.says.replace('{type}', type);
    return probeError('DNS', answer.code, `${name} ${says} (${answer.code} from ${server}, ${type} query)`, e);
  }
  switch (code) {
    case 'ETIMEOUT':
    case 'ECANCELLED':
      return probeError('TIMEOUT', 'REQUEST_TIMEOUT', `No answer from ${server} to the ${type} query for ${name}`, e);
    case 'ECONNREFUSED':
      return probeError('CONNREFUSED', 'CONNREFUSED', `Connection refused by ${server}: no DNS server listens there`, e);
    case 'EOF':
      return probeError('CONNRESET', 'CONNRESET', `${server} closed the connection before answering the ${type} query for ${name}`, e);
    case 'EBADRESP':
      return probeError('MALFORMED_RESPONSE', 'MALFORMED_RESPONSE', `${server} sent an answer to the ${type} query for ${name} that could not be parsed (a compressed name where the record type forbids one, or truncated data)`, e);
    case 'EBADNAME':
    case 'EBADQUERY':
      return new ProbeError('INVALID_REQUEST', 'INVALID_REQUEST', `"${name}" is not a valid DNS name. Correct the host of the check.`, { cause: e });
    default:
      return undefined;
  }
}
