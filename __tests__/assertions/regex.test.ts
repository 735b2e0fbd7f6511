import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareAtOnce, compareValue } from '../../src/assertions/operators.js';
import { boundedInline } from '../../src/assertions/regex-cost.js';
import { MAX_WORKERS, testEachWithin } from '../../src/assertions/regex.js';
import { checkNamed, runManifestText } from '../helpers/run.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

let server: Peer;
beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    if (req.url === '/long') res.writeHead(200).end(`${'a'.repeat(100_000)}b`);
    // Still answering while the other check's regex runs: a stalled main thread would make this late.
    else setTimeout(() => res.writeHead(200).end('ok'), 200);
  });
});
afterAll(() => server.close());

describe('a pathological regex', () => {
  it('is TIMEOUT OVERALL_TIMEOUT at its deadline while the other checks in flight run and pass', async () => {
    const run = await runManifestText(`version: 1
checks:
  - name: backtracking
    type: http
    overall_timeout: 2s
    request: { url: "${server.url}/long" }
    assertions: [ { type: body, operator: matches, target: "^(a+)+$" } ]
  - name: plain
    type: http
    timeout: 1500ms
    request: { url: "${server.url}/slow" }
    assertions: [ { type: body, operator: is, target: ok } ]
  - name: quick regex
    type: http
    overall_timeout: 1500ms
    request: { url: "${server.url}/slow" }
    # Alternating repetition: tested in a worker, though quick on two characters.
    assertions: [ { type: body, operator: matches, target: "^(o|k)+$" } ]
`);
    for (const name of ['plain', 'quick regex']) {
      const check = checkNamed(run, name);
      expect(check.error, name).toBeNull();
      expect(check.status, name).toBe('passed');
    }
    const backtracking = checkNamed(run, 'backtracking');
    expect(backtracking.error).toMatchObject({ category: 'TIMEOUT', code: 'OVERALL_TIMEOUT' });
    expect(backtracking.error?.message).toMatch(/overall timeout of 2000 ms: the regular expression \/\^\(a\+\)\+\$\/ was still running over 100001 characters\. It backtracks too much: simplify it/);
    // The response arrived whole: the taxonomy's advice for a slow response would mislead.
    expect(backtracking.error?.message).not.toContain('slow to arrive');
  }, 30_000);
});

describe('a regex on a list of values, in the worker', () => {
  it('answers value by value in one test: the value that fails is named', async () => {
    // Alternating repetition: tested in the worker.
    expect(boundedInline('^(a|b)+$', 6)).toBe(false);
    expect(await compareValue('matches', ['ab', 'ba', 'c'], '^(a|b)+$', undefined)).toEqual({ passed: false, message: 'value 3 of 3, "c", fails: every value must pass (elements: some asks for one)' });
    expect(await compareValue('matches', ['ab', 'ba', 'c'], '^(a|b)+$', 'some')).toEqual({ passed: true });
    expect(await compareValue('doesNotMatch', ['c', 'ab'], '^(a|b)+$', undefined)).toEqual({ passed: false, message: 'value 2 of 2, "ab", fails: every value must pass' });
  });

  it('runs a quick test in a worker of its own while another check\'s slow one holds the first', async () => {
    const slow = testEachWithin(/^(a+)+$/, [`${'a'.repeat(40)}!`], { at: performance.now() + 1500, limitMs: 1500 });
    const quick = testEachWithin(/^(a|b)+$/, ['ab'], { at: performance.now() + 1000, limitMs: 1000 });
    expect(await quick).toEqual([true]);
    await expect(slow).rejects.toThrow(/overall timeout of 1500 ms: the regular expression \/\^\(a\+\)\+\$\/ was still running over 41 characters/);
  });

  it('says of a test that waited behind as many slow ones as there are workers that it never ran', async () => {
    const slow = Array.from({ length: MAX_WORKERS }, () => testEachWithin(/^(a+)+$/, [`${'a'.repeat(40)}!`], { at: performance.now() + 1500, limitMs: 1500 }));
    const behind = testEachWithin(/^(a|b)+$/, ['ab'], { at: performance.now() + 300, limitMs: 300 });
    const waited = await Promise.resolve(behind).then(() => undefined, (error: Error) => error.message);
    expect(waited).toMatch(/overall timeout of 300 ms: its regular expression \/\^\(a\|b\)\+\$\/ was waiting for other checks' \(\d+ at once, which backtrack too much\) and never ran/);
    expect(waited).toContain(`(${MAX_WORKERS} at once`);
    // Its own advice, once: raise this check's overall_timeout.
    expect(waited?.match(/overall_timeout/g)).toHaveLength(1);
    expect(waited).not.toContain('slow to arrive');
    for (const test of slow) await expect(test).rejects.toThrow(/overall timeout of 1500 ms: the regular expression \/\^\(a\+\)\+\$\/ was still running over 41 characters/);
  });

  it('rejects every test due at one deadline, and the worker answers the next test', async () => {
    const slow = `${'a'.repeat(40)}!`;
    const deadline = { at: performance.now() + 300, limitMs: 300 };
    const due = Array.from({ length: 50 }, () => testEachWithin(/^(a+)+$/, [slow, slow], deadline));
    const settled = await Promise.allSettled(due);
    expect(settled.every((outcome) => outcome.status === 'rejected' && /overall timeout of 300 ms/.test(String((outcome.reason as Error).message)))).toBe(true);
    expect(await testEachWithin(/^(a|b)+$/, ['ab', 'c'])).toEqual([true, false]);
  });
});

describe('a comparison judged in passing (would a 200 have failed this statusCode assertion?)', () => {
  it('is answered when no worker is needed, and is no answer when one would be', () => {
    expect(compareAtOnce('matches', 200, '^4\\d\\d$')).toEqual({ passed: false });
    expect(compareAtOnce('doesNotMatch', 200, '^(401|403)$')).toEqual({ passed: true });
    expect(compareAtOnce('isNot', 200, 200)).toEqual({ passed: false });
    // Alternating repetition: a worker's test, which nobody would wait for (and which, queued
    // behind busy workers, rejected at its 60 s default deadline with nobody to catch it).
    expect(boundedInline('^(2|20)+0$', 3)).toBe(false);
    expect(compareAtOnce('doesNotMatch', 200, '^(2|20)+0$')).toBeUndefined();
    expect(compareAtOnce('matches', 'refused', '^(refused|timeout)+$')).toBeUndefined();
  });
});

describe('which regex tests run on the main thread', () => {
  it.each([
    ['^ok$', 100_000],
    ['"status":\\s*"ok"', 4096],
    ['(?:foo|bar)?baz', 4096],
    ['[(+*]{3}', 100_000],
    ['a{3}THE-END$', 10 * 1024 * 1024],
  ])('%s over %i characters, whose worst case is small', (source, chars) => {
    expect(boundedInline(source, chars)).toBe(true);
  });

  it.each([
    ['^(a+)+$', 41],
    ['^(a|aa)+$', 41],
    ['^(?=a)(a+)+$', 41],
    ['(\\w+)\\1', 41],
    ['.*a.*b.*c', 4096],
    ['^\\d+$', 10 * 1024 * 1024],
    ['a{1000}THE-END$', 10 * 1024 * 1024],
    ['(a', 10],
  ])('not %s over %i characters, whose backtracking could outlive the deadline', (source, chars) => {
    expect(boundedInline(source, chars)).toBe(false);
  });
});
