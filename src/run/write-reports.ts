// The report files of a run, written the same way by both doors.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { PipelineResult } from '../model.js';
import { jsonReportText } from '../report/json.js';
import { renderJunit } from '../report/junit.js';

export type ReportKind = 'json' | 'junit';

export type ReportFiles = { readonly [kind in ReportKind]?: string };

/** A report file that could not be written: the door says which of its options or inputs named it. */
export class ReportWriteError extends Error {
  override readonly name = 'ReportWriteError';
  constructor(
    readonly kind: ReportKind,
    readonly file: string,
    options: { cause: unknown },
  ) {
    super(`Cannot write the ${kind === 'json' ? 'JSON' : 'JUnit'} report to ${file}: ${(options.cause as Error).message}`, options);
  }
}

const RENDERERS: Record<ReportKind, (run: PipelineResult) => Iterable<string>> = {
  json: function* (run) {
    yield* jsonReportText(run);
    yield '\n';
  },
  junit: (run) => [renderJunit(run)],
};

/** Pieces are gathered up to this many characters per write: few system calls, and never the whole report at once. */
const WRITE_CHARS = 64 * 1024;
/**
 * The bytes of a batch are encoded into one buffer, reused for every write of the file: a Buffer
 * per batch is memory outside the heap that stays until the buffer is collected, some 6 MiB for a
 * report of 5,000 checks, and the report is written when the run's memory is at its peak.
 */
const ENCODE_BYTES = 3 * WRITE_CHARS;

/** Writes each report asked for (folders created); gives the files written, in order. */
export function writeReports(run: PipelineResult, files: ReportFiles): string[] {
  const written: string[] = [];
  for (const kind of ['json', 'junit'] as const) {
    const file = files[kind];
    if (!file) continue;
    try {
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      writePieces(file, RENDERERS[kind](run));
    } catch (error) {
      throw new ReportWriteError(kind, file, { cause: error });
    }
    written.push(file);
  }
  return written;
}

/** Writes the pieces to `file` (created or truncated) in batches. */
function writePieces(file: string, pieces: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    const bytes = new Uint8Array(ENCODE_BYTES);
    let batch = '';
    for (const piece of pieces) {
      batch += piece;
      if (batch.length >= WRITE_CHARS) {
        writeAll(fd, batch, bytes);
        batch = '';
      }
    }
    writeAll(fd, batch, bytes);
  } finally {
    closeSync(fd);
  }
}

const encoder = new TextEncoder();

/** Writes `text` as UTF-8 through `bytes`, a buffer's worth at a time. */
function writeAll(fd: number, text: string, bytes: Uint8Array): void {
  for (let read = 0; read < text.length; ) {
    // Each round starts with the whole buffer free: it always encodes at least the next character.
    const encoded = encoder.encodeInto(read === 0 ? text : text.slice(read), bytes);
    read += encoded.read;
    for (let offset = 0; offset < encoded.written; ) offset += writeSync(fd, bytes, offset, encoded.written - offset);
  }
}
