import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_CODES } from '../src/errors/taxonomy.js';
import { applyGate, judge, judgeReady, parseSelectors, resolveGate, selectorProblem } from '../src/gate.js';
import type { CheckOutcome, ResolvedCheck } from '../src/model.js';

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

  it('judges a check that sets fail_on or warn_on by its own pair, not by the run\'s', () => {
    // The case: the gate's warn_on: [SSL:CERT_HAS_EXPIRED] must not soften a check's own fail_on: [SSL].
    const ownFail = outcome('SSL', 'CERT_HAS_EXPIRED', { failOn: ['SSL'] });
    expect(judge(ownFail, { failOn: ['all'], warnOn: ['SSL:CERT_HAS_EXPIRED'] })).toMatchObject({ status: 'failed', level: 'error' });
    // The half a check leaves out is the default (fail_on: [all]), not the run's.
    const ownWarn = outcome('CONNREFUSED', 'CONNREFUSED', { warnOn: ['TIMEOUT'] });
    expect(judge(ownWarn, { failOn: ['SSL'], warnOn: ['CONNREFUSED'] })).toMatchObject({ status: 'failed', level: 'error' });
    expect(judge(outcome('TIMEOUT', 'REQUEST_TIMEOUT', { warnOn: ['TIMEOUT'] }), { failOn: ['all'], warnOn: [] })).toMatchObject({ status: 'warned', level: 'warning' });
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
    const warnOnly = applyGate({ outcomes }, { failOn: ['DNS'], warnOn: ['TIMEOUT'] }, { file: 'm.yml', problems: 0 }, 0);
    expect(warnOnly.result).toBe('pass');
    expect(warnOnly.summary).toEqual({ total: 4, passed: 1, failed: 0, warned: 2, skipped: 1 });
    expect(warnOnly.categories).toEqual(['TIMEOUT', 'SSL']);
    expect(applyGate({ outcomes }, { failOn: ['SSL'], warnOn: [] }, { file: 'm.yml', problems: 0 }, 0).result).toBe('fail');
  });

  it('fails a check with a manifest problem whatever the gate says of INVALID_REQUEST, and a run whose manifest has problems', () => {
    const invalid = outcome('INVALID_REQUEST', 'INVALID_REQUEST', { invalid: { category: 'INVALID_REQUEST', code: 'INVALID_REQUEST', message: 'line 6: a typo' } });
    for (const gate of [{ failOn: ['all'], warnOn: ['INVALID_REQUEST'] }, { failOn: [], warnOn: [] }, { failOn: ['SSL'], warnOn: ['all'] }]) {
      expect(judge(invalid, gate), JSON.stringify(gate)).toMatchObject({ status: 'failed', level: 'error' });
    }
    // Found at run time (a step's URL built from an extracted value), INVALID_REQUEST follows the gate.
    expect(judge(outcome('INVALID_REQUEST'), { failOn: ['all'], warnOn: ['INVALID_REQUEST'] })).toMatchObject({ status: 'warned' });
    // A problem outside every check (the baseline's) fails the run though every check passed.
    const run = applyGate({ outcomes: [outcome(null)] }, { failOn: ['all'], warnOn: [] }, { file: 'm.yml', problems: 1 }, 0);
    expect(run).toMatchObject({ result: 'fail', summary: { passed: 1, failed: 0 } });
  });

  it('fails the run when the preview never became ready, whatever all or TIMEOUT in warn_on say', () => {
    const notReady = { error: { category: 'TIMEOUT', code: 'READY_TIMEOUT', message: 'not ready' }, url: 'http://x/', location: { file: 'm.yml', line: 3, column: 1 }, assertions: [] };
    for (const warnOn of [[], ['TIMEOUT'], ['all'], ['TIMEOUT:REQUEST_TIMEOUT']]) {
      const run = applyGate({ outcomes: [{ ...outcome(null), skipped: true }], notReady }, { failOn: [], warnOn }, { file: 'm.yml', problems: 0 }, 0);
      expect(run.result, `warn_on: ${JSON.stringify(warnOn)}`).toBe('fail');
      expect(run.ready).toMatchObject({ status: 'failed', level: 'error' });
    }
    expect(judgeReady(notReady, { failOn: ['all'], warnOn: ['TIMEOUT:READY_TIMEOUT'] })).toMatchObject({ status: 'warned', level: 'warning' });
    const warned = applyGate({ outcomes: [{ ...outcome(null), skipped: true }], notReady }, { failOn: ['all'], warnOn: ['TIMEOUT:READY_TIMEOUT'] }, { file: 'm.yml', problems: 0 }, 0);
    expect(warned).toMatchObject({ result: 'pass', categories: ['TIMEOUT'], summary: { total: 1, skipped: 1 } });
  });

  it.each([
    ['SSL:CERT_EXPIRED', '"SSL:CERT_EXPIRED" is not a code the SSL category can end with, did you mean SSL:CERT_HAS_EXPIRED?'],
    ['TIMOUT', '"TIMOUT" is not an error category, did you mean TIMEOUT?'],
    ['TIMEOUT:READY', '"TIMEOUT:READY" is not a code the TIMEOUT category can end with, did you mean TIMEOUT:READY_TIMEOUT?'],
    ['ssl', '"ssl" is not an error category, did you mean SSL?'],
    ['SSL:', '"SSL:" is not a code the SSL category can end with'],
    ['SSL:CERT_HAS_EXPIRED:X', '"SSL:CERT_HAS_EXPIRED:X" is not a code the SSL category can end with'],
    ['NOPE:NOTHING_LIKE_IT', '"NOPE:NOTHING_LIKE_IT" is not an error category (expected all'],
  ])('refuses the selector %s with a did-you-mean', (selector, message) => {
    expect(selectorProblem(selector)).toContain(message);
  });

  it('accepts all, every category and every code of the closed list', () => {
    const selectors = ['all', ...CATEGORIES, ...CATEGORIES.flatMap((category) => CATEGORY_CODES[category].map((code) => `${category}:${code}`))];
    expect(selectors.filter((selector) => selectorProblem(selector) !== undefined)).toEqual([]);
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
