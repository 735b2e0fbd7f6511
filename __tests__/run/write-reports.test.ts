// The JSON report file is written a few checks at a time, never whole; its text must be exactly
// `JSON.stringify(renderJsonReport(run), null, 2)` whatever the number of checks, on either side
// of the pieces' size.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PipelineResult } from '../../src/model.js';
import { renderJsonReport } from '../../src/report/json.js';
import { writeReports } from '../../src/run/write-reports.js';
import { runManifestText } from '../helpers/run.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

const CHECKS = 130;

let server: Peer;
let run: PipelineResult;

beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    res.writeHead(req.url?.endsWith('/missing') ? 404 : 200, { 'content-type': 'application/json' }).end('{"status": "ok", "note": "a \\"quoted\\" line\\nbreak"}');
  });
  // Every third check fails, every fifth is skipped: entries of different shapes and lengths.
  const checks = Array.from({ length: CHECKS }, (_, i) => {
    const path = i % 3 === 0 ? 'missing' : 'json';
    return `  - name: "check ${i} é"\n    type: http\n    skip: ${i % 5 === 4}\n    request: { url: "{{ BASE_URL }}/${i}/${path}" }\n    assertions:\n      - { type: jsonpath, path: "$.status", operator: is, target: ok }`;
  });
  run = await runManifestText(`version: 1\nchecks:\n${checks.join('\n')}\n`, { baseUrl: server.url });
});

afterAll(async () => {
  await server.close();
});

describe('the JSON report file', () => {
  it.each([0, 1, 63, 64, 65, 128, CHECKS])('is the whole report stringified, for %i checks', (count) => {
    const part: PipelineResult = { ...run, checks: run.checks.slice(0, count) };
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'probegate-report-')), 'report.json');
    writeReports(part, { json: file });
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(renderJsonReport(part), null, 2)}\n`);
  });

  it('holds checks of every status', () => {
    expect(new Set(run.checks.map((c) => c.status))).toEqual(new Set(['passed', 'failed', 'skipped']));
  });
});
