import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parsePing } from '../../src/checks/icmp.js';
import type { RunResult } from '../../src/model.js';
import { ensureCliBundle, runCli } from '../helpers/cli.js';
import { checkNamed, observeCheck, runManifestText, writeManifest } from '../helpers/run.js';
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

  it('is INVALID_REQUEST, not UNKNOWN, when the ping found cannot be run', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'probegate-bad-ping-'));
    writeFileSync(path.join(folder, 'ping'), '#!/bin/sh\n', { mode: 0o644 });
    process.env.PATH = folder;
    const run = await runManifestText(`version: 1\nchecks:\n  - { name: bad ping, type: icmp, request: { host: 127.0.0.1, count: 1 } }\n`);
    const { error } = checkNamed(run, 'bad ping');
    expect(error?.category, error?.message).toBe('INVALID_REQUEST');
    expect(error?.message).toMatch(/could not start the system `ping` command \(EACCES: /);
  });
});

// A `ping` of our own first on PATH, for what loopback cannot make the real one print: other
// implementations' output, ICMP errors from a router, local failures. It answers by the host
// it is given (its last argument), as the real one would print for that host.
const FAKE_PING = String.raw`#!/bin/sh
for host; do :; done
case "$host" in
busybox.fake) cat <<'O'
PING busybox.fake (127.0.0.1): 56 data bytes
64 bytes from 127.0.0.1: seq=0 ttl=64 time=0.040 ms

--- busybox.fake ping statistics ---
4 packets transmitted, 1 packets received, 75% packet loss
round-trip min/avg/max = 0.040/0.040/0.040 ms
O
exit 1;;
macos.fake) cat <<'O'
PING macos.fake (127.0.0.1): 56 data bytes
64 bytes from 127.0.0.1: icmp_seq=0 ttl=64 time=0.040 ms
64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=0.060 ms

--- macos.fake ping statistics ---
2 packets transmitted, 2 packets received, 0.0% packet loss
round-trip min/avg/max/stddev = 0.040/0.050/0.060/0.010 ms
O
exit 0;;
host-unreachable.fake) cat <<'O'
PING host-unreachable.fake (127.0.0.1) 56(84) bytes of data.
From 127.0.0.9 icmp_seq=1 Destination Host Unreachable
From 127.0.0.9 icmp_seq=2 Destination Host Unreachable

--- host-unreachable.fake ping statistics ---
4 packets transmitted, 0 received, +2 errors, 100% packet loss, time 3060ms
O
exit 1;;
net-unreachable.fake) cat <<'O'
PING net-unreachable.fake (127.0.0.1) 56(84) bytes of data.
From 127.0.0.9 icmp_seq=1 Destination Net Unreachable

--- net-unreachable.fake ping statistics ---
4 packets transmitted, 0 received, +1 errors, 100% packet loss, time 3060ms
O
exit 1;;
address-unreachable.fake) cat <<'O'
PING address-unreachable.fake(::1) 56 data bytes
From ::1 icmp_seq=1 Destination unreachable: Address unreachable

--- address-unreachable.fake ping statistics ---
2 packets transmitted, 0 received, +1 errors, 100% packet loss, time 1010ms
O
exit 1;;
no-buffer.fake) echo "ping: sendmsg: No buffer space available" >&2; exit 2;;
unreadable.fake) echo "PING unreadable.fake: 56 data bytes"; echo "4 sent, 3 came back, all fine"; exit 0;;
hang.fake) echo $$ > "$FAKE_PING_PID_FILE"; trap '' TERM; exec sleep 60;;
esac
`;

function fakePingFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'probegate-fake-ping-'));
  writeFileSync(path.join(folder, 'ping'), FAKE_PING);
  chmodSync(path.join(folder, 'ping'), 0o755);
  return folder;
}

const otherPings: Scenario[] = [
  {
    name: 'BusyBox ping output is read: 1 reply of 4, its deviation worked out from the reply',
    check: () => `request: { host: busybox.fake, count: 4 }
    assertions:
      - { type: packetsReceived, operator: is, target: 1 }
      - { type: packetLossPercentage, operator: is, target: 75 }
      - { type: latency, property: avg, operator: lessThan, target: 0.05 }
      - { type: latency, property: stddev, operator: lessThan, target: 0.001 }`,
    category: null,
  },
  {
    name: 'macOS/BSD ping output is read, with its round-trip stddev',
    check: () => `request: { host: macos.fake, count: 2 }
    assertions:
      - { type: packetsReceived, operator: is, target: 2 }
      - { type: packetLossPercentage, operator: is, target: 0 }
      - { type: latency, property: stddev, operator: moreThan, target: 0.009 }
      - { type: latency, property: max, operator: moreThan, target: 0.059 }`,
    category: null,
  },
  {
    name: 'Destination Host Unreachable with only latency asserted is HOSTUNREACH, not TIMEOUT',
    check: () => `request: { host: host-unreachable.fake, count: 4 }
    assertions:
      - { type: latency, property: avg, operator: lessThan, target: 100 }`,
    category: 'HOSTUNREACH',
    message: /^No reply from host-unreachable\.fake: the host is unreachable \(ping: "From 127\.0\.0\.9 icmp_seq=1 Destination Host Unreachable"\)\. Check that the host is up/,
  },
  {
    name: 'Destination Net Unreachable is NETUNREACH',
    check: () => `request: { host: net-unreachable.fake, count: 4 }`,
    category: 'NETUNREACH',
    message: /its network is unreachable \(ping: "From 127\.0\.0\.9 icmp_seq=1 Destination Net Unreachable"\)/,
  },
  {
    name: 'an IPv6 Address unreachable is HOSTUNREACH',
    check: () => `request: { host: address-unreachable.fake, count: 2 }`,
    category: 'HOSTUNREACH',
    message: /Destination unreachable: Address unreachable/,
  },
  {
    name: 'ping: sendmsg: No buffer space available is NETUNREACH',
    check: () => `request: { host: no-buffer.fake, count: 1 }`,
    category: 'NETUNREACH',
    message: /^ping could not send to no-buffer\.fake: the runner's network stack has no buffer space \("ping: sendmsg: No buffer space available"\)/,
  },
  {
    name: 'output probegate cannot read is INVALID_REQUEST quoting it, never UNKNOWN nor a pass',
    check: () => `request: { host: unreadable.fake, count: 4 }
    assertions:
      - { type: latency, property: avg, operator: lessThan, target: 100 }`,
    category: 'INVALID_REQUEST',
    message: /^ping unreadable\.fake ended \(exit status 0\) without statistics probegate can read: "PING unreadable\.fake: 56 data bytes \/ 4 sent, 3 came back, all fine"\. The icmp check reads/,
  },
];

