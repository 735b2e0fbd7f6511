// Which forward proxy a request goes through: the check's own `request.proxy` (a URL, or `none`),
// else the environment as runners behind a corporate proxy set it, read as undici's
// EnvHttpProxyAgent reads it (lower-case names first; an https:// target without HTTPS_PROXY uses
// HTTP_PROXY); NO_PROXY read as curl documents it (net/no-proxy.ts).
import { parseNoProxy, type NoProxyList } from './no-proxy.js';

/** A check's proxy setting, parsed once at load time. */
export type ProxyChoice = { readonly kind: 'environment'; readonly environment: ProxyEnvironment } | { readonly kind: 'none' } | { readonly kind: 'url'; readonly url: URL };

/**
 * The environment's proxy variables, read once as a manifest loads: a run reads none per request
 * (each read of process.env costs a call into Node), and every check of a run sees the same.
 */
export interface ProxyEnvironment {
  readonly https?: SetVariable;
  readonly http?: SetVariable;
  /** NO_PROXY, parsed (empty when unset). */
  readonly noProxy: NoProxyList;
}

interface SetVariable {
  readonly name: string;
  readonly value: string;
}

export function readProxyEnvironment(env: Environment = process.env): ProxyEnvironment {
  return { https: firstSet(env, ['https_proxy', 'HTTPS_PROXY']), http: firstSet(env, ['http_proxy', 'HTTP_PROXY']), noProxy: parseNoProxy(firstSet(env, ['no_proxy', 'NO_PROXY'])?.value ?? '') };
}

/** The proxy one request goes through, and where that came from (for messages). */
export interface ProxyRoute {
  readonly url: URL;
  /** `request.proxy`, `HTTPS_PROXY`, `http_proxy`... */
  readonly source: string;
}

type Environment = Readonly<Record<string, string | undefined>>;

/** The proxy for `target` (http(s) or ws(s)), or undefined to connect directly. */
export function proxyFor(target: URL, choice: ProxyChoice): ProxyRoute | undefined {
  if (choice.kind === 'none') return undefined;
  if (choice.kind === 'url') return { url: choice.url, source: 'request.proxy' };
  const { environment } = choice;
  const secure = target.protocol === 'https:' || target.protocol === 'wss:';
  const found = (secure ? environment.https : undefined) ?? environment.http;
  if (!found) return undefined;
  if (environment.noProxy.bypasses(target)) return undefined;
  return { url: parseProxyUrl(found.value, found.name), source: found.name };
}

/**
 * Parses a proxy URL; throws an Error whose message names where it came from and the rule, and
 * shows the value without its credentials (a proxy URL may hold a password).
 */
export function parseProxyUrl(value: string, source: string): URL {
  let url: URL;
  const shown = withoutCredentials(value);
  try {
    url = new URL(value.includes('://') ? value : `http://${value}`);
  } catch {
    throw new Error(`${source} "${shown}" is not a valid proxy URL (expected http://host:port)`);
  }
  if (url.protocol !== 'http:') {
    throw new Error(`${source} "${shown}" must be an http:// proxy URL (probegate opens tunnels with CONNECT over plain HTTP to the proxy)`);
  }
  return url;
}

/** `scheme://user:password@host` → `scheme://***@host`, for any text shaped like a URL, valid or not. */
function withoutCredentials(value: string): string {
  return value.replace(/^([^:/@]*:\/\/)?[^@/]*@/, (_, scheme: string | undefined) => `${scheme ?? ''}***@`);
}

/** The proxy as people may see it: scheme, host and port, never its credentials. */
export function describeProxy(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

function firstSet(env: Environment, names: readonly string[]): SetVariable | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return { name, value };
  }
  return undefined;
}
