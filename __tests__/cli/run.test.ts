// `probegate run` as a user runs it: the built CLI in a child process, against loopback peers.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBundle, runCli } from '../helpers/cli.js';
import { junitProblems } from '../helpers/junit-schema.js';
import { writeManifest } from '../helpers/run.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

let app: Peer;
const SECRET = 's3cr3t-token-value';

beforeAll(async () => {
  await ensureCliBundle();
  app = await startHttpServer((request, response) => {
    if (request.url?.split('?')[0] === '/ok') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"status":"ok"}');
    } else if (request.url === '/down') {
      response.writeHead(503, { 'content-type': 'text/html' });
      response.end('<h1>maintenance \u001b[31mred</h1>');
    } else {
      response.writeHead(500);
      response.end(`echo ${String(request.headers['x-token'])}`);
    }
  });
}, 180_000);

afterAll(() => app?.close());

const PASSING = `version: 1
checks:
  - name: Health
    type: http
    request: { url: "{{ BASE_URL }}/ok" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
`;

const FAILING = `version: 1
checks:
  - name: Health
    type: http
    request: { url: "{{ BASE_URL }}/ok" }
  - name: Maintenance page
    type: http
    request: { url: "{{ BASE_URL }}/down" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
      - { type: header, property: content-type, operator: contains, target: html }
`;

function outDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'probegate-cli-'));
}

describe('probegate run exit status', () => {
  const cases: { name: string; manifest?: string; args: string[]; code: number; says: RegExp }[] = [
    { name: 'every check passes: 0', manifest: PASSING, args: [], code: 0, says: /The gate passed: 0 failed, 0 warned, 1 passed/ },
    { name: 'a failure the gate fails on: 1', manifest: FAILING, args: [], code: 1, says: /The gate failed: 1 failed, 0 warned, 1 passed/ },
    { name: 'a failure --warn-on names only warns: 0', manifest: FAILING, args: ['--warn-on', 'INCORRECT_ASSERTION'], code: 0, says: /! warned\s+Maintenance page/ },
    { name: '--fail-on a category that did not happen: 0', manifest: FAILING, args: ['--fail-on', 'SSL,TIMEOUT'], code: 0, says: /The gate passed: 0 failed, 1 warned/ },
  ];
  for (const { name, manifest, args, code, says } of cases) {
    it(name, async () => {
      const file = writeManifest(manifest!);
      const result = await runCli(['run', file, '--base-url', app.url, ...args]);
      expect(result.stdout).toMatch(says);
      expect(result.code).toBe(code);
    });
  }

  const unusable: { name: string; args: (file: string) => string[]; says: string }[] = [
    { name: 'a manifest that is not YAML', args: () => ['run', writeManifest('version: 1\nchecks: [\n')], says: 'is not valid YAML' },
    { name: 'a manifest that does not exist', args: () => ['run', '/nonexistent/probegate.yml'], says: 'No manifest at /nonexistent/probegate.yml' },
    { name: 'an unknown option', args: (f) => ['run', f, '--bogus'], says: "probegate run: Unknown option '--bogus'" },
    { name: 'a second manifest argument', args: (f) => ['run', f, 'other.yml'], says: 'unexpected argument "other.yml"' },
    { name: 'a concurrency that is not a number', args: (f) => ['run', f, '--concurrency', 'lots'], says: '--concurrency lots: expected a whole number' },
    { name: 'a misspelt category', args: (f) => ['run', f, '--fail-on', 'TIMOUT'], says: '--fail-on: "TIMOUT" is not an error category, did you mean TIMEOUT?' },
    { name: 'a code its category cannot end with', args: (f) => ['run', f, '--warn-on', 'SSL:CERT_EXPIRED'], says: '--warn-on: "SSL:CERT_EXPIRED" is not a code the SSL category can end with, did you mean SSL:CERT_HAS_EXPIRED?' },
    { name: 'a --var without =', args: (f) => ['run', f, '--var', 'TOKEN'], says: '--var TOKEN: expected NAME=VALUE' },
    { name: 'a base URL that is not http', args: (f) => ['run', f, '--base-url', 'ftp://x'], says: '--base-url ftp://x: expected an http:// or https:// URL' },
  ];
  for (const { name, args, says } of unusable) {
    it(`${name}: 2, nothing run`, async () => {
      const result = await runCli(args(writeManifest(PASSING)));
      expect(result.stderr).toContain(says);
      expect(result.stdout).not.toContain('The gate');
      expect(result.code).toBe(2);
    });
  }

  it('a schema error outside the checks is reported at file:line:col: 2', async () => {
    const file = writeManifest('version: 1\ngate:\n  fail_on: [sometimes]\nchecks:\n  - { name: A, type: http, request: { url: "http://127.0.0.1:1/" } }\n');
    const result = await runCli(['run', file]);
    expect(result.stderr).toMatch(new RegExp(`${file.replace(/[.\\/]/g, '\\$&')}:3:\\d+: error: gate\\.fail_on\\[0\\]: "sometimes" is not an error category`));
    expect(result.code).toBe(2);
  });
});

