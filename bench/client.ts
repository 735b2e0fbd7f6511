// The measured side of the in-process scenarios: loads the engine bundle and runs jobs the
// runner sends over IPC, each answered with one message. Forked with --expose-gc so that every
// timed round starts from a collected heap, whoever made the garbage.
//   fork('bench/client.ts', [engineBundlePath], { execPath: NODE, execArgv: ['--expose-gc'] })
import { pathToFileURL } from 'node:url';
import { bareLoop } from './bare.mjs';

export interface EngineJob {
  readonly op: 'engine';
  readonly manifest: string;
  /** The URLs the manifest's checks request, in order: the bare loop requests the same. */
  readonly urls: readonly string[];
  readonly concurrency: number;
  readonly rounds: number;
}

export interface EngineResult {
  readonly loadMs: number;
  readonly probegateMs: number[];
  readonly bareMs: number[];
  /** CPU time (user + system) of this process per round, less disturbed by the machine's other load than wall time. */
  readonly probegateCpuMs: number[];
  readonly bareCpuMs: number[];
  /** What went wrong in any round, if anything: the figures are then worthless. */
  readonly problems: string[];
}

export interface MixedJob {
  readonly op: 'mixed';
  readonly manifest: string;
  readonly concurrency: number;
  readonly rounds: number;
}

export interface CheckFigure {
  readonly name: string;
  readonly type: string;
  readonly durationMs: number;
  readonly error: string | null;
}

export interface MixedResult {
  readonly wallMs: number[];
  readonly checks: CheckFigure[][];
}

export interface TypesJob {
  readonly op: 'types';
}

/** Loads one manifest `rounds` times (after a warm-up load): parse, positions, schema, resolution. */
export interface LoadJob {
  readonly op: 'load';
  readonly manifest: string;
  readonly rounds: number;
}

export interface LoadResult {
  readonly wallMs: number[];
  readonly cpuMs: number[];
  readonly checks: number;
}

export type Job = EngineJob | MixedJob | TypesJob | LoadJob;

interface Outcome {
  readonly check: { readonly name: string; readonly type: string };
  readonly error: { readonly category: string; readonly code: string; readonly message: string } | null;
  readonly durationMs: number;
}

interface Engine {
  loadManifest(options: { path: string; variables: { builtins: object; inputs: object; secretInputs: object; env: object } }): Promise<{ checks: unknown[] }>;
  runChecks(manifest: unknown, options: { concurrency: number }): Promise<{ outcomes: Outcome[] }>;
  loadCheckModule(type: string): Promise<unknown>;
  CHECK_TYPES: readonly string[];
}

const engine = (await import(pathToFileURL(process.argv[2]!).href)) as Engine;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function load(manifest: string) {
  return engine.loadManifest({ path: manifest, variables: { builtins: {}, inputs: {}, secretInputs: {}, env: {} } });
}

interface Timed {
  readonly wallMs: number;
  readonly cpuMs: number;
}

async function timed(run: () => Promise<void>): Promise<Timed> {
  gc();
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

function failures(outcomes: Outcome[]): string[] {
  return outcomes.filter((o) => o.error).map((o) => `${o.check.name}: ${o.error!.category}:${o.error!.code} ${o.error!.message}`);
}

/** Rounds alternate ABBA so that drift in the machine's load hits both sides alike; the first round of each is a warm-up. */
async function engineJob(job: EngineJob): Promise<EngineResult> {
  const started = performance.now();
  const manifest = await load(job.manifest);
  const loadMs = performance.now() - started;
  const problems: string[] = [];
  const probegate = async () => {
    problems.push(...failures((await engine.runChecks(manifest, { concurrency: job.concurrency })).outcomes).slice(0, 3));
  };
  const bare = async () => {
    problems.push(...(await bareLoop({ urls: job.urls, concurrency: job.concurrency })).slice(0, 3));
  };
  await timed(probegate);
  await timed(bare);
  const rounds = { probegate: [] as Timed[], bare: [] as Timed[] };
  for (let round = 0; round < job.rounds; round++) {
    const order = round % 2 === 0 ? (['probegate', 'bare'] as const) : (['bare', 'probegate'] as const);
    for (const side of order) rounds[side].push(await timed(side === 'probegate' ? probegate : bare));
  }
  return {
    loadMs,
    probegateMs: rounds.probegate.map((r) => r.wallMs),
    bareMs: rounds.bare.map((r) => r.wallMs),
    probegateCpuMs: rounds.probegate.map((r) => r.cpuMs),
    bareCpuMs: rounds.bare.map((r) => r.cpuMs),
    problems: problems.slice(0, 5),
  };
}

async function mixedJob(job: MixedJob): Promise<MixedResult> {
  const manifest = await load(job.manifest);
  const wallMs: number[] = [];
  const checks: CheckFigure[][] = [];
  for (let round = 0; round < job.rounds; round++) {
    let outcomes: Outcome[] = [];
    wallMs.push((await timed(async () => void (outcomes = (await engine.runChecks(manifest, { concurrency: job.concurrency })).outcomes))).wallMs);
    checks.push(outcomes.map((o) => ({ name: o.check.name, type: o.check.type, durationMs: o.durationMs, error: o.error && `${o.error.category}:${o.error.code} ${o.error.message}` })));
  }
  return { wallMs, checks };
}

/** The check types this build has (a type whose module is missing cannot be measured yet). */
async function typesJob(): Promise<string[]> {
  const available: string[] = [];
  for (const type of engine.CHECK_TYPES) {
    if (await engine.loadCheckModule(type).then(() => true, () => false)) available.push(type);
  }
  return available;
}

async function loadJob(job: LoadJob): Promise<LoadResult> {
  let checks = 0;
  const once = async () => {
    checks = (await load(job.manifest)).checks.length;
  };
  await once();
  const rounds: Timed[] = [];
  for (let round = 0; round < job.rounds; round++) rounds.push(await timed(once));
  return { wallMs: rounds.map((r) => r.wallMs), cpuMs: rounds.map((r) => r.cpuMs), checks };
}

async function perform(job: Job): Promise<unknown> {
  if (job.op === 'load') return loadJob(job);
  if (job.op === 'engine') return engineJob(job);
  if (job.op === 'mixed') return mixedJob(job);
  return typesJob();
}

process.on('message', (job: Job) => {
  perform(job).then(
    (result) => process.send!({ result }),
    (error: unknown) => process.send!({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
process.send!({ ready: true });
