// c-ares hides what a hostile DNS server did: it ignores a reply with the wrong ID (the check
// then waits for its deadline), reads a query echoed back (QR bit clear) as an empty answer, and
// reports every rcode above REFUSED (YXDOMAIN, NOTAUTH...) as "no data". So beside each c-ares
// query to an explicit server, the dns check sends one query of its own over UDP and reads the
// reply's header: a reply that is not an answer fails the check at once, and a header that is an
// answer tells the classifier the real rcode and whether it was truncated.
import { createSocket, type Socket } from 'node:dgram';
import { randomInt } from 'node:crypto';
import { isIP } from 'node:net';
import type { DnsReplyHeader } from '../errors/dns.js';
import { probeError, type ProbeError } from '../errors/probe-error.js';

const TYPE_NUMBERS: Record<string, number> = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, CAA: 257 };

export interface ReplyWatch {
  /** Rejects with MALFORMED_RESPONSE when the server's reply is not an answer; never resolves otherwise. */
  readonly notAnAnswer: Promise<never>;
  /** The header of the server's answer, once one came. */
  header(): DnsReplyHeader | undefined;
  /** Why the server's reply was not an answer, once one came. */
  problem(): ProbeError | undefined;
  /** Resolves when a reply came (or the socket failed). */
  readonly replied: Promise<void>;
  close(): void;
}

/** Asks `name` (already reversed for PTR) of the server, and watches the reply. */
export function watchReply(server: { host: string; port: number }, name: string, type: string, label: string): ReplyWatch {
  const id = randomInt(0x10000);
  const socket: Socket = createSocket(isIP(server.host) === 6 ? 'udp6' : 'udp4');
  let seen: DnsReplyHeader | undefined;
  let problem: ProbeError | undefined;
  let fail: (error: ProbeError) => void = () => undefined;
  let replied: () => void = () => undefined;
  const repliedPromise = new Promise<void>((resolve) => (replied = resolve));
  const notAnAnswer = new Promise<never>((_, reject) => (fail = reject));
  notAnAnswer.catch(() => undefined);
  socket.on('error', () => {
    replied();
    socket.close();
  });
  socket.on('message', (reply, from) => {
    if (from.port !== server.port) return;
    const reason = notAnAnswerReason(reply, id);
    if (reason) fail((problem = probeError('MALFORMED_RESPONSE', 'MALFORMED_RESPONSE', `${label} sent a reply to the ${type} query for ${name} that is not an answer: ${reason}`)));
    else seen = { rcode: reply[3]! & 0x0f, truncated: (reply[2]! & 0x02) !== 0 };
    replied();
    socket.close();
  });
  socket.send(query(id, name, TYPE_NUMBERS[type] ?? 1), server.port, server.host, () => undefined);
  return {
    notAnAnswer,
    header: () => seen,
    problem: () => problem,
    replied: repliedPromise,
    close: () => {
      try {
        socket.close();
      } catch {
        // already closed
      }
    },
  };
}

function notAnAnswerReason(reply: Buffer, id: number): string | undefined {
  if (reply.length < 12) return `${reply.length} bytes, shorter than a DNS header`;
  if (reply.readUInt16BE(0) !== id) return `its ID ${reply.readUInt16BE(0)} is not the query's ${id}`;
  if ((reply[2]! & 0x80) === 0) return 'the QR bit is clear (a query, not a response)';
  if (((reply[2]! >> 3) & 0x0f) !== 0) return `its opcode is ${(reply[2]! >> 3) & 0x0f}, not QUERY`;
  return undefined;
}

function query(id: number, name: string, type: number): Buffer {
  const labels = name.replace(/\.$/, '').split('.').filter(Boolean);
  const question = Buffer.concat([
    ...labels.map((label) => {
      const bytes = Buffer.from(label, 'utf8').subarray(0, 63);
      return Buffer.concat([Buffer.from([bytes.length]), bytes]);
    }),
    Buffer.from([0, type >> 8, type & 0xff, 0, 1]),
  ]);
  const header = Buffer.alloc(12);
  header.writeUInt16BE(id, 0);
  header.writeUInt16BE(0x0100, 2); // recursion desired
  header.writeUInt16BE(1, 4);
  return Buffer.concat([header, question]);
}
