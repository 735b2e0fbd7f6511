// The report files the inputs ask for (report-path, junit-path). One that cannot be written fails
// the job, but only after the summary, the comment and the annotations are written: they hold the
// run's result, and a bad path must not hide it. Each file is tried on its own.
import type { PipelineResult } from '../model.js';
import { ReportWriteError, writeReports, type ReportFiles, type ReportKind } from '../run/write-reports.js';
import { INPUT } from './inputs.js';

/** A report file that was not written, and the line that fails the job for it. */
export interface UnwrittenReport {
  readonly kind: ReportKind;
  /** The line, saying only where the run's result was in fact written. */
  readonly message: (shown: ResultShown) => string;
}

/** Where this step wrote the run's result besides the outputs: known only once they are written. */
export interface ResultShown {
  readonly summary: boolean;
  /** This run's verdict was written to the comment (created or updated: not left as another leg's). */
  readonly comment: boolean;
}

export function writeReportFiles(result: PipelineResult, files: ReportFiles): UnwrittenReport[] {
  const unwritten: UnwrittenReport[] = [];
  for (const kind of ['json', 'junit'] as const) {
    if (!files[kind]) continue;
    try {
      writeReports(result, { [kind]: files[kind] });
    } catch (error) {
      if (!(error instanceof ReportWriteError)) throw error;
      unwritten.push({ kind, message: (shown) => unwrittenMessage(error, shown) });
    }
  }
  return unwritten;
}

function unwrittenMessage(error: ReportWriteError, shown: ResultShown): string {
  const input = error.kind === 'json' ? INPUT.reportPath : INPUT.junitPath;
  const what = error.kind === 'json' ? 'JSON report' : 'JUnit report';
  const places = [shown.summary ? 'the job summary' : undefined, shown.comment ? 'the pull-request comment' : undefined].filter(Boolean);
  const where = places.length > 0 ? places.join(' and ') : "the step's outputs (result, passed, failed)";
  return `The ${input} input names ${error.file}, which cannot be written (${why(error.cause)}), so no ${what} was written. The run's result is in ${where}; set ${input} to a file in a folder the job can write.`;
}

/** The cause in words: `mkdir` answers EEXIST when a folder of the path is a file. */
function why(cause: unknown): string {
  const { code, syscall, path, message } = (cause ?? {}) as { code?: unknown; syscall?: unknown; path?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : String(cause);
  if (code === 'EEXIST' && syscall === 'mkdir') return `its folder ${typeof path === 'string' ? `${path} ` : ''}is a file: ${text}`;
  if (code === 'ENOTDIR') return `a folder in its path is a file: ${text}`;
  return text;
}
