// NO_PROXY as curl documents it (CURLOPT_NOPROXY, `--noproxy`): a list of entries separated by
// commas or white space. The value `*` alone bypasses the proxy for every host; a `*` among other
// entries (`localhost,*`) matches nothing, as in curl, which reads `*` only as the whole value.
// Each entry is one of
//  - a host name, matched as that name or a domain containing it, on a dot boundary
//    (`example.com` matches example.com and www.example.com, not badexample.com); a leading `.`
//    or `*.` is ignored, and so is a final `.`;
//  - an IP address, matched exactly (`127.0.0.1`, `::1`, `[::1]`), or a CIDR range (`10.0.0.0/8`,
//    `fd00::/8`); an address entry matches only a target written as an address (an IPv4 entry its
//    IPv4-mapped IPv6 spelling too, `[::ffff:127.0.0.1]`: the same address), a name entry only a
//    target written as a name (nothing is resolved to decide). An IPv6 entry never matches an IPv4
//    target (`::/0` and `::ffff:0:0/96` are not every IPv4 address). A `/0` prefix is read as curl
//    reads it (lib/noproxy.c: no bits means the address alone): `0.0.0.0/0` matches 0.0.0.0 only,
//    `::/0` matches `::` only, never every address;
//  - any of these with `:port` (`api.internal:8080`, `[::1]:8443`): then only that port, as Go's
//    and undici's readers have it (curl has no port in its entries: a port only narrows an entry).
// An entry that is none of these (`10.0.0.0/33`, `host:http`) matches nothing: the request then
// goes through the proxy, where a failure is reported as the proxy's. A bypass probegate cannot
// account for would instead reach the target directly, where a broken preview might pass.
import { BlockList, isIP } from 'node:net';

/** The NO_PROXY of a run, parsed once. */
export interface NoProxyList {
  /** Whether a request to `target` connects directly rather than through the proxy. */
  bypasses(target: URL): boolean;
}

type Rule = { readonly port?: number } & (
  | { readonly kind: 'name'; readonly name: string }
  /** `family` is the entry's own: node's BlockList would match an IPv6 rule against IPv4 addresses too. */
  | { readonly kind: 'address'; readonly family: 4 | 6; readonly addresses: BlockList }
);

const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443 };

export function parseNoProxy(value: string): NoProxyList {
  // curl compares the whole value with `*`; among other entries, `*` is no host and matches nothing.
  if (value === '*') return { bypasses: () => true };
  const entries = value.toLowerCase().split(/[,\s]+/).filter(Boolean);
  const rules = entries.map(parseEntry).filter((rule): rule is Rule => rule !== undefined);
  return { bypasses: (target) => rules.some((rule) => matches(rule, target)) };
}

function matches(rule: Rule, target: URL): boolean {
  if (rule.port !== undefined && rule.port !== (Number(target.port) || DEFAULT_PORTS[target.protocol])) return false;
  const host = target.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  const family = isIP(host);
  if (rule.kind === 'address') {
    if (family === 0 || (family === 4 && rule.family === 6)) return false;
    return rule.addresses.check(host, family === 4 ? 'ipv4' : 'ipv6');
  }
  const name = host.replace(/\.$/, '');
  return family === 0 && (name === rule.name || name.endsWith(`.${rule.name}`));
}

function parseEntry(entry: string): Rule | undefined {
  const split = splitPort(entry);
  if (!split) return undefined;
  const { host, port } = split;
  const withPort = port === undefined ? {} : { port };
  const cidr = /^([^/]+)\/(\d{1,3})$/.exec(host);
  const address = cidr ? cidr[1]! : host;
  const family = isIP(address);
  if (family !== 0) {
    const type = family === 4 ? 'ipv4' : 'ipv6';
    const bits = cidr ? Number(cidr[2]) : 0;
    if (bits > (family === 4 ? 32 : 128)) return undefined;
    const addresses = new BlockList();
    // No prefix, or `/0`, which curl reads as no prefix: the address alone.
    if (bits === 0) addresses.addAddress(address, type);
    else addresses.addSubnet(address, bits, type);
    return { kind: 'address', family: family === 4 ? 4 : 6, ...withPort, addresses };
  }
  const name = host.replace(/^\*?\./, '').replace(/\.$/, '');
  if (!name || cidr || /[:*/]/.test(name)) return undefined;
  return { kind: 'name', name, ...withPort };
}

/** `host`, `host:port`, `[v6]`, `[v6]:port`, or a bare IPv6 address (several colons, no port); undefined for a port that is not one. */
function splitPort(entry: string): { host: string; port?: number } | undefined {
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(entry);
  const [host, port] = bracketed ? [bracketed[1]!, bracketed[2]] : (entry.match(/:/g) ?? []).length === 1 ? entry.split(':') : [entry, undefined];
  if (port === undefined) return { host: host! };
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) return undefined;
  return { host: host!, port: Number(port) };
}
