// Runs a manifest written by the test through the real loader, engine and gate.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCheckModule } from '../../src/checks/index.js';
import { runAttempt } from '../../src/engine/attempt.js';
import { DEFAULT_GATE, type Gate } from '../../src/gate.js';
import { loadManifest, type Manifest } from '../../src/manifest/load.js';
import type { CheckResult, Observation, PipelineResult, RunResult } from '../../src/model.js';
import { runManifest } from '../../src/run/pipeline.js';
import { withValidReport } from './report-schema.js';

export interface ManifestOptions {
  readonly baseUrl?: string;
  readonly env?: Record<string, string>;
  readonly inputs?: Record<string, string>;
  readonly secretInputs?: Record<string, string>;
  /** Built-in variables to set or leave without a value (undefined), over the defaults below. */
  readonly builtins?: Record<string, string | undefined>;
  /** Extra files to write beside the manifest (certificates, protos). */
  readonly files?: Record<string, string>;
}

export function writeManifest(yaml: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'probegate-test-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  const file = path.join(dir, 'probegate.yml');
  writeFileSync(file, yaml);
  return file;
}

export function loadManifestText(yaml: string, options: ManifestOptions = {}): Promise<Manifest> {
  const file = writeManifest(yaml, options.files);
  return loadManifest({
    path: file,
    displayPath: '.github/probegate.yml',
    variables: {
      builtins: { BASE_URL: options.baseUrl, SHA: 'abc123', PR_NUMBER: '7', REPOSITORY: 'octo/preview', ...options.builtins },
      inputs: options.inputs ?? {},
      secretInputs: options.secretInputs ?? {},
      env: options.env ?? {},
    },
  });
}

/** The manifest through the run pipeline, judged by `gate` (default: fail on all) rather than the manifest's. */
export async function runManifestText(yaml: string, options: ManifestOptions & { gate?: Gate } = {}): Promise<PipelineResult> {
  const manifest = await loadManifestText(yaml, options);
  return withValidReport(await runManifest(manifest, { gate: options.gate ?? DEFAULT_GATE, concurrency: 8 }));
}

/** The result of the check with this name. */
export function checkNamed(run: RunResult, name: string): CheckResult {
  const found = run.checks.find((c) => c.check.name === name);
  if (!found) throw new Error(`no check named ${name} in the run`);
  return found;
}

/** What one attempt of the named check observed, its excerpt included (the outcome keeps that only for a failure). */
export async function observeCheck(yaml: string, name: string, options: ManifestOptions = {}): Promise<Observation | undefined> {
  const manifest = await loadManifestText(yaml, options);
  const check = manifest.checks.find((c) => c.name === name);
  if (!check) throw new Error(`no check named ${name} in the manifest`);
  return (await runAttempt(check, await loadCheckModule(check.type))).observation;
}
