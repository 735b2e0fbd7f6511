// `ip_family: 4 | 6 | any` of the checks that connect: which address family a name resolves to
// and the connection uses, so an outage of one family can be caught on purpose.
import { isIP } from 'node:net';
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
