// One annotation per failing check, on the manifest line a person has to look at. The door
// writes them as workflow commands (@actions/core escapes %, CR, LF, and `:` `,` in properties).
import type { CheckResult, FailureLevel, ReadyResult, RunResult } from '../model.js';
import { truncate } from '../text.js';
import { errorLabel, failureLocation } from './details.js';
import { stripInvisible } from './escape.js';
import { capitalized, whereItFails } from './locations.js';
import { allowedFailures, checkTitle } from './steps.js';

export interface Annotation {
  readonly level: FailureLevel;
  readonly title: string;
  readonly message: string;
  readonly file: string;
  readonly line: number;
}

// The runner shows at most 10 annotations of each level per step and drops the rest silently.
export const SHOWN_PER_LEVEL = 10;
const LEVELS: readonly FailureLevel[] = ['error', 'warning', 'notice'];
const MESSAGE_CHARS = 4000;
const TITLE_CHARS = 200;

/**
 * One annotation per failed or warned check, errors first, then warnings, then notices, each
 * in manifest order, at the check's line (the failing assertion's line for
 * INCORRECT_ASSERTION). Past the runner's limits, the last shown annotation is a notice that
 * says how many more the job summary holds. `reservedErrors`, `reservedWarnings`: annotations the
 * door writes besides these (its failure line, the manifest's problems; a warning that the comment
 * could not be written), which must not be the ones dropped.
 */
export function buildAnnotations(run: RunResult, reservedErrors = 0, reservedWarnings = 0): Annotation[] {
  const ready = run.ready ? [readyAnnotation(run.ready)] : [];
  const all = LEVELS.flatMap((level) => [
    ...ready.filter((a) => a.level === level),
    ...run.checks.filter((c) => c.level === level && c.error !== null).map(annotationFor),
    // A step allowed to fail is a warning, whatever became of its check.
    ...(level === 'warning' ? run.checks.flatMap(allowedFailureAnnotations) : []),
  ]);
  const reserved = { error: reservedErrors, warning: reservedWarnings, notice: 0 };
  const roomFor = (level: FailureLevel) => Math.max(0, SHOWN_PER_LEVEL - reserved[level]);
  const overflowing = LEVELS.some((level) => all.filter((a) => a.level === level).length > roomFor(level));
  const shown: Annotation[] = [];
  for (const level of LEVELS) {
    // The overflow notice takes one of the notices' places.
    const room = level === 'notice' && overflowing ? SHOWN_PER_LEVEL - 1 : roomFor(level);
    shown.push(...all.filter((a) => a.level === level).slice(0, room));
  }
  const hidden = all.length - shown.length;
  if (hidden > 0) shown.push(overflowNotice(hidden, run.manifestFile));
  return shown;
}

function annotationFor(result: CheckResult): Annotation {
  const location = failureLocation(result);
  const places = whereItFails(result);
  return {
    level: result.level!,
    title: truncate(stripInvisible(`${errorLabel(result.error!)} · ${checkTitle(result)}`), TITLE_CHARS),
    message: truncate(stripInvisible(`${places ? `${capitalized(places)}: ` : ''}${result.error!.message}`), MESSAGE_CHARS),
    file: location.file,
    line: location.line,
  };
}

function allowedFailureAnnotations(result: CheckResult): Annotation[] {
  return allowedFailures(result).map((step) => {
    const failed = step.error!.category === 'INCORRECT_ASSERTION' ? step.assertions.find((a) => !a.passed) : undefined;
    return {
      level: 'warning',
      title: truncate(stripInvisible(`${errorLabel(step.error!)} · ${result.check.name} › ${step.name} (allowed to fail)`), TITLE_CHARS),
      message: truncate(stripInvisible(`This step failed; allow_failure let the sequence go on. ${step.error!.message}`), MESSAGE_CHARS),
      file: step.location.file,
      line: failed?.line ?? step.location.line,
    };
  });
}

/** The preview never became ready: one annotation at the `ready:` line, none per check (none ran). */
function readyAnnotation(ready: ReadyResult): Annotation {
  return {
    level: ready.level,
    title: `${errorLabel(ready.error)} · ready`,
    message: truncate(stripInvisible(ready.error.message), MESSAGE_CHARS),
    file: ready.location.file,
    line: ready.location.line,
  };
}

function overflowNotice(hidden: number, file: string): Annotation {
  const checks = `${hidden} more failing check${hidden === 1 ? '' : 's'}`;
  return {
    level: 'notice',
    title: `probegate: ${checks} in the job summary`,
    message: `${checks} ${hidden === 1 ? 'is' : 'are'} not annotated: GitHub shows at most ${SHOWN_PER_LEVEL} annotations of each level per step. The job summary lists every check with its error.`,
    file,
    line: 1,
  };
}