describe('probegate run output', () => {
  it('shows the table, then each failure with expected vs actual, the response and the waterfall', async () => {
    const result = await runCli(['run', writeManifest(FAILING), '--base-url', app.url]);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^status\s+name\s+type\s+target\s+error\s+time$/);
    expect(result.stdout).toMatch(/✓ passed\s+Health\s+http\s+http:\/\/127\.0\.0\.1:\d+\/ok/);
    expect(result.stdout).toMatch(/✗ failed\s+Maintenance page\s+http\s+\S+\/down\s+INCORRECT_ASSERTION\s+[\d.]+ ms/);
    expect(result.stdout).toMatch(/✗ failed {2}Maintenance page {2}INCORRECT_ASSERTION {2}.*probegate\.yml:6/);
    expect(result.stdout).toContain('✗ line 10  statusCode: expected is `200`, actual `503`');
    expect(result.stdout).toContain('✓ line 11  header content-type: contains `html`, actual `text/html`');
    // What the server sent is shown, its escape sequence made harmless.
    expect(result.stdout).toContain('response: <h1>maintenance \\x1b[31mred</h1>');
    expect(result.stdout).toMatch(/^ {4}total\s+█+\s+[\d.]+ ms$/m);
  });

  it('prints no colour and no progress line when piped', async () => {
    const result = await runCli(['run', writeManifest(FAILING), '--base-url', app.url]);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stderr).toBe('');
  });

  it('colours with FORCE_COLOR, not with NO_COLOR', async () => {
    const file = writeManifest(FAILING);
    const forced = await runCli(['run', file, '--base-url', app.url], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[31m✗ failed\u001b[39m');
    const off = await runCli(['run', file, '--base-url', app.url], { env: { FORCE_COLOR: '0', NO_COLOR: '1' } });
    expect(off.stdout).not.toContain('\u001b');
  });

  it('reads .github/probegate.yml from the working directory by default', async () => {
    const dir = outDir();
    mkdirSync(path.join(dir, '.github'));
    writeFileSync(path.join(dir, '.github', 'probegate.yml'), PASSING);
    const result = await runCli(['run', '--base-url', `${app.url}/`], { cwd: dir });
    expect(result.stdout).toMatch(/✓ passed\s+Health\s+http\s+http:\/\/127\.0\.0\.1:\d+\/ok/);
    expect(result.code).toBe(0);
  });
});

describe('probegate run variables', () => {
  const ECHO = `version: 1
checks:
  - name: Echo
    type: http
    request: { url: "{{ BASE_URL }}/{{ PATH_PART }}", headers: { x-token: "{{ env.PROBE_TOKEN }}" } }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
`;

  it('substitutes --var and {{ env.NAME }}, and masks the environment value everywhere', async () => {
    const dir = outDir();
    const json = path.join(dir, 'report.json');
    const result = await runCli(['run', writeManifest(ECHO), '--base-url', app.url, '--var', 'PATH_PART=echo', '--json', json], {
      env: { PROBE_TOKEN: SECRET },
    });
    expect(result.stdout).toMatch(/✗ failed\s+Echo\s+http\s+http:\/\/127\.0\.0\.1:\d+\/echo\s+INCORRECT_ASSERTION/);
    expect(result.stdout).toContain('response: echo ***');
    expect(result.stdout + result.stderr + readFileSync(json, 'utf8')).not.toContain(SECRET);
  });

  it('knows SHA only when GITHUB_SHA is set', async () => {
    const manifest = `version: 1
checks:
  - name: Commit
    type: http
    request: { url: "{{ BASE_URL }}/ok?sha={{ SHA }}" }
`;
    const file = writeManifest(manifest);
    const outside = await runCli(['run', file, '--base-url', app.url]);
    expect(outside.stdout).toContain('{{ SHA }} is not known in this run: a GitHub runner sets it to the commit checked (GITHUB_SHA); elsewhere give it with --var SHA=VALUE');
    const given = await runCli(['run', file, '--base-url', app.url, '--var', 'SHA=def456']);
    expect(given.stdout).toMatch(/✓ passed\s+Commit\s+http\s+\S+\/ok\?sha=def456/);
    expect(outside.code).toBe(2);
    const onRunner = await runCli(['run', file, '--base-url', app.url], { env: { GITHUB_SHA: 'abc123' } });
    expect(onRunner.stdout).toMatch(/✓ passed\s+Commit\s+http\s+\S+\/ok\?sha=abc123/);
    expect(onRunner.code).toBe(0);
  });

  it('without --base-url, a check that uses {{ BASE_URL }} is INVALID_REQUEST with its line, and the run exits 2', async () => {
    const result = await runCli(['run', writeManifest(PASSING)]);
    expect(result.stdout).toMatch(/✗ failed\s+Health\s+http\s+.*INVALID_REQUEST/);
    expect(result.stdout).toContain('line 5: checks[0].request.url: the check uses {{ BASE_URL }} but no base URL is known');
    expect(result.code).toBe(2);
  });

  it('a missing base URL is one problem however many checks use it; the valid checks still run and are reported first: 2', async () => {
    const file = writeManifest(`version: 1
checks:
  - { name: Home, type: http, request: { url: "{{ BASE_URL }}/" } }
  - { name: Api, type: http, request: { url: "{{ BASE_URL }}/api" } }
  - { name: Docs, type: http, request: { url: "{{ BASE_URL }}/docs" } }
  - { name: Local, type: http, request: { url: "${app.url}/ok" } }
`);
    const result = await runCli(['run', file]);
    expect(result.stdout).toMatch(/✓ passed\s+Local/);
    const problems = result.stderr.split('\n').filter((line) => line.includes('error:'));
    expect(problems).toEqual([`${file}:3:47: error: checks[0].request.url: the check uses {{ BASE_URL }} but no base URL is known: set the base-url input (--base-url on the command line), or run on a deployment_status event (3 places use it)`]);
    expect(result.stderr).toContain('has 1 problem');
    expect(result.code).toBe(2);
  });
});

describe('probegate run reports', () => {
  it('--json writes the JSON report of SPEC §5', async () => {
    const json = path.join(outDir(), 'nested', 'report.json');
    const file = writeManifest(FAILING);
    const result = await runCli(['run', file, '--base-url', app.url, '--json', json]);
    expect(result.stdout).toContain(`Wrote ${json}`);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report).toMatchObject({ version: 1, result: 'fail', summary: { total: 2, passed: 1, failed: 1, warned: 0, skipped: 0 } });
    const [passed, failed] = report.checks;
    expect(passed).toMatchObject({ id: 'health', name: 'Health', type: 'http', status: 'passed', error: null, attempts: 1, location: { file, line: 3 } });
    expect(failed).toMatchObject({
      id: 'maintenance-page',
      status: 'failed',
      error: { category: 'INCORRECT_ASSERTION', code: 'INCORRECT_ASSERTION' },
      assertions: [
        { type: 'statusCode', operator: 'is', target: 200, actual: 503, passed: false, line: 10 },
        { type: 'header', property: 'content-type', operator: 'contains', target: 'html', actual: 'text/html', passed: true, line: 11 },
      ],
      location: { file, line: 6 },
    });
    expect(failed.error.message).toContain('statusCode: expected is `200`, actual `503`');
    expect(failed.timings.total).toBeGreaterThan(0);
  });

  it('--junit writes one testcase per check, a failure typed CATEGORY:CODE', async () => {
    const junit = path.join(outDir(), 'junit.xml');
    const manifest = `${FAILING}  - name: Later
    type: http
    skip: true
    request: { url: "{{ BASE_URL }}/ok" }
  - name: Closed port
    type: http
    request: { url: "http://127.0.0.1:1/" }
`;
    const result = await runCli(['run', writeManifest(manifest), '--base-url', app.url, '--junit', junit]);
    expect(result.code).toBe(1);
    const xml = readFileSync(junit, 'utf8');
    expect(junitProblems(xml)).toEqual([]);
    expect(xml).toMatch(/<testsuites name="probegate" tests="4" failures="2" errors="0" time="[\d.]+">/);
    expect(xml).toMatch(/<testsuite name="[^"]+probegate.yml" tests="4" failures="2" errors="0" skipped="1" time="[\d.]+">/);
    expect(xml).toMatch(/<testcase name="Health" classname="probegate.http" time="[\d.]+"\/>/);
    expect(xml).toMatch(/<testcase name="Later" classname="probegate.http" time="0.000">\s*<skipped\/>/);
    expect(xml).toContain('<failure type="INCORRECT_ASSERTION" message="INCORRECT_ASSERTION: statusCode: expected is `200`, actual `503`');
    expect(xml).toContain('<failure type="CONNREFUSED" message="CONNREFUSED: Connection refused by 127.0.0.1:1.');
  });

  it('a report that cannot be written is a usage error: 2', async () => {
    const blocker = path.join(outDir(), 'file');
    writeFileSync(blocker, '');
    const result = await runCli(['run', writeManifest(PASSING), '--base-url', app.url, '--json', path.join(blocker, 'report.json')]);
    expect(result.stderr).toContain(`--json ${path.join(blocker, 'report.json')}: cannot write the report`);
    expect(result.code).toBe(2);
  });
});

