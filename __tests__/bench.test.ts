import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

// The README's benchmark keeps working: its runner starts the peers and the engine client, runs
// two scenarios end to end on the bundled action (--quick: the fewest rounds each can take), and
// reports a figure for each. The figures are not judged here (speed belongs to the benchmark, not
// to tests); a note would mean a check or the action did not end as it should.
describe('npm run bench', () => {
  it('runs the start-up and mixed-manifest scenarios against its own peers and reports their figures', async () => {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['bench/run.ts', '--only', 'startup,mixed', '--quick'], { cwd: ROOT, timeout: 120_000 }).catch(
      // A missed target exits 1 with the same output; anything else fails below.
      (error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
    );
    expect(stdout, stderr).toMatch(/^bench: \d+ target\(s\) missed, \d+ s$/m);
    expect(stdout).toMatch(/^2\. Start-up +action, one-check manifest \(wall, median of \d+\) +\d+ ms +node -e '' \d+ ms/m);
    expect(stdout).toMatch(/^5\. Mixed manifest +one check each of http, ssl, dns, tcp, udp, icmp, grpc, websocket \(wall, median of \d+\) +\d+ ms +slowest check \d+ ms/m);
    expect(stdout.split('\n').filter((line) => line.startsWith('note:'))).toEqual([]);
  }, 150_000);
});
