// The terminal table: fitted to the terminal's width, name and target cut before the error,
// and never wider than the terminal.
import { beforeAll, describe, expect, it } from 'vitest';
import { createStyle, wantsColor } from '../../src/cli/style.js';
import { columns as visibleLength } from '../../src/cli/width.js';
import { renderResultTable, renderRetried, renderVerdict } from '../../src/cli/table.js';
import { ProgressLine } from '../../src/cli/terminal.js';
import type { RunResult } from '../../src/model.js';
import { runManifest } from '../../src/run/pipeline.js';
import { mixedRun } from '../helpers/mixed-run.js';
import { loadManifestText } from '../helpers/run.js';
import { closedPort } from '../helpers/servers.js';

let run: RunResult;
beforeAll(async () => {
  run = await mixedRun();
});

const plain = createStyle(false);

describe('renderResultTable', () => {
  it('when piped (no width), cuts nothing', () => {
    const lines = renderResultTable(run, plain);
    for (const result of run.checks) {
      expect(lines.some((line) => line.includes(result.check.name) && line.includes(result.check.target))).toBe(true);
    }
    expect(lines.join('\n')).not.toContain('…');
  });

  it.each([100, 80, 72])('on a %i-column terminal, no line is wider and every error stays whole', (width) => {
    const lines = renderResultTable(run, createStyle(true), width);
    for (const line of lines) expect(visibleLength(line)).toBeLessThanOrEqual(width);
    for (const result of run.checks.filter((c) => c.error)) {
      const kind = result.error!.code === result.error!.category ? result.error!.category : `${result.error!.category}:${result.error!.code}`;
      expect(lines.some((line) => line.includes(kind))).toBe(true);
    }
  });

  it('cuts a long target in the middle, keeping its host and its path', () => {
    const lines = renderResultTable(run, plain, 90);
    const checkout = lines.find((line) => line.includes('Checkout'))!;
    expect(checkout).toMatch(/http:\/\/1\S*…\S*checkout/);
  });
});

describe('the verdict and the retried checks', () => {
  it('says "1 check", not "1 checks"', () => {
    const one = { ...run, checks: run.checks.slice(0, 1), summary: { total: 1, passed: 1, failed: 0, warned: 0, skipped: 0 }, result: 'pass' as const };
    expect(renderVerdict(one, plain)).toMatch(/\(1 check in [\d.]+ m?s\)$/);
    expect(renderVerdict(run, plain)).toMatch(new RegExp(`\\(${run.summary.total} checks in`));
  });

  it('lists a check that passed only after retries, with its attempts', () => {
    const once = run.checks.map((c) => ({ ...c, attempts: 1 }));
    const first = once.find((c) => c.status === 'passed')!;
    const retried: RunResult = { ...run, checks: once.map((c) => (c === first ? { ...c, attempts: 3 } : c)) };
    expect(renderRetried(retried, plain)).toEqual([`↻ ${first.check.name} passed after 3 attempts`]);
    expect(renderRetried({ ...run, checks: once }, plain)).toEqual([]);
  });
});

describe('the progress line', () => {
  let closed: number;
  beforeAll(async () => {
    closed = await closedPort();
  });

  it('marks a check the gate only warns about with !, not ✗, and says when it needed retries', async () => {
    const manifest = await loadManifestText(`version: 1
checks:
  - name: Admin API
    type: http
    retry: { count: 1, interval: 10ms }
    request: { url: "http://127.0.0.1:${closed}/" }
`);
    const written: string[] = [];
    const stream = { columns: 80, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
    const progress = new ProgressLine(stream, plain);
    const statuses: string[] = [];
    await runManifest(manifest, {
      gate: { warnOn: ['CONNREFUSED'], failOn: ['SSL'] },
      concurrency: 1,
      onCheckDone: (result, done, total) => {
        statuses.push(result.status);
        progress.checkDone(result, done, total);
      },
    });
    expect(statuses).toEqual(['warned']);
    const line = written.at(-1)!;
    expect(line).toContain('[1/1] ! Admin API (after 2 attempts)');
    expect(line).not.toContain('✗');
  });
});

describe('colour (the rules Node documents, the same on every Node)', () => {
  const terminal = { isTTY: true, hasColors: () => true };
  it.each([
    ['a terminal', {}, true],
    ['NO_COLOR', { NO_COLOR: '1' }, false],
    ['an empty NO_COLOR, as if unset', { NO_COLOR: '' }, true],
    ['NODE_DISABLE_COLORS', { NODE_DISABLE_COLORS: '1' }, false],
    ['FORCE_COLOR=0', { FORCE_COLOR: '0' }, false],
    ['FORCE_COLOR with NO_COLOR (FORCE_COLOR wins)', { NO_COLOR: '1', FORCE_COLOR: '1' }, true],
  ])('on %s is %s', (_case, env, expected) => {
    expect(wantsColor(terminal, env)).toBe(expected);
  });

  it('a terminal without colours (TERM=dumb) is not coloured', () => {
    expect(wantsColor({ isTTY: true, hasColors: () => false }, {})).toBe(false);
  });

  it.each([['1'], ['2'], ['3'], ['true'], ['']])('FORCE_COLOR=%j colours a pipe', (value) => {
    expect(wantsColor({ isTTY: false }, { FORCE_COLOR: value })).toBe(true);
  });

  it('FORCE_COLOR=0 or false does not colour a pipe, and a pipe is not coloured by default', () => {
    expect(wantsColor({ isTTY: false }, { FORCE_COLOR: '0' })).toBe(false);
    expect(wantsColor({ isTTY: false }, { FORCE_COLOR: 'false' })).toBe(false);
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
  });

  it('paints through util.styleText, and not at all when off', () => {
    expect(createStyle(true).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(createStyle(false).red('x')).toBe('x');
  });
});
