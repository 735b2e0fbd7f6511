// The terminal table: fitted to the terminal's width, name and target cut before the error,
// and never wider than the terminal.
import { beforeAll, describe, expect, it } from 'vitest';
import { createStyle, visibleLength } from '../../src/cli/style.js';
import { renderResultTable } from '../../src/cli/table.js';
import type { RunResult } from '../../src/model.js';
import { mixedRun } from '../helpers/mixed-run.js';

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
