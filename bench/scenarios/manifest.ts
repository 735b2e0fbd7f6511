// Manifest load (#18): the time loadManifest takes for a 500- and a 5,000-check manifest (read,
// parse, positions, schema, resolution), two ways. A run loads its manifest once, in a fresh
// process, before any of the loader's code is compiled: the cold load, in a new process per
// round, after the engine bundle is imported (importing it is the start-up scenario's). The warm
// load is the same in the client process after a warm-up load, each round from a collected heap.
// The target is for the cold load, which is what a run pays. Wall time is the target's measure;
// CPU time is shown beside it because it is less disturbed by the machine's other load.
// Resolving an http check prepares its request with the http check module, which the engine loads
// once per run whatever the manifest (undici is loaded later, by the engine, to run the checks):
// that load is timed first, apart, and shown beside the load it would otherwise fall in.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { engineBundle } from '../build.ts';
import type { LoadResult } from '../client.ts';
import { median, ms, type Row } from '../report.ts';
import { NODE } from '../shared.ts';
import type { Scenario } from './context.ts';
import { jsonChecks } from './engine.ts';

const ROUNDS = 9;
const COLD_ROUNDS = 7;
const TARGETS_MS: ReadonlyMap<number, number> = new Map([
  [500, 30],
  [5000, 250],
]);

/** Imports the engine and its http check module, then times its first load of the manifest: prints `{ moduleMs, wallMs, cpuMs, checks }`. */
const COLD_LOAD = `
const [bundle, manifest] = process.argv.slice(1);
const engine = await import(bundle);
const moduleStarted = performance.now();
await engine.loadCheckModule('http');
const moduleMs = performance.now() - moduleStarted;
const cpu = process.cpuUsage();
const started = performance.now();
const loaded = await engine.loadManifest({ path: manifest, variables: { builtins: {}, inputs: {}, secretInputs: {}, env: {} } });
const wallMs = performance.now() - started;
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ moduleMs, wallMs, cpuMs: (used.user + used.system) / 1000, checks: loaded.checks.length }));
`;

function coldLoads(file: string): LoadResult & { moduleMs: number[] } {
  const bundle = pathToFileURL(engineBundle()).href;
  const rounds = Array.from({ length: COLD_ROUNDS }, () => {
    const output = execFileSync(NODE, ['--input-type=module', '-e', COLD_LOAD, bundle, file], { encoding: 'utf8', timeout: 60_000 });
    return JSON.parse(output) as { moduleMs: number; wallMs: number; cpuMs: number; checks: number };
  });
  return {
    moduleMs: rounds.map((r) => r.moduleMs),
    wallMs: rounds.map((r) => r.wallMs),
    cpuMs: rounds.map((r) => r.cpuMs),
    checks: Math.min(...rounds.map((r) => r.checks)),
  };
}

export const manifestScenario: Scenario = {
  id: 'manifest',
  title: 'Manifest load',
  async run({ ports, client, tmp }) {
    const rows: Row[] = [];
    const notes: string[] = [];
    for (const [count, targetMs] of TARGETS_MS) {
      const file = path.join(tmp, `manifest-${count}.yml`);
      writeFileSync(file, jsonChecks(ports.http, count).manifest);
      const cold = coldLoads(file);
      const warm = await client.call<LoadResult>({ op: 'load', manifest: file, rounds: ROUNDS }, 300_000);
      for (const [result, way] of [[cold, 'cold'], [warm, 'warm']] as const) {
        if (result.checks !== count) notes.push(`manifest load (${way}): ${result.checks} checks loaded of ${count}`);
      }
      const coldWall = median(cold.wallMs);
      rows.push({
        scenario: '6. Manifest load',
        measure: `${count}-check manifest: parse, positions, schema, resolution, first load in a fresh process (wall, median of ${COLD_ROUNDS}; CPU ${ms(median(cold.cpuMs))}; loading the http check module first, apart: ${ms(median(cold.moduleMs))})`,
        probegate: ms(coldWall),
        baseline: '',
        comparison: '',
        target: `<= ${targetMs} ms`,
        met: cold.checks === count && coldWall <= targetMs,
      });
      rows.push({
        scenario: '6. Manifest load',
        measure: `the same, warm: after a warm-up load in one process (wall, median of ${ROUNDS}; CPU ${ms(median(warm.cpuMs))})`,
        probegate: ms(median(warm.wallMs)),
        baseline: '',
        comparison: '',
        target: '',
      });
    }
    return { rows, notes };
  },
};
