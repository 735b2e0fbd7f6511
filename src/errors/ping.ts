// The system `ping` (iputils) as the icmp check runs it: a missing binary is a spawn ENOENT,
// and every other failure is ping's exit status 2 with its words on stderr (run with LC_ALL=C,
// so the texts below are stable).
import { ProbeError, probeError } from './probe-error.js';
import type { ErrorLike } from './error-like.js';

/** ping ended without statistics: its exit status and what it printed. */
export class PingFailed extends Error {
  override readonly name = 'PingFailed';
  constructor(
    readonly host: string,
    readonly exitCode: number | null,
    readonly output: string,
  ) {
    super(`ping ${host} exited with status ${String(exitCode)}: ${output.trim() || 'no output'}`);
  }
}

const RESOLUTION: [RegExp, string, string][] = [
  [/Name or service not known|unknown host/i, 'NXDOMAIN', 'does not resolve (NXDOMAIN)'],
  [/No address associated with hostname/i, 'NODATA', 'has no address record'],
  // getaddrinfo's EAI_ADDRFAMILY: ping -4 / -6 (the check's ip_family) and the name has no address of that family.
  [/Address family for hostname not supported/i, 'NODATA', 'has no address of the IP family the check asks for (ip_family)'],
  [/Temporary failure in name resolution/i, 'SERVFAIL', 'could not be resolved now (temporary DNS failure)'],
];

export function matchPing(e: ErrorLike): ProbeError | undefined {
  if (e.code === 'ENOENT' && e.syscall === 'spawn ping') {
    return new ProbeError(
      'INVALID_REQUEST',
      'INVALID_REQUEST',
      'The icmp check needs the system `ping` command (iputils), and it is not installed on this machine. Install it (sudo apt-get install iputils-ping) in a step before probegate, or remove the icmp check.',
      { cause: e },
    );
  }
  if (!(e instanceof PingFailed)) return undefined;
  for (const [pattern, code, says] of RESOLUTION) {
    if (pattern.test(e.output)) return probeError('DNS', code, `The name ${e.host} ${says}`, e);
  }
  if (/Operation not permitted|Permission denied/i.test(e.output)) {
    return new ProbeError(
      'INVALID_REQUEST',
      'INVALID_REQUEST',
      `ping may not open an ICMP socket here (${e.output.trim()}). Run it as root, give it the capability (sudo setcap cap_net_raw+p "$(command -v ping)"), or allow unprivileged ICMP (sysctl net.ipv4.ping_group_range="0 2147483647").`,
      { cause: e },
    );
  }
  if (/Network is unreachable/i.test(e.output)) {
    return probeError('NETUNREACH', 'NETUNREACH', `Network unreachable for ${e.host} (${e.output.trim()})`, e);
  }
  return undefined;
}
