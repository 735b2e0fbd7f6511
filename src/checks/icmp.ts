// The icmp check: runs the system `ping` (iputils) in the C locale and reads its replies, its
// loss line and its rtt summary. ping's own deadline ends before the attempt's, so a host that
// drops packets is reported as packet loss rather than as a timeout.
import { spawn } from 'node:child_process';
import { PingFailed } from '../errors/ping.js';
import { probeError } from '../errors/probe-error.js';
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
  readonly latency?: { readonly min: number; readonly avg: number; readonly max: number; readonly stddev: number };
  /** Round-trip time of each reply, in order. */
  readonly rtts: readonly number[];
}

export const MAX_COUNT = 10;
const DEFAULT_COUNT = 4;
const INTERVAL_SECONDS = 0.2; // the shortest interval ping allows without root
const LAST_REPLY_WAIT_SECONDS = 2;
const SUMMARY_MARGIN_MS = 500; // time left after ping's deadline to read its summary
const MAX_OUTPUT_CHARS = 64 * 1024;
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
  if (!statistics) throw new PingFailed(request.host, exitCode, stderr || stdout);
  if (statistics.packetsReceived === 0 && !request.lossAsserted) {
    const detail = `No reply to ${statistics.packetsTransmitted} echo requests from ${request.host} within ${deadline} s`;
    throw probeError('TIMEOUT', 'REQUEST_TIMEOUT', `${detail} (assert packetLossPercentage to judge loss yourself)`);
  }
  const summary = stdout.trim().split('\n').slice(-2).join('\n');
  return { timings: timer.timings(), values: { ...statistics }, excerpt: summary };
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

function runPing(args: string[], signal: AbortSignal): Promise<PingRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('ping', args, { env: { ...process.env, LC_ALL: 'C' }, signal, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout = (stdout + chunk.toString('utf8')).slice(-MAX_OUTPUT_CHARS)));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-MAX_OUTPUT_CHARS)));
    child.once('error', reject);
    child.once('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

const REPLY = /icmp_seq=\d+ .*time=([\d.]+) ms/;
const LOSS = /(\d+) packets transmitted, (\d+) received,.* ([\d.]+)% packet loss/;
const RTT = /rtt min\/avg\/max\/mdev = ([\d.]+)\/([\d.]+)\/([\d.]+)\/([\d.]+) ms/;

/** iputils' output in the C locale; undefined when it has no loss line (ping failed before sending). */
export function parsePing(output: string): PingStatistics | undefined {
  const loss = LOSS.exec(output);
  if (!loss) return undefined;
  const rtts = output.split('\n').flatMap((line) => {
    const reply = REPLY.exec(line);
    return reply ? [Number(reply[1])] : [];
  });
  const rtt = RTT.exec(output);
  return {
    packetsTransmitted: Number(loss[1]),
    packetsReceived: Number(loss[2]),
    packetLossPercentage: Number(loss[3]),
    ...(rtt ? { latency: { min: Number(rtt[1]), avg: Number(rtt[2]), max: Number(rtt[3]), stddev: Number(rtt[4]) } } : {}),
    rtts,
  };
}
