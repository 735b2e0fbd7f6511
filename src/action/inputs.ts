// The action's inputs, named once and parsed once into typed values (SPEC §4).
import * as core from '@actions/core';
import { parseSelectors, selectorProblem } from '../gate.js';
import type { Shard } from '../run/shard.js';
import { COMMENT_MODES, type CommentMode } from './comment.js';

export const INPUT = {
  manifest: 'manifest',
  baseUrl: 'base-url',
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
  /** Run only the checks with one of these tags; undefined: every check. */
  readonly tags?: string[];
}

export class InputError extends Error {
  override readonly name = 'InputError';
}

export function readInputs(get: (name: string) => string = (name) => core.getInput(name)): ActionInputs {
  const comment = get(INPUT.comment) || 'on-failure';
  if (!(COMMENT_MODES as readonly string[]).includes(comment)) {
    throw new InputError(`Input comment must be on-failure, always or never, not "${comment}".`);
  }
  return {
    manifest: get(INPUT.manifest) || '.github/probegate.yml',
    baseUrl: get(INPUT.baseUrl) || undefined,
    failOn: parseGateInput(get(INPUT.failOn), INPUT.failOn),
    warnOn: parseGateInput(get(INPUT.warnOn), INPUT.warnOn),
    variables: parseKeyValues(get(INPUT.variables), INPUT.variables),
    secretVariables: parseKeyValues(get(INPUT.secretVariables), INPUT.secretVariables),
    githubToken: get(INPUT.githubToken),
    comment: comment as CommentMode,
    concurrency: parsePositiveInteger(get(INPUT.concurrency) || '8', INPUT.concurrency),
    reportPath: get(INPUT.reportPath) || 'probegate-report.json',
    junitPath: get(INPUT.junitPath) || undefined,
    shard: parseShard(get(INPUT.shard)),
    tags: parseTagsInput(get(INPUT.tags)),
  };
}

/** Tags separated by commas or new lines. */
function parseTagsInput(text: string): string[] | undefined {
  const tags = text.split(/[,\n]/).map((tag) => tag.trim()).filter(Boolean);
  return tags.length > 0 ? tags : undefined;
}

function parseGateInput(text: string, inputName: string): string[] | undefined {
  const selectors = parseSelectors(text);
  for (const selector of selectors ?? []) {
    const problem = selectorProblem(selector);
    if (problem) throw new InputError(`Input ${inputName}: ${problem}.`);
  }
  return selectors;
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

function parseShard(text: string): Shard | undefined {
  if (!text) return undefined;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new InputError(`Input shard must be i/n with 1 <= i <= n (for example 2/4), not "${text}".`);
  }
  return { index, count };
}
