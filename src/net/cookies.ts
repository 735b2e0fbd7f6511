// The cookie jar of a multistep check, on tough-cookie (RFC 6265: domain, path, Secure, expiry,
// Max-Age). Loaded only when a sequence with cookies runs, so no other run pays for it.
import type { CookieStore } from '../checks/types.js';

/**
 * A fresh, empty jar. As browsers and curl do, localhost and loopback addresses count as secure
 * origins, so a `Secure` session cookie works against a preview served on http://localhost.
 */
export async function createCookieJar(): Promise<CookieStore> {
  const { CookieJar } = await import('tough-cookie');
  const jar = new CookieJar(null, { allowSecureOnLocal: true, rejectPublicSuffixes: true });
  // Until a response has set a cookie the jar is empty, and asking it still costs some 15 us a
  // request (it canonicalises the host, with Node's IPv6 pattern): most journeys set none.
  let offered = false;
  return {
    cookieHeader(url) {
      if (!offered) return undefined;
      const header = jar.getCookieStringSync(url.href);
      return header === '' ? undefined : header;
    },
    store(url, setCookie) {
      // A cookie the rules refuse (another domain, a bad attribute) is ignored, as a browser does.
      for (const line of setCookie) jar.setCookieSync(line, url.href, { ignoreError: true });
      offered ||= setCookie.length > 0;
    },
  };
}

/** The `Set-Cookie` lines of a response, whatever shape the library gave them in. */
export function setCookieLines(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...value];
}

/** The value of the cookie `name` among `Set-Cookie` lines (the last one wins), or undefined. */
export function cookieValue(setCookie: readonly string[], name: string): string | undefined {
  let found: string | undefined;
  for (const line of setCookie) {
    const pair = line.split(';', 1)[0]!;
    const equals = pair.indexOf('=');
    if (equals > 0 && pair.slice(0, equals).trim() === name) found = pair.slice(equals + 1).trim();
  }
  return found;
}
