// 6. Merge: `probegate merge` on the reports of a 10-shard matrix of 5,000 checks in all (one in
// ten failing with assertions, a response excerpt and a certificate chain), wall time from spawn
// to exit (median) and peak RSS (bench/rss.mjs). Baseline: `node` reading and JSON.parse-ing the
// same files and nothing else.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCommand } from '../processes.ts';
import { median, mib, ms, ratio, type Row } from '../report.ts';
import { NODE } from '../shared.ts';
import type { Scenario } from './context.ts';

const SHARDS = 10;
const CHECKS = 5_000;
const RUNS = 5;
const TARGET_MS = 2_000;
const TARGET_KIB = 200 * 1024;
const DIGEST = `sha256:${'ab'.repeat(32)}`;

function check(index: number): object {
  const failed = index % 10 === 3;
  const location = { file: '.github/probegate.yml', line: 5 + index * 6, column: 5 };
  return {
    id: `check-${index}`,
    index,
    name: `check ${index}`,
    type: 'http',
    target: `https://pr-42.preview.example.com/api/items/${index}`,
    status: failed ? 'failed' : 'passed',
    level: failed ? 'error' : null,
    error: failed ? { category: 'INCORRECT_ASSERTION', code: 'INCORRECT_ASSERTION', message: 'statusCode: expected is `200`, actual `503`' } : null,
    assertions: [
      { type: 'statusCode', operator: 'is', target: 200, actual: failed ? 503 : 200, passed: !failed, line: location.line + 3 },
      { type: 'responseTime', operator: 'lessThan', target: 800, actual: 41.2, passed: true, line: location.line + 4 },
    ],
    timings: { dns: 1.1, connect: 0.4, tls: 3.2, firstByte: 30.1, download: 0.6, total: 41.2 },
    attempts: 1,
    durationMs: 42,
    protocol: 'h2',
    statusCode: failed ? 503 : 200,
    ...(failed
      ? {
          excerpt: '<html><body><h1>503 Service Unavailable</h1><p>upstream connect error</p></body></html>',
          tls: { version: 'TLSv1.3', alpn: 'h2', authorized: true, chain: [{ subject: 'CN=pr-42.preview.example.com', issuer: 'CN=Bench CA', validFrom: '2026-01-01T00:00:00Z', validTo: '2027-01-01T00:00:00Z' }] },
        }
      : {}),
    location,
  };
}

/** The 10 reports a matrix would upload: shard i has every 10th check from i. */
export function writeShardReports(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (let shard = 1; shard <= SHARDS; shard++) {
    const checks = Array.from({ length: CHECKS / SHARDS }, (_, j) => check(j * SHARDS + shard - 1));
    const failed = checks.filter((c) => (c as { status: string }).status === 'failed').length;
    const report = {
      version: 1,
      result: failed > 0 ? 'fail' : 'pass',
      summary: { total: checks.length, passed: checks.length - failed, failed, warned: 0, skipped: 0 },
      categories: failed > 0 ? ['INCORRECT_ASSERTION'] : [],
      durationMs: 61_000,
      run: {
        manifest: { path: '.github/probegate.yml', digest: DIGEST, problems: 0 },
        shard: { index: shard, count: SHARDS },
        location: null,
        startedAt: '2026-12-01T10:00:00.000Z',
        endedAt: '2026-12-01T10:01:01.000Z',
        gate: { fail_on: ['all'], warn_on: [] },
        merged: null,
      },
      checks,
    };
    writeFileSync(path.join(dir, `shard-${shard}.json`), `${JSON.stringify(report, null, 2)}\n`);
  }
}

const PARSE_ONLY = `const fs = require('node:fs'); const path = require('node:path'); const dir = process.argv[1];
let n = 0; for (const f of fs.readdirSync(dir)) n += JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).checks.length;
fs.writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); if (n !== ${CHECKS}) process.exit(1);`;

export const mergeScenario: Scenario = {
  id: 'merge',
  title: 'Merge',
  async run({ actionEntry, tmp }) {
    const notes: string[] = [];
    const dir = path.join(tmp, 'merge');
    writeShardReports(path.join(dir, 'reports'));
    const cli = path.join(path.dirname(actionEntry), 'cli/index.js');
    const preload = pathToFileURL(path.join(import.meta.dirname, '../rss.mjs')).href;
    const rssFile = path.join(dir, 'rss');
    const env = { PATH: process.env.PATH, NO_COLOR: '1', BENCH_RSS_FILE: rssFile };
    const times = { merge: [] as number[], bare: [] as number[] };
    const peaks = { merge: [] as number[], bare: [] as number[] };
    for (let run = 0; run < RUNS + 1; run++) {
      const merge = await runCommand(NODE, ['--import', preload, cli, 'merge', 'reports/*.json', '--json', 'merged.json'], { cwd: dir, env, timeoutMs: 60_000 });
      // The reports have failing checks: exit 1 is the expected verdict.
      if (merge.code !== 1) notes.push(`merge: probegate merge exited ${merge.code}: ${(merge.stderr || merge.stdout).slice(0, 300)}`);
      peaks.merge.push(Number(readFileSync(rssFile, 'utf8')));
      const bare = await runCommand(NODE, ['-e', PARSE_ONLY, path.join(dir, 'reports')], { env, timeoutMs: 60_000 });
      if (bare.code !== 0) notes.push(`merge: the parse-only baseline exited ${bare.code}: ${bare.stderr.slice(0, 300)}`);
      peaks.bare.push(Number(readFileSync(rssFile, 'utf8')));
      if (run > 0) {
        times.merge.push(merge.wallMs);
        times.bare.push(bare.wallMs);
      }
    }
    const merged = JSON.parse(readFileSync(path.join(dir, 'merged.json'), 'utf8')) as { summary: { total: number } };
    if (merged.summary.total !== CHECKS) notes.push(`merge: the merged report has ${merged.summary.total} checks, not ${CHECKS}`);
    const wall = median(times.merge);
    const bareWall = median(times.bare);
    const peak = Math.max(...peaks.merge);
    const barePeak = Math.max(...peaks.bare);
    const measure = `probegate merge, ${SHARDS} shard reports of ${CHECKS.toLocaleString('en')} checks in all`;
    const rows: Row[] = [
      { scenario: '6. Merge', measure: `${measure} (wall, median of ${RUNS})`, probegate: ms(wall), baseline: `JSON.parse of the files ${ms(bareWall)}`, comparison: ratio(wall, bareWall), target: `< ${TARGET_MS / 1000} s`, met: wall < TARGET_MS },
      { scenario: '6. Merge', measure: `${measure} (peak RSS)`, probegate: mib(peak), baseline: `JSON.parse of the files ${mib(barePeak)}`, comparison: ratio(peak, barePeak), target: `< ${TARGET_KIB / 1024} MiB`, met: peak < TARGET_KIB },
    ];
    return { rows, notes };
  },
};
