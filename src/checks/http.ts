// The http check: one request (plus its redirects) on fresh connections, every phase timed,
// the body read up to the cap on HTTP/1.1 and HTTP/2 alike.
import { createServer, type AddressInfo, type Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { buildConnector, Dispatcher } from 'undici';
import type { Observation, TlsObservation } from '../model.js';
import { probeError } from '../errors/probe-error.js';
import { isTlsFailure } from '../errors/tls.js';
import { describeProxy, type ProxyChoice } from '../net/proxy-env.js';
import { PhaseTimer } from '../net/timing.js';
import { withSessionCookies, keepSessionCookies } from './http-cookies.js';
import { sharedConnector } from '../net/connectors.js';
import { observeTls, type TlsSettings } from '../net/tls.js';
import { assertionsReadBody, DEFAULT_MAX_BODY_BYTES, hasNoBody, readCapped } from './http-body.js';
import { contentCodings, decodeBody } from './http-decode.js';
import { decodeText } from './http-text.js';
import { http2HeadTooLarge, invalidStatus, MAX_HEAD_BYTES, ResponseGuard } from './http-guard.js';
import { nextHop, type Hop } from './http-redirect.js';
import { readTlsSettings } from './tls-settings.js';
import { readIpFamily, type IpFamily } from './ip-family.js';
import { readProxyChoice, runTimeRoute, tunnelTo, type OpenTunnel } from './proxy.js';
import { checkHeaderName, checkHeaderValue } from './fields.js';
import { EXCERPT_BYTES } from '../text.js';
import { InvalidField, type CheckModule, type RunContext } from './types.js';

export type HttpVersion = 'http1' | 'http2' | 'any';

export interface HttpRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly httpVersion: HttpVersion;
  readonly followRedirects: boolean;
  readonly tls: TlsSettings;
  readonly maxBodyBytes: number;
  /** How much of the body to keep: up to the cap when an assertion reads it, else the excerpt's bytes. */
  readonly keptBodyBytes: number;
  /** Credentials were sent: a 401/403/407 is then AUTHENTICATION_ERROR. */
  readonly sendsCredentials: boolean;
  /** `request.proxy`, or the environment's (decided per hop: NO_PROXY may exempt a redirect's host). */
  readonly proxy: ProxyChoice;
  readonly ipFamily?: IpFamily;
}

export const MAX_REDIRECTS = 10;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const PARTIAL_CONTENT = 206;
const CREDENTIAL_REFUSALS = new Set([401, 403, 407]);
const CREDENTIAL_HEADER = /^(authorization|proxy-authorization|cookie|x-api-key|api-key)$|token|api[-_]?key|secret/i;
// Given to every client.destroy(): without one, undici builds a new error per exchange and Node
// formats its stack as it destroys the socket, a cost every check paid.
const EXCHANGE_DONE = new Error('probegate: the exchange is over');

// undici (some 40 ms to load) is loaded by the engine before the first http check runs (load
// below), not with this module: preparing a check, which `validate` does, never needs it.
let undici: typeof import('../net/undici.js') | undefined;
async function loadUndici(): Promise<typeof import('../net/undici.js')> {
  return (undici ??= await import('../net/undici.js'));
}

