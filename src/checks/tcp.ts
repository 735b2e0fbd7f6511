// The tcp check: opens one TCP connection and closes it. `connection` is `established`,
// `refused` or `timeout`; a refusal or a timeout is an error unless the check's `connection`
// assertions accept it, in which case it is what the check observed (a port that must stay
// closed, a firewall that must drop). `isNot refused` and `isNot timeout` are refused at load:
// each passes on two outcomes, one of them a failure (`isNot refused` on a port that drops SYNs).
import net from 'node:net';
import { compareAtOnce } from '../assertions/operators.js';
import { isRefused } from '../errors/system.js';
import type { Observation, Operator } from '../model.js';
import { hostPort, rawAssertions, readHost, readPort } from './fields.js';
import { readIpFamily, type IpFamily } from './ip-family.js';
import { InvalidField, type CheckModule, type RawCheck, type RunContext } from './types.js';

export type ConnectionOutcome = 'established' | 'refused' | 'timeout';

export interface TcpRequest {
  readonly host: string;
  readonly port: number;
  /** Failures the assertions expect, observed rather than thrown. */
  readonly accepts: { readonly refused: boolean; readonly timeout: boolean };
  readonly ipFamily?: IpFamily;
}

// An expected timeout must be observed before the attempt's own deadline, which would end it as TIMEOUT.
const EXPECTED_TIMEOUT_MARGIN_MS = 250;

export const tcpCheck: CheckModule<TcpRequest> = {
  type: 'tcp',
  prepare(check) {
    const host = readHost(check.request.host, ['request', 'host']);
    const port = readPort(check.request.port, ['request', 'port']);
    return { request: { host, port, accepts: acceptedFailures(check), ipFamily: readIpFamily(check, host) }, target: hostPort(host, port) };
  },
  run: runTcp,
};

const OUTCOMES: readonly string[] = ['established', 'refused', 'timeout'];

// `isNot established` stays: a port that must not be open, which a refusal and a timeout both satisfy.
const AMBIGUOUS_NEGATIONS: Readonly<Record<string, string>> = {
  refused:
    '`isNot refused` passes on both other outcomes, `established` and `timeout` (a port that drops connections, which is not open): for an open port write `is established`',
  timeout:
    '`isNot timeout` passes on both other outcomes, `established` and `refused` (nothing listens): for an open port write `is established`, for a port that must not be open `isNot established`',
};

/**
 * The failures the `connection` assertions expect: those on which every one of them passes.
 * A target that is no outcome (`connection is open`) would never pass, so it is refused here.
 */
function acceptedFailures(check: RawCheck): TcpRequest['accepts'] {
  const connection = rawAssertions(check).filter(({ assertion }) => assertion.type === 'connection');
  for (const { assertion, index } of connection) {
    if ((assertion.operator === 'is' || assertion.operator === 'isNot') && !OUTCOMES.includes(String(assertion.target))) {
      throw new InvalidField(['assertions', index, 'target'], `"${String(assertion.target)}" is not a connection outcome (${OUTCOMES.join(', ')})`);
    }
    const ambiguous = assertion.operator === 'isNot' ? AMBIGUOUS_NEGATIONS[String(assertion.target)] : undefined;
    if (ambiguous) throw new InvalidField(['assertions', index, 'operator'], ambiguous);
  }
  // A regex that needs a worker (an answer later) is not tested and accepts nothing: the failure stays a failure.
  const accepts = (outcome: ConnectionOutcome) =>
    connection.length > 0 && connection.every(({ assertion }) => compareAtOnce(assertion.operator as Operator, outcome, assertion.target)?.passed === true);
  return { refused: accepts('refused'), timeout: accepts('timeout') };
}

function runTcp(request: TcpRequest, { signal, timer, deadline }: RunContext): Promise<Observation> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: request.host, port: request.port, signal, ...(request.ipFamily ? { family: request.ipFamily } : {}) });
    let expectedTimeout: NodeJS.Timeout | undefined;
    const observe = (connection: ConnectionOutcome) => {
      clearTimeout(expectedTimeout);
      socket.destroy();
      resolve({ timings: timer.timings(), values: { connection } });
    };
    // An expected timeout is the request timeout running out. When the overall timeout is
    // shorter, the attempt never waits that long: its deadline ends it as OVERALL_TIMEOUT.
    if (request.accepts.timeout && deadline.kind === 'request') {
      const margin = Math.min(EXPECTED_TIMEOUT_MARGIN_MS, deadline.limitMs / 10);
      expectedTimeout = setTimeout(() => observe('timeout'), Math.max(deadline.remainingMs() - margin, 0));
    }
    socket.once('lookup', (error) => error || timer.mark('dnsDone'));
    socket.once('connect', () => {
      timer.mark('connectDone');
      observe('established');
    });
    socket.once('error', (error) => {
      if (request.accepts.refused && isRefused(error)) return observe('refused');
      clearTimeout(expectedTimeout);
      reject(error);
    });
  });
}
