// Every gate selector is checked wherever it is written (manifest gate, defaults, a check's own,
// the action's inputs, the CLI's flags), and one precedence decides: a check's own pair >
// inputs/flags > the manifest's gate and defaults.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, readInputs } from '../../src/action/inputs.js';
import { parseGateOption, UsageError } from '../../src/cli/args.js';
import { applyGate, resolveGate } from '../../src/gate.js';
import { runChecks } from '../../src/engine/run.js';
import { ManifestError, type Manifest } from '../../src/manifest/load.js';
import { loadManifestText } from '../helpers/run.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

let server: Peer;
beforeAll(async () => {
  server = await startHttpServer((_, res) => res.writeHead(503).end('down'));
});
afterAll(() => server?.close());

async function loadError(yaml: string): Promise<ManifestError> {
  const error = await loadManifestText(yaml).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof ManifestError) return error;
  throw new Error(`expected a ManifestError, got ${String(error)}`);
}

const CHECK = '  - { name: a, type: http, request: { url: "http://127.0.0.1:1/" } }\n';

describe('an unknown selector is a problem at its line, with a did-you-mean', () => {
  it.each([
    ['gate.fail_on', `version: 1\ngate:\n  fail_on: [SSL:CERT_EXPIRED]\nchecks:\n${CHECK}`, 3, 13],
    ['gate.warn_on', `version: 1\ngate:\n  warn_on:\n    - TIMEOUT\n    - SSL:CERT_EXPIRED\nchecks:\n${CHECK}`, 5, 7],
    ['defaults.fail_on', `version: 1\ndefaults:\n  fail_on: [SSL:CERT_EXPIRED]\nchecks:\n${CHECK}`, 3, 13],
    ['defaults.warn_on', `version: 1\ndefaults:\n  warn_on: [SSL:CERT_EXPIRED]\nchecks:\n${CHECK}`, 3, 13],
  ])('in %s: the manifest cannot be used', async (where, yaml, line, column) => {
    const error = await loadError(yaml);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]!.location).toMatchObject({ line, column });
    expect(error.problems[0]!.message).toMatch(new RegExp(`^${where.replace('.', '\\.')}\\[\\d\\]: "SSL:CERT_EXPIRED" is not a code the SSL category can end with, did you mean SSL:CERT_HAS_EXPIRED\\?`));
  });

  it("in a check's own fail_on or warn_on: that check is INVALID_REQUEST, the others still load", async () => {
    const manifest = await loadManifestText(`version: 1
checks:
  - name: typo
    type: http
    request: { url: "http://127.0.0.1:1/" }
    warn_on: [TIMOUT]
  - name: fine
    type: http
    request: { url: "http://127.0.0.1:1/" }
    fail_on: [SSL:HOSTNAME_MISMATCH]
`);
    expect(manifest.problems.map((p) => [p.location.line, p.location.column, p.message])).toEqual([
      [6, 15, 'checks[0].warn_on[0]: "TIMOUT" is not an error category, did you mean TIMEOUT? (expected all, a category such as SSL, or CATEGORY:CODE such as SSL:CERT_HAS_EXPIRED; see docs/errors.md)'],
    ]);
    expect(manifest.checks[0]!.invalid).toMatchObject({ category: 'INVALID_REQUEST' });
    expect(manifest.checks[1]!.invalid).toBeUndefined();
  });

  it('in the action inputs fail-on and warn-on: the job fails with the input named', () => {
    const inputs = (values: Record<string, string>) => () => readInputs((name) => values[name] ?? '');
    expect(inputs({ 'fail-on': 'SSL:CERT_EXPIRED' })).toThrow(InputError);
    expect(inputs({ 'fail-on': 'SSL:CERT_EXPIRED' })).toThrow('Input fail-on: "SSL:CERT_EXPIRED" is not a code the SSL category can end with, did you mean SSL:CERT_HAS_EXPIRED?');
    expect(inputs({ 'warn-on': 'TIMEOUT\nTIMOUT:READY_TIMEOUT' })).toThrow('Input warn-on: "TIMOUT:READY_TIMEOUT" is not an error category, did you mean TIMEOUT:READY_TIMEOUT?');
    expect(inputs({ 'fail-on': 'SSL, TIMEOUT:REQUEST_TIMEOUT', 'warn-on': 'TIMEOUT:READY_TIMEOUT' })()).toMatchObject({ failOn: ['SSL', 'TIMEOUT:REQUEST_TIMEOUT'], warnOn: ['TIMEOUT:READY_TIMEOUT'] });
  });

  it.each(['ALL', 'All', 'al'])('suggests all for fail-on %s, not the nearest category', (value) => {
    expect(() => readInputs((name) => (name === 'fail-on' ? value : ''))).toThrow(`Input fail-on: "${value}" is not an error category, did you mean all?`);
  });

  it('skips # comment lines in a multiline fail-on or warn-on, as the variables input does', () => {
    const values: Record<string, string> = { 'fail-on': '# certificates first\nSSL\n  # and slow answers\nTIMEOUT', 'warn-on': '# nothing else\n' };
    expect(readInputs((name) => values[name] ?? '')).toMatchObject({ failOn: ['SSL', 'TIMEOUT'], warnOn: undefined });
  });

  it('in the CLI flags --fail-on and --warn-on: a usage error (exit 2)', () => {
    expect(() => parseGateOption('fail-on', ['SSL,GRPC:NOT_FOUND', 'DNS:NXDOMAN'])).toThrow(UsageError);
    expect(() => parseGateOption('fail-on', ['DNS:NXDOMAN'])).toThrow('--fail-on: "DNS:NXDOMAN" is not a code the DNS category can end with, did you mean DNS:NXDOMAIN?');
    expect(parseGateOption('warn-on', ['GRPC:NOT_FOUND,all'])).toEqual(['GRPC:NOT_FOUND', 'all']);
  });

  it('gate and defaults setting the run\'s fail_on differently is a problem: there is one run gate', async () => {
    const error = await loadError(`version: 1\ngate:\n  fail_on: [SSL]\ndefaults:\n  fail_on: [all]\nchecks:\n${CHECK}`);
    expect(error.problems.map((p) => [p.location.line, p.message])).toEqual([[5, expect.stringContaining('defaults.fail_on: gate.fail_on says otherwise')]]);
  });
});

