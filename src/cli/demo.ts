// `probegate demo`: starts the local demo preview and runs examples/demo.yml against it, so the
// terminal shows a passing check and each error category once. It exits 0 when every check
// ended as designed, deliberate failures included.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckResult, RunResult } from '../model.js';
import { errorLabel } from '../errors/label.js';
import { parseCommandLine } from './args.js';
import { startDemoPreview, type DemoPreview } from './demo-server.js';
import { loadForRun, runAndReport } from './run.js';
import { printable } from './style.js';
import { onStderr, type Terminal } from './terminal.js';

export const DEMO_HELP = `Usage: probegate demo [options]

Starts a local demo preview on 127.0.0.1 with healthy endpoints and deliberate
faults, and runs the example manifest examples/demo.yml against it: one fault
per error category a single machine can stage (eight of them), and a comparison
with a local "production" that finds a latency regression and a removed JSON
field.

Options:
  --json FILE        also write the JSON report to FILE; with -, to stdout (all
                     else goes to stderr)
  --junit FILE       also write a JUnit XML report to FILE
  --serve            only start the demo preview, print its addresses as
                     NAME=VALUE lines (BASE_URL first) and serve until
                     interrupted, to point probegate run or the action at it
                     with examples/demo.yml
  -h, --help         show this help

Exit status: 0 the demo ran as designed (its failures are deliberate), 1 it
did not.`;

const DEMO_OPTIONS = {
  json: { type: 'string' },
  junit: { type: 'string' },
  serve: { type: 'boolean' },
} as const;

/** How each check of examples/demo.yml is meant to end: passed, or CATEGORY[:CODE]. */
const DESIGNED: Readonly<Record<string, string>> = {
  home: 'passed',
  health: 'passed',
  'wrong-status': 'INCORRECT_ASSERTION',
  slow: 'TIMEOUT',
  refused: 'CONNREFUSED',
  reset: 'CONNRESET',
  malformed: 'MALFORMED_RESPONSE',
  'expired-certificate': 'SSL:CERT_HAS_EXPIRED',
  'dns-miss': 'DNS',
  journey: 'INCORRECT_ASSERTION',
  'latency-regression': 'REGRESSION:LATENCY',
  'removed-field': 'REGRESSION:SCHEMA',
};

/**
 * The package root, from this module's own location: dist/cli/index.js in the bundle and
 * src/cli/demo.ts from source are both two folders down.
 */
export function packageRoot(moduleUrl: string = import.meta.url): string {
  return path.resolve(path.dirname(fileURLToPath(moduleUrl)), '..', '..');
}

export async function demoCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values } = parseCommandLine(args, DEMO_OPTIONS, 0);
  if (values.help) {
    terminal.print(DEMO_HELP);
    return 0;
  }
  const examples = path.join(packageRoot(), 'examples');
  // `--json -`: the report owns stdout, so what the demo tells a person goes to stderr.
  const people = values.json === '-' ? onStderr(terminal) : terminal;
  const { style } = people;
  const preview = await startDemoPreview(path.join(examples, 'demo-certs'));
  if (values.serve) return serveUntilInterrupted(preview, terminal);
  try {
    people.print(
      style.bold('probegate demo'),
      `A demo preview is running at ${preview.baseUrl}, with deliberate faults.`,
      'Running examples/demo.yml against it: 2 healthy endpoints, one fault per error',
      'category it can stage, a user journey that fails at a named step, and the preview',
      `compared with a local production (${preview.variables.PRODUCTION_URL}).`,
      '',
    );
    const manifest = await loadForRun(path.join(examples, 'demo.yml'), 'examples/demo.yml', people, {
      builtins: { BASE_URL: preview.baseUrl },
      inputs: preview.variables,
      secretInputs: {},
      env: {},
    });
    if (!manifest) return 1;
    const run = await runAndReport(manifest, { concurrency: 8, jsonFile: values.json, junitFile: values.junit }, terminal);
    return explain(run, people);
  } finally {
    await preview.close();
  }
}

/**
 * `--serve`: the addresses in one write (a script waiting for BASE_URL= then has them all), then
 * nothing until SIGINT or SIGTERM, which close the servers and exit 0.
 */
async function serveUntilInterrupted(preview: DemoPreview, terminal: Terminal): Promise<number> {
  const addresses = { BASE_URL: preview.baseUrl, ...preview.variables };
  terminal.print(...Object.entries(addresses).map(([name, value]) => `${name}=${value}`));
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await preview.close();
  terminal.error(`probegate demo: ${signal}, the demo preview is closed`);
  return 0;
}

/** Says what the demo showed; 1 when a check did not end as designed (the demo itself broke). */
function explain(run: RunResult, terminal: Terminal): number {
  const { style } = terminal;
  const surprises = run.checks.filter((result) => !endedAsDesigned(result));
  if (surprises.length > 0) {
    terminal.print(
      '',
      style.red(`✗ The demo did not go as designed: ${surprises.length === 1 ? '1 check' : `${surprises.length} checks`} ended differently.`),
      ...surprises.map((r) => `  ${printable(r.check.name)}: expected ${DESIGNED[r.check.id] ?? 'no such check'}, got ${outcome(r)}`),
      'This is a probegate bug (or a very unusual network): please report it with the output above.',
    );
    return 1;
  }
  const categories = [...run.categories].sort().join(', ');
  terminal.print(
    '',
    `${style.green('✓')} The demo ran as designed. ${style.bold('The failures above are deliberate')}, one per error category:`,
    `  ${categories}.`,
    '  A real run exits 1 when the gate fails; the demo exits 0.',
    '',
    'Next: describe your own checks in .github/probegate.yml (see examples/demo.yml and',
    'docs/manifest.md), then run them against your preview:',
    '  npx probegate run --base-url https://your-preview.example',
  );
  return 0;
}

function outcome(result: CheckResult): string {
  return result.error ? errorLabel(result.error) : result.status;
}

function endedAsDesigned(result: CheckResult): boolean {
  const designed = DESIGNED[result.check.id];
  if (designed === undefined) return false;
  if (designed === 'passed') return result.status === 'passed';
  return result.error !== null && (designed.includes(':') ? errorLabel(result.error) === designed : result.error.category === designed);
}
