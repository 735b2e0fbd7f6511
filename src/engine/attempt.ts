// One attempt of one check: its deadlines, the probe, the assertions, and the classification
// of whatever went wrong.
import { evaluate } from '../assertions/index.js';
import type { CheckModule } from '../checks/types.js';
import { classify } from '../errors/classify.js';
import { DeadlineExceeded } from '../errors/deadline.js';
import { probeError } from '../errors/probe-error.js';
import type { AssertionResult, Observation, ProbeErrorInfo, ResolvedCheck, Timings } from '../model.js';
import { PhaseTimer } from '../net/timing.js';

export interface AttemptResult {
  readonly error: ProbeErrorInfo | null;
  readonly assertions: readonly AssertionResult[];
  readonly timings: Timings;
  readonly observation?: Observation;
}

export async function runAttempt(check: ResolvedCheck, module: CheckModule): Promise<AttemptResult> {
  const timer = new PhaseTimer();
  const deadlines = new Deadlines(check);
  try {
    const observation = await untilAborted(
      module.run(check.request, { signal: deadlines.signal, timer, timeoutMs: check.timeoutMs }),
      deadlines.signal,
    );
    deadlines.requestDone();
    const assertions = evaluate(check.assertions, observation);
    if (deadlines.signal.aborted) throw deadlines.signal.reason;
    const error = observation.error === undefined ? verdict(observation, assertions) : classify(observation.error).toInfo();
    return { error, assertions, timings: observation.timings, observation };
  } catch (error) {
    const cause = deadlines.signal.aborted ? deadlines.signal.reason : error;
    if (cause instanceof DeadlineExceeded) cause.pendingPhase = timer.pendingPhase();
    return { error: classify(cause).toInfo(), assertions: [], timings: timer.timings() };
  } finally {
    deadlines.clear();
  }
}

/** The request deadline covers the probe; the overall one covers probe plus assertions. */
class Deadlines {
  private readonly controller = new AbortController();
  private requestTimer?: NodeJS.Timeout;
  private readonly overallTimer: NodeJS.Timeout;

  constructor(check: ResolvedCheck) {
    this.requestTimer = setTimeout(() => this.abort(new DeadlineExceeded('request', check.timeoutMs)), check.timeoutMs);
    this.overallTimer = setTimeout(() => this.abort(new DeadlineExceeded('overall', check.overallTimeoutMs)), check.overallTimeoutMs);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  requestDone(): void {
    clearTimeout(this.requestTimer);
    this.requestTimer = undefined;
  }

  clear(): void {
    this.requestDone();
    clearTimeout(this.overallTimer);
  }

  private abort(reason: DeadlineExceeded): void {
    if (!this.controller.signal.aborted) this.controller.abort(reason);
  }
}

/** Rejects as soon as the signal aborts, even if a library ignores it. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Passed, AUTHENTICATION_ERROR for rejected credentials nobody expected, or INCORRECT_ASSERTION. */
function verdict(observation: Observation, assertions: readonly AssertionResult[]): ProbeErrorInfo | null {
  const rejectedStatus = observation.values?.credentialsRejected;
  const expected = assertions.some((a) => a.type === 'statusCode' && a.passed);
  if (rejectedStatus !== undefined && !expected) {
    return probeError('AUTHENTICATION_ERROR', 'AUTHENTICATION_ERROR', `The server answered ${String(rejectedStatus)} to the credentials the check sent`).toInfo();
  }
  const failed = assertions.filter((a) => !a.passed);
  if (failed.length === 0) return null;
  const described = failed.map(describeFailure).join('; ');
  return probeError('INCORRECT_ASSERTION', 'INCORRECT_ASSERTION', described).toInfo();
}

export function describeFailure(result: AssertionResult): string {
  const subject = [result.type, result.property, result.path].filter(Boolean).join(' ');
  const expected = result.operator === 'doesNotExist' ? 'doesNotExist' : `${result.operator} \`${show(result.target)}\``;
  const why = result.message ? ` (${result.message})` : '';
  return `${subject}: expected ${expected}, actual \`${show(result.actual)}\`${why}`;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
