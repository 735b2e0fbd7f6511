// Every report the suite produces is checked against schema/report.schema.json (SPEC §11): the
// helpers that run the action, the command line and the engine call this on what they wrote.
import { existsSync, readFileSync } from 'node:fs';
import { renderJsonReport } from '../../src/report/json.js';
import type { PipelineResult } from '../../src/model.js';
import { reportSchemaProblem } from '../../src/run/report-schema.js';

export function assertValidReport(report: unknown, where: string): void {
  const problem = reportSchemaProblem(report);
  if (problem) throw new Error(`${where} is not valid against schema/report.schema.json: ${problem}`);
}

/** Checks the report file if the run wrote one (a run refused before reporting writes none). */
export function assertValidReportFile(file: string): void {
  if (!existsSync(file)) return;
  const text = readFileSync(file, 'utf8');
  let report: unknown;
  try {
    report = JSON.parse(text);
  } catch (error) {
    throw new Error(`the report ${file} is not JSON: ${(error as Error).message}`);
  }
  assertValidReport(report, `the report ${file}`);
}

/** Renders the run's JSON report and checks it; returns the run for chaining. */
export function withValidReport<Run extends PipelineResult>(run: Run): Run {
  assertValidReport(JSON.parse(JSON.stringify(renderJsonReport(run))), 'the JSON report of an engine run');
  return run;
}
