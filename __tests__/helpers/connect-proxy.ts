// A forward proxy on loopback that only tunnels (HTTP CONNECT), as corporate runners have behind
// HTTPS_PROXY. It opens tunnels only to the hosts it is given, each mapped to a loopback port,
// so a client never resolves those names itself, and it records every tunnel asked for.
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';

export interface ConnectProxy {
  /** `http://127.0.0.1:port`, for HTTPS_PROXY. */
  readonly url: string;
  /** The `host:port` of every CONNECT request, in order (refused ones too). */
  readonly tunnels: string[];
  /** Requests that asked for something other than a tunnel. */
  readonly otherRequests: string[];
  close(): Promise<void>;
}

export interface ConnectProxyOptions {
  /** `user:password`: a CONNECT without this Basic Proxy-Authorization is answered 407. */
  readonly credentials?: string;
}

/**
 * `routes` maps a `host:port` a client may ask for to the loopback port that serves it; any
 * other target is answered 403, as a proxy's rules would.
 */
export async function startConnectProxy(routes: Record<string, number>, options: ConnectProxyOptions = {}): Promise<ConnectProxy> {
  const tunnels: string[] = [];
  const otherRequests: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    otherRequests.push(`${req.method} ${req.url}`);
    res.writeHead(405).end('this proxy only tunnels');
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const target = req.url ?? '';
    tunnels.push(target);
    sockets.add(client);
    client.on('error', () => {});
    const expected = options.credentials && `Basic ${Buffer.from(options.credentials).toString('base64')}`;
    if (expected && req.headers['proxy-authorization'] !== expected) {
      return client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="proxy"\r\n\r\n');
    }
    const port = routes[target];
    if (port === undefined) return client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    const upstream = net.connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tunnels,
    otherRequests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
