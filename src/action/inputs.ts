// The action's inputs, named once and parsed once into typed values (SPEC §4).
import { parseSelectors, selectorProblem } from '../gate.js';
import { isLocationName, LOCATION_FORMAT, parseLocationList, parseShard, SHARD_FORMAT, type Shard } from '../run/shard.js';
import { COMMENT_MODES, type CommentMode } from './comment.js';
import * as runner from './runner.js';

export const INPUT = {
  manifest: 'manifest',
  baseUrl: 'base-url',
  baselineUrl: 'baseline-url',
  baselineEnvironment: 'baseline-environment',
  failOn: 'fail-on',
  warnOn: 'warn-on',
  variables: 'variables',
  secretVariables: 'secret-variables',
  githubToken: 'github-token',
  comment: 'comment',
  concurrency: 'concurrency',
  reportPath: 'report-path',
  junitPath: 'junit-path',
  shard: 'shard',
  location: 'location',
  merge: 'merge',
  locations: 'locations',
  tags: 'tags',
} as const;

export const OUTPUT = {
  result: 'result',
  total: 'total',
  passed: 'passed',
  failed: 'failed',
  warned: 'warned',
  skipped: 'skipped',
  durationMs: 'duration-ms',
  categories: 'categories',
  reportPath: 'report-path',
  commentUrl: 'comment-url',
} as const;

export interface ActionInputs {
  readonly manifest: string;
  readonly baseUrl?: string;
  /** Compare with this deployment; beats the manifest's baseline.base_url and baseline-environment. */
  readonly baselineUrl?: string;
  /** Compare with the latest successful deployment of this GitHub environment. */
  readonly baselineEnvironment?: string;
  readonly failOn?: string[];
  readonly warnOn?: string[];
  readonly variables: Record<string, string>;
  readonly secretVariables: Record<string, string>;
  readonly githubToken: string;
  readonly comment: CommentMode;
  readonly concurrency: number;
  readonly reportPath: string;
  readonly junitPath?: string;
  readonly shard?: Shard;
  readonly location?: string;
  /** A glob of JSON reports to merge instead of running the manifest. */
  readonly merge?: string;
  /** The locations a merge expects (input locations): one without a report fails the merge. */
  readonly locations?: readonly string[];
  /** Run only the checks with one of these tags; undefined: every check. */
  readonly tags?: string[];
}

export class InputError extends Error {
  override readonly name = 'InputError';
}

export function readInputs(get: (name: string) => string = (name) => runner.getInput(name)): ActionInputs {
  const shard = parseShardInput(get(INPUT.shard));
  const location = parseLocationInput(get(INPUT.location));
  const merge = get(INPUT.merge).trim() || undefined;
  if (merge && (shard || location)) {
    throw new InputError('Input merge reads the reports of the shards and locations: set it in a job of its own, without shard or location.');
  }
  const locations = parseLocationsInput(get(INPUT.locations));
  if (locations && !merge) {
    throw new InputError('Input locations names the locations a merge expects: set it with merge, in the merge job (a job of the matrix names its own with location).');
  }
  // One job of a matrix writes no comment unless asked to: the merge job writes the one comment.
  const comment = get(INPUT.comment) || (shard || location ? 'never' : 'on-failure');
  if (!(COMMENT_MODES as readonly string[]).includes(comment)) {
    throw new InputError(`Input comment must be on-failure, always or never, not "${comment}".`);
  }
  return {
    manifest: get(INPUT.manifest) || '.github/probegate.yml',
    baseUrl: get(INPUT.baseUrl) || undefined,
    baselineUrl: parseHttpUrl(get(INPUT.baselineUrl), INPUT.baselineUrl),
    baselineEnvironment: get(INPUT.baselineEnvironment).trim() || undefined,
    failOn: parseGateInput(get(INPUT.failOn), INPUT.failOn),
    warnOn: parseGateInput(get(INPUT.warnOn), INPUT.warnOn),
    variables: parseKeyValues(get(INPUT.variables), INPUT.variables),
    secretVariables: parseKeyValues(get(INPUT.secretVariables), INPUT.secretVariables),
    githubToken: get(INPUT.githubToken),
    comment: comment as CommentMode,
    concurrency: parsePositiveInteger(get(INPUT.concurrency) || '8', INPUT.concurrency),
    reportPath: get(INPUT.reportPath) || 'probegate-report.json',
    junitPath: get(INPUT.junitPath) || undefined,
    shard,
    location,
    merge,
    ...(locations ? { locations } : {}),
    tags: parseTagsInput(get(INPUT.tags)),
  };
}

/** Tags separated by commas or new lines. */
function parseTagsInput(text: string): string[] | undefined {
  const tags = text.split(/[,\n]/).map((tag) => tag.trim()).filter(Boolean);
  return tags.length > 0 ? tags : undefined;
}

/** Selectors separated by commas, spaces or new lines; `#` comment lines are skipped, as in variables. */
function parseGateInput(text: string, inputName: string): string[] | undefined {
  const selectors = parseSelectors(withoutCommentLines(text));
  for (const selector of selectors ?? []) {
    const problem = selectorProblem(selector);
    if (problem) throw new InputError(`Input ${inputName}: ${problem}.`);
  }
  return selectors;
}

function withoutCommentLines(text: string): string {
  return text.split(/\r?\n/).filter((line) => !line.trim().startsWith('#')).join('\n');
}

/** `KEY=VALUE` lines; blank lines and `#` comments are skipped. */
export function parseKeyValues(text: string, inputName: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const equals = trimmed.indexOf('=');
    const key = trimmed.slice(0, equals).trim();
    if (equals <= 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
      throw new InputError(`Input ${inputName}, line ${index + 1}: expected KEY=VALUE with a KEY of letters, digits and _, got "${trimmed.slice(0, 40)}".`);
    }
    values[key] = trimmed.slice(equals + 1).trim();
  }
  return values;
}

export function parsePositiveInteger(text: string, inputName: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    throw new InputError(`Input ${inputName} must be a whole number of at least 1, not "${text}".`);
  }
  return value;
}

function parseHttpUrl(text: string, inputName: string): string | undefined {
  if (!text.trim()) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(text.trim());
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new InputError(`Input ${inputName} must be an http:// or https:// URL, not "${text}".`);
  }
  return text.trim();
}

function parseShardInput(text: string): Shard | undefined {
  if (!text) return undefined;
  const shard = parseShard(text);
  if (!shard) throw new InputError(`Input shard must be ${SHARD_FORMAT}, not "${text}".`);
  return shard;
}

function parseLocationInput(text: string): string | undefined {
  const name = text.trim();
  if (!name) return undefined;
  if (!isLocationName(name)) throw new InputError(`Input location must be ${LOCATION_FORMAT}, not "${text}".`);
  return name;
}

function parseLocationsInput(text: string): readonly string[] | undefined {
  if (!text.trim()) return undefined;
  const locations = parseLocationList(text);
  if (typeof locations === 'string') throw new InputError(`Input locations must be location names separated by commas, each ${LOCATION_FORMAT}, not "${text}": ${locations}.`);
  return locations;
}
