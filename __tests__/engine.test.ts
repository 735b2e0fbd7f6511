import { describe, expect, it } from 'vitest';
import { runChecks } from '../src/engine/run.js';
import { checkNamed, loadManifestText, runManifestText } from './helpers/run.js';
import { closedPort, startHttpServer } from './helpers/servers.js';

describe('engine', () => {
  it('waits for the preview to answer before running any check', async () => {
    const started = Date.now();
    const preview = await startHttpServer((req, res) => res.writeHead(Date.now() - started < 400 ? 503 : 200).end(req.url));
    try {
      const run = await runManifestText(
        `version: 1
ready: { url: "{{ BASE_URL }}/", timeout: 10s, interval: 100ms }
checks:
  - name: home
    type: http
    request: { url: "{{ BASE_URL }}/" }
    assertions: [{ type: statusCode, operator: is, target: 200 }]
`,
        { baseUrl: preview.url },
      );
      expect(checkNamed(run, 'home').error).toBeNull();
    } finally {
      await preview.close();
    }
  });

  it('fails the run once, at the ready line, with what the preview last answered, and runs no check', async () => {
    const port = await closedPort();
    const run = await runManifestText(
      `version: 1
ready: { url: "http://127.0.0.1:${port}/", timeout: 300ms, interval: 100ms }
checks:
  - { name: a, type: http, request: { url: "http://127.0.0.1:${port}/a" } }
  - { name: b, type: http, request: { url: "http://127.0.0.1:${port}/b" } }
`,
    );
    expect(run.result).toBe('fail');
    expect(run.ready).toMatchObject({ status: 'failed', level: 'error', error: { category: 'TIMEOUT', code: 'READY_TIMEOUT' }, location: { line: 2 } });
    expect(run.ready?.error.message).toMatch(/was not ready within 300 ms \(last answer: CONNREFUSED, .*\); no check was run/);
    // The advice once: the taxonomy's, not the wait's too.
    expect(run.ready?.error.message.match(/Check that the deployment finished/g)).toHaveLength(1);
    for (const name of ['a', 'b']) {
      expect(checkNamed(run, name)).toMatchObject({ status: 'skipped', error: null, attempts: 0, notRun: 'not run: the preview never became ready' });
    }
    expect(run.summary).toMatchObject({ total: 2, failed: 0, skipped: 2 });
    expect(run.categories).toEqual(['TIMEOUT']);
  });

  it('skips a check marked skip', async () => {
    // With a check that runs: a manifest whose every check is skipped is refused (src/run/select.ts).
    const run = await runManifestText(`version: 1\nchecks:\n  - { name: later, type: http, skip: true, request: { url: "http://127.0.0.1:1/" } }\n  - { name: now, type: http, request: { url: "http://127.0.0.1:1/" } }\n`);
    expect(checkNamed(run, 'later')).toMatchObject({ status: 'skipped', error: null, attempts: 0 });
    expect(run.summary.skipped).toBe(1);
  });

  it('runs no more checks at once than the concurrency allows', async () => {
    let inFlight = 0;
    let most = 0;
    const slow = await startHttpServer((_, res) => {
      most = Math.max(most, ++inFlight);
      setTimeout(() => {
        inFlight--;
        res.end('ok');
      }, 50);
    });
    try {
      const checks = Array.from({ length: 9 }, (_, i) => `  - { name: c${i}, type: http, request: { url: "${slow.url}/${i}" } }`).join('\n');
      const manifest = await loadManifestText(`version: 1\nchecks:\n${checks}\n`);
      const { outcomes } = await runChecks(manifest, { concurrency: 3 });
      expect(outcomes.map((o) => o.error)).toEqual(Array(9).fill(null));
      expect(most).toBe(3);
    } finally {
      await slow.close();
    }
  });
});
