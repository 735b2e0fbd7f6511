// `probegate run`: load a manifest, run it with a live progress line, print the table and the
// failures, write the reports, and exit by the gate.
import { loadManifest, ManifestError, type Manifest } from '../manifest/load.js';
import type { VariableSources } from '../manifest/variables.js';
import type { PipelineResult, RunResult, Shard } from '../model.js';
import { errorLabel } from '../errors/label.js';
import { renderJsonReport } from '../report/json.js';
import { runManifest } from '../run/pipeline.js';
import { SelectionError, type Selection } from '../run/select.js';
import { ReportWriteError, writeReports } from '../run/write-reports.js';
import {
  builtinVariables,
  DEFAULT_MANIFEST,
  parseBaseUrl,
  parseCommandLine,
  parseConcurrency,
  parseGateOption,
  parseLocationOption,
  parseShardOption,
  parseGrep,
  parseTags,
  parseVars,
  UsageError,
} from './args.js';
import { renderComparisonLines } from './comparison.js';
import { renderAllowedFailures, renderFailureDetails } from './details.js';
import { printable } from './style.js';
import { renderResultTable, renderRetried, renderVerdict } from './table.js';
import { onStderr, type Terminal } from './terminal.js';
import { formatProblems } from './validate.js';

export const RUN_HELP = `Usage: probegate run [manifest] [options]

Runs the checks of a manifest (default ${DEFAULT_MANIFEST}) and gates on
their errors.

Options:
  --base-url URL     the deployment to check, {{ BASE_URL }} in the manifest
  --baseline-url URL compare with this deployment (production): {{ BASE_URL }}
                     on the baseline side; beats the manifest's
                     baseline.base_url (docs/baseline.md)
  --fail-on LIST     error categories that fail the run, comma-separated: all,
                     a category (SSL) or CATEGORY:CODE (SSL:CERT_HAS_EXPIRED);
                     overrides the manifest's gate
  --warn-on LIST     error categories that only warn
  --var NAME=VALUE   set a variable (repeatable); overrides the manifest's
                     variables
  --json FILE        write the JSON report to FILE; with -, to stdout (the
                     table then goes to stderr, so probegate run --json - | jq
                     works)
  --junit FILE       write a JUnit XML report to FILE
  --concurrency N    how many checks run at once (default 8)
  --shard I/N        run only shard I of N (every N-th check), for a job
                     matrix; merge the reports with probegate merge
  --location NAME    where this run runs from (eu-west), recorded in the report
                     for merge
  --tag LIST         run only the checks with one of these tags (repeatable,
                     comma-separated); the others are not run and not counted
  --grep REGEX       run only the checks whose name matches REGEX
  -h, --help         show this help

{{ env.NAME }} reads the environment. SHA, REPOSITORY and PR_NUMBER are known
only when GITHUB_SHA, GITHUB_REPOSITORY and GITHUB_REF are set.

Colour: FORCE_COLOR (1, 2, 3, true or empty) turns it on, even with NO_COLOR;
FORCE_COLOR=0, NO_COLOR or NODE_DISABLE_COLORS turn it off; otherwise only a
terminal is coloured. On a terminal, lines fit its width.

Exit status: 0 the gate passed, 1 the gate failed, 2 the manifest has problems,
the arguments are unusable or --tag / --grep select no check (the checks a
problem does not concern still run and are reported first).`;

const RUN_OPTIONS = {
  'base-url': { type: 'string' },
  'baseline-url': { type: 'string' },
  'fail-on': { type: 'string', multiple: true },
  'warn-on': { type: 'string', multiple: true },
  var: { type: 'string', multiple: true },
  json: { type: 'string' },
  junit: { type: 'string' },
  concurrency: { type: 'string' },
  shard: { type: 'string' },
  location: { type: 'string' },
  tag: { type: 'string', multiple: true },
  grep: { type: 'string' },
} as const;

const JSON_TO_STDOUT = '-';

/** The report files asked for; `-` as jsonFile is stdout. */
export interface ReportOptions {
  readonly jsonFile?: string;
  readonly junitFile?: string;
}

export interface RunSettings extends ReportOptions {
  readonly failOn?: readonly string[];
  readonly warnOn?: readonly string[];
  readonly concurrency: number;
  readonly shard?: Shard;
  readonly location?: string;
  readonly selection?: Selection;
}

