// The demo's local preview, on loopback only: a few healthy endpoints and one deliberate fault
// per error category the demo shows, and a local "production" to compare it with (a slower
// product list, a product that lost a field). Everything it starts is closed by `close()`.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Server, Socket } from 'node:net';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface DemoPreview {
  /** The preview's address: {{ BASE_URL }}. */
  readonly baseUrl: string;
  /** The other addresses the demo manifest uses, by variable name. */
  readonly variables: Readonly<Record<string, string>>;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

type Route = (request: http.IncomingMessage, response: http.ServerResponse) => void;

const PRODUCTS = { items: [{ id: 1, name: 'Desk lamp', price: 39.9 }, { id: 2, name: 'Chair', price: 89 }] };
const PRODUCT = { id: 1, name: 'Desk lamp', price: 39.9, rating: { average: 4.6, count: 212 } };
/**
 * Fixed and large, so the slowdown is found in a few samples however busy the machine is; the
 * production delay keeps its own two series alike (a 2 ms answer varies by half from one sample
 * to the next, which the A/A comparison rightly calls too noisy to judge).
 */
const PRODUCTION_DELAY_MS = 40;
const DEMO_SLOWDOWN_MS = 150;

/** The same product API, as production serves it: fast, and with the product's rating. */
const PRODUCTION_ROUTES: Record<string, Route> = {
  '/': (_, response) => void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Acme shop</title>\n'),
  '/api/health': (_, response) => json(response, 200, { status: 'ok', version: '1.4.1' }),
  '/api/products': (_, response) => void sleep(PRODUCTION_DELAY_MS).then(() => json(response, 200, PRODUCTS)),
  '/api/products/1': (_, response) => json(response, 200, PRODUCT),
};

const ROUTES: Record<string, Route> = {
  '/': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>Acme shop</title><h1>Acme shop: a probegate demo preview</h1>\n');
  },
  '/api/health': (_, response) => json(response, 200, { status: 'ok', version: '1.4.2' }),
  // A wrong status: the check expects 200.
  '/api/orders': (_, response) => json(response, 503, { error: 'database unavailable' }),
  // Too slow: never answers; the check's timeout runs out first.
  '/api/search': () => undefined,
  // A reset: TCP RST instead of a response.
  '/api/session': (request) => request.socket.resetAndDestroy(),
  // A journey: log in (a token and a session cookie), add to a cart that then reads back empty.
  '/api/login': (_, response) => json(response, 200, { token: 'demo-token-4f9a' }, { 'set-cookie': 'session=demo-session; Path=/api; HttpOnly' }),
  '/api/cart': (request, response) =>
    request.headers.authorization === 'Bearer demo-token-4f9a' ? json(response, 201, { id: 'cart-7' }) : json(response, 401, { error: 'log in first' }),
  '/api/cart/cart-7': (request, response) =>
    request.headers.cookie?.includes('session=demo-session') ? json(response, 200, { id: 'cart-7', items: [] }) : json(response, 401, { error: 'no session' }),
  // Malformed HTTP: a header line without a colon.
  '/api/legacy': (request) => request.socket.end('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nthis is not a header\r\n\r\nhello\n'),
  // A latency regression: production answers at once.
  '/api/products': (_, response) => void sleep(PRODUCTION_DELAY_MS + DEMO_SLOWDOWN_MS).then(() => json(response, 200, PRODUCTS)),
  // A removed field: production sends `rating`.
  '/api/products/1': (_, response) => json(response, 200, { id: 1, name: 'Desk lamp', price: 39.9 }),
};

/**
 * Starts the preview: the HTTP server, an HTTPS server with a certificate that expired in
 * 2020 (`examples/demo-certs`, made by make-expired-cert.sh there), and a port on which
 * nothing listens.
 */
export async function startDemoPreview(certDir: string): Promise<DemoPreview> {
  const app = track(http.createServer(router(ROUTES)));
  const production = track(http.createServer(router(PRODUCTION_ROUTES)));
  const tls = track(
    https.createServer(
      { key: readFileSync(path.join(certDir, 'expired-key.pem')), cert: readFileSync(path.join(certDir, 'expired-cert.pem')) },
      (_, response) => json(response, 200, { billing: 'ok' }),
    ),
  );
  try {
    const appPort = await listen(app.server);
    const tlsPort = await listen(tls.server);
    const productionPort = await listen(production.server);
    const refusedPort = await unusedPort();
    return {
      baseUrl: `http://${HOST}:${appPort}`,
      variables: { TLS_URL: `https://${HOST}:${tlsPort}`, REFUSED_URL: `http://${HOST}:${refusedPort}`, PRODUCTION_URL: `http://${HOST}:${productionPort}` },
      close: () => Promise.all([app.close(), tls.close(), production.close()]).then(() => undefined),
    };
  } catch (error) {
    await Promise.all([app.close(), tls.close(), production.close()]);
    throw error;
  }
}

function router(routes: Record<string, Route>): http.RequestListener {
  return (request, response) => {
    const handler = routes[new URL(request.url ?? '/', 'http://demo').pathname];
    if (handler) handler(request, response);
    else json(response, 404, { error: 'not found' });
  };
}

function json(response: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(`${JSON.stringify(body)}\n`);
}

/** A server whose open connections (the held slow request) are destroyed on close. */
function track(server: Server): { server: Server; close: () => Promise<void> } {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (!server.listening) return resolve();
      server.close(() => resolve());
    });
  return { server, close };
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

/** A port that was free a moment ago: bound, then released, so connecting to it is refused. */
async function unusedPort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
