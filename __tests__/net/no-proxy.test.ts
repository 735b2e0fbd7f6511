// NO_PROXY read as curl documents it (src/net/no-proxy.ts). An entry that matches too much sends a
// check straight to the target when the user expected the proxy: each case says which way it falls.
import { describe, expect, it } from 'vitest';
import { parseNoProxy } from '../../src/net/no-proxy.js';

const bypasses = (noProxy: string, url: string) => parseNoProxy(noProxy).bypasses(new URL(url));

describe('NO_PROXY', () => {
  it.each([
    ['`*` matches every host', '*', 'https://anything.example/'],
    ['a name matches itself', 'example.com', 'https://example.com/'],
    ['a name matches the names under it', 'example.com', 'https://www.example.com/'],
    ['a leading dot is ignored', '.example.com', 'https://example.com/'],
    ['a leading *. is ignored', '*.example.com', 'https://api.example.com/'],
    ['names are compared without case', 'Example.COM', 'https://WWW.example.com/'],
    ['a final dot is ignored, on either side', 'example.com.', 'https://www.example.com./'],
    ['entries are separated by commas and spaces', 'a.invalid, b.invalid\texample.com', 'https://example.com/'],
    ['an IPv4 address matches exactly', '127.0.0.1', 'http://127.0.0.1:8080/'],
    ['a CIDR range matches the addresses in it', '10.0.0.0/8', 'http://10.20.30.40/'],
    ['an IPv6 address without brackets', '::1', 'http://[::1]:8080/'],
    ['an IPv6 address in brackets', '[::1]', 'http://[::1]/'],
    ['an IPv6 address in another spelling', '0:0:0:0:0:0:0:1', 'http://[::1]/'],
    ['an IPv6 CIDR range', 'fd00::/8', 'http://[fd12:3456::1]/'],
    ['an IPv4 address matches its IPv4-mapped IPv6 spelling (the same address)', '127.0.0.1', 'http://[::ffff:127.0.0.1]/'],
    ['an IPv4 CIDR range matches IPv4-mapped IPv6 addresses in it', '10.0.0.0/8', 'http://[::ffff:10.1.2.3]/'],
    ['an IPv6 range of IPv4-mapped addresses matches an IPv6 target in it', '::ffff:0:0/96', 'http://[::ffff:10.1.2.3]/'],
    ['`0.0.0.0/0` matches 0.0.0.0 (curl reads /0 as the address alone)', '0.0.0.0/0', 'http://0.0.0.0/'],
    ['a name with the port of the request', 'example.com:8080', 'http://example.com:8080/'],
    ['a name with the default port of the scheme', 'example.com:443', 'https://example.com/'],
    ['an IPv6 address in brackets with a port', '[::1]:8443', 'https://[::1]:8443/'],
  ])('%s', (_what, noProxy, url) => {
    expect(bypasses(noProxy, url)).toBe(true);
  });

  it.each([
    ['a number is not a suffix of an address (`1` and 127.0.0.1)', '1', 'http://127.0.0.1/'],
    ['the end of an address is not a suffix of it', '0.0.1', 'http://127.0.0.1/'],
    ['a leading dot does not make an address a suffix', '.0.0.1', 'http://127.0.0.1/'],
    ['a name matches on a dot boundary only', 'example.com', 'https://badexample.com/'],
    ['a name does not match a longer name it begins', 'example.com', 'https://example.com.evil.invalid/'],
    ['an address is not a name under a domain', 'example.com', 'http://10.0.0.1/'],
    ['a name is not an address', 'localhost', 'http://127.0.0.1/'],
    ['an address entry does not match a name', '127.0.0.1', 'http://localhost/'],
    ['an address outside the CIDR range', '10.0.0.0/8', 'http://11.0.0.1/'],
    ['an IPv4 address does not match an IPv6 one', '127.0.0.1', 'http://[::2]/'],
    ['a CIDR range with too many bits matches nothing', '10.0.0.0/33', 'http://10.0.0.1/'],
    ['a port that is not a number matches nothing', 'example.com:http', 'http://example.com/'],
    ['a port entry does not match another port', 'example.com:8080', 'http://example.com/'],
    ['a lone dot matches nothing', '.', 'http://example.com/'],
    ['a wildcard inside a name is not a pattern', 'ex*.com', 'http://example.com/'],
    ['`*.` with no name after it matches nothing', 'a.invalid,*.', 'http://example.com/'],
    ['an empty list', '', 'http://example.com/'],
    // curl reads `*` as every host only when it is the whole value.
    ['`*` among other entries matches nothing', 'localhost,*', 'http://127.0.0.1/'],
    ['`*` with a trailing comma matches nothing', '*,', 'http://127.0.0.1/'],
    ['`*` among other entries, spaced', 'a.invalid, *', 'https://anything.example/'],
    // An IPv6 rule never matches an IPv4 target (node's BlockList would map the target into IPv6).
    ['an IPv6 /0 range does not match an IPv4 target', '::/0', 'http://127.0.0.1/'],
    ['the IPv4-mapped IPv6 range does not match an IPv4 target', '::ffff:0:0/96', 'http://10.1.2.3/'],
    ['an IPv4-mapped IPv6 address does not match the IPv4 target', '::ffff:127.0.0.1', 'http://127.0.0.1/'],
    // curl reads a /0 prefix as no prefix: the address alone, not every address.
    ['`0.0.0.0/0` is not every IPv4 address', '0.0.0.0/0', 'http://127.0.0.1/'],
    ['`::/0` is not every IPv6 address', '::/0', 'http://[::1]/'],
  ])('%s: the proxy is used', (_what, noProxy, url) => {
    expect(bypasses(noProxy, url)).toBe(false);
  });
});
