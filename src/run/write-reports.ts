// The report files of a run, written the same way by both doors.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PipelineResult } from '../model.js';
import { renderJsonReport } from '../report/json.js';
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

const RENDERERS: Record<ReportKind, (run: PipelineResult) => string> = {
  json: (run) => `${JSON.stringify(renderJsonReport(run), null, 2)}\n`,
  junit: renderJunit,
};

/** Writes each report asked for (folders created); gives the files written, in order. */
export function writeReports(run: PipelineResult, files: ReportFiles): string[] {
  const written: string[] = [];
  for (const kind of ['json', 'junit'] as const) {
    const file = files[kind];
    if (!file) continue;
    try {
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      writeFileSync(file, RENDERERS[kind](run));
    } catch (error) {
      throw new ReportWriteError(kind, file, { cause: error });
    }
    written.push(file);
  }
  return written;
}