export const httpCheck: CheckModule<HttpRequest> = {
  type: 'http',
  prepare(check, context) {
    const raw = check.request;
    const url = parseUrl(raw.url, ['request', 'url'], ['http:', 'https:']);
    for (const [name, value] of Object.entries((raw.query as Record<string, unknown>) ?? {})) {
      url.searchParams.append(name, String(value));
    }
    // Most requests have no headers: no entries to list and gather for them.
    const headers = raw.headers == null ? {} : lowerCaseKeys(raw.headers as Record<string, unknown>);
    let body: string | undefined;
    if (raw.body !== undefined) {
      body = typeof raw.body === 'string' ? raw.body : JSON.stringify(raw.body);
      if (typeof raw.body !== 'string') headers['content-type'] ??= 'application/json';
    }
    const auth = raw.auth as AuthBlock | undefined;
    applyAuth(headers, auth);
    const request: HttpRequest = {
      method: String(raw.method ?? 'GET').toUpperCase(),
      url,
      headers,
      body,
      httpVersion: (raw.http_version ?? check.http_version ?? 'any') as HttpVersion,
      followRedirects: (raw.follow_redirects ?? check.follow_redirects ?? true) as boolean,
      tls: readTlsSettings(raw.tls, ['request', 'tls'], context),
      maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
      keptBodyBytes: assertionsReadBody(check.assertions) ? DEFAULT_MAX_BODY_BYTES : EXCERPT_BYTES,
      sendsCredentials: sendsCredentials(headers, auth),
      proxy: readProxyChoice(raw.proxy, url, context.proxyEnvironment),
      ipFamily: readIpFamily(check, url.hostname),
    };
    return { request, target: url.href };
  },
  run: (request, context) => runHttp(request, context),
  warmUp,
  load: async () => void (await loadUndici()),
};

/**
 * One exchange with a peer of its own, and one TLS handshake when a check may use TLS: the first
 * request of a process compiles undici's parser and code paths, the first TLS context reads the
 * root certificates and the first TLS connection compiles node:tls's client (10-20 ms in all),
 * which the first check would time as its DNS, connect, TLS and first byte. By address: the
 * engine warms the resolver up when a check needs it.
 */
const WARM_UP_LIMIT_MS = 1000;
let exchangeWarmedUp: Promise<void> | undefined;
let tlsWarmedUp: Promise<void> | undefined;

async function warmUp(requests: readonly (HttpRequest | undefined)[]): Promise<void> {
  await (exchangeWarmedUp ??= warmUpExchange());
  if (requests.some(needsTlsWarmUp)) await (tlsWarmedUp ??= warmUpTls());
}

/**
 * Whether a request warms TLS up: https, or a step's request known only at run time. Not a
 * redirect that may lead to https: the root certificates alone take ~9 ms to read, which every
 * http run would pay at start-up for the first such redirect's TLS phase to be exact.
 */
export function needsTlsWarmUp(request: HttpRequest | undefined): boolean {
  return request === undefined || request.url.protocol === 'https:';
}

/**
 * The default TLS context (the root certificates), then a client handshake that a plain loopback
 * peer ends: node:tls's path over a TCP connection as far as a check's first TLS byte. Not in
 * memory: a TLS socket over a stream that is not a TCP socket takes another path, and the first
 * https check timed some 10 ms of compiling as its DNS phase (bench/, timing scenario).
 */
async function warmUpTls(): Promise<void> {
  process.getBuiltinModule('node:tls').createSecureContext();
  const peer = createServer((socket) => socket.on('error', () => undefined).once('data', () => socket.end(NO_CONTENT)));
  await new Promise<void>((resolve, reject) => peer.once('error', reject).listen(0, '127.0.0.1', resolve));
  try {
    await warmUpRequest(new URL(`https://127.0.0.1:${(peer.address() as AddressInfo).port}/`)).catch(() => undefined);
  } finally {
    peer.close();
  }
}

const NO_CONTENT = 'HTTP/1.1 204 No Content\r\n\r\n';

/**
 * A plain exchange with an in-memory peer, by the path a proxy's tunnel takes, rather than with
 * a loopback server, which would cost more than it warms up: listening resolves its address,
 * which compiles Node's IPv6 pattern, and loads node:cluster and node:child_process (some 5 ms).
 * A TCP connection's own path is Node's, compiled ahead in its binary.
 */
async function warmUpExchange(): Promise<void> {
  const { duplexPair } = process.getBuiltinModule('node:stream');
  const [near, far] = duplexPair();
  far.on('error', () => undefined).once('data', () => far.end(NO_CONTENT));
  try {
    await warmUpRequest(new URL('http://127.0.0.1/'), async () => near as unknown as Socket);
  } finally {
    far.destroy();
  }
}

