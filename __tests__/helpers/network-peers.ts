// Loopback peers for the dns, tcp and udp checks: a DNS server (dns2) serving a small zone and
// each failure a resolver meets, UDP servers, and a TCP listener that never accepts.
import dgram from 'node:dgram';
import net from 'node:net';
import { Worker } from 'node:worker_threads';
import dns2 from 'dns2';

const { Packet } = dns2;
// RFC 1035 §4.1.1 response codes (dns2 has them as Packet.RCODE, but not in its types).
const RCODES = { SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 } as const;

/** Records by type in dns2's shapes, or how the server misbehaves for that name. */
export type ZoneEntry = Partial<Record<keyof typeof Packet.TYPE, Record<string, unknown>[]>> | 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED' | 'SILENT';
export type Zone = Record<string, ZoneEntry>;

export interface DnsPeer {
  readonly host: string;
  readonly port: number;
  close(): Promise<void>;
}

/** A UDP DNS server answering from `zone`; names not in it are NXDOMAIN. */
export async function startDnsServer(zone: Zone, host = '127.0.0.1'): Promise<DnsPeer> {
  const server = dns2.createServer({
    udp: { type: host.includes(':') ? 'udp6' : 'udp4' },
    handle(request, send) {
      const [question] = request.questions;
      const response = Packet.createResponseFromRequest(request);
      const entry = zone[question!.name] ?? 'NXDOMAIN';
      if (entry === 'SILENT') return;
      if (typeof entry === 'string') {
        response.header.rcode = RCODES[entry];
      } else {
        const typeName = Object.keys(Packet.TYPE).find((name) => Packet.TYPE[name as keyof typeof Packet.TYPE] === question!.type);
        for (const record of entry[typeName as keyof typeof Packet.TYPE] ?? []) {
          response.answers.push({ name: question!.name, type: question!.type, class: Packet.CLASS.IN, ttl: 60, ...record } as never);
        }
      }
      void send(response);
    },
  });
  const addresses = await server.listen({ udp: { port: 0, address: host } });
  return { host, port: addresses.udp!.port, close: () => server.close() };
}

/** A UDP server that answers each datagram with `reply(message)`, or stays silent when it returns undefined. */
export async function startUdpServer(reply: (message: Buffer) => string | undefined, host = '127.0.0.1'): Promise<DnsPeer> {
  const socket = dgram.createSocket(host.includes(':') ? 'udp6' : 'udp4');
  socket.on('message', (message, from) => {
    const answer = reply(message);
    if (answer !== undefined) socket.send(answer, from.port, from.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, host, resolve));
  return { host, port: socket.address().port, close: () => new Promise<void>((resolve) => socket.close(() => resolve())) };
}

/** A UDP port on which nothing listens: bound, then released. */
export async function closedUdpPort(host = '127.0.0.1'): Promise<number> {
  const socket = dgram.createSocket(host.includes(':') ? 'udp6' : 'udp4');
  await new Promise<void>((resolve) => socket.bind(0, host, resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

/**
 * A TCP port where a connection attempt hangs, as behind a firewall that drops: a listener in a
 * worker whose event loop is blocked never accepts, so once its small backlog is full the
 * kernel drops further SYNs. The backlog is filled here, connection by connection.
 */
export async function startUnansweredTcpPort(): Promise<DnsPeer> {
  const blocked = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const server = require('node:net').createServer().listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => {
       parentPort.postMessage(server.address().port);
       Atomics.wait(workerData, 0, 0);
     });`,
    { eval: true, workerData: blocked },
  );
  const port = await new Promise<number>((resolve) => worker.once('message', resolve));
  const fillers: net.Socket[] = [];
  for (let attempt = 0; attempt < 16; attempt++) {
    const filler = net.connect(port, '127.0.0.1');
    filler.on('error', () => undefined);
    fillers.push(filler);
    const connected = await new Promise<boolean>((resolve) => {
      filler.once('connect', () => resolve(true));
      setTimeout(() => resolve(false), 300);
    });
    if (!connected) break;
  }
  return {
    host: '127.0.0.1',
    port,
    close: async () => {
      for (const filler of fillers) filler.destroy();
      Atomics.store(blocked, 0, 1);
      Atomics.notify(blocked, 0);
      await worker.terminate();
    },
  };
}
