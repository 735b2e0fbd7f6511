// 1. Engine overhead: 500 HTTP checks (status, body and jsonpath assertions) through the engine
// against the same 500 requests made by a bare undici.request loop (bench/bare.mjs: a new Client
// per request, so a fresh connection each, as every probegate attempt has), at the same
// concurrency. probegate runs from an ncc bundle of the engine's API built like dist/ (see
// bench/build.ts; dist/index.js runs the action when imported, so its parts cannot be called),
// in a client process of its own; the HTTP peer runs in another, so that on two cores the
// server's CPU does not count against either side. Rounds alternate probegate and the loop in
// the same process, after a warm-up round each; the timed region is runChecks, the manifest
// having been loaded before (its cost is the informational row).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EngineResult } from '../client.ts';
import { median, ms, ratio, type Row } from '../report.ts';
import type { Scenario } from './context.ts';

export const CHECK_COUNT = 500;
const CONCURRENCIES = [8, 32];
const ROUNDS = 21;
const TARGET_RATIO = 1.1;

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
    return { rows, notes };
  },
};