/** A GET of `url`, bounded by the warm-up's limit, through `via` when given. */
async function warmUpRequest(url: URL, via?: OpenTunnel): Promise<void> {
  const request: HttpRequest = { method: 'GET', url, headers: {}, httpVersion: 'any', followRedirects: false, tls: { insecure: true }, maxBodyBytes: 0, keptBodyBytes: 0, sendsCredentials: false, proxy: { kind: 'none' } };
  const signal = AbortSignal.timeout(WARM_UP_LIMIT_MS);
  const onEnd = (listener: (reason: unknown) => void) => {
    if (signal.aborted) {
      listener(signal.reason);
      return () => undefined;
    }
    const ended = () => listener(signal.reason);
    signal.addEventListener('abort', ended, { once: true });
    return () => signal.removeEventListener('abort', ended);
  };
  const deadline = { signal, kind: 'request', limitMs: WARM_UP_LIMIT_MS, remainingMs: () => WARM_UP_LIMIT_MS, onEnd } as const;
  await runHttp(request, { signal, timer: new PhaseTimer(), deadline, throughProxy: () => undefined }, via);
}

/** Parses a URL field, or throws InvalidField naming the field and the rule. */
export function parseUrl(value: unknown, path: (string | number)[], protocols: string[]): URL {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw new InvalidField(path, `"${String(value)}" is not a valid URL (expected ${protocols.join('//… or ')}//…)`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new InvalidField(path, `the URL must start with ${protocols.map((p) => `${p}//`).join(' or ')}, not ${url.protocol}//`);
  }
  return url;
}

/** The manifest's `auth` block of http and websocket checks. */
export interface AuthBlock {
  readonly basic?: { readonly username: string; readonly password: string };
  readonly bearer?: string;
}

/** Sets the Authorization header an `auth` block asks for. */
export function applyAuth(headers: Record<string, string>, auth: AuthBlock | undefined): void {
  if (auth?.basic) {
    const encoded = Buffer.from(`${auth.basic.username}:${auth.basic.password}`).toString('base64');
    headers.authorization = `Basic ${encoded}`;
  } else if (auth?.bearer) {
    headers.authorization = `Bearer ${checkHeaderValue(String(auth.bearer), ['request', 'auth', 'bearer'])}`;
  }
}

/** Credentials were sent (an `auth` block or a credential-style header): a 401/403/407 is then AUTHENTICATION_ERROR. */
export function sendsCredentials(headers: Record<string, string>, auth: AuthBlock | undefined): boolean {
  return Boolean(auth) || Object.keys(headers).some((name) => CREDENTIAL_HEADER.test(name));
}

/** Header names lower-cased, each name and value checked as undici and ws will check them at run time. */
export function lowerCaseKeys(record: Record<string, unknown>, path: readonly (string | number)[] = ['request', 'headers']): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [checkHeaderName(k, [...path, k]).toLowerCase(), checkHeaderValue(String(v), [...path, k])]));
}

/** `via`: a tunnel every hop goes through instead of its own connection (the warm-up's in-memory peer). */
async function runHttp(request: HttpRequest, context: RunContext, via?: OpenTunnel): Promise<Observation> {
  if (request.url.protocol === 'https:') context.timer.expectTls();
  const connection: ConnectionFacts = {};
  let hop: Hop = { method: request.method, url: request.url, body: request.body };
  // Made at the first redirect: most requests have none.
  let visited: Set<string> | undefined;
  for (let redirects = 0; ; redirects++) {
    const response = await exchange(request, hop, context, connection, via);
    const location = response.headers.location;
    if (!request.followRedirects || !REDIRECT_STATUSES.has(response.statusCode) || location === undefined) {
      const observation: Observation = response;
      observation.protocol = connection.protocol;
      observation.tls = connection.tls;
      return observation;
    }
    visited ??= new Set();
    visited.add(`${hop.method} ${hop.url.href}`);
    hop = nextHop(hop, response.statusCode, location);
    if (redirects + 1 > MAX_REDIRECTS || visited.has(`${hop.method} ${hop.url.href}`)) {
      const why = redirects + 1 > MAX_REDIRECTS ? `more than ${MAX_REDIRECTS} redirects` : 'a redirect loop';
      throw probeError('TOO_MANY_REDIRECTS', 'TOO_MANY_REDIRECTS', `Stopped after ${why}, at ${hop.url.href}`);
    }
  }
}

