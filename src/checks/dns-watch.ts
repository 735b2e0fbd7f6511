// c-ares hides what a hostile DNS server did: it ignores a reply with the wrong ID or question
// (the check then waits for its deadline), reads a query echoed back (QR bit clear) as an empty
// answer, reports every rcode above REFUSED (YXDOMAIN, NOTAUTH...) as "no data", and takes answer
// records as they come: an A record of 6 bytes as its first 4, a record owned by another name as
// the asked name's. So beside each c-ares query to an explicit server, the dns check sends one
// query of its own over UDP and reads the reply whole, bounded by its bytes: a reply that is not
// an answer to that query, or an answer that breaks DNS's structure, fails the check; the header
// tells the classifier the real rcode and whether it was truncated; the answer's CNAME chain
// explains an answer with no record of the asked type.
import { createSocket, type Socket } from 'node:dgram';
import { randomInt } from 'node:crypto';
import { isIP } from 'node:net';
import type { DnsReplyHeader } from '../errors/dns.js';
import { probeError, type ProbeError } from '../errors/probe-error.js';

const TYPE_NUMBERS: Record<string, number> = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, CAA: 257 };
const CNAME = 5;

/** The CNAME chain an answer leads the query name through: the names after it, and whether it returns to one it passed. */
export interface CnameChain {
  readonly names: readonly string[];
  readonly loops: boolean;
}

export interface ReplyWatch {
  /** Rejects with MALFORMED_RESPONSE when the server's reply is not an answer, or breaks DNS; never resolves otherwise. */
  readonly notAnAnswer: Promise<never>;
  /** The header of the server's answer, once one came. */
  header(): DnsReplyHeader | undefined;
  /** Why the server's reply was not an answer, once one came. */
  problem(): ProbeError | undefined;
  /** The CNAME chain of the answer, once one came (no names when it has none). */
  chain(): CnameChain | undefined;
  /** Resolves when a reply came (or the socket failed). */
  readonly replied: Promise<void>;
  /** Why the own query got no reply to read: its socket failed (or the send did). */
  failure(): Error | undefined;
  close(): void;
}

