// `baseline:` of the manifest (SPEC §8), resolved once at load time: the settings validated at
// their lines, and for every compared check the two variants the sampler runs (the preview's and
// the baseline's, where {{ BASE_URL }} is the baseline URL), so nothing is re-parsed at run time.
import { keepingWholeBody } from '../checks/http-body.js';
// Not compare/index.js: the comparison itself is loaded only by a run that compares (run/pipeline.ts).
import { parseIgnorePath, type IgnorePattern } from '../compare/typed-path.js';
import { DEFAULT_LATENCY, DEFAULT_SAMPLES, type BaselineSettings } from '../compare/types.js';
import type { ResolvedCheck } from '../model.js';
import { isRecord } from './check-resolver.js';
import { durationProblem, parseDuration } from './duration.js';
import type { ManifestProblem } from './problem.js';
import { formatPath, type Path, type Positions } from './positions.js';
import { normalizeBaseUrl, VariableError, type Variables } from './variables.js';

export interface ResolvedBaseline extends BaselineSettings {
  /** `ignore`, parsed. */
  readonly ignorePatterns: readonly IgnorePattern[];
}

/** The two variants of one compared check, as the sampler runs them. */
export interface ComparedCheck {
  readonly preview: ResolvedCheck;
  readonly baseline: ResolvedCheck;
}

const USES_BASE_URL = /\{\{\s*BASE_URL\s*\}\}/;
const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * The baseline settings, or undefined when there is no baseline (no URL in `baseline:` nor from
 * the door) or when it has problems (then they are in `problems`, at their lines).
 * `urlFromDoor` (input baseline-url, --baseline-url, baseline-environment) beats `base_url`.
 */
export function resolveBaseline(
  raw: unknown,
  urlFromDoor: string | undefined,
  positions: Positions,
  variables: Variables,
  problems: ManifestProblem[],
): ResolvedBaseline | undefined {
  if (raw === undefined && urlFromDoor === undefined) return undefined;
  const block = isRecord(raw) ? raw : {};
  const own: ManifestProblem[] = [];
  const fail = (fieldPath: Path, message: string) => own.push({ location: positions.locate(fieldPath), message: `${formatPath(fieldPath)}: ${message}` });
  const baseUrl = baselineUrl(block.base_url, urlFromDoor, variables, fail);
  const latency = isRecord(block.latency) ? block.latency : {};
  const minDeltaMs = parseDuration(latency.min_delta, DEFAULT_LATENCY.minDeltaMs);
  const deltaProblem = durationProblem('baseline.latency.min_delta', minDeltaMs);
  if (deltaProblem) fail(['baseline', 'latency', 'min_delta'], deltaProblem);
  const ignore = Array.isArray(block.ignore) ? block.ignore.map(String) : [];
  const ignorePatterns = ignore.flatMap((source, i) => {
    const parsed = parseIgnorePath(source);
    if (parsed.ok) return [parsed.pattern];
    own.push({ location: positions.locate(['baseline', 'ignore', i]), message: parsed.message });
    return [];
  });
  // No URL from anywhere (a baseline-environment without a successful deployment, which the
  // action warns about): the run goes on without a comparison.
  problems.push(...own);
  if (own.length > 0 || baseUrl === undefined) return undefined;
  return {
    baseUrl,
    samples: typeof block.samples === 'number' ? block.samples : DEFAULT_SAMPLES,
    latency: { ratio: typeof latency.ratio === 'number' ? latency.ratio : DEFAULT_LATENCY.ratio, minDeltaMs },
    headers: Array.isArray(block.headers) ? block.headers.map((name) => String(name).toLowerCase()) : [],
    ignore,
    ignorePatterns,
  };
}

function baselineUrl(raw: unknown, urlFromDoor: string | undefined, variables: Variables, fail: (p: Path, m: string) => void): string | undefined {
  const fieldPath = ['baseline', 'base_url'];
  let text = urlFromDoor;
  if (text === undefined && typeof raw === 'string') {
    try {
      text = variables.resolve(raw);
    } catch (error) {
      if (!(error instanceof VariableError)) throw error;
      fail(fieldPath, error.message);
      return undefined;
    }
  }
  if (text === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    const from = urlFromDoor === undefined ? '' : ' (given by the baseline-url input or --baseline-url)';
    fail(fieldPath, `"${text}"${from} is not an http(s) URL`);
    return undefined;
  }
  return normalizeBaseUrl(text);
}

/**
 * Whether a check is compared: an http check whose URL uses {{ BASE_URL }}, with a GET or HEAD
 * request unless it says `compare: true`; `compare: false` never. Read from the manifest's text,
 * before variables are replaced.
 */
export function isCompared(raw: Readonly<Record<string, unknown>>): boolean {
  if (raw.type !== 'http' || raw.compare === false || raw.skip === true) return false;
  const request = isRecord(raw.request) ? raw.request : {};
  if (typeof request.url !== 'string' || !USES_BASE_URL.test(request.url)) return false;
  return raw.compare === true || SAFE_METHODS.has(String(request.method ?? 'GET').toUpperCase());
}

/**
 * The variants the sampler runs: both read the whole body (the shapes are compared) and are never
 * retried; the baseline's keeps only the status assertions, so a baseline that answers an error
 * status fails (the comparison is then inconclusive) while an assertion about what the preview
 * adds never does.
 */
export function comparedVariants(preview: ResolvedCheck, baseline: ResolvedCheck): ComparedCheck {
  const sampled = (check: ResolvedCheck): ResolvedCheck => ({ ...keepingWholeBody(check), retry: { count: 0, intervalMs: 0 } });
  const baselineVariant = sampled(baseline);
  return {
    preview: sampled(preview),
    baseline: { ...baselineVariant, assertions: baselineVariant.assertions.filter((a) => a.type === 'statusCode') },
  };
}
