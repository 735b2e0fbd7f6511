// Loopback peers for tests: each starts on 127.0.0.1 (or ::1) on a free port and is closed
// by the test that started it.
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface Peer {
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

async function listen(server: net.Server, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

function closer(server: net.Server, sockets: Set<net.Socket>): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
}

function track(server: net.Server): Set<net.Socket> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return sockets;
}

/** An HTTP/1.1 server with the given handler. */
export async function startHttpServer(handler: http.RequestListener, host = '127.0.0.1'): Promise<Peer> {
  const server = http.createServer(handler);
  const sockets = track(server);
  const port = await listen(server, host);
  const shown = host.includes(':') ? `[${host}]` : host;
  return { port, url: `http://${shown}:${port}`, close: closer(server, sockets) };
}

/** A TCP server that hands every connection to `onConnection`, for answers no HTTP server would give. */
export async function startRawServer(onConnection: (socket: net.Socket) => void, host = '127.0.0.1'): Promise<Peer> {
  const server = net.createServer(onConnection);
  const sockets = track(server);
  const port = await listen(server, host);
  return { port, url: `http://${host}:${port}`, close: closer(server, sockets) };
}

/** A port on which nothing listens: bound, then released. */
export async function closedPort(host = '127.0.0.1'): Promise<number> {
  const server = net.createServer();
  const port = await listen(server, host);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
