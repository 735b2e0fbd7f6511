// User regexes (`matches`, `doesNotMatch`) cannot outlive the attempt's deadline, nor stall the
// other checks in flight: JavaScript runs a regex to its end, and a backtracking one (`^(a+)+$`)
// on a 40-character input would run for years. So a test whose worst case is provably small
// (regex-cost.ts) runs here, synchronously; any other runs in a worker thread that the main
// thread does not wait for: the answer comes back as a promise, and at the deadline that test's
// worker is terminated and the test is TIMEOUT:OVERALL_TIMEOUT. Workers start on first need
// (0.03-0.15 s each) and are kept, unreferenced, for later tests; each runs one test at a time.
// A test finding every worker busy gets a new one, up to MAX_WORKERS: one check's backtracking
// regex must not time out another check whose own regex is quick (it would fail, never having
// run). A list of values is one test, answered value by value: a test per value would be a job,
// a promise and a timer each, and, at a deadline, a restart of the worker each.
import type { Worker } from 'node:worker_threads';
import { ProbeError } from '../errors/probe-error.js';
import { boundedInline } from './regex-cost.js';

/** When the assertions of an attempt must be done: a `performance.now()` time, and the limit it comes from. */
export interface AssertionDeadline {
  readonly at: number;
  readonly limitMs: number;
}

const DEFAULT_LIMIT_MS = 60_000;

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, source, flags, inputs }) => {
  let outcome;
  try {
    const pattern = new RegExp(source, flags);
    outcome = inputs.map((input) => pattern.test(input));
  } catch {}
  parentPort.postMessage({ id, outcome });
});`;

interface Job {
  /** When its answer is due (performance.now() time). */
  readonly at: number;
  readonly message: { id: number; source: string; flags: string; inputs: readonly string[] };
  readonly settle: (outcome: boolean[] | undefined) => void;
  /** Rejects it with TIMEOUT:OVERALL_TIMEOUT; `waited`: it never ran, every worker was held by other tests. */
  readonly expire: (waited: boolean) => void;
}

/** A worker thread and the test it is running, if any. */
interface RegexWorker {
  readonly thread: Worker;
  job?: Job;
}

/**
 * How many backtracking tests may run at once. Each holds a core until its answer or its
 * deadline; past this many, a test waits for a worker (and, at its deadline, fails as never run).
 */
export const MAX_WORKERS = 4;
const workers: RegexWorker[] = [];
/** Tests waiting for a worker, first come first served. */
const waiting: Job[] = [];
let nextId = 0;

/**
 * Whether the pattern matches any of the inputs; undefined when the worker failed (out of memory).
 * A promise when the test runs in the worker; it rejects with TIMEOUT:OVERALL_TIMEOUT when the
 * answer is not known by the deadline.
 */
export function testWithin(pattern: RegExp, inputs: readonly string[], deadline?: AssertionDeadline): boolean | undefined | Promise<boolean | undefined> {
  const each = testEachWithin(pattern, inputs, deadline);
  return each instanceof Promise ? each.then(anyMatched) : anyMatched(each);
}

/** Whether the test runs here, synchronously: its answer is no promise, and no worker is involved. */
export function testsAtOnce(pattern: RegExp, inputs: readonly string[]): boolean {
  return boundedInline(pattern.source, totalChars(inputs));
}

const totalChars = (inputs: readonly string[]) => inputs.reduce((sum, input) => sum + input.length, 0);

/** Whether the pattern matches each of the inputs, as testWithin answers. */
export function testEachWithin(pattern: RegExp, inputs: readonly string[], deadline?: AssertionDeadline): boolean[] | undefined | Promise<boolean[] | undefined> {
  const chars = totalChars(inputs);
  if (boundedInline(pattern.source, chars)) return inputs.map((input) => pattern.test(input));
  const { at, limitMs } = deadline ?? { at: performance.now() + DEFAULT_LIMIT_MS, limitMs: DEFAULT_LIMIT_MS };
  return new Promise((resolve, reject) => {
    const id = nextId++;
    const timer = setTimeout(() => expire(job), Math.max(0, at - performance.now()));
    const job: Job = {
      at,
      message: { id, source: pattern.source, flags: pattern.flags, inputs },
      settle: (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      },
      expire: (waited) => {
        clearTimeout(timer);
        reject(waited ? waitedOut(pattern, limitMs) : timedOut(pattern, chars, limitMs));
      },
    };
    waiting.push(job);
    dispatch();
  });
}

function anyMatched(outcome: boolean[] | undefined): boolean | undefined {
  return outcome === undefined ? undefined : outcome.includes(true);
}

/** At a test's deadline: its worker, still running it, is terminated (only a fresh one can take other tests); a test still waiting never ran. */
function expire(job: Job): void {
  const running = workers.find((worker) => worker.job === job);
  if (running) {
    retire(running);
    job.expire(false);
    dispatch();
    return;
  }
  const index = waiting.indexOf(job);
  if (index === -1) return;
  waiting.splice(index, 1);
  job.expire(true);
}

function timedOut(pattern: RegExp, chars: number, limitMs: number): Error {
  return regexTimeout(
    `The attempt did not complete within the overall timeout of ${limitMs} ms: the regular expression ${shown(pattern)} was still running over ${chars} characters. It backtracks too much: simplify it, for example without nested quantifiers.`,
  );
}

/** A test that never ran: every worker was busy with other checks' tests until this one's deadline. */
function waitedOut(pattern: RegExp, limitMs: number): Error {
  return regexTimeout(
    `The attempt did not complete within the overall timeout of ${limitMs} ms: its regular expression ${shown(pattern)} was waiting for other checks' (${MAX_WORKERS} at once, which backtrack too much) and never ran. Those checks fail with their own timeouts: simplify their expressions, or raise this check's \`overall_timeout\`.`,
  );
}

