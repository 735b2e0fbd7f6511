// One attempt of a multistep check: a fresh session (no values, an empty cookie jar), the
// sequence under its overall timeout, and the outcome of its steps. The check's error is its
// failing step's, with `step`; the secret values it extracted are returned to be masked.
import type { StepSession } from '../checks/types.js';
import type { MultistepRequest, ProbeErrorInfo, ResolvedCheck, StepOutcome } from '../model.js';
import { createCookieJar } from '../net/cookies.js';
import type { AttemptResult } from './attempt.js';
import { Deadline } from './deadline.js';
import { MASK } from './redact.js';
import { runSequence, type StepRun } from './sequence.js';

export interface SequenceAttempt extends AttemptResult {
  readonly steps: readonly StepOutcome[];
  /** Values of `secret: true` extractions, never to be shown. */
  readonly secrets: readonly string[];
}

export async function runMultistepAttempt(check: ResolvedCheck): Promise<SequenceAttempt> {
  const request = check.request as MultistepRequest;
  const started = performance.now();
  const session: StepSession = { variables: new Map(), ...(request.cookies ? { cookies: await createCookieJar() } : {}) };
  const deadline = new Deadline({ requestMs: Infinity, overallMs: check.overallTimeoutMs });
  let runs: StepRun[];
  try {
    runs = await runSequence(request.steps, { deadline, session });
  } finally {
    deadline.clear();
  }
  const secrets = runs.flatMap((run) => run.step.extract.filter((e) => e.secret && run.extracted.has(e.name)).map((e) => run.extracted.get(e.name)!));
  const failingIndex = runs.findIndex((run) => run.status === 'failed');
  const failing = runs[failingIndex];
  return {
    error: failing ? stepError(failing.result!.error!, failingIndex, failing.step.name) : null,
    assertions: failing?.result?.assertions ?? [],
    timings: { total: performance.now() - started },
    ...(failing?.result?.observation ? { observation: failing.result.observation } : {}),
    // The check names the proxy of its failing step, as it shows that step's error.
    ...(failing?.result?.proxy ? { proxy: failing.result.proxy } : {}),
    steps: runs.map(stepOutcome),
    secrets,
  };
}

function stepError(error: ProbeErrorInfo, index: number, name: string): ProbeErrorInfo {
  return { ...error, message: `Step ${index + 1} "${name}": ${error.message}`, step: { index, name } };
}

function stepOutcome(run: StepRun): StepOutcome {
  const { step, result } = run;
  const secret = new Set(step.extract.filter((e) => e.secret).map((e) => e.name));
  const seen = result?.observation;
  return {
    name: step.name,
    type: step.type,
    status: run.status,
    error: result?.error ?? null,
    assertions: result?.assertions ?? [],
    timings: result?.timings ?? {},
    attempts: run.attempts,
    extracted: Object.fromEntries([...run.extracted].map(([name, value]) => [name, secret.has(name) ? MASK : value])),
    location: step.location,
    ...(seen?.statusCode !== undefined ? { statusCode: seen.statusCode } : {}),
    ...(seen?.excerpt && run.status !== 'passed' ? { excerpt: seen.excerpt } : {}),
    ...(result?.proxy ? { proxy: result.proxy } : {}),
  };
}
