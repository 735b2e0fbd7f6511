// The CLI at a terminal, as a person sees it: run in a pseudo-terminal of 80 columns, on the
// machine's Node (20) and on Node 24. Every line fits, names that share a long start stay
// apart, widths count graphemes, detail lines wrap, the progress line never shows a pass the gate
// or the baseline comparison then takes back, retries show, and colour follows NO_COLOR,
// FORCE_COLOR, NODE_DISABLE_COLORS and TERM the same on both Nodes.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBundle, NODES, runCli, runCliInTerminal } from '../helpers/cli.js';
import { writeManifest } from '../helpers/run.js';
import { startService, type Service } from '../helpers/baseline-peers.js';
import { closedPort, startHttpServer, type Peer } from '../helpers/servers.js';

let preview: Peer;
let baseline: Service;
let refused: number;

const product = (rating: boolean) => ({ id: 1, name: 'Desk lamp', ...(rating ? { rating: { stars: 4 } } : {}) });

beforeAll(async () => {
  await ensureCliBundle();
  const flakyCalls = new Map<string, number>();
  preview = await startHttpServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://preview');
    const json = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (url.pathname === '/flaky') {
      // 503 to the first two requests of each run (told apart by ?run=), then 200.
      const calls = (flakyCalls.get(url.search) ?? 0) + 1;
      flakyCalls.set(url.search, calls);
      return json(calls <= 2 ? 503 : 200, { calls });
    }
    if (url.pathname === '/product') return json(200, product(false));
    return json(200, { ok: true });
  });
  baseline = await startService({ '/product': { body: () => product(true) }, '/home': { body: () => ({ ok: true }) } });
  refused = await closedPort();
}, 180_000);

afterAll(async () => {
  await preview?.close();
  await baseline?.close();
});

// Columns as a terminal shows them, for the characters these tests print: CJK and emoji 2,
// a combining mark 0 (part of its grapheme), anything else 1. Independent of src/cli/width.ts.
const segmenter = new Intl.Segmenter();
function screenColumns(text: string): number {
  return [...segmenter.segment(text)].reduce((sum, { segment }) => sum + (/[\u3000-\u9fff]|\p{Emoji_Presentation}/u.test(segment) ? 2 : 1), 0);
}

/** The start column of `needle` in `line`, in screen columns. */
function columnOf(line: string, needle: string): number {
  return screenColumns(line.slice(0, line.indexOf(needle)));
}

function manifest(run: string): string {
  const long = (name: string) => `  - name: ${name}
    type: http
    request: { url: "{{ BASE_URL }}/ok?region=eu-west&probe=${name.length}" }
`;
  return `version: 1
checks:
${long('Orders API eu-west-1 primary region health')}${long('Orders API eu-west-2 primary region health')}${long('注文サービス 在庫確認')}${long('🚀 Launch status')}${long('Cafe\u0301 menu')}  - name: Flaky
    type: http
    retry: { count: 2, interval: 10ms }
    request: { url: "{{ BASE_URL }}/flaky?run=${run}" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
  - name: Admin API
    type: http
    warn_on: [CONNREFUSED]
    request: { url: "http://127.0.0.1:${refused}/admin" }
  - name: Payments
    type: http
    request: { url: "http://127.0.0.1:${refused}/payments" }
`;
}

describe.each(NODES)('probegate run at an 80-column terminal, on %s', (_, node) => {
  let screen: string[];
  let progress: string[];
  let output: string;
  let code: number | null;

  beforeAll(async () => {
    const run = randomUUID();
    ({ screen, progress, output, code } = await runCliInTerminal(['run', writeManifest(manifest(run)), '--base-url', preview.url], { node }));
  }, 60_000);

  const row = (name: string) => screen.find((line) => /^[✓✗!-] \w+ {2}/.test(line) && line.includes(name) && line.includes('  http  '));

  it('exits by the gate, in colour', () => {
    expect(code).toBe(1);
    expect(output).toContain('\u001b[32m✓ passed\u001b[39m');
  });

  it('fits every line in 80 columns', () => {
    const wide = screen.filter((line) => screenColumns(line) > 80);
    expect(wide).toEqual([]);
    expect(screen.some((line) => line.includes('…'))).toBe(true);
  });

  it('cuts two names with a long shared start so that their rows still read differently', () => {
    const first = row('eu-west-1')!;
    const second = row('eu-west-2')!;
    expect(first, screen.join('\n')).toBeDefined();
    expect(second).toBeDefined();
    const name = (line: string) => line.slice(10, columnOfType(line));
    expect(name(first)).not.toBe(name(second));
    expect(name(first)).toContain('…');
  });

  function columnOfType(line: string): number {
    return line.indexOf('  http  ');
  }

  it('counts wide characters, emoji and combining marks by the columns they take: every column lines up', () => {
    const rows = screen.filter((line) => /^[✓✗!] \w+ {2}/.test(line) && line.includes('  http  '));
    expect(rows).toHaveLength(8);
    for (const name of ['注文サービス', '🚀', 'Cafe\u0301']) expect(rows.some((line) => line.includes(name))).toBe(true);
    const typeColumns = new Set(rows.map((line) => columnOf(line, '  http  ')));
    expect(typeColumns.size).toBe(1);
    const header = screen.find((line) => line.startsWith('status  '))!;
    expect(columnOf(header, '  type')).toBe([...typeColumns][0]);
  });

  it('shows a check that passed only after retries', () => {
    expect(screen).toContain('↻ Flaky passed after 3 attempts');
    expect(progress.some((line) => /^\[\d\/8\] ✓ Flaky \(passed after 3 attempts\)$/.test(line))).toBe(true);
  });

  it('marks a check the gate only warns about ! on the progress line, never ✗', () => {
    expect(progress.some((line) => /^\[\d\/8\] ! Admin API$/.test(line))).toBe(true);
    expect(progress.some((line) => line.includes('✗ Admin API'))).toBe(false);
    expect(progress.some((line) => /^\[\d\/8\] ✗ Payments$/.test(line))).toBe(true);
    expect(row('Admin API')).toMatch(/^! warned/);
  });

  it('wraps a detail line within 80 columns, with a hanging indent', () => {
    const at = screen.findIndex((line) => line.startsWith('    Connection refused by 127.0.0.1:'));
    expect(at, screen.join('\n')).toBeGreaterThan(0);
    expect(screen[at + 1]).toMatch(/^ {6}\S/);
    const message = `${screen[at]} ${screen[at + 1]!.trim()}`;
    expect(message).toContain(`Connection refused by 127.0.0.1:${refused}. Check that the service is running`);
  });

  it('piped, cuts and wraps nothing', async () => {
    const piped = await runCli(['run', writeManifest(manifest(randomUUID())), '--base-url', preview.url], { node });
    expect(piped.stdout).not.toContain('…');
    expect(piped.stdout).toMatch(/^ {4}Connection refused by 127\.0\.0\.1:\d+\. Check that the service is running and that the host and port are right\.$/m);
    expect(piped.stdout).toContain('Orders API eu-west-1 primary region health');
  });
});

