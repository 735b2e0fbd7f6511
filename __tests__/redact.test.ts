import { describe, expect, it } from 'vitest';
import { secretForms } from '../src/engine/redact.js';

describe('secret forms', () => {
  it('finds a secret inside a Basic header at any alignment, URL-encoded and JSON-escaped', () => {
    const secret = 'p@ss w0rd/"long"';
    const forms = secretForms(secret);
    for (const user of ['a', 'ab', 'abc']) {
      const header = Buffer.from(`${user}:${secret}`).toString('base64');
      expect(forms.some((form) => header.includes(form)), `user ${user}`).toBe(true);
    }
    expect(forms).toContain(encodeURIComponent(secret));
    expect(forms).toContain('p@ss w0rd/\\"long\\"');
  });
});
