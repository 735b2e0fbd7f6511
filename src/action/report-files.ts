// The report files the inputs ask for (report-path, junit-path). One that cannot be written fails
// the job, but only after the summary, the comment and the annotations are written: they hold the
// run's result, and a bad path must not hide it. Each file is tried on its own.
import type { PipelineResult } from '../model.js';
import { ReportWriteError, writeReports, type ReportFiles, type ReportKind } from '../run/write-reports.js';
import { INPUT } from './inputs.js';

/** A report file that was not written, and the line that fails the job for it. */
export interface UnwrittenReport {
  readonly kind: ReportKind;
  readonly message: string;
}

export function writeReportFiles(result: PipelineResult, files: ReportFiles): UnwrittenReport[] {
  const unwritten: UnwrittenReport[] = [];
  for (const kind of ['json', 'junit'] as const) {
    if (!files[kind]) continue;
    try {
      writeReports(result, { [kind]: files[kind] });
    } catch (error) {
      if (!(error instanceof ReportWriteError)) throw error;
      unwritten.push({ kind, message: unwrittenMessage(error) });
    }
  }
  return unwritten;
}

function unwrittenMessage(error: ReportWriteError): string {
  const input = error.kind === 'json' ? INPUT.reportPath : INPUT.junitPath;
  const what = error.kind === 'json' ? 'JSON report' : 'JUnit report';
  return `The ${input} input names ${error.file}, which cannot be written (${(error.cause as Error).message}), so no ${what} was written. The job summary, the comment and the annotations have the run's result; set ${input} to a file in a folder the job can write.`;
}
