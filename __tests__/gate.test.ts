import { describe, expect, it } from 'vitest';
import { applyGate, judge, parseSelectors, resolveGate } from '../src/gate.js';
import type { CheckOutcome, ResolvedCheck } from '../src/model.js';
import { testContext } from './helpers/context.js';

function outcome(category: string | null, code = category, own: Partial<ResolvedCheck> = {}): CheckOutcome {
  const check = { id: 'c', name: 'c', type: 'http', target: '', request: undefined, assertions: [], timeoutMs: 1, overallTimeoutMs: 1, retry: { count: 0, intervalMs: 0 }, skip: false, location: { file: 'm.yml', line: 1, column: 1 }, ...own } as ResolvedCheck;
  return { check, error: category ? { category, code: code!, message: '' } : null, skipped: false, assertions: [], timings: {}, attempts: 1, durationMs: 1 };
}

describe('gate', () => {
  it.each([
    ['all fails everything by default', { failOn: ['all'], warnOn: [] }, 'SSL', 'CERT_HAS_EXPIRED', 'failed', 'error'],
    ['a category outside fail_on only notes', { failOn: ['CONNREFUSED'], warnOn: [] }, 'TIMEOUT', 'REQUEST_TIMEOUT', 'warned', 'notice'],
    ['a category in warn_on warns', { failOn: ['CONNREFUSED'], warnOn: ['TIMEOUT'] }, 'TIMEOUT', 'REQUEST_TIMEOUT', 'warned', 'warning'],
    ['warn_on a category beats fail_on all', { failOn: ['all'], warnOn: ['TIMEOUT'] }, 'TIMEOUT', 'REQUEST_TIMEOUT', 'warned', 'warning'],
    ['a category matches every code of it', { failOn: ['SSL'], warnOn: [] }, 'SSL', 'HOSTNAME_MISMATCH', 'failed', 'error'],
    ['CATEGORY:CODE beats its category', { failOn: ['SSL:CERT_HAS_EXPIRED'], warnOn: ['SSL'] }, 'SSL', 'CERT_HAS_EXPIRED', 'failed', 'error'],
    ['another code of the category follows the category', { failOn: ['SSL:CERT_HAS_EXPIRED'], warnOn: ['SSL'] }, 'SSL', 'HOSTNAME_MISMATCH', 'warned', 'warning'],
    ['the same selector in both fails', { failOn: ['DNS'], warnOn: ['DNS'] }, 'DNS', 'NXDOMAIN', 'failed', 'error'],
  ])('%s', (_, gate, category, code, status, level) => {
    expect(judge(outcome(category, code), gate)).toMatchObject({ status, level });
  });

  it('lets a check override the gate', () => {
    const lenient = outcome('TIMEOUT', 'REQUEST_TIMEOUT', { warnOn: ['TIMEOUT'] });
    expect(judge(lenient, { failOn: ['all'], warnOn: [] }).status).toBe('warned');
    const strict = outcome('TIMEOUT', 'REQUEST_TIMEOUT', { failOn: ['TIMEOUT'] });
    expect(judge(strict, { failOn: ['CONNREFUSED'], warnOn: [] }).status).toBe('failed');
  });

  it('prefers the input to the manifest to the default', () => {
    expect(resolveGate({}, {})).toEqual({ failOn: ['all'], warnOn: [] });
    expect(resolveGate({}, { failOn: ['SSL'] })).toEqual({ failOn: ['SSL'], warnOn: [] });
    expect(resolveGate({ failOn: ['DNS'] }, { failOn: ['SSL'], warnOn: ['TIMEOUT'] })).toEqual({ failOn: ['DNS'], warnOn: ['TIMEOUT'] });
  });

  it('fails the run exactly when a check failed, and counts every status', () => {
    const outcomes = [outcome(null), outcome('TIMEOUT', 'REQUEST_TIMEOUT'), outcome('SSL', 'CERT_HAS_EXPIRED'), { ...outcome(null), skipped: true }];
    const warnOnly = applyGate(outcomes, { failOn: ['DNS'], warnOn: ['TIMEOUT'] }, testContext({ file: 'm.yml', digest: `sha256:${'0'.repeat(64)}` }, 0));
    expect(warnOnly.result).toBe('pass');
    expect(warnOnly.summary).toEqual({ total: 4, passed: 1, failed: 0, warned: 2, skipped: 1 });
    expect(warnOnly.categories).toEqual(['TIMEOUT', 'SSL']);
    expect(applyGate(outcomes, { failOn: ['SSL'], warnOn: [] }, testContext({ file: 'm.yml', digest: `sha256:${'0'.repeat(64)}` }, 0)).result).toBe('fail');
  });

  it('parses selectors separated by commas or new lines', () => {
    expect(parseSelectors('SSL, TIMEOUT:REQUEST_TIMEOUT\nDNS')).toEqual(['SSL', 'TIMEOUT:REQUEST_TIMEOUT', 'DNS']);
    expect(parseSelectors('  ')).toBeUndefined();
  });
});

describe('the manifest schema’s gate selectors', () => {
  it('name exactly the taxonomy’s categories', async () => {
    const { CATEGORIES } = await import('../src/errors/taxonomy.js');
    const schema = (await import('../schema/probegate.schema.json', { with: { type: 'json' } })).default;
    const pattern: string = schema.definitions.selectors.items.pattern;
    const listed = /^\^\(all\|\((.*)\)\(:/.exec(pattern)![1]!.split('|');
    expect([...listed].sort()).toEqual([...CATEGORIES].sort());
  });
});
