// The `ready` wait: a preview that serves the previous build is not ready; a preview that never
// becomes ready fails the run once, at the ready line, in every report, and no check runs.
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { PipelineResult } from '../../src/model.js';
import { buildAnnotations } from '../../src/report/annotations.js';
import { renderComment } from '../../src/report/comment.js';
import { renderJsonReport } from '../../src/report/json.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderSummary } from '../../src/report/summary.js';
import { runManifest } from '../../src/run/pipeline.js';
import { withValidReport } from '../helpers/report-schema.js';
import { loadManifestText } from '../helpers/run.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

let preview: Peer | undefined;
afterEach(async () => {
  await preview?.close();
  preview = undefined;
});

/** The preview serves build `old` until `switchAfter` requests have been answered, then `abc123` (the run's SHA). */
async function deployingPreview(switchAfter: number): Promise<Peer> {
  let answered = 0;
  return startHttpServer((_, res) => {
    const build = answered++ < switchAfter ? 'old' : 'abc123';
    res.writeHead(200, { 'content-type': 'text/html', 'x-build': build }).end(`<meta name="build" content="${build}">`);
  });
}

async function run(yaml: string, input: { failOn?: string[]; warnOn?: string[] } = {}): Promise<PipelineResult> {
  const manifest = await loadManifestText(yaml, { baseUrl: preview!.url });
  expect(manifest.problems).toEqual([]);
  return withValidReport(await runManifest(manifest, { gate: input, concurrency: 2 }));
}

const CHECKS = `checks:
  - { name: home, type: http, request: { url: "{{ BASE_URL }}/" } }
  - { name: again, type: http, request: { url: "{{ BASE_URL }}/again" } }
`;

describe('ready with assertions', () => {
  it('waits while the preview still serves the previous build, then runs the checks', async () => {
    preview = await deployingPreview(3);
    const result = await run(`version: 1
ready:
  url: "{{ BASE_URL }}/"
  timeout: 10s
  interval: 100ms
  assertions:
    - { type: body, operator: contains, target: "{{ SHA }}" }
    - { type: header, property: X-Build, operator: is, target: "{{ SHA }}" }
${CHECKS}`);
    expect(result.ready).toBeUndefined();
    expect(result.result).toBe('pass');
    expect(result.checks.map((c) => c.status)).toEqual(['passed', 'passed']);
  });

  it('waits for a body that a JSON schema from a file accepts', async () => {
    let answered = 0;
    preview = await startHttpServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ build: answered++ < 2 ? 'old' : 'abc123' }));
    });
    const manifest = await loadManifestText(
      `version: 1\nready:\n  url: "{{ BASE_URL }}/"\n  timeout: 10s\n  interval: 100ms\n  assertions:\n    - { type: jsonSchema, operator: is, target: build.json }\n${CHECKS}`,
      { baseUrl: preview.url, files: { 'build.json': JSON.stringify({ required: ['build'], properties: { build: { const: 'abc123' } } }) } },
    );
    expect(manifest.problems).toEqual([]);
    const result = withValidReport(await runManifest(manifest, { gate: {}, concurrency: 2 }));
    expect(result.ready).toBeUndefined();
    expect(answered).toBeGreaterThanOrEqual(3);
    expect(result.result).toBe('pass');
  });

  it('reads a body the preview compresses unasked as the checks read it: decoded', async () => {
    let answered = 0;
    preview = await startHttpServer((_, res) => {
      const build = answered++ < 2 ? 'old' : 'abc123';
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(`<meta name="build" content="${build}">`));
    });
    const result = await run(`version: 1
ready:
  url: "{{ BASE_URL }}/"
  timeout: 10s
  interval: 100ms
  assertions:
    - { type: body, operator: contains, target: "{{ SHA }}" }
    - { type: body, operator: doesNotContain, target: "old" }
${CHECKS}`);
    expect(result.ready).toBeUndefined();
    expect(answered).toBeGreaterThanOrEqual(5);
    expect(result.result).toBe('pass');
  });

  it('bounds a regex that backtracks by the poll, which the ready timeout bounds (it ran 60 s a poll)', async () => {
    preview = await startHttpServer((_, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(`${'a'.repeat(40)}!`));
    const result = await run(`version: 1
ready:
  url: "{{ BASE_URL }}/"
  timeout: 1s
  interval: 100ms
  assertions:
    - { type: body, operator: matches, target: "^(a+)+$" }
${CHECKS}`);
    expect(result.ready).toMatchObject({ status: 'failed', error: { category: 'TIMEOUT', code: 'READY_TIMEOUT' } });
    expect(result.checks.every((c) => c.status !== 'passed')).toBe(true);
  }, 30_000);

  it('waits until every instance serves this build: elements reaches the ready assertions', async () => {
    let answered = 0;
    preview = await startHttpServer((_, res) => {
      // One instance of two on the new build, then both.
      const instances = answered++ < 2 ? [{ sha: 'abc123' }, { sha: 'old' }] : [{ sha: 'abc123' }, { sha: 'abc123' }];
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ instances }));
    });
    const result = await run(`version: 1
ready:
  url: "{{ BASE_URL }}/"
  timeout: 10s
  interval: 100ms
  assertions:
    - { type: jsonpath, path: "$.instances[*].sha", operator: contains, target: "{{ SHA }}", elements: every }
${CHECKS}`);
    expect(result.ready).toBeUndefined();
    expect(answered).toBeGreaterThanOrEqual(4);
    expect(result.result).toBe('pass');
  });

  it('a preview that keeps serving the previous build fails the run with what it last answered', async () => {
    preview = await deployingPreview(Infinity);
    const result = await run(`version: 1
ready:
  url: "{{ BASE_URL }}/"
  timeout: 400ms
  interval: 100ms
  assertions: [{ type: body, operator: contains, target: "{{ SHA }}" }]
${CHECKS}`);
    expect(result.result).toBe('fail');
    expect(result.ready).toMatchObject({ status: 'failed', error: { category: 'TIMEOUT', code: 'READY_TIMEOUT' }, location: { line: 2 } });
    expect(result.ready!.error.message).toContain('(last answer: status 200; body: expected contains `abc123`, actual `<meta name="build" content="old">`)');
    expect(result.ready!.assertions).toMatchObject([{ type: 'body', passed: false }]);
  });
});

