// A loopback app that behaves like the ones multistep checks are written for: a JSON API with a
// login that returns a token and sets a session cookie, an endpoint that honours the cookie
// only, orders that become visible only after a delay, an endpoint that echoes the token back,
// and a WebSocket that greets first, sends heartbeats, then answers a subscription.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const TOKEN = 'tok-7f3a9c1e5b2d';
export const SESSION = 'sess-4b8e2a6c';

export interface JourneyApp {
  readonly url: string;
  /** Every request, in order: method, path, cookie header. */
  readonly requests: { method: string; path: string; cookie?: string; authorization?: string }[];
  close(): Promise<void>;
}

export interface JourneyOptions {
  /** How long a created order stays invisible (default 300 ms). */
  readonly visibleAfterMs?: number;
  /** Answers the first `n` logins with 503. */
  readonly failFirstLogins?: number;
}

export async function startJourneyApp(options: JourneyOptions = {}): Promise<JourneyApp> {
  const requests: JourneyApp['requests'] = [];
  const orders = new Map<string, number>();
  let logins = 0;
  let flaky = 0;
  const server = http.createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    requests.push({ method: request.method!, path, cookie: request.headers.cookie, authorization: request.headers.authorization });
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => route(request.method!, path, body, request, response));
  });
  const json = (response: http.ServerResponse, status: number, value: unknown, headers: http.OutgoingHttpHeaders = {}) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(value));
  };
  const route = (method: string, path: string, body: string, request: http.IncomingMessage, response: http.ServerResponse) => {
    const bearer = request.headers.authorization === `Bearer ${TOKEN}`;
    if (method === 'POST' && path === '/login') {
      if (++logins <= (options.failFirstLogins ?? 0)) return json(response, 503, { error: 'warming up' });
      const { user, password } = JSON.parse(body || '{}') as { user?: string; password?: string };
      if (user !== 'demo' || password !== 'hunter2') return json(response, 401, { error: 'bad credentials' });
      const expires = new Date(Date.now() + 3_600_000).toUTCString();
      return json(response, 200, { token: TOKEN, user: { id: 7 } }, {
        'x-csrf-token': 'csrf-91',
        'set-cookie': [`session=${SESSION}; Path=/; Secure; HttpOnly; Expires=${expires}`, 'theme=dark; Path=/account', 'stale=1; Path=/; Max-Age=0'],
      });
    }
    if (method === 'GET' && path === '/me') {
      // The cookie only: a bearer token is not enough here.
      if (!(request.headers.cookie ?? '').split(/;\s*/).includes(`session=${SESSION}`)) return json(response, 401, { error: 'no session' });
      return json(response, 200, { user: 'demo', cookies: request.headers.cookie });
    }
    if (method === 'POST' && path === '/orders') {
      if (!bearer) return json(response, 401, { error: 'token required' });
      const id = `ord-${orders.size + 101}`;
      orders.set(id, Date.now() + (options.visibleAfterMs ?? 300));
      return json(response, 201, { id });
    }
    const order = /^\/orders\/([\w-]+)$/.exec(path);
    if (method === 'GET' && order) {
      const visibleAt = orders.get(order[1]!);
      if (visibleAt === undefined || Date.now() < visibleAt) return json(response, 404, { error: 'not found' });
      return json(response, 200, { id: order[1], state: 'open' });
    }
    if (path === '/echo') {
      // Echoes whatever credential it got, in a header and in the body, as debugging endpoints do.
      const got = request.headers.authorization ?? '';
      return json(response, 500, { error: 'echo', received: got }, { 'x-received': got });
    }
    if (path === '/flaky') return json(response, ++flaky === 1 ? 503 : 200, { call: flaky });
    if (path === '/slow') return void setTimeout(() => json(response, 200, { ok: true }), 2000);
    json(response, 404, { error: 'no route' });
  };
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (request, socket, head) => {
    requests.push({ method: 'UPGRADE', path: request.url ?? '/', cookie: request.headers.cookie });
    wss.handleUpgrade(request, socket as Socket, head, (ws) => events(ws, request));
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        for (const socket of sockets) socket.destroy();
        wss.close();
        server.close(() => resolve());
      }),
  };
}

/** Greets, then heartbeats every 40 ms; a subscription is answered after two more heartbeats. */
function events(ws: WebSocket, request: http.IncomingMessage): void {
  const session = (request.headers.cookie ?? '').includes(`session=${SESSION}`);
  ws.send(JSON.stringify({ type: 'hello', session }));
  const heartbeat = setInterval(() => ws.send(JSON.stringify({ type: 'heartbeat' })), 40);
  ws.on('close', () => clearInterval(heartbeat));
  ws.on('message', (data) => {
    const { subscribe, close } = JSON.parse(data.toString()) as { subscribe?: string; close?: boolean };
    if (close) return ws.close(1011, 'internal error');
    setTimeout(() => ws.send(JSON.stringify({ type: 'subscribed', id: subscribe })), 100);
  });
}
