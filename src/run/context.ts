// The record of a run that the door hands to the gate: which manifest, which shard, where, when.
import type { RunContext } from '../gate.js';
import type { Shard } from '../model.js';

export interface RunPlacement {
  readonly shard?: Shard;
  readonly location?: string;
}

/** The context of a run of `manifest` that started at `startedAt` (a Date) and `startedMs` (performance.now()). */
export function runContext(manifest: { file: string; digest: string }, placement: RunPlacement, startedAt: Date, startedMs: number): RunContext {
  return {
    manifest: { path: manifest.file, digest: manifest.digest },
    shard: placement.shard ?? null,
    location: placement.location ?? null,
    startedAt: startedAt.toISOString(),
    endedAt: new Date().toISOString(),
    durationMs: Math.round(performance.now() - startedMs),
  };
}
