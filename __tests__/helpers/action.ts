// Runs the bundled action as the runner does: `node dist/index.js` with INPUT_* variables and
// the runner's files, then reads back what it wrote.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { assertValidReportFile } from './report-schema.js';

// PROBEGATE_ACTION_ENTRY points at a bundle built elsewhere (to test without rebuilding dist/).
export const ACTION_ENTRY = process.env.PROBEGATE_ACTION_ENTRY ?? path.resolve(import.meta.dirname, '../../dist/index.js');

export interface ActionRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly workspace: string;
}

export interface ActionSetup {
  /** Inputs by their action.yml names (`base-url`), as the runner passes them. */
  readonly inputs: Record<string, string>;
  /** Files to create in the workspace, by relative path. */
  readonly files?: Record<string, string>;
  readonly eventName?: string;
  readonly event?: object;
  readonly env?: Record<string, string>;
  readonly workspace?: string;
}

export async function runAction(setup: ActionSetup): Promise<ActionRun> {
  if (!existsSync(ACTION_ENTRY)) throw new Error('dist/index.js is missing: run `npm run bundle` first');
  const workspace = setup.workspace ?? mkdtempSync(path.join(tmpdir(), 'probegate-action-'));
  for (const [name, content] of Object.entries(setup.files ?? {})) {
    const file = path.join(workspace, name);
    (await import('node:fs')).mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  const outputFile = path.join(workspace, '.runner-output');
  const summaryFile = path.join(workspace, '.runner-summary');
  const eventFile = path.join(workspace, '.runner-event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(setup.event ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: setup.eventName ?? 'pull_request',
    GITHUB_REPOSITORY: 'octo/preview',
    GITHUB_SHA: 'merge0000',
    GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    ...setup.env,
  };
  for (const [name, value] of Object.entries(setup.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [ACTION_ENTRY], { cwd: workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  assertValidReportFile(path.resolve(workspace, setup.inputs['report-path'] || 'probegate-report.json'));
  return { exitCode, stdout, stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8'), workspace };
}

/** Reads the runner's `name<<delimiter ... delimiter` output file. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}