/** What the first connection of the attempt told us. */
interface ConnectionFacts {
  protocol?: string;
  tls?: TlsObservation;
  /** A TLS alert after the handshake (TLS 1.3 certificate_required), which undici reports only as "other side closed". */
  tlsFailure?: unknown;
}

interface Exchange {
  timings: Observation['timings'];
  values?: Observation['values'];
  statusCode: number;
  headers: Record<string, string>;
  body: Buffer;
  excerpt: string;
  bodyUnreadable?: string;
  credentialsRejected?: Observation['credentialsRejected'];
}

/** What one exchange's connector learns: whether the first byte was timed, and the HTTP/1.1 socket's guard. */
interface ExchangeWatch {
  firstByteSeen: boolean;
  guard?: ResponseGuard;
}

async function exchange(request: HttpRequest, hop: Hop, context: RunContext, facts: ConnectionFacts, via?: OpenTunnel): Promise<Exchange> {
  const watch: ExchangeWatch = { firstByteSeen: false };
  // The first URL's proxy was read at load; a redirect's is read here.
  const route = via ? undefined : runTimeRoute(hop.url, request.proxy);
  if (route) context.throughProxy(describeProxy(route.url));
  const tunnel = via ?? (route ? await tunnelTo(route) : undefined);
  // Loaded already (the engine's load), unless this module is run without the engine.
  const { Client, buildConnector: build } = undici ?? (await loadUndici());
  // undici's client keeps its connector until the client is collected, which may be collections
  // after this exchange: through this handle, cut when the exchange ends, it does not keep the
  // attempt (its context, deadline and timer) alive with it.
  let connector: buildConnector.connector | undefined = timedConnector(build, request, hop, context, facts, watch, tunnel);
  const client = new Client(hop.url.origin, {
    connect: (options, callback) => connector!(options, callback),
    allowH2: request.httpVersion !== 'http1',
    // The guard refuses a longer head first (HTTP/2's is counted after it arrives: http2HeadTooLarge).
    maxHeaderSize: MAX_HEAD_BYTES,
    headersTimeout: 0,
    bodyTimeout: 0,
    // undici's default keep-alive, not pipelining 0 (`connection: close`): the client is destroyed
    // after this exchange anyway, and a close costs an extra error object, stack formatted, per request.
  });
  // The deadline stops the client (the request and the body read fail with its reason), rather
  // than a signal undici would listen to: a cost per check, and the client goes with the exchange.
  const stopAtDeadline = context.deadline.onEnd((reason) => void client.destroy(reason as Error).catch(() => undefined));
  try {
    const response = await client.request({
      method: hop.method as Dispatcher.HttpMethod,
      path: `${hop.url.pathname}${hop.url.search}`,
      headers: withSessionCookies({ host: hop.url.host, ...request.headers }, hop.url, context.session),
      body: hop.body,
    });
    if (!watch.firstByteSeen) context.timer.remark('firstByte');
    // An HTTP/1.1 head was held to the limit by its guard; an HTTP/2 one is counted here.
    const headProblem = invalidStatus(response.statusCode) ?? (watch.guard ? undefined : http2HeadTooLarge(response.headers));
    if (headProblem) throw headProblem;
    const setCookie = keepSessionCookies(response.headers['set-cookie'], hop.url, context.session);
    const headers = flattenHeaders(response.headers);
    const bodiless = hasNoBody(hop.method, response.statusCode);
    // A redirect's body is dropped unread when the redirect is followed, as browsers and curl -L
    // do, and is not decoded for a check that reads no body: no one ever sees it.
    const redirect = REDIRECT_STATUSES.has(response.statusCode) && headers.location !== undefined;
    const unseen = redirect && (request.followRedirects || request.keptBodyBytes < request.maxBodyBytes);
    const codings = bodiless || unseen ? undefined : contentCodings(headers['content-encoding']);
    // An encoded body is kept whole, up to the cap, whatever reads it: decoded, it must come out
    // whole and within the cap, or the check fails (a browser would refuse the body too).
    const keepBytes = codings && response.statusCode !== PARTIAL_CONTENT ? request.maxBodyBytes : request.keptBodyBytes;
    const sent = await readCapped(response.body, { maxBytes: request.maxBodyBytes, keepBytes }, bodiless ? undefined : headers['content-length'], bodiless);
    if (watch.guard?.violation) throw watch.guard.violation;
    context.timer.remark('end');
    const { body, unreadable } = decoded(sent, codings, response.statusCode, request);
    const exchanged: Exchange = { timings: context.timer.timings(), statusCode: response.statusCode, headers, body, excerpt: excerptOf(body, headers, unreadable) };
    if (unreadable) exchanged.bodyUnreadable = unreadable;
    if (setCookie.length > 0) exchanged.values = { setCookie };
    if (request.sendsCredentials && CREDENTIAL_REFUSALS.has(response.statusCode)) {
      exchanged.credentialsRejected = { status: response.statusCode, message: `The server answered ${response.statusCode} to the credentials the check sent` };
    }
    return exchanged;
  } catch (error) {
    throw facts.tlsFailure ?? error;
  } finally {
    stopAtDeadline();
    await client.destroy(EXCHANGE_DONE).catch(() => undefined);
    connector = undefined;
  }
}

