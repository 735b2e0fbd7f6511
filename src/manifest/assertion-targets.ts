// An assertion's operator and target checked against its type at load time (SPEC §3), so a
// typo is a problem at its line rather than a comparison that fails, or passes, at run time.
// (The tcp check itself refuses a `connection` target that is no outcome.)
import { isIP } from 'node:net';
import { patternProblem } from '../assertions/pattern.js';
import { tlsVersion } from '../assertions/ssl.js';
import { InvalidField } from '../checks/types.js';
import { OPERATORS as ALL_OPERATORS, type Operator } from '../model.js';
import { parseDuration } from './duration.js';
import { closest } from './suggest.js';
import type { Path } from './positions.js';

const NUMERIC: readonly Operator[] = ['lessThan', 'lessThanOrEqual', 'moreThan', 'moreThanOrEqual'];
const EQUALITY: readonly Operator[] = ['is', 'isNot'];
const TEXT: readonly Operator[] = ['is', 'isNot', 'contains', 'doesNotContain', 'matches', 'doesNotMatch'];
const REGEX: readonly Operator[] = ['matches', 'doesNotMatch'];

type Kind = 'time' | 'number' | 'days' | 'status' | 'text' | 'value' | 'hash' | 'schema' | 'version' | 'connection' | 'health';

/** What each assertion type compares, which decides its operators and the form of its target. */
const KINDS: Record<string, Kind> = {
  responseTime: 'time',
  latency: 'time',
  packetLossPercentage: 'number',
  packetsReceived: 'number',
  certificate: 'days',
  statusCode: 'status',
  header: 'text',
  body: 'text',
  receivedMessage: 'text',
  grpcMetadata: 'text',
  property: 'text',
  recordSome: 'text',
  recordEvery: 'text',
  jsonpath: 'value',
  grpcProto: 'value',
  bodyHash: 'hash',
  jsonSchema: 'schema',
  tlsVersion: 'version',
  minTlsVersion: 'version',
  connection: 'connection',
  grpcHealthcheckStatus: 'health',
};

const OPERATORS: Record<Kind, readonly Operator[]> = {
  time: NUMERIC,
  number: [...EQUALITY, ...NUMERIC],
  days: ['isInMoreThan', 'isInLessThan', ...NUMERIC],
  status: [...EQUALITY, ...NUMERIC, ...REGEX],
  text: [...TEXT, 'doesNotExist'],
  value: [...TEXT, ...NUMERIC, 'doesNotExist'],
  hash: TEXT,
  schema: EQUALITY,
  version: [...TEXT, ...NUMERIC],
  connection: EQUALITY,
  health: EQUALITY,
};


export interface RawAssertion {
  readonly type: string;
  readonly operator: Operator;
  readonly target?: unknown;
  readonly property?: unknown;
  readonly path?: unknown;
  readonly elements?: unknown;
}

/**
 * The assertion's target as the run compares it (durations in milliseconds, numeric strings as
 * numbers), or an InvalidField at the part of the assertion that is wrong.
 */
