// What http and websocket checks need of a forward proxy at load time (the check's `proxy`
// setting, validated) and at run time (a tunnel opener, whose module is imported only when a
// request goes through a proxy, so a run without one never loads it).
import { parseProxyUrl, proxyFor, type ProxyChoice, type ProxyEnvironment, type ProxyRoute } from '../net/proxy-env.js';
import type { PhaseTimer } from '../net/timing.js';
import type { IpFamily } from './ip-family.js';
import type { TunnelTarget } from './proxy-tunnel.js';
import { probeError } from '../errors/probe-error.js';
import { InvalidField } from './types.js';

export type OpenTunnel = (target: TunnelTarget, context: { readonly signal: AbortSignal; readonly timer: PhaseTimer }, family?: IpFamily) => Promise<import('node:net').Socket>;

/**
 * `request.proxy` (a URL, or `none`), else the environment. The environment's proxy for this URL
 * is read here too, so a malformed HTTPS_PROXY is a problem at the check's line before anything runs.
 */
export function readProxyChoice(value: unknown, url: URL, environment: ProxyEnvironment): ProxyChoice {
  try {
    if (value === 'none') return { kind: 'none' };
    if (typeof value === 'string') return { kind: 'url', url: parseProxyUrl(value, 'request.proxy') };
    const choice = { kind: 'environment', environment } as const;
    proxyFor(url, choice);
    return choice;
  } catch (error) {
    throw new InvalidField(['request', 'proxy'], (error as Error).message);
  }
}

/**
 * The proxy of a URL found only at run time (a redirect's): a malformed proxy variable that only
 * such a URL uses (HTTPS_PROXY, reached by a redirect to https) is INVALID_REQUEST, not a crash.
 */
export function runTimeRoute(url: URL, choice: ProxyChoice): ProxyRoute | undefined {
  try {
    return proxyFor(url, choice);
  } catch (error) {
    throw probeError('INVALID_REQUEST', 'INVALID_REQUEST', `${(error as Error).message}; it is needed for ${url.protocol}//${url.host}, where a redirect led`);
  }
}

/** A tunnel opener through this proxy. */
export async function tunnelTo(route: ProxyRoute): Promise<OpenTunnel> {
  const { openTunnel } = await import('./proxy-tunnel.js');
  return (target, context, family) => openTunnel(route, target, context, family);
}
