// The terminal names the sampled request that failed a compared check (SPEC §8), as the JSON
// report does: the preview request that failed while it was sampled, in the check's details, and
// the baseline requests that made a comparison inconclusive, under its row of the comparison.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBundle, runCliInTerminal } from '../helpers/cli.js';
import { startService, type Service } from '../helpers/baseline-peers.js';
import { writeManifest } from '../helpers/run.js';

let preview: Service;
let baseline: Service;

beforeAll(async () => {
  await ensureCliBundle();
  preview = await startService({
    // Answers the check's own request, then breaks: only the comparison's samples see it.
    '/breaks': { status: (n) => (n === 0 ? 200 : 503) },
    '/home': {},
  });
  baseline = await startService({ '/breaks': {}, '/home': { status: () => 503 } });
}, 180_000);

afterAll(async () => {
  await Promise.all([preview?.close(), baseline?.close()]);
});

function oneText(lines: readonly string[]): string {
  return lines.map((line) => line.trim()).join(' ').replace(/ {2,}/g, ' ');
}

describe('a compared check failed or left inconclusive by a sampled request, at a terminal', () => {
  it('names the side, the sample and why, and shows no response or timings of the own request that passed', async () => {
    const file = writeManifest(`version: 1
baseline: { base_url: "${baseline.url}", samples: 5 }
checks:
  - { name: Breaks, type: http, timeout: 300ms, request: { url: "{{ BASE_URL }}/breaks" } }
  - { name: Home, type: http, timeout: 300ms, request: { url: "{{ BASE_URL }}/home" } }
`);
    const { screen, code } = await runCliInTerminal(['run', file, '--base-url', preview.url]);
    expect(code).toBe(1);
    const details = screen.slice(screen.findIndex((line) => /^✗ failed {2}Breaks {2}INCORRECT_ASSERTION/.test(line)));
    // Long lines wrap at 80 columns, indented: read them as one text.
    const shown = oneText(details.slice(0, details.findIndex((line) => line === '')));
    expect(shown).toContain('5 of 5 requests to the preview failed while it was compared with the baseline, the first at sample 1: statusCode: expected lessThan `400`, actual `503`');
    // Not the check's own request, which passed: its assertion, response and waterfall.
    expect(shown).not.toMatch(/✓ line|response:|first byte/);
    const homeRow = screen.findIndex((line) => /^Home +– +– +– +– +inconclusive$/.test(line));
    const reason = oneText(screen.slice(homeRow + 1, screen.findIndex((line, i) => i > homeRow && !line.startsWith(' '))));
    expect(reason).toMatch(/^the baseline failed at sample 1 of its first series \(INCORRECT_ASSERTION: statusCode: expected lessThan `400`, actual `503`/);
  }, 60_000);
});
