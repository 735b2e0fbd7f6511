// A baseline that fails or never answers (SPEC §8), against loopback peers: it is asked no more
// after its first failure among the counted samples (not sampled to the end, a timeout per
// request), the comparison is inconclusive with what happened, and the preview keeps its own
// verdict, a preview that breaks while it is sampled included. The warm-up decides nothing: a
// baseline that fails only its warm-up (a cold start) is compared, and its regressions reported.
// Short timeouts keep the tests fast; they assert requests counted by the peers, never times.
import type net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PipelineResult } from '../../src/model.js';
import { WARM_UP_FAILURES_IN_A_ROW } from '../../src/run/baseline-watch.js';
import { runManifest } from '../../src/run/pipeline.js';
import { startService, type Service } from '../helpers/baseline-peers.js';
import { withValidReport } from '../helpers/report-schema.js';
import { checkNamed, loadManifestText } from '../helpers/run.js';
import { startRawServer, type Peer } from '../helpers/servers.js';

let preview: Service;
/** Accepts every connection and never says a word. */
let silent: Peer & { connections: () => number };
/** Answers by path: always 503, or 503 once. */
let baseline: Service;

beforeAll(async () => {
  preview = await startService({
    '/a': {},
    '/b': {},
    '/down': {},
    '/later': {},
    '/new': {},
    '/blip': {},
    '/cold': { body: () => ({ id: 1 }) },
    '/product': { body: () => ({ id: 1 }) },
    // Answers the check's own request, then breaks: only the comparison's samples see it.
    '/breaks': { status: (n) => (n === 0 ? 200 : 503) },
  });
  let connections = 0;
  const held: net.Socket[] = [];
  const raw = await startRawServer((socket) => {
    connections++;
    socket.on('error', () => {});
    held.push(socket);
  });
  silent = { ...raw, connections: () => connections };
  baseline = await startService({
    '/down': { status: () => 503 },
    // Warm-up takes requests 0-2; request 4 is the first request of the second baseline series.
    '/later': { status: (n) => (n === 4 ? 503 : 200) },
    '/blip': { status: (n) => (n === 4 ? 503 : 200) },
    // A cold start: its 3 warm-up requests fail, then it answers with a field the preview lost.
    '/cold': { status: (n) => (n < 3 ? 503 : 200), body: () => ({ id: 1, price: 9.5 }) },
    // Slow once, at its first warm-up request, then the field the preview lost.
    '/product': { delayMs: (n) => (n === 0 ? 600 : 0), body: () => ({ id: 1, price: 9.5 }) },
    // '/new', an endpoint the pull request adds, is not there: 404 (startService).
  });
});

afterAll(async () => {
  await Promise.all([preview.close(), silent.close(), baseline.close()]);
});

const yaml = (baselineUrl: string, paths: string[]) => `version: 1
baseline: { base_url: "${baselineUrl}", samples: 5 }
checks:
${paths.map((p) => `  - { name: "GET ${p}", type: http, timeout: 300ms, request: { url: "{{ BASE_URL }}${p}" } }`).join('\n')}
`;

/** One compared check at a time, so that which check shows the baseline failing first is known. */
async function run(text: string): Promise<PipelineResult> {
  const manifest = await loadManifestText(text, { baseUrl: preview.url });
  expect(manifest.problems).toEqual([]);
  return withValidReport(await runManifest(manifest, { gate: {}, concurrency: 1 }));
}

