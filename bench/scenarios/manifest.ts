// Manifest load (#18): the time loadManifest takes for a 500- and a 5,000-check manifest (read,
// parse, positions, schema, resolution), in the client process after a warm-up load, each round
// from a collected heap. Wall time is the target's measure; CPU time is shown beside it because it
// is less disturbed by the machine's other load.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadResult } from '../client.ts';
import { median, ms, type Row } from '../report.ts';
import type { Scenario } from './context.ts';
import { jsonChecks } from './engine.ts';

const ROUNDS = 9;
const TARGETS_MS: ReadonlyMap<number, number> = new Map([
  [500, 30],
  [5000, 250],
]);

export const manifestScenario: Scenario = {
  id: 'manifest',
  title: 'Manifest load',
  async run({ ports, client, tmp }) {
    const rows: Row[] = [];
    const notes: string[] = [];
    for (const [count, targetMs] of TARGETS_MS) {
      const file = path.join(tmp, `manifest-${count}.yml`);
      writeFileSync(file, jsonChecks(ports.http, count).manifest);
      const result = await client.call<LoadResult>({ op: 'load', manifest: file, rounds: ROUNDS }, 300_000);
      if (result.checks !== count) notes.push(`manifest load: ${result.checks} checks loaded of ${count}`);
      const wall = median(result.wallMs);
      rows.push({
        scenario: '6. Manifest load',
        measure: `${count}-check manifest: parse, positions, schema, resolution (wall, median of ${ROUNDS}; CPU ${ms(median(result.cpuMs))})`,
        probegate: ms(wall),
        baseline: '',
        comparison: '',
        target: `<= ${targetMs} ms`,
        met: result.checks === count && wall <= targetMs,
      });
    }
    return { rows, notes };
  },
};
