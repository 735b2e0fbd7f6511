// The websocket check: opens a WebSocket on a fresh connection (timed from its socket's events),
// sends `message` if any, and waits for the first message from the server.
import net, { type Socket } from 'node:net';
import tls from 'node:tls';
import WebSocket, { type ClientOptions, type RawData } from 'ws';
import type { IncomingMessage } from 'node:http';
import { probeError } from '../errors/probe-error.js';
import type { Observation, TlsObservation } from '../model.js';
import { describeProxy, proxyFor, type ProxyChoice } from '../net/proxy-env.js';
import { observeTls, tlsConnectionOptions, type TlsSettings } from '../net/tls.js';
import { applyAuth, lowerCaseKeys, parseUrl, sendsCredentials, type AuthBlock } from './http.js';
import { setCookieLines } from '../net/cookies.js';
import { readIpFamily, type IpFamily } from './ip-family.js';
import { readProxyChoice, tunnelTo, type OpenTunnel } from './proxy.js';
import { readTlsSettings } from './tls-settings.js';
import { InvalidField, type CheckModule, type RunContext } from './types.js';
import { converse, Inbox, prepareTurns, type ConversationResult, type Turn } from './websocket-conversation.js';

export interface WebSocketRequest {
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  /** Sent once the WebSocket is open. */
  readonly message?: string;
  /** A conversation (`messages`) instead of one message and the first answer. */
  readonly turns?: readonly Turn[];
  readonly tls: TlsSettings;
  /** Credentials were sent: a 401/403/407 answer to the handshake is AUTHENTICATION_ERROR. */
  readonly sendsCredentials: boolean;
  readonly proxy: ProxyChoice;
  readonly ipFamily?: IpFamily;
}

/** The longest first message accepted; a longer one is WEBSOCKET:MESSAGE_TOO_LONG. */
export const MAX_MESSAGE_BYTES = 50 * 1024;
const EXCERPT_CHARS = 2000;
const CREDENTIAL_STATUSES = new Set([401, 403, 407]);

export const websocketCheck: CheckModule<WebSocketRequest> = {
  type: 'websocket',
  prepare(check, context) {
    const raw = check.request;
    // http(s):// means ws(s)://, so one {{ BASE_URL }} serves both.
    const url = parseUrl(raw.url, ['request', 'url'], ['ws:', 'wss:', 'http:', 'https:']);
    if (url.protocol === 'http:' || url.protocol === 'https:') url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    if (raw.message !== undefined && raw.messages !== undefined) {
      throw new InvalidField(['request', 'messages'], 'give either `message` (one send, then the first message) or `messages` (a conversation), not both');
    }
    const headers = lowerCaseKeys((raw.headers as Record<string, unknown>) ?? {});
    const auth = raw.auth as AuthBlock | undefined;
    applyAuth(headers, auth);
    const request: WebSocketRequest = {
      url,
      headers,
      message: typeof raw.message === 'string' ? raw.message : undefined,
      ...(raw.messages !== undefined ? { turns: prepareTurns(raw.messages, context) } : {}),
      tls: readTlsSettings(raw.tls, ['request', 'tls'], context),
      sendsCredentials: sendsCredentials(headers, auth),
      proxy: readProxyChoice(raw.proxy, url, context.proxyEnvironment),
      ipFamily: readIpFamily(check, url.hostname),
    };
    return { request, target: url.href };
  },
  run: runWebSocket,
};

async function runWebSocket(request: WebSocketRequest, context: RunContext): Promise<Observation> {
  const { timer, signal } = context;
  if (request.url.protocol === 'wss:') timer.expectTls();
  const route = proxyFor(request.url, request.proxy);
  if (route) context.throughProxy(describeProxy(route.url));
  const connection: Connection = {};
  const tunnel = route ? await tunnelTo(route) : undefined;
  const jar = context.session?.cookies;
  const jarUrl = new URL(request.url.href.replace(/^ws/, 'http'));
  const cookie = [request.headers.cookie, jar?.cookieHeader(jarUrl)].filter(Boolean).join('; ');
  const socket = new WebSocket(request.url, {
    headers: { ...request.headers, ...(cookie ? { cookie } : {}) },
    maxPayload: MAX_MESSAGE_BYTES,
    followRedirects: false,
    createConnection: timedConnection(request, context, connection, tunnel) as unknown as ClientOptions['createConnection'],
  });
  let headers: Record<string, string> = {};
  const inbox = request.turns ? new Inbox(socket, messageText) : undefined;
  return new Promise<Observation>((resolve, reject) => {
    const finish = (settle: () => void) => {
      signal.removeEventListener('abort', onAbort);
      // Its wait for a message, and that wait's timer, end with the attempt.
      inbox?.close();
      socket.removeAllListeners('close');
      socket.terminate();
      settle();
    };
    const onAbort = () => finish(() => reject(signal.reason));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    socket.on('error', (error) => finish(() => reject(error)));
    socket.once('unexpected-response', (handshake, response) => {
      handshake.destroy();
      const rejected = credentialsRejected(request, response);
      if (!rejected) return finish(() => reject(handshakeRejected(request, response)));
      // Judged by the engine as for http: AUTHENTICATION_ERROR unless a statusCode assertion expected it.
      const observed = { timings: timer.timings(), statusCode: response.statusCode, headers: flattenHeaders(response.headers), tls: connection.tls };
      finish(() => resolve({ ...observed, credentialsRejected: rejected, error: handshakeRejected(request, response) }));
    });
    let setCookie: string[] = [];
    socket.once('upgrade', (response) => {
      timer.mark('firstByte');
      headers = flattenHeaders(response.headers);
      setCookie = setCookieLines(response.headers['set-cookie']);
      jar?.store(jarUrl, setCookie);
    });
    const observed = (conversation: ConversationResult): Observation => ({
      timings: timer.timings(),
      protocol: 'http/1.1',
      statusCode: 101,
      headers,
      tls: connection.tls,
      values: { setCookie, ...(conversation.last !== undefined ? { receivedMessage: conversation.last } : {}) },
      ...(conversation.last !== undefined ? { excerpt: conversation.last.slice(0, EXCERPT_CHARS) } : {}),
      ...(conversation.assertions.length > 0 ? { assertions: conversation.assertions } : {}),
      ...(conversation.failure ? { error: conversation.failure } : {}),
    });
    if (request.turns && inbox) {
      socket.once('open', () => {
        converse(request.turns!, socket, inbox, context, { headers }).then(
          (conversation) => {
            timer.mark('end');
            finish(() => resolve(observed(conversation)));
          },
          (error: unknown) => finish(() => reject(error)),
        );
      });
    } else {
      socket.once('open', () => {
        timer.waitingFor('the first message from the server');
        if (request.message !== undefined) socket.send(request.message);
      });
      socket.once('message', (data) => {
        timer.mark('end');
        const text = messageText(data);
        finish(() => resolve(observed({ last: text, assertions: [] })));
      });
    }
    // ws swallows an error of the socket after the upgrade (a reset) and reports only close 1006:
    // the root cause is the socket's error (CONNRESET), as SPEC §2's precedence asks.
    socket.once('close', (code, reason) => finish(() => reject(code === 1006 && connection.socketError ? connection.socketError : closedEarly(request, code, reason.toString()))));
  });
}

