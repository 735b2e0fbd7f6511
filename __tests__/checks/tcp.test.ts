import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model.js';
import { startUnansweredTcpPort, type DnsPeer } from '../helpers/network-peers.js';
import { checkNamed, runManifestText } from '../helpers/run.js';
import { expectScenario, scenarioManifest, type Scenario } from '../helpers/scenarios.js';
import { closedPort, startRawServer, type Peer } from '../helpers/servers.js';

let open: Peer;
let open6: Peer;
let unanswered: DnsPeer;
let closed: number;

beforeAll(async () => {
  open = await startRawServer((socket) => socket.end());
  open6 = await startRawServer((socket) => socket.end(), '::1');
  unanswered = await startUnansweredTcpPort();
  closed = await closedPort();
});

afterAll(async () => {
  await Promise.all([open.close(), open6.close(), unanswered.close()]);
});

interface TcpScenario extends Scenario {
  /** For checks that pass: the connection outcome they observed. */
  readonly observed?: string;
}

const scenarios: TcpScenario[] = [
  {
    name: 'an open port passes as established',
    check: () => `request: { host: 127.0.0.1, port: ${open.port} }
    assertions:
      - { type: connection, operator: is, target: established }
      - { type: responseTime, operator: lessThan, target: 30000 }`,
    category: null,
    observed: 'established',
  },
  {
    name: 'an open port on ::1 passes, the port given as a string',
    check: () => `request: { host: "::1", port: "${open6.port}" }`,
    category: null,
  },
  {
    name: 'a closed port is CONNREFUSED',
    check: () => `request: { host: 127.0.0.1, port: ${closed} }`,
    category: 'CONNREFUSED',
    message: /^Connection refused by 127\.0\.0\.1:\d+\. Check that the service is running/,
  },
  {
    name: 'a closed port is still CONNREFUSED when the assertion expects it open',
    check: () => `request: { host: 127.0.0.1, port: ${closed} }
    assertions:
      - { type: connection, operator: is, target: established }`,
    category: 'CONNREFUSED',
  },
  {
    name: 'a closed port passes when the assertion expects a refusal',
    check: () => `request: { host: 127.0.0.1, port: ${closed} }
    assertions:
      - { type: connection, operator: is, target: refused }`,
    category: null,
    observed: 'refused',
  },
  {
    name: 'a port that must stay closed but is open is INCORRECT_ASSERTION',
    check: () => `request: { host: 127.0.0.1, port: ${open.port} }
    assertions:
      - { type: connection, operator: is, target: refused }`,
    category: 'INCORRECT_ASSERTION',
    message: /connection: expected is `refused`, actual `established`/,
  },
  {
    name: 'a port that never answers is TIMEOUT',
    check: () => `request: { host: 127.0.0.1, port: ${unanswered.port} }
    timeout: 500ms`,
    category: 'TIMEOUT',
    code: 'REQUEST_TIMEOUT',
    message: /^No answer within the request timeout of 500 ms while waiting for the connection\./,
  },
  {
    name: 'a port that never answers passes when the assertion expects a timeout',
    check: () => `request: { host: 127.0.0.1, port: ${unanswered.port} }
    timeout: 500ms
    assertions:
      - { type: connection, operator: is, target: timeout }`,
    category: null,
    observed: 'timeout',
  },
  {
    name: 'an expected timeout is OVERALL_TIMEOUT, not a pass, when the overall timeout is shorter than the request timeout',
    check: () => `request: { host: 127.0.0.1, port: ${unanswered.port} }
    timeout: 5s
    overall_timeout: 400ms
    assertions:
      - { type: connection, operator: is, target: timeout }`,
    category: 'TIMEOUT',
    code: 'OVERALL_TIMEOUT',
    message: /^The attempt did not complete within the overall timeout of 400 ms while waiting for the connection\./,
  },
  {
    name: 'isNot established accepts a refusal',
    check: () => `request: { host: 127.0.0.1, port: ${closed} }
    assertions:
      - { type: connection, operator: isNot, target: established }`,
    category: null,
    observed: 'refused',
  },
  {
    name: 'isNot refused is INVALID_REQUEST: it would pass on a port that drops connections',
    check: () => `request: { host: 127.0.0.1, port: ${unanswered.port} }
    timeout: 500ms
    assertions:
      - { type: connection, operator: isNot, target: refused }`,
    category: 'INVALID_REQUEST',
    message: /assertions\[0\]\.operator: `isNot refused` passes on both other outcomes, `established` and `timeout` \(a port that drops connections, which is not open\): for an open port write `is established`/,
  },
  {
    name: 'isNot timeout is INVALID_REQUEST: it would pass on a refusal',
    check: () => `request: { host: 127.0.0.1, port: ${closed} }
    assertions:
      - { type: connection, operator: isNot, target: timeout }`,
    category: 'INVALID_REQUEST',
    message: /assertions\[0\]\.operator: `isNot timeout` passes on both other outcomes, `established` and `refused` \(nothing listens\): for an open port write `is established`, for a port that must not be open `isNot established`/,
  },
  {
    name: 'a host under .invalid is DNS NXDOMAIN',
    check: () => `request: { host: probe.invalid, port: 443 }`,
    category: 'DNS',
    code: 'NXDOMAIN',
    message: /The name probe\.invalid does not resolve \(NXDOMAIN\)/,
  },
  {
    name: 'a connection target that is no outcome is INVALID_REQUEST',
    check: () => `request: { host: 127.0.0.1, port: ${open.port} }
    assertions:
      - { type: connection, operator: is, target: open }`,
    category: 'INVALID_REQUEST',
    message: /assertions\[0\]\.target: "open" is not a connection outcome \(established, refused, timeout\)/,
  },
  {
    name: 'a port that is not a number is INVALID_REQUEST',
    check: () => `request: { host: 127.0.0.1, port: "https" }`,
    category: 'INVALID_REQUEST',
    message: /request\.port: "https" is not a port \(a whole number from 1 to 65535\)/,
  },
];

describe('tcp check against loopback peers', () => {
  let run: RunResult;
  beforeAll(async () => {
    run = await runManifestText(scenarioManifest('tcp', scenarios));
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_, scenario) => {
    const result = checkNamed(run, scenario.name);
    expectScenario(result, scenario);
    if (scenario.observed) expect(result.assertions.find((a) => a.type === 'connection')?.actual).toBe(scenario.observed);
  });

  it('times the connection of an established check', () => {
    const result = checkNamed(run, 'an open port passes as established');
    expect(Object.keys(result.timings).sort()).toEqual(['connect', 'total']);
  });
});
