// 6. Baseline comparison: what comparing a check with a baseline costs. The action runs one
// compared http check (samples: 20) against the peers' /delay endpoint, whose first byte comes
// after DELAY_MS, with the same peer as the baseline; the same manifest without a baseline is
// the reference. The difference is the comparison's wall time for that check; its floor is the
// requests it makes, one after the other ((3 warm-up + 20 samples) x (preview + 2 baseline
// series), less the warm-up's missing third), each as long as the check's own request took.
import { actionWorkspace, readReport, runCommand } from '../processes.ts';
import { median, ms } from '../report.ts';
import { NODE } from '../shared.ts';
import type { BenchContext, Scenario } from './context.ts';

const RUNS = 3;
const SAMPLES = 20;
const DELAY_MS = 20;
const REQUESTS = (3 + SAMPLES) * 3 - 3; // the warm-up alternates the two sides only
const TARGET_OVER_FLOOR = 1.5;

interface Measured {
  readonly wallMs: number[];
  /** The check's own request, `timings.total`. */
  readonly requestMs: number[];
}

async function measure(context: BenchContext, withBaseline: boolean, notes: string[]): Promise<Measured> {
  const url = `http://127.0.0.1:${context.ports.http}`;
  const manifest = `version: 1
${withBaseline ? `baseline: { base_url: "${url}", samples: ${SAMPLES} }\n` : ''}checks:
  - { name: Compared, type: http, request: { url: "{{ BASE_URL }}/delay?ms=${DELAY_MS}" } }
`;
  const wallMs: number[] = [];
  const requestMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const workspace = actionWorkspace(context.tmp, manifest, { 'base-url': url });
    const finished = await runCommand(NODE, [context.actionEntry], { env: workspace.env, cwd: workspace.dir, timeoutMs: 60_000 });
    const [check] = finished.code === 0 ? readReport(workspace) : [];
    if (check?.status === 'passed') {
      wallMs.push(finished.wallMs);
      requestMs.push(check.timings.total ?? NaN);
    }
    else notes.push(`baseline: the check did not pass (${check ? JSON.stringify(check.error) : `exit ${finished.code}`})`);
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
      ],
      notes,
    };
  },
};
