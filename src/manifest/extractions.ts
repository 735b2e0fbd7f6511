// A step's `extract` list, checked at load time: the source suits the step's type, the fields
// it needs are there, the regex compiles.
import { readPattern } from '../assertions/pattern.js';
import type { Extraction, ExtractionSource, StepType } from '../model.js';
import { jsonPathProblem } from './jsonpath.js';
import type { ManifestProblem } from './problem.js';
import { formatPath, type Path, type Positions } from './positions.js';

/** What each step type can extract from. */
const SOURCES: Partial<Record<StepType, readonly ExtractionSource[]>> = {
  http: ['status', 'header', 'cookie', 'body', 'jsonpath'],
  websocket: ['message', 'header', 'cookie'],
  grpc: ['message', 'metadata'],
  dns: ['record'],
};
const NEEDS_PROPERTY = new Set<ExtractionSource>(['header', 'cookie', 'metadata']);

export function resolveExtractions(raw: unknown, type: StepType, stepPath: Path, positions: Positions, problems: ManifestProblem[]): Extraction[] {
  const list = Array.isArray(raw) ? (raw as Record<string, unknown>[]) : [];
  return list.map((entry, index) => {
    const path = [...stepPath, 'extract', index];
    const problem = (message: string) => problems.push({ location: positions.locate(path), message: `${formatPath(path)}: ${message}` });
    const from = entry.from as ExtractionSource;
    const allowed = SOURCES[type] ?? [];
    if (!allowed.includes(from)) {
      problem(allowed.length === 0 ? `a ${type} step has nothing to extract from` : `a ${type} step extracts from ${allowed.join(', ')}, not ${from}`);
    }
    if (from === 'jsonpath' && typeof entry.path !== 'string') problem('from: jsonpath needs a `path` (for example $.token)');
    const pathProblem = typeof entry.path === 'string' ? jsonPathProblem(entry.path) : undefined;
    if (pathProblem) problem(`path: ${pathProblem}`);
    if (NEEDS_PROPERTY.has(from) && typeof entry.property !== 'string') problem(`from: ${from} needs a \`property\` (the ${from} name)`);
    return {
      name: String(entry.name),
      from,
      ...(typeof entry.path === 'string' ? { path: entry.path } : {}),
      ...(typeof entry.property === 'string' ? { property: entry.property } : {}),
      ...(typeof entry.regex === 'string' ? { regex: compile(entry.regex, [...path, 'regex'], positions, problems) } : {}),
      secret: entry.secret === true,
      location: positions.locate(path),
    };
  });
}

function compile(source: string, path: Path, positions: Positions, problems: ManifestProblem[]): RegExp | undefined {
  const read = readPattern(source);
  if ('pattern' in read) return read.pattern;
  problems.push({ location: positions.locate(path), message: `${formatPath(path)}: ${read.problem}` });
  return undefined;
}
