// User regexes (`matches`, `doesNotMatch`) cannot outlive the attempt's deadline. JavaScript runs
// a regex to its end, and a backtracking one (`^(a+)+$`) on a 40-character input would run for
// years. Two defences, neither of which costs an ordinary check anything:
// 1. V8's linear-time engine takes over from the backtracking one after 50,000 backtracks
//    (`--enable-experimental-regexp-engine-on-excessive-backtracks`), for every pattern it can run
//    (not backreferences or lookaround). Measured on Node 24: `^(a+)+$` on 40 characters 2 ms,
//    on 1 MiB 0.26 s, on 10 MiB 1.5 s, where the backtracking engine never ends.
// 2. So an input over 64 KiB, or a pattern the linear engine cannot run, is tested in a worker
//    thread; the main thread waits for it at most until the deadline and terminates it then.
//    The worker is started on first need (0.03-0.15 s) and kept, unreferenced, for later tests.
//    The wait is synchronous (Atomics.wait), so that evaluate() stays synchronous for its callers;
//    the price is that other checks in flight stall while a pathological regex runs out its deadline.
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { probeError } from '../errors/probe-error.js';

/** When the assertions of an attempt must be done: a `performance.now()` time, and the limit it comes from. */
export interface AssertionDeadline {
  readonly at: number;
  readonly limitMs: number;
}

const INLINE_MAX_CHARS = 64 * 1024;
const DEFAULT_LIMIT_MS = 60_000;

setFlagsFromString('--enable-experimental-regexp-engine');
setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ source, flags, inputs, shared }) => {
  const state = new Int32Array(shared);
  let outcome = 3;
  try {
    const pattern = new RegExp(source, flags);
    outcome = inputs.some((input) => pattern.test(input)) ? 1 : 2;
  } catch {}
  Atomics.store(state, 0, outcome);
  Atomics.notify(state, 0);
});`;
const PENDING = 0;
const MATCHED = 1;
const NOT_MATCHED = 2;

let worker: Worker | undefined;

/**
 * Whether the pattern matches any of the inputs; undefined when the worker failed (out of memory).
 * Throws TIMEOUT:OVERALL_TIMEOUT when it cannot tell before the deadline.
 */
export function testWithin(pattern: RegExp, inputs: readonly string[], deadline?: AssertionDeadline): boolean | undefined {
  const chars = inputs.reduce((sum, input) => sum + input.length, 0);
  if (chars <= INLINE_MAX_CHARS && runsInLinearTime(pattern)) return inputs.some((input) => pattern.test(input));
  const { at, limitMs } = deadline ?? { at: performance.now() + DEFAULT_LIMIT_MS, limitMs: DEFAULT_LIMIT_MS };
  const shared = new SharedArrayBuffer(4);
  const state = new Int32Array(shared);
  worker ??= startWorker();
  worker.postMessage({ source: pattern.source, flags: pattern.flags, inputs, shared });
  Atomics.wait(state, 0, PENDING, Math.max(0, at - performance.now()));
  const outcome = Atomics.load(state, 0);
  if (outcome === MATCHED || outcome === NOT_MATCHED) return outcome === MATCHED;
  void worker.terminate();
  worker = undefined;
  if (outcome !== PENDING) return undefined;
  throw probeError(
    'TIMEOUT',
    'OVERALL_TIMEOUT',
    `The attempt did not complete within the overall timeout of ${limitMs} ms: the regular expression /${pattern.source.slice(0, 100)}/ was still running over ${chars} characters (it backtracks too much; simplify it, for example without nested quantifiers)`,
  );
}

function startWorker(): Worker {
  const started = new Worker(WORKER_SOURCE, { eval: true });
  started.unref();
  // A worker that dies leaves its test pending, which the wait above reports; the next test starts another.
  started.on('error', () => {
    if (worker === started) worker = undefined;
  });
  return started;
}

const linear = new Map<string, boolean>();

/** Whether V8's linear-time engine can run the pattern, so its fallback bounds a backtracking run. */
function runsInLinearTime(pattern: RegExp): boolean {
  const key = `${pattern.flags}/${pattern.source}`;
  let known = linear.get(key);
  if (known === undefined) {
    try {
      new RegExp(pattern.source, `${pattern.flags}l`);
      known = true;
    } catch {
      known = false;
    }
    if (linear.size < 1000) linear.set(key, known);
  }
  return known;
}
