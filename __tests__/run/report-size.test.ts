// What a run keeps of a response for its report: a body assertion is judged on the whole body,
// but its `actual` keeps only the body's start (with the body's size), and only a check that
// did not pass keeps an excerpt. A report of large bodies stays small, and says as much as before.
// So does one of large JSON values that assertions select, and of long strings.
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
const NAMES = Array.from({ length: 50_000 }, (_, i) => `name ${i}`);
const TEXT = 'é'.repeat(5000);
const JSON_BODY = JSON.stringify({ names: NAMES, text: TEXT, few: ['a', 'b'] });

let server: Peer;

beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    if (req.url === '/json') res.writeHead(200, { 'content-type': 'application/json' }).end(JSON_BODY);
    else res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(req.url === '/large' ? LARGE_BODY : 'small and fine');
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
  - name: large-values
    type: http
    request: { url: "{{ BASE_URL }}/json" }
    assertions:
      - { type: jsonpath, path: "$.names", operator: contains, target: "name 49999" }
      - { type: jsonpath, path: "$.names", operator: contains, target: "name 50000" }
      - { type: jsonpath, path: "$.text", operator: contains, target: "é" }
      - { type: jsonpath, path: "$.few", operator: contains, target: "b" }
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

  it('judges a JSON value on the whole of it and keeps the start of its JSON text, or of a long string, with the size', async () => {
    const run = await runManifestText(manifest, { baseUrl: server.url });
    const values = checkNamed(run, 'large-values');
    const namesText = JSON.stringify(NAMES);
    const [found, missing, text, few] = values.assertions;
    // "name 49999" is far past the kept start: only the whole array has it.
    expect(found).toMatchObject({ passed: true, actual: namesText.slice(0, EXCERPT_BYTES), actualTotalBytes: namesText.length });
    expect(missing).toMatchObject({ passed: false, actual: namesText.slice(0, EXCERPT_BYTES), actualTotalBytes: namesText.length });
    expect(values.error).toMatchObject({ category: 'INCORRECT_ASSERTION' });
    expect(values.error!.message).toContain('jsonpath $.names: expected contains `name 50000`, actual `["name 0","name 1",');
    // Two bytes a character: the kept start is whole characters.
    expect(text).toMatchObject({ passed: true, actual: 'é'.repeat(EXCERPT_BYTES / 2), actualTotalBytes: Buffer.byteLength(TEXT) });
    expect(few).toEqual(expect.objectContaining({ passed: true, actual: ['a', 'b'] }));
    expect(few).not.toHaveProperty('actualTotalBytes');
  });

  it('writes a report of a few kilobytes for megabytes of bodies, which merge reads back whole', async () => {
    const run = await runManifestText(manifest, { baseUrl: server.url });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'probegate-report-size-')), 'report.json');
    writeReports(run, { json: file });
    expect(statSync(file).size).toBeLessThan(32 * 1024);
    const written = JSON.parse(readFileSync(file, 'utf8')) as { checks: { name: string; excerpt?: string; assertions: { actual: unknown; actualTotalBytes?: number }[] }[] };
    const byName = new Map(written.checks.map((check) => [check.name, check]));
    expect(byName.get('large-fails')!.assertions[0]).toMatchObject({ actual: 'é'.repeat(EXCERPT_BYTES / 2), actualTotalBytes: LARGE_BYTES });
    expect(byName.get('large-fails')!.excerpt).toBe('é'.repeat(EXCERPT_BYTES / 2));
    expect(byName.get('large-passes')).not.toHaveProperty('excerpt');
    expect(byName.get('small-passes')).not.toHaveProperty('excerpt');
    const namesText = JSON.stringify(NAMES);
    expect(byName.get('large-values')!.assertions[1]).toMatchObject({ actual: namesText.slice(0, EXCERPT_BYTES), actualTotalBytes: namesText.length });
    const read = readReport(file);
    expect(read.checks.find((check) => check.check.name === 'large-fails')!.assertions[0]).toMatchObject({ actualTotalBytes: LARGE_BYTES, passed: false });
    expect(read.checks.find((check) => check.check.name === 'large-values')!.assertions[1]).toMatchObject({ actualTotalBytes: namesText.length, passed: false });
  });

  it('keeps the excerpt of a passed check that a baseline comparison may still fail', async () => {
    const loaded = await loadManifestText(manifest, { baseUrl: server.url });
    const { outcomes } = await runChecks({ checks: loaded.checks, secrets: [], compared: new Set([loaded.checks[2]!.index]) }, { concurrency: 2 });
    expect(outcomes.map((outcome) => outcome.excerpt)).toEqual(['é'.repeat(EXCERPT_BYTES / 2), undefined, 'small and fine', JSON_BODY.slice(0, EXCERPT_BYTES)]);
  });
});
