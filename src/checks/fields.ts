// Request fields several check types share, validated once at load time.
import { isIP } from 'node:net';
import { InvalidField, type RawCheck } from './types.js';

type FieldPath = readonly (string | number)[];

/** A host name or IP address (IPv6 with or without brackets). */
export function readHost(value: unknown, path: FieldPath): string {
  const host = String(value ?? '').trim().replace(/^\[(.*)\]$/, '$1');
  if (host === '') throw new InvalidField(path, 'the host is empty: give a host name or an IP address');
  if (host.startsWith('-') || /[\s/]/.test(host)) {
    throw new InvalidField(path, `"${host}" is not a host name or IP address (no URL, spaces or leading dash)`);
  }
  return host;
}

/** A port number 1-65535, written as a number or a string. */
export function readPort(value: unknown, path: FieldPath, fallback?: number): number {
  if ((value === undefined || value === '') && fallback !== undefined) return fallback;
  const port = typeof value === 'number' ? value : Number(String(value ?? '').trim());
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new InvalidField(path, `"${String(value ?? '')}" is not a port (a whole number from 1 to 65535)`);
  }
  return port;
}

/** host:port as people write it, with IPv6 addresses in brackets. */
export function hostPort(host: string, port: number): string {
  return `${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
}

/** The check's assertions as written, with their index for InvalidField paths. */
export function rawAssertions(check: RawCheck): { assertion: Record<string, unknown>; index: number }[] {
  const list = Array.isArray(check.assertions) ? (check.assertions as Record<string, unknown>[]) : [];
  return list.map((assertion, index) => ({ assertion, index }));
}

// RFC 9110 token characters: what a header name may hold.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** A header name as HTTP allows it: no spaces, colons, CR or LF (undici refuses the request otherwise). */
export function checkHeaderName(name: string, path: FieldPath): string {
  if (!TOKEN.test(name)) throw new InvalidField(path, `${JSON.stringify(name)} is not a valid header name (letters, digits and !#$%&'*+-.^_\`|~ only; no spaces, colons or line breaks)`);
  return name;
}

/** A header value without CR, LF or NUL, which would split the request (header injection). */
export function checkHeaderValue(value: string, path: FieldPath): string {
  if (/[\r\n\0]/.test(value)) throw new InvalidField(path, 'a header value cannot contain a line break (CR or LF) or a NUL byte');
  return value;
}
