// What a failing multistep check looks like in every report, and that a `secret: true` value
// never appears in any of them, even when the server echoes it back in a header and a body.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderFailureDetails } from '../../src/cli/details.js';
import { createStyle } from '../../src/cli/style.js';
import { buildAnnotations } from '../../src/report/annotations.js';
import { renderComment } from '../../src/report/comment.js';
import { renderJsonReport } from '../../src/report/json.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderSummary } from '../../src/report/summary.js';
import { runAction } from '../helpers/action.js';
import { ensureCliBundle, runCli } from '../helpers/cli.js';
import { startJourneyApp, TOKEN, type JourneyApp } from '../helpers/journey-app.js';
import { checkNamed, runManifestText } from '../helpers/run.js';

let app: JourneyApp;
beforeAll(async () => {
  app = await startJourneyApp();
  await ensureCliBundle();
}, 240_000);
afterAll(() => app.close());

const MANIFEST = `version: 1
checks:
  - name: Checkout
    type: multistep
    steps:
      - name: Log in
        type: http
        request: { method: POST, url: "{{ BASE_URL }}/login", body: { user: demo, password: hunter2 } }
        extract: [ { name: TOKEN, from: jsonpath, path: "$.token", secret: true } ]
      - name: Debug echo
        type: http
        request: { url: "{{ BASE_URL }}/echo", headers: { authorization: "Bearer {{ TOKEN }}" } }
        assertions:
          - { type: header, property: x-received, operator: is, target: "Bearer {{ TOKEN }}x" }
          - { type: body, operator: contains, target: "{{ TOKEN }}" }
      - name: Never reached
        type: http
        request: { url: "{{ BASE_URL }}/me" }
`;
const ASSERTION_LINE = MANIFEST.split('\n').findIndex((line) => line.includes('x-received')) + 1;

describe('a failing multistep check in the reports', () => {
  it('never shows a secret extracted value in the JSON, JUnit, summary, comment, annotations or terminal, even when the server echoes it', async () => {
    const run = await runManifestText(MANIFEST, { baseUrl: app.url });
    const check = checkNamed(run, 'Checkout');
    expect(check.error).toMatchObject({ category: 'INCORRECT_ASSERTION', step: { index: 1, name: 'Debug echo' } });
    const outputs = {
      json: JSON.stringify(renderJsonReport(run)),
      junit: renderJunit(run),
      summary: renderSummary(run),
      comment: renderComment(run, '<!-- probegate -->'),
      annotations: JSON.stringify(buildAnnotations(run)),
      terminal: renderFailureDetails(check, createStyle(false)).join('\n'),
    };
    for (const [name, text] of Object.entries(outputs)) {
      expect(text, name).not.toContain(TOKEN);
      expect(text, name).toContain('***');
    }
    // The steps are in every report, with the failing one marked.
    const json = renderJsonReport(run) as { checks: { steps: { name: string; status: string; extracted: object; line: number }[] }[] };
    expect(json.checks[0]!.steps.map((s) => [s.name, s.status])).toEqual([
      ['Log in', 'passed'],
      ['Debug echo', 'failed'],
      ['Never reached', 'not_run'],
    ]);
    expect(json.checks[0]!.steps[0]!.extracted).toEqual({ TOKEN: '***' });
    expect(outputs.summary).toMatch(/\| 2 \| Debug echo \| http \| ❌ failed \| INCORRECT_ASSERTION \| [\d.]+\u00a0ms \| \d+ \|/);
    expect(outputs.summary).toMatch(/\| 3 \| Never reached \| http \| ⏭️ not run \| {2}\| {2}\| \d+ \|/);
    expect(outputs.comment).toContain('| 2 | Debug echo | http | ❌ failed |');
    expect(outputs.junit).toMatch(/2\. Debug echo \(http, line \d+\): failed in [\d.]+ ms {2}INCORRECT_ASSERTION/);
    expect(outputs.terminal).toContain('Checkout › Debug echo');
    expect(buildAnnotations(run)[0]).toMatchObject({ title: 'INCORRECT_ASSERTION · Checkout › Debug echo', line: ASSERTION_LINE });
  });

  it('keeps the secret out of what the command line prints and writes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'probegate-multistep-'));
    writeFileSync(path.join(dir, 'probegate.yml'), MANIFEST);
    const result = await runCli(['run', 'probegate.yml', '--base-url', app.url, '--json', 'report.json', '--junit', 'junit.xml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Checkout › Debug echo');
    expect(result.stdout).toContain('Debug echo (http, line');
    for (const text of [result.stdout, result.stderr, readFileSync(path.join(dir, 'report.json'), 'utf8'), readFileSync(path.join(dir, 'junit.xml'), 'utf8')]) {
      expect(text).not.toContain(TOKEN);
    }
  });

  it('annotates the failing assertion of the failing step in the built action, titled check › step, without the secret', async () => {
    const action = await runAction({
      inputs: { manifest: '.github/probegate.yml', 'base-url': app.url, comment: 'never', 'report-path': 'report.json', 'junit-path': 'junit.xml' },
      files: { '.github/probegate.yml': MANIFEST },
    });
    expect(action.exitCode).toBe(1);
    expect(action.stdout).toContain(`::error title=INCORRECT_ASSERTION · Checkout › Debug echo,file=.github/probegate.yml,line=${ASSERTION_LINE}::Step 2 "Debug echo"`);
    const written = [action.stdout, action.stderr, action.summary, readFileSync(path.join(action.workspace, 'report.json'), 'utf8'), readFileSync(path.join(action.workspace, 'junit.xml'), 'utf8')];
    for (const text of written) expect(text).not.toContain(TOKEN);
    expect(action.summary).toContain('| 2 | Debug echo | http | ❌ failed |');
  });
});
