// The icmp check: runs the system `ping` (iputils) in the C locale and reads its replies, its
// loss line and its rtt summary. ping's own deadline ends before the attempt's, so a host that
// drops packets is reported as packet loss rather than as a timeout.
import { spawn } from 'node:child_process';
import { PingFailed } from '../errors/ping.js';
import { probeError, type ProbeError } from '../errors/probe-error.js';
import type { Observation } from '../model.js';
import { rawAssertions, readHost } from './fields.js';
import { readIpFamily, type IpFamily } from './ip-family.js';
import { InvalidField, type CheckModule, type RawCheck, type RunContext } from './types.js';

export interface IcmpRequest {
  readonly host: string;
  readonly count: number;
  /** An assertion judges packet loss; otherwise no reply at all fails the check as TIMEOUT. */
  readonly lossAsserted: boolean;
  readonly ipFamily?: IpFamily;
}

export interface PingStatistics {
  readonly packetsTransmitted: number;
  readonly packetsReceived: number;
  readonly packetLossPercentage: number;
  /** Milliseconds; absent when no reply came back. */
  /** `stddev` is absent when ping printed none and it cannot be worked out from the replies (BusyBox). */
  readonly latency?: { readonly min: number; readonly avg: number; readonly max: number; readonly stddev?: number };
  /** Round-trip time of each reply, in order. */
  readonly rtts: readonly number[];
}

export const MAX_COUNT = 10;
const DEFAULT_COUNT = 4;
const INTERVAL_SECONDS = 0.2; // the shortest interval ping allows without root
const LAST_REPLY_WAIT_SECONDS = 2;
const SUMMARY_MARGIN_MS = 500; // time left after ping's deadline to read its summary
const MAX_OUTPUT_CHARS = 64 * 1024;
const KILL_GRACE_MS = 500; // after SIGTERM, before SIGKILL
const LATENCY_PROPERTIES = ['avg', 'min', 'max', 'stddev'];
const LOSS_ASSERTIONS = ['packetLossPercentage', 'packetsReceived'];

export const icmpCheck: CheckModule<IcmpRequest> = {
  type: 'icmp',
  prepare(check) {
    const host = readHost(check.request.host, ['request', 'host']);
    const count = check.request.count ?? DEFAULT_COUNT;
    if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > MAX_COUNT) {
      throw new InvalidField(['request', 'count'], `${String(count)} is not a packet count from 1 to ${MAX_COUNT}`);
    }
    checkLatencyProperties(check);
    const lossAsserted = rawAssertions(check).some(({ assertion }) => LOSS_ASSERTIONS.includes(String(assertion.type)));
    return { request: { host, count: count as number, lossAsserted, ipFamily: readIpFamily(check, host) }, target: host };
  },
  run: runIcmp,
};

function checkLatencyProperties(check: RawCheck): void {
  for (const { assertion, index } of rawAssertions(check)) {
    if (assertion.type === 'latency' && !LATENCY_PROPERTIES.includes(String(assertion.property))) {
      throw new InvalidField(['assertions', index, 'property'], `"${String(assertion.property)}" is not a latency property (${LATENCY_PROPERTIES.join(', ')})`);
    }
  }
}

async function runIcmp(request: IcmpRequest, { signal, timer, deadline: attemptDeadline }: RunContext): Promise<Observation> {
  const deadline = deadlineSeconds(request.count, attemptDeadline.remainingMs());
  timer.waitingFor(`the ping replies from ${request.host}`);
  const args = [...(request.ipFamily ? [`-${request.ipFamily}`] : []), '-n', '-c', String(request.count), '-i', String(INTERVAL_SECONDS), '-w', String(deadline), '--', request.host];
  const { exitCode, stdout, stderr } = await runPing(args, signal);
  const statistics = parsePing(stdout);
  if (!statistics) throw new PingFailed(request.host, exitCode, [stderr.trim(), stdout.trim()].filter(Boolean).join('\n'));
  if (statistics.packetsReceived === 0 && !request.lossAsserted) {
    const unreachable = unreachableError(request.host, stdout);
    if (unreachable) throw unreachable;
    const detail = `No reply to ${statistics.packetsTransmitted} echo requests from ${request.host} within ${deadline} s`;
    throw probeError('TIMEOUT', 'REQUEST_TIMEOUT', `${detail} (assert packetLossPercentage to judge loss yourself)`);
  }
  const summary = stdout.trim().split('\n').slice(-2).join('\n');
  return { timings: timer.timings(), values: { ...statistics }, excerpt: summary };
}

// An ICMP error a router or the host's own stack sent back instead of a reply: iputils `From
// 10.0.0.9 icmp_seq=1 Destination Host Unreachable`, BSD/macOS `92 bytes from 10.0.0.9:
// Destination Host Unreachable`. IPv6: `Destination unreachable: No route`.
const ICMP_ERROR = /^(?:From \S+.*?icmp_seq=\d+ |\d+ bytes from \S+: )((?:Destination|Time to live|Packet filtered|Source).*)$/m;
const NETWORK_ERROR = /Destination Net |No route/i;