export function checkAssertion(assertion: RawAssertion, at: Path): unknown {
  // Own keys only: a type such as `constructor` is unknown, not Object's.
  const kind = Object.hasOwn(KINDS, assertion.type) ? KINDS[assertion.type] : undefined;
  if (!kind) return assertion.target; // the schema reports an unknown type
  const { operator, target } = assertion;
  // An operator that is no operator at all is the schema's to report.
  if ((ALL_OPERATORS as readonly string[]).includes(operator) && !OPERATORS[kind].includes(operator)) {
    throw new InvalidField([...at, 'operator'], `${assertion.type} does not support the operator ${operator} (use ${OPERATORS[kind].join(', ')})`);
  }
  // The paths of the fields at fault are made only for a problem: every assertion of a large manifest comes here.
  if (kind === 'hash') checkHash(assertion.property, at);
  if (assertion.elements !== undefined && (assertion.type === 'recordSome' || assertion.type === 'recordEvery')) {
    throw new InvalidField([...at, 'elements'], `${assertion.type} already says how the records are judged: drop elements (recordEvery asks every record, recordSome one)`);
  }
  if (assertion.type === 'recordSome' || assertion.type === 'recordEvery') checkRecordAssertion(assertion, at);
  if ((assertion.type === 'jsonpath' || assertion.type === 'grpcProto') && assertion.path !== undefined) checkJsonPath(String(assertion.path), at);
  if (operator === 'doesNotExist') return target;
  if (REGEX.includes(operator)) return checkRegex(target, at);
  if (kind === 'time') return timeTarget(target, at);
  // A TLS version compared by number may be written by its name (moreThanOrEqual TLSv1.2).
  const named = kind === 'version' && NUMERIC.includes(operator) && typeof target === 'string' ? tlsVersion(target) : undefined;
  if (named) return named.number;
  if (NUMERIC.includes(operator) || operator === 'isInMoreThan' || operator === 'isInLessThan' || kind === 'number') return numberTarget(target, at, operator);
  if (kind === 'status') return statusTarget(target, at);
  if (kind === 'health') return healthTarget(target, at);
  if (kind === 'version' && EQUALITY.includes(operator)) checkVersionTarget(target, at);
  if (kind !== 'schema' && kind !== 'value' && (target === null || typeof target === 'object')) {
    throw new InvalidField([...at, 'target'], `${assertion.type} ${operator} compares with text or a number, not ${target === null ? 'null' : 'a list or map'}`);
  }
  return target;
}

const NEGATIVE: readonly Operator[] = ['isNot', 'doesNotContain', 'doesNotMatch'];

/**
 * recordSome with a negative operator passes whenever one record is not the target, so on any
 * answer with another record (1.2.3.4 and 6.6.6.6 pass `recordSome isNot 6.6.6.6`): refused,
 * for recordEvery, which says what it means. An A or AAAA record is compared as a whole address
 * by is and isNot (assertions/dns-records.ts), so their target must be one.
 */
function checkRecordAssertion(assertion: RawAssertion, at: Path): void {
  const { operator, target } = assertion;
  if (assertion.type === 'recordSome' && NEGATIVE.includes(operator)) {
    throw new InvalidField([...at, 'operator'], `recordSome ${operator} passes as soon as one record is not what the target names, so it passes whenever another record exists: use recordEvery ${operator}, which asks it of every record`);
  }
  const family = String(assertion.property).toUpperCase() === 'A' ? 4 : String(assertion.property).toUpperCase() === 'AAAA' ? 6 : 0;
  if (family === 0 || !EQUALITY.includes(operator) || (typeof target === 'string' && target.includes('{{'))) return;
  if (isIP(String(target)) !== family) {
    throw new InvalidField([...at, 'target'], `${JSON.stringify(target) ?? 'nothing'} is not an IPv${family} address: ${assertion.type} ${operator} compares a whole ${family === 4 ? 'A' : 'AAAA'} record (use contains or matches for a part)`);
  }
}

/**
 * `is` / `isNot` compare a whole TLS version: a target that names none (`TLS_1.0`, `v1.0`) would
 * never be equal, and `isNot` would pass whatever the server speaks.
 */
function checkVersionTarget(target: unknown, at: Path): void {
  if (typeof target === 'string' && (target.includes('{{') || /^\s*SSLv3\s*$/i.test(target))) return;
  if ((typeof target === 'string' || typeof target === 'number') && tlsVersion(String(target))) return;
  throw new InvalidField([...at, 'target'], `${JSON.stringify(target) ?? 'nothing'} is not a TLS version: write TLSv1.2, TLSv1.3 (TLSv1 or TLSv1.0 for TLS 1.0), or the number, 1.2`);
}

function timeTarget(target: unknown, at: Path): number {
  let ms: number;
  try {
    ms = typeof target === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(target) ? Number(target) : parseDuration(target, NaN);
  } catch {
    ms = NaN;
  }
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
    throw new InvalidField([...at, 'target'], `${JSON.stringify(target)} is not a time: give milliseconds (800) or a duration (800ms, 1.5s)`);
  }
  return ms;
}

/** grpc.health.v1's ServingStatus values: the only statuses a health check can report. */
export const HEALTH_STATUSES = ['UNKNOWN', 'SERVING', 'NOT_SERVING', 'SERVICE_UNKNOWN'] as const;

