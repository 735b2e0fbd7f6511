import dgram from 'node:dgram';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model.js';
import { reverseName } from '../../src/checks/dns.js';
import { runCli } from '../helpers/cli.js';
import { checkNamed, observeCheck, runManifestText, writeManifest } from '../helpers/run.js';
import { expectScenario, scenarioManifest, type Scenario } from '../helpers/scenarios.js';
import { closedUdpPort, startDnsServer, type DnsPeer, type Zone } from '../helpers/network-peers.js';

// One loopback DNS server with a name per record type and per failure a resolver meets.
const zone: Zone = {
  'www.example.test': {
    A: [{ address: '192.0.2.1' }, { address: '192.0.2.2' }],
    AAAA: [{ address: '2001:db8::1' }],
    MX: [{ priority: 10, exchange: 'mail.example.org' }, { priority: 20, exchange: 'backup.example.org' }],
    NS: [{ ns: 'ns1.example.org' }],
    TXT: [{ data: ['v=spf1 include:_spf.example.org ', '-all'] }, { data: 'google-site-verification=abc' }],
    // c-ares refuses a compressed SRV target (RFC 2782), so the target shares no suffix with the name.
    SRV: [{ priority: 10, weight: 5, port: 5060, target: 'sip.example.org' }],
    CAA: [{ flags: 0, tag: 'issue', value: 'letsencrypt.org' }],
    SOA: [{ primary: 'ns1.example.org', admin: 'hostmaster.example.org', serial: 2024010101, refresh: 3600, retry: 600, expiration: 86400, minimum: 300 }],
  },
  'alias.example.test': { CNAME: [{ domain: 'www.example.org' }] },
  '1.0.0.127.in-addr.arpa': { PTR: [{ domain: 'localhost.example.org' }] },
  [`1.${'0.'.repeat(31)}ip6.arpa`]: { PTR: [{ domain: 'localhost6.example.org' }] },
  'no-mx.example.test': { A: [{ address: '192.0.2.9' }] },
  'compressed-srv.example.test': { SRV: [{ priority: 1, weight: 1, port: 443, target: 'host.compressed-srv.example.test' }] },
  'servfail.example.test': 'SERVFAIL',
  'refused.example.test': 'REFUSED',
  'silent.example.test': 'SILENT',
};

let server: DnsPeer;
let server6: DnsPeer;
let closedPort: number;
let hostile: { port: number; close(): Promise<void> };

beforeAll(async () => {
  server = await startDnsServer(zone);
  server6 = await startDnsServer(zone, '::1');
  closedPort = await closedUdpPort();
  hostile = await startHostileDnsServer();
});

afterAll(async () => {
  await Promise.all([server.close(), server6.close(), hostile.close()]);
});

// A hostile DNS server: the first label of the name asked says how it misbehaves. Its TCP port
// (the same number) closes every connection, so a truncated answer's retry over TCP fails.
const RCODE_NAMES = ['NOERROR', 'FORMERR', 'SERVFAIL', 'NXDOMAIN', 'NOTIMP', 'REFUSED', 'YXDOMAIN', 'YXRRSET', 'NXRRSET', 'NOTAUTH', 'NOTZONE', 'DSOTYPENI'];
const TYPE = { A: 1, CNAME: 5, PTR: 12, MX: 15, AAAA: 28 } as const;

/** A name in wire form, uncompressed. */
function wireName(name: string): Buffer {
  return Buffer.concat([...name.split('.').filter(Boolean).map((label) => Buffer.concat([Buffer.from([label.length]), Buffer.from(label)])), Buffer.from([0])]);
}

/** One resource record of class IN. */
function rr(owner: string, type: number, data: Buffer): Buffer {
  const fixed = Buffer.alloc(10);
  fixed.writeUInt16BE(type, 0);
  fixed.writeUInt16BE(1, 2);
  fixed.writeUInt32BE(60, 4);
  fixed.writeUInt16BE(data.length, 8);
  return Buffer.concat([wireName(owner), fixed, data]);
}

const ipv4 = (address: string) => Buffer.from(address.split('.').map(Number));

