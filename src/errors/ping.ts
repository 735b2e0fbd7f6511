// The system `ping` (iputils; BusyBox and BSD/macOS print the same words) as the icmp check runs
// it: a missing binary is a spawn ENOENT, and every other failure is ping ending without
// statistics, with its words on stderr (run with LC_ALL=C, so the texts below are stable). Every
// such failure is classified here: words not known below are INVALID_REQUEST, quoting them.
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
  if (e.syscall === 'spawn ping' && typeof e.code === 'string') {
    return new ProbeError(
      'INVALID_REQUEST',
      'INVALID_REQUEST',
      `The icmp check could not start the system \`ping\` command (${e.code}: ${e.message}). Check that the \`ping\` first on PATH is an executable program (iputils: sudo apt-get install iputils-ping).`,
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
  if (/No buffer space available/i.test(e.output)) {
    // ENOBUFS: the runner's network stack could not send (an interface queue full, or a neighbour
    // table that cannot resolve the next hop): nothing left the runner towards the host.
    return new ProbeError(
      'NETUNREACH',
      'NETUNREACH',
      `ping could not send to ${e.host}: the runner's network stack has no buffer space (${quoted(e.output)}), so nothing left the runner. An interface queue is full or the next hop cannot be resolved (a neighbour table overflowing): check the runner's network interface and its route to ${e.host}, and retry.`,
      { cause: e },
    );
  }
  return new ProbeError(
    'INVALID_REQUEST',
    'INVALID_REQUEST',
    `ping ${e.host} ended (exit status ${String(e.exitCode)}) without statistics probegate can read: ${quoted(e.output)}. The icmp check reads the output of iputils ping (sudo apt-get install iputils-ping), BusyBox and BSD/macOS ping; if this ping is one of them, report the output to probegate.`,
    { cause: e },
  );
}

const QUOTED_CHARS = 500;

/** ping's words for a message: its last lines, up to a few hundred characters. */
function quoted(output: string): string {
  const text = output.trim().replace(/\s*\n\s*/g, ' / ');
  if (!text) return 'no output';
  return `"${text.length > QUOTED_CHARS ? `…${text.slice(-QUOTED_CHARS)}` : text}"`;
}
