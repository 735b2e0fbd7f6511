// `probegate demo` from the built CLI: it shows every error category it promises, says the
// failures are deliberate, and exits 0 because it went as designed.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBundle, runCli, type CliResult } from '../helpers/cli.js';
import { junitProblems } from '../helpers/junit-schema.js';

let demo: CliResult;
let reports: string;

beforeAll(async () => {
  await ensureCliBundle();
  // From another folder than the package, as `npx probegate demo` in any project runs it.
  reports = mkdtempSync(path.join(tmpdir(), 'probegate-demo-'));
  demo = await runCli(['demo', '--json', 'report.json', '--junit', 'junit.xml'], { cwd: reports });
}, 180_000);

describe('probegate demo', () => {
  it.each([
    ['Orders API (answers 503)', 'failed', 'INCORRECT_ASSERTION'],
    ['Search (too slow)', 'warned', 'TIMEOUT:REQUEST_TIMEOUT'],
    ['Checkout (nothing listening)', 'failed', 'CONNREFUSED'],
    ['Session API (resets the connection)', 'failed', 'CONNRESET'],
    ['Legacy API (malformed HTTP)', 'failed', 'MALFORMED_RESPONSE'],
    ['Billing (expired certificate)', 'failed', 'SSL:CERT_HAS_EXPIRED'],
    ['Status page (typo in the host name)', 'failed', 'DNS'],
    ['Product list (slower than production)', 'warned', 'REGRESSION:LATENCY'],
    ['Product details (lost a field)', 'failed', 'REGRESSION:SCHEMA'],
  ])('shows %s as %s with %s', (name, status, kind) => {
    const row = demo.stdout.split('\n').find((line) => line.includes(name) && line.includes('  http  '));
    expect(row).toMatch(new RegExp(`^. ${status}\\s+.*\\s${kind}(:[A-Z_]+)?\\s`));
  });

  it('shows the multistep journey failing at its named step, with its steps and their timings', () => {
    const row = demo.stdout.split('\n').find((line) => line.includes('Shopping journey') && line.includes('multistep'));
    expect(row).toMatch(/^. failed\s+.*\sINCORRECT_ASSERTION\s/);
    expect(demo.stdout).toContain('Shopping journey (the cart loses the item) › Read the cart back');
    expect(demo.stdout).toMatch(/1\. Log in \(http, line \d+\): passed in [\d.]+ ms/);
    expect(demo.stdout).toMatch(/3\. Read the cart back \(http, line \d+\): failed in [\d.]+ ms {2}INCORRECT_ASSERTION/);
    expect(demo.stdout).toMatch(/4\. Pay \(http, line \d+\): not run/);
    expect(demo.stdout).not.toContain('demo-token-4f9a');
  });

  it('shows the healthy endpoints passing', () => {
    expect(demo.stdout).toMatch(/✓ passed\s+Home page\s+http\s+http:\/\/127\.0\.0\.1:\d+\//);
    expect(demo.stdout).toMatch(/✓ passed\s+Health endpoint\s+http/);
  });

  it('explains each failure: expected vs actual, the message and the timing waterfall', () => {
    expect(demo.stdout).toContain('statusCode: expected is `200`, actual `503`');
    expect(demo.stdout).toContain('The server’s certificate has expired.');
    expect(demo.stdout).toMatch(/Connection refused by 127\.0\.0\.1:\d+\./);
    expect(demo.stdout).toMatch(/^ {4}first byte\s+█/m);
  });

  it('compares the preview with its local production: the table, the slower list and the field it lost', () => {
    expect(demo.stdout).toMatch(/^preview vs baseline\s+median\s+baseline\s+ratio\s+p\s+verdict$/m);
    // Piped: the names whole, as every other line.
    expect(demo.stdout).toMatch(/^Product list \(slower than production\)\s+\d+ ms\s+\d+ ms\s+×\d+\.\d\d\s+[\d.]+\s+regressed$/m);
    expect(demo.stdout).toContain('  rating: missing (was object)');
    expect(demo.stdout).toContain("The preview's JSON lost or changed what the baseline");
  });

  it('says the failures are deliberate and exits 0', () => {
    expect(demo.stdout).toContain('✗ The gate failed: 8 failed, 2 warned, 2 passed, 0 skipped');
    expect(demo.stdout).toContain('✓ The demo ran as designed. The failures above are deliberate, one per error category:');
    expect(demo.stdout).toContain('CONNREFUSED, CONNRESET, DNS, INCORRECT_ASSERTION, MALFORMED_RESPONSE, REGRESSION, SSL, TIMEOUT.');
    expect(demo.stdout).not.toContain('\u001b');
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
  });

  it('writes the JSON and JUnit reports where it was asked, relative to the working folder', () => {
    const report = JSON.parse(readFileSync(path.join(reports, 'report.json'), 'utf8'));
    expect(report).toMatchObject({ result: 'fail', summary: { total: 12, passed: 2, failed: 8, warned: 2, skipped: 0 } });
    const expired = report.checks.find((c: { id: string }) => c.id === 'expired-certificate');
    expect(expired).toMatchObject({ error: { category: 'SSL', code: 'CERT_HAS_EXPIRED' }, location: { file: 'examples/demo.yml' } });
    expect(junitProblems(readFileSync(path.join(reports, 'junit.xml'), 'utf8'))).toEqual([]);
  });
});

describe('probegate demo --json -', () => {
  it('writes only the JSON report to stdout, and everything for people to stderr', async () => {
    const piped = await runCli(['demo', '--json', '-'], { cwd: reports });
    expect(piped.code, piped.stderr).toBe(0);
    expect(JSON.parse(piped.stdout)).toMatchObject({ result: 'fail', summary: { total: 12, passed: 2, failed: 8, warned: 2, skipped: 0 } });
    expect(piped.stderr).toContain('A demo preview is running at http://127.0.0.1:');
    expect(piped.stderr).toContain('✓ The demo ran as designed.');
    expect(piped.stderr).toContain('Next: describe your own checks');
  }, 60_000);
});
