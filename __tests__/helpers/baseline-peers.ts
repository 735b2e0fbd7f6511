// Two loopback services for baseline comparisons: the preview and the baseline, each answering
// by path with a deterministic delay, JSON body and headers, and counting its requests per path.
import type http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { startHttpServer, type Peer } from './servers.js';

export interface Route {
  /** Milliseconds to wait before answering the n-th request (0-based) of this path. */
  readonly delayMs?: (n: number) => number;
  /** The status of the n-th request (0-based) of this path; 200 by default. */
  readonly status?: (n: number) => number;
  readonly body?: (n: number) => unknown;
  readonly headers?: Record<string, string>;
}

export interface Service extends Peer {
  /** Requests seen per path, with their methods. */
  readonly seen: Map<string, string[]>;
}

export async function startService(routes: Record<string, Route>): Promise<Service> {
  const seen = new Map<string, string[]>();
  const handler: http.RequestListener = (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const methods = seen.get(path) ?? [];
    seen.set(path, [...methods, req.method ?? 'GET']);
    const route = routes[path];
    if (!route) return void res.writeHead(404).end('no route');
    const n = methods.length;
    req.resume();
    void sleep(route.delayMs?.(n) ?? 0).then(() => {
      const body = route.body ? JSON.stringify(route.body(n)) : 'ok';
      res.writeHead(route.status?.(n) ?? 200, { 'content-type': route.body ? 'application/json' : 'text/plain', ...route.headers }).end(body);
    });
  };
  const peer = await startHttpServer(handler);
  return { ...peer, seen };
}
