// `probegate demo --serve`: the demo preview alone, for the action's own CI job and for trying
// `probegate run` by hand. It prints every address at once, serves until SIGTERM, then closes.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureCliBundle, runCli } from '../helpers/cli.js';

beforeAll(() => ensureCliBundle(), 180_000);

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: await response.text() };
}

function refuses(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(true));
  });
}

describe('probegate demo --serve', () => {
  it('prints BASE_URL first and every address the demo manifest uses, serves them, and closes on SIGTERM', async () => {
    const child = spawn(process.execPath, [CLI, 'demo', '--serve'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const exited = once(child, 'exit');
    try {
      for (let waited = 0; !stdout.includes('PRODUCTION_URL=') && waited < 200; waited++) await new Promise((r) => setTimeout(r, 50));
      const lines = stdout.trim().split('\n');
      expect(lines.map((line) => line.split('=')[0])).toEqual(['BASE_URL', 'TLS_URL', 'REFUSED_URL', 'PRODUCTION_URL']);
      const addresses = Object.fromEntries(lines.map((line) => line.split(/=(.*)/s).slice(0, 2))) as Record<string, string>;
      expect(await get(`${addresses.BASE_URL}/api/health`)).toEqual({ status: 200, body: '{"status":"ok","version":"1.4.2"}\n' });
      expect(await get(`${addresses.BASE_URL}/api/orders`)).toMatchObject({ status: 503 });
      expect(await refuses(Number(new URL(addresses.REFUSED_URL!).port))).toBe(true);
      expect((await get(`${addresses.PRODUCTION_URL}/api/products/1`)).body).toContain('"rating"');
      child.kill('SIGTERM');
      const [code] = await exited;
      expect(code).toBe(0);
      expect(stderr).toContain('probegate demo: SIGTERM, the demo preview is closed');
      expect(await refuses(Number(new URL(addresses.BASE_URL!).port))).toBe(true);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);

  it('lists --serve in the demo help', async () => {
    const help = await runCli(['demo', '--help']);
    expect(help.stdout).toMatch(/--serve\s+only start the demo preview/);
  });
});

describe('probegate --version', () => {
  it.each(['--version', '-v'])('%s prints the version of package.json and exits 0', async (flag) => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    const result = await runCli([flag]);
    expect(result.stdout).toBe(`${version}\n`);
    expect(result.code).toBe(0);
  });
});