/** Asks `name` (already reversed for PTR) of the server, and watches the reply. */
export function watchReply(server: { host: string; port: number }, name: string, type: string, label: string): ReplyWatch {
  const id = randomInt(0x10000);
  const typeNumber = TYPE_NUMBERS[type] ?? 1;
  const socket: Socket = createSocket(isIP(server.host) === 6 ? 'udp6' : 'udp4');
  let seen: DnsReplyHeader | undefined;
  let chain: CnameChain | undefined;
  let problem: ProbeError | undefined;
  let fail: (error: ProbeError) => void = () => undefined;
  let replied: () => void = () => undefined;
  const repliedPromise = new Promise<void>((resolve) => (replied = resolve));
  const notAnAnswer = new Promise<never>((_, reject) => (fail = reject));
  notAnAnswer.catch(() => undefined);
  let failure: Error | undefined;
  const failed = (error: Error) => {
    failure ??= error;
    replied();
    socket.close();
  };
  socket.on('error', failed);
  socket.on('message', (reply, from) => {
    if (from.port !== server.port) return;
    const judged = judge(reply, id, name, typeNumber);
    if ('problem' in judged) {
      const [verb, reason] = judged.problem;
      fail((problem = probeError('MALFORMED_RESPONSE', 'MALFORMED_RESPONSE', `${label} ${verb} the ${type} query for ${name} ${reason}`)));
    } else {
      seen = { rcode: judged.reply.rcode, truncated: judged.reply.truncated };
      chain = cnameChain(name, judged.reply.answers);
    }
    replied();
    socket.close();
  });
  socket.send(query(id, name, typeNumber), server.port, server.host, (error) => error && failed(error));
  return {
    notAnAnswer,
    header: () => seen,
    problem: () => problem,
    chain: () => chain,
    failure: () => failure,
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

/** The reply read, or what is wrong with it: [how the server answered, why that fails]. */
function judge(reply: Buffer, id: number, name: string, type: number): { reply: ParsedReply } | { problem: [string, string] } {
  const header = notAnAnswerReason(reply, id);
  if (header) return { problem: ['sent a reply to', `that is not an answer: ${header}`] };
  let parsed: ParsedReply;
  try {
    parsed = parseReply(reply);
  } catch (error) {
    if (!(error instanceof Unparsable)) throw error;
    return { problem: ['sent an answer to', `that could not be parsed: ${error.message}`] };
  }
  const asked = parsed.question;
  if (parsed.questions > 1) return { problem: ['sent a reply to', `that is not an answer: it holds ${parsed.questions} questions, not the query's one`] };
  if (asked ? dnsNameKey(asked.name) !== dnsNameKey(name) || asked.type !== type || asked.class !== 1 : parsed.rcode === 0) {
    const theirs = asked ? `${asked.name || '.'} ${typeName(asked.type)}${asked.class === 1 ? '' : ` (class ${asked.class})`}` : 'nothing';
    return { problem: ['sent a reply to', `that is not an answer to it: its question asks for ${theirs}, not ${name} ${typeName(type)}`] };
  }
  const reached = reachedNames(name, parsed.answers);
  const foreign = parsed.answers.find((record) => record.type === type && record.class === 1 && !reached.has(dnsNameKey(record.owner)));
  if (foreign) {
    return { problem: ['answered', `with a record of ${foreign.owner || '.'} (type ${typeName(type)}), a name neither asked nor reached from ${name} through the answer's CNAME records`] };
  }
  return { reply: parsed };
}

function typeName(type: number): string {
  return Object.keys(TYPE_NUMBERS).find((name) => TYPE_NUMBERS[name] === type) ?? `type ${type}`;
}

/** The query name and every name its answer's CNAME records lead to, as DNS compares them. */
function reachedNames(name: string, answers: readonly AnswerRecord[]): Set<string> {
  const reached = new Set([dnsNameKey(name)]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const record of answers) {
      if (record.type !== CNAME || record.target === undefined || !reached.has(dnsNameKey(record.owner))) continue;
      const next = dnsNameKey(record.target);
      if (!reached.has(next)) {
        reached.add(next);
        grew = true;
      }
    }
  }
  return reached;
}

/** The CNAME chain from the query name, as the answer writes it, up to its end or its first return to a name it passed. */
function cnameChain(name: string, answers: readonly AnswerRecord[]): CnameChain {
  const names: string[] = [];
  const passed = new Set([dnsNameKey(name)]);
  let current = name;
  for (;;) {
    const link = answers.find((record) => record.type === CNAME && record.target !== undefined && dnsNameKey(record.owner) === dnsNameKey(current));
    if (!link) return { names, loops: false };
    names.push(link.target!);
    if (passed.has(dnsNameKey(link.target!))) return { names, loops: true };
    passed.add(dnsNameKey(link.target!));
    current = link.target!;
  }
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

/** A name or record that breaks the message's structure. */
class Unparsable extends Error {}

/** Folds ASCII letters only, as DNS compares names (RFC 4343); no final dot. */
export function dnsNameKey(name: string): string {
  return name.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()).replace(/\.$/, '');
}

/**
 * The name at `offset`, its labels joined by dots (a dot inside a label escaped, as c-ares
 * writes it), and the offset after its bytes in place. Bounded: a pointer must point before the
 * label it is in (so pointers cannot loop), and a name holds at most 255 bytes.
 */
function readName(message: Buffer, offset: number): { name: string; next: number } {
  const labels: string[] = [];
  let at = offset;
  let next: number | undefined;
  let length = 1;
  for (;;) {
    if (at >= message.length) throw new Unparsable('a name runs past the end of the message');
    const byte = message[at]!;
    if (byte === 0) {
      next ??= at + 1;
      break;
    }
    if ((byte & 0xc0) === 0xc0) {
      if (at + 1 >= message.length) throw new Unparsable('a name runs past the end of the message');
      const target = ((byte & 0x3f) << 8) | message[at + 1]!;
      if (target >= at) throw new Unparsable(`a compression pointer at byte ${at} points forward or at itself (to byte ${target})`);
      next ??= at + 2;
      at = target;
      continue;
    }
    if ((byte & 0xc0) !== 0) throw new Unparsable(`a label at byte ${at} has the reserved type bits ${byte >> 6}`);
    if (at + 1 + byte > message.length) throw new Unparsable('a name runs past the end of the message');
    length += byte + 1;
    if (length > 255) throw new Unparsable('a name is longer than 255 bytes');
    labels.push(message.toString('latin1', at + 1, at + 1 + byte).replace(/[.\\]/g, (c) => `\\${c}`));
    at += 1 + byte;
  }
  return { name: labels.join('.'), next };
}

interface AnswerRecord {
  readonly owner: string;
  readonly type: number;
  readonly class: number;
  /** A name in the record's data (CNAME's target), when the type has one. */
  readonly target?: string;
}

export interface ParsedReply {
  readonly id: number;
  readonly rcode: number;
  readonly truncated: boolean;
  readonly question?: { readonly name: string; readonly type: number; readonly class: number };
  readonly questions: number;
  readonly answers: readonly AnswerRecord[];
}

/** The reply's header, question and (of a NOERROR answer not truncated) records, every count matched by its bytes; throws Unparsable. */
export function parseReply(message: Buffer): ParsedReply {
  const truncated = (message[2]! & 0x02) !== 0;
  const counts = [4, 6, 8, 10].map((at) => message.readUInt16BE(at)) as [number, number, number, number];
  let at = 12;
  let question: ParsedReply['question'];
  for (let i = 0; i < counts[0]; i++) {
    const { name, next } = readName(message, at);
    if (next + 4 > message.length) throw new Unparsable(`question ${i + 1} runs past the end of the message`);
    question ??= { name, type: message.readUInt16BE(next), class: message.readUInt16BE(next + 2) };
    at = next + 4;
  }
  const answers: AnswerRecord[] = [];
  // A truncated reply may end inside its records (what it holds is read over TCP instead), and a
  // failure's records are no answer: the rcode is what the check reports.
  if (truncated || (message[3]! & 0x0f) !== 0) return { id: message.readUInt16BE(0), rcode: message[3]! & 0x0f, truncated, question, questions: counts[0], answers };
  const sections = [['answer', counts[1]], ['authority', counts[2]], ['additional', counts[3]]] as const;
  for (const [section, count] of sections) {
    for (let i = 0; i < count; i++) {
      const where = `record ${i + 1} of the ${section} section`;
      if (at >= message.length) throw new Unparsable(`${where} is announced but the message ends before it`);
      const { name: owner, next } = readName(message, at);
      if (next + 10 > message.length) throw new Unparsable(`${where} runs past the end of the message`);
      const type = message.readUInt16BE(next);
      const klass = message.readUInt16BE(next + 2);
      const length = message.readUInt16BE(next + 8);
      const start = next + 10;
      const end = start + length;
      if (end > message.length) throw new Unparsable(`${where} (type ${type}) announces ${length} bytes of data, past the end of the message`);
      if (klass === 1 && type === 1 && length !== 4) throw new Unparsable(`${where} is an A record of ${length} bytes, not 4`);
      if (klass === 1 && type === 28 && length !== 16) throw new Unparsable(`${where} is an AAAA record of ${length} bytes, not 16`);
      let target: string | undefined;
      if (type === 5) {
        const read = readName(message, start);
        if (read.next !== end) throw new Unparsable(`${where} is a CNAME record whose name does not fill its ${length} bytes of data`);
        target = read.name;
      }
      if (section === 'answer') answers.push({ owner, type, class: klass, ...(target === undefined ? {} : { target }) });
      at = end;
    }
  }
  if (at !== message.length) throw new Unparsable(`${message.length - at} bytes follow the last record its counts announce`);
  return { id: message.readUInt16BE(0), rcode: message[3]! & 0x0f, truncated, question, questions: counts[0], answers };
}