// The message carries its own advice: the taxonomy's for OVERALL_TIMEOUT (why is the response
// slow to arrive in full?) would send the reader after a response that arrived whole.
const regexTimeout = (message: string) => new ProbeError('TIMEOUT', 'OVERALL_TIMEOUT', message);

const shown = (pattern: RegExp) => `/${pattern.source.slice(0, 100)}/${pattern.flags}`;

/** Gives waiting tests to idle workers, starting workers up to MAX_WORKERS. */
function dispatch(): void {
  while (waiting.length > 0) {
    // Due already (its timer is about to fire): not worth a worker, which only a restart would free.
    if (waiting[0]!.at <= performance.now()) {
      waiting.shift()!.expire(true);
      continue;
    }
    const worker = workers.find((candidate) => !candidate.job) ?? (workers.length < MAX_WORKERS ? startWorker() : undefined);
    if (!worker) return;
    const job = waiting.shift()!;
    worker.job = job;
    worker.thread.ref();
    worker.thread.postMessage(job.message);
  }
}

function startWorker(): RegexWorker {
  // node:worker_threads is loaded here, on first need, not with every start (bench/, start-up).
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const worker: RegexWorker = { thread: new Worker(WORKER_SOURCE, { eval: true }) };
  worker.thread.on('message', ({ id, outcome }: { id: number; outcome: boolean[] | undefined }) => {
    const job = worker.job;
    if (job?.message.id !== id) return;
    worker.job = undefined;
    worker.thread.unref();
    job.settle(outcome);
    dispatch();
  });
  // A worker that dies (out of memory) fails the test it was running, which gives no answer.
  worker.thread.on('error', () => {
    const job = worker.job;
    retire(worker);
    job?.settle(undefined);
    dispatch();
  });
  workers.push(worker);
  return worker;
}

function retire(worker: RegexWorker): void {
  const index = workers.indexOf(worker);
  if (index !== -1) workers.splice(index, 1);
  worker.job = undefined;
  void worker.thread.terminate();
}