describe('help', () => {
  const documented: Record<string, string[]> = {
    run: ['--base-url', '--baseline-url', '--concurrency', '--fail-on', '--grep', '--help', '--json', '--junit', '--location', '--shard', '--tag', '--var', '--warn-on'],
    validate: ['--base-url', '--help', '--var'],
    demo: ['--help', '--json', '--junit', '--serve'],
    merge: ['--help', '--json', '--junit', '--locations'],
  };
  for (const [command, options] of Object.entries(documented)) {
    it(`probegate ${command} --help documents exactly the options it accepts`, async () => {
      const result = await runCli([command, '--help']);
      expect(result.code).toBe(0);
      const listed = [...new Set(result.stdout.match(/--[a-z][a-z-]+/g))].sort();
      expect(listed).toEqual(options);
      // Each documented option is accepted (all but the flags take a value); an undocumented one is not.
      const valued = options.filter((o) => o !== '--help' && o !== '--serve');
      const accepted = await Promise.all(valued.map((option) => runCli([command, option, 'value', '--help'])));
      valued.forEach((option, i) => expect(accepted[i]!.code, option).toBe(0));
      const undocumented = await runCli([command, '--no-color', '--help']);
      expect(undocumented.stderr).toContain(`probegate ${command}: Unknown option '--no-color'`);
      expect(undocumented.code).toBe(2);
    });
  }

  it('probegate --help lists the commands; an unknown command is 2', async () => {
    const help = await runCli(['--help']);
    expect(help.stdout).toMatch(/run \[manifest\][\s\S]*validate \[manifest\][\s\S]*demo/);
    expect(help.code).toBe(0);
    const unknown = await runCli(['deploy']);
    expect(unknown.stderr).toContain('probegate: unknown command "deploy" (expected run, validate, merge or demo)');
    expect(unknown.code).toBe(2);
  });
});

