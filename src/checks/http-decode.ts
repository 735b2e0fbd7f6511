// Undoing a response's Content-Encoding (undici's Client.request hands the body as sent), so that
// assertions, the excerpt and the report see what a browser or `curl --compressed` shows.
// Decoded after the wire read (download stays the wire's), each stage capped at the body cap: a
// decompression bomb stops there, as BODY_TOO_LARGE, holding no more than the cap.
import type { BrotliOptions, ZlibOptions } from 'node:zlib';
import { probeError } from '../errors/probe-error.js';

type Decoder = (input: Buffer, options: ZlibOptions & BrotliOptions) => Buffer;
type Decoders = Record<string, Decoder | undefined>;

let decoders: Decoders | undefined;

/** zlib's decoders by coding name; zstd only where this Node's zlib has it. node:zlib on the first encoded body: most runs have none. */
function zlibDecoders(): Decoders {
  if (decoders) return decoders;
  const zlib = process.getBuiltinModule('node:zlib');
  decoders = {
    gzip: zlib.gunzipSync,
    'x-gzip': zlib.gunzipSync,
    // RFC 9110's deflate is the zlib format; some servers send raw deflate without its header.
    deflate: (input, options) => (isZlibHeader(input) ? zlib.inflateSync(input, options) : zlib.inflateRawSync(input, options)),
    br: zlib.brotliDecompressSync,
  };
  const zstd = (zlib as { zstdDecompressSync?: Decoder }).zstdDecompressSync;
  if (typeof zstd === 'function') decoders.zstd = zstd;
  return decoders;
}

export interface DecodedBody {
  readonly body: Buffer;
  /** Why the body cannot be judged (a coding probegate cannot undo); the body is then the bytes as sent. */
  readonly unreadable?: string;
}

/**
 * The codings of a Content-Encoding value in the order they must be undone (the last applied
 * first), `identity` left out; undefined when there is nothing to undo.
 */
export function contentCodings(header: string | undefined): string[] | undefined {
  if (header === undefined) return undefined;
  const codings = header
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  return codings.length === 0 ? undefined : codings.reverse();
}

/** The whole body with its codings undone; a corrupt or over-cap result fails the check (MALFORMED_RESPONSE, BODY_TOO_LARGE). */
export function decodeBody(raw: Buffer, codings: readonly string[], maxBytes: number): DecodedBody {
  const decoders = zlibDecoders();
  const unknown = codings.find((c) => decoders[c] === undefined);
  if (unknown !== undefined) {
    return { body: raw, unreadable: `the body is encoded with "${unknown}" (Content-Encoding), which probegate cannot decode, so it cannot be judged; have the server send gzip, deflate, br or no encoding (drop the check's accept-encoding header)` };
  }
  let body = raw;
  for (const coding of codings) {
    try {
      body = decoders[coding]!(body, { maxOutputLength: maxBytes });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw probeError('BODY_TOO_LARGE', 'BODY_TOO_LARGE', `The response body is larger than the cap of ${maxBytes} bytes once decoded (Content-Encoding: ${coding}, ${raw.length} bytes as sent)`);
      }
      throw probeError(
        'MALFORMED_RESPONSE',
        'MALFORMED_RESPONSE',
        `The response body could not be decoded as ${coding} (Content-Encoding): ${(error as Error).message}. The server or a proxy in front of it sends a corrupt or mislabelled body; browsers refuse it too`,
      );
    }
  }
  return { body };
}

/** Whether the bytes start with a zlib header (deflate method, check bits right), not raw deflate. */
function isZlibHeader(input: Buffer): boolean {
  return input.length >= 2 && (input[0]! & 0x0f) === 8 && ((input[0]! << 8) | input[1]!) % 31 === 0;
}
