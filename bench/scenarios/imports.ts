// 2. Start-up, what each import costs (#18): every library and part of probegate a start may load,
// bundled by ncc with the flags of dist/, and rewritten as it is, into one bundle (bench/imports-entry.ts) in which each
// import is a chunk of its own. `node index.js NAME` then reads, compiles and runs what importing
// NAME takes, its packages and Node's built-in modules included, in a fresh process; against
// `node index.js`, which imports nothing. Alternated; medians of the process's CPU time (which the
// machine's other load disturbs far less than wall time), wall time beside it. Each row says when
// the action loads that import for a one-check http run: at start-up, on use, or never.
import { benchBundle } from '../build.ts';
import { runCommand } from '../processes.ts';
import { median, ms, signed, type Row } from '../report.ts';
import { NODE } from '../shared.ts';
import { IMPORTS } from '../imports-entry.ts';
import type { Scenario } from './context.ts';

const RUNS = 11;

export const importsScenario: Scenario = {
  id: 'imports',
  title: 'Start-up imports',
  async run() {
    const entry = benchBundle('bench/imports-entry.ts');
    const names = Object.keys(IMPORTS);
    const notes: string[] = [];
    const all = ['', 'node -e', ...names];
    const wall = new Map(all.map((name) => [name, [] as number[]]));
    const cpu = new Map(all.map((name) => [name, [] as number[]]));
    const printCpu = "process.on('exit', () => console.log('cpu ' + (process.cpuUsage().user + process.cpuUsage().system) / 1000))";
    for (let run = 0; run < RUNS + 1; run++) {
      // Each round in another order, so that no import always follows the same one.
      const order = all.map((_, i) => all[(i + run * 5) % all.length]!);
      for (const name of order) {
        const args = name === 'node -e' ? ['-e', printCpu] : name === '' ? [entry] : [entry, name];
        const finished = await runCommand(NODE, args, { timeoutMs: 30_000 });
        const cpuMs = Number(/^cpu (\S+)$/m.exec(finished.stdout)?.[1]);
        if ((finished.code !== 0 || Number.isNaN(cpuMs)) && run === 0) notes.push(`start-up imports: ${name || 'the bare entry'} exited ${finished.code}: ${finished.stderr.slice(0, 300)}`);
        if (run === 0) continue; // the first round warms the file cache
        wall.get(name)!.push(finished.wallMs);
        cpu.get(name)!.push(cpuMs);
      }
    }
    const cpuOf = (name: string) => median(cpu.get(name)!);
    const wallOf = (name: string) => median(wall.get(name)!);
    const rows: Row[] = [
      {
        scenario: '2. Start-up',
        measure: `imports: the bundle importing nothing (CPU, median of ${RUNS}; wall ${ms(wallOf(''))})`,
        probegate: ms(cpuOf('')),
        baseline: `node -e '' ${ms(cpuOf('node -e'))} (wall ${ms(wallOf('node -e'))})`,
        comparison: signed(cpuOf('') - cpuOf('node -e')),
        target: '',
      },
    ];
    const sorted = names.map((name) => ({ name, cost: cpuOf(name) - cpuOf('') })).sort((a, b) => b.cost - a.cost);
    for (const { name, cost } of sorted) {
      const measure = `import ${name}: loaded ${IMPORTS[name]!.loaded} (CPU; wall ${signed(wallOf(name) - wallOf(''))})`;
      rows.push({ scenario: '2. Start-up', measure, probegate: signed(cost), baseline: 'importing nothing', comparison: '', target: '' });
    }
    return { rows, notes };
  },
};