/**
 * The body with its Content-Encoding undone, all of it, so that a corrupt or over-cap body fails
 * here (MALFORMED_RESPONSE, BODY_TOO_LARGE) whether or not an assertion reads it. Kept whole when
 * an assertion reads it, else only the excerpt's start (a copy: the decoded body, or bytes in a
 * coding probegate cannot undo, may be large). A 206 holds a range of the encoded whole, which
 * cannot be decoded apart: it is named, as a coding probegate cannot undo is.
 */
function decoded(sent: Buffer, codings: readonly string[] | undefined, status: number, request: HttpRequest): { body: Buffer; unreadable?: string } {
  if (!codings || sent.length === 0) return { body: sent };
  if (status === PARTIAL_CONTENT) {
    return { body: sent, unreadable: `the body is a range (206 Partial Content) of a ${codings.join(', ')}-encoded whole, which cannot be decoded apart, so it cannot be judged; ask for the whole resource, or for its range with accept-encoding: identity` };
  }
  const { body, unreadable } = decodeBody(sent, codings, request.maxBodyBytes);
  const kept = request.keptBodyBytes >= request.maxBodyBytes ? body : Buffer.from(body.subarray(0, request.keptBodyBytes));
  return unreadable ? { body: kept, unreadable } : { body: kept };
}

/** The start of the body as text for reports; a body that cannot be decoded is named rather than shown as its bytes. */
function excerptOf(body: Buffer, headers: Record<string, string>, unreadable: string | undefined): string {
  if (unreadable) return `(${unreadable})`;
  const start = body.subarray(0, EXCERPT_BYTES);
  return decodeText(start, headers['content-type']).text ?? start.toString('utf8');
}

