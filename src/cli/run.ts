// `probegate run`: load a manifest, run it with a live progress line, print the table and the
// failures, write the reports, and exit by the gate.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runChecks } from '../engine/run.js';
import { applyGate, resolveGate } from '../gate.js';
import { loadManifest, ManifestError, type Manifest } from '../manifest/load.js';
import type { VariableSources } from '../manifest/variables.js';
import type { RunResult, Shard } from '../model.js';
import { renderJsonReport } from '../report/json.js';
import { runContext } from '../run/context.js';
import { selectShard } from '../run/shard.js';
import { renderJunit } from '../report/junit.js';
import {
  builtinVariables,
  DEFAULT_MANIFEST,
  parseBaseUrl,
  parseCommandLine,
  parseConcurrency,
  parseGateOption,
  parseLocationOption,
  parseShardOption,
  parseVars,
  UsageError,
} from './args.js';
import { renderFailureDetails } from './details.js';
import { printable } from './style.js';
import { renderResultTable, renderVerdict } from './table.js';
import type { Terminal } from './terminal.js';
import { formatProblems } from './validate.js';

export const RUN_HELP = `Usage: probegate run [manifest] [options]

Runs the checks of a manifest (default ${DEFAULT_MANIFEST}) and gates on their errors.

Options:
  --base-url URL     the deployment to check, {{ BASE_URL }} in the manifest
  --fail-on LIST     error categories that fail the run, comma-separated: all, a category
                     (SSL) or CATEGORY:CODE (SSL:CERT_HAS_EXPIRED); overrides the manifest's gate
  --warn-on LIST     error categories that only warn
  --var NAME=VALUE   set a variable (repeatable); overrides the manifest's variables
  --json FILE        write the JSON report to FILE
  --junit FILE       write a JUnit XML report to FILE
  --concurrency N    how many checks run at once (default 8)
  --shard I/N        run only shard I of N (every N-th check), for a job matrix; merge the
                     reports with probegate merge
  --location NAME    where this run runs from (eu-west), recorded in the report for merge
  -h, --help         show this help

{{ env.NAME }} reads the environment. SHA, REPOSITORY and PR_NUMBER are known only when
GITHUB_SHA, GITHUB_REPOSITORY and GITHUB_REF are set. Colour is off when the output is not
a terminal or NO_COLOR is set.

Exit status: 0 the gate passed, 1 the gate failed, 2 the manifest or the arguments are unusable.`;

const RUN_OPTIONS = {
  'base-url': { type: 'string' },
  'fail-on': { type: 'string', multiple: true },
  'warn-on': { type: 'string', multiple: true },
  var: { type: 'string', multiple: true },
  json: { type: 'string' },
  junit: { type: 'string' },
  concurrency: { type: 'string' },
  shard: { type: 'string' },
  location: { type: 'string' },
} as const;

export interface RunSettings {
  readonly failOn?: readonly string[];
  readonly warnOn?: readonly string[];
  readonly concurrency: number;
  readonly jsonFile?: string;
  readonly junitFile?: string;
  readonly shard?: Shard;
  readonly location?: string;
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
  };
  const manifestPath = positionals[0] ?? DEFAULT_MANIFEST;
  const manifest = await loadForRun(manifestPath, manifestPath, terminal, {
    builtins: builtinVariables(parseBaseUrl(values['base-url']), process.env),
    inputs: parseVars(values.var),
    secretInputs: {},
    env: process.env,
  });
  if (!manifest) return 2;
  const run = await runAndReport(manifest, settings, terminal);
  return run.result === 'pass' ? 0 : 1;
}

/** Loads a manifest; an unusable one is printed with its problems and gives undefined. */
export async function loadForRun(
  manifestPath: string,
  displayPath: string,
  terminal: Terminal,
  variables: Omit<VariableSources, 'manifest'>,
): Promise<Manifest | undefined> {
  try {
    return await loadManifest({ path: manifestPath, displayPath, variables });
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    const { errorStyle } = terminal;
    for (const line of formatProblems(error.problems, errorStyle)) terminal.error(line);
    terminal.error(`${errorStyle.red('✗')} ${printable(error.message)} (nothing was run)`);
    return undefined;
  }
}

/** Runs every check, prints the result and writes the reports asked for. */
export async function runAndReport(whole: Manifest, settings: RunSettings, terminal: Terminal): Promise<RunResult> {
  const manifest = { ...whole, checks: selectShard(whole.checks, settings.shard) };
  const gate = resolveGate(settings, manifest.gate);
  const total = manifest.checks.length;
  const startedAt = new Date();
  const started = performance.now();
  terminal.progress.start(total, manifest.ready ? `waiting for ${manifest.ready.url.href} to answer…` : `running ${total} checks…`);
  const outcomes = await runChecks(manifest, {
    concurrency: settings.concurrency,
    onCheckDone: (outcome, done) => terminal.progress.checkDone(outcome, done, total),
  });
  terminal.progress.clear();
  const run = applyGate(outcomes, gate, runContext(manifest, settings, startedAt, started));
  printRun(run, terminal);
  writeReports(run, settings, terminal);
  return run;
}

export function printRun(run: RunResult, terminal: Terminal): void {
  const { style } = terminal;
  terminal.print(...renderResultTable(run, style, terminal.width), '');
  const failures = [...run.checks.filter((c) => c.status === 'failed'), ...run.checks.filter((c) => c.status === 'warned')];
  for (const result of failures) terminal.print(...renderFailureDetails(result, style), '');
  terminal.print(renderVerdict(run, style));
}

export function writeReports(run: RunResult, settings: RunSettings, terminal: Terminal): void {
  const reports: [string | undefined, string, () => string][] = [
    [settings.jsonFile, '--json', () => `${JSON.stringify(renderJsonReport(run), null, 2)}\n`],
    [settings.junitFile, '--junit', () => renderJunit(run)],
  ];
  for (const [file, option, render] of reports) {
    if (!file) continue;
    try {
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      writeFileSync(file, render());
    } catch (error) {
      throw new UsageError(`${option} ${file}: cannot write the report (${(error as Error).message})`);
    }
    terminal.print(terminal.style.dim(`Wrote ${file}`));
  }
}
