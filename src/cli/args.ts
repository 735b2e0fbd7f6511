// Parsing and validating the command line's options once, into typed values. Every problem is
// a UsageError: the command prints it and exits 2.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseSelectors, selectorProblem } from '../gate.js';
import { normalizeBaseUrl } from '../manifest/variables.js';
import type { Shard } from '../model.js';
import { isLocationName, LOCATION_FORMAT, parseShard, SHARD_FORMAT } from '../run/shard.js';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const DEFAULT_MANIFEST = '.github/probegate.yml';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with -h/--help, its errors turned into UsageErrors. */
export function parseCommandLine<O extends Options>(args: string[], options: O, maxPositionals: number) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs adds advice on `--` after the first sentence; the first sentence is what matters.
    throw new UsageError((error as Error).message.split(/\.\s|\n/)[0]!);
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`unexpected argument "${parsed.positionals[maxPositionals]}"`);
  }
  return parsed;
}

/** `--var K=V`, repeatable. */
export function parseVars(pairs: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const pair of pairs) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(pair);
    if (!match) throw new UsageError(`--var ${pair}: expected NAME=VALUE, with a name of letters, digits and _`);
    values[match[1]!] = match[2]!;
  }
  return values;
}

export function parseConcurrency(text: string | undefined, fallback = 8): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 256) {
    throw new UsageError(`--concurrency ${text}: expected a whole number from 1 to 256`);
  }
  return value;
}

/** `--fail-on SSL,TIMEOUT:REQUEST_TIMEOUT` (repeatable): `all`, a category or CATEGORY:CODE. */
export function parseGateOption(option: string, values: readonly string[] | undefined): string[] | undefined {
  const selectors = parseSelectors((values ?? []).join(','));
  for (const selector of selectors ?? []) {
    const problem = selectorProblem(selector);
    if (problem) throw new UsageError(`--${option}: ${problem}`);
  }
  return selectors;
}

/** `--shard i/n`. */
export function parseShardOption(text: string | undefined): Shard | undefined {
  if (text === undefined) return undefined;
  const shard = parseShard(text);
  if (!shard) throw new UsageError(`--shard ${text}: expected ${SHARD_FORMAT}`);
  return shard;
}

/** `--location NAME`. */
export function parseLocationOption(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (!isLocationName(text)) throw new UsageError(`--location ${text}: expected ${LOCATION_FORMAT}`);
  return text;
}

/** `--tag smoke,api` (repeatable): the checks with any of these tags. */
export function parseTags(values: readonly string[] | undefined): string[] | undefined {
  const tags = (values ?? []).flatMap((value) => value.split(',')).map((tag) => tag.trim()).filter(Boolean);
  return tags.length > 0 ? tags : undefined;
}

/** `--grep REGEX`: the checks whose name matches. */
export function parseGrep(text: string | undefined): RegExp | undefined {
  if (text === undefined) return undefined;
  try {
    return new RegExp(text);
  } catch (error) {
    throw new UsageError(`--grep ${text}: not a regular expression (${(error as Error).message})`);
  }
}

/** The base URL as given, without a trailing slash, so `{{ BASE_URL }}/path` has one slash. */
export function parseBaseUrl(text: string | undefined, option = 'base-url'): string | undefined {
  if (text === undefined) return undefined;
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
  } catch {
    throw new UsageError(`--${option} ${text}: expected an http:// or https:// URL`);
  }
  return normalizeBaseUrl(text);
}

/** BASE_URL from the option; SHA, REPOSITORY and PR_NUMBER only when a GitHub runner set them. */
export function builtinVariables(baseUrl: string | undefined, env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const pullRequest = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
  return {
    BASE_URL: baseUrl,
    SHA: env.GITHUB_SHA || undefined,
    REPOSITORY: env.GITHUB_REPOSITORY || undefined,
    PR_NUMBER: pullRequest?.[1],
  };
}
