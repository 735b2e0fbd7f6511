// What the runner, the peers and the client processes of the benchmark agree on.
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
/** Node 24 from the `node` devDependency: every process of the benchmark runs on it. */
export const NODE = path.join(ROOT, 'node_modules/.bin/node');

export interface PeerConfig {
  readonly certFile: string;
  readonly keyFile: string;
  /** How long the non-HTTP peers (ws, udp, dns, grpc) wait before they answer. */
  readonly delayMs: number;
}

export interface PeerPorts {
  readonly http: number;
  readonly https: number;
  readonly tcp: number;
  readonly udp: number;
  readonly dns: number;
  readonly grpc: number;
}

export const HUGE_BODY_BYTES = 100 * 1024 * 1024;
export const JSON_BODY = JSON.stringify({ status: 'ok', service: 'bench', items: [1, 2, 3] });
