// 6. Baseline comparison: what comparing a check with a baseline costs. The action runs one
// compared http check (samples: 20) against the peers' /delay endpoint, whose first byte comes
// after DELAY_MS, with the same peer as the baseline; the same manifest without a baseline is
// the reference. The difference is the comparison's wall time for that check; its floor is the
// requests it makes, one after the other ((3 warm-up + 20 samples) x (preview + 2 baseline
// series), less the warm-up's missing third), each as long as the check's own request took.
// Then the same with MANY compared checks, whose difference divided by their count is the wall
// time per compared check (the run samples at most 4 of them at once, so its
// floor is that many times smaller than one check's).
import { actionWorkspace, readReport, runCommand } from '../processes.ts';
import { median, ms, type Row } from '../report.ts';
import { NODE } from '../shared.ts';
import type { BenchContext, Scenario } from './context.ts';

const RUNS = 3;
const SAMPLES = 20;
const DELAY_MS = 20;
const REQUESTS = (3 + SAMPLES) * 3 - 3; // the warm-up alternates the two sides only
const TARGET_OVER_FLOOR = 1.5;
const MANY = 8;
/** src/run/baseline.ts MAX_COMPARED_AT_ONCE (the bench runs on Node's type stripping, which cannot load src/). */
const MAX_COMPARED_AT_ONCE = 4;

interface Measured {
  readonly wallMs: number[];
  /** The check's own request, `timings.total`. */
  readonly requestMs: number[];
}

async function measure(context: BenchContext, withBaseline: boolean, notes: string[], checks = 1): Promise<Measured> {
  const url = `http://127.0.0.1:${context.ports.http}`;
  const lines = Array.from({ length: checks }, (_, i) => `  - { name: Compared ${i + 1}, type: http, request: { url: "{{ BASE_URL }}/delay?ms=${DELAY_MS}&check=${i + 1}" } }`);
  const manifest = `version: 1
${withBaseline ? `baseline: { base_url: "${url}", samples: ${SAMPLES} }\n` : ''}checks:
${lines.join('\n')}
`;
  const wallMs: number[] = [];
  const requestMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const workspace = actionWorkspace(context.tmp, manifest, { 'base-url': url });
    const finished = await runCommand(NODE, [context.actionEntry], { env: workspace.env, cwd: workspace.dir, timeoutMs: 60_000 });
    const reported = finished.code === 0 ? readReport(workspace) : [];
    const failed = reported.find((check) => check.status !== 'passed');
    if (reported.length === checks && !failed) {
      wallMs.push(finished.wallMs);
      requestMs.push(median(reported.map((check) => check.timings.total ?? NaN)));
    }
    else notes.push(`baseline: a check did not pass (${failed ? JSON.stringify(failed.error) : `exit ${finished.code}`})`);
  }
  return { wallMs, requestMs };
}

export const baselineScenario: Scenario = {
  id: 'baseline',
  title: 'Baseline comparison',
  async run(context) {
    const notes: string[] = [];
    const plain = await measure(context, false, notes);
    const compared = await measure(context, true, notes);
    const cost = median(compared.wallMs) - median(plain.wallMs);
    const floor = REQUESTS * median(plain.requestMs);
    const manyPlain = await measure(context, false, notes, MANY);
    const manyCompared = await measure(context, true, notes, MANY);
    const perCheck = (median(manyCompared.wallMs) - median(manyPlain.wallMs)) / MANY;
    const perCheckFloor = (REQUESTS * median(manyPlain.requestMs)) / MAX_COMPARED_AT_ONCE;
    const perCompared: Row = {
      scenario: '6. Baseline comparison',
      measure: `${MANY} compared http checks, the same samples and delay: wall time per compared check ((with - without) / ${MANY}, median of ${RUNS})`,
      probegate: ms(perCheck, 0),
      baseline: `${REQUESTS} requests of ${ms(median(manyPlain.requestMs), 1)}, ${MAX_COMPARED_AT_ONCE} checks at once: ${ms(perCheckFloor, 0)}`,
      comparison: `×${(perCheck / perCheckFloor).toFixed(2)}`,
      target: '',
    };
    return {
      rows: [
        {
          scenario: '6. Baseline comparison',
          measure: `one compared http check, samples ${SAMPLES}, first byte after ${DELAY_MS} ms (wall with minus without a baseline, median of ${RUNS})`,
          probegate: ms(cost, 0),
          baseline: `${REQUESTS} requests of ${ms(median(plain.requestMs), 1)}: ${ms(floor, 0)}`,
          comparison: `×${(cost / floor).toFixed(2)}`,
          target: `at most ×${TARGET_OVER_FLOOR}`,
          met: cost <= TARGET_OVER_FLOOR * floor,
        },
        perCompared,
      ],
      notes,
    };
  },
};