/** The answer records a hostile name gets for a query of `type` about `name`. */
function hostileAnswers(behaviour: string, name: string, type: number): Buffer[] {
  switch (behaviour) {
    case 'dangling':
      return [rr(name, TYPE.CNAME, wireName('end.hostile.test'))];
    case 'loop':
      return [rr(name, TYPE.CNAME, wireName('loop2.hostile.test')), rr('loop2.hostile.test', TYPE.CNAME, wireName(name))];
    case 'othername':
      return type === TYPE.A ? [rr('unrelated.test', TYPE.A, ipv4('1.2.3.4'))] : [];
    case 'mixed':
      return type === TYPE.A ? [rr(name, TYPE.A, ipv4('1.2.3.4')), rr('other.test', TYPE.A, ipv4('6.6.6.6'))] : [];
    case 'chain':
      // The chain's names in another case than its links: DNS compares names case-insensitively.
      return [rr(name, TYPE.CNAME, wireName('B.Hostile.TEST')), rr('b.hostile.test', TYPE.CNAME, wireName('c.hostile.test')), rr('C.HOSTILE.test', TYPE.A, ipv4('6.6.6.6'))];
    case 'badrdlen':
      return [rr(name, TYPE.A, Buffer.from([1, 2, 3, 4, 5, 6]))];
    case 'multi':
      return type === TYPE.A ? [rr(name, TYPE.A, ipv4('1.2.3.4')), rr(name, TYPE.A, ipv4('6.6.6.6'))] : [];
    case 'mixedcase':
      if (type === TYPE.CNAME) return [rr(name, TYPE.CNAME, wireName('EVIL.Example.COM'))];
      if (type === TYPE.PTR) return [rr(name, TYPE.PTR, wireName('Evil.Example.com'))];
      if (type === TYPE.MX) return [rr(name, TYPE.MX, Buffer.concat([Buffer.from([0, 10]), wireName('Mail.Example.COM')]))];
      if (type === TYPE.AAAA) return [rr(name, TYPE.AAAA, Buffer.from('00000000000000000000ffff06060606', 'hex')), rr(name, TYPE.AAAA, Buffer.from('20010db8000000000000000000000666', 'hex'))];
      return [];
    default:
      return [];
  }
}

function hostileReply(query: Buffer): Buffer {
  // The question alone: the query may carry an EDNS record after it.
  let end = 12;
  while (query[end]) end += query[end]! + 1;
  const question = query.subarray(12, end + 5);
  const behaviour = question.subarray(1, 1 + question[0]!).toString();
  const name = query.subarray(12, end).length > 1 ? readQuestionName(question) : '';
  const type = question.readUInt16BE(question.length - 4);
  const answer = (flags: number, id = query.readUInt16BE(0), answers: Buffer[] = [], asked = question) => {
    const header = Buffer.alloc(12);
    header.writeUInt16BE(id, 0);
    header.writeUInt16BE(flags, 2);
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(answers.length, 6);
    return Buffer.concat([header, asked, ...answers]);
  };
  if (behaviour === 'garbage') return Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x01]);
  if (behaviour === 'echo') return Buffer.from(query);
  if (behaviour === 'wrongid') return answer(0x8180, query.readUInt16BE(0) ^ 0xffff);
  if (behaviour === 'truncated') {
    // Announces one A record, then ends inside it.
    const full = answer(0x8180);
    full.writeUInt16BE(1, 6);
    return Buffer.concat([full, Buffer.from([0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 127])]);
  }
  if (behaviour === 'tc') return answer(0x8380);
  if (behaviour === 'nodata') return answer(0x8180);
  if (behaviour === 'qmismatch') return answer(0x8180, undefined, [rr('other.test', TYPE.A, ipv4('1.2.3.4'))], Buffer.concat([wireName('other.test'), Buffer.from([0, 1, 0, 1])]));
  const answers = hostileAnswers(behaviour, name, type);
  if (answers.length > 0) return answer(0x8180, undefined, answers);
  return answer(0x8180 | Math.max(0, RCODE_NAMES.indexOf(behaviour.toUpperCase())));
}

function readQuestionName(question: Buffer): string {
  const labels: string[] = [];
  for (let at = 0; question[at]; at += question[at]! + 1) labels.push(question.subarray(at + 1, at + 1 + question[at]!).toString());
  return labels.join('.');
}

