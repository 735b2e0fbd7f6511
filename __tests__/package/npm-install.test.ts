// The CLI as people get it from npm: `npm pack`, installed into an empty folder with no network
// (the bundle carries every library, so the package has no dependencies to fetch), then
// `npx probegate demo` and `probegate run`, on the machine's Node and on Node 24.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBundle, NODES, PATH_OUTSIDE_REPO, ROOT } from '../helpers/cli.js';
import { closedPort, startHttpServer, type Peer } from '../helpers/servers.js';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; engines: { node: string } };

let work: string;
let tarball: string;
let server: Peer;
let refusedPort: number;

beforeAll(async () => {
  await ensureCliBundle();
  work = mkdtempSync(path.join(tmpdir(), 'probegate-package-'));
  const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', env: npmEnv(process.execPath) });
  tarball = path.join(work, (JSON.parse(packed) as { filename: string }[])[0]!.filename);
  server = await startHttpServer((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}'));
  refusedPort = await closedPort();
}, 240_000);

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** npm with only loopback to reach: offline, and a registry on a closed loopback port. */
function npmEnv(node: string): NodeJS.ProcessEnv {
  return {
    PATH: [path.dirname(node), ...PATH_OUTSIDE_REPO].join(path.delimiter),
    HOME: process.env.HOME,
    npm_config_offline: 'true',
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    NO_COLOR: '1',
  };
}

function run(command: string, args: string[], cwd: string, node: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: npmEnv(node), timeout: 120_000, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe('the npm package', () => {
  it('is publishable: not private, a bin, files, and an engines range of Node 20.18.1 and later', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.private).toBeUndefined();
    expect(manifest.bin).toEqual({ probegate: 'dist/cli/index.js' });
    expect(pkg.engines.node).toBe('>=20.18.1');
    // The bundle carries every library: nothing for an install to fetch.
    expect(manifest.dependencies).toBeUndefined();
  });

  describe.each(NODES)('installed into an empty folder, on %s', (_, node) => {
    let project: string;

    beforeAll(async () => {
      project = path.join(work, `project-${path.basename(path.dirname(path.dirname(node)))}-${readdirSync(work).length}`);
      mkdirSync(project);
      writeFileSync(path.join(project, 'package.json'), '{ "name": "a-project", "private": true }\n');
      const install = await run('npm', ['install', '--offline', tarball], project, node);
      expect(install.stderr).not.toMatch(/ENOTCACHED|ECONNREFUSED/);
      expect(install.code).toBe(0);
    }, 180_000);

    it('runs on a Node the engines range allows', async () => {
      const version = (await run('node', ['--version'], project, node)).stdout.trim();
      const [major, minor] = version.slice(1).split('.').map(Number) as [number, number];
      expect(major > 20 || (major === 20 && minor >= 18)).toBe(true);
    });

    it('installs probegate alone, with no dependency fetched', () => {
      expect(readdirSync(path.join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['probegate']);
    });

    it('npx probegate --version prints the package version', async () => {
      const result = await run('npx', ['--offline', 'probegate', '--version'], project, node);
      expect(result.stdout.trim()).toBe(pkg.version);
      expect(result.code).toBe(0);
    });

    it('npx probegate demo runs the demo as designed and exits 0', async () => {
      const result = await run('npx', ['--offline', 'probegate', 'demo'], project, node);
      expect(result.stdout).toContain('The demo ran as designed');
      expect(result.stdout).toMatch(/✗ failed\s+Billing \(expired certificate\)\s+http\s+\S+\s+SSL:CERT_HAS_EXPIRED/);
      expect(result.code).toBe(0);
    }, 120_000);

    it('probegate run checks the project’s own manifest and --json - writes the report to stdout', async () => {
      mkdirSync(path.join(project, '.github'), { recursive: true });
      writeFileSync(
        path.join(project, '.github', 'probegate.yml'),
        `version: 1
checks:
  - name: Health
    type: http
    request: { url: "{{ BASE_URL }}/health" }
    assertions:
      - { type: jsonpath, path: "$.status", operator: is, target: ok }
  - name: Admin port
    type: tcp
    request: { host: 127.0.0.1, port: ${refusedPort} }
`,
      );
      const bin = path.join(project, 'node_modules', '.bin', 'probegate');
      const result = await run(bin, ['run', '--base-url', server.url, '--json', '-'], project, node);
      const report = JSON.parse(result.stdout) as { result: string; checks: { name: string; status: string; error: { category: string } | null }[] };
      expect(report.result).toBe('fail');
      expect(report.checks.map((c) => [c.name, c.status, c.error?.category ?? null])).toEqual([
        ['Health', 'passed', null],
        ['Admin port', 'failed', 'CONNREFUSED'],
      ]);
      expect(result.stderr).toMatch(/✓ passed\s+Health/);
      expect(result.code).toBe(1);
    }, 120_000);
  });
});
