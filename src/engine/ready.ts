import { setTimeout as sleep } from 'node:timers/promises';
import { evaluate } from '../assertions/index.js';
import { flattenHeaders } from '../checks/http.js';
import { DEFAULT_MAX_BODY_BYTES, readCapped } from '../checks/http-body.js';
import { contentCodings, decodeBody } from '../checks/http-decode.js';
import { classify } from '../errors/classify.js';
import { probeError } from '../errors/probe-error.js';
import type { ReadyWait } from '../manifest/load.js';
import type { AssertionResult, NotReady } from '../model.js';
import { describeFailure } from '../assertions/describe.js';

// A ready page is read to this many bytes for its assertions: enough for a build id or a SHA.
const READY_BODY_BYTES = 1024 * 1024;
// One poll may take longer than the interval between polls, up to this.
const MIN_POLL_TIMEOUT_MS = 5_000;

interface PollAnswer {
  readonly ready: boolean;
  /** What the preview answered, for people: "status 503", "body contains `abc` failed". */
  readonly seen: string;
  readonly assertions: readonly AssertionResult[];
  /** The poll ran out of time: it says less than an answer before it did. */
  readonly timedOut?: boolean;
}

/**
 * Polls the ready URL until the preview serves this build: the status asked for (else any status
 * below 500 when no assertion is given) and every assertion holding. Returns what the preview
 * last answered when it never did, else undefined.
 */
export async function waitUntilReady(ready: ReadyWait): Promise<NotReady | undefined> {
  const deadline = Date.now() + ready.timeoutMs;
  let last: PollAnswer = { ready: false, seen: 'no answer', assertions: [], timedOut: true };
  while (Date.now() < deadline) {
    const answer = await poll(ready, Math.max(1, Math.min(Math.max(ready.intervalMs, MIN_POLL_TIMEOUT_MS), deadline - Date.now())));
    if (answer.ready) return undefined;
    if (!answer.timedOut || last.timedOut !== false) last = answer;
    await sleep(Math.max(0, Math.min(ready.intervalMs, deadline - Date.now())));
  }
  const detail = `The preview at ${ready.url.href} was not ready within ${ready.timeoutMs} ms (last answer: ${last.seen}); no check was run`;
  return { error: probeError('TIMEOUT', 'READY_TIMEOUT', detail).toInfo(), url: ready.url.href, location: ready.location, assertions: last.assertions };
}

async function poll(ready: ReadyWait, timeoutMs: number): Promise<PollAnswer> {
  const { Client } = await import('../net/undici.js'); // loaded on use, as by the http check
  const client = new Client(ready.url.origin, { connect: { timeout: timeoutMs }, pipelining: 0 });
  const started = performance.now();
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await client.request({
      method: 'GET',
      path: `${ready.url.pathname}${ready.url.search}`,
      headers: { host: ready.url.host, 'user-agent': 'probegate' },
      signal,
    });
    const headers = flattenHeaders(response.headers);
    // An encoded body (a server may compress unasked) is read whole, up to the http check's cap,
    // and judged decoded as the checks judge it: its encoded bytes hold no build id.
    const codings = contentCodings(headers['content-encoding']);
    const limits = codings ? { maxBytes: DEFAULT_MAX_BODY_BYTES, keepBytes: DEFAULT_MAX_BODY_BYTES } : { maxBytes: Number.MAX_SAFE_INTEGER, keepBytes: READY_BODY_BYTES };
    const sent = await readCapped(response.body, limits, undefined);
    const { body, unreadable } = codings && sent.length > 0 ? decodeBody(sent, codings, DEFAULT_MAX_BODY_BYTES) : { body: sent, unreadable: undefined };
    const timings = { total: performance.now() - started };
    // A regex in the worker is bounded by the poll, which the ready timeout bounds.
    const deadline = { at: started + timeoutMs, limitMs: timeoutMs };
    const assertions = await evaluate(ready.assertions, { timings, statusCode: response.statusCode, headers, body, ...(unreadable ? { bodyUnreadable: unreadable } : {}) }, deadline);
    const statusOk = ready.status !== undefined ? response.statusCode === ready.status : ready.assertions.length > 0 || response.statusCode < 500;
    const failed = assertions.filter((a) => !a.passed);
    const seen = [`status ${response.statusCode}`, ...failed.map(describeFailure)].join('; ');
    return { ready: statusOk && failed.length === 0, seen, assertions, timedOut: false };
  } catch (error) {
    // The poll's own deadline (the next poll, or the end of ready.timeout), not the preview's fault as such.
    if (signal.aborted) return { ready: false, seen: `no complete answer within ${Math.round(timeoutMs)} ms`, assertions: [], timedOut: true };
    const { category, code, message } = classify(error).toInfo();
    return { ready: false, seen: `${category === code ? category : `${category}:${code}`}, ${message}`, assertions: [], timedOut: false };
  } finally {
    await client.close().catch(() => undefined);
  }
}
