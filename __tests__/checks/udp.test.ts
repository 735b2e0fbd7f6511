import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model.js';
import { closedUdpPort, startUdpServer, type DnsPeer } from '../helpers/network-peers.js';
import { checkNamed, observeCheck, runManifestText } from '../helpers/run.js';
import { expectScenario, scenarioManifest, type Scenario } from '../helpers/scenarios.js';

let echo: DnsPeer;
let echo6: DnsPeer;
let silent: DnsPeer;
let closed: number;
let closed6: number;

beforeAll(async () => {
  echo = await startUdpServer((message) => `echo: ${message.toString()}`);
  echo6 = await startUdpServer((message) => `echo6: ${message.toString()}`, '::1');
  silent = await startUdpServer(() => undefined);
  closed = await closedUdpPort();
  closed6 = await closedUdpPort('::1');
});

afterAll(async () => {
  await Promise.all([echo.close(), echo6.close(), silent.close()]);
});

const scenarios: Scenario[] = [
  {
    name: 'an echo server passes with the reply as receivedMessage',
    check: () => `request: { host: 127.0.0.1, port: ${echo.port}, message: ping }
    assertions:
      - { type: receivedMessage, operator: is, target: "echo: ping" }
      - { type: receivedMessage, operator: matches, target: "^echo" }
      - { type: responseTime, operator: lessThan, target: 30000 }`,
    category: null,
  },
  {
    name: 'an echo server on ::1 passes',
    check: () => `request: { host: "::1", port: ${echo6.port}, message: hello }
    assertions:
      - { type: receivedMessage, operator: contains, target: "echo6: hello" }`,
    category: null,
  },
  {
    name: 'a reply other than expected is INCORRECT_ASSERTION',
    check: () => `request: { host: 127.0.0.1, port: ${echo.port}, message: status }
    assertions:
      - { type: receivedMessage, operator: is, target: OK }`,
    category: 'INCORRECT_ASSERTION',
    message: /receivedMessage: expected is `OK`, actual `echo: status`/,
  },
  {
    name: 'a peer that never replies is TIMEOUT',
    check: () => `request: { host: 127.0.0.1, port: ${silent.port}, message: ping }
    timeout: 300ms`,
    category: 'TIMEOUT',
    code: 'REQUEST_TIMEOUT',
    message: /^No answer within the request timeout of 300 ms while waiting for a reply datagram from 127\.0\.0\.1:\d+\./,
  },
  {
    name: 'a closed port (ICMP port unreachable) is CONNREFUSED',
    check: () => `request: { host: 127.0.0.1, port: ${closed}, message: ping }`,
    category: 'CONNREFUSED',
    message: /^Connection refused by 127\.0\.0\.1:\d+\. Check that the service is running/,
  },
  {
    name: 'a closed port on ::1 is CONNREFUSED',
    check: () => `request: { host: "::1", port: ${closed6}, message: ping }`,
    category: 'CONNREFUSED',
    message: /^Connection refused by \[::1\]:\d+\./,
  },
  {
    name: 'a host under .invalid is DNS NXDOMAIN',
    check: () => `request: { host: probe.invalid, port: 53, message: ping }`,
    category: 'DNS',
    code: 'NXDOMAIN',
    message: /The name probe\.invalid does not resolve \(NXDOMAIN\)/,
  },
  {
    name: 'a message over 65,507 bytes to an IPv4 address is INVALID_REQUEST at load, not a TIMEOUT',
    check: () => `request: { host: 127.0.0.1, port: ${echo.port}, message: "${'A'.repeat(65_508)}" }
    timeout: 300ms`,
    category: 'INVALID_REQUEST',
    message: /request\.message: the message is 65,508 bytes \(UTF-8\), more than one UDP datagram carries over IPv4: at most 65,507 bytes/,
  },
  {
    name: 'a message over 65,507 bytes to a name is INVALID_REQUEST: the name may resolve to IPv4',
    check: () => `request: { host: localhost, port: ${echo.port}, message: "${'é'.repeat(32_754)}" }
    timeout: 300ms`,
    category: 'INVALID_REQUEST',
    message: /the message is 65,508 bytes \(UTF-8\), more than one UDP datagram carries over IPv4 \(the smaller limit: the name may resolve to either family; ip_family 6 allows 65,527\): at most 65,507 bytes/,
  },
  {
    name: 'a port out of range is INVALID_REQUEST',
    check: () => `request: { host: 127.0.0.1, port: "70000", message: ping }`,
    category: 'INVALID_REQUEST',
    message: /request\.port: "70000" is not a port/,
  },
];

describe('udp check against loopback peers', () => {
  let run: RunResult;
  beforeAll(async () => {
    run = await runManifestText(scenarioManifest('udp', scenarios));
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_, scenario) => {
    const result = checkNamed(run, scenario.name);
    expectScenario(result, scenario);
    if (scenario.category === null) expect(result.assertions.length).toBeGreaterThan(0);
  });

  it('keeps the reply as the excerpt, for the report of a failure, and times only the wait for it', async () => {
    const result = checkNamed(run, 'an echo server passes with the reply as receivedMessage');
    const observed = await observeCheck(scenarioManifest('udp', scenarios), 'an echo server passes with the reply as receivedMessage');
    expect(observed?.excerpt).toBe('echo: ping');
    expect(Object.keys(result.timings).sort()).toEqual(['firstByte', 'total']);
  });
});

describe('udp message size on IPv6', () => {
  // IPv6's limit is its own (65,527 bytes: its payload length leaves out its header), not IPv4's.
  it('refuses a message over 65,527 bytes to ::1 at load, and sends one over IPv4’s limit but within IPv6’s', async () => {
    const manifest = scenarioManifest('udp', [
      { name: 'too long', check: () => `request: { host: "::1", port: ${echo6.port}, message: "${'A'.repeat(65_528)}" }\n    timeout: 300ms`, category: 'INVALID_REQUEST' },
      { name: 'within', check: () => `request: { host: "::1", port: ${echo6.port}, message: "${'B'.repeat(65_520)}" }`, category: null },
    ]);
    const run = await runManifestText(manifest);
    expectScenario(checkNamed(run, 'too long'), {
      name: 'too long',
      check: () => '',
      category: 'INVALID_REQUEST',
      message: /request\.message: the message is 65,528 bytes \(UTF-8\), more than one UDP datagram carries over IPv6: at most 65,527 bytes/,
    });
    expect(checkNamed(run, 'within').error).toBeNull();
  });
});
