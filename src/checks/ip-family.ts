// `ip_family: 4 | 6 | any` of the checks that connect: which address family a name resolves to
// and the connection uses, so an outage of one family can be caught on purpose.
import { isIP } from 'node:net';
import { probeError, type ProbeError } from '../errors/probe-error.js';
import { InvalidField, type RawCheck } from './types.js';

/** 4 or 6; undefined is `any` (both, as the system resolves them). */
export type IpFamily = 4 | 6;

/** The check's `ip_family`, refused when the host is an address of the other family. */
export function readIpFamily(check: RawCheck, host: string | undefined): IpFamily | undefined {
  const value = check.ip_family;
  if (value === undefined || value === 'any') return undefined;
  const family = value as IpFamily;
  const literal = host ? isIP(host.replace(/^\[|\]$/g, '')) : 0;
  if (literal && literal !== family) {
    throw new InvalidField(['ip_family'], `ip_family is ${family} but the host ${host} is an IPv${literal} address; use a name, or ip_family ${literal} (or any)`);
  }
  return family;
}

/**
 * A name looked up for one family that has addresses of the other only. getaddrinfo calls that
 * ENOTFOUND, which reads as a name that does not exist ("check for typos"), when what is missing
 * is the record of one family: the outage ip_family is there to catch. Undefined when the error
 * is not that, or the name does not resolve at all.
 */
export async function familyMiss(error: unknown, family: IpFamily | undefined): Promise<ProbeError | undefined> {
  const { code, hostname } = (error ?? {}) as { code?: unknown; hostname?: unknown };
  if (!family || code !== 'ENOTFOUND' || typeof hostname !== 'string' || !hostname) return undefined;
  // node:dns/promises is loaded here, on the rare need, not with every http check's module.
  const found = await process.getBuiltinModule('node:dns/promises').lookup(hostname, { all: true }).catch(() => []);
  // Nothing at all is the NXDOMAIN it was; an address of the family asked for, a failure that came and went.
  if (found.length === 0 || found.some((address) => address.family === family)) return undefined;
  const addresses = found.map((a) => a.address).join(', ');
  return probeError('DNS', 'NODATA', `The name ${hostname} has no IPv${family} address, which ip_family ${family} asks for (it resolves to ${addresses})`, error);
}
