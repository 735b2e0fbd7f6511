// What a step's `extract` takes from what it observed (SPEC §7): a string, or undefined when the
// value is not there. Reads the same Observation fields as the assertions of each type.
import type { Extraction, Observation } from '../model.js';
import { cookieValue } from '../net/cookies.js';
import { bodyText, parseJson } from './http.js';
import { jsonQuery } from './json-query.js';
import type { BodyReading } from './types.js';
import { boundedInline } from './regex-cost.js';

export interface Captured {
  readonly value?: string;
  /** Why nothing was captured, when more than "not there" can be said. */
  readonly reason?: string;
}

export function capture(extraction: Extraction, observation: Observation): Captured {
  let raw: unknown;
  let text: string;
  try {
    raw = read(extraction, observation, (observation.bodyReading ??= {}));
    if (raw === undefined || raw === null || raw === '') return {};
    // An empty list or map is an empty value too (a JSON [] or {}, a repeated field with no items): never the text "[]".
    if (typeof raw === 'object' && (Array.isArray(raw) ? raw.length === 0 : Object.keys(raw).length === 0)) {
      return { reason: `the value is an empty ${Array.isArray(raw) ? 'list' : 'object'}` };
    }
    // A value nested past JSON's own writer throws here (RangeError): nothing is captured, and the step says why.
    text = typeof raw === 'string' ? raw : JSON.stringify(raw);
  } catch (error) {
    return { reason: error instanceof RangeError ? 'the value is nested too deep to be written as text' : (error as Error).message };
  }
  if (!extraction.regex) return { value: text };
  if (!boundedInline(extraction.regex.source, text.length)) {
    return { reason: `the regex ${extraction.regex.source} could take too long on ${text.length} characters: use a simpler one (no nested or alternating repetition)` };
  }
  const match = extraction.regex.exec(text);
  if (!match) return { reason: `the regex ${extraction.regex.source} does not match` };
  // The first capture group when the regex has one (a group that took no part is nothing), else the whole match.
  const value = match.length > 1 ? match[1] : match[0];
  return value ? { value } : { reason: `the regex ${extraction.regex.source} captured nothing` };
}

function read(extraction: Extraction, observation: Observation, reading: BodyReading): unknown {
  const values = observation.values ?? {};
  switch (extraction.from) {
    case 'status':
      return observation.statusCode;
    case 'header':
      return observation.headers?.[String(extraction.property).toLowerCase()];
    case 'cookie':
      return cookieValue((values.setCookie as string[] | undefined) ?? [], String(extraction.property));
    case 'body':
      return bodyText(observation, reading);
    case 'jsonpath':
      return firstMatch(extraction.path!, parseJson(observation, reading));
    case 'message':
      return messageValue(extraction, values);
    case 'metadata':
      return (values.grpcMetadata as Record<string, string> | undefined)?.[String(extraction.property).toLowerCase()];
    case 'record':
      return Object.values((values.records ?? {}) as Record<string, string[]>).flat()[0];
  }
}

/** A gRPC response (as JSON), or the last WebSocket message, at `path` when given. */
function messageValue(extraction: Extraction, values: Record<string, unknown>): unknown {
  if (values.grpcResponse !== undefined) return extraction.path ? firstMatch(extraction.path, values.grpcResponse) : values.grpcResponse;
  const message = values.receivedMessage as string | undefined;
  if (message === undefined || !extraction.path) return message;
  let json: unknown;
  try {
    json = JSON.parse(message);
  } catch {
    throw new Error(`the last message is not JSON (starts with ${JSON.stringify(message.slice(0, 40))})`);
  }
  return firstMatch(extraction.path, json);
}

/** The first value at a JSONPath; filter scripts are never evaluated. */
function firstMatch(path: string, json: unknown): unknown {
  return jsonQuery(path)(json)[0];
}
