import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../helpers/action.js';
import { closedPort, startHttpServer, type Peer } from '../helpers/servers.js';

const MANIFEST = (refused: number) => `version: 1
defaults:
  timeout: 2s
checks:
  - name: Home page
    type: http
    request: { url: "{{ BASE_URL }}/" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
  - name: Health
    type: http
    request: { url: "{{ BASE_URL }}/health" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
      - { type: jsonpath, path: "$.status", operator: is, target: ok }
  - name: Admin API
    type: http
    request: { url: "http://127.0.0.1:${refused}/admin" }
  - name: Typo
    type: http
    request: { url: "{{ BASE_URLL }}/" }
  - name: Not yet
    type: http
    skip: true
    request: { url: "{{ BASE_URL }}/later" }
`;

let preview: Peer;
let refused: number;
beforeAll(async () => {
  preview = await startHttpServer((req, res) => {
    if (req.url === '/health') res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"degraded"}');
    else res.writeHead(200).end('home');
  });
  refused = await closedPort();
});
afterAll(() => preview.close());

describe('the bundled action, run as the runner runs it', () => {
  let run: ActionRun;
  beforeAll(async () => {
    run = await runAction({
      inputs: { manifest: '.github/probegate.yml', 'base-url': preview.url, comment: 'never', 'report-path': 'out/report.json', 'warn-on': 'CONNREFUSED' },
      files: { '.github/probegate.yml': MANIFEST(refused) },
      event: { number: 7, pull_request: { number: 7, head: { sha: 'abc123' } } },
    });
  });

  it('fails the job because a check failed the gate', () => {
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error::2 checks failed the gate: Health, Typo');
  });

  it('sets every output: counts (skipped too), the duration, and an empty comment-url when no comment was written', () => {
    expect(run.outputs).toEqual({
      result: 'fail',
      total: '5',
      passed: '1',
      failed: '2',
      warned: '1',
      skipped: '1',
      'duration-ms': expect.stringMatching(/^\d+$/),
      categories: '["INCORRECT_ASSERTION","CONNREFUSED","INVALID_REQUEST"]',
      'report-path': 'out/report.json',
      'comment-url': '',
    });
  });

  it('annotates each failing check at its manifest line, with the gate’s level', () => {
    expect(run.stdout).toContain('::error title=INCORRECT_ASSERTION · Health,file=.github/probegate.yml,line=15::jsonpath $.status: expected is `ok`, actual `degraded`');
    expect(run.stdout).toContain('::warning title=CONNREFUSED · Admin API,file=.github/probegate.yml,line=16::Connection refused by 127.0.0.1:');
    expect(run.stdout).toContain('::error title=INVALID_REQUEST · Typo,file=.github/probegate.yml,line=21::');
  });

  it('writes the JSON report of SPEC §5', () => {
    const report = JSON.parse(readFileSync(path.join(run.workspace, 'out/report.json'), 'utf8'));
    expect(report).toMatchObject({ version: 1, result: 'fail', summary: { total: 5, passed: 1, failed: 2, warned: 1, skipped: 1 } });
    const health = report.checks.find((c: { name: string }) => c.name === 'Health');
    expect(health).toMatchObject({
      id: 'health',
      type: 'http',
      target: `${preview.url}/health`,
      status: 'failed',
      error: { category: 'INCORRECT_ASSERTION', code: 'INCORRECT_ASSERTION' },
      attempts: 1,
      protocol: 'http/1.1',
      location: { file: '.github/probegate.yml', line: 10 },
    });
    expect(health.assertions[1]).toMatchObject({ type: 'jsonpath', operator: 'is', target: 'ok', actual: 'degraded', passed: false, line: 15 });
    expect(Object.keys(health.timings)).toEqual(expect.arrayContaining(['connect', 'firstByte', 'download', 'total']));
  });

  it('writes a job summary with a row per check', () => {
    expect(run.summary).toMatch(/❌ probegate/);
    for (const name of ['Home page', 'Health', 'Admin API', 'Typo']) expect(run.summary).toContain(name);
  });
});

