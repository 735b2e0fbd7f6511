// The udp check: sends `message` in one datagram from a connected socket and waits for the
// first datagram back. Connected, the socket hears the ICMP "port unreachable" of a closed port
// as ECONNREFUSED; a peer that stays silent ends at the attempt's deadline (TIMEOUT). A message
// that cannot fit one datagram is refused at load; an error sending it fails the check at once.
import dgram from 'node:dgram';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { ProbeError } from '../errors/probe-error.js';
import type { Observation } from '../model.js';
import type { PhaseTimer } from '../net/timing.js';
import { hostPort, readHost, readPort } from './fields.js';
import { readIpFamily, type IpFamily } from './ip-family.js';
import { InvalidField, type CheckModule, type RunContext } from './types.js';

export interface UdpRequest {
  readonly host: string;
  readonly port: number;
  readonly message: string;
  readonly ipFamily?: IpFamily;
}

const EXCERPT_CHARS = 2000;
/** The largest UDP payload of one datagram: 65,535 bytes less the IPv4 (20) and UDP (8) headers; IPv6's payload length leaves out its own header. */
export const MAX_MESSAGE_BYTES = { 4: 65_507, 6: 65_527 } as const;

export const udpCheck: CheckModule<UdpRequest> = {
  type: 'udp',
  prepare(check) {
    const host = readHost(check.request.host, ['request', 'host']);
    const port = readPort(check.request.port, ['request', 'port']);
    const ipFamily = readIpFamily(check, host);
    const message = String(check.request.message ?? '');
    checkMessageSize(message, host, ipFamily);
    return { request: { host, port, message, ipFamily }, target: hostPort(host, port) };
  },
  run: runUdp,
};

/**
 * A message longer than one datagram can carry would never be sent (the send fails with
 * EMSGSIZE). The limit is that of the family the check may use; when it may use either (a name,
 * ip_family any), the smaller, IPv4's. An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is sent as IPv4.
 */
function checkMessageSize(message: string, host: string, ipFamily: IpFamily | undefined): void {
  const literal = isIP(host);
  const family = literal === 6 && !/^::ffff:/i.test(host) ? 6 : literal === 4 ? 4 : ipFamily === 6 && !literal ? 6 : 4;
  const limit = MAX_MESSAGE_BYTES[family];
  const bytes = Buffer.byteLength(message, 'utf8');
  if (bytes > limit) {
    const which = family === 6 ? 'IPv6' : literal ? 'IPv4' : ipFamily === 4 ? 'IPv4' : 'IPv4 (the smaller limit: the name may resolve to either family; ip_family 6 allows 65,527)';
    throw new InvalidField(
      ['request', 'message'],
      `the message is ${bytes.toLocaleString('en-US')} bytes (UTF-8), more than one UDP datagram carries over ${which}: at most ${limit.toLocaleString('en-US')} bytes`,
    );
  }
}

async function runUdp(request: UdpRequest, context: RunContext): Promise<Observation> {
  const { timer } = context;
  const { address, family } = await resolveAddress(request.host, timer, request.ipFamily);
  const socket = dgram.createSocket(family === 6 ? 'udp6' : 'udp4');
  try {
    const reply = await exchange(socket, request, address, context);
    timer.mark('firstByte');
    const receivedMessage = reply.toString('utf8');
    return { timings: timer.timings(), values: { receivedMessage }, excerpt: receivedMessage.slice(0, EXCERPT_CHARS) };
  } finally {
    socket.close();
  }
}

/** Sends the message and resolves with the first datagram back; a refusal names the peer. */
async function exchange(socket: dgram.Socket, request: UdpRequest, address: string, { signal, timer }: RunContext): Promise<Buffer> {
  let stop = () => {};
  try {
    return await new Promise<Buffer>((resolve, reject) => {
      stop = () => reject(signal.reason);
      signal.addEventListener('abort', stop, { once: true });
      socket.once('message', (reply) => resolve(reply));
      socket.once('error', (error) => reject(Object.assign(error, { address, port: request.port })));
      socket.connect(request.port, address, () => {
        timer.waitingFor(`a reply datagram from ${hostPort(address, request.port)}`);
        // Without a callback, a connected socket drops a failed send silently (no 'error' event):
        // the check would wait for its deadline. A send error fails it at once.
        socket.send(request.message, (error) => {
          if (error) reject(sendError(error, address, request.port));
        });
      });
    });
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

/**
 * A datagram the system would not send, as the taxonomy reads it. Codes the classifier knows
 * (ECONNREFUSED from an earlier ICMP port unreachable, EHOSTUNREACH, ENETUNREACH) keep theirs.
 */
function sendError(error: Error, address: string, port: number): Error {
  const where = hostPort(address, port);
  const code = (error as NodeJS.ErrnoException).code;
  const fail = (category: 'INVALID_REQUEST' | 'NETUNREACH', message: string) => new ProbeError(category, category, message, { cause: error });
  switch (code) {
    case 'EMSGSIZE':
      return fail('INVALID_REQUEST', `The message could not be sent to ${where}: it is larger than one datagram on the way there can carry (EMSGSIZE). Send a shorter message.`);
    case 'EACCES':
      return fail('INVALID_REQUEST', `The system refused to send to ${where} (EACCES: a broadcast address, which the udp check does not send to). Probe the host's own address.`);
    case 'ENOBUFS':
    case 'EPERM':
      return fail(
        'NETUNREACH',
        `The datagram to ${where} could not leave the runner (${code}: ${code === 'EPERM' ? "a firewall rule of the runner's" : "no buffer space in the runner's network stack"}). Check the runner's network and firewall, and retry.`,
      );
    default:
      return Object.assign(error, { address, port });
  }
}

async function resolveAddress(host: string, timer: PhaseTimer, ipFamily?: IpFamily): Promise<{ address: string; family: number }> {
  const family = isIP(host);
  if (family) return { address: host, family };
  const found = await lookup(host, ipFamily ? { family: ipFamily } : {});
  timer.mark('dnsDone');
  return found;
}
