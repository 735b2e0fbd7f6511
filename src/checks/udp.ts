// The udp check: sends `message` in one datagram from a connected socket and waits for the
// first datagram back. Connected, the socket hears the ICMP "port unreachable" of a closed port
// as ECONNREFUSED; a peer that stays silent ends at the attempt's deadline (TIMEOUT).
import dgram from 'node:dgram';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { Observation } from '../model.js';
import type { PhaseTimer } from '../net/timing.js';
import { hostPort, readHost, readPort } from './fields.js';
import { readIpFamily, type IpFamily } from './ip-family.js';
import type { CheckModule, RunContext } from './types.js';

export interface UdpRequest {
  readonly host: string;
  readonly port: number;
  readonly message: string;
  readonly ipFamily?: IpFamily;
}

const EXCERPT_CHARS = 2000;

export const udpCheck: CheckModule<UdpRequest> = {
  type: 'udp',
  prepare(check) {
    const host = readHost(check.request.host, ['request', 'host']);
    const port = readPort(check.request.port, ['request', 'port']);
    return { request: { host, port, message: String(check.request.message ?? ''), ipFamily: readIpFamily(check, host) }, target: hostPort(host, port) };
  },
  run: runUdp,
};

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
        socket.send(request.message);
      });
    });
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

async function resolveAddress(host: string, timer: PhaseTimer, ipFamily?: IpFamily): Promise<{ address: string; family: number }> {
  const family = isIP(host);
  if (family) return { address: host, family };
  const found = await lookup(host, ipFamily ? { family: ipFamily } : {});
  timer.mark('dnsDone');
  return found;
}
