import type { CheckType } from '../model.js';
import type { CheckModule } from './types.js';

// type -> module. Loaded on first use, so a manifest without gRPC never loads grpc-js.
const LOADERS: Partial<Record<CheckType, () => Promise<CheckModule>>> = {
  http: async () => (await import('./http.js')).httpCheck as CheckModule,
  ssl: async () => (await import('./ssl.js')).sslCheck as CheckModule,
  dns: async () => (await import('./dns.js')).dnsCheck as CheckModule,
  tcp: async () => (await import('./tcp.js')).tcpCheck as CheckModule,
  udp: async () => (await import('./udp.js')).udpCheck as CheckModule,
  icmp: async () => (await import('./icmp.js')).icmpCheck as CheckModule,
  grpc: async () => (await import('./grpc.js')).grpcCheck as CheckModule,
  websocket: async () => (await import('./websocket.js')).websocketCheck as CheckModule,
};

const loaded = new Map<CheckType, Promise<CheckModule>>();
const ready = new Map<CheckType, CheckModule>();

export function loadCheckModule(type: CheckType): Promise<CheckModule> {
  let module = loaded.get(type);
  if (!module) {
    const load = LOADERS[type];
    if (!load) return Promise.reject(new Error(`the ${type} check type is not available in this build`));
    module = load().then((done) => (ready.set(type, done), done));
    loaded.set(type, module);
  }
  return module;
}

/** The module of `type` once it has loaded, for use without waiting (see CheckResolver.resolveNow). */
export function loadedCheckModule(type: CheckType): CheckModule | undefined {
  return ready.get(type);
}
