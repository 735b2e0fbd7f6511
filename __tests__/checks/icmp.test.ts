import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parsePing } from '../../src/checks/icmp.js';
import type { RunResult } from '../../src/model.js';
import { checkNamed, observeCheck, runManifestText } from '../helpers/run.js';
import { expectScenario, scenarioManifest, type Scenario } from '../helpers/scenarios.js';

// The system ping (iputils) against loopback; CI installs it (apt-get install iputils-ping).

const scenarios: Scenario[] = [
  {
    name: 'pinging 127.0.0.1 passes with every packet back',
    check: () => `request: { host: 127.0.0.1, count: 3 }
    assertions:
      - { type: packetsReceived, operator: is, target: 3 }
      - { type: packetLossPercentage, operator: is, target: 0 }
      - { type: latency, property: avg, operator: lessThan, target: 1000 }
      - { type: latency, property: min, operator: lessThanOrEqual, target: 1000 }
      - { type: latency, property: max, operator: moreThan, target: 0 }
      - { type: latency, property: stddev, operator: lessThan, target: 1000 }`,
    category: null,
  },
  {
    name: 'pinging ::1 passes',
    check: () => `request: { host: "::1", count: 2 }
    assertions:
      - { type: packetsReceived, operator: is, target: 2 }`,
    category: null,
  },
  {
    name: 'four packets are sent by default',
    check: () => `request: { host: localhost }
    assertions:
      - { type: packetsReceived, operator: is, target: 4 }`,
    category: null,
  },
  {
    name: 'fewer replies than expected is INCORRECT_ASSERTION',
    check: () => `request: { host: 127.0.0.1, count: 1 }
    assertions:
      - { type: packetsReceived, operator: moreThanOrEqual, target: 2 }`,
    category: 'INCORRECT_ASSERTION',
    message: /packetsReceived: expected moreThanOrEqual `2`, actual `1`/,
  },
  {
    name: 'an unknown host is DNS NXDOMAIN',
    check: () => `request: { host: probe.invalid, count: 1 }`,
    category: 'DNS',
    code: 'NXDOMAIN',
    message: /^The name probe\.invalid does not resolve \(NXDOMAIN\)\. Check the host name for typos/,
  },
  {
    name: 'an unknown latency property is INVALID_REQUEST',
    check: () => `request: { host: 127.0.0.1, count: 1 }
    assertions:
      - { type: latency, property: p99, operator: lessThan, target: 10 }`,
    category: 'INVALID_REQUEST',
    message: /assertions\[0\]\.property: "p99" is not a latency property \(avg, min, max, stddev\)/,
  },
  {
    name: 'more than 10 packets is INVALID_REQUEST',
    check: () => `request: { host: 127.0.0.1, count: 11 }`,
    category: 'INVALID_REQUEST',
    message: /request\.count: must be <= 10/,
  },
];

describe('icmp check with the system ping on loopback', () => {
  let run: RunResult;
  beforeAll(async () => {
    run = await runManifestText(scenarioManifest('icmp', scenarios));
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_, scenario) => {
    expectScenario(checkNamed(run, scenario.name), scenario);
  });

  it('keeps ping’s summary as the excerpt, for the report of a failure', async () => {
    const observed = await observeCheck(scenarioManifest('icmp', scenarios), 'pinging 127.0.0.1 passes with every packet back');
    expect(observed?.excerpt).toMatch(/^3 packets transmitted, 3 received, 0% packet loss.*\nrtt min\/avg\/max\/mdev = [\d./]+ ms$/);
  });
});

describe('icmp check without ping installed', () => {
  const originalPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = originalPath;
  });

  it('is INVALID_REQUEST that says how to install ping', async () => {
    process.env.PATH = mkdtempSync(path.join(tmpdir(), 'probegate-no-ping-'));
    const run = await runManifestText(`version: 1\nchecks:\n  - { name: no ping, type: icmp, request: { host: 127.0.0.1, count: 1 } }\n`);
    const { error } = checkNamed(run, 'no ping');
    expect(error?.category).toBe('INVALID_REQUEST');
    expect(error?.code).toBe('INVALID_REQUEST');
    expect(error?.message).toMatch(/needs the system `ping` command \(iputils\), and it is not installed.*sudo apt-get install iputils-ping/);
  });
});

describe('reading ping output', () => {
  it('reads each reply, the loss line and the rtt summary', () => {
    const output = `PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=0.084 ms
64 bytes from 127.0.0.1: icmp_seq=2 ttl=64 time=0.046 ms

--- 127.0.0.1 ping statistics ---
2 packets transmitted, 2 received, 0% packet loss, time 201ms
rtt min/avg/max/mdev = 0.046/0.065/0.084/0.019 ms
`;
    expect(parsePing(output)).toEqual({
      packetsTransmitted: 2,
      packetsReceived: 2,
      packetLossPercentage: 0,
      latency: { min: 0.046, avg: 0.065, max: 0.084, stddev: 0.019 },
      rtts: [0.084, 0.046],
    });
  });

  it('has no latency when no reply came back', () => {
    const output = `PING ::2(::2) 56 data bytes

--- ::2 ping statistics ---
1 packets transmitted, 0 received, 100% packet loss, time 0ms

`;
    expect(parsePing(output)).toEqual({ packetsTransmitted: 1, packetsReceived: 0, packetLossPercentage: 100, rtts: [] });
  });

  it('reads a loss line with errors', () => {
    const output = '4 packets transmitted, 1 received, +3 errors, 75% packet loss, time 3004ms\n';
    expect(parsePing(output)).toMatchObject({ packetsTransmitted: 4, packetsReceived: 1, packetLossPercentage: 75 });
  });
});