// The UDP port's number may be taken for TCP (by any connection's ephemeral port, on a machine
// busy with many): a few ports are tried before giving up.
async function startHostileDnsServer(attemptsLeft = 20): Promise<{ port: number; close(): Promise<void> }> {
  const udp = dgram.createSocket('udp4');
  udp.on('message', (query, from) => udp.send(hostileReply(query), from.port, from.address));
  await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve));
  const port = udp.address().port;
  const tcp = net.createServer((socket) => socket.destroy());
  const listening = await new Promise<boolean>((resolve, reject) => {
    tcp.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' && attemptsLeft > 1 ? resolve(false) : reject(error)));
    tcp.listen(port, '127.0.0.1', () => resolve(true));
  });
  if (!listening) {
    await new Promise<void>((resolve) => udp.close(() => resolve()));
    return startHostileDnsServer(attemptsLeft - 1);
  }
  return {
    port,
    close: () => new Promise<void>((resolve) => udp.close(() => tcp.close(() => resolve()))),
  };
}

const at = () => `server: 127.0.0.1, port: ${server.port}`;

const recordTypes: [string, string, string][] = [
  ['A', 'www.example.test', '192.0.2.2'],
  ['AAAA', 'www.example.test', '2001:db8::1'],
  ['CNAME', 'alias.example.test', 'www.example.org'],
  ['MX', 'www.example.test', '10 mail.example.org'],
  ['NS', 'www.example.test', 'ns1.example.org'],
  ['TXT', 'www.example.test', 'v=spf1 include:_spf.example.org -all'],
  ['SRV', 'www.example.test', '10 5 5060 sip.example.org'],
  ['CAA', 'www.example.test', '0 issue letsencrypt.org'],
  ['SOA', 'www.example.test', 'ns1.example.org hostmaster.example.org 2024010101 3600 600 86400 300'],
  ['PTR', '1.0.0.127.in-addr.arpa', 'localhost.example.org'],
];