describe('a preview that never became ready', () => {
  const NEVER = `version: 1
ready: { url: "{{ BASE_URL }}/", timeout: 300ms, interval: 100ms, status: 204 }
gate:
  warn_on: [TIMEOUT]
${CHECKS}`;

  it('fails the run although warn_on names TIMEOUT (or all): only TIMEOUT:READY_TIMEOUT itself softens it', async () => {
    preview = await deployingPreview(0);
    expect((await run(NEVER)).result).toBe('fail');
    expect((await run(NEVER, { warnOn: ['all'] })).result).toBe('fail');
    const softened = await run(NEVER, { warnOn: ['TIMEOUT:READY_TIMEOUT'] });
    expect(softened).toMatchObject({ result: 'pass', ready: { status: 'warned', level: 'warning' } });
  });

  it("ignores a check's own warn_on: no check ran", async () => {
    preview = await deployingPreview(0);
    const own = NEVER.replace('{ name: home, type: http,', '{ name: home, type: http, warn_on: [TIMEOUT:READY_TIMEOUT],');
    expect((await run(own)).result).toBe('fail');
  });

  it('is reported once, at the ready line, in the JSON report, the annotations, the summary, the comment and JUnit; the checks are listed as not run', async () => {
    preview = await deployingPreview(0);
    const result = await run(NEVER);
    const json = renderJsonReport(result) as { result: string; ready: object; summary: object; checks: { status: string; error: unknown; notRun?: string }[] };
    expect(json.result).toBe('fail');
    expect(json.ready).toMatchObject({ status: 'failed', url: `${preview.url}/`, error: { category: 'TIMEOUT', code: 'READY_TIMEOUT' }, location: { file: '.github/probegate.yml', line: 2 } });
    expect(json.summary).toEqual({ total: 2, passed: 0, failed: 0, warned: 0, skipped: 2 });
    expect(json.checks.map((c) => [c.status, c.error, c.notRun])).toEqual([
      ['skipped', null, 'not run: the preview never became ready'],
      ['skipped', null, 'not run: the preview never became ready'],
    ]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);

    const annotations = buildAnnotations(result);
    expect(annotations).toEqual([
      { level: 'error', title: 'TIMEOUT:READY_TIMEOUT · ready', message: expect.stringContaining('(last answer: status 200)'), file: '.github/probegate.yml', line: 2 },
    ]);

    const summary = renderSummary(result);
    expect(summary).toContain('## ❌ probegate failed: the preview never became ready, no check was run');
    expect(summary.match(/READY_TIMEOUT/g)).toHaveLength(1);
    // Its times keep figure and unit on one line (`within 300\u00a0ms`).
    const readyLine = summary.split('\n').find((line) => line.includes('**ready**'))!;
    expect(readyLine).toMatch(/\d\u00a0m?s\b/);
    expect(readyLine).not.toMatch(/\d m?s\b/);
    expect(summary.match(/⏭️ not run/g)).toHaveLength(2);
    const comment = renderComment(result, '<!-- probegate -->');
    expect(comment.match(/READY_TIMEOUT/g)).toHaveLength(1);
    expect(renderJunit(result).match(/<skipped\/>/g)).toHaveLength(2);
  });
});
