// probegate's benchmark: what a run costs against the tools users would pick instead, measured
// side by side in one run. `npm run bench` (bundles dist/ first) or, on an existing bundle:
//   node bench/run.ts [--only engine,startup,timing,memory,mixed,manifest,merge,baseline,wholerun] [--dist DIR] [--no-write] [--quick]
// Starts its own loopback peers, prints one table, and writes bench/RESULTS.md after a full run
// (never after a --quick one: the fewest rounds each scenario can take, to see that it works).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { distProblem, engineBundle, makeCertificate } from './build.ts';
import { startClient, startPeers, stopAll, type EngineClient, type Peers } from './processes.ts';
import { machine, markdownTable, textTable, type Row } from './report.ts';
import type { Scenario } from './scenarios/context.ts';
import { baselineScenario } from './scenarios/baseline.ts';
import { engineScenario } from './scenarios/engine.ts';
import { importsScenario } from './scenarios/imports.ts';
import { manifestScenario } from './scenarios/manifest.ts';
import { memoryScenario } from './scenarios/memory.ts';
import { mergeScenario } from './scenarios/merge.ts';
import { mixedScenario } from './scenarios/mixed.ts';
import { startupScenario } from './scenarios/startup.ts';
import { timingScenario } from './scenarios/timing.ts';
import { wholeRunScenario } from './scenarios/wholerun.ts';
import { NODE, ROOT } from './shared.ts';

const SCENARIOS: Scenario[] = [engineScenario, startupScenario, importsScenario, timingScenario, memoryScenario, mixedScenario, manifestScenario, mergeScenario, baselineScenario, wholeRunScenario];
/** The whole benchmark's limit: past it every child is killed and the run fails. */
const DEADLINE_MS = 10 * 60_000;
/** How long the peers of the mixed scenario wait before answering. */
const PEER_DELAY_MS = 300;

const { values } = parseArgs({
  options: { only: { type: 'string' }, dist: { type: 'string', default: 'dist' }, 'no-write': { type: 'boolean', default: false }, quick: { type: 'boolean', default: false } },
});
const only = values.only?.split(',').map((id) => id.trim());
const unknown = only?.filter((id) => !SCENARIOS.some((s) => s.id === id));
if (unknown?.length) {
  console.error(`bench: unknown scenario ${unknown.join(', ')} (expected ${SCENARIOS.map((s) => s.id).join(', ')})`);
  process.exit(2);
}
const selected = SCENARIOS.filter((s) => !only || only.includes(s.id));
const dist = path.resolve(ROOT, values.dist);

const deadline = setTimeout(() => {
  console.error(`bench: still running after ${DEADLINE_MS / 1000} s; stopping every process`);
  stopAll();
  process.exit(1);
}, DEADLINE_MS);
deadline.unref();

const problem = distProblem(dist);
if (problem?.fatal) {
  console.error(`bench: ${problem.message}`);
  process.exit(2);
}
const notes: string[] = problem ? [problem.message] : [];
const started = performance.now();
const about = machine(execFileSync(NODE, ['--version']).toString().trim());
const tmp = mkdtempSync(path.join(tmpdir(), 'probegate-bench-'));
let peers: Peers | undefined;
let client: EngineClient | undefined;
const rows: Row[] = [];
try {
  console.log('bench: building the engine bundle (cached by source hash)...');
  const engine = engineBundle();
  const certificate = makeCertificate(tmp);
  peers = await startPeers({ ...certificate, delayMs: PEER_DELAY_MS });
  client = await startClient(engine);
  const context = { ports: peers.ports, client, actionEntry: path.join(dist, 'index.js'), tmp, certFile: certificate.certFile, quick: values.quick };
  for (const scenario of selected) {
    console.log(`bench: ${scenario.title}...`);
    const report = await scenario.run(context);
    rows.push(...report.rows);
    notes.push(...report.notes);
    console.log(textTable(report.rows));
  }
} finally {
  await client?.stop();
  await peers?.stop();
  stopAll();
  rmSync(tmp, { recursive: true, force: true });
}

const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(`\n${textTable(rows)}\n`);
for (const note of notes) console.log(`note: ${note}`);
console.log(`bench: ${rows.filter((r) => r.met === false).length} target(s) missed, ${seconds} s`);
if (!only && !values['no-write'] && !values.quick) {
  writeFileSync(path.join(import.meta.dirname, 'RESULTS.md'), resultsMarkdown(rows, notes, seconds));
  console.log('bench: wrote bench/RESULTS.md');
}
process.exitCode = rows.some((r) => r.met === false) ? 1 : 0;

function resultsMarkdown(rows: readonly Row[], notes: readonly string[], seconds: string): string {
  const facts = Object.entries(about).map(([k, v]) => `- ${k}: ${v}`);
  return `# Benchmark results

Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}, in ${seconds} s. Medians over
several rounds; probegate and its baseline are measured alternately in the same run, so the
ratios hold up better than the absolute times on a busy machine. How each scenario is measured
is described at the top of its file in bench/scenarios/.

## Machine
${facts.join('\n')}
- Load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(', ')}

## Figures
${markdownTable(rows)}
${notes.length ? `\n## Notes\n${notes.map((n) => `- ${n}`).join('\n')}\n` : ''}`;
}