describe('probegate run --tag / --grep: a pull request runs the smoke set, a deploy all of it', () => {
  const TAGGED = `version: 1
checks:
  - name: Health
    type: http
    tags: [smoke]
    request: { url: "{{ BASE_URL }}/ok" }
  - name: Maintenance page
    type: http
    tags: [full]
    request: { url: "{{ BASE_URL }}/down" }
  - name: Health again
    type: http
    tags: [smoke, api]
    request: { url: "{{ BASE_URL }}/ok" }
`;

  it('--tag runs only the checks with that tag; the others are not run and not counted', async () => {
    const file = writeManifest(TAGGED);
    const json = path.join(mkdtempSync(path.join(tmpdir(), 'probegate-tags-')), 'report.json');
    const result = await runCli(['run', file, '--base-url', app.url, '--tag', 'smoke', '--json', json]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('Maintenance page');
    const report = JSON.parse(readFileSync(json, 'utf8')) as { summary: { total: number }; checks: { name: string }[] };
    expect(report.summary.total).toBe(2);
    expect(report.checks.map((c) => c.name)).toEqual(['Health', 'Health again']);
  });

  it('without a selection every check runs (the failing one too)', async () => {
    const result = await runCli(['run', writeManifest(TAGGED), '--base-url', app.url]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Maintenance page');
  });

  it('--grep keeps the checks whose name matches, and combines with --tag', async () => {
    const result = await runCli(['run', writeManifest(TAGGED), '--base-url', app.url, '--grep', 'again$', '--tag', 'smoke,full']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Health again');
    expect(result.stdout).not.toMatch(/Health(?! again)/);
  });

  it('a selection that matches nothing exits 2 and names the tags there are, never a silent pass', async () => {
    const result = await runCli(['run', writeManifest(TAGGED), '--base-url', app.url, '--tag', 'smok']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("No check has tag smok, so nothing would be checked: the manifest's tags are api, full, smoke");
  });

  it('a --grep that is not a regular expression exits 2', async () => {
    const result = await runCli(['run', writeManifest(TAGGED), '--base-url', app.url, '--grep', '(']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--grep (: not a regular expression');
  });
});