const scenarios: Scenario[] = [
  ...recordTypes.map(([type, host, record]): Scenario => ({
    name: `the ${type} record of ${host} reads "${record}"`,
    check: () => `request: { host: ${host}, record_type: ${type}, ${at()} }
    assertions:
      - { type: recordSome, property: ${type}, operator: is, target: "${record}" }`,
    category: null,
  })),
  {
    name: 'PTR of an IP address asks for its reverse name',
    check: () => `request: { host: 127.0.0.1, record_type: PTR, ${at()} }
    assertions:
      - { type: recordSome, property: PTR, operator: is, target: localhost.example.org }`,
    category: null,
  },
  {
    name: 'PTR of an IPv6 address asks for its ip6.arpa name',
    check: () => `request: { host: "::1", record_type: PTR, ${at()} }
    assertions:
      - { type: recordSome, property: PTR, operator: is, target: localhost6.example.org }`,
    category: null,
  },
  {
    name: 'recordEvery passes when every record matches, and the record types asserted are queried too',
    check: () => `request: { host: www.example.test, ${at()} }
    assertions:
      - { type: recordEvery, property: A, operator: matches, target: "^192\\\\.0\\\\.2\\\\." }
      - { type: recordSome, property: MX, operator: contains, target: backup.example.org }
      - { type: recordEvery, property: txt, operator: doesNotContain, target: "v=DKIM" }
      - { type: responseTime, operator: lessThan, target: 30000 }`,
    category: null,
  },
  {
    name: 'recordEvery fails when one record differs, with every record as actual',
    check: () => `request: { host: www.example.test, record_type: A, ${at()} }
    assertions:
      - { type: recordEvery, property: A, operator: is, target: 192.0.2.1 }
      - { type: recordEvery, property: A, operator: isNot, target: 192.0.2.1 }`,
    category: 'INCORRECT_ASSERTION',
    message: /recordEvery A: expected is `192\.0\.2\.1`, actual `\["192\.0\.2\.1","192\.0\.2\.2"\]`/,
  },
  {
    name: 'a server on ::1 is named in brackets',
    check: () => `request: { host: servfail.example.test, server: "::1", port: ${server6.port} }`,
    category: 'DNS',
    code: 'SERVFAIL',
    message: /from \[::1\]:\d+/,
  },
  {
    name: 'a name the server does not know is DNS NXDOMAIN',
    check: () => `request: { host: missing.example.test, ${at()} }`,
    category: 'DNS',
    code: 'NXDOMAIN',
    message: /^missing\.example\.test does not exist \(NXDOMAIN from 127\.0\.0\.1:\d+, A query\)\. Check the host name for typos/,
  },
  {
    name: 'a name without the asked record type is DNS NODATA',
    check: () => `request: { host: no-mx.example.test, record_type: MX, ${at()} }`,
    category: 'DNS',
    code: 'NODATA',
    message: /^no-mx\.example\.test exists but has no MX record \(NODATA from 127\.0\.0\.1:\d+, MX query\)\. Add the missing record/,
  },
  {
    name: 'a server failure is DNS SERVFAIL',
    check: () => `request: { host: servfail.example.test, ${at()} }`,
    category: 'DNS',
    code: 'SERVFAIL',
    message: /servfail\.example\.test could not be resolved: the server failed \(SERVFAIL from 127\.0\.0\.1:\d+, A query\)\. Check the authoritative servers/,
  },
  {
    name: 'a server that refuses to answer is DNS REFUSED',
    check: () => `request: { host: refused.example.test, record_type: TXT, ${at()} }`,
    category: 'DNS',
    code: 'REFUSED',
    message: /refused\.example\.test could not be resolved: the server refused to answer \(REFUSED from 127\.0\.0\.1:\d+, TXT query\)\. Use a resolver/,
  },
  {
    name: 'a server that never answers is TIMEOUT at the check’s own timeout',
    check: () => `request: { host: silent.example.test, ${at()} }
    timeout: 300ms`,
    category: 'TIMEOUT',
    code: 'REQUEST_TIMEOUT',
    message: /No answer within the request timeout of 300 ms while waiting for the DNS answer from 127\.0\.0\.1:\d+/,
  },
  {
    name: 'a closed server port is CONNREFUSED',
    check: () => `request: { host: www.example.test, server: 127.0.0.1, port: ${closedPort} }`,
    category: 'CONNREFUSED',
    code: 'CONNREFUSED',
    message: /Connection refused by 127\.0\.0\.1:\d+: no DNS server listens there\. Check that the service is running/,
  },
  {
    name: 'an SRV answer c-ares cannot parse is MALFORMED_RESPONSE',
    check: () => `request: { host: compressed-srv.example.test, record_type: SRV, ${at()} }`,
    category: 'MALFORMED_RESPONSE',
    message: /127\.0\.0\.1:\d+ sent an answer to the SRV query for compressed-srv\.example\.test that could not be parsed/,
  },
  {
    name: 'garbage bytes in reply are MALFORMED_RESPONSE',
    check: () => `request: { host: garbage.hostile.test, server: 127.0.0.1, port: ${hostile.port} }`,
    category: 'MALFORMED_RESPONSE',
    message: /127\.0\.0\.1:\d+ sent (an answer to the A query for garbage\.hostile\.test that could not be parsed|a reply .* that is not an answer)/,
  },
  {
    name: 'the query echoed back (QR bit clear) is MALFORMED_RESPONSE, not an empty answer',
    check: () => `request: { host: echo.hostile.test, server: 127.0.0.1, port: ${hostile.port} }`,
    category: 'MALFORMED_RESPONSE',
    message: /sent a reply to the A query for echo\.hostile\.test that is not an answer: the QR bit is clear/,
  },
  {
    name: 'a reply with the wrong ID is MALFORMED_RESPONSE at once, not a wait for the timeout',
    check: () => `request: { host: wrongid.hostile.test, server: 127.0.0.1, port: ${hostile.port} }
    timeout: 30s`,
    category: 'MALFORMED_RESPONSE',
    message: /not an answer: its ID \d+ is not the query's \d+/,
  },
  {
    name: 'a reply cut short inside its record is MALFORMED_RESPONSE',
    check: () => `request: { host: truncated.hostile.test, server: 127.0.0.1, port: ${hostile.port} }`,
    category: 'MALFORMED_RESPONSE',
    message: /sent an answer to the A query for truncated\.hostile\.test that could not be parsed/,
  },
  {
    name: 'a truncated (TC) answer whose TCP retry is closed is CONNRESET',
    check: () => `request: { host: tc.hostile.test, server: 127.0.0.1, port: ${hostile.port} }`,
    category: 'CONNRESET',
    message: /sent a truncated \(TC\) answer to the A query for tc\.hostile\.test, and the retry over TCP was refused or closed/,
  },
  ...['FORMERR', 'SERVFAIL', 'NXDOMAIN', 'NOTIMP', 'REFUSED', 'YXDOMAIN', 'YXRRSET', 'NXRRSET', 'NOTAUTH', 'NOTZONE', 'DSOTYPENI', 'NODATA'].map(
    (rcode): Scenario => ({
      name: `the rcode ${rcode} is DNS ${rcode}`,
      check: () => `request: { host: ${rcode.toLowerCase()}.hostile.test, server: 127.0.0.1, port: ${hostile.port} }`,
      category: 'DNS',
      code: rcode,
      message: new RegExp(`${rcode}[ )]`),
    }),
  ),
  {
    name: 'an rcode above REFUSED does not send the user looking for typos',
    check: () => `request: { host: dsotypeni.hostile.test, server: 127.0.0.1, port: ${hostile.port} }`,
    category: 'DNS',
    code: 'DSOTYPENI',
    message: /^(?![\s\S]*typos)dsotypeni\.hostile\.test could not be resolved: 127\.0\.0\.1:\d+ answered the A query with DSOTYPENI \(the DSO type is not implemented\)\. Check what runs on the `server` of the check, or ask a standard recursive resolver/,
  },
  {
    name: 'a CNAME to a name without an A record is DNS NODATA, naming the chain',
    check: () => `request: { host: dangling.hostile.test, server: 127.0.0.1, port: ${hostile.port} }
    assertions:
      - { type: responseTime, operator: lessThan, target: 30000 }`,
    category: 'DNS',
    code: 'NODATA',
    message: /^dangling\.hostile\.test has no A record: its answer's CNAME chain dangling\.hostile\.test → end\.hostile\.test ends at end\.hostile\.test, which has no A record \(NODATA from 127\.0\.0\.1:\d+, A query\)/,
  },
  {
    name: 'a dangling CNAME is DNS NODATA under recordEvery too, not an assertion that failed or passed',
    check: () => `request: { host: dangling.hostile.test, server: 127.0.0.1, port: ${hostile.port} }
    assertions:
      - { type: recordEvery, property: A, operator: isNot, target: 6.6.6.6 }`,
    category: 'DNS',
    code: 'NODATA',
  },
  {
    name: 'a CNAME to a name without an MX record is DNS NODATA, naming the chain',
    check: () => `request: { host: dangling.hostile.test, record_type: MX, server: 127.0.0.1, port: ${hostile.port} }`,
    category: 'DNS',
    code: 'NODATA',
    message: /CNAME chain dangling\.hostile\.test → end\.hostile\.test ends at end\.hostile\.test, which has no MX record \(NODATA from 127\.0\.0\.1:\d+, MX query\)/,
  },
  {
    name: 'a CNAME loop is DNS NODATA, naming the loop',
    check: () => `request: { host: loop.hostile.test, server: 127.0.0.1, port: ${hostile.port} }`,
    category: 'DNS',
    code: 'NODATA',
    message: /CNAME chain loop\.hostile\.test → loop2\.hostile\.test → loop\.hostile\.test is a loop, with no A record/,
  },
  {
    name: 'a CNAME chain to an A record passes, its names compared case-insensitively',
    check: () => `request: { host: chain.hostile.test, server: 127.0.0.1, port: ${hostile.port} }
    assertions:
      - { type: recordEvery, property: A, operator: is, target: 6.6.6.6 }`,
    category: null,
  },
  {
    name: 'an A record owned by another name than the one asked is MALFORMED_RESPONSE',
    check: () => `request: { host: othername.hostile.test, server: 127.0.0.1, port: ${hostile.port} }
    assertions:
      - { type: recordSome, property: A, operator: is, target: 1.2.3.4 }`,
    category: 'MALFORMED_RESPONSE',
    message: /127\.0\.0\.1:\d+ answered the A query for othername\.hostile\.test with a record of unrelated\.test \(type A\), a name neither asked nor reached/,
  },
  {
    name: 'an answer that mixes in another name’s record is MALFORMED_RESPONSE',
    check: () => `request: { host: mixed.hostile.test, server: 127.0.0.1, port: ${hostile.port} }
    assertions:
      - { type: recordSome, property: A, operator: is, target: 1.2.3.4 }`,
    category: 'MALFORMED_RESPONSE',
    message: /with a record of other\.test \(type A\)/,
  },
  {
    name: 'an A record of 6 bytes is MALFORMED_RESPONSE, not its first 4',
    check: () => `request: { host: badrdlen.hostile.test, server: 127.0.0.1, port: ${hostile.port} }
    assertions:
      - { type: recordSome, property: A, operator: is, target: 1.2.3.4 }`,
    category: 'MALFORMED_RESPONSE',
    message: /could not be parsed: record 1 of the answer section is an A record of 6 bytes, not 4/,
  },
  {
    name: 'a reply whose question is another name is MALFORMED_RESPONSE at once, not a wait for the timeout',
    check: () => `request: { host: qmismatch.hostile.test, server: 127.0.0.1, port: ${hostile.port} }
    timeout: 30s`,
    category: 'MALFORMED_RESPONSE',
    message: /not an answer to it: its question asks for other\.test A, not qmismatch\.hostile\.test A/,
  },
  ...(
    [
      ['CNAME', 'isNot', 'evil.example.com'],
      ['CNAME', 'doesNotContain', 'evil.example.com.'],
      ['CNAME', 'doesNotMatch', '^evil\\\\.example\\\\.com$'],
      ['PTR', 'isNot', 'evil.example.com.'],
      ['MX', 'isNot', '10 mail.example.com.'],
      ['AAAA', 'isNot', '2001:DB8::666'],
      ['AAAA', 'isNot', '2001:db8:0:0:0:0:0:666'],
      ['AAAA', 'isNot', '::ffff:606:606'],
      ['AAAA', 'doesNotContain', '0db8'],
      ['AAAA', 'doesNotContain', '606:606'],
      ['AAAA', 'doesNotMatch', '2001:DB8:'],
    ] as const
  ).map(
    ([type, operator, target]): Scenario => ({
      name: `recordEvery ${type} ${operator} ${target} fails on a record that is that name or address in another spelling`,
      check: () => `request: { host: mixedcase.hostile.test, record_type: ${type}, server: 127.0.0.1, port: ${hostile.port} }
    assertions:
      - { type: recordEvery, property: ${type}, operator: ${operator}, target: "${target}" }`,
      category: 'INCORRECT_ASSERTION',
    }),
  ),
  ...(
    [
      ['CNAME', 'is', 'evil.example.com.'],
      ['CNAME', 'matches', '^evil\\\\.example\\\\.com\\\\.?$'],
      ['PTR', 'contains', 'EVIL.example'],
      ['MX', 'is', '10 MAIL.example.com'],
      ['AAAA', 'is', '2001:DB8:0::666'],
      ['AAAA', 'contains', '2001:DB8'],
    ] as const
  ).map(
    ([type, operator, target]): Scenario => ({
      name: `recordSome ${type} ${operator} ${target} passes on a record that is that name or address in another spelling`,
      check: () => `request: { host: mixedcase.hostile.test, record_type: ${type}, server: 127.0.0.1, port: ${hostile.port} }
    assertions:
      - { type: recordSome, property: ${type}, operator: ${operator}, target: "${target}" }`,
      category: null,
    }),
  ),
  ...(['isNot', 'doesNotContain', 'doesNotMatch'] as const).map(
    (operator): Scenario => ({
      name: `recordSome ${operator} is refused at load, for recordEvery ${operator}`,
      check: () => `request: { host: multi.hostile.test, server: 127.0.0.1, port: ${hostile.port} }
    assertions:
      - { type: recordSome, property: A, operator: ${operator}, target: 6.6.6.6 }`,
      category: 'INVALID_REQUEST',
      message: new RegExp(`assertions\\[0\\]\\.operator: recordSome ${operator} passes as soon as one record is not what the target names, so it passes whenever another record exists: use recordEvery ${operator}`),
    }),
  ),
  {
    name: 'an A target that is no IPv4 address is refused at load for is and isNot',
    check: () => `request: { host: multi.hostile.test, server: 127.0.0.1, port: ${hostile.port} }
    assertions:
      - { type: recordEvery, property: A, operator: isNot, target: 6.6.6.06 }`,
    category: 'INVALID_REQUEST',
    message: /assertions\[0\]\.target: "6\.6\.6\.06" is not an IPv4 address: recordEvery isNot compares a whole A record/,
  },
  {
    name: 'an assertion on a record type probegate does not query is INVALID_REQUEST',
    check: () => `request: { host: www.example.test, ${at()} }
    assertions:
      - { type: recordSome, property: SPF, operator: contains, target: x }`,
    category: 'INVALID_REQUEST',
    message: /checks\[\d+\]\.assertions\[0\]\.property: "SPF" is not a record type probegate queries \(A, AAAA, CNAME/,
  },
  {
    name: 'a port without a server is INVALID_REQUEST',
    check: () => `request: { host: www.example.test, port: 5353 }`,
    category: 'INVALID_REQUEST',
    message: /request\.port: a port needs a server/,
  },
];

describe('dns check against a loopback DNS server', () => {
  let run: RunResult;
  beforeAll(async () => {
    run = await runManifestText(scenarioManifest('dns', scenarios));
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_, scenario) => {
    const result = checkNamed(run, scenario.name);
    expectScenario(result, scenario);
    if (scenario.category === null) expect(result.assertions.every((a) => a.passed)).toBe(true);
  });

  it('times the DNS phase only when an answer came', () => {
    const answered = checkNamed(run, 'the A record of www.example.test reads "192.0.2.2"');
    expect(Object.keys(answered.timings).sort()).toEqual(['dns', 'total']);
    const silent = checkNamed(run, 'a server that never answers is TIMEOUT at the check’s own timeout');
    expect(silent.timings.dns).toBeUndefined();
  });

  it('keeps the records it read as the excerpt, for the report of a failure', async () => {
    const observed = await observeCheck(scenarioManifest('dns', scenarios), 'the MX record of www.example.test reads "10 mail.example.org"');
    expect(observed?.excerpt).toBe('MX 10 mail.example.org\nMX 20 backup.example.org');
  });
});

describe('reverse names for PTR', () => {
  it.each([
    ['127.0.0.1', '1.0.0.127.in-addr.arpa'],
    ['2001:db8::567:89ab', 'b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa'],
    ['::ffff:192.0.2.1', `1.0.2.0.0.0.0.c.f.f.f.f.${'0.'.repeat(20)}ip6.arpa`],
  ])('%s is asked as %s', (ip, name) => {
    expect(reverseName(ip)).toBe(name);
  });
});

describe('a server that answers c-ares but not the check’s own query', () => {
  // The check sends its own query beside c-ares's, to read the answer whole: whichever of the two
  // the server drops, the check fails at its deadline and the process exits (it stayed up for good
  // when the own query's reply never came). Which comes first on the wire is not fixed: both ways.
  it.each(['first', 'second'] as const)('fails at the deadline and lets the process exit when the %s query of a name is dropped', async (dropped) => {
    const seen = new Map<string, number>();
    const udp = dgram.createSocket('udp4');
    udp.on('message', (query, from) => {
      const name = query.subarray(12, query.indexOf(0, 12)).toString('latin1');
      const count = (seen.get(name) ?? 0) + 1;
      seen.set(name, count);
      if ((count === 1) === (dropped === 'first')) return;
      const header = Buffer.from(query.subarray(0, 12));
      header.writeUInt16BE(0x8180, 2);
      header.writeUInt16BE(1, 6);
      header.writeUInt16BE(0, 10);
      const question = query.subarray(12, query.indexOf(0, 12) + 5);
      udp.send(Buffer.concat([header, question, Buffer.from([0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 192, 0, 2, 1])]), from.port, from.address);
    });
    await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve));
    try {
      const file = writeManifest(`version: 1\nchecks:\n  - { name: d, type: dns, timeout: 1s, request: { host: half.example.test, server: 127.0.0.1, port: ${udp.address().port} } }\n`);
      const result = await runCli(['run', file, '--json', '-'], { timeoutMs: 20_000 });
      expect(result.code, result.stderr).toBe(1);
      const report = JSON.parse(result.stdout) as { checks: { error: { category: string; message: string } }[] };
      expect(report.checks[0]!.error.category).toBe('TIMEOUT');
    } finally {
      udp.close();
    }
  });
});
