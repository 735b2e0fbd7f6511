// Runs the test suite. Tests talk only to loopback peers, but a name that must not resolve
// (preview.invalid) is still asked of the system resolver, which may sit on another address.
// Where we can (root on Linux, as in CI), the suite runs in a private mount namespace whose
// /etc/resolv.conf points at a loopback resolver that the tests start (__tests__/setup/
// loopback-resolver.ts), so not even a DNS query leaves the machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// A loopback address of its own per run, so that two suites running at once (two checkouts,
// a developer beside CI) do not compete for port 53 of one address.
const LOOPBACK_RESOLVER = `127.53.${1 + Math.floor(Math.random() * 254)}.${1 + Math.floor(Math.random() * 254)}`;
const DUAL_STACK_NAME = 'dual-stack.probegate.test';
const IPV4_ONLY_NAME = 'ipv4-only.probegate.test';
const vitest = [path.resolve('node_modules/vitest/vitest.mjs'), 'run', ...process.argv.slice(2)];

function canIsolate() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || process.env.PROBEGATE_NO_ISOLATION) return false;
  return spawnSync('unshare', ['-m', 'true'], { stdio: 'ignore' }).status === 0;
}

let result;
if (canIsolate()) {
  const folder = mkdtempSync(path.join(tmpdir(), 'probegate-resolv-'));
  const resolvConf = path.join(folder, 'resolv.conf');
  writeFileSync(resolvConf, `nameserver ${LOOPBACK_RESOLVER}\noptions timeout:1 attempts:1\n`);
  // A name with an address of each family, and one with an IPv4 address only, for the ip_family tests
  // (__tests__/checks/ip-family.test.ts).
  const hosts = path.join(folder, 'hosts');
  const names = [`127.0.0.1 ${DUAL_STACK_NAME}`, `::1 ${DUAL_STACK_NAME}`, `127.0.0.1 ${IPV4_ONLY_NAME}`];
  writeFileSync(hosts, `${readFileSync('/etc/hosts', 'utf8')}\n${names.join('\n')}\n`);
  const script = `mount --bind "${resolvConf}" /etc/resolv.conf && mount --bind "${hosts}" /etc/hosts && exec "$0" "$@"`;
  result = spawnSync('unshare', ['-m', 'sh', '-c', script, process.execPath, ...vitest], {
    stdio: 'inherit',
    env: { ...process.env, PROBEGATE_LOOPBACK_RESOLVER: LOOPBACK_RESOLVER },
  });
} else {
  console.warn('Note: not isolated from the system resolver (needs root and unshare); names under .invalid are looked up there.');
  result = spawnSync(process.execPath, vitest, { stdio: 'inherit' });
}
process.exit(result.status ?? 1);
