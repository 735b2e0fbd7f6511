// 4. Memory: the action's peak RSS (process.resourceUsage().maxRSS at exit, via a preloaded
// bench/rss.mjs) for 500 checks, and for checks whose servers send 100 MiB bodies, where the
// 10 MiB cap must keep memory flat. Baseline: the bare undici loop (bench/bare.mjs) making the
// same requests at the same concurrency, with the same cap (undici's maxResponseSize).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { actionWorkspace, readReport, runCommand } from '../processes.ts';
import { mib, ratio, type Row } from '../report.ts';
import { NODE } from '../shared.ts';
import type { BenchContext, Scenario } from './context.ts';
import { CHECK_COUNT, jsonChecks } from './engine.ts';

const CONCURRENCY = 8;
const HUGE_CHECKS = 16;
const CAP_BYTES = 10 * 1024 * 1024;
const TARGET_KIB = 150 * 1024;

interface Measured {
  readonly probegateKiB: number;
  readonly bareKiB: number;
}

/** The action's peak RSS on `manifest`; notes checks that did not end as expected. */
async function actionPeak(context: BenchContext, manifest: string, expectedCategory: string | null, notes: string[]): Promise<number> {
  const workspace = actionWorkspace(context.tmp, manifest, { concurrency: String(CONCURRENCY) });
  const rssFile = path.join(workspace.dir, 'rss');
  const preload = pathToFileURL(path.join(import.meta.dirname, '../rss.mjs')).href;
  const env = { ...workspace.env, BENCH_RSS_FILE: rssFile };
  const finished = await runCommand(NODE, ['--import', preload, context.actionEntry], { env, cwd: workspace.dir, timeoutMs: 120_000 });
  const unexpected = readReport(workspace).filter((c) => (c.error?.category ?? null) !== expectedCategory);
  if (unexpected.length) notes.push(`memory: ${unexpected.length} check(s) ended otherwise than ${expectedCategory ?? 'passed'}, e.g. ${JSON.stringify(unexpected[0]!.error)} (exit ${finished.code})`);
  return Number(readFileSync(rssFile, 'utf8'));
}

async function bareLoopPeak(urls: string[]): Promise<number> {
  const bareArgs = JSON.stringify({ urls, concurrency: CONCURRENCY, maxBytes: CAP_BYTES });
  const bare = await runCommand(NODE, [path.join(import.meta.dirname, '../bare.mjs'), bareArgs], { timeoutMs: 120_000 });
  return (JSON.parse(bare.stdout || '{}') as { maxRssKiB?: number }).maxRssKiB ?? NaN;
}

async function measure(context: BenchContext, manifest: string, urls: string[], expectedCategory: string | null, notes: string[]): Promise<Measured> {
  return { probegateKiB: await actionPeak(context, manifest, expectedCategory, notes), bareKiB: await bareLoopPeak(urls) };
}

function row(measure: string, figures: Measured): Row {
  return {
    scenario: '4. Memory',
    measure,
    probegate: mib(figures.probegateKiB),
    baseline: `undici.request loop ${mib(figures.bareKiB)}`,
    comparison: ratio(figures.probegateKiB, figures.bareKiB),
    target: `< ${TARGET_KIB / 1024} MiB`,
    met: figures.probegateKiB < TARGET_KIB,
  };
}

export const memoryScenario: Scenario = {
  id: 'memory',
  title: 'Memory',
  async run(context) {
    const notes: string[] = [];
    const many = jsonChecks(context.ports.http, CHECK_COUNT);
    const manyFigures = await measure(context, many.manifest, many.urls, null, notes);
    const hugeUrls = Array.from({ length: HUGE_CHECKS }, (_, i) => `http://127.0.0.1:${context.ports.http}/${i % 2 ? 'huge-chunked' : 'huge'}?check=${i + 1}`);
    const hugeManifest = `version: 1\nchecks:\n${hugeUrls.map((url, i) => `  - name: huge ${i + 1}\n    type: http\n    request: { url: "${url}" }\n`).join('')}`;
    const hugeFigures = await measure(context, hugeManifest, hugeUrls, 'BODY_TOO_LARGE', notes);
    const rows = [
      row(`action, ${CHECK_COUNT} HTTP checks, concurrency ${CONCURRENCY} (peak RSS)`, manyFigures),
      row(`action, ${HUGE_CHECKS} checks of 100 MiB bodies (half chunked), concurrency ${CONCURRENCY} (peak RSS)`, hugeFigures),
    ];
    return { rows, notes };
  },
};
