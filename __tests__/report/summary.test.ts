// The job summary and the pull-request comment of a mixed run of real checks, as snapshots a
// person can read, plus what they must always hold and the size limits they must keep.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult, RunResult } from '../../src/model.js';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { commentMarker, renderComment } from '../../src/report/comment.js';
import type { LinkContext } from '../../src/report/details.js';
import { renderSummary } from '../../src/report/summary.js';
import { mixedRun } from '../helpers/mixed-run.js';
import { stableText } from '../helpers/run-result.js';

const LINKS: LinkContext = {
  serverUrl: 'https://github.com',
  repository: 'octo/preview',
  sha: 'feedc0de1234567',
  runUrl: 'https://github.com/octo/preview/actions/runs/42',
};
const MARKER = commentMarker('.github/probegate.yml');

let run: RunResult;
beforeAll(async () => {
  run = await mixedRun();
});

const named = (name: string) => run.checks.find((c) => c.check.name === name)!;

describe('the job summary', () => {
  it('of a mixed run reads as the snapshot', async () => {
    await expect(stableText(renderSummary(run, { links: LINKS }))).toMatchFileSnapshot('../__snapshots__/summary.mixed.md');
  });

  it('keeps every time on one line: a non-breaking space between figure and unit', () => {
    const summary = renderSummary(run, { links: LINKS });
    const rows = summary.split('\n').filter((line) => line.split(' | ').length === 6 && !line.startsWith('| Status') && !line.startsWith('| ---'));
    const times = rows.map((row) => row.split(' | ').at(-1)!.replace(/ \|$/, '')).filter((cell) => /\d/.test(cell));
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) expect(time).toMatch(/^\d+(\.\d)?\u00a0m?s$/);
    expect(summary).toMatch(/checks in \d+(\.\d)?\u00a0m?s:/);
  });

  it('gives the verdict, totals by status and by category, and a row for every check', () => {
    const summary = renderSummary(run, { links: LINKS });
    expect(summary.split('\n')[0]).toBe('## ❌ probegate failed: 5 checks failed the gate in .github/probegate.yml');
    expect(summary).toContain('**9** checks in 1234\u00a0ms: 2 passed · 5 failed · 1 warned · 1 skipped');
    expect(summary).toContain('| INCORRECT_ASSERTION | 2 | 0 |');
    expect(summary).toContain('| TIMEOUT | 0 | 1 |');
    expect(summary).toContain('| ✅ passed (attempt 2) | Flaky login | http |');
    expect(summary).toContain('| SSL | 1 | 0 |');
    for (const result of run.checks) expect(summary).toContain(`| ${result.check.name} | ${result.check.type} |`);
  });

  it('shows each failure with its assertions, timing waterfall and what the server sent', () => {
    const summary = renderSummary(run, { links: LINKS });
    const health = section(summary, 'Health');
    expect(health).toContain('| ❌ | jsonpath \\$.status | is <code>ok</code> | <code>degraded</code> |');
    expect(health).toContain('| ✅ | statusCode | is <code>200</code> | <code>200</code> |');
    expect(health).toMatch(/```text\nconnect {2}.*\nfirst byte .*\ndownload .*\ntotal /);
    expect(health).toContain(`(https://github.com/octo/preview/blob/feedc0de1234567/.github/probegate.yml#L${named('Health').assertions[1]!.line})`);
    const checkout = section(summary, 'Checkout');
    expect(checkout).toContain('<pre>\n&lt;h1&gt;503 Service Unavailable&lt;/h1&gt;');
    // A timeout shows only the phases that completed: no first byte, no download.
    // The chain the server sent, read even though it failed verification.
    const certificate = section(summary, 'Certificate');
    expect(certificate).toContain('**SSL:CERT_HAS_EXPIRED**');
    expect(certificate).toContain('| leaf | CN=localhost, O=probegate tests | CN=probegate test intermediate, O=probegate tests |');
    const slow = section(summary, 'Search');
    expect(slow).toMatch(/^connect /m);
    expect(slow).not.toMatch(/^(first byte|download) /m);
  });

  it('shows the certificate chain the server sent for an SSL error, leaf first and escaped', () => {
    const admin = named('Admin API');
    const chain = [
      { subject: 'CN=<script>@everyone | x', issuer: 'CN=Probe Intermediate', validFrom: '2025-01-01T00:00:00.000Z', validTo: '2025-06-01T00:00:00.000Z' },
      { subject: 'CN=Probe Intermediate', issuer: 'CN=Probe Root', validFrom: '2024-01-01T00:00:00.000Z', validTo: '2034-01-01T00:00:00.000Z' },
    ];
    const expired: CheckResult = {
      ...admin,
      error: { category: 'SSL', code: 'CERT_HAS_EXPIRED', message: 'The certificate of 127.0.0.1:443 expired on 2025-06-01.' },
      tls: { authorized: false, chain },
    };
    const summary = renderSummary({ ...run, checks: [expired] });
    expect(summary).toContain('Certificate chain the server sent (leaf first):');
    expect(summary).toContain('| leaf | CN=&lt;script&gt;@\u200beveryone \\| x | CN=Probe Intermediate | 2025-01-01 | 2025-06-01 (expired) |');
    expect(summary).toContain('| 1 | CN=Probe Intermediate | CN=Probe Root | 2024-01-01 | 2034-01-01 |');
    // Only SSL errors carry the chain: it would be noise on an assertion failure.
    expect(renderSummary({ ...run, checks: [{ ...expired, error: named('Checkout').error }] })).not.toContain('Certificate chain');
  });

  it('stays within 1 MiB for a huge run, keeping the verdict and the table header and saying what was cut', () => {
    const huge = manyFailures(3000, 'x'.repeat(900));
    const summary = renderSummary(huge);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(summary.split('\n')[0]).toContain('probegate failed: 3000 checks failed the gate');
    expect(summary).toContain('| Status | Check | Type | Target | Error | Time |');
    expect(summary).toMatch(/The details of \d+ more failing checks were left out/);
  });

  it('cuts table rows, with a note, when even the table does not fit', () => {
    const huge = manyFailures(20_000, '');
    const summary = renderSummary(huge);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(summary).toMatch(/…and \d+ more checks: the table was cut/);
    expect(summary).toMatch(/The details of 20000 more failing checks were left out/);
  });
});

describe('the pull-request comment', () => {
  it('of a mixed run reads as the snapshot', async () => {
    await expect(stableText(renderComment(run, MARKER, LINKS))).toMatchFileSnapshot('../__snapshots__/comment.mixed.md');
  });

  it('starts with the hidden marker, lists what did not pass and links the run', () => {
    const comment = renderComment(run, MARKER, LINKS);
    expect(comment.split('\n')[0]).toBe('<!-- probegate:.github/probegate.yml -->');
    expect(comment).toContain('<details><summary>❌ failed: Checkout (INCORRECT_ASSERTION)</summary>');
    expect(comment).toContain('[Workflow run](https://github.com/octo/preview/actions/runs/42)');
    expect(comment).not.toContain('| ✅ passed | Home page');
  });

  it('stays under 65,536 characters, trimming the detail and never the verdict', () => {
    const comment = renderComment(manyFailures(400, 'y'.repeat(900)), MARKER, LINKS);
    expect(comment.length).toBeLessThanOrEqual(65_536);
    expect(comment.split('\n')[0]).toBe(MARKER);
    expect(comment).toContain('probegate failed: 400 checks failed the gate');
    expect(comment).toMatch(/The details of \d+ more checks are in the job summary/);
    expect(comment).toContain('[Workflow run]');
  });

  it('names the first checks that did not pass when the table of all of them is too long, and counts the rest', () => {
    const many = manyFailures(900, 'y');
    const longNames = { ...many, checks: many.checks.map((c, i) => ({ ...c, check: { ...c.check, name: `GET /api/v2/products/category-${i}/items page` } })) };
    const comment = renderComment(longNames, MARKER, LINKS);
    expect(comment.length).toBeLessThanOrEqual(65_536);
    const html = micromark(comment, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    const rows = comment.split('\n').filter((line) => /^\| .* \| GET \/api\/v2\/products\/category-\d+\/items page \|/.test(line)).length;
    expect(rows).toBeGreaterThan(300);
    expect(comment).toContain('| GET /api/v2/products/category-0/items page |');
    // The note is a paragraph after the table, not a row of it.
    expect(html).toContain(`<p><em>…and ${900 - rows} more checks that did not pass: the job summary lists every check`);
    expect(comment).toContain('[Workflow run]');
  });

  it('keeps the marker intact whatever the manifest path holds', () => {
    expect(commentMarker('checks/a--b>c.yml')).toBe('<!-- probegate:checks/a-%2Db%3Ec.yml -->');
    expect(commentMarker('.github/probegate.yml', { shard: { index: 2, count: 3 } })).toBe('<!-- probegate:.github/probegate.yml#shard-2-of-3 -->');
    expect(commentMarker('a#location-x.yml')).toBe('<!-- probegate:a%23location-x.yml -->');
    const job = { workflow: 'CI --> #1', id: 'probe', event: 'deployment_status' };
    expect(commentMarker('p.yml', { job, shard: { index: 1, count: 2 }, location: 'eu-west' })).toBe('<!-- probegate:p.yml#job-CI%20-%2D%3E%20%231/probe/deployment_status#shard-1-of-2#location-eu-west -->');
  });
});

/** The text of one failure's section, up to the next one. */
function section(markdown: string, name: string): string {
  const start = markdown.indexOf(`: ${name}`, markdown.indexOf('### What went wrong'));
  const next = markdown.indexOf('\n#### ', start);
  return markdown.slice(start, next === -1 ? undefined : next);
}

/** `count` copies of the Checkout failure, each with its own name and an excerpt. */
function manyFailures(count: number, excerpt: string): RunResult {
  const template = named('Checkout');
  const checks: CheckResult[] = Array.from({ length: count }, (_, i) => ({
    ...template,
    check: { ...template.check, name: `Checkout ${i}`, id: `checkout-${i}` },
    excerpt,
  }));
  return { ...run, checks, summary: { total: count, passed: 0, failed: count, warned: 0, skipped: 0 } };
}
