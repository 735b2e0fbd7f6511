// Builds a run the way the action does (loadManifest -> the run pipeline) from a manifest text,
// so report tests render what real checks against loopback peers produced.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadManifest } from '../../src/manifest/load.js';
import type { PipelineResult, RunResult, Timings } from '../../src/model.js';
import { runManifest as runPipeline } from '../../src/run/pipeline.js';
import { withValidReport } from './report-schema.js';

export interface ManifestRun {
  readonly baseUrl?: string;
  readonly env?: Record<string, string>;
  readonly secretInputs?: Record<string, string>;
  readonly displayPath?: string;
}

export async function runManifest(text: string, options: ManifestRun = {}): Promise<PipelineResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'probegate-report-'));
  try {
    const file = path.join(dir, 'probegate.yml');
    writeFileSync(file, text);
    const manifest = await loadManifest({
      path: file,
      displayPath: options.displayPath ?? '.github/probegate.yml',
      variables: { builtins: { BASE_URL: options.baseUrl }, inputs: {}, secretInputs: options.secretInputs ?? {}, env: options.env ?? {} },
    });
    return withValidReport(await runPipeline(manifest, { gate: {}, concurrency: 4 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Fixed figures per phase, so a rendering of real runs is the same on every machine.
const FIXED: Required<Omit<Timings, 'total'>> = { dns: 1.2, connect: 0.4, tls: 3.1, firstByte: 12, download: 0.3 };

/** The run with every measured time replaced by a fixed figure; which phases completed is kept. */
export function withFixedTimes<Run extends RunResult>(run: Run): Run {
  const checks = run.checks.map((result) => {
    const timings: Timings = {};
    let sum = 0;
    for (const phase of Object.keys(FIXED) as (keyof typeof FIXED)[]) {
      if (result.timings[phase] === undefined) continue;
      timings[phase] = FIXED[phase];
      sum += FIXED[phase];
    }
    // Some time always goes unaccounted for by the phases (writing the request, the timer's own).
    if (result.timings.total !== undefined) timings.total = Math.round((sum + 2) * 10) / 10;
    const assertions = result.assertions.map((a) => (a.type === 'responseTime' ? { ...a, actual: timings.total } : a));
    return { ...result, timings, assertions, durationMs: result.durationMs === 0 ? 0 : 25 };
  });
  return { ...run, checks, durationMs: 1234 };
}

/**
 * Replaces what changes on every run of the same checks with fixed text: loopback ports, the
 * dates of certificates made at test time, and the temporary folder of the CA file.
 */
export function stableText(text: string): string {
  return text
    .replace(/(127\.0\.0\.1|localhost|\[::1\])(\\?:)\d{2,5}/g, '$1$2PORT')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '2030-01-01T00:00:00Z')
    .replace(/\| \d{4}-\d\d-\d\d/g, '| 2030-01-01')
    .replace(/[^\s"]*probegate-ca-[^/\s"]+/g, '/tmp/probegate-ca');
}
