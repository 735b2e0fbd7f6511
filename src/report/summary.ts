import type { CheckResult, RunResult } from '../model.js';
import { escapeMarkdown } from './escape.js';

const STATUS_ICON: Record<CheckResult['status'], string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  warned: '⚠️ warned',
  skipped: '⏭️ skipped',
};

/** The job summary: verdict, totals and a table of every check. */
export function renderSummary(run: RunResult): string {
  const { summary } = run;
  const verdict = run.result === 'pass' ? '✅ probegate: all gates passed' : '❌ probegate: the gate failed';
  const lines = [
    `## ${verdict}`,
    '',
    `**${summary.total}** checks: ${summary.passed} passed, ${summary.failed} failed, ${summary.warned} warned, ${summary.skipped} skipped.`,
    '',
    '| Status | Check | Type | Target | Error | Time |',
    '| --- | --- | --- | --- | --- | --- |',
    ...run.checks.map(row),
  ];
  return `${lines.join('\n')}\n`;
}

function row(result: CheckResult): string {
  const error = result.error ? `${result.error.category}${result.error.code !== result.error.category ? `:${result.error.code}` : ''}` : '';
  const time = result.timings.total !== undefined ? `${Math.round(result.timings.total)} ms` : '';
  const cells = [STATUS_ICON[result.status], escapeMarkdown(result.check.name), result.check.type, escapeMarkdown(result.check.target), error, time];
  return `| ${cells.join(' | ')} |`;
}
