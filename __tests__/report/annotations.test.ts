// Annotations: where they point, how they are titled and leveled, and how they are ranked and
// capped so the runner's 10-per-level limit never hides a failure without saying so.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult, FailureLevel, RunResult } from '../../src/model.js';
import { buildAnnotations } from '../../src/report/annotations.js';
import { mixedRun } from '../helpers/mixed-run.js';

let run: RunResult;
beforeAll(async () => {
  run = await mixedRun();
});

const named = (name: string) => run.checks.find((c) => c.check.name === name)!;

describe('annotations of a mixed run', () => {
  it.each([
    { check: 'Health', level: 'error', title: 'INCORRECT_ASSERTION · Health', at: 'the failing assertion', message: 'jsonpath $.status: expected is `ok`, actual `degraded`' },
    { check: 'Checkout', level: 'error', title: 'INCORRECT_ASSERTION · Checkout', at: 'the failing assertion', message: 'statusCode: expected is `200`, actual `503`' },
    { check: 'Admin API', level: 'error', title: 'CONNREFUSED · Admin API', at: 'the check', message: 'Check that the service is running' },
    { check: 'Typo', level: 'error', title: 'INVALID_REQUEST · Typo', at: 'the check', message: 'unknown variable {{ BASE_URLL }}' },
    { check: 'Certificate', level: 'error', title: 'SSL:CERT_HAS_EXPIRED · Certificate', at: 'the check', message: 'Renew the certificate' },
    { check: 'Search (slow)', level: 'warning', title: 'TIMEOUT:REQUEST_TIMEOUT · Search (slow)', at: 'the check', message: 'request timeout of 300 ms' },
  ])('$check: $level titled "$title" at the line of $at, saying what happened and the fix', ({ check, level, title, at, message }) => {
    const result = named(check);
    const annotation = buildAnnotations(run).find((a) => a.title === title);
    expect(annotation).toBeDefined();
    const line = at === 'the check' ? result.check.location.line : result.assertions.find((a) => !a.passed)!.line;
    expect(annotation).toMatchObject({ level, file: '.github/probegate.yml', line });
    expect(annotation!.message).toContain(message);
  });

  it('leaves out passed and skipped checks', () => {
    const titles = buildAnnotations(run).map((a) => a.title);
    expect(titles.some((t) => /Home page|Flaky login|Legacy/.test(t))).toBe(false);
    expect(titles).toHaveLength(6);
  });
});

describe('ranking and the runner limit', () => {
  it('lists errors first, then warnings, then notices, each in manifest order', () => {
    const annotations = buildAnnotations(many({ notice: 2, warning: 2, error: 2 }));
    expect(annotations.map((a) => `${a.level} ${a.title.split(' · ')[1]}`)).toEqual([
      'error error 0',
      'error error 1',
      'warning warning 0',
      'warning warning 1',
      'notice notice 0',
      'notice notice 1',
    ]);
  });

  it('past 10 of a level, shows 10 errors and 10 warnings and ends with a notice counting the rest', () => {
    const annotations = buildAnnotations(many({ error: 13, warning: 11, notice: 2 }));
    const count = (level: FailureLevel) => annotations.filter((a) => a.level === level).length;
    expect([count('error'), count('warning'), count('notice')]).toEqual([10, 10, 3]);
    const last = annotations.at(-1)!;
    expect(last).toMatchObject({ level: 'notice', title: 'probegate: 4 more failing checks in the job summary', file: '.github/probegate.yml', line: 1 });
    expect(last.message).toContain('at most 10 annotations of each level per step');
    expect(annotations.filter((a) => a.level === 'error').map((a) => a.title.split(' · ')[1])).toEqual(Array.from({ length: 10 }, (_, i) => `error ${i}`));
  });

  it('makes room for the count among 10 notices', () => {
    const annotations = buildAnnotations(many({ notice: 12 }));
    expect(annotations).toHaveLength(10);
    expect(annotations.at(-1)!.title).toBe('probegate: 3 more failing checks in the job summary');
  });

  it('adds no count when everything fits', () => {
    expect(buildAnnotations(many({ error: 10, warning: 10, notice: 10 }))).toHaveLength(30);
  });

  it('leaves room among the 10 errors for the ones the door writes besides (the job\'s failure line)', () => {
    const annotations = buildAnnotations(many({ error: 10 }), 1);
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(9);
    expect(annotations.at(-1)).toMatchObject({ level: 'notice', message: expect.stringContaining('1 more') });
    expect(buildAnnotations(many({ error: 9 }), 1).filter((a) => a.level === 'error')).toHaveLength(9);
  });

  it('leaves room among the 10 warnings for the ones the door writes besides (the comment could not be written)', () => {
    const annotations = buildAnnotations(many({ warning: 12 }), 0, 1);
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(9);
    expect(annotations.at(-1)).toMatchObject({ level: 'notice', message: expect.stringContaining('3 more') });
  });
});

/** A run of copies of the Checkout failure at the given levels, named `level i`. */
function many(levels: Partial<Record<FailureLevel, number>>): RunResult {
  const template = named('Checkout');
  const checks: CheckResult[] = [];
  for (const level of ['notice', 'warning', 'error'] as const) {
    for (let i = 0; i < (levels[level] ?? 0); i++) {
      checks.push({ ...template, level, status: level === 'error' ? 'failed' : 'warned', check: { ...template.check, name: `${level} ${i}` } });
    }
  }
  return { ...run, checks };
}
