// User regexes (`matches`, `doesNotMatch`) cannot outlive the attempt's deadline, nor stall the
// other checks in flight: JavaScript runs a regex to its end, and a backtracking one (`^(a+)+$`)
// on a 40-character input would run for years. So a test whose worst case is provably small
// (regex-cost.ts) runs here, synchronously; any other runs in a worker thread that the main
// thread does not wait for: the answer comes back as a promise, and at the deadline the worker is
// terminated and the test is TIMEOUT:OVERALL_TIMEOUT. The worker starts on first need
// (0.03-0.15 s) and is kept, unreferenced, for later tests; it runs them one at a time, in order.
// A list of values is one test, answered value by value: a test per value would be a job, a
// promise and a timer each, and, at a deadline, a restart of the worker each.
import type { Worker } from 'node:worker_threads';
import { probeError } from '../errors/probe-error.js';
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
  readonly id: number;
  readonly message: { id: number; source: string; flags: string; inputs: readonly string[] };
  /** When its answer is due (performance.now() time). */
  readonly at: number;
  readonly settle: (outcome: boolean[] | undefined) => void;
  /** Rejects it with TIMEOUT:OVERALL_TIMEOUT; `waited`: it never ran, another test held the worker. */
  readonly expire: (waited: boolean) => void;
}

let worker: Worker | undefined;
let nextId = 0;
/** The tests sent to the worker, in the order it runs them: the first one is running. */
const queue = new Map<number, Job>();

/**
 * Whether the pattern matches any of the inputs; undefined when the worker failed (out of memory).
 * A promise when the test runs in the worker; it rejects with TIMEOUT:OVERALL_TIMEOUT when the
 * answer is not known by the deadline.
 */
export function testWithin(pattern: RegExp, inputs: readonly string[], deadline?: AssertionDeadline): boolean | undefined | Promise<boolean | undefined> {
  const each = testEachWithin(pattern, inputs, deadline);
  return each instanceof Promise ? each.then(anyMatched) : anyMatched(each);
}

/** Whether the pattern matches each of the inputs, as testWithin answers. */
export function testEachWithin(pattern: RegExp, inputs: readonly string[], deadline?: AssertionDeadline): boolean[] | undefined | Promise<boolean[] | undefined> {
  const chars = inputs.reduce((sum, input) => sum + input.length, 0);
  if (boundedInline(pattern.source, chars)) return inputs.map((input) => pattern.test(input));
  const { at, limitMs } = deadline ?? { at: performance.now() + DEFAULT_LIMIT_MS, limitMs: DEFAULT_LIMIT_MS };
  return new Promise((resolve, reject) => {
    const id = nextId++;
    const timer = setTimeout(() => expireDue(id), Math.max(0, at - performance.now()));
    const settle = (outcome: boolean[] | undefined) => {
      clearTimeout(timer);
      resolve(outcome);
    };
    const expire = (waited: boolean) => {
      clearTimeout(timer);
      reject(waited ? waitedOut(pattern, limitMs) : timedOut(pattern, chars, limitMs));
    };
    const job: Job = { id, message: { id, source: pattern.source, flags: pattern.flags, inputs }, at, settle, expire };
    queue.set(id, job);
    send(job);
  });
}

function anyMatched(outcome: boolean[] | undefined): boolean | undefined {
  return outcome === undefined ? undefined : outcome.includes(true);
}

/**
 * Rejects test `id`, and every other whose answer is due and not in, then restarts the worker once
 * (it may be busy with one of them: only a fresh one can take the others). Each test's timer
 * calls it; the first does it for all that are due together.
 */
function expireDue(id: number): void {
  if (!queue.has(id)) return;
  const now = performance.now();
  const running = queue.keys().next().value;
  const due = [...queue.values()].filter((job) => job.id === id || job.at <= now);
  for (const job of due) queue.delete(job.id);
  restartWorker();
  for (const job of due) job.expire(job.id !== running);
}

function timedOut(pattern: RegExp, chars: number, limitMs: number): Error {
  return probeError(
    'TIMEOUT',
    'OVERALL_TIMEOUT',
    `The attempt did not complete within the overall timeout of ${limitMs} ms: the regular expression /${pattern.source.slice(0, 100)}/${pattern.flags} was still running over ${chars} characters (it backtracks too much; simplify it, for example without nested quantifiers)`,
  );
}

/** A test that never ran: the worker was busy with another check's until this one's deadline. */
function waitedOut(pattern: RegExp, limitMs: number): Error {
  return probeError(
    'TIMEOUT',
    'OVERALL_TIMEOUT',
    `The attempt did not complete within the overall timeout of ${limitMs} ms: its regular expression /${pattern.source.slice(0, 100)}/${pattern.flags} was waiting for another check's, which backtracks too much, and never ran (that other check fails with its own timeout; simplify its expression, or raise this check's overall_timeout)`,
  );
}

function send(job: Job): void {
  worker ??= startWorker();
  worker.ref();
  worker.postMessage(job.message);
}

function startWorker(): Worker {
  // node:worker_threads is loaded here, on first need, not with every start (bench/, start-up).
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const started = new Worker(WORKER_SOURCE, { eval: true });
  started.on('message', ({ id, outcome }: { id: number; outcome: boolean[] | undefined }) => {
    const job = queue.get(id);
    queue.delete(id);
    if (queue.size === 0) started.unref();
    job?.settle(outcome);
  });
  // A worker that dies (out of memory) fails the test it was running; the others go to a new one.
  started.on('error', () => {
    if (worker !== started) return;
    const running = queue.values().next().value;
    if (running) queue.delete(running.id);
    restartWorker();
    running?.settle(undefined);
  });
  return started;
}

function restartWorker(): void {
  const old = worker;
  worker = undefined;
  void old?.terminate();
  for (const job of queue.values()) send(job);
}
