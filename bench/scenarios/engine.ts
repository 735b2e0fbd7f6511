// 1. Engine overhead: 500 HTTP checks (status, body and jsonpath assertions) through the engine
// against the same 500 requests made by a bare undici.request loop (bench/bare.mjs: a new Client
// per request, so a fresh connection each, as every probegate attempt has), at the same
// concurrency. probegate runs from an ncc bundle of the engine's API built like dist/ (see
// bench/build.ts; dist/index.js runs the action when imported, so its parts cannot be called),
// in a client process of its own; the HTTP peer runs in another, so that on two cores the
// server's CPU does not count against either side. Rounds alternate probegate and the loop in
// the same process, after a warm-up round each; the timed region is runChecks, the manifest
// having been loaded before (its cost is the informational row). Then the same for multistep
// checks: MULTISTEP_CHECKS journeys of STEPS http steps each (a value extracted by the first
// step is passed to the next requests), against the same requests in the bare loop at the same
// concurrency (as many requests in flight on both sides); the difference per step is the row.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EngineResult } from '../client.ts';
import { median, ms, ratio, type Row } from '../report.ts';
import type { BenchContext, Scenario } from './context.ts';

export const CHECK_COUNT = 500;
const CONCURRENCIES = [8, 32];
const ROUNDS = 21;
const TARGET_RATIO = 1.1;
const MULTISTEP_CHECKS = 100;
const STEPS = 5;
const MULTISTEP_CONCURRENCY = 8;
const MULTISTEP_ROUNDS = 11;

/** The URLs of `count` checks, and a manifest with one check each. */
export function jsonChecks(port: number, count: number): { urls: string[]; manifest: string } {
  const urls = Array.from({ length: count }, (_, i) => `http://127.0.0.1:${port}/json?check=${i + 1}`);
  const checks = urls.map(
    (url, i) => `  - name: check ${i + 1}
    type: http
    request: { url: "${url}" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
      - { type: body, operator: contains, target: ok }
      - { type: jsonpath, path: "$.status", operator: is, target: ok }`,
  );
  return { urls, manifest: `version: 1\nchecks:\n${checks.join('\n')}\n` };
}

/** `count` multistep checks of STEPS http steps, and the URLs their steps request, in order. */
function multistepChecks(port: number, count: number): { urls: string[]; manifest: string } {
  const urls: string[] = [];
  const checks = Array.from({ length: count }, (_, i) => {
    const steps = Array.from({ length: STEPS }, (_, step) => {
      const url = `http://127.0.0.1:${port}/json?check=${i + 1}&step=${step + 1}`;
      urls.push(step === 0 ? url : `${url}&status=ok`);
      return `      - name: step ${step + 1}
        type: http
        request: { url: "${step === 0 ? url : `${url}&status={{ STATUS }}`}" }
        assertions:
          - { type: statusCode, operator: is, target: 200 }
          - { type: jsonpath, path: "$.status", operator: is, target: ok }${step === 0 ? '\n        extract: [ { name: STATUS, from: jsonpath, path: "$.status" } ]' : ''}`;
    });
    return `  - name: journey ${i + 1}\n    type: multistep\n    steps:\n${steps.join('\n')}`;
  });
  return { urls, manifest: `version: 1\nchecks:\n${checks.join('\n')}\n` };
}

