// Stands between an HTTP/1.1 socket and undici's parser, which reads it with `socket.read()`.
// Each response head is read in full (up to the limit) before undici sees it, so that:
// - interim 1xx responses (100 Continue, 103 Early Hints) are dropped: RFC 9110 §15.2 says a
//   client must accept them even unasked, but undici 7 destroys the socket on a 100;
// - what undici would let through or trip over is refused with a code of its own: a status
//   outside 100-599 (undici asserts on one below 100 and accepts 600), control bytes in the status
//   line or a header, a head over the limit, conflicting Content-Length values;
// - the body is counted against Content-Length, so bytes past it are not silently dropped.
// A reply that does not start as HTTP is passed through untouched for undici to name.
import type { Socket } from 'node:net';
import { probeError, type ProbeError } from '../errors/probe-error.js';

/** The largest response head (status line and headers) accepted: SPEC §2. */
export const MAX_HEAD_BYTES = 64 * 1024;

const HTTP_PREFIX = Buffer.from('HTTP/');
const CRLF_CRLF = Buffer.from('\r\n\r\n');
const LF_LF = Buffer.from('\n\n');
const STATUS_LINE = /^HTTP\/\d\.\d (\d{3})(?:[ \t\r\n]|$)/;
// Bytes that may not appear in a head: controls other than HTAB, CR and LF; DEL; a CR without its LF.
const CONTROL_BYTE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\r(?!\n)/;

export class ResponseGuard {
  /** What was wrong, kept for when undici already had the whole response and failing the socket no longer reaches the request. */
  violation?: ProbeError;
  private held: Buffer = Buffer.alloc(0);
  private state: 'head' | 'body' | 'open' = 'head';
  private bodyLeft = 0;

  constructor(
    private readonly socket: Socket,
    private readonly method: string,
  ) {
    const read = socket.read.bind(socket);
    socket.read = ((size?: number) => {
      const chunk = read(size) as Buffer | null;
      return chunk === null || this.state === 'open' ? chunk : this.filter(chunk);
    }) as Socket['read'];
  }

  private filter(chunk: Buffer): Buffer | null {
    if (this.state === 'body') return this.countBody(chunk, chunk);
    let buffered = this.held.length > 0 ? Buffer.concat([this.held, chunk]) : chunk;
    for (;;) {
      if (!startsAsHttp(buffered)) return this.open(buffered);
      const end = headEnd(buffered);
      if (end < 0) {
        if (buffered.length > MAX_HEAD_BYTES) return this.fail(headTooLarge(buffered.length));
        this.held = buffered;
        return null;
      }
      if (end > MAX_HEAD_BYTES) return this.fail(headTooLarge(end));
      const head = buffered.subarray(0, end).toString('latin1');
      const status = STATUS_LINE.exec(head)?.[1];
      if (status === undefined) return this.open(buffered);
      const problem = inspectHead(head, Number(status));
      if (problem) return this.fail(problem);
      const code = Number(status);
      if (code >= 200) return this.finalHead(head, code, buffered, end);
      buffered = buffered.subarray(end);
    }
  }

  private finalHead(head: string, status: number, buffered: Buffer, end: number): Buffer | null {
    this.held = Buffer.alloc(0);
    const length = bodyLength(head, status, this.method);
    if (length instanceof Error) return this.fail(length);
    if (length === undefined) return this.open(buffered);
    this.state = 'body';
    this.bodyLeft = length;
    return this.countBody(buffered.subarray(end), buffered);
  }

  private countBody(body: Buffer, deliver: Buffer): Buffer | null {
    if (body.length > this.bodyLeft) {
      const error = probeError(
        'MALFORMED_RESPONSE',
        'EXTRA_DATA',
        `The server sent more than the ${this.method === 'HEAD' ? 'empty body a HEAD response has' : 'body its Content-Length declares'}: ${body.length - this.bodyLeft} more byte(s) after the end of the response`,
      );
      return this.fail(error);
    }
    this.bodyLeft -= body.length;
    return deliver;
  }

  private open(buffered: Buffer): Buffer {
    this.state = 'open';
    this.held = Buffer.alloc(0);
    return buffered;
  }

  private fail(error: ProbeError): null {
    this.state = 'open';
    this.violation = error;
    this.socket.destroy(error);
    return null;
  }
}

/** Whether the bytes so far are `HTTP/` or its start (a byte loop: comparing ranges of Buffers makes objects). */
function startsAsHttp(buffer: Buffer): boolean {
  for (let i = 0; i < HTTP_PREFIX.length && i < buffer.length; i++) if (buffer[i] !== HTTP_PREFIX[i]) return false;
  return true;
}

/** The index just past the blank line that ends the head (CRLF CRLF, or bare LFs as RFC 9112 allows), or -1. */
function headEnd(buffer: Buffer): number {
  const crlf = buffer.indexOf(CRLF_CRLF);
  const lf = buffer.indexOf(LF_LF);
  if (crlf < 0) return lf < 0 ? -1 : lf + 2;
  return lf >= 0 && lf < crlf ? lf + 2 : crlf + 4;
}

function headTooLarge(bytes: number): ProbeError {
  return probeError('MALFORMED_RESPONSE', 'HEADERS_TOO_LARGE', `The response head (status line and headers) is over the limit of ${MAX_HEAD_BYTES} bytes (${bytes} bytes or more)`);
}

