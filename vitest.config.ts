import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    setupFiles: ['__tests__/setup/no-unknown.ts'],
    globalSetup: ['__tests__/setup/loopback-resolver.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Imports its JSON schemas without `with { type: 'json' }`, as bundlers allow: vite transforms it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
