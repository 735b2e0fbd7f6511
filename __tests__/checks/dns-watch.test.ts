// The dns check's own reading of a reply (src/checks/dns-watch.ts): bounded by its bytes, so a
// hostile server's names and counts cannot loop it or have records read from past the message.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../src/checks/dns-watch.js';

/** A NOERROR reply with `answers` announced, to an A query for a.test (the question at byte 12). */
function reply(answers: number, records: number[]): Buffer {
  const header = Buffer.alloc(12);
  header.writeUInt16BE(1, 0);
  header.writeUInt16BE(0x8180, 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(answers, 6);
  return Buffer.concat([header, Buffer.from([1, 97, 4, 116, 101, 115, 116, 0, 0, 1, 0, 1]), Buffer.from(records)]);
}

const A_DATA = [0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 1, 2, 3, 4];

describe('reading a DNS reply', () => {
  it('reads an answer whose owner points at the question', () => {
    const parsed = parseReply(reply(1, [0xc0, 12, ...A_DATA]));
    expect(parsed.question).toEqual({ name: 'a.test', type: 1, class: 1 });
    expect(parsed.answers).toEqual([{ owner: 'a.test', type: 1, class: 1 }]);
  });

  it.each([
    ['a pointer to itself', [0xc0, 24, ...A_DATA], /points forward or at itself/],
    ['a pointer forward', [0xc0, 40, ...A_DATA], /points forward or at itself/],
    ['a label and a pointer back to it, forever', [1, 120, 0xc0, 24, ...A_DATA], /longer than 255 bytes/],
    ['more answers announced than sent', [0xc0, 12, ...A_DATA], /record 2 of the answer section is announced but the message ends before it/, 5],
    ['bytes after the last record', [0xc0, 12, ...A_DATA, 9], /1 bytes follow the last record/],
    ['an A record of 6 bytes', [0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 6, 1, 2, 3, 4, 5, 6], /an A record of 6 bytes, not 4/],
    ['an AAAA record of 4 bytes', [0xc0, 12, 0, 28, 0, 1, 0, 0, 0, 60, 0, 4, 1, 2, 3, 4], /an AAAA record of 4 bytes, not 16/],
    ['data past the message', [0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 40, 1, 2, 3, 4], /announces 40 bytes of data, past the end/],
  ] as [string, number[], RegExp, number?][])('refuses %s', (_, records, problem, announced = 1) => {
    expect(() => parseReply(reply(announced, records))).toThrow(problem);
  });
});