describe('a baseline that fails or never answers', () => {
  it('is asked no more after its first failed sample, the comparison inconclusive with the reason and the preview passed', async () => {
    const before = silent.connections();
    const result = await run(yaml(silent.url, ['/a']));
    const c = checkNamed(result, 'GET /a');
    expect(c).toMatchObject({ status: 'passed', error: null });
    expect(result.result).toBe('pass');
    // Its warm-up (cut short after 3 failures in a row) and one counted sample: sampled to the
    // end, it took 3 warm-up requests and 2 series of 5, each waiting for the timeout.
    expect(silent.connections() - before).toBe(WARM_UP_FAILURES_IN_A_ROW + 1);
    expect(c.comparison!.verdict).toBe('inconclusive');
    expect(c.comparison!.reason).toMatch(
      /^the baseline failed at sample 1 of its first series \(TIMEOUT:REQUEST_TIMEOUT: No answer within the request timeout of 300 ms .*\) and was asked no more; nothing was compared and the preview is judged on its own checks$/,
    );
    // The preview is still sampled to the end: a preview that breaks while sampled still fails (below).
    expect(c.comparison!.samples).toEqual({ preview: 5, baseline: 1, baselineAgain: 0 });
  });

  it('is asked once in the warm-up and once counted by each check after one found its connection failing', async () => {
    const before = silent.connections();
    const result = await run(yaml(silent.url, ['/a', '/b']));
    expect(silent.connections() - before).toBe(WARM_UP_FAILURES_IN_A_ROW + 1 + 2);
    const b = checkNamed(result, 'GET /b');
    expect(b).toMatchObject({ status: 'passed', error: null, comparison: { verdict: 'inconclusive', samples: { preview: 5, baseline: 1, baselineAgain: 0 } } });
    expect(b.comparison!.reason).toMatch(/^the baseline failed at sample 1 of its first series \(TIMEOUT:REQUEST_TIMEOUT: .*\) and was asked no more; nothing was compared/);
    expect(result.result).toBe('pass');
  });

  it('still fails a preview that breaks while it is sampled: the check fails, never an inconclusive pass', async () => {
    const result = await run(yaml(silent.url, ['/breaks']));
    const c = checkNamed(result, 'GET /breaks');
    expect(c.status).toBe('failed');
    expect(c.error).toMatchObject({ category: 'INCORRECT_ASSERTION' });
    expect(c.error!.message).toMatch(/^\d+ of 5 requests to the preview failed while it was compared with the baseline/);
    expect(c.comparison).toMatchObject({ verdict: 'inconclusive', samples: { preview: 5, baseline: 1, baselineAgain: 0 } });
    expect(result.result).toBe('fail');
  });

  it('is asked no more after a failed sample of either series; a route answering 503 cuts no other check short', async () => {
    const result = await run(yaml(baseline.url, ['/down', '/later']));
    const down = checkNamed(result, 'GET /down');
    expect(down.comparison!.reason).toMatch(/^the baseline failed at sample 1 of its first series \(INCORRECT_ASSERTION: statusCode: expected lessThan `400`, actual `503`/);
    // 3 warm-up requests and 1 counted.
    expect(baseline.seen.get('/down')).toHaveLength(4);
    const later = checkNamed(result, 'GET /later');
    // Its whole warm-up, then a first round whose second baseline series fails.
    expect(baseline.seen.get('/later')).toHaveLength(5);
    expect(later.comparison!.reason).toMatch(/^the baseline failed at sample 1 of its second series \(INCORRECT_ASSERTION: .*\) and was asked no more/);
    expect(later.comparison!.samples).toEqual({ preview: 5, baseline: 1, baselineAgain: 1 });
    expect([down.status, later.status, result.result]).toEqual(['passed', 'passed', 'pass']);
  });
});

describe('a baseline whose warm-up fails', () => {
  it('is compared all the same once it answers, and the regression it shows fails the check (a cold start hides nothing)', async () => {
    const result = await run(yaml(baseline.url, ['/cold']));
    const cold = checkNamed(result, 'GET /cold');
    expect(baseline.seen.get('/cold')).toHaveLength(3 + 2 * 5);
    expect(cold.comparison).toMatchObject({ verdict: 'regressed', samples: { preview: 5, baseline: 5, baselineAgain: 5 } });
    expect(cold.error).toMatchObject({ category: 'REGRESSION', code: 'SCHEMA' });
    expect([cold.status, result.result]).toEqual(['failed', 'fail']);
  });

  it('is compared whatever another check\'s route answered: a 404 on an endpoint the pull request adds cuts no warm-up short', async () => {
    // '/new' fails its warm-up and its first sample (404, the route is new), then '/product' is
    // slow once in its warm-up: neither says the baseline is down.
    const result = await run(yaml(baseline.url, ['/new', '/product']));
    expect(checkNamed(result, 'GET /new').comparison!.reason).toMatch(/^the baseline failed at sample 1 of its first series \(INCORRECT_ASSERTION:/);
    const product = checkNamed(result, 'GET /product');
    expect(product.comparison).toMatchObject({ verdict: 'regressed', samples: { preview: 5, baseline: 5, baselineAgain: 5 } });
    expect(product.error).toMatchObject({ category: 'REGRESSION', code: 'SCHEMA' });
    expect(result.result).toBe('fail');
  });
});
