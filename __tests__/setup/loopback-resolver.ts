// A resolver on loopback that answers NXDOMAIN to every question, started when scripts/test.mjs
// has pointed /etc/resolv.conf at it (PROBEGATE_LOOPBACK_RESOLVER): names that must not
// resolve then fail without a packet leaving the machine.
import dgram from 'node:dgram';

const NXDOMAIN = 3;

// Each project of vitest.config.ts runs this global set-up, in the one main process: the first
// starts the resolver, the last to tear down stops it.
const SHARED = Symbol.for('probegate.loopbackResolver');
interface Shared {
  started: Promise<() => Promise<void>>;
  users: number;
}

export default async function startLoopbackResolver(): Promise<(() => Promise<void>) | undefined> {
  const address = process.env.PROBEGATE_LOOPBACK_RESOLVER;
  if (!address) return undefined;
  const holder = globalThis as { [SHARED]?: Shared };
  const shared = (holder[SHARED] ??= { started: startResolver(address), users: 0 });
  shared.users++;
  const stop = await shared.started;
  return async () => {
    if (--shared.users > 0) return;
    delete holder[SHARED];
    await stop();
  };
}

async function startResolver(address: string): Promise<() => Promise<void>> {
  const socket = dgram.createSocket('udp4');
  socket.on('message', (query, peer) => {
    if (query.length < 12) return;
    const answer = Buffer.from(query);
    answer[2] = 0x80 | (query[2]! & 0x79); // QR=1, keep opcode and RD
    answer[3] = 0x80 | NXDOMAIN; // RA=1, RCODE
    answer.writeUInt16BE(0, 6); // no answers,
    answer.writeUInt16BE(0, 8); // no authority,
    answer.writeUInt16BE(0, 10); // no additional records
    socket.send(answer.subarray(0, 12 + questionLength(query)), peer.port, peer.address);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(53, address, () => resolve());
  });
  return () => new Promise<void>((resolve) => socket.close(() => resolve()));
}

/** Length of the first question (name labels, type, class), to echo it back. */
function questionLength(query: Buffer): number {
  let offset = 12;
  while (offset < query.length && query[offset] !== 0) offset += query[offset]! + 1;
  return Math.min(offset + 5, query.length) - 12;
}
