import { describe, expect, it } from 'vitest';
import { redactOutcome, secretForms } from '../src/engine/redact.js';
import type { CheckOutcome } from '../src/model.js';

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

describe('a secret at the end of a cut text', () => {
  const secret = 'tok_5f3b9c2e8a7d';
  const outcome = (fields: Partial<CheckOutcome>) => ({ check: { name: 'a check' }, assertions: [], timings: {}, attempts: 1, skipped: false, durationMs: 1, ...fields }) as unknown as CheckOutcome;

  it('masks an excerpt, a cut actual or a shortened value that ends with four or more of its first characters', () => {
    const redacted = redactOutcome(
      outcome({
        excerpt: 'body tok_5f3',
        assertions: [{ type: 'header', operator: 'is', target: 'x', actual: 'value tok_', actualTotalBytes: 3000, passed: false, line: 1 }],
        error: { category: 'INCORRECT_ASSERTION', code: 'INCORRECT_ASSERTION', message: 'actual `xx tok_5f…` and more' },
      }),
      [secret],
    );
    expect(redacted.excerpt).toBe('body ***');
    expect(redacted.assertions[0]!.actual).toBe('value ***');
    expect(redacted.error!.message).toBe('actual `xx ***…` and more');
  });

  it('leaves an end of three characters, and a text that was not cut, as they are', () => {
    const redacted = redactOutcome(
      outcome({
        excerpt: 'body tok',
        check: { name: 'named tok_5f' } as CheckOutcome['check'],
        assertions: [{ type: 'header', operator: 'is', target: 'x', actual: 'whole tok_5f', passed: false, line: 1 }],
      }),
      [secret],
    );
    expect(redacted.excerpt).toBe('body tok');
    expect(redacted.check.name).toBe('named tok_5f');
    expect(redacted.assertions[0]!.actual).toBe('whole tok_5f');
  });

  it('masks the longest such end when one secret starts the way another one ends', () => {
    // The text ends with the start of the shorter secret, "LONGabcd", whose last four characters
    // start the longer one, which is looked at first.
    const redacted = redactOutcome(outcome({ excerpt: 'text LONGabcd' }), ['LONGabcdefg', 'abcdXYZ123456789']);
    expect(redacted.excerpt).toBe('text ***');
  });
});

describe('a short secret', () => {
  it('is masked in text, never inside probegate\'s own words: the report keeps its categories, codes, statuses and types', () => {
    const outcome = {
      check: { name: 'A check', type: 'http' },
      protocol: 'HTTP/1.1',
      assertions: [
        { type: 'statusCode', operator: 'is', target: 200, actual: 'A', passed: false, line: 1 },
        // A response's own fields of those names are its text: masked.
        { type: 'jsonpath', operator: 'is', target: 'x', actual: { type: 'A token', code: 'A', status: 'A' }, passed: false, line: 2 },
      ],
      timings: {},
      attempts: 1,
      skipped: false,
      durationMs: 1,
      error: { category: 'INVALID_REQUEST', code: 'INVALID_REQUEST', message: 'A is not set' },
      steps: [
        {
          name: 'A step',
          type: 'http',
          status: 'failed',
          error: { category: 'TIMEOUT', code: 'REQUEST_TIMEOUT', message: 'A' },
          assertions: [{ type: 'header', operator: 'contains', target: 'A', actual: 'A', passed: false, line: 3 }],
          timings: {},
          attempts: 1,
          // An extracted value under a name of the user's: masked, whatever the name.
          extracted: { code: 'A' },
          location: { file: 'probegate.yml', line: 3, column: 9 },
        },
      ],
    } as unknown as CheckOutcome;
    const redacted = redactOutcome(outcome, ['A']) as unknown as typeof outcome & { error: { category: string; code: string; message: string } };
    expect(redacted.error).toEqual({ category: 'INVALID_REQUEST', code: 'INVALID_REQUEST', message: '*** is not set' });
    expect(redacted.assertions[0]).toMatchObject({ type: 'statusCode', operator: 'is', actual: '***' });
    expect(redacted.assertions[1]).toMatchObject({ type: 'jsonpath', operator: 'is', actual: { type: '*** token', code: '***', status: '***' } });
    expect((redacted as unknown as { protocol: string }).protocol).toBe('HTTP/1.1');
    expect(redacted.steps![0]).toMatchObject({
      name: '*** step',
      type: 'http',
      status: 'failed',
      error: { category: 'TIMEOUT', code: 'REQUEST_TIMEOUT', message: '***' },
      assertions: [{ type: 'header', operator: 'contains', target: '***', actual: '***' }],
      extracted: { code: '***' },
    });
    expect((redacted.check as { name: string; type: string }).name).toBe('*** check');
    expect((redacted.check as { type: string }).type).toBe('http');
  });

  it('leaves a comparison\'s verdicts and kinds whole (the terminal table crashed on a masked verdict)', () => {
    const outcome = {
      check: { name: 'x', type: 'http' },
      assertions: [],
      timings: {},
      attempts: 1,
      skipped: false,
      durationMs: 1,
      error: null,
      comparison: {
        baselineUrl: 'https://prod.example/?e=e',
        verdict: 'inconclusive',
        reason: 'the preview failed its own assertions',
        latency: { verdict: 'same', reason: 'medians alike' },
        status: { regressed: false },
        schemaChanges: [{ path: 'items[].name', kind: 'type_changed', regression: true, baselineType: 'string', previewType: 'number', previewSamples: 3 }],
        missingHeaders: [],
        samples: { preview: 3, baseline: 3, baselineAgain: 3 },
      },
    } as unknown as CheckOutcome;
    const { comparison } = redactOutcome(outcome, ['e']) as unknown as { comparison: Record<string, unknown> & { latency: { verdict: string }; schemaChanges: { kind: string; baselineType: string; previewType: string; path: string }[] } };
    expect(comparison.verdict).toBe('inconclusive');
    expect(comparison.latency.verdict).toBe('same');
    expect(comparison.schemaChanges[0]).toMatchObject({ kind: 'type_changed', baselineType: 'string', previewType: 'number', path: 'it***ms[].nam***' });
    expect(comparison.baselineUrl).toBe('https://prod.***xampl***/?***=***');
  });
});