describe('the bundled action on an unusable manifest or inputs', () => {
  it('fails with the problems annotated at their lines', async () => {
    const run = await runAction({
      inputs: { manifest: 'checks.yml', comment: 'never' },
      files: { 'checks.yml': 'version: 2\nchecks:\n  - name: x\n    type: http\n    request: { url: "http://127.0.0.1/" }\ngate: { fail_on: [ssl] }\n' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error title=probegate · invalid manifest,file=checks.yml,line=1,col=10::version: must be 1');
    expect(run.stdout).toContain('::error title=probegate · invalid manifest,file=checks.yml,line=6,col=19::gate.fail_on[0]: "ssl" is not an error category, did you mean SSL?');
    expect(run.outputs.result).toBe('fail');
  });

  it('turns a check of an unknown type into INVALID_REQUEST at its line', async () => {
    const run = await runAction({
      inputs: { manifest: 'checks.yml', comment: 'never' },
      files: { 'checks.yml': 'version: 1\nchecks:\n  - name: x\n    type: htp\n    request: {}\n' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error title=INVALID_REQUEST · x,file=checks.yml,line=4::line 4: checks\[0\]\.type: must be one of http, ssl/);
  });

  it("fails the job on a check's unknown selector even when warn-on softens INVALID_REQUEST", async () => {
    const run = await runAction({
      inputs: { manifest: 'checks.yml', comment: 'never', 'warn-on': 'INVALID_REQUEST' },
      files: { 'checks.yml': 'version: 1\nchecks:\n  - name: x\n    type: http\n    request: { url: "http://127.0.0.1:1/" }\n    fail_on: [SSL:CERT_EXPIRED]\n' },
    });
    expect(run.stdout).toMatch(/::error title=INVALID_REQUEST · x,file=checks.yml,line=6::line 6: checks\[0\]\.fail_on\[0\]: "SSL:CERT_EXPIRED" is not a code the SSL category can end with, did you mean SSL:CERT_HAS_EXPIRED\?/);
    expect(run.stdout).toContain('::error::1 check failed the gate: x; the manifest has 1 problem (annotated at its line)');
    expect(run.outputs).toMatchObject({ result: 'fail', failed: '1', warned: '0' });
    expect(run.exitCode).toBe(1);
    // Everything that is read beside the job's status says it failed: the summary and the report.
    expect(run.summary).toMatch(/^## ❌ probegate failed: 1 check failed the gate/);
    const report = JSON.parse(readFileSync(path.join(run.workspace, 'probegate-report.json'), 'utf8'));
    expect(report).toMatchObject({ result: 'fail', summary: { failed: 1, warned: 0 } });
    expect(report.checks[0]).toMatchObject({ status: 'failed', level: 'error', error: { category: 'INVALID_REQUEST' } });
  });

  it('annotates a problem outside every check (the baseline\'s) and fails the run in the summary and the report too', async () => {
    const run = await runAction({
      inputs: { manifest: 'checks.yml', comment: 'never' },
      files: { 'checks.yml': `version: 1\nbaseline: { base_url: "{{ env.PROBEGATE_TEST_UNSET_URL }}" }\nchecks:\n  - name: home\n    type: http\n    request: { url: "${preview.url}/" }\n` },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error title=probegate · invalid manifest,file=checks.yml,line=2,col=\d+::.*PROBEGATE_TEST_UNSET_URL/);
    expect(run.outputs).toMatchObject({ result: 'fail', failed: '0', passed: '1' });
    expect(run.summary).toMatch(/^## ❌ probegate failed: checks\.yml has problems to correct/);
    expect(run.summary).toContain('❌ **manifest problem** (checks.yml line 2): baseline.base\\_url: environment variable PROBEGATE\\_TEST\\_UNSET\\_URL is not set');
    const report = JSON.parse(readFileSync(path.join(run.workspace, 'probegate-report.json'), 'utf8'));
    expect(report).toMatchObject({ result: 'fail', run: { manifest: { problems: 1 } } });
  });

  it('fails with a sentence that names a bad input', async () => {
    const run = await runAction({ inputs: { concurrency: 'lots', comment: 'never' }, files: {} });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error::Input concurrency must be a whole number of at least 1, not "lots".');
  });

  it('names a gate input category that does not exist, with the one probably meant', async () => {
    const run = await runAction({ inputs: { 'fail-on': 'SSL, TIMOUT', comment: 'never' }, files: {} });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error::Input fail-on: "TIMOUT" is not an error category, did you mean TIMEOUT?');
  });

  it('takes BASE_URL from a deployment_status event', async () => {
    const run = await runAction({
      inputs: { comment: 'never' },
      files: { '.github/probegate.yml': 'version: 1\nchecks:\n  - { name: home, type: http, request: { url: "{{ BASE_URL }}/" } }\n' },
      eventName: 'deployment_status',
      event: { deployment_status: { state: 'success', environment_url: `${preview.url}/` }, deployment: { sha: 'abc123' } },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.result).toBe('pass');
  });

  it.each(['failure', 'error', 'pending', 'in_progress'])('fails a deployment_status event of a deployment in state %s without checking it, its URL serving nothing to pass', async (state) => {
    // The preview answers 200: checking the URL of a deployment that did not succeed would pass.
    const run = await runAction({
      inputs: { comment: 'never', 'base-url': preview.url },
      files: { '.github/probegate.yml': 'version: 1\nchecks:\n  - { name: home, type: http, request: { url: "{{ BASE_URL }}/" } }\n' },
      eventName: 'deployment_status',
      event: { deployment_status: { state, target_url: `${preview.url}/logs` }, deployment: { sha: 'abc123' } },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(run.stdout).toContain(`::error::The deployment_status event is for a deployment in state "${state}" (${preview.url}/logs), not "success": there is no deployed preview to check, so no check was run. Run probegate on successful deployments only, with \`if: github.event.deployment_status.state == 'success'\` on its job.`);
    expect(run.summary).toMatch(/^## ❌ probegate: no deployed preview to check/);
    expect(run.summary).toContain("with `if: github.event.deployment_status.state == 'success'` on its job.");
  });
});

describe('the bundled action with a tags input', () => {
  const TAGGED = 'version: 1\nchecks:\n  - { name: home, type: http, tags: [smoke], request: { url: "{{ BASE_URL }}/" } }\n  - { name: admin, type: http, tags: [full], request: { url: "http://127.0.0.1:1/admin" } }\n';

  it('runs only the checks with one of the tags, and counts only them', async () => {
    const run = await runAction({ inputs: { comment: 'never', 'base-url': preview.url, tags: 'smoke' }, files: { '.github/probegate.yml': TAGGED } });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'pass', total: '1', passed: '1' });
  });

  it('fails the job when every check of the manifest is skipped, never passing with nothing checked', async () => {
    const run = await runAction({ inputs: { comment: 'never', 'base-url': preview.url }, files: { '.github/probegate.yml': 'version: 1\nchecks:\n  - { name: home, type: http, skip: true, request: { url: "{{ BASE_URL }}/" } }\n' } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error title=probegate · invalid manifest,file=.github\/probegate.yml,line=3,col=3::checks: every check has skip: true, so nothing would be checked: let a check run, or leave probegate out of this workflow/);
    expect(run.outputs).toMatchObject({ result: 'fail', skipped: '1' });
    expect(run.summary).toContain('❌ **manifest problem** (.github/probegate.yml line 3): checks: every check has skip: true');
  });

  it('fails the job when the tags select no check, never passing with nothing checked', async () => {
    const run = await runAction({ inputs: { comment: 'never', 'base-url': preview.url, tags: 'smoek' }, files: { '.github/probegate.yml': TAGGED } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("::error::No check has tag smoek, so nothing would be checked: the manifest's tags are full, smoke");
    expect(run.outputs.result).toBe('fail');
  });
});