/**
 * A grpcHealthcheckStatus target: one of the ServingStatus names, in any case (written as the
 * enum spells it, so `is serving` holds on SERVING); anything else is a problem at its line, since
 * `isNot NOT_SERVNG` would otherwise pass whatever the service answers. A target that uses a value
 * only a multistep step extracts (`{{ NAME }}`) is judged as it comes.
 */
function healthTarget(target: unknown, at: Path): unknown {
  if (typeof target === 'string' && target.includes('{{')) return target;
  const text = typeof target === 'string' ? target.trim() : undefined;
  const named = text === undefined ? undefined : HEALTH_STATUSES.find((status) => status === text.toUpperCase());
  if (named) return named;
  const guess = text ? closest(text.replace(/[\s-]+/g, '_'), HEALTH_STATUSES) : undefined;
  const hint = guess ? `did you mean ${guess}? ` : '';
  throw new InvalidField([...at, 'target'], `${JSON.stringify(target) ?? 'nothing'} is not a gRPC health status: ${hint}(use ${HEALTH_STATUSES.join(', ')})`);
}

function numberTarget(target: unknown, at: Path, operator: Operator): number {
  const value = typeof target === 'number' ? target : typeof target === 'string' && target.trim() !== '' ? Number(target) : NaN;
  if (!Number.isFinite(value)) throw new InvalidField([...at, 'target'], `${operator} compares numbers: ${JSON.stringify(target) ?? 'nothing'} is not a number`);
  return value;
}

function statusTarget(target: unknown, at: Path): number {
  const value = typeof target === 'number' ? target : typeof target === 'string' && /^\s*\d+\s*$/.test(target) ? Number(target) : NaN;
  if (!Number.isInteger(value) || value < 100 || value > 599) {
    throw new InvalidField([...at, 'target'], `${JSON.stringify(target) ?? 'nothing'} is not an HTTP status code (a whole number from 100 to 599; use matches for a pattern such as ^2)`);
  }
  return value;
}

function checkRegex(target: unknown, at: Path): unknown {
  if (target === null || typeof target === 'object') throw new InvalidField([...at, 'target'], 'matches takes a regular expression as text');
  const problem = patternProblem(String(target));
  if (problem) throw new InvalidField([...at, 'target'], problem);
  return target;
}

let hashes: Set<string> | undefined;
function checkHash(property: unknown, at: Path): void {
  hashes ??= new Set(process.getBuiltinModule('node:crypto').getHashes().map((name) => name.toLowerCase()));
  if (!hashes.has(String(property).toLowerCase())) throw new InvalidField([...at, 'property'], `"${String(property)}" is not a hash algorithm Node knows (use md5, sha1 or sha256)`);
}

// Manifests repeat the same few paths ($.status) over hundreds of checks: each is judged once ('' for a good one).
const misreadPaths = new Map<string, string>();

/** JSONPath that jsonpath-plus would misread: not starting at `$`, or brackets, parentheses and quotes that do not close (`at`: the assertion's path). */
export function checkJsonPath(path: string, at: Path): void {
  let problem = misreadPaths.get(path);
  if (problem === undefined) misreadPaths.set(path, (problem = jsonPathProblem(path) ?? ''));
  if (problem) throw new InvalidField([...at, 'path'], `"${path}" is not a JSONPath: ${problem}`);
}

function jsonPathProblem(path: string): string | undefined {
  if (!path.startsWith('$')) return 'it must start with $ (for example $.data.id)';
  const open: string[] = [];
  const closing: Record<string, string> = { '[': ']', '(': ')' };
  let quote: string | undefined;
  for (const char of path) {
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') quote = char;
    else if (char in closing) open.push(closing[char]!);
    else if (char === ']' || char === ')') {
      if (open.pop() !== char) return `an unexpected ${char}`;
    }
  }
  if (quote) return `a ${quote} that is not closed`;
  if (open.length > 0) return `a missing ${open.at(-1)}`;
  if (/\.$/.test(path) && !path.endsWith('..')) return 'it ends with a dot';
  return undefined;
}
