// What a run keeps of a response for its report: a body assertion is judged on the whole body,
// but its `actual` keeps only the body's start (with the body's size), and only a check that
// did not pass keeps an excerpt. A report of large bodies stays small, and says as much as before.
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/engine/run.js';
import { readReport } from '../../src/run/read-report.js';
import { writeReports } from '../../src/run/write-reports.js';
import { checkNamed, loadManifestText, runManifestText } from '../helpers/run.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

// Two-byte characters up to the end marker: the kept start must be whole characters of the body.
const LARGE_BODY = `${'é'.repeat(2 * 1024 * 1024)}THE-END`;
const LARGE_BYTES = Buffer.byteLength(LARGE_BODY);
const EXCERPT_BYTES = 2000;

let server: Peer;

beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(req.url === '/large' ? LARGE_BODY : 'small and fine');
  });
});

afterAll(async () => {
  await server.close();
});

const manifest = `version: 1
checks:
  - name: large-fails
    type: http
    request: { url: "{{ BASE_URL }}/large" }
    assertions:
      - { type: body, operator: contains, target: MISSING }
      - { type: body, operator: contains, target: THE-END }
  - name: large-passes
    type: http
    request: { url: "{{ BASE_URL }}/large" }
    assertions:
      - { type: body, operator: contains, target: THE-END }
  - name: small-passes
    type: http
    request: { url: "{{ BASE_URL }}/small" }
    assertions:
      - { type: body, operator: contains, target: fine }
`;

describe('what a run keeps of large bodies', () => {
  it('judges a body assertion on the whole body, keeps its start and size, and explains the failure as before', async () => {
    const run = await runManifestText(manifest, { baseUrl: server.url });
    const failed = checkNamed(run, 'large-fails');
    expect(failed.status).toBe('failed');
    // The message reads the body as it always did: its first 200 characters.
    expect(failed.error).toMatchObject({ category: 'INCORRECT_ASSERTION', code: 'INCORRECT_ASSERTION' });
    expect(failed.error!.message.startsWith(`body: expected contains \`MISSING\`, actual \`${'é'.repeat(200)}…\`. `)).toBe(true);
    const [missing, end] = failed.assertions;
    expect(missing).toMatchObject({ passed: false, actual: 'é'.repeat(EXCERPT_BYTES / 2), actualTotalBytes: LARGE_BYTES });
    // THE-END is past the kept start: only the whole body has it.
    expect(end).toMatchObject({ passed: true, actualTotalBytes: LARGE_BYTES });
    expect(failed.excerpt).toBe('é'.repeat(EXCERPT_BYTES / 2));

    const passed = checkNamed(run, 'large-passes');
    expect(passed.status).toBe('passed');
    expect(passed.assertions[0]).toMatchObject({ passed: true, actual: 'é'.repeat(EXCERPT_BYTES / 2), actualTotalBytes: LARGE_BYTES });
    expect(passed.excerpt).toBeUndefined();
    const small = checkNamed(run, 'small-passes');
    expect(small.assertions[0]).toEqual(expect.objectContaining({ actual: 'small and fine', passed: true }));
    expect(small.assertions[0]).not.toHaveProperty('actualTotalBytes');
  });

  it('writes a report of a few kilobytes for megabytes of bodies, which merge reads back whole', async () => {
    const run = await runManifestText(manifest, { baseUrl: server.url });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'probegate-report-size-')), 'report.json');
    writeReports(run, { json: file });
    expect(statSync(file).size).toBeLessThan(20 * 1024);
    const written = JSON.parse(readFileSync(file, 'utf8')) as { checks: { name: string; excerpt?: string; assertions: { actual: unknown; actualTotalBytes?: number }[] }[] };
    const byName = new Map(written.checks.map((check) => [check.name, check]));
    expect(byName.get('large-fails')!.assertions[0]).toMatchObject({ actual: 'é'.repeat(EXCERPT_BYTES / 2), actualTotalBytes: LARGE_BYTES });
    expect(byName.get('large-fails')!.excerpt).toBe('é'.repeat(EXCERPT_BYTES / 2));
    expect(byName.get('large-passes')).not.toHaveProperty('excerpt');
    expect(byName.get('small-passes')).not.toHaveProperty('excerpt');
    const read = readReport(file);
    expect(read.checks.find((check) => check.check.name === 'large-fails')!.assertions[0]).toMatchObject({ actualTotalBytes: LARGE_BYTES, passed: false });
  });

  it('keeps the excerpt of a passed check that a baseline comparison may still fail', async () => {
    const loaded = await loadManifestText(manifest, { baseUrl: server.url });
    const { outcomes } = await runChecks({ checks: loaded.checks, secrets: [], compared: new Set([loaded.checks[2]!.index]) }, { concurrency: 2 });
    expect(outcomes.map((outcome) => outcome.excerpt)).toEqual(['é'.repeat(EXCERPT_BYTES / 2), undefined, 'small and fine']);
  });
});
