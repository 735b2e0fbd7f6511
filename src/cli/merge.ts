// `probegate merge GLOB`: the reports of a job matrix into one table, one JSON and JUnit report
// and one verdict, exactly as a single run of the whole manifest would print them.
import { MergeError, mergeReportFiles } from '../run/merge.js';
import { LOCATION_FORMAT, parseLocationList } from '../run/shard.js';
import { mergedFrom } from '../report/locations.js';
import { parseCommandLine, UsageError } from './args.js';
import { printAndWrite } from './run.js';
import { printable } from './style.js';
import type { Terminal } from './terminal.js';

export const MERGE_HELP = `Usage: probegate merge GLOB [options]

Merges the JSON reports of a job matrix (the runs of each shard and location)
into one result: every shard of every location must be there exactly once, all
from one manifest. Quote the glob so the shell does not expand it:
probegate merge 'reports/**/*.json'.

Options:
  --locations LIST   the locations the matrix ran in (eu-west,us-east): the
                     merge fails when one has no report, or a report is from
                     another; without it, a location whose job wrote no report
                     goes unnoticed
  --json FILE        write the merged JSON report to FILE; with -, to stdout
                     (the table then goes to stderr)
  --junit FILE       write a JUnit XML report to FILE
  -h, --help         show this help

Exit status: 0 the merged gate passed, 1 it failed, 2 the reports cannot be
merged (a shard missing or twice, another manifest, a corrupt report) or the
arguments are unusable.`;

const MERGE_OPTIONS = {
  locations: { type: 'string' },
  json: { type: 'string' },
  junit: { type: 'string' },
} as const;

export async function mergeCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseCommandLine(args, MERGE_OPTIONS, 1);
  if (values.help) {
    terminal.print(MERGE_HELP);
    return 0;
  }
  const pattern = positionals[0];
  if (!pattern) throw new UsageError('expected the glob of the reports to merge, for example probegate merge "reports/**/*.json"');
  const locations = values.locations === undefined ? undefined : parseLocationList(values.locations);
  if (typeof locations === 'string') throw new UsageError(`--locations ${values.locations}: ${locations}; expected names separated by commas, each ${LOCATION_FORMAT}`);
  let run;
  try {
    run = mergeReportFiles(pattern, process.cwd(), { locations });
  } catch (error) {
    if (!(error instanceof MergeError)) throw error;
    terminal.error(`${terminal.errorStyle.red('✗')} ${printable(error.message)}`);
    return 2;
  }
  printAndWrite(run, { jsonFile: values.json, junitFile: values.junit }, terminal);
  // Which locations went in, so that one whose job wrote no report is seen missing.
  if (run.run.merged!.locations.length > 0) {
    const note = terminal.style.dim(printable(mergedFrom(run.run.merged!, '--locations')));
    if (values.json === '-') terminal.error(note);
    else terminal.print(note);
  }
  const { problems } = run.run.manifest;
  if (problems > 0) {
    // As `run` exits: the manifest has problems, whatever the checks that did run gave.
    terminal.error(`${terminal.errorStyle.red('✗')} ${printable(run.manifestFile)} has ${problems} problem${problems === 1 ? '' : 's'}: the checks they concern were not run in any job (see the jobs' annotations)`);
    return 2;
  }
  return run.result === 'pass' ? 0 : 1;
}
