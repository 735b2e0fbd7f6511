// A WebSocket conversation (SPEC §7): `send` turns, and `receive` turns that take the next
// message, or with `until` skip messages (greetings, heartbeats) until one matches, within a
// time limit. Its assertions are judged here, turn by turn, and handed to the engine with the
// observation.
import type WebSocket from 'ws';
import { evaluate } from '../assertions/index.js';
import { checkAssertion } from '../manifest/assertion-targets.js';
import { parseDuration } from '../manifest/duration.js';
import { probeError } from '../errors/probe-error.js';
import type { Assertion, AssertionResult, Observation } from '../model.js';
import { truncate } from '../text.js';
import { InvalidField, type PrepareContext, type RunContext } from './types.js';

export interface Receive {
  readonly assertions: readonly Assertion[];
  readonly until: readonly Assertion[];
  readonly withinMs?: number;
  readonly line: number;
  /** Not written: the wait for an answer after the last `send` (SPEC §1), at that send's line. */
  readonly implicit?: true;
}

export type Turn = { readonly send: string } | { readonly receive: Receive };

/** What a turn's `header` and `responseTime` assertions are judged on: the handshake and the time so far. */
export interface Handshake {
  readonly headers: Readonly<Record<string, string>>;
}

export interface ConversationResult {
  /** The last message received, if any. */
  readonly last?: string;
  readonly assertions: readonly AssertionResult[];
  /** INCORRECT_ASSERTION when an expected message never came or never matched. */
  readonly failure?: Error;
}

// A receive without `within` waits for the rest of the attempt, less this margin, so that a
// message that never comes is reported as such rather than as the attempt's timeout.
const WITHIN_MARGIN_MS = 25;

/** The `messages` of a websocket request, with their assertions located in the manifest. */
export function prepareTurns(raw: unknown, context: PrepareContext): Turn[] {
  const list = Array.isArray(raw) ? (raw as Record<string, unknown>[]) : [];
  const turns: Turn[] = list.map((turn, index) => {
    const path = ['request', 'messages', index];
    if (typeof turn.send === 'string') return { send: turn.send };
    const receive = (turn.receive ?? {}) as Record<string, unknown>;
    const assertions = (key: string) =>
      (Array.isArray(receive[key]) ? (receive[key] as Record<string, unknown>[]) : []).map((a, i) => assertionAt(a, [...path, 'receive', key, i], context));
    try {
      return { receive: { assertions: assertions('assertions'), until: assertions('until'), withinMs: receive.within === undefined ? undefined : parseDuration(receive.within, 0), line: context.locate(path).line } };
    } catch (error) {
      if (error instanceof InvalidField) throw error;
      throw new InvalidField([...path, 'receive', 'within'], (error as Error).message);
    }
  });
  // A websocket check always waits for a message after sending (SPEC §1): a conversation that ends
  // with sends (or has no turn) waits for one more message, which the check's own assertions judge.
  const lastSend = turns.findLastIndex((turn) => 'send' in turn);
  const answered = turns.some((turn, index) => index > lastSend && 'receive' in turn);
  if (!answered) {
    const line = context.locate(lastSend >= 0 ? ['request', 'messages', lastSend] : ['request', 'messages']).line;
    turns.push({ receive: { assertions: [], until: [], line, implicit: true } });
  }
  return turns;
}

/** A turn's assertion, checked as a check's own are (its operator, its target: a pattern is text, a time a number). */
function assertionAt(raw: Record<string, unknown>, path: (string | number)[], context: PrepareContext): Assertion {
  const operator = raw.operator as Assertion['operator'];
  const target = checkAssertion({ type: String(raw.type), operator, target: raw.target, property: raw.property, elements: raw.elements }, path);
  if (raw.elements !== undefined && raw.elements !== 'every' && raw.elements !== 'some') {
    throw new InvalidField([...path, 'elements'], `must be every or some, not ${JSON.stringify(raw.elements)}`);
  }
  return {
    type: String(raw.type),
    operator,
    target,
    ...(typeof raw.property === 'string' ? { property: raw.property } : {}),
    ...(raw.elements === 'every' || raw.elements === 'some' ? { elements: raw.elements } : {}),
    location: context.locate(path),
  };
}

