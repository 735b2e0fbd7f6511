// 2. Start-up: `node dist/index.js` on a one-check manifest, run as the runner runs it (INPUT_*
// variables, GITHUB_OUTPUT and the other files in a temporary workspace, a push event), against
// `node -e ''` on the same Node. Alternated, wall time from spawn to exit, medians.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { actionWorkspace, readReport, runCommand } from '../processes.ts';
import { median, ms, signed, type Row } from '../report.ts';
import { NODE } from '../shared.ts';
import type { Scenario } from './context.ts';

const RUNS = 15;
/** #18: the action at most +60 ms over a bare node, the CLI at most +50 ms. */
const TARGET_EXTRA_MS = 60;
const CLI_TARGET_EXTRA_MS = 50;

export const startupScenario: Scenario = {
  id: 'startup',
  title: 'Start-up',
  async run({ ports, actionEntry, tmp }) {
    const workspace = actionWorkspace(tmp, `version: 1
checks:
  - name: Home
    type: http
    request: { url: "http://127.0.0.1:${ports.http}/json" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
`);
    const notes: string[] = [];
    const action = () => runCommand(NODE, [actionEntry], { env: workspace.env, cwd: workspace.dir, timeoutMs: 30_000 });
    const bare = () => runCommand(NODE, ['-e', ''], { timeoutMs: 30_000 });
    const cliEntry = path.join(path.dirname(actionEntry), 'cli/index.js');
    const cli = () => runCommand(NODE, [cliEntry, 'run', '.github/probegate.yml'], { cwd: workspace.dir, env: { PATH: process.env.PATH, NO_COLOR: '1' }, timeoutMs: 30_000 });
    const hasCli = existsSync(cliEntry);
    const times = { action: [] as number[], bare: [] as number[], cli: [] as number[] };
    for (let run = 0; run < RUNS + 1; run++) {
      const order = run % 2 ? (['bare', 'action', 'cli'] as const) : (['action', 'cli', 'bare'] as const);
      for (const which of order) {
        if (which === 'cli' && !hasCli) continue;
        const finished = await { action, bare, cli }[which]();
        if (finished.code !== 0) notes.push(`start-up: ${which} exited ${finished.code}: ${(finished.stderr || finished.stdout).slice(0, 300)}`);
        if (run > 0) times[which].push(finished.wallMs); // the first round warms the file cache
      }
    }
    const failed = readReport(workspace).filter((c) => c.status !== 'passed');
    if (failed.length) notes.push(`start-up: the check did not pass: ${JSON.stringify(failed[0]!.error)}`);
    const base = median(times.bare);
    const rows: Row[] = [
      {
        scenario: '2. Start-up',
        measure: `action, one-check manifest (wall, median of ${RUNS})`,
        probegate: ms(median(times.action)),
        baseline: `node -e '' ${ms(base)}`,
        comparison: signed(median(times.action) - base, 0),
        target: `<= +${TARGET_EXTRA_MS} ms`,
        met: notes.length === 0 && median(times.action) - base <= TARGET_EXTRA_MS,
      },
    ];
    if (hasCli) {
      rows.push({ scenario: '2. Start-up', measure: `CLI run, same manifest (wall, median of ${RUNS})`, probegate: ms(median(times.cli)), baseline: `node -e '' ${ms(base)}`, comparison: signed(median(times.cli) - base, 0), target: `<= +${CLI_TARGET_EXTRA_MS} ms`, met: notes.length === 0 && median(times.cli) - base <= CLI_TARGET_EXTRA_MS });
    }
    return { rows, notes };
  },
};