describe('one precedence: a check\'s own pair > inputs/flags > the manifest\'s gate and defaults', () => {
  async function statuses(yaml: string, input: { failOn?: string[]; warnOn?: string[] } = {}): Promise<Record<string, string>> {
    const manifest: Manifest = await loadManifestText(yaml, { baseUrl: server.url });
    expect(manifest.problems).toEqual([]);
    const run = applyGate(await runChecks(manifest, { concurrency: 4 }), resolveGate(input, manifest.gate), { file: manifest.file, problems: manifest.problems.length }, 0);
    return Object.fromEntries(run.checks.map((c) => [c.check.name, `${c.status}/${c.level}`]));
  }
  const failing = (name: string, own = '') => `  - { name: ${name}, type: http, request: { url: "{{ BASE_URL }}/" }${own} }\n`;

  it('defaults.fail_on does not beat --fail-on (the issue\'s first case)', async () => {
    const yaml = `version: 1\ndefaults:\n  fail_on: [all]\nchecks:\n${failing('a')}`;
    expect(await statuses(yaml)).toEqual({ a: 'failed/error' });
    expect(await statuses(yaml, { failOn: ['SSL'] })).toEqual({ a: 'warned/notice' });
    expect(await statuses(yaml, { failOn: ['SSL'], warnOn: ['INCORRECT_ASSERTION'] })).toEqual({ a: 'warned/warning' });
  });

  it("the gate's warn_on does not soften a check's own fail_on (the issue's second case)", async () => {
    const yaml = `version: 1\ngate:\n  warn_on: [INCORRECT_ASSERTION]\nchecks:\n${failing('own', ', fail_on: [INCORRECT_ASSERTION]')}${failing('plain')}`;
    expect(await statuses(yaml)).toEqual({ own: 'failed/error', plain: 'warned/warning' });
    expect(await statuses(yaml, { warnOn: ['all'], failOn: ['SSL'] })).toEqual({ own: 'failed/error', plain: 'warned/warning' });
  });

  it('inputs beat the manifest gate, key by key', async () => {
    const yaml = `version: 1\ngate:\n  fail_on: [SSL]\n  warn_on: [INCORRECT_ASSERTION]\nchecks:\n${failing('a')}`;
    expect(await statuses(yaml)).toEqual({ a: 'warned/warning' });
    expect(await statuses(yaml, { failOn: ['INCORRECT_ASSERTION:INCORRECT_ASSERTION'] })).toEqual({ a: 'failed/error' });
  });
});
