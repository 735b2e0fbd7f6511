// The cookies of a multistep check's session on http requests: sent by the jar's rules on every
// hop (redirects included), and kept from every response.
import { setCookieLines } from '../net/cookies.js';
import type { StepSession } from './types.js';

/** The request headers with the jar's cookies for `url` added after any `cookie` header of the check. */
export function withSessionCookies(headers: Record<string, string>, url: URL, session: StepSession | undefined): Record<string, string> {
  const fromJar = session?.cookies?.cookieHeader(url);
  if (!fromJar) return headers;
  return { ...headers, cookie: headers.cookie ? `${headers.cookie}; ${fromJar}` : fromJar };
}

/** Keeps a response's cookies in the session's jar; returns its `Set-Cookie` lines for extraction. */
export function keepSessionCookies(value: string | string[] | undefined, url: URL, session: StepSession | undefined): string[] {
  const lines = setCookieLines(value);
  if (lines.length > 0) session?.cookies?.store(url, lines);
  return lines;
}
