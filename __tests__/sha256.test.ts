// src/sha256.ts hashes small manifests itself (node:crypto costs every start ~5 ms): it must give
// node:crypto's answer for every input, around each 64-byte block and its length field's edges.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HASHED_HERE_BELOW_BYTES, sha256Hex, sha256HexHere } from '../src/sha256.js';

const nodeSha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Bytes of every value, from a seeded generator so that a failure repeats. */
function bytesOf(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

describe('SHA-256 without node:crypto', () => {
  it('gives the FIPS 180-4 examples', () => {
    expect(sha256HexHere(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256HexHere(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256HexHere(new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('agrees with node:crypto on every length up to 300 bytes (each padding case) and on larger ones up to the cut-over', () => {
    const lengths = [...Array.from({ length: 301 }, (_, i) => i), 511, 512, 513, 4095, 4096, 10_000, 65_535, HASHED_HERE_BELOW_BYTES - 1];
    for (const length of lengths) {
      const bytes = bytesOf(length, length + 7);
      expect(sha256HexHere(bytes), `${length} bytes`).toBe(nodeSha256(bytes));
    }
    const allOnes = new Uint8Array(200).fill(0xff);
    expect(sha256HexHere(allOnes)).toBe(nodeSha256(allOnes));
  });

  it('sha256Hex gives the same on both sides of the cut-over to node:crypto', () => {
    for (const length of [0, 1000, HASHED_HERE_BELOW_BYTES - 1, HASHED_HERE_BELOW_BYTES, HASHED_HERE_BELOW_BYTES + 1, 200_000]) {
      const bytes = bytesOf(length, 99);
      expect(sha256Hex(bytes), `${length} bytes`).toBe(nodeSha256(bytes));
    }
  });
});
