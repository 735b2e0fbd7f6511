import { setTimeout as sleep } from 'node:timers/promises';
import { probeError } from '../errors/probe-error.js';
import type { ReadyWait } from '../manifest/load.js';
import type { ProbeErrorInfo } from '../model.js';
import { Client } from '../net/undici.js';

/**
 * Polls the ready URL until it answers (any status below 500, or the status asked for).
 * Returns the TIMEOUT every check is reported with when it never does, else undefined.
 */
export async function waitUntilReady(ready: ReadyWait): Promise<ProbeErrorInfo | undefined> {
  const deadline = Date.now() + ready.timeoutMs;
  let lastSeen = 'no answer';
  while (Date.now() < deadline) {
    const client = new Client(ready.url.origin, { connect: { timeout: ready.intervalMs }, pipelining: 0 });
    try {
      const response = await client.request({
        method: 'GET',
        path: `${ready.url.pathname}${ready.url.search}`,
        signal: AbortSignal.timeout(Math.max(1, Math.min(ready.intervalMs, deadline - Date.now()))),
      });
      await response.body.dump();
      const ok = ready.status === undefined ? response.statusCode < 500 : response.statusCode === ready.status;
      if (ok) return undefined;
      lastSeen = `status ${response.statusCode}`;
    } catch (error) {
      lastSeen = (error as Error).message;
    } finally {
      await client.close().catch(() => undefined);
    }
    await sleep(Math.max(0, Math.min(ready.intervalMs, deadline - Date.now())));
  }
  const detail = `The preview at ${ready.url.href} was not ready within ${ready.timeoutMs} ms (last: ${lastSeen}); no check was run`;
  return probeError('TIMEOUT', 'READY_TIMEOUT', detail).toInfo();
}
