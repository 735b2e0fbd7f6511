// src/action/runner.ts writes the runner's commands and files itself (importing @actions/core cost
// every start some 70 ms): here each one is compared with what @actions/core writes for the same
// call, hostile text included, so the two cannot drift apart unnoticed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as runner from '../../src/action/runner.js';

const HOSTILE = 'x\r\n::warning::injected 100%, a:b';
const PROPERTIES = [
  {},
  { title: 'probegate · invalid manifest' },
  { title: 'a,file=evil.yml::b\nc', file: '.github/probegate.yml', startLine: 3 },
  { title: 't', file: 'dir/a b.yml', startLine: 12, startColumn: 7 },
];

let folder: string;
let exitCode: typeof process.exitCode;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'probegate-runner-'));
  exitCode = process.exitCode;
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = exitCode;
  rmSync(folder, { recursive: true, force: true });
});

/** What `write` prints to stdout. */
function printed(write: () => void): string {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  write();
  spy.mockRestore();
  return chunks.join('');
}

describe('the runner commands, as @actions/core writes them', () => {
  it.each(['error', 'warning', 'notice'] as const)('%s annotations, their message and properties escaped', (level) => {
    for (const properties of PROPERTIES) {
      for (const message of [HOSTILE, 'plain', '']) {
        expect(printed(() => runner[level](message, properties))).toBe(printed(() => core[level](message, properties)));
      }
    }
  });

  it('writes the escaping that keeps a message from starting a command of its own', () => {
    expect(printed(() => runner.error('x\r\n::warning::injected 100%'))).toBe('::error::x%0D%0A::warning::injected 100%25\n');
    expect(printed(() => runner.error('m', { title: 'a,file=evil.yml::b\nc', file: '.github/probegate.yml', startLine: 3 }))).toBe(
      '::error title=a%2Cfile=evil.yml%3A%3Ab%0Ac,file=.github/probegate.yml,line=3::m\n',
    );
  });

  it('info, add-mask and a failed step (exit code 1 and an error)', () => {
    expect(printed(() => runner.info(HOSTILE))).toBe(printed(() => core.info(HOSTILE)));
    expect(printed(() => runner.setSecret(HOSTILE))).toBe(printed(() => core.setSecret(HOSTILE)));
    process.exitCode = 0;
    const ours = printed(() => runner.setFailed(HOSTILE));
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
    expect(ours).toBe(printed(() => core.setFailed(HOSTILE)));
  });

  it('reads inputs by their action.yml names, trimmed', () => {
    vi.stubEnv('INPUT_BASE-URL', '  https://preview.example \n');
    vi.stubEnv('INPUT_SECRET_VARIABLES', 'a=b');
    for (const name of ['base-url', 'secret variables', 'missing']) expect(runner.getInput(name)).toBe(core.getInput(name));
    expect(runner.getInput('base-url')).toBe('https://preview.example');
  });
});

describe('the runner files, as @actions/core writes them', () => {
  it('outputs: name<<delimiter, the value, the delimiter, with a fresh delimiter each time', () => {
    const file = path.join(folder, 'output');
    writeFileSync(file, '');
    vi.stubEnv('GITHUB_OUTPUT', file);
    const values = ['pass', 12, '{"HTTP":1}', 'two\nlines', ''];
    for (const value of values) runner.setOutput('out', value);
    const ours = readFileSync(file, 'utf8');
    writeFileSync(file, '');
    for (const value of values) core.setOutput('out', value);
    const theirs = readFileSync(file, 'utf8');
    const sameDelimiter = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_X');
    expect(sameDelimiter(ours)).toBe(sameDelimiter(theirs));
    expect(new Set(ours.match(/ghadelimiter_[0-9a-f-]{36}/g)).size).toBe(values.length);
  });

  it('outputs: a value holding the delimiter first drawn is written under another, whole', () => {
    const file = path.join(folder, 'output');
    writeFileSync(file, '');
    vi.stubEnv('GITHUB_OUTPUT', file);
    // Math.random's first four draws make the first delimiter; the value holds exactly it.
    const draws = [0.1, 0.2, 0.3, 0.4];
    const first = `ghadelimiter_19999999-3333-4333-8ccc-cccc66666666`;
    const value = `line\n${first}\ninjected=yes`;
    let call = 0;
    vi.spyOn(Math, 'random').mockImplementation(() => (call < draws.length ? draws[call++]! : 0.5 + (call++ % 7) / 100));
    runner.setOutput('out', value);
    const written = readFileSync(file, 'utf8');
    const delimiter = /^out<<(ghadelimiter_[0-9a-f-]{36})\n/.exec(written)?.[1];
    expect(delimiter).toBeDefined();
    expect(delimiter).not.toBe(first);
    expect(written).toBe(`out<<${delimiter}\n${value}\n${delimiter}\n`);
    expect(call).toBeGreaterThan(4);
  });

  it('the job summary: the Markdown appended as it is', async () => {
    const file = path.join(folder, 'summary');
    writeFileSync(file, 'before\n');
    vi.stubEnv('GITHUB_STEP_SUMMARY', file);
    runner.appendSummary('## one\n');
    runner.appendSummary(HOSTILE);
    const ours = readFileSync(file, 'utf8');
    writeFileSync(file, 'before\n');
    await core.summary.addRaw('## one\n').write();
    await core.summary.addRaw(HOSTILE).write();
    expect(ours).toBe(readFileSync(file, 'utf8'));
  });

  it('refuses a runner file that does not exist, saying which', () => {
    vi.stubEnv('GITHUB_OUTPUT', path.join(folder, 'missing'));
    expect(() => runner.setOutput('out', 'x')).toThrow(`GITHUB_OUTPUT names ${path.join(folder, 'missing')}, which does not exist`);
  });
});