async function multistepRows(port: number, client: BenchContext['client'], tmp: string, notes: string[]): Promise<Row[]> {
  const { urls, manifest } = multistepChecks(port, MULTISTEP_CHECKS);
  const file = path.join(tmp, 'multistep.yml');
  writeFileSync(file, manifest);
  const result = await client.call<EngineResult>({ op: 'engine', manifest: file, urls, concurrency: MULTISTEP_CONCURRENCY, rounds: MULTISTEP_ROUNDS }, 180_000);
  notes.push(...result.problems.map((p) => `engine, multistep: ${p}`));
  const perStep = (probegate: number[], bare: number[]) => (median(probegate) - median(bare)) / urls.length;
  const measure = `${MULTISTEP_CHECKS} multistep checks of ${STEPS} http steps, concurrency ${MULTISTEP_CONCURRENCY}`;
  return [
    {
      scenario: '1. Engine overhead',
      measure: `${measure}: overhead per step (wall, median of ${MULTISTEP_ROUNDS})`,
      probegate: ms(perStep(result.probegateMs, result.bareMs), 3),
      baseline: `undici.request loop, the same ${urls.length} requests ${ms(median(result.bareMs))}`,
      comparison: ratio(median(result.probegateMs), median(result.bareMs)),
      target: '',
    },
    {
      scenario: '1. Engine overhead',
      measure: `the same, CPU time of the client process per step (median of ${MULTISTEP_ROUNDS})`,
      probegate: ms(perStep(result.probegateCpuMs, result.bareCpuMs), 3),
      baseline: `undici.request loop ${ms(median(result.bareCpuMs))}`,
      comparison: ratio(median(result.probegateCpuMs), median(result.bareCpuMs)),
      target: '',
    },
  ];
}

export const engineScenario: Scenario = {
  id: 'engine',
  title: 'Engine overhead',
  async run({ ports, client, tmp }) {
    const { urls, manifest } = jsonChecks(ports.http, CHECK_COUNT);
    const file = path.join(tmp, 'engine.yml');
    writeFileSync(file, manifest);
    const rows: Row[] = [];
    const notes: string[] = [];
    for (const concurrency of CONCURRENCIES) {
      const result = await client.call<EngineResult>({ op: 'engine', manifest: file, urls, concurrency, rounds: ROUNDS }, 180_000);
      const probegate = median(result.probegateMs);
      const bare = median(result.bareMs);
      rows.push({
        scenario: '1. Engine overhead',
        measure: `${CHECK_COUNT} HTTP checks, concurrency ${concurrency} (wall, median of ${ROUNDS})`,
        probegate: ms(probegate),
        baseline: `undici.request loop ${ms(bare)}`,
        comparison: ratio(probegate, bare),
        target: `<= ${TARGET_RATIO}x`,
        met: result.problems.length === 0 && probegate / bare <= TARGET_RATIO,
      });
      rows.push({
        scenario: '1. Engine overhead',
        measure: `the same, each round over the loop's round next to it (median and interquartile range of ${ROUNDS} pairs: how much the machine moved the ratio)`,
        probegate: '',
        baseline: '',
        comparison: pairedRatios(result.probegateMs, result.bareMs),
        target: '',
      });
      const probegateCpu = median(result.probegateCpuMs);
      const bareCpu = median(result.bareCpuMs);
      rows.push({
        scenario: '1. Engine overhead',
        measure: `the same, CPU time of the client process (median of ${ROUNDS})`,
        probegate: ms(probegateCpu),
        baseline: `undici.request loop ${ms(bareCpu)}`,
        comparison: ratio(probegateCpu, bareCpu),
        target: '',
      });
      if (concurrency === CONCURRENCIES[0]) {
        rows.push({ scenario: '1. Engine overhead', measure: `loading the ${CHECK_COUNT}-check manifest (once)`, probegate: ms(result.loadMs), baseline: '', comparison: '', target: '' });
      }
      notes.push(...result.problems.map((p) => `engine, concurrency ${concurrency}: ${p}`));
    }
    rows.push(...(await multistepRows(ports.http, client, tmp, notes)));
    return { rows, notes };
  },
};

/** Round i of probegate over round i of the loop (run back to back, ABBA): median, first and third quartile. */
function pairedRatios(probegate: readonly number[], bare: readonly number[]): string {
  const ratios = probegate.map((value, i) => value / bare[i]!).sort((a, b) => a - b);
  const at = (q: number) => ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))]!;
  return `${median(ratios).toFixed(2)}x (${at(0.25).toFixed(2)}-${at(0.75).toFixed(2)}x)`;
}
