// One attempt of one check: its deadline, the probe, the assertions, and the judgement of what
// was observed.
import { evaluate, type AssertionDeadline } from '../assertions/index.js';
import { describeFailure } from '../assertions/describe.js';
import { compareAtOnce } from '../assertions/operators.js';
import { familyMiss, type IpFamily } from '../checks/ip-family.js';
import type { CheckModule, RunContext, StepSession } from '../checks/types.js';
import { classify } from '../errors/classify.js';
import { probeError } from '../errors/probe-error.js';
import type { AssertionResult, Observation, ProbeErrorInfo, ResolvedCheck, Timings } from '../model.js';
import { PhaseTimer } from '../net/timing.js';
import { Deadline } from './deadline.js';

export interface AttemptResult {
  readonly error: ProbeErrorInfo | null;
  readonly assertions: readonly AssertionResult[];
  readonly timings: Timings;
  readonly observation?: Observation;
  /** The forward proxy of the attempt's last hop through one (a redirect may change it), or the one it was to go through when it failed (`http://host:port`). */
  readonly proxy?: string;
}

export interface AttemptOptions {
  /** The deadline of a sequence this attempt is a step of: when it runs out, so does the step. */
  readonly parent?: Deadline;
  /** What the steps of one sequence share (variables, cookies); absent for a check on its own. */
  readonly session?: StepSession;
}

export async function runAttempt(check: ResolvedCheck, module: CheckModule, options: AttemptOptions = {}): Promise<AttemptResult> {
  const timer = new PhaseTimer();
  // The assertions' own bound, from the attempt's start: a regex cannot be interrupted by a timer.
  const assertionDeadline = assertionBound(check, options.parent);
  const limits = { requestMs: check.timeoutMs, overallMs: check.overallTimeoutMs };
  const deadline = new Deadline(limits, { parent: options.parent, pendingPhase: () => timer.pendingPhase() });
  const context = new AttemptContext(timer, deadline, options.session);
  try {
    const observation = await deadline.race(module.run(check.request, context));
    return withProxy(await judged(check, observation, assertionDeadline), context.proxy);
  } catch (error) {
    const cause: unknown = deadline.ended ? deadline.reason : error;
    return withProxy({ error: classify(await explained(cause, check, deadline)).toInfo(), assertions: [], timings: timer.timings() }, context.proxy);
  } finally {
    deadline.clear();
  }
}

/**
 * When the assertions must be done: the attempt's overall timeout, or the end of the sequence it
 * is a step of when that comes first (a step's `overall_timeout` defaults to 60 s, its sequence's
 * may be 2 s), with the limit that applies named in the message.
 */
function assertionBound(check: ResolvedCheck, parent: Deadline | undefined): AssertionDeadline {
  const now = performance.now();
  const own = { at: now + check.overallTimeoutMs, limitMs: check.overallTimeoutMs };
  if (!parent) return own;
  const sequenceAt = now + parent.remainingMs();
  return sequenceAt < own.at ? { at: sequenceAt, limitMs: parent.limitMs } : own;
}

/** The error as it is, or as a missing record of the family the check asks for (ip_family), looked up within the deadline. */
async function explained(cause: unknown, check: ResolvedCheck, deadline: Deadline): Promise<unknown> {
  const family = (check.request as { ipFamily?: IpFamily } | undefined)?.ipFamily;
  if (!family || deadline.ended) return cause;
  return (await deadline.race(familyMiss(cause, family)).catch(() => undefined)) ?? cause;
}

function withProxy(result: AttemptResult, proxy: string | undefined): AttemptResult {
  return proxy === undefined ? result : { ...result, proxy };
}

/** What a check's run gets; its signal is made only for the checks that use it (see Deadline). */
class AttemptContext implements RunContext {
  /** The last forward proxy the attempt went through: a redirect's hop may use another, and its failure is that proxy's. */
  proxy?: string;

  constructor(
    readonly timer: PhaseTimer,
    readonly deadline: Deadline,
    readonly session: StepSession | undefined,
  ) {}

  get signal(): AbortSignal {
    return this.deadline.signal;
  }

  throughProxy(proxy: string): void {
    this.proxy = proxy;
  }
}

/**
 * The observation judged by the assertions; a regex still running at its deadline is
 * TIMEOUT:OVERALL_TIMEOUT. A promise only when a regex runs in the worker.
 */
function judged(check: ResolvedCheck, observation: Observation, deadline: AssertionDeadline): AttemptResult | Promise<AttemptResult> {
  try {
    const evaluated = evaluate(check.assertions, observation, deadline);
    if (!(evaluated instanceof Promise)) return verdict(observation, evaluated);
    return evaluated.then((assertions) => verdict(observation, assertions)).catch((error: unknown) => unjudged(observation, error));
  } catch (error) {
    return unjudged(observation, error);
  }
}

// Not the attempt's deadline, which may have fired meanwhile: the regex is what ran out of time.
function unjudged(observation: Observation, error: unknown): AttemptResult {
  return { error: classify(error).toInfo(), assertions: [], timings: observation.timings };
}

function verdict(observation: Observation, evaluated: AssertionResult[]): AttemptResult {
  // A conversation's assertions (websocket `messages`) were judged by the probe as it went.
  const assertions = observation.assertions ? [...observation.assertions, ...evaluated] : evaluated;
  return { error: judge(observation, assertions), assertions, timings: observation.timings, observation };
}

/**
 * A statusCode assertion that the refusal passed and a 200 would have failed (`is 401`, `isNot
 * 200`, `moreThanOrEqual 400`): the check expects its credentials to be refused. One a 200 passes
 * too (`isNot 500`, `lessThan 500`) says nothing of the refusal, which then fails the check.
 */
function expectsRefusal(assertion: AssertionResult): boolean {
  if (assertion.type !== 'statusCode' || !assertion.passed) return false;
  // A regex test that needs a worker is not made here: the refusal then fails the check.
  const onSuccess = compareAtOnce(assertion.operator, 200, assertion.target);
  return onSuccess !== undefined && !onSuccess.passed;
}

/**
 * Rejected credentials nobody expected, else the error the probe met after observing (it wins
 * over the assertions), else the failed assertions; null when the attempt passed.
 */
function judge(observation: Observation, assertions: readonly AssertionResult[]): ProbeErrorInfo | null {
  const rejected = observation.credentialsRejected;
  if (rejected && !assertions.some(expectsRefusal)) {
    return probeError('AUTHENTICATION_ERROR', 'AUTHENTICATION_ERROR', rejected.message).toInfo();
  }
  if (observation.error !== undefined) return classify(observation.error).toInfo();
  const failed = assertions.filter((a) => !a.passed);
  if (failed.length === 0) return null;
  return probeError('INCORRECT_ASSERTION', 'INCORRECT_ASSERTION', failed.map(describeFailure).join('; ')).toInfo();
}
