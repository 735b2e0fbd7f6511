// 2. Start-up: `node dist/index.js` on a one-check manifest, run as the runner runs it (INPUT_*
// variables, GITHUB_OUTPUT and the other files in a temporary workspace, a push event), the CLI's
// `run` on the same manifest and its `validate` on the 500-check manifest of the manifest
// scenario, against `node -e ''` on the same Node. Alternated, wall time from spawn to exit, medians.
// Beside them the floor of a one-check run (bench/floor-entry.ts): node, undici loaded as dist/
// loads it and one request to the same URL. The targets are over `node -e ''`, as #18 sets them;
// the row over the floor says how much of the start-up is probegate's own.
// The CLI keeps V8's compile cache in the temporary folder (src/cli/index.ts): each CLI figure is
// given warm (the cache the previous runs left, as on a developer's machine) and cold (a first
// run, an empty temporary folder each time). The action has no such cache: a runner starts afresh.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchBundle } from '../build.ts';
import { actionWorkspace, readReport, runCommand } from '../processes.ts';
import { median, ms, signed, type Row } from '../report.ts';
import { NODE } from '../shared.ts';
import type { Scenario } from './context.ts';
import { jsonChecks } from './engine.ts';

const RUNS = 15;
const QUICK_RUNS = 3;
/** #18: the action at most +60 ms over a bare node, the CLI at most +50 ms, validate of 500 checks at most +80 ms. */
const TARGET_EXTRA_MS = 60;
const CLI_TARGET_EXTRA_MS = 50;
const VALIDATE_CHECKS = 500;
const VALIDATE_TARGET_EXTRA_MS = 80;

export const startupScenario: Scenario = {
  id: 'startup',
  title: 'Start-up',
  async run({ ports, actionEntry, tmp, quick }) {
    const workspace = actionWorkspace(tmp, `version: 1
checks:
  - name: Home
    type: http
    request: { url: "http://127.0.0.1:${ports.http}/json" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
`);
    const notes: string[] = [];
    const cliEntry = path.join(path.dirname(actionEntry), 'cli/index.js');
    const bigManifest = path.join(tmp, `validate-${VALIDATE_CHECKS}.yml`);
    writeFileSync(bigManifest, jsonChecks(ports.http, VALIDATE_CHECKS).manifest);
    const warmTmp = path.join(tmp, 'cli-tmp');
    mkdirSync(warmTmp);
    /** The CLI with `args`, its temporary folder (where its compile cache lives) kept warm or new each run. */
    const cli = (args: string[], cache: 'warm' | 'cold') => async () => {
      const cliTmp = cache === 'warm' ? warmTmp : mkdtempSync(path.join(tmp, 'cli-cold-'));
      try {
        return await runCommand(NODE, [cliEntry, ...args], { cwd: workspace.dir, env: { PATH: process.env.PATH, NO_COLOR: '1', TMPDIR: cliTmp }, timeoutMs: 30_000 });
      } finally {
        if (cache === 'cold') rmSync(cliTmp, { recursive: true, force: true });
      }
    };
    const floorEntry = benchBundle('bench/floor-entry.ts');
    const commands = {
      action: () => runCommand(NODE, [actionEntry], { env: workspace.env, cwd: workspace.dir, timeoutMs: 30_000 }),
      bare: () => runCommand(NODE, ['-e', ''], { timeoutMs: 30_000 }),
      floor: () => runCommand(NODE, [floorEntry, `http://127.0.0.1:${ports.http}/json`], { timeoutMs: 30_000 }),
      cli: cli(['run', '.github/probegate.yml'], 'warm'),
      cliCold: cli(['run', '.github/probegate.yml'], 'cold'),
      validate: cli(['validate', bigManifest], 'warm'),
      validateCold: cli(['validate', bigManifest], 'cold'),
    };
    type Which = keyof typeof commands;
    const hasCli = existsSync(cliEntry);
    const names = (Object.keys(commands) as Which[]).filter((which) => hasCli || which === 'action' || which === 'bare' || which === 'floor');
    const times = Object.fromEntries(names.map((which) => [which, [] as number[]])) as Record<Which, number[]>;
    const runs = quick ? QUICK_RUNS : RUNS;
    for (let run = 0; run < runs + 1; run++) {
      const order = run % 2 ? [...names].reverse() : names;
      for (const which of order) {
        const finished = await commands[which]();
        if (finished.code !== 0) notes.push(`start-up: ${which} exited ${finished.code}: ${(finished.stderr || finished.stdout).slice(0, 300)}`);
        if (run > 0) times[which].push(finished.wallMs); // the first round warms the file cache (and the CLI's compile cache)
      }
    }
    const failed = readReport(workspace).filter((c) => c.status !== 'passed');
    if (failed.length) notes.push(`start-up: the check did not pass: ${JSON.stringify(failed[0]!.error)}`);
    const base = median(times.bare);
    const row = (measure: string, which: Which, targetMs: number): Row => {
      const figure = median(times[which]);
      return { scenario: '2. Start-up', measure: `${measure} (wall, median of ${runs})`, probegate: ms(figure), baseline: `node -e '' ${ms(base)}`, comparison: signed(figure - base, 0), target: `<= +${targetMs} ms`, met: notes.length === 0 && figure - base <= targetMs };
    };
    const floor = median(times.floor);
    const overFloor = (measure: string, which: Which): Row => ({
      scenario: '2. Start-up',
      measure: `${measure} (wall, median of ${runs})`,
      probegate: ms(median(times[which])),
      baseline: `node + undici, one request ${ms(floor)}`,
      comparison: signed(median(times[which]) - floor, 0),
      target: '',
    });
    const rows = [
      row('action, one-check manifest', 'action', TARGET_EXTRA_MS),
      { scenario: '2. Start-up', measure: `the floor: node, undici loaded as dist/ loads it, one request to the same URL (bench/floor-entry.ts; wall, median of ${runs})`, probegate: ms(floor), baseline: `node -e '' ${ms(base)}`, comparison: signed(floor - base, 0), target: '' },
      overFloor('action, one-check manifest, over the floor', 'action'),
    ];
    if (hasCli) {
      rows.push(
        row('CLI run, same manifest, compile cache warm', 'cli', CLI_TARGET_EXTRA_MS),
        row('CLI run, same manifest, first run (compile cache empty)', 'cliCold', CLI_TARGET_EXTRA_MS),
        overFloor('CLI run, compile cache warm, over the floor', 'cli'),
        row(`CLI validate, ${VALIDATE_CHECKS}-check manifest, compile cache warm`, 'validate', VALIDATE_TARGET_EXTRA_MS),
        row(`CLI validate, ${VALIDATE_CHECKS}-check manifest, first run (compile cache empty)`, 'validateCold', VALIDATE_TARGET_EXTRA_MS),
      );
    }
    return { rows, notes };
  },
};