/** No reply came back, and ping printed why: no route to the host or its network (the first error line is quoted). */
function unreachableError(host: string, output: string): ProbeError | undefined {
  const line = ICMP_ERROR.exec(output);
  if (!line) return undefined;
  const said = line[0].trim();
  return NETWORK_ERROR.test(line[1]!)
    ? probeError('NETUNREACH', 'NETUNREACH', `No reply from ${host}: its network is unreachable (ping: "${said}")`)
    : probeError('HOSTUNREACH', 'HOSTUNREACH', `No reply from ${host}: the host is unreachable (ping: "${said}")`);
}

/** Enough for every packet plus a late last reply, within the attempt's timeout; ping wants whole seconds. */
function deadlineSeconds(count: number, remainingMs: number): number {
  const needed = Math.ceil(count * INTERVAL_SECONDS + LAST_REPLY_WAIT_SECONDS);
  const budget = Math.floor((remainingMs - SUMMARY_MARGIN_MS) / 1000);
  return Math.max(1, Math.min(needed, budget));
}

interface PingRun {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs ping and resolves with what it printed. When the attempt's deadline runs out, it rejects
 * at once with the deadline's reason and stops ping: SIGTERM, then SIGKILL after a short grace,
 * since a ping that ignores SIGTERM would otherwise keep the process (and the CLI) alive.
 */
function runPing(args: string[], signal: AbortSignal): Promise<PingRun> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const child = spawn('ping', args, { env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let kill: NodeJS.Timeout | undefined;
    const stop = () => {
      reject(signal.reason as Error);
      // What ping prints from now on no longer matters (nor pipes a child of a wrapper script holds).
      child.stdout.destroy();
      child.stderr.destroy();
      child.kill('SIGTERM');
      kill = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
    };
    signal.addEventListener('abort', stop, { once: true });
    child.stdout.on('data', (chunk: Buffer) => (stdout = (stdout + chunk.toString('utf8')).slice(-MAX_OUTPUT_CHARS)));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-MAX_OUTPUT_CHARS)));
    child.once('error', (error) => {
      signal.removeEventListener('abort', stop);
      reject(error);
    });
    child.once('exit', () => clearTimeout(kill));
    child.once('close', (exitCode) => {
      signal.removeEventListener('abort', stop);
      clearTimeout(kill);
      resolve({ exitCode, stdout, stderr });
    });
  });
}

// Reply lines: iputils `icmp_seq=1 ttl=64 time=0.047 ms`, BusyBox `seq=0 ttl=64 time=0.040 ms`,
// BSD/macOS `icmp_seq=0 ttl=64 time=0.040 ms`. A duplicate `(DUP!)` is no reply of its own.
const REPLY = /\b(?:icmp_)?seq=\d+ .*\btime[=<]([\d.]+) ms/;
// The loss line: iputils `4 packets transmitted, 1 received, +3 errors, 75% packet loss, time 3004ms`,
// BusyBox and BSD/macOS `4 packets transmitted, 1 packets received, 75% packet loss` (`75.0%` on BSD).
const LOSS = /(\d+) packets transmitted, (\d+) (?:packets )?received,(?:.*?,)? ([\d.]+)% packet loss/;
// The rtt summary: iputils `rtt min/avg/max/mdev = a/b/c/d ms`, BSD/macOS `round-trip
// min/avg/max/stddev = a/b/c/d ms`, BusyBox `round-trip min/avg/max = a/b/c ms` (no deviation).
const RTT = /(?:rtt|round-trip) min\/avg\/max(?:\/(?:mdev|stddev))? = ([\d.]+)\/([\d.]+)\/([\d.]+)(?:\/([\d.]+))? ms/;

/**
 * The statistics of iputils', BusyBox's or BSD/macOS ping's output in the C locale; undefined
 * when it has no loss line that reads as numbers (ping failed before sending, or prints a
 * format not read here: the caller reports that, quoting the output).
 */
export function parsePing(output: string): PingStatistics | undefined {
  const loss = LOSS.exec(output);
  if (!loss) return undefined;
  const [transmitted, received, lossPercentage] = [Number(loss[1]), Number(loss[2]), Number(loss[3])];
  if (![transmitted, received, lossPercentage].every(Number.isFinite)) return undefined;
  const rtts = output.split('\n').flatMap((line) => {
    const reply = line.includes('(DUP!)') ? null : REPLY.exec(line);
    return reply ? [Number(reply[1])] : [];
  });
  const rtt = RTT.exec(output);
  return {
    packetsTransmitted: transmitted,
    packetsReceived: received,
    packetLossPercentage: lossPercentage,
    ...(rtt ? { latency: latencyOf(rtt, rtts, received) } : {}),
    rtts,
  };
}

/** BusyBox prints no deviation: it is worked out from the replies (as iputils' mdev) when each was read, else left out. */
function latencyOf(rtt: RegExpExecArray, rtts: readonly number[], received: number): PingStatistics['latency'] {
  const [min, avg, max] = [Number(rtt[1]), Number(rtt[2]), Number(rtt[3])];
  if (rtt[4] !== undefined) return { min, avg, max, stddev: Number(rtt[4]) };
  if (rtts.length === 0 || rtts.length !== received) return { min, avg, max };
  const mean = rtts.reduce((sum, x) => sum + x, 0) / rtts.length;
  const meanOfSquares = rtts.reduce((sum, x) => sum + x * x, 0) / rtts.length;
  return { min, avg, max, stddev: Math.round(Math.sqrt(Math.max(0, meanOfSquares - mean * mean)) * 1000) / 1000 };
}
