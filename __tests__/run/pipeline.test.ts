import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCheckModule } from '../../src/checks/index.js';
import { runAttempt } from '../../src/engine/attempt.js';
import { Deadline } from '../../src/engine/deadline.js';
import { sampleInTurns } from '../../src/engine/samples.js';
import { renderJsonReport } from '../../src/report/json.js';
import { runManifest } from '../../src/run/pipeline.js';
import { ReportWriteError, writeReports } from '../../src/run/write-reports.js';
import { startUnansweredTcpPort, type DnsPeer } from '../helpers/network-peers.js';
import { assertValidReportFile } from '../helpers/report-schema.js';
import { loadManifestText } from '../helpers/run.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

let server: Peer;
let unanswered: DnsPeer;
const requests: { path: string; port: number }[] = [];

beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    requests.push({ path: req.url ?? '', port: req.socket.remotePort ?? 0 });
    res.writeHead(req.url === '/broken' ? 503 : 200).end('ok');
  });
  unanswered = await startUnansweredTcpPort();
});

afterAll(async () => {
  await Promise.all([server.close(), unanswered.close()]);
});

const manifest = (names: string[]) => `version: 1
checks:
${names.map((name) => `  - { name: ${name}, type: http, request: { url: "{{ BASE_URL }}/${name}" } }`).join('\n')}
`;

describe('the run pipeline both doors call', () => {
  it('runs the checks of its shard only, applies the gate given, and records the manifest, shard, location, when it ran and with which gate', async () => {
    const loaded = await loadManifestText(manifest(['a', 'broken', 'c', 'd']), { baseUrl: server.url });
    const before = Date.now();
    const run = await runManifest(loaded, { gate: { warnOn: ['INCORRECT_ASSERTION'] }, concurrency: 2, shard: { index: 2, count: 2 }, location: 'eu-west' });
    expect(run.checks.map((c) => c.check.name)).toEqual(['broken', 'd']);
    expect(run.checks.map((c) => c.status)).toEqual(['warned', 'passed']);
    expect(run.result).toBe('pass');
    expect(run.run).toMatchObject({
      manifest: { path: '.github/probegate.yml', digest: loaded.digest },
      gate: { failOn: ['all'], warnOn: ['INCORRECT_ASSERTION'] },
      shard: { index: 2, count: 2 },
      location: 'eu-west',
      merged: null,
    });
    expect(loaded.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Date.parse(run.run.startedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(run.run.endedAt)).toBeGreaterThanOrEqual(Date.parse(run.run.startedAt));
  });

  it('writes the JSON and JUnit reports it is asked for, creating their folders, and names a file it cannot write', async () => {
    const loaded = await loadManifestText(manifest(['a']), { baseUrl: server.url });
    const run = await runManifest(loaded, { gate: {}, concurrency: 1 });
    const dir = mkdtempSync(path.join(tmpdir(), 'probegate-reports-'));
    const json = path.join(dir, 'out', 'report.json');
    const junit = path.join(dir, 'out', 'junit.xml');
    expect(writeReports(run, { json, junit })).toEqual([json, junit]);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ result: 'pass', summary: { total: 1, passed: 1 }, run: { shard: null, location: null } });
    assertValidReportFile(json);
    expect(readFileSync(junit, 'utf8')).toContain('<testcase name="a"');
    const blocker = path.join(dir, 'a-file');
    writeFileSync(blocker, '');
    const unwritable = path.join(blocker, 'report.json');
    expect(() => writeReports(run, { json: unwritable })).toThrow(ReportWriteError);
    expect(() => writeReports(run, { json: unwritable })).toThrow(`Cannot write the JSON report to ${unwritable}: `);
    expect(existsSync(unwritable)).toBe(false);
  });

  it('writes the JSON report a check at a time, and the file is exactly the whole report as JSON, whatever the count and the characters', async () => {
    const loaded = await loadManifestText(manifest(['a', 'broken']), { baseUrl: server.url });
    const run = await runManifest(loaded, { gate: {}, concurrency: 2 });
    const renamed = run.checks.map((result, i) => ({ ...result, check: { ...result.check, name: `café ✅ "${i}"\n\t\\ 𝄞` } }));
    // Several thousand checks: more than one batch of writes.
    const many = { ...run, checks: Array.from({ length: 1500 }, (_, i) => renamed[i % renamed.length]!) };
    const dir = mkdtempSync(path.join(tmpdir(), 'probegate-reports-'));
    for (const shown of [run, many, { ...run, checks: [] }]) {
      const json = path.join(dir, 'report.json');
      writeReports(shown, { json });
      expect(readFileSync(json, 'utf8')).toBe(`${JSON.stringify(renderJsonReport(shown), null, 2)}\n`);
    }
  });
});

describe('the seams for baselines and multistep checks', () => {
  it('takes samples of several series in turns, each on a fresh connection', async () => {
    const loaded = await loadManifestText(manifest(['preview', 'baseline']), { baseUrl: server.url });
    requests.length = 0;
    const samples = await sampleInTurns(loaded.checks, 3);
    expect(samples.map((series) => series.map((sample) => sample.error))).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
    expect(requests.map((r) => r.path)).toEqual(['/preview', '/baseline', '/preview', '/baseline', '/preview', '/baseline']);
    expect(new Set(requests.map((r) => r.port)).size).toBe(6);
    expect(samples[0]![0]!.timings.total).toBeGreaterThan(0);
  });

  it('ends a step with the sequence overall timeout when the sequence deadline runs out first', async () => {
    const loaded = await loadManifestText(`version: 1
checks:
  - { name: step, type: tcp, timeout: 20s, request: { host: 127.0.0.1, port: ${unanswered.port} } }
`);
    const check = loaded.checks[0]!;
    const sequence = new Deadline({ requestMs: 60_000, overallMs: 300 });
    try {
      const step = await runAttempt(check, await loadCheckModule('tcp'), { parent: sequence });
      expect(step.error).toMatchObject({ category: 'TIMEOUT', code: 'OVERALL_TIMEOUT' });
      expect(step.error?.message).toMatch(/^The attempt did not complete within the overall timeout of 300 ms/);
    } finally {
      sequence.clear();
    }
  });
});
