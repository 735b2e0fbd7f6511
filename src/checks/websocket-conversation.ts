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

export type Turn =
  | { readonly send: string }
  | { readonly receive: { readonly assertions: readonly Assertion[]; readonly until: readonly Assertion[]; readonly withinMs?: number; readonly line: number } };

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
  return list.map((turn, index) => {
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

  constructor(socket: WebSocket, decode: (data: WebSocket.RawData) => string) {
    socket.on('message', (data) => {
      const text = decode(data);
      if (this.waiter) this.waiter(text);
      else this.queue.push(text);
    });
  }

  /** The next message, or undefined when none comes within `withinMs`. */
  next(withinMs: number): Promise<string | undefined> {
    const queued = this.queue.shift();
    if (queued !== undefined) return Promise.resolve(queued);
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

export async function converse(turns: readonly Turn[], socket: WebSocket, inbox: Inbox, context: RunContext): Promise<ConversationResult> {
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

function observed(message: string | undefined): Observation {
  return { timings: {}, ...(message === undefined ? {} : { values: { receivedMessage: message } }) };
}

function neverCame(index: number, receive: { until: readonly Assertion[]; line: number }, withinMs: number, last: string | undefined): Error {
  const what = receive.until.length > 0 ? 'no message satisfied its `until` assertions' : 'no message came';
  const lastText = last === undefined ? 'no message was received' : `the last message received was ${JSON.stringify(truncate(last, 200))}`;
  return probeError('INCORRECT_ASSERTION', 'INCORRECT_ASSERTION', `Receive turn ${index + 1} (line ${receive.line}): ${what} within ${Math.round(withinMs)} ms; ${lastText}`);
}
