import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

// Files whose outcome rests on latencies measured on loopback (a baseline comparison calls two
// identical services "same" only when their timings agree), and the benchmark's own test, which
// loads the machine: they run one at a time, after the rest, with nothing else running beside them.
const ALONE = ['__tests__/run/baseline.test.ts', '__tests__/run/merge-baseline.test.ts', '__tests__/action/baseline.test.ts', '__tests__/cli/demo.test.ts', '__tests__/bench.test.ts'];

export default defineConfig({
  test: {
    setupFiles: ['__tests__/setup/no-unknown.ts'],
    globalSetup: ['__tests__/setup/loopback-resolver.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Imports its JSON schemas without `with { type: 'json' }`, as bundlers allow: vite transforms it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    projects: [
      {
        extends: true,
        // Most tests wait on their peers more than they compute: one file per core.
        test: { name: 'together', include: ['__tests__/**/*.test.ts'], exclude: [...configDefaults.exclude, ...ALONE], maxWorkers: availableParallelism(), sequence: { groupOrder: 0 } },
      },
      { extends: true, test: { name: 'alone', include: ALONE, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