interface Connection {
  tls?: TlsObservation;
  /** The first error of the connection's socket (ECONNRESET...), which ws does not pass on once open. */
  socketError?: Error;
}

type Created = (error: Error | null, socket?: Socket) => void;

/**
 * ws's connection factory (node:http calls it with a callback), with the check's TLS options,
 * IP family and the socket's events as timing marks; through a proxy, a CONNECT tunnel first.
 */
function timedConnection(request: WebSocketRequest, context: RunContext, connection: Connection, tunnel?: OpenTunnel) {
  const { timer } = context;
  const secure = request.url.protocol === 'wss:';
  return (options: net.NetConnectOpts & tls.ConnectionOptions, created: Created): Socket | undefined => {
    // `path` is the URL path here, but node:net would read it as a Unix socket path.
    const target = { ...options, path: undefined, ...(request.ipFamily ? { family: request.ipFamily } : {}) } as unknown as net.TcpNetConnectOpts;
    const host = target.host ?? request.url.hostname;
    const tlsOptions = { ...tlsConnectionOptions(request.tls, host), ALPNProtocols: ['http/1.1'] };
    const watch = <T extends Socket>(socket: T): T => socket.on('error', (error: Error) => (connection.socketError ??= error));
    const timeTls = (socket: Socket) =>
      watch(socket).once('secureConnect', () => {
        timer.mark('tlsDone');
        connection.tls = observeTls(socket as tls.TLSSocket);
      });
    if (tunnel) {
      const port = Number(request.url.port) || (secure ? 443 : 80);
      tunnel({ host: request.url.hostname.replace(/^\[|\]$/g, ''), port }, context, request.ipFamily).then(
        (raw) => created(null, secure ? timeTls(tls.connect({ ...tlsOptions, socket: raw })) : watch(raw)),
        (error: Error) => created(error),
      );
      return undefined;
    }
    const socket = watch(secure ? tls.connect({ ...target, ...tlsOptions }) : net.connect(target));
    socket.once('lookup', (error: Error | null) => error || timer.mark('dnsDone'));
    socket.once('connect', () => timer.mark('connectDone'));
    if (secure) timeTls(socket);
    return socket;
  };
}

function credentialsRejected(request: WebSocketRequest, response: IncomingMessage): Observation['credentialsRejected'] {
  const status = response.statusCode ?? 0;
  if (!request.sendsCredentials || !CREDENTIAL_STATUSES.has(status)) return undefined;
  return { status, message: `The server answered ${statusLine(response)} to the WebSocket handshake with the credentials the check sent (${request.url.href})` };
}

function handshakeRejected(request: WebSocketRequest, response: IncomingMessage): Error {
  if (response.statusCode === 101) {
    return probeError('WEBSOCKET', 'WEBSOCKET', `The server answered 101 Switching Protocols without \`Upgrade: websocket\`: ${request.url.href} did not open a WebSocket`);
  }
  return probeError('WEBSOCKET', 'WEBSOCKET', `The server answered ${statusLine(response)} instead of 101 Switching Protocols: ${request.url.href} did not open a WebSocket`);
}

function statusLine(response: IncomingMessage): string {
  return `${response.statusCode} ${response.statusMessage ?? ''}`.trim();
}

function closedEarly(request: WebSocketRequest, code: number, reason: string): Error {
  const how = reason ? `code ${code}, "${reason}"` : `code ${code}`;
  const before = request.turns ? 'before the conversation was over' : 'before sending a message';
  return probeError('WEBSOCKET', 'WEBSOCKET', `The server closed the WebSocket (${how}) ${before} on ${request.url.href}`);
}

function messageText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}

function flattenHeaders(headers: IncomingMessage['headers']): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
