import type { CheckResult, FailureLevel, RunResult } from '../model.js';

export interface Annotation {
  readonly level: FailureLevel;
  readonly title: string;
  readonly message: string;
  readonly file: string;
  readonly line: number;
}

// The runner shows at most 10 annotations of each level per step and drops the rest silently.
const SHOWN_PER_LEVEL = 10;
const RANK: Record<FailureLevel, number> = { error: 0, warning: 1, notice: 2 };

/**
 * One annotation per failing check, most severe first, at the check's line (the failing
 * assertion's line for INCORRECT_ASSERTION); past the runner's limits, one notice that says
 * how many more the job summary holds.
 */
export function buildAnnotations(run: RunResult): Annotation[] {
  const failing = run.checks
    .filter((c): c is CheckResult & { level: FailureLevel } => c.level !== undefined && c.error !== null)
    .sort((a, b) => RANK[a.level] - RANK[b.level]);
  const all = failing.map(annotationFor);
  const shown: Annotation[] = [];
  const perLevel: Record<FailureLevel, number> = { error: 0, warning: 0, notice: 0 };
  const overflowing = all.length > shownCount(all);
  for (const annotation of all) {
    const limit = annotation.level === 'notice' && overflowing ? SHOWN_PER_LEVEL - 1 : SHOWN_PER_LEVEL;
    if (perLevel[annotation.level] >= limit) continue;
    perLevel[annotation.level]++;
    shown.push(annotation);
  }
  const hidden = all.length - shown.length;
  if (hidden > 0) {
    shown.push({
      level: 'notice',
      title: `probegate: ${hidden} more failing check${hidden === 1 ? '' : 's'}`,
      message: `${hidden} more failing check${hidden === 1 ? ' is' : 's are'} not annotated here (GitHub shows at most ${SHOWN_PER_LEVEL} annotations per level); the job summary lists every check.`,
      file: run.manifestFile,
      line: 1,
    });
  }
  return shown;
}

function shownCount(all: readonly Annotation[]): number {
  const levels: FailureLevel[] = ['error', 'warning', 'notice'];
  return levels.reduce((sum, level) => sum + Math.min(SHOWN_PER_LEVEL, all.filter((a) => a.level === level).length), 0);
}

function annotationFor(result: CheckResult & { level: FailureLevel }): Annotation {
  const error = result.error!;
  const failedAssertion = error.category === 'INCORRECT_ASSERTION' ? result.assertions.find((a) => !a.passed) : undefined;
  const code = error.code !== error.category ? `:${error.code}` : '';
  return {
    level: result.level,
    title: `${error.category}${code} · ${result.check.name}`,
    message: error.message,
    file: result.check.location.file,
    line: failedAssertion?.line ?? result.check.location.line,
  };
}
