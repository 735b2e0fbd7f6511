// The engine: waits for the preview, then runs every check with bounded concurrency, each
// attempt on fresh connections, retrying as the check says.
import { setTimeout as sleep } from 'node:timers/promises';
import { isPlainPath } from '../assertions/plain-path.js';
import { loadCheckModule } from '../checks/index.js';
import { probeError } from '../errors/probe-error.js';
import { librariesFor, loadLibraries, type LibraryName } from '../libraries.js';
import type { ReadyWait } from '../manifest/load.js';
import type { CheckOutcome, EngineRun, ResolvedCheck } from '../model.js';
import { runAttempt, type AttemptResult } from './attempt.js';
import { runMultistepAttempt, type SequenceAttempt } from './multistep.js';
import { redactNotReady, redactOutcome, withoutRequest } from './redact.js';
import { NOT_RETRIED } from './retry.js';
import { waitUntilReady } from './ready.js';
import { probesOf, warmUp } from './warm-up.js';

/** What the engine runs: the checks, the wait for the preview, and the values to redact. */
export interface EngineInput {
  readonly checks: readonly ResolvedCheck[];
  readonly ready?: ReadyWait;
  /** Values never to show in an outcome (env.* and secret inputs the manifest used). */
  readonly secrets: readonly string[];
  /**
   * Indexes of the checks compared with a baseline after the run: the comparison may still fail
   * one that passed, so its outcome keeps the excerpt that only failures show.
   */
  readonly compared?: ReadonlySet<number>;
}

export interface EngineOptions {
  readonly concurrency: number;
  /** Called as each check finishes, in completion order. */
  readonly onCheckDone?: (outcome: CheckOutcome, done: number, total: number) => void;
}


/** Waits for the preview when asked to, then runs every check; none runs when it never became ready. */
export async function runChecks(input: EngineInput, options: EngineOptions): Promise<EngineRun> {
  const { checks, secrets, compared } = input;
  const runnable = checks.filter((check) => !check.skip && !check.invalid);
  const types = new Set(runnable.flatMap(probesOf).map((probe) => probe.type));
  // What the checks need to run at all, loaded in full (unlike the warm-up); a type that cannot be
  // loaded fails its own checks when they run.
  const loads = [...types].map((type) => loadCheckModule(type).then((module) => module.load?.()).catch(() => undefined));
  await Promise.all([loadLibraries(librariesOf(checks, input.ready)), ...loads]);
  await warmUp(runnable);
  const notReady = input.ready ? await waitUntilReady(input.ready) : undefined;
  const notRun = notReady ? 'not run: the preview never became ready' : undefined;
  const outcomes: CheckOutcome[] = new Array(checks.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < checks.length) {
      const index = next++;
      const check = checks[index]!;
      const outcome = redactOutcome(await runCheck(check, notRun, compared?.has(check.index) ?? false), secrets);
      outcomes[index] = outcome;
      options.onCheckDone?.(outcome, ++done, checks.length);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency, checks.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return notReady ? { outcomes, notReady: redactNotReady(notReady, secrets) } : { outcomes };
}

/**
 * What the checks will ask for: their assertions' JSONPaths (those not plain) and JSON Schemas
 * read directly, and whatever the generous walk finds in the requests of types that nest
 * assertions or extractions (multistep steps, websocket messages) and in the ready wait. An http
 * request holds neither: walking 5,000 of them (URLs, headers, TLS settings) cost some 40 ms.
 */
function librariesOf(checks: readonly ResolvedCheck[], ready: ReadyWait | undefined): Set<LibraryName> {
  const nested: unknown[] = [ready];
  const found = new Set<LibraryName>();
  for (const check of checks) {
    for (const assertion of check.assertions) {
      // A plain path is walked without it (assertions/json-query.ts), as librariesFor says too.
      if (assertion.path !== undefined && !isPlainPath(assertion.path)) found.add('jsonpath-plus');
      if (assertion.type === 'jsonSchema') found.add('ajv');
    }
    if (check.type !== 'http') nested.push(check.request);
  }
  for (const library of librariesFor(nested)) found.add(library);
  return found;
}

async function runCheck(check: ResolvedCheck, notRun: string | undefined, keepsExcerpt: boolean): Promise<CheckOutcome> {
  const started = performance.now();
  if (check.skip) return unrun(check, { error: null, skipped: true });
  if (check.invalid) return unrun(check, { error: check.invalid });
  if (notRun) return unrun(check, { error: null, skipped: true, notRun });
  let runOnce: () => Promise<AttemptResult | SequenceAttempt>;
  try {
    // A multistep check reruns its whole sequence, with a fresh session, at each attempt.
    if (check.type === 'multistep') runOnce = () => runMultistepAttempt(check);
    else {
      const module = await loadCheckModule(check.type);
      runOnce = () => runAttempt(check, module);
    }
  } catch (error) {
    const info = probeError('UNKNOWN', 'UNKNOWN', `The ${check.type} check could not be loaded: ${(error as Error).message}`).toInfo();
    return unrun(check, { error: info });
  }
  let attempt: AttemptResult | SequenceAttempt;
  let attempts = 0;
  for (;;) {
    attempts++;
    attempt = await runOnce();
    const retry = attempt.error && !NOT_RETRIED.has(attempt.error.category) && attempts <= check.retry.count;
    if (!retry) break;
    await sleep(check.retry.intervalMs);
  }
  const seen = attempt.observation;
  const sequence = 'steps' in attempt ? attempt : undefined;
  const outcome: CheckOutcome = {
    // Built without the request at once: redactOutcome then has nothing to copy when no secret is to be masked.
    check: withoutRequest(check),
    error: attempt.error,
    skipped: false,
    assertions: attempt.assertions,
    timings: attempt.timings,
    attempts,
    protocol: seen?.protocol,
    tls: seen?.tls,
    statusCode: seen?.statusCode,
    // Only failures show an excerpt (reports, summary, terminal): a passed check holds none for the rest of the run.
    excerpt: attempt.error || keepsExcerpt ? seen?.excerpt : undefined,
    ...(attempt.proxy ? { proxy: attempt.proxy } : {}),
    durationMs: Math.round(performance.now() - started),
    ...(sequence ? { steps: sequence.steps } : {}),
  };
  return sequence ? redactOutcome(outcome, sequence.secrets) : outcome;
}

/** The outcome of a check that did not run: skipped, invalid, or waiting for a preview that never became ready. */
function unrun(check: ResolvedCheck, fields: Pick<CheckOutcome, 'error'> & Partial<Pick<CheckOutcome, 'skipped' | 'notRun'>>): CheckOutcome {
  return { check, assertions: [], timings: {}, attempts: 0, skipped: false, durationMs: 0, ...fields };
}
