// The benchmark's child processes: the peers, the engine client, and one-shot commands (the
// action, curl, bare node) timed from outside. Every child is tracked so the runner can stop
// them all, even when it gives up half-way.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Job } from './client.ts';
import { NODE, type PeerConfig, type PeerPorts } from './shared.ts';

const children = new Set<ChildProcess>();

function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Kills every child still running (each by its own pid). */
export function stopAll(): void {
  for (const child of children) child.kill('SIGKILL');
}

export interface Peers {
  readonly ports: PeerPorts;
  stop(): Promise<void>;
}

export async function startPeers(config: PeerConfig): Promise<Peers> {
  const child = track(spawn(NODE, [path.join(import.meta.dirname, 'peers.ts'), JSON.stringify(config)], { stdio: ['pipe', 'pipe', 'inherit'] }));
  const ports = await new Promise<PeerPorts>((resolve, reject) => {
    let text = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(JSON.parse(text.split('\n')[0]!) as PeerPorts);
    });
    child.once('exit', (code) => reject(new Error(`the peers process exited (${code}) before listening`)));
  });
  return { ports, stop: () => stop(child, () => child.stdin!.end()) };
}

export interface EngineClient {
  call<T>(job: Job, timeoutMs: number): Promise<T>;
  stop(): Promise<void>;
}

export async function startClient(engineBundle: string): Promise<EngineClient> {
  const child = track(fork(path.join(import.meta.dirname, 'client.ts'), [engineBundle], { execPath: NODE, execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  await nextMessage(child, 60_000);
  return {
    async call<T>(job: Job, timeoutMs: number) {
      child.send(job);
      const reply = (await nextMessage(child, timeoutMs)) as { result?: T; error?: string };
      if (reply.error) throw new Error(`client, ${job.op} job: ${reply.error}`);
      return reply.result as T;
    },
    stop: () => stop(child, () => child.disconnect()),
  };
}

function nextMessage(child: ChildProcess, timeoutMs: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from the client within ${timeoutMs} ms`)), timeoutMs);
    const onExit = (code: number | null) => reject(new Error(`the client exited (${code})`));
    child.once('message', (message) => {
      clearTimeout(timer);
      child.off('exit', onExit);
      resolve(message);
    });
    child.once('exit', onExit);
  });
}

/** Asks a child to end, and kills it when it has not within 5 s. */
async function stop(child: ChildProcess, ask: () => void): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  ask();
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

export interface Finished {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** From spawn to exit, as seen by the runner. */
  readonly wallMs: number;
}

export interface RunOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  readonly timeoutMs: number;
}

/** Runs a command to its end; killed, and reported with code null, when it outlives timeoutMs. */
export function runCommand(command: string, args: readonly string[], options: RunOptions): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = track(spawn(command, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] }));
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, wallMs: performance.now() - started });
    });
  });
}

export interface ActionWorkspace {
  readonly dir: string;
  readonly env: NodeJS.ProcessEnv;
  readonly reportFile: string;
}

/**
 * A workspace and environment in which `node dist/index.js` runs as the runner runs it
 * (see __tests__/helpers/action.ts): INPUT_* variables, the runner's files, a push event, so
 * no pull-request comment is involved. Made inside `parent` (the runner's scratch folder).
 */
export function actionWorkspace(parent: string, manifest: string, inputs: Record<string, string> = {}): ActionWorkspace {
  const dir = mkdtempSync(path.join(parent, 'workspace-'));
  mkdirSync(path.join(dir, '.github'));
  writeFileSync(path.join(dir, '.github/probegate.yml'), manifest);
  for (const file of ['output', 'summary']) writeFileSync(path.join(dir, file), '');
  writeFileSync(path.join(dir, 'event.json'), '{}');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'octo/preview',
    GITHUB_SHA: 'bench0000',
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    'INPUT_REPORT-PATH': 'report.json',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return { dir, env, reportFile: path.join(dir, 'report.json') };
}

export interface ReportedCheck {
  readonly name: string;
  readonly status: string;
  readonly error: { readonly category: string; readonly code: string; readonly message: string } | null;
  readonly timings: Record<string, number>;
}

export function readReport(workspace: ActionWorkspace): ReportedCheck[] {
  return (JSON.parse(readFileSync(workspace.reportFile, 'utf8')) as { checks: ReportedCheck[] }).checks;
}