describe('icmp check with other pings, and failures only a fake ping on PATH can show', () => {
  const originalPath = process.env.PATH;
  let run: RunResult;
  beforeAll(async () => {
    process.env.PATH = `${fakePingFolder()}${path.delimiter}${originalPath}`;
    try {
      run = await runManifestText(scenarioManifest('icmp', otherPings));
    } finally {
      process.env.PATH = originalPath;
    }
  });

  it.each(otherPings.map((s) => [s.name, s] as const))('%s', (_, scenario) => {
    expectScenario(checkNamed(run, scenario.name), scenario);
  });
});

describe('a ping that ignores SIGTERM', () => {
  beforeAll(async () => {
    await ensureCliBundle();
  }, 300_000);

  // Bounded: the command line is killed at 20 s (code null), the fake ping sleeps 60 s.
  it('is killed once the check has timed out, so that the command line exits', async () => {
    const folder = fakePingFolder();
    const pidFile = path.join(folder, 'pid');
    const manifest = writeManifest(`version: 1\nchecks:\n  - { name: stuck ping, type: icmp, timeout: 1s, request: { host: hang.fake, count: 1 } }\n`);
    const json = path.join(path.dirname(manifest), 'report.json');
    const result = await runCli(['run', manifest, '--json', json], {
      env: { PATH: `${folder}${path.delimiter}${process.env.PATH}`, FAKE_PING_PID_FILE: pidFile },
      timeoutMs: 20_000,
    });
    const pid = Number(readFileSync(pidFile, 'utf8'));
    let alive = true;
    try {
      process.kill(pid, 0);
    } catch {
      alive = false;
    }
    if (alive) process.kill(pid, 'SIGKILL');
    expect(result.code).toBe(1);
    expect(alive).toBe(false);
    const report = JSON.parse(readFileSync(json, 'utf8')) as { checks: { error: { category: string } | null }[] };
    expect(report.checks[0]?.error?.category).toBe('TIMEOUT');
  }, 30_000);
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

  it('reads BusyBox’s loss line and round-trip summary, which has no deviation', () => {
    const output = `PING 127.0.0.1 (127.0.0.1): 56 data bytes
64 bytes from 127.0.0.1: seq=0 ttl=64 time=0.100 ms
64 bytes from 127.0.0.1: seq=1 ttl=64 time=0.300 ms

--- 127.0.0.1 ping statistics ---
3 packets transmitted, 2 packets received, 33% packet loss
round-trip min/avg/max = 0.100/0.200/0.300 ms
`;
    expect(parsePing(output)).toEqual({
      packetsTransmitted: 3,
      packetsReceived: 2,
      packetLossPercentage: 33,
      latency: { min: 0.1, avg: 0.2, max: 0.3, stddev: 0.1 },
      rtts: [0.1, 0.3],
    });
  });

  it('reads BSD/macOS’s loss line and round-trip stddev', () => {
    const output = `4 packets transmitted, 3 packets received, +1 duplicates, 25.0% packet loss
round-trip min/avg/max/stddev = 0.040/0.050/0.060/0.008 ms
`;
    expect(parsePing(output)).toMatchObject({
      packetsTransmitted: 4,
      packetsReceived: 3,
      packetLossPercentage: 25,
      latency: { min: 0.04, avg: 0.05, max: 0.06, stddev: 0.008 },
    });
  });

  it('counts a duplicate reply as no round trip of its own', () => {
    const output = `64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=0.040 ms
64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=0.050 ms (DUP!)

--- 127.0.0.1 ping statistics ---
1 packets transmitted, 1 received, +1 duplicates, 0% packet loss, time 0ms
rtt min/avg/max/mdev = 0.040/0.045/0.050/0.005 ms
`;
    expect(parsePing(output)?.rtts).toEqual([0.04]);
  });
});
