// Reading an HTTP response body: all of it is read (download is a timed phase), up to the cap,
// but only what the check needs is kept, so that a large body holds no memory that no assertion reads.
import type { Dispatcher } from 'undici';
import { probeError } from '../errors/probe-error.js';
import type { ResolvedCheck } from '../model.js';

/** The most bytes of a response read: an http body, a gRPC response message (grpc.ts). */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

/** The assertion types that read the body itself; without one, only the excerpt's bytes are kept. */
const BODY_ASSERTIONS = new Set(['body', 'jsonpath', 'bodyHash', 'jsonSchema']);

export function assertionsReadBody(assertions: unknown): boolean {
  return Array.isArray(assertions) && assertions.some((a) => BODY_ASSERTIONS.has(String((a as { type?: unknown })?.type)));
}

/** The extraction sources of a multistep step that read the body itself. */
const BODY_EXTRACTIONS = new Set(['body', 'jsonpath']);

export function extractionsReadBody(extractions: readonly { readonly from: string }[]): boolean {
  return extractions.some((extraction) => BODY_EXTRACTIONS.has(extraction.from));
}

/**
 * The http check keeping its whole body (up to the cap), for what reads the body beyond its own
 * assertions: a step's extraction, a baseline comparison's shapes. Any other check as it is.
 */
export function keepingWholeBody(check: ResolvedCheck): ResolvedCheck {
  const request = check.request as { readonly keptBodyBytes?: number; readonly maxBodyBytes?: number } | undefined;
  if (request?.keptBodyBytes === undefined || request.maxBodyBytes === undefined || request.keptBodyBytes >= request.maxBodyBytes) return check;
  return { ...check, request: { ...request, keptBodyBytes: request.maxBodyBytes } };
}

export interface BodyLimits {
  /** A body over this many bytes is BODY_TOO_LARGE. */
  readonly maxBytes: number;
  /** How many of its first bytes to keep. */
  readonly keepBytes: number;
}

/**
 * Whether the response has no body whatever its Content-Length says (RFC 9110 §6.4.1): the answer
 * to a HEAD, a 1xx, 204 or 304. Its Content-Length is that of the body a GET would have got.
 */
export function hasNoBody(method: string, status: number): boolean {
  return method === 'HEAD' || status < 200 || status === 204 || status === 304;
}

/**
 * Reads the body to its end or to the cap; listeners rather than `for await`, which costs more per check.
 * `bodiless`: a response that has no body, whose Content-Length undici 7 still holds against it
 * (a 204 or 304 ends in UND_ERR_RES_CONTENT_LENGTH_MISMATCH); the guard refuses any byte sent after it.
 */
export function readCapped(body: Dispatcher.ResponseData['body'], limits: BodyLimits, declaredLength?: string, bodiless = false): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = declaredLength === undefined ? NaN : Number(declaredLength);
    const tooLarge = () => {
      body.destroy();
      reject(probeError('BODY_TOO_LARGE', 'BODY_TOO_LARGE', `The response body is larger than the cap of ${limits.maxBytes} bytes`));
    };
    // A declared length over the cap fails now: reading up to the cap first would only hold memory.
    if (declared > limits.maxBytes) return tooLarge();
    let chunks: Buffer[] = [];
    let received = 0;
    let kept = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limits.maxBytes) return tooLarge();
      if (kept >= limits.keepBytes) return;
      const part = chunk.length <= limits.keepBytes - kept ? chunk : chunk.subarray(0, limits.keepBytes - kept);
      chunks.push(part);
      kept += part.length;
    };
    // The stream outlives the read (undici's client holds it until it is collected): its listeners
    // must not keep the chunks, views of the socket's read buffers, alive with it.
    const done = () => {
      body.off('data', onData);
      chunks = [];
    };
    body.on('data', onData);
    body.once('error', (error) => {
      done();
      if (bodiless && received === 0 && (error as { code?: string }).code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH') resolve(Buffer.alloc(0));
      else reject(error);
    });
    body.once('end', () => {
      const whole = Buffer.concat(chunks, kept);
      done();
      // undici checks this on HTTP/1.1 only; an HTTP/2 stream cancelled mid-body resolves as if complete.
      if (Number.isInteger(declared) && received < declared) {
        reject(probeError('CONNRESET', 'SOCKET_CLOSED', `The server closed the response after ${received} of ${declared} bytes`));
      } else {
        resolve(whole);
      }
    });
  });
}
