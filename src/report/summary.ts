// The job summary (SPEC §4): the verdict, totals by status and by category, a table of every
// check, then what each failure needs to be fixed. Within GitHub's 1 MiB step-summary limit:
// detail and rows are dropped with a note, never the verdict or the table header.
import type { ManifestProblem } from '../manifest/problem.js';
import type { CheckResult, RunMetadata, RunResult } from '../model.js';
import { fitWithin, STEP_SUMMARY_LIMIT, type SizeLimit } from './budget.js';
import { renderComparisonTable } from './comparison.js';
import { adviceIsNew, cell, checkTime, errorLabel, failureDetails, locationCells, locationHeads, statusLabel, unitsKeptTogether, type LinkContext } from './details.js';
import { mergedFrom, shownLocations } from './locations.js';
import { escapeMarkdown } from './escape.js';
import { allowedFailures, stepsTable } from './steps.js';
import { formatMsUnbroken } from './waterfall.js';

export interface SummaryOptions {
  readonly links?: LinkContext;
  readonly limit?: SizeLimit;
  /** Problems of the manifest that no check's row shows (the baseline's, the ready wait's). */
  readonly problemsOutsideChecks?: readonly ManifestProblem[];
}

export function renderSummary(run: RunResult & { readonly run?: RunMetadata }, options: SummaryOptions = {}): string {
  const locations = shownLocations(run);
  const failing = run.checks.filter((c) => c.status === 'failed' || c.status === 'warned');
  const ordered = [...failing.filter((c) => c.status === 'failed'), ...failing.filter((c) => c.status === 'warned')];
  const head = [
    `## ${verdict(run)}`,
    '',
    totals(run),
    ...problemLines(options.problemsOutsideChecks ?? []),
    // A merge says what it merged: a location whose job wrote no report is seen missing.
    ...(run.run?.merged?.locations.length ? ['', escapeMarkdown(mergedFrom(run.run.merged, 'input locations'))] : []),
    ...readyLines(run),
    ...categoryTable(run),
    '',
    `| Status |${locationHeads(locations)} Check | Type | Target | Error | Time |`,
    `| --- |${' --- |'.repeat(locations.length)} --- | --- | --- | --- | --- |`,
  ].join('\n');
  const rows = run.checks.map((result) => row(result, locations));
  const comparison = renderComparisonTable(run);
  const withAdvice = adviceIsNew(ordered);
  const sections = ordered.map((result, index) => () => `${index === 0 ? '\n### What went wrong\n' : ''}\n${section(result, options.links, withAdvice[index])}`);
  const allowed = run.checks.filter((c) => c.status === 'passed' && allowedFailures(c).length > 0);
  sections.push(...allowed.map((result, index) => () => `${index === 0 ? '\n### Steps allowed to fail that failed\n' : ''}\n${allowedSection(result)}`));
  const text = fitWithin(
    options.limit ?? STEP_SUMMARY_LIMIT,
    head,
    [
      { parts: rows, note: (n) => `\n_…and ${n} more check${n === 1 ? '' : 's'}: the table was cut to stay within GitHub's step-summary limit; the JSON report lists every check._` },
      { parts: comparison ? [`\n${comparison}`] : [], note: () => '\n_The "Preview vs baseline" table was left out to stay within the step-summary limit; the JSON report has every comparison._' },
      { parts: sections, note: (n) => `\n_The details of ${n} more failing check${n === 1 ? '' : 's'} were left out to stay within GitHub's step-summary limit; the JSON report has them._` },
    ],
    '',
  );
  return `${text}\n`;
}

export function verdict(run: RunResult): string {
  const file = escapeMarkdown(run.manifestFile);
  if (run.ready?.status === 'failed') return `❌ probegate failed: the preview never became ready, no check was run (${file})`;
  if (run.result === 'pass') return `✅ probegate passed: ${file}`;
  const { failed } = run.summary;
  // No check failed: the run fails on the manifest's problems outside its checks (src/gate.ts tally).
  if (failed === 0) return `❌ probegate failed: ${file} has problems to correct`;
  return `❌ probegate failed: ${failed} check${failed === 1 ? '' : 's'} failed the gate in ${file}`;
}

/** `**5** checks in 1.2 s: 2 passed · 1 failed · 1 warned · 1 skipped` */
export function totals(run: RunResult): string {
  const { summary } = run;
  const parts = [`${summary.passed} passed`, `${summary.failed} failed`, `${summary.warned} warned`, `${summary.skipped} skipped`];
  return `**${summary.total}** check${summary.total === 1 ? '' : 's'} in ${formatMsUnbroken(run.durationMs)}: ${parts.join(' · ')}`;
}

/** The ready wait that never succeeded, said once: what the preview last answered, and where in the manifest. */
/** The manifest's problems outside any check, which fail the run though no check failed. */
function problemLines(problems: readonly ManifestProblem[]): string[] {
  const shown = problems.slice(0, PROBLEMS_SHOWN);
  const more = problems.length - shown.length;
  return [
    ...shown.flatMap(({ location, message }) => ['', `❌ **manifest problem** (${escapeMarkdown(location.file)} line ${location.line}): ${escapeMarkdown(message)}`]),
    ...(more > 0 ? ['', `_…and ${more} more manifest problem${more === 1 ? '' : 's'}, annotated in the job._`] : []),
  ];
}
const PROBLEMS_SHOWN = 10;

export function readyLines(run: RunResult): string[] {
  const { ready } = run;
  if (!ready) return [];
  const level = ready.status === 'failed' ? '❌' : '⚠️';
  return ['', `${level} **ready** (${escapeMarkdown(ready.location.file)} line ${ready.location.line}) ${errorLabel(ready.error)}: ${escapeMarkdown(unitsKeptTogether(ready.error.message))}`];
}

/** How many checks ended in each category, split by what the gate made of them. */
export function categoryTable(run: RunResult): string[] {
  if (run.categories.length === 0) return [];
  const rows = run.categories.map((category) => {
    const inCategory = run.checks.filter((c) => c.error?.category === category);
    const failed = inCategory.filter((c) => c.status === 'failed').length;
    return `| ${category.replace(/[^A-Z0-9_]/g, '')} | ${failed} | ${inCategory.length - failed} |`;
  });
  return ['', '| Category | Failed | Warned |', '| --- | --- | --- |', ...rows];
}

// One row per check, thousands in a summary: written at once, without an array of cells to join.
function row(result: CheckResult, locations: readonly string[]): string {
  const error = result.error ? errorLabel(result.error) : '';
  const statuses = locations.length > 0 ? `${locationCells(result, locations).join(' | ')} | ` : '';
  return `| ${statusLabel(result)} | ${statuses}${cell(result.check.name)} | ${result.check.type} | ${cell(result.check.target)} | ${error} | ${checkTime(result)} |`;
}

function allowedSection(result: CheckResult): string {
  return `#### ${statusLabel(result)}: ${escapeMarkdown(result.check.name)}\n\n${stepsTable(result, (text) => cell(text))}`;
}

function section(result: CheckResult, links: LinkContext | undefined, withAdvice: boolean): string {
  return `#### ${statusLabel(result)}: ${escapeMarkdown(result.check.name)}\n\n${failureDetails(result, links, withAdvice)}`;
}
