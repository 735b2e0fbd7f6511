import type { Assertion, Observation } from '../model.js';
import { decodeText } from '../checks/http-text.js';
import { jsonQuery } from './json-query.js';
import { maySelectSeveral } from './plain-path.js';
import { several } from './operators.js';
import { schemaErrors } from './json-schema.js';
import type { BodyReading, Extractor } from './types.js';

export const HTTP_EXTRACTORS: Record<string, Extractor> = {
  statusCode: (_, observation) => observation.statusCode,
  responseTime: (_, observation) => observation.timings.total,
  header: (assertion, observation) => observation.headers?.[String(assertion.property).toLowerCase()],
  body: (_, observation, reading) => bodyText(observation, reading),
  jsonpath: (assertion, observation, reading) => queryJson(assertion.path ?? '$', parseJson(observation, reading)),
  // The hash of the body with its Content-Encoding undone: of the file the server serves, as `curl --compressed | sha256sum` gives it.
  bodyHash: (assertion, observation) => {
    const body = readableBody(observation);
    return body ? process.getBuiltinModule('node:crypto').createHash(String(assertion.property)).update(body).digest('hex') : undefined;
  },
  jsonSchema: (assertion, observation, reading) => validity(assertion, observation, reading),
};

/** The body as text (its Content-Encoding undone, decoded per its charset), or a thrown reason why it cannot be judged. */
export function bodyText(observation: Observation, reading: BodyReading): string | undefined {
  if (reading.text !== undefined) return reading.text;
  const body = readableBody(observation);
  if (!body) return undefined;
  const decoded = decodeText(body, observation.headers?.['content-type']);
  if (decoded.problem !== undefined) throw new Error(decoded.problem);
  return (reading.text = decoded.text);
}

/** The body, or a thrown reason when it is still encoded with a coding probegate cannot undo. */
function readableBody(observation: Observation): Buffer | undefined {
  if (observation.bodyUnreadable) throw new Error(observation.bodyUnreadable);
  return observation.body;
}

/** The body as JSON, or a thrown explanation the evaluator reports as the assertion's message. */
export function parseJson(observation: Observation, reading: BodyReading): unknown {
  let document = reading.document;
  if (!document) {
    const text = bodyText(observation, reading) ?? '';
    try {
      document = { json: JSON.parse(text) };
    } catch {
      document = { notJson: `the body is not JSON (starts with ${JSON.stringify(text.slice(0, 40))})` };
    }
    reading.document = document;
  }
  if ('notJson' in document) throw new Error(document.notJson);
  return document.json;
}

/**
 * The value at a JSONPath: one match gives the value, several a list marked as such (operators.ts
 * several), none undefined. One list matched by a path that may select several is marked too, as
 * the path's one value: `elements` then judges `$.items[*].tags` per item whether one item or two.
 */
export function queryJson(path: string, json: unknown): unknown {
  const matches = jsonQuery(path)(json);
  if (matches.length === 0) return undefined;
  if (matches.length > 1 || (Array.isArray(matches[0]) && maySelectSeveral(path))) return several(matches);
  return matches[0];
}

/** `valid`, or the schema errors joined (src/assertions/json-schema.ts). */
function validity(assertion: Assertion, observation: Observation, reading: BodyReading): string {
  return schemaErrors(assertion.target as object | boolean, parseJson(observation, reading));
}
