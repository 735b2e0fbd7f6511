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
  const deadline = new Deadline(check);
  // The assertions' own bound: a regex cannot be interrupted by the deadline's timer.
  const assertionDeadline = { at: performance.now() + check.overallTimeoutMs, limitMs: check.overallTimeoutMs };
  try {
    const observation = await deadline.race(module.run(check.request, { signal: deadline.signal, timer, timeoutMs: check.timeoutMs }));
    const assertions = evaluate(check.assertions, observation, assertionDeadline);
    const error = observation.error === undefined ? verdict(observation, assertions) : classify(observation.error).toInfo();
    return { error, assertions, timings: observation.timings, observation };
  } catch (error) {
    const cause = deadline.signal.aborted ? deadline.signal.reason : error;
    if (cause instanceof DeadlineExceeded) cause.pendingPhase = timer.pendingPhase();
    return { error: classify(cause).toInfo(), assertions: [], timings: timer.timings() };
  } finally {
    deadline.clear();
  }
}

/**
 * The attempt's deadline: the request timeout, or the overall one when it is shorter. Only the
 * probe can outlast it: the assertions that follow run synchronously, so no timer fires among them.
 */
class Deadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private expire?: (reason: DeadlineExceeded) => void;

  constructor(check: ResolvedCheck) {
    const [kind, limitMs] = check.overallTimeoutMs < check.timeoutMs ? (['overall', check.overallTimeoutMs] as const) : (['request', check.timeoutMs] as const);
    this.timer = setTimeout(() => {
      const reason = new DeadlineExceeded(kind, limitMs);
      this.controller.abort(reason);
      this.expire?.(reason);
    }, limitMs);
  }

  /** What the probe is given: aborted when the deadline runs out. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Settles as the probe does, or rejects when the deadline runs out, even if the probe ignores its signal. */
  race<T>(probe: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.expire = reject;
      probe.then(resolve, reject);
    });
  }

  clear(): void {
    clearTimeout(this.timer);
  }
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
