// Following a redirect: the next request, and the Location a server may get wrong.
import { probeError } from '../errors/probe-error.js';

/** One request of an http check: the first, or one a redirect leads to. */
export interface Hop {
  readonly method: string;
  readonly url: URL;
  readonly body?: string;
}

export function nextHop(hop: Hop, status: number, location: string): Hop {
  const url = redirectTarget(location, hop.url, status);
  // 303, and 301/302 after a POST as browsers do, continue as a GET without a body.
  const asGet = status === 303 || ((status === 301 || status === 302) && hop.method === 'POST');
  return asGet ? { method: hop.method === 'HEAD' ? 'HEAD' : 'GET', url } : { ...hop, url };
}

/** The URL a redirect points at; a Location that is empty, unparseable or not http(s) is the server's fault. */
function redirectTarget(location: string, base: URL, status: number): URL {
  const invalid = (why: string) =>
    probeError('MALFORMED_RESPONSE', 'INVALID_LOCATION', `The server redirected (${status}) from ${base.href} with a Location header that ${why}`);
  if (location.trim() === '') throw invalid('is empty');
  let url: URL;
  try {
    url = new URL(location, base);
  } catch {
    throw invalid(`is not a valid URL: ${JSON.stringify(location.slice(0, 200))}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalid(`points to a ${url.protocol}// URL, which HTTP cannot follow`);
  return url;
}
