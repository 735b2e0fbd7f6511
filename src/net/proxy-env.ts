// Which forward proxy a request goes through: the check's own `request.proxy` (a URL, or `none`),
// else the environment as runners behind a corporate proxy set it, read as undici's
// EnvHttpProxyAgent reads it (lower-case names first; an https:// target without HTTPS_PROXY uses
// HTTP_PROXY; NO_PROXY entries are hosts, `.domain` / `*.domain` suffixes, `host:port`, IPs, or `*`).

/** A check's proxy setting, parsed once at load time. */
export type ProxyChoice = { readonly kind: 'environment'; readonly environment: ProxyEnvironment } | { readonly kind: 'none' } | { readonly kind: 'url'; readonly url: URL };

/**
 * The environment's proxy variables, read once as a manifest loads: a run reads none per request
 * (each read of process.env costs a call into Node), and every check of a run sees the same.
 */
export interface ProxyEnvironment {
  readonly https?: SetVariable;
  readonly http?: SetVariable;
  /** NO_PROXY's value, or empty. */
  readonly noProxy: string;
}

interface SetVariable {
  readonly name: string;
  readonly value: string;
}

export function readProxyEnvironment(env: Environment = process.env): ProxyEnvironment {
  return { https: firstSet(env, ['https_proxy', 'HTTPS_PROXY']), http: firstSet(env, ['http_proxy', 'HTTP_PROXY']), noProxy: firstSet(env, ['no_proxy', 'NO_PROXY'])?.value ?? '' };
}

/** The proxy one request goes through, and where that came from (for messages). */
export interface ProxyRoute {
  readonly url: URL;
  /** `request.proxy`, `HTTPS_PROXY`, `http_proxy`... */
  readonly source: string;
}

type Environment = Readonly<Record<string, string | undefined>>;

const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443 };

/** The proxy for `target` (http(s) or ws(s)), or undefined to connect directly. */
export function proxyFor(target: URL, choice: ProxyChoice): ProxyRoute | undefined {
  if (choice.kind === 'none') return undefined;
  if (choice.kind === 'url') return { url: choice.url, source: 'request.proxy' };
  const { environment } = choice;
  const secure = target.protocol === 'https:' || target.protocol === 'wss:';
  const found = (secure ? environment.https : undefined) ?? environment.http;
  if (!found) return undefined;
  if (bypassed(target, environment.noProxy)) return undefined;
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

/** Whether NO_PROXY says to connect to `target` directly. */
export function bypassed(target: URL, noProxy: string): boolean {
  const hostname = stripBrackets(target.hostname.toLowerCase());
  const port = Number(target.port) || DEFAULT_PORTS[target.protocol] || 0;
  for (const entry of noProxy.split(/[,\s]+/)) {
    if (!entry) continue;
    if (entry === '*') return true;
    const { host, port: entryPort } = splitEntry(entry.toLowerCase());
    if (entryPort && entryPort !== port) continue;
    const suffix = host.replace(/^\*?\./, '');
    if (hostname === suffix || hostname.endsWith(`.${suffix}`)) return true;
  }
  return false;
}

function splitEntry(entry: string): { host: string; port: number } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return { host: bracketed[1]!, port: Number(bracketed[2] ?? 0) };
  // A bare IPv6 address has several colons and no port.
  if ((entry.match(/:/g) ?? []).length > 1) return { host: entry, port: 0 };
  const withPort = /^(.+):(\d+)$/.exec(entry);
  return withPort ? { host: withPort[1]!, port: Number(withPort[2]) } : { host: entry, port: 0 };
}

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
