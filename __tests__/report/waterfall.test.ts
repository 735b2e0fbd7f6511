// The text waterfall the CLI prints and the job summary puts in a code block.
import { describe, expect, it } from 'vitest';
import { formatMs, renderWaterfall } from '../../src/report/waterfall.js';

/** Where a line's bar starts and how many eighths of a cell it fills. */
function measure(line: string): { start: number; eighths: number } {
  const bar = line.slice(12, 12 + 40);
  const start = bar.search(/[^ ]/);
  const full = (bar.match(/█/g) ?? []).length;
  const partial = '▏▎▍▌▋▊▉'.indexOf(bar.trimEnd().at(-1)!) + 1;
  return { start, eighths: full * 8 + partial };
}

describe('renderWaterfall', () => {
  it('draws each completed phase where the previous one ended, scaled to the total', () => {
    const lines = renderWaterfall({ dns: 10, connect: 10, tls: 20, firstByte: 40, download: 0.5, total: 80.5 });
    expect(lines.map((l) => l.slice(0, 10).trim())).toEqual(['DNS', 'connect', 'TLS', 'first byte', 'download', 'total']);
    expect(lines.map(measure)).toEqual([
      { start: 0, eighths: 40 },
      { start: 4, eighths: 40 },
      { start: 9, eighths: 80 },
      { start: 19, eighths: 159 },
      { start: 39, eighths: 2 },
      { start: 0, eighths: 320 },
    ]);
  });

  it('leaves out the phases that never happened (a refused connection has no TLS or first byte)', () => {
    const lines = renderWaterfall({ dns: 2, total: 3 });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^DNS\s+█{26}▋\s+2\.0 ms$/);
    expect(lines[1]).toMatch(/^total\s+█{40}\s+3\.0 ms$/);
  });

  it('gives a phase too short to see a sliver, never nothing', () => {
    const [dns] = renderWaterfall({ dns: 0.01, connect: 500, total: 500.01 });
    expect(measure(dns!).eighths).toBe(1);
  });

  it('shows a timeout before any phase completed as the total alone', () => {
    expect(renderWaterfall({ total: 1000 })).toEqual([`total       ${'█'.repeat(40)}  1000 ms`]);
  });

  it('is empty without any timing, and plain text always', () => {
    expect(renderWaterfall({})).toEqual([]);
    const text = renderWaterfall({ dns: 1, connect: 2, total: 3 }).join('\n');
    expect(text).not.toMatch(/[\u001b<>&*_`|]/);
  });

  it('aligns the figures on the right, at any width', () => {
    const lines = renderWaterfall({ connect: 1.25, firstByte: 120, download: 12_345, total: 12_466.25 }, { width: 20 });
    const ends = lines.map((l) => l.length);
    expect(new Set(ends).size).toBe(1);
    expect(lines.map((l) => l.split(/\s{2,}/).at(-1))).toEqual(['1.3 ms', '120 ms', '12.3 s', '12.5 s']);
  });
});

describe('formatMs', () => {
  it.each([
    [0.04, '0.0 ms'],
    [12.34, '12.3 ms'],
    [99.96, '100 ms'],
    [9_999.6, '10.0 s'],
    [250.4, '250 ms'],
    [9_999, '9999 ms'],
    [10_000, '10.0 s'],
  ])('%s ms reads %s', (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });
});
