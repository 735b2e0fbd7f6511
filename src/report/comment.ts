// The sticky pull-request comment's text: one per manifest (and shard), found again by a hidden
// marker on its first line (the action door writes it, src/action/comment.ts).
import type { CheckResult, RunResult } from '../model.js';
import { COMMENT_LIMIT, fitWithin } from './budget.js';
import { renderComparisonTable } from './comparison.js';
import { adviceIsNew, cell, checkTime, errorLabel, failureDetails, locationCells, locationHeads, statusLabel, type LinkContext } from './details.js';
import { shownLocations, whereItFails } from './locations.js';
import { escapeHtmlText, escapeMarkdown } from './escape.js';
import { categoryTable, readyLines, totals, verdict } from './summary.js';

/** The hidden first line that finds this manifest's comment again. */
export function commentMarker(manifestFile: string, shard?: { index: number; count: number }): string {
  // `--` or `>` would end the HTML comment early.
  const key = encodeURI(manifestFile).replace(/--/g, '-%2D');
  return `<!-- probegate:${key}${shard ? `#shard-${shard.index}-of-${shard.count}` : ''} -->`;
}

export function renderComment(run: RunResult, marker: string, links?: LinkContext): string {
  const shownChecks = run.checks.filter((c) => c.status === 'failed' || c.status === 'warned');
  const ordered = [...shownChecks.filter((c) => c.status === 'failed'), ...shownChecks.filter((c) => c.status === 'warned')];
  const head = [marker, `### ${verdict(run)}`, '', totals(run), ...readyLines(run), ...categoryTable(run), ''].join('\n');
  const locations = shownLocations(run);
  const tableHead = `| Status |${locationHeads(locations)} Check | Error | Time |\n| --- |${' --- |'.repeat(locations.length)} --- | --- | --- |\n`;
  // Row by row, the header with the first: a table too long for the comment still names the first
  // checks. The last row ends the table with a blank line, and so does the note that replaces the rest.
  const rows = ordered.map((result, index) => () => `${index === 0 ? tableHead : ''}${row(result, locations)}${index === ordered.length - 1 ? '\n' : ''}`);
  const comparison = renderComparisonTable(run);
  const tail = footer(run, links);
  const withAdvice = adviceIsNew(ordered);
  return fitWithin(
    COMMENT_LIMIT,
    head,
    [
      { parts: rows, note: (n) => `\n_…and ${n} more check${n === 1 ? '' : 's'} that did not pass: the job summary lists every check (a comment holds at most 65,536 characters)._\n` },
      { parts: comparison ? [comparison] : [], note: () => '_The "Preview vs baseline" table is in the job summary (a comment holds at most 65,536 characters)._\n' },
      { parts: ordered.map((result, index) => () => section(result, links, withAdvice[index])), note: (n) => `_The details of ${n} more check${n === 1 ? '' : 's'} are in the job summary (a comment holds at most 65,536 characters)._\n` },
    ],
    tail,
  );
}

function row(result: CheckResult, locations: readonly string[]): string {
  const perLocation = locationCells(result, locations).map((c) => ` ${c} |`).join('');
  return `| ${statusLabel(result)} |${perLocation} ${cell(result.check.name)} | ${errorLabel(result.error!)} | ${checkTime(result)} |`;
}

function section(result: CheckResult, links: LinkContext | undefined, withAdvice: boolean): string {
  const places = whereItFails(result);
  const summary = `${statusLabel(result)}: ${escapeHtmlText(result.check.name)} (${errorLabel(result.error!)}${places ? ` · ${escapeHtmlText(places)}` : ''})`;
  return `<details><summary>${summary}</summary>\n\n${failureDetails(result, links, withAdvice)}\n\n</details>\n`;
}

function footer(run: RunResult, links?: LinkContext): string {
  const parts = [links?.runUrl ? `[Workflow run](${links.runUrl})` : undefined, links?.sha ? `commit ${links.sha.slice(0, 7)}` : undefined, `${run.summary.total} checks from ${escapeMarkdown(run.manifestFile)}`];
  return `<sub>${parts.filter(Boolean).join(' · ')} · updated by probegate on every run</sub>\n`;
}
