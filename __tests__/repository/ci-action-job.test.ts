// The `action` job of ci.yml, step by step, as the runner would do it: its shell steps run in
// bash with a runner's GITHUB_OUTPUT and RUNNER_TEMP, the `uses: ./` step runs dist/index.js with
// the inputs the job gives it (expressions resolved from the earlier steps' outputs, action.yml
// defaults for the rest), and the job's own check of the outputs must pass.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runAction, type ActionRun } from '../helpers/action.js';
import { ensureCliBundle, ROOT } from '../helpers/cli.js';

interface Step {
  id?: string;
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

const job = (parse(readFileSync(path.join(ROOT, '.github/workflows/ci.yml'), 'utf8')) as { jobs: { action: { steps: Step[] } } }).jobs.action;
const step = (name: string) => job.steps.find((s) => s.name === name) ?? job.steps.find((s) => s.id === name)!;
const runnerTemp = mkdtempSync(path.join(tmpdir(), 'probegate-ci-'));
const outputs: Record<string, Record<string, string>> = {};

/** `${{ steps.ID.outputs.NAME }}` and `${{ steps.ID.outcome }}`; any other expression is a test failure. */
function resolve(text: string): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
    if (output) return outputs[output[1]!]?.[output[2]!] ?? '';
    const outcome = /^steps\.([\w-]+)\.outcome$/.exec(expression);
    if (outcome) return outputs[outcome[1]!]?.['(outcome)'] ?? '';
    throw new Error(`this test does not know the expression ${expression}`);
  });
}

/** The runner's output file: `name=value` lines and `name<<DELIMITER` blocks. */
function parseOutputFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const block = /^([\w-]+)<<(.+)$/.exec(lines[i]!);
    if (block) {
      const end = lines.indexOf(block[2]!, i + 1);
      values[block[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i]!.includes('=')) {
      const [name, ...value] = lines[i]!.split('=');
      values[name!] = value.join('=');
    }
  }
  return values;
}

function runShellStep(s: Step, cwd: string): Promise<{ code: number; stdout: string; stderr: string; outputs: Record<string, string> }> {
  const outputFile = path.join(runnerTemp, `output-${s.id ?? 'step'}`);
  writeFileSync(outputFile, '');
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', RUNNER_TEMP: runnerTemp, GITHUB_OUTPUT: outputFile };
  for (const [name, value] of Object.entries(s.env ?? {})) env[name] = resolve(String(value));
  return new Promise((done) => {
    // As the runner runs `run:` steps: bash -e {0}. The background demo keeps no pipe of ours open.
    execFile('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', s.run!], { cwd, env, timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr, outputs: parseOutputFile(readFileSync(outputFile, 'utf8')) });
    });
  });
}

function actionDefaults(): Record<string, string> {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) defaults[name] = String(input.default ?? '').includes('${{') ? '' : String(input.default ?? '');
  return defaults;
}

let started: Awaited<ReturnType<typeof runShellStep>>;
let action: ActionRun;

beforeAll(async () => {
  await ensureCliBundle();
  started = await runShellStep(step('demo'), ROOT);
  outputs.demo = started.outputs;
  const probegate = step('probegate');
  const inputs = { ...actionDefaults(), ...Object.fromEntries(Object.entries(probegate.with ?? {}).map(([k, v]) => [k, resolve(String(v))])) };
  // The workspace holds what actions/checkout gives the job: the manifest and the certificate it trusts.
  const files = Object.fromEntries(
    ['examples/demo.yml', 'examples/demo-certs/expired-cert.pem'].map((file) => [file, readFileSync(path.join(ROOT, file), 'utf8')]),
  );
  action = await runAction({ inputs, files });
  outputs.probegate = { ...action.outputs, '(outcome)': action.exitCode === 0 ? 'success' : 'failure' };
}, 120_000);

afterAll(async () => {
  await runShellStep(step('Stop the demo preview'), ROOT);
});

describe('the CI job that runs the action against the demo preview', () => {
  it('starts the demo preview in the background and passes its addresses on as step outputs', () => {
    expect(started.code).toBe(0);
    expect(outputs.demo!['base-url']).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(outputs.demo!.variables).toMatch(/^TLS_URL=https:\/\/127\.0\.0\.1:\d+\nREFUSED_URL=http:\/\/127\.0\.0\.1:\d+\nPRODUCTION_URL=http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('runs the action, which fails the step on the deliberate faults', () => {
    expect(action.exitCode).not.toBe(0);
    expect(action.outputs.result).toBe('fail');
  });

  it('passes its own check of the outputs', async () => {
    const check = await runShellStep(step('Check the outputs'), action.workspace);
    expect(check.stdout).not.toContain('::error::');
    expect(check.code).toBe(0);
  });

  it.each([
    { output: 'passed', value: '3', error: '::error::passed: expected 2, got 3' },
    { output: 'skipped', value: '', error: '::error::skipped: expected 0, got ' },
    { output: 'duration-ms', value: '', error: "::error::duration-ms: expected a whole number of milliseconds, got ''" },
    { output: 'comment-url', value: 'https://github.com/o/r/pull/1#issuecomment-1', error: '::error::comment-url (comment: never): expected , got https://' },
  ])('whose check fails when $output is not what the job expects', async ({ output, value, error }) => {
    const saved = outputs.probegate![output];
    outputs.probegate![output] = value;
    const check = await runShellStep(step('Check the outputs'), action.workspace);
    outputs.probegate![output] = saved!;
    expect(check.stdout).toContain(error);
    expect(check.code).toBe(1);
  });

  it('has the outputs the check reads: skipped, duration-ms and comment-url among them', () => {
    expect(action.outputs.skipped).toBe('0');
    expect(action.outputs['duration-ms']).toMatch(/^[1-9]\d*$/);
    expect(action.outputs['comment-url']).toBe('');
  });
});
