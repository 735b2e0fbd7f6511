// A base URL given with credentials (https://user:password@preview...): the password is in every
// check's target and in messages that quote the URL, and reports, the job summary and the
// annotations are not masked by the runner. It never appears in them; the report records the
// preview without it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../helpers/action.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

const PASSWORD = 'pw-S3cret%2Fx';
let preview: Peer;
let run: ActionRun;

beforeAll(async () => {
  preview = await startHttpServer((req, res) => (req.url === '/moved' ? res.writeHead(302, { location: '/moved' }).end() : res.writeHead(404).end('not here')));
  run = await runAction({
    inputs: { 'base-url': preview.url.replace('http://', `http://deploy:${PASSWORD}@`), 'report-path': 'report.json' },
    files: {
      '.github/probegate.yml': `version: 1
checks:
  - { name: Missing page, type: http, request: { url: "{{ BASE_URL }}/missing" }, assertions: [ { type: statusCode, operator: is, target: 200 } ] }
  - { name: Loop, type: http, request: { url: "{{ BASE_URL }}/moved" } }
`,
    },
  });
});
afterAll(() => preview.close());

it('never shows the password: not in the annotations, the log, the job summary or the report', () => {
  expect(run.exitCode).toBe(1);
  const report = readFileSync(path.join(run.workspace, 'report.json'), 'utf8');
  const log = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
  for (const [where, text] of Object.entries({ log, summary: run.summary, report, stderr: run.stderr })) {
    expect(text, where).not.toContain('S3cret');
  }
  // The checks are there, their targets masked, and the preview is recorded without credentials.
  expect(report).toContain('deploy:***@127.0.0.1');
  expect(JSON.parse(report).run.baseUrl).toBe(`${preview.url}/`);
  expect(run.summary).toContain('Missing page');
});
