// `probegate run --shard --location` then `probegate merge` as a user runs them: the built CLI
// against two loopback "regions" of one preview, one of which has a broken checkout.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBundle, runCli, type CliResult } from '../helpers/cli.js';
import { junitProblems } from '../helpers/junit-schema.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

const MANIFEST = `version: 1
checks:
  - name: Home page
    type: http
    request: { url: "{{ BASE_URL }}/" }
  - name: Checkout
    type: http
    request: { url: "{{ BASE_URL }}/checkout" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
  - name: Search
    type: http
    request: { url: "{{ BASE_URL }}/search" }
`;

let euWest: Peer;
let usEast: Peer;
let dir: string;
let merged: CliResult;

beforeAll(async () => {
  await ensureCliBundle();
  const handler = (broken: boolean) => (req: { url?: string }, res: import('node:http').ServerResponse) => {
    res.writeHead(req.url === '/checkout' && broken ? 503 : 200).end('ok');
  };
  euWest = await startHttpServer(handler(true));
  usEast = await startHttpServer(handler(false));
  dir = mkdtempSync(path.join(tmpdir(), 'probegate-cli-merge-'));
  writeFileSync(path.join(dir, 'probegate.yml'), MANIFEST);
  const jobs = [
    ['eu-west', euWest, '1/2'],
    ['eu-west', euWest, '2/2'],
    ['us-east', usEast, '1/2'],
    ['us-east', usEast, '2/2'],
  ] as const;
  for (const [location, peer, shard] of jobs) {
    const json = `reports/${location}-${shard.replace('/', 'of')}.json`;
    await runCli(['run', 'probegate.yml', '--base-url', peer.url, '--shard', shard, '--location', location, '--json', json], { cwd: dir });
  }
  merged = await runCli(['merge', 'reports/*.json', '--json', 'merged.json', '--junit', 'merged.xml'], { cwd: dir });
}, 180_000);
afterAll(async () => {
  await euWest?.close();
  await usEast?.close();
});

describe('probegate merge', () => {
  it('prints one table with a column per location and exits 1 for a check that fails in one region only', () => {
    expect(merged.code).toBe(1);
    const lines = merged.stdout.split('\n');
    expect(lines[0]).toMatch(/^status\s+eu-west\s+us-east\s+name\s+type\s+target\s+error\s+time$/);
    expect(lines.find((l) => l.includes('Checkout'))).toMatch(/^✗ failed\s+✗ failed\s+✓ passed\s+Checkout\s+http/);
    expect(merged.stdout).toContain('fails in eu-west (passes in us-east)');
    expect(merged.stdout).toContain('✗ The gate failed: 1 failed, 0 warned, 2 passed, 0 skipped (3 checks in');
  });

  it('writes the merged JSON and JUnit reports', () => {
    const report = JSON.parse(readFileSync(path.join(dir, 'merged.json'), 'utf8'));
    expect(report.run.merged).toEqual({ reports: 4, locations: ['eu-west', 'us-east'], locationsExpected: false });
    expect(report.checks.map((c: { name: string; status: string }) => `${c.name}:${c.status}`)).toEqual(['Home page:passed', 'Checkout:failed', 'Search:passed']);
    const junit = readFileSync(path.join(dir, 'merged.xml'), 'utf8');
    expect(junitProblems(junit)).toEqual([]);
    expect(junit).toContain('fails in eu-west (passes in us-east)');
  });

  it('exits 2 and names the shard when one is missing', async () => {
    const result = await runCli(['merge', 'reports/*1of2.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('✗ Shard 2/2 of location eu-west is missing');
  });

  it('exits 2 for a bad --shard or --location', async () => {
    const shard = await runCli(['run', 'probegate.yml', '--shard', '3/2'], { cwd: dir });
    expect(shard.code).toBe(2);
    expect(shard.stderr).toContain('--shard 3/2: expected i/n with 1 <= i <= n <= 1000 (for example 2/4)');
    const location = await runCli(['run', 'probegate.yml', '--location', 'eu west'], { cwd: dir });
    expect(location.code).toBe(2);
    expect(location.stderr).toContain('--location eu west: expected a name of up to 40 letters');
  });

  it('takes --locations: exits 2 naming a location that has no report, else says every expected location is there', async () => {
    const lacking = await runCli(['merge', 'reports/eu-west-*.json', '--locations', 'eu-west,us-east'], { cwd: dir });
    expect(lacking.code).toBe(2);
    expect(lacking.stderr).toContain('✗ Location us-east has no report (the merge expects locations eu-west, us-east, the reports are from eu-west)');
    const all = await runCli(['merge', 'reports/*.json', '--locations', 'eu-west,us-east'], { cwd: dir });
    expect(all.code).toBe(1);
    expect(all.stdout).toContain('Merged 4 reports from locations eu-west, us-east; every expected location is there.');
    const bad = await runCli(['merge', 'reports/*.json', '--locations', 'eu-west,us/east'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--locations eu-west,us/east: "us/east" is not a location name');
  });

  it('without --locations, names the locations it merged, so a missing one is seen', () => {
    expect(merged.stdout).toContain('Merged 4 reports from locations eu-west, us-east; the locations to expect were not given (--locations), so a location whose job wrote no report would not show.');
  });
});