describe.each(NODES)('a check the baseline comparison fails, on %s', (_, node) => {
  it('is never shown passed on the progress line, and the table and the verdict fail it', async () => {
    const file = writeManifest(`version: 1
baseline:
  base_url: "${baseline.url}"
  samples: 5
checks:
  - name: Home
    type: http
    request: { url: "{{ BASE_URL }}/home" }
  - name: Product details
    type: http
    request: { url: "{{ BASE_URL }}/product" }
`);
    const { screen, progress, code } = await runCliInTerminal(['run', file, '--base-url', preview.url], { node });
    expect(code).toBe(1);
    expect(progress.filter((line) => line.includes('Product details'))).toEqual([expect.stringMatching(/^\[\d\/2\] … Product details, to compare with the baseline$/)]);
    expect(progress.some((line) => line.includes('✓'))).toBe(false);
    expect(progress.at(-1)).toBe('… comparing 2 checks with the baseline…');
    expect(screen.find((line) => line.includes('Product details') && line.includes('REGRESSION:SCHEMA'))).toMatch(/^✗ failed {2}Product details/);
    expect(screen.find((line) => line.startsWith('✓ passed'))).toMatch(/Home/);
    expect(screen.filter((line) => line.startsWith('✗ The gate failed: 1 failed, 0 warned, 1 passed'))).toHaveLength(1);
  }, 60_000);
});

describe.each(NODES)('colour, on %s', (_, node) => {
  const ok = writeManifest(`version: 1
checks:
  - { name: Home, type: http, request: { url: "http://127.0.0.1:1/" } }
`);
  const GREEN_CHECK = '\u001b[32m✓\u001b[39m';
  const NODE_NOTICE = /^\(node:\d+\) Warning: The 'NO_COLOR' env is ignored due to the 'FORCE_COLOR' env being set\.\n\(Use .*\n/;

  it.each([
    ['a terminal', {}, true],
    ['NO_COLOR=1', { NO_COLOR: '1' }, false],
    ['an empty NO_COLOR (as if unset)', { NO_COLOR: '' }, true],
    ['NODE_DISABLE_COLORS=1', { NODE_DISABLE_COLORS: '1' }, false],
    ['TERM=dumb', { TERM: 'dumb' }, false],
    ['FORCE_COLOR=0', { FORCE_COLOR: '0' }, false],
    ['FORCE_COLOR=1 with NO_COLOR=1 (FORCE_COLOR wins, as in Node)', { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
  ])('at %s: %s', async (_case, env, coloured) => {
    const { output, code } = await runCliInTerminal(['validate', ok], { node, env });
    expect(code).toBe(0);
    expect(output.includes(GREEN_CHECK)).toBe(coloured);
    if (!coloured) expect(output).not.toContain('\u001b[');
  });

  it.each([
    ['piped', {}, false],
    ['piped with FORCE_COLOR=1', { FORCE_COLOR: '1' }, true],
    ['piped with an empty FORCE_COLOR', { FORCE_COLOR: '' }, true],
    ['piped with FORCE_COLOR=1 and NO_COLOR=1', { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    ['piped with FORCE_COLOR=false', { FORCE_COLOR: 'false' }, false],
  ])('%s: %s', async (_case, env, coloured) => {
    const { stdout, stderr, code } = await runCli(['validate', ok], { node, env });
    expect(code).toBe(0);
    expect(stdout.includes(GREEN_CHECK)).toBe(coloured);
    if (!coloured) expect(stdout).not.toContain('\u001b[');
    // Node 24 itself says so when FORCE_COLOR overrides NO_COLOR (once a library loads node:assert).
    expect(stderr.replace(NODE_NOTICE, '')).toBe('');
  });
});

describe('help', () => {
  it.each([[], ['run'], ['validate'], ['merge'], ['demo']])('probegate %s --help fits 80 columns', async (...command) => {
    const { stdout } = await runCli([...command, '--help']);
    expect(stdout.split('\n').filter((line) => screenColumns(line) > 80)).toEqual([]);
  });
});
