// The run context tests give the gate: a run of every check, at no particular place.
import type { RunContext } from '../../src/gate.js';

export function testContext(manifest: { file: string; digest: string }, durationMs: number): RunContext {
  return {
    manifest: { path: manifest.file, digest: manifest.digest },
    shard: null,
    location: null,
    startedAt: '2030-01-01T00:00:00.000Z',
    endedAt: new Date(Date.parse('2030-01-01T00:00:00.000Z') + durationMs).toISOString(),
    durationMs,
  };
}
