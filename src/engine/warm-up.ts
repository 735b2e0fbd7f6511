// What the first DNS lookup, or the first use of a check type's libraries, sets up in a process
// (about 10-20 ms) is done once before any check, so that no check times it as one of its phases.
// Only what the run's checks will use: a start-up pays for each part (bench/, start-up).
import { isIPv4 } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadCheckModule } from '../checks/index.js';
import type { CheckType, MultistepRequest, ResolvedCheck } from '../model.js';
import { proxyFor, type ProxyChoice } from '../net/proxy-env.js';

const WARM_UP_LIMIT_MS = 1000;
let resolverWarmed: Promise<unknown> | undefined;

/** Warms up what running `checks` (valid, not skipped) needs. Bounded and never fatal: at worst the first check pays it, as it would have. */
export async function warmUp(checks: readonly ResolvedCheck[]): Promise<void> {
  const tasks: Promise<unknown>[] = [];
  if (checks.some(mayResolveNames)) tasks.push((resolverWarmed ??= warmUpResolver()));
  for (const [type, requests] of requestsByType(checks.flatMap(probesOf))) {
    tasks.push(
      loadCheckModule(type)
        .then((module) => module.warmUp?.(requests))
        .catch(() => undefined),
    );
  }
  await Promise.race([Promise.all(tasks), sleep(WARM_UP_LIMIT_MS, undefined, { ref: false })]);
}

/**
 * The first lookup of a process starts the resolver's threads and reads the system's name
 * configuration, and its first test of a name as an address compiles Node's IPv6 pattern. Through
 * node:dns's callback API, as node:net looks names up, so that net's own path is loaded too.
 */
function warmUpResolver(): Promise<unknown> {
  // node:dns is loaded here: a run of checks by address never needs it.
  return new Promise((resolve) => process.getBuiltinModule('node:dns').lookup('localhost', { all: true }, resolve));
}

/**
 * Whether running the check may ask the system resolver for a name: unless it reaches an IPv4
 * address directly (an IPv6 one still compiles Node's IPv6 pattern, which the lookup warms too).
 * A target it cannot read may be a name.
 */
export function mayResolveNames(probe: ResolvedCheck): boolean {
  // A step's target may be filled in at run time, from values earlier steps extract.
  if (probe.type === 'dns' || probe.type === 'multistep') return true;
  // The URL the check prepared, when it has one: parsing every target again cost some 10 ms a 5,000-check run.
  const { url, proxy } = (probe.request ?? {}) as { url?: unknown; proxy?: ProxyChoice };
  const prepared = url instanceof URL ? url : undefined;
  const host = prepared ? prepared.hostname : hostOf(probe.target);
  if (host === undefined || !isIPv4(host)) return true;
  if (proxy === undefined) return false;
  try {
    return proxyFor(prepared ?? new URL(probe.target), proxy) !== undefined;
  } catch {
    return true;
  }
}

/** The host of a target: a URL's, or the host of `host:port`, or the target itself. */
function hostOf(target: string): string | undefined {
  if (URL.canParse(target)) return new URL(target).hostname;
  return /^([^:/\s]+)(?::\d+)?$/.exec(target)?.[1];
}

/** The checks a check runs: itself, or its valid steps' (a step's request may be prepared only at run time). */
export function probesOf(check: ResolvedCheck): ResolvedCheck[] {
  if (check.type !== 'multistep') return [check];
  return (check.request as MultistepRequest).steps.flatMap((step) => (step.check && !step.check.invalid ? [step.check] : []));
}

function requestsByType(probes: readonly ResolvedCheck[]): Map<CheckType, unknown[]> {
  const byType = new Map<CheckType, unknown[]>();
  for (const probe of probes) {
    const requests = byType.get(probe.type);
    if (requests) requests.push(probe.request);
    else byType.set(probe.type, [probe.request]);
  }
  return byType;
}
