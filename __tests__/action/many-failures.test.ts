// The job's failure message when many checks fail: it names the first ones and counts the rest,
// rather than one line as long as the manifest (the job summary lists every check).
import { beforeAll, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { closedPort } from '../helpers/servers.js';

let port: number;
beforeAll(async () => {
  port = await closedPort();
});

const manifest = (count: number) =>
  `version: 1\nchecks:\n${Array.from({ length: count }, (_, i) => `  - { name: "page ${i + 1}", type: http, request: { url: "http://127.0.0.1:${port}/${i + 1}" } }`).join('\n')}\n`;

it('names the first 20 failing checks and counts the others', async () => {
  const run = await runAction({ inputs: {}, files: { '.github/probegate.yml': manifest(23) } });
  expect(run.exitCode).toBe(1);
  expect(run.outputs.failed).toBe('23');
  const names = Array.from({ length: 20 }, (_, i) => `page ${i + 1}`).join(', ');
  expect(run.stdout).toContain(`::error::23 checks failed the gate: ${names} and 3 more (the job summary lists every check)`);
  expect(run.stdout).not.toContain('page 21');
  // The runner keeps 10 error annotations a step: 9 checks and the failure line, which must not be the one dropped.
  expect(run.stdout.match(/^::error\b/gm)).toHaveLength(10);
  expect(run.stdout).toContain('::notice title=probegate%3A 14 more failing checks in the job summary');
});

it('names every failing check when there are 20 or fewer', async () => {
  const run = await runAction({ inputs: {}, files: { '.github/probegate.yml': manifest(2) } });
  expect(run.stdout).toContain('::error::2 checks failed the gate: page 1, page 2\n');
});