// An HTTP/1.1 head's bytes besides its header lines: `HTTP/1.1 200 \r\n` and the blank line.
const STATUS_LINE_AND_END_BYTES = 17;

/**
 * HEADERS_TOO_LARGE for an HTTP/2 response whose headers are over the limit. Node's client does
 * not hold a header list to the 64 KiB it advertises, and an HTTP/2 list has no wire form to
 * count (HPACK compresses it): it is counted as the HTTP/1.1 head it stands for, so that both
 * protocols refuse the same heads (SPEC §2).
 */
export function http2HeadTooLarge(headers: Record<string, string | string[] | undefined>): ProbeError | undefined {
  let bytes = STATUS_LINE_AND_END_BYTES;
  for (const name in headers) {
    const value = headers[name];
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) bytes += name.length + one.length + 4; // `: ` and CRLF
  }
  return bytes > MAX_HEAD_BYTES ? headTooLarge(bytes) : undefined;
}

/** MALFORMED_RESPONSE for a status HTTP does not define (HTTP/2 included), or 101 to a request that asked for no switch. */
export function invalidStatus(status: number): ProbeError | undefined {
  if (status < 100 || status > 599) {
    return probeError('MALFORMED_RESPONSE', 'INVALID_STATUS', `The server answered with status ${String(status).padStart(3, '0')}, outside the range 100-599 that HTTP defines`);
  }
  if (status === 101) {
    return probeError('MALFORMED_RESPONSE', 'INVALID_STATUS', 'The server answered 101 Switching Protocols to a request that asked for no protocol switch');
  }
  return undefined;
}

function inspectHead(head: string, status: number): ProbeError | undefined {
  const invalid = invalidStatus(status);
  if (invalid) return invalid;
  const bad = CONTROL_BYTE.exec(head);
  if (!bad) return undefined;
  const lineNumber = head.slice(0, bad.index).split('\n').length;
  const where = lineNumber === 1 ? 'the status line' : `header line ${lineNumber - 1}`;
  const byte = `0x${bad[0].charCodeAt(0).toString(16).padStart(2, '0')}`;
  const what = bad[0] === '\r' ? 'a bare CR (0x0d not followed by LF)' : `the control byte ${byte}`;
  return probeError('MALFORMED_RESPONSE', 'CONTROL_CHARACTERS', `The server sent ${what} in ${where} of the response head`);
}

/**
 * How many body bytes follow the final head: 0 for HEAD, 204 and 304; the Content-Length
 * when there is one and no Transfer-Encoding; undefined when the body is chunked or runs to the
 * close. Conflicting or invalid lengths are an error.
 */
function bodyLength(head: string, status: number, method: string): number | undefined | ProbeError {
  const lengths: string[] = [];
  let chunked = false;
  forEachHeader(head, (name, line, colon) => {
    if (name === 'content-length') lengths.push(...line.slice(colon + 1).split(',').map((v) => v.trim()));
    if (name === 'transfer-encoding') chunked = true;
  });
  if (method === 'HEAD' || status === 204 || status === 304) return 0;
  if (lengths.length === 0) return undefined;
  const distinct = [...new Set(lengths)];
  if (chunked || distinct.length > 1 || !/^\d{1,15}$/.test(distinct[0]!)) {
    const why = chunked ? 'both Transfer-Encoding and Content-Length' : `the Content-Length ${distinct.map((v) => JSON.stringify(v)).join(' and ')}`;
    return probeError('MALFORMED_RESPONSE', 'CONTENT_LENGTH_MISMATCH', `The server sent ${why}, so the end of the body is ambiguous`);
  }
  return Number(distinct[0]);
}

const FRAMING_HEADERS = new Set(['content-length', 'transfer-encoding']);

/**
 * Calls `framing` for each line after the status line whose name (what comes before its colon,
 * trimmed, lower-cased) is content-length or transfer-encoding, with the line and its colon's
 * index (-1 when it has none: the name is then all but the line's last character). Walks the
 * head in place: the other lines, most of a head, cost no string.
 */
function forEachHeader(head: string, framing: (name: string, line: string, colon: number) => void): void {
  for (let start = head.indexOf('\n') + 1; start > 0; ) {
    const newline = head.indexOf('\n', start);
    // Lines end at LF or CRLF (the guard has refused a bare CR already).
    const end = newline < 0 ? head.length : head.charCodeAt(newline - 1) === CR && newline > start ? newline - 1 : newline;
    const colonAt = head.indexOf(':', start);
    const colon = colonAt >= 0 && colonAt < end ? colonAt - start : -1;
    let nameStart = start;
    let nameEnd = colon < 0 ? Math.max(start, end - 1) : start + colon;
    while (nameStart < nameEnd && TRIMMED.has(head.charCodeAt(nameStart))) nameStart++;
    while (nameEnd > nameStart && TRIMMED.has(head.charCodeAt(nameEnd - 1))) nameEnd--;
    if (nameEnd - nameStart === 'content-length'.length || nameEnd - nameStart === 'transfer-encoding'.length) {
      const name = head.slice(nameStart, nameEnd).toLowerCase();
      if (FRAMING_HEADERS.has(name)) framing(name, head.slice(start, end), colon);
    }
    start = newline < 0 ? 0 : newline + 1;
  }
}

const CR = 0x0d;
// What String.prototype.trim removes, among the characters a head decoded as latin1 can hold.
const TRIMMED = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0]);
