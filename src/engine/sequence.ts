// The steps of one attempt of a multistep check: in order, under the sequence's deadline (its
// overall timeout), sharing one session (extracted values, cookies). A step's own `retry`
// retries that step; the first failing step ends the sequence unless it may fail.
import { setTimeout as sleep } from 'node:timers/promises';
import { capture } from '../assertions/capture.js';
import { extractionsReadBody, keepingWholeBody } from '../checks/http-body.js';
import { loadCheckModule } from '../checks/index.js';
import type { CheckModule, StepSession } from '../checks/types.js';
import { classify } from '../errors/classify.js';
import { probeError } from '../errors/probe-error.js';
import type { ProbeErrorInfo, ResolvedCheck, ResolvedStep, StepStatus } from '../model.js';
import { runAttempt, type AttemptResult } from './attempt.js';
import type { Deadline } from './deadline.js';
import { NOT_RETRIED } from './retry.js';

export interface SequenceOptions {
  /** The whole sequence's deadline (its overall timeout); each step also keeps its own. */
  readonly deadline: Deadline;
  readonly session: StepSession;
}

export interface StepRun {
  readonly step: ResolvedStep;
  readonly status: StepStatus;
  /** Absent for a step that did not run. */
  readonly result?: AttemptResult;
  readonly attempts: number;
  /** The values this step extracted, unmasked (the engine masks the secret ones). */
  readonly extracted: ReadonlyMap<string, string>;
}

export async function runSequence(steps: readonly ResolvedStep[], options: SequenceOptions): Promise<StepRun[]> {
  const runs: StepRun[] = [];
  let stopped = false;
  for (const step of steps) {
    if (stopped) {
      runs.push({ step, status: 'not_run', attempts: 0, extracted: new Map() });
      continue;
    }
    const run = step.bind ? await runCheckStep(step, options) : await runWait(step, options.deadline);
    runs.push(run);
    if (run.status === 'failed') stopped = true;
  }
  return runs;
}

async function runWait(step: ResolvedStep, deadline: Deadline): Promise<StepRun> {
  const started = performance.now();
  let error: ProbeErrorInfo | null = null;
  try {
    await sleep(Math.min(step.waitMs ?? 0, 2 ** 31 - 1), undefined, { signal: deadline.signal });
  } catch {
    error = classify(deadline.reason).toInfo();
  }
  const result = { error, assertions: [], timings: { total: performance.now() - started } };
  return { step, status: statusOf(step, error), result, attempts: 1, extracted: new Map() };
}

async function runCheckStep(step: ResolvedStep, { deadline, session }: SequenceOptions): Promise<StepRun> {
  let check: ResolvedCheck;
  let module: CheckModule;
  try {
    const bound = step.bind!(session.variables);
    if ('error' in bound) return notSent(step, bound.error);
    // An extraction from the body reads all of it, which its assertions alone may not ask to keep.
    check = extractionsReadBody(step.extract) ? keepingWholeBody(bound.check) : bound.check;
    module = await loadCheckModule(check.type);
  } catch (error) {
    return notSent(step, classify(error).toInfo());
  }
  let attempts = 0;
  for (;;) {
    attempts++;
    const attempt = await runAttempt(check, module, { parent: deadline, session });
    const extracted = new Map<string, string>();
    const result = attempt.error ? attempt : withExtraction(step, attempt, extracted);
    const retry = result.error && !NOT_RETRIED.has(result.error.category) && attempts <= check.retry.count && !deadline.ended;
    if (!retry) {
      for (const [name, value] of extracted) session.variables.set(name, value);
      return { step, status: statusOf(step, result.error), result, attempts, extracted };
    }
    try {
      await sleep(check.retry.intervalMs, undefined, { signal: deadline.signal });
    } catch {
      return { step, status: statusOf(step, result.error), result: { ...result, error: classify(deadline.reason).toInfo() }, attempts, extracted: new Map() };
    }
  }
}

/** Takes the step's values from a passed attempt; the first that is not there fails the step. */
function withExtraction(step: ResolvedStep, attempt: AttemptResult, extracted: Map<string, string>): AttemptResult {
  for (const extraction of step.extract) {
    const { value, reason } = capture(extraction, attempt.observation ?? { timings: {} });
    if (value === undefined) {
      extracted.clear();
      const what = extraction.path ?? extraction.property;
      const source = `${extraction.from}${what ? ` ${what}` : ''}${extraction.regex ? ` with regex ${extraction.regex.source}` : ''}`;
      const detail = `Step "${step.name}" extracted nothing for ${extraction.name} (from ${source}, line ${extraction.location.line})${reason ? `: ${reason}` : ''}`;
      return { ...attempt, error: probeError('INCORRECT_ASSERTION', 'NOTHING_EXTRACTED', detail).toInfo() };
    }
    extracted.set(extraction.name, value);
  }
  return attempt;
}

function notSent(step: ResolvedStep, error: ProbeErrorInfo): StepRun {
  return { step, status: statusOf(step, error), result: { error, assertions: [], timings: {} }, attempts: 0, extracted: new Map() };
}

function statusOf(step: ResolvedStep, error: ProbeErrorInfo | null): StepStatus {
  if (!error) return 'passed';
  return step.allowFailure ? 'allowed_failure' : 'failed';
}
