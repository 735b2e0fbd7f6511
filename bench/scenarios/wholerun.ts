// 7. Whole run: the action as the runner runs it (`node dist/index.js` in a workspace made by
// bench/processes.ts actionWorkspace) on 500 and on 5,000 healthy http checks, wall time from
// spawn to exit: start-up, manifest load, the checks, annotations, report files and summary.
// Baseline: node start-up plus the bare undici loop over the same URLs at the same concurrency,
// as a process of its own (bench/bare.mjs, its URLs read from a file as the action reads its
// manifest). Both sides run with bench/rss.mjs preloaded for their peak RSS, alternately (ABBA),
// after one warm-up run each; medians. Memory per check is the slope of the peak RSS between
// the two sizes: what each further check holds, whatever the process holds anyway. Most of a
// large run's peak is V8's young generation, which doubles (up to 2 x 64 MiB) as bytes survive
// its scavenges, whether or not the run keeps them: the bare loop's own slope shows that part.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { actionWorkspace, readReport, runCommand, type Finished } from '../processes.ts';
import { median, mib, ms, ratio, type Row } from '../report.ts';
import { NODE } from '../shared.ts';
import type { BenchContext, Scenario } from './context.ts';
import { jsonChecks } from './engine.ts';

const CONCURRENCY = 8;
const SIZES = [
  { checks: 500, runs: 5 },
  { checks: 5_000, runs: 3 },
] as const;
const TARGET_RATIO = 1.3;
const TARGET_KIB = 150 * 1024;

interface Run {
  readonly wallMs: number;
  readonly peakKiB: number;
}

interface Measured {
  readonly checks: number;
  readonly runs: number;
  readonly probegate: Run[];
  readonly bare: Run[];
}

const preload = pathToFileURL(path.join(import.meta.dirname, '../rss.mjs')).href;

async function measure(context: BenchContext, checks: number, runs: number, notes: string[]): Promise<Measured> {
  const { urls, manifest } = jsonChecks(context.ports.http, checks);
  const workspace = actionWorkspace(context.tmp, manifest, { concurrency: String(CONCURRENCY) });
  const rssFile = path.join(workspace.dir, 'rss');
  const urlsFile = path.join(workspace.dir, 'urls.json');
  writeFileSync(urlsFile, JSON.stringify({ urls, concurrency: CONCURRENCY }));
  const action = async (): Promise<Run> => {
    const finished = await runCommand(NODE, ['--import', preload, context.actionEntry], { env: { ...workspace.env, BENCH_RSS_FILE: rssFile }, cwd: workspace.dir, timeoutMs: 120_000 });
    const failed = finished.code === 0 ? readReport(workspace).filter((c) => c.status !== 'passed') : [];
    if (finished.code !== 0 || failed.length) notes.push(`whole run, ${checks} checks: the action ${problem(finished, failed[0]?.error)}`);
    return { wallMs: finished.wallMs, peakKiB: Number(readFileSync(rssFile, 'utf8')) };
  };
  const bare = async (): Promise<Run> => {
    const finished = await runCommand(NODE, ['--import', preload, path.join(import.meta.dirname, '../bare.mjs'), `@${urlsFile}`], { env: { ...process.env, BENCH_RSS_FILE: rssFile }, timeoutMs: 120_000 });
    const told = JSON.parse(finished.stdout || '{}') as { problems?: number; firstProblem?: string };
    if (finished.code !== 0 || told.problems !== 0) notes.push(`whole run, ${checks} checks: the bare loop ${problem(finished, told.firstProblem)}`);
    return { wallMs: finished.wallMs, peakKiB: Number(readFileSync(rssFile, 'utf8')) };
  };
  const measured: Measured = { checks, runs, probegate: [], bare: [] };
  for (let run = 0; run <= runs; run++) {
    const order = run % 2 ? (['bare', 'probegate'] as const) : (['probegate', 'bare'] as const);
    for (const side of order) {
      const figures = await (side === 'probegate' ? action() : bare());
      if (run > 0) measured[side].push(figures); // the first run of each warms the file cache
    }
  }
  return measured;
}

function problem(finished: Finished, detail: unknown): string {
  return finished.code !== 0 ? `exited ${finished.code}: ${(finished.stderr || finished.stdout).slice(0, 300)}` : `had a failure: ${JSON.stringify(detail)}`;
}

const wall = (runs: Run[]) => median(runs.map((r) => r.wallMs));
const peak = (runs: Run[]) => median(runs.map((r) => r.peakKiB));

export const wholeRunScenario: Scenario = {
  id: 'wholerun',
  title: 'Whole run',
  async run(context) {
    const notes: string[] = [];
    const sizes: Measured[] = [];
    for (const size of SIZES) sizes.push(await measure(context, size.checks, size.runs, notes));
    const rows: Row[] = [];
    for (const size of sizes) {
      const failed = notes.some((n) => n.startsWith(`whole run, ${size.checks} checks`));
      rows.push({
        scenario: '7. Whole run',
        measure: `action, ${size.checks} healthy HTTP checks, concurrency ${CONCURRENCY} (wall, spawn to exit, median of ${size.runs})`,
        probegate: ms(wall(size.probegate)),
        baseline: `node + undici.request loop ${ms(wall(size.bare))}`,
        comparison: ratio(wall(size.probegate), wall(size.bare)),
        target: `<= ${TARGET_RATIO}x`,
        met: !failed && wall(size.probegate) / wall(size.bare) <= TARGET_RATIO,
      });
      rows.push({
        scenario: '7. Whole run',
        measure: `the same, peak RSS (median of ${size.runs})`,
        probegate: mib(peak(size.probegate)),
        baseline: `node + undici.request loop ${mib(peak(size.bare))}`,
        comparison: ratio(peak(size.probegate), peak(size.bare)),
        target: size === sizes.at(-1) ? `<= ${TARGET_KIB / 1024} MiB` : '',
        met: size === sizes.at(-1) ? !failed && peak(size.probegate) <= TARGET_KIB : undefined,
      });
    }
    const [small, large] = [sizes[0]!, sizes.at(-1)!];
    const perCheck = (side: 'probegate' | 'bare') => ((peak(large[side]) - peak(small[side])) * 1024) / (large.checks - small.checks);
    rows.push({
      scenario: '7. Whole run',
      measure: `memory per check: peak RSS at ${large.checks} less at ${small.checks} checks, per check`,
      probegate: `${(perCheck('probegate') / 1024).toFixed(1)} KiB`,
      baseline: `node + undici.request loop ${(perCheck('bare') / 1024).toFixed(1)} KiB`,
      comparison: ratio(perCheck('probegate'), perCheck('bare')),
      target: '',
    });
    return { rows, notes };
  },
};