export async function runCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseCommandLine(args, RUN_OPTIONS, 1);
  if (values.help) {
    terminal.print(RUN_HELP);
    return 0;
  }
  const settings: RunSettings = {
    failOn: parseGateOption('fail-on', values['fail-on']),
    warnOn: parseGateOption('warn-on', values['warn-on']),
    concurrency: parseConcurrency(values.concurrency),
    jsonFile: values.json,
    junitFile: values.junit,
    shard: parseShardOption(values.shard),
    location: parseLocationOption(values.location),
    selection: { tags: parseTags(values.tag), grep: parseGrep(values.grep) },
  };
  const manifestPath = positionals[0] ?? DEFAULT_MANIFEST;
  const manifest = await loadForRun(manifestPath, manifestPath, terminal, {
    builtins: builtinVariables(parseBaseUrl(values['base-url']), process.env),
    inputs: parseVars(values.var),
    secretInputs: {},
    env: process.env,
  }, parseBaseUrl(values['baseline-url'], 'baseline-url'));
  if (!manifest) return 2;
  const run = await runAndReport(manifest, settings, terminal);
  if (manifest.problems.length > 0) {
    // The valid checks ran and are reported above; the problems come last, where they are seen.
    const { errorStyle } = terminal;
    for (const line of formatProblems(manifest.problems, errorStyle)) terminal.error(line);
    const count = `${manifest.problems.length} problem${manifest.problems.length === 1 ? '' : 's'}`;
    const outcome = manifest.problemsOutsideChecks.length === manifest.problems.length ? 'the run fails until they are corrected' : 'the checks they concern were not run';
    terminal.error(`${errorStyle.red('✗')} ${printable(manifest.file)} has ${count}: ${outcome}`);
    return 2;
  }
  return run.result === 'pass' ? 0 : 1;
}

/** Loads a manifest; an unusable one is printed with its problems and gives undefined. */
export async function loadForRun(
  manifestPath: string,
  displayPath: string,
  terminal: Terminal,
  variables: Omit<VariableSources, 'manifest'>,
  baselineUrl?: string,
): Promise<Manifest | undefined> {
  try {
    return await loadManifest({ path: manifestPath, displayPath, variables, ...(baselineUrl ? { baselineUrl } : {}) });
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    const { errorStyle } = terminal;
    for (const line of formatProblems(error.problems, errorStyle)) terminal.error(line);
    terminal.error(`${errorStyle.red('✗')} ${printable(error.message)} (nothing was run)`);
    return undefined;
  }
}

/** Runs every check, prints the result and writes the reports asked for. */
export async function runAndReport(manifest: Manifest, settings: RunSettings, output: Terminal): Promise<PipelineResult> {
  // `--json -`: the report owns stdout, so everything meant for a person goes to stderr.
  const terminal = settings.jsonFile === JSON_TO_STDOUT ? onStderr(output) : output;
  const waiting = manifest.ready ? `waiting for ${manifest.ready.url.href} to answer…` : undefined;
  const run = await runManifest(manifest, {
    gate: settings,
    concurrency: settings.concurrency,
    shard: settings.shard,
    location: settings.location,
    selection: settings.selection,
    onStart: (total) => terminal.progress.start(total, waiting ?? `running ${total} check${total === 1 ? '' : 's'}…`),
    onCheckDone: (outcome, done, total, awaitsComparison) => terminal.progress.checkDone(outcome, done, total, awaitsComparison),
    onCompareStart: (checks) => terminal.progress.comparing(checks),
  }).catch((error: unknown) => {
    // Nothing selected is a usage problem (exit 2), never a run that passes with no check.
    throw error instanceof SelectionError ? new UsageError(error.message) : error;
  });
  terminal.progress.clear();
  printAndWrite(run, settings, output);
  return run;
}

/** The reports a run or a merge gives: the table and failures, then the --json and --junit files. */
export function printAndWrite(run: PipelineResult, files: ReportOptions, output: Terminal): void {
  const terminal = files.jsonFile === JSON_TO_STDOUT ? onStderr(output) : output;
  printRun(run, terminal);
  for (const file of writeReportFiles(run, files)) terminal.print(terminal.style.dim(`Wrote ${file}`));
  if (files.jsonFile === JSON_TO_STDOUT) output.write(JSON.stringify(renderJsonReport(run), null, 2));
}

export function printRun(run: RunResult, terminal: Terminal): void {
  const { style } = terminal;
  terminal.print(...renderResultTable(run, style, terminal.width), ...renderRetried(run, style), '');
  const comparison = renderComparisonLines(run, style, terminal.width !== undefined);
  if (comparison.length > 0) terminal.print(...comparison, '');
  if (run.ready) {
    const paint = run.ready.status === 'failed' ? style.red : style.yellow;
    const where = `${run.ready.location.file}:${run.ready.location.line}`;
    terminal.print(`${paint(`${run.ready.status === 'failed' ? '✗' : '!'} ready`)}  ${paint(errorLabel(run.ready.error))}  ${style.dim(printable(where))}`, `  ${printable(run.ready.error.message)}`, '');
  }
  const failures = [...run.checks.filter((c) => c.status === 'failed'), ...run.checks.filter((c) => c.status === 'warned')];
  for (const result of failures) terminal.print(...renderFailureDetails(result, style), '');
  for (const result of run.checks.filter((c) => c.status === 'passed')) {
    const lines = renderAllowedFailures(result, style);
    if (lines.length > 0) terminal.print(...lines, '');
  }
  terminal.print(renderVerdict(run, style));
}

/** The --json and --junit files; one that cannot be written is a usage error naming its option. */
function writeReportFiles(run: PipelineResult, files: ReportOptions): string[] {
  const json = files.jsonFile === JSON_TO_STDOUT ? undefined : files.jsonFile;
  try {
    return writeReports(run, { json, junit: files.junitFile });
  } catch (error) {
    if (!(error instanceof ReportWriteError)) throw error;
    throw new UsageError(`--${error.kind} ${error.file}: cannot write the report (${(error.cause as Error).message})`);
  }
}
