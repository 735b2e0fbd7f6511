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

/**
 * The pieces are encoded one after another into a buffer, reused for every write of the file and
 * written out each time it is full: neither a Buffer per write (memory outside the heap that stays
 * until it is collected, some 6 MiB for a report of 5,000 checks) nor pieces joined into a string
 * (a copy of the report's text): the report is written when the run's memory is at its peak.
 */
const WRITE_BYTES = 192 * 1024;

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

/** Writes the pieces to `file` (created or truncated), a buffer's worth at a time. */
function writePieces(file: string, pieces: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    const bytes = new Uint8Array(WRITE_BYTES);
    let filled = 0;
    for (const piece of pieces) {
      for (let read = 0; read < piece.length; ) {
        const encoded = encoder.encodeInto(read === 0 ? piece : piece.slice(read), bytes.subarray(filled));
        read += encoded.read;
        filled += encoded.written;
        if (read < piece.length) {
          // Full, or too nearly for the next character: an empty buffer always has room for one.
          writeAll(fd, bytes, filled);
          filled = 0;
        }
      }
    }
    writeAll(fd, bytes, filled);
  } finally {
    closeSync(fd);
  }
}

const encoder = new TextEncoder();

function writeAll(fd: number, bytes: Uint8Array, length: number): void {
  for (let offset = 0; offset < length; ) offset += writeSync(fd, bytes, offset, length - offset);
}
