// What a step extracts: an empty value or a capture group that took no part is nothing, and a
// regex that could run away is refused instead of holding the run.
import { describe, expect, it } from 'vitest';
import { capture } from '../../src/assertions/capture.js';
import type { Extraction, Observation } from '../../src/model.js';

const fromBody = (regex?: RegExp): Extraction => ({ name: 'ID', from: 'body', secret: false, location: { file: 'probegate.yml', line: 1, column: 1 }, ...(regex ? { regex } : {}) });
const body = (text: string): Observation => ({ timings: {}, body: Buffer.from(text) });

describe('capture', () => {
  it('takes nothing from an empty body, so the step fails as NOTHING_EXTRACTED', () => {
    expect(capture(fromBody(), body('')).value).toBeUndefined();
  });

  it('takes nothing when the capture group took no part in the match', () => {
    const captured = capture(fromBody(/id=(\d+)?/), body('id='));
    expect(captured.value).toBeUndefined();
    expect(captured.reason).toBe('the regex id=(\\d+)? captured nothing');
  });

  it('takes the first capture group, or the whole match without one', () => {
    expect(capture(fromBody(/id=(\d+)/), body('id=42')).value).toBe('42');
    expect(capture(fromBody(/\d+/), body('id=42')).value).toBe('42');
  });

  it('refuses a regex that could backtrack for ever instead of running it', () => {
    const captured = capture(fromBody(/^(a+)+$/), body(`${'a'.repeat(40)}!`));
    expect(captured.value).toBeUndefined();
    expect(captured.reason).toMatch(/^the regex \^\(a\+\)\+\$ could take too long on 41 characters: use a simpler one/);
  });

  it('takes nothing, saying why, from a value nested past what JSON can write (it was a crash of the run)', () => {
    const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    const fromPath: Extraction = { name: 'X', from: 'jsonpath', path: '$.a', secret: false, location: { file: 'probegate.yml', line: 1, column: 1 } };
    const captured = capture(fromPath, { timings: {}, body: Buffer.from(deep), headers: { 'content-type': 'application/json' } });
    expect(captured.value).toBeUndefined();
    expect(captured.reason).toBe('the value is nested too deep to be written as text');
  });
});