/** Collects messages as they come, so none is lost between turns. */
export class Inbox {
  private readonly queue: string[] = [];
  private waiter?: (message: string | undefined) => void;
  private closed = false;

  constructor(socket: WebSocket, decode: (data: WebSocket.RawData) => string) {
    socket.on('message', (data) => {
      const text = decode(data);
      if (this.waiter) this.waiter(text);
      else this.queue.push(text);
    });
  }

  /**
   * The attempt is over (its deadline, an error, the socket closed): the wait in progress ends now
   * and its timer with it, so that no timer of a finished check keeps the process alive.
   */
  close(): void {
    this.closed = true;
    this.waiter?.(undefined);
  }

  /** The next message, or undefined when none comes within `withinMs` (at once once closed). */
  next(withinMs: number): Promise<string | undefined> {
    const queued = this.queue.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.closed) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const timer = setTimeout(() => settle(undefined), withinMs);
      const settle = (message: string | undefined) => {
        clearTimeout(timer);
        this.waiter = undefined;
        resolve(message);
      };
      this.waiter = settle;
    });
  }
}

export async function converse(turns: readonly Turn[], socket: WebSocket, inbox: Inbox, context: RunContext, handshake: Handshake): Promise<ConversationResult> {
  const observed = (message: string | undefined) => observedAt(message, handshake, context);
  const results: AssertionResult[] = [];
  let last: string | undefined;
  for (const [index, turn] of turns.entries()) {
    if ('send' in turn) {
      socket.send(turn.send);
      continue;
    }
    const { receive } = turn;
    const withinMs = receive.withinMs ?? Math.max(0, context.deadline.remainingMs() - WITHIN_MARGIN_MS);
    const endsAt = performance.now() + withinMs;
    context.timer.waitingFor(`message ${index + 1} of the conversation`);
    // A regex in the worker is bounded by the attempt's own deadline, as a check's assertions are.
    const deadline = { at: performance.now() + context.deadline.remainingMs(), limitMs: context.deadline.limitMs };
    for (;;) {
      const message = await inbox.next(Math.max(0, endsAt - performance.now()));
      if (message === undefined) {
        results.push(...(await evaluate(receive.until, observed(last), deadline)).map((r) => ({ ...r, passed: false })));
        return { last, assertions: results, failure: neverCame(index, receive, withinMs, last) };
      }
      last = message;
      if (receive.until.length > 0 && !(await evaluate(receive.until, observed(message), deadline)).every((r) => r.passed)) continue;
      results.push(...(await evaluate(receive.assertions, observed(message), deadline)));
      break;
    }
  }
  return { last, assertions: results };
}

/**
 * What a turn's assertions are judged on: the message, the handshake's headers (as for the
 * check's own `header` assertions) and the time from the attempt's start to now (`responseTime`).
 */
function observedAt(message: string | undefined, handshake: Handshake, context: RunContext): Observation {
  return {
    timings: context.timer.timings(),
    statusCode: 101,
    headers: { ...handshake.headers },
    ...(message === undefined ? {} : { values: { receivedMessage: message } }),
  };
}

function neverCame(index: number, receive: Receive, withinMs: number, last: string | undefined): Error {
  const lastText = last === undefined ? 'no message was received' : `the last message received was ${JSON.stringify(truncate(last, 200))}`;
  if (receive.implicit) {
    return probeError(
      'INCORRECT_ASSERTION',
      'INCORRECT_ASSERTION',
      `No message came within ${Math.round(withinMs)} ms after the last send (line ${receive.line}): a websocket check waits for an answer to what it sends; ${lastText}`,
    );
  }
  const what = receive.until.length > 0 ? 'no message satisfied its `until` assertions' : 'no message came';
  return probeError('INCORRECT_ASSERTION', 'INCORRECT_ASSERTION', `Receive turn ${index + 1} (line ${receive.line}): ${what} within ${Math.round(withinMs)} ms; ${lastText}`);
}