/** undici's connector with no session cache, its socket events turned into timing marks. */
function timedConnector(build: typeof buildConnector, request: HttpRequest, hop: Hop, context: RunContext, facts: ConnectionFacts, watch: ExchangeWatch, tunnel?: OpenTunnel): buildConnector.connector {
  const { url } = hop;
  const h2c = url.protocol === 'http:' && request.httpVersion === 'http2';
  const connect = sharedConnector(build, {
    tls: url.protocol === 'https:' ? request.tls : undefined,
    hostname: url.hostname,
    allowH2: request.httpVersion !== 'http1',
    h2c,
    family: request.ipFamily,
  });
  return (requested, callback) => {
    // undici names the server after the Host header; the check's `tls.servername` must win.
    const options = request.tls.servername ? { ...requested, servername: request.tls.servername } : requested;
    // The connector has no timeout of its own (net/connectors.ts): a socket still connecting when
    // the attempt's deadline ends is destroyed then, or it would keep the process from exiting.
    let stopConnecting: (() => void) | undefined;
    const boundedByDeadline = (socket: Socket) => {
      stopConnecting = context.deadline.onEnd((reason) => socket.destroy(reason as Error));
      return socket;
    };
    const done: buildConnector.Callback = (...args) => {
      stopConnecting?.();
      const [error, connected] = args;
      const refusal = !error && connected ? recordConnection(connected, request, facts) : undefined;
      if (refusal) {
        connected!.destroy();
        return callback(refusal, null);
      }
      const h2 = h2c || (connected as { alpnProtocol?: unknown } | null)?.alpnProtocol === 'h2';
      if (connected && !h2) {
        timeFirstByte(connected as Socket, context, watch);
        watch.guard = new ResponseGuard(connected as Socket, hop.method);
      }
      callback(...args);
    };
    if (tunnel) {
      // Through a proxy: the tunnel times DNS and connect (to the proxy), then TLS runs inside it.
      tunnel({ host: url.hostname, port: Number(url.port) || (url.protocol === 'https:' ? 443 : 80) }, context, request.ipFamily).then(
        (raw) => (url.protocol === 'https:' ? timeTls(boundedByDeadline(connect({ ...options, httpSocket: raw }, done) as unknown as Socket), context, facts) : done(null, raw)),
        (error: Error) => callback(error, null),
      );
      return;
    }
    const socket = boundedByDeadline(connect(options, done) as unknown as Socket);
    const { timer } = context;
    // Prepended: undici's own listeners run first otherwise, and their work (the first connection
    // of a process compiles the HTTP parser) would be timed as connect or TLS. Only for events
    // that can come: every listener is paid for on every check.
    if (!isAddressLiteral(url)) socket.prependOnceListener('lookup', (error: Error | null) => error || timer.mark('dnsDone'));
    socket.prependOnceListener('connect', () => timer.mark('connectDone'));
    if (url.protocol === 'https:') timeTls(socket, context, facts);
    return socket;
  };
}

/**
 * Whether the URL names an IP address rather than a host to resolve. The URL parser has made an
 * IPv4 host four decimal numbers (or refused it) and bracketed an IPv6 one, so no address
 * grammar is needed: net.isIP's regular expressions cost microseconds per check.
 */
export function isAddressLiteral(url: URL): boolean {
  return url.hostname.startsWith('[') || IPV4_AS_URL_WRITES_IT.test(url.hostname);
}
const IPV4_AS_URL_WRITES_IT = /^\d+\.\d+\.\d+\.\d+$/;

/** Marks tlsDone, and keeps a TLS failure that undici would report only as a closed socket. */
function timeTls(socket: Socket, context: RunContext, facts: ConnectionFacts): void {
  socket.prependOnceListener('secureConnect', () => context.timer.mark('tlsDone'));
  socket.on('error', (error) => {
    if (isTlsFailure(error)) facts.tlsFailure ??= error;
  });
}

/** On HTTP/1.1 the first byte is when the socket first holds data, before undici parses the headers (h2 sockets are read natively). */
function timeFirstByte(socket: Socket, context: RunContext, watch: ExchangeWatch): void {
  const onReadable = () => {
    if (socket.readableLength === 0) return;
    context.timer.remark('firstByte');
    watch.firstByteSeen = true;
    socket.off('readable', onReadable);
  };
  socket.prependListener('readable', onReadable);
}

/** Notes the protocol and TLS facts; returns an error when HTTP/2 is required but was not negotiated. */
function recordConnection(socket: Socket, request: HttpRequest, facts: ConnectionFacts): Error | undefined {
  const tlsSocket = 'encrypted' in socket ? (socket as TLSSocket) : undefined;
  const alpn = (socket as Socket & { alpnProtocol?: string | false }).alpnProtocol;
  const protocol = alpn === 'h2' ? 'h2' : 'http/1.1';
  facts.protocol ??= protocol;
  if (tlsSocket) facts.tls ??= observeTls(tlsSocket);
  if (request.httpVersion === 'http2' && protocol !== 'h2') {
    return probeError('HTTP2', 'NOT_NEGOTIATED', 'Error performing HTTP/2 request: the server did not negotiate HTTP/2 (ALPN offered h2, it chose HTTP/1.1)');
  }
  return undefined;
}

export function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
