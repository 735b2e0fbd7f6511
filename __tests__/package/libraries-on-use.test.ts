// The libraries loaded on first use (src/libraries.ts: yaml, jsonpath-plus, ajv) work in the
// bundles as users run them, not only from the sources: a bundle's import() of a CommonJS module
// whose exports are a function (ajv) made no named export of it, and every jsonSchema assertion of
// the built CLI and action was refused as "Ajv is not a constructor".
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { ensureCliBundle, NODES, runCli } from '../helpers/cli.js';
import { writeManifest } from '../helpers/run.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

let service: Peer;

beforeAll(async () => {
  await ensureCliBundle();
  service = await startHttpServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', orders: [{ state: 'open' }] }));
  });
}, 180_000);

afterAll(async () => {
  await service?.close();
});

// An anchor and its alias: the ordinary reader leaves this manifest to yaml.
const manifest = `version: 1
checks:
  - name: schema holds
    type: http
    request: &request { url: "{{ BASE_URL }}/" }
    assertions:
      - { type: jsonSchema, operator: is, target: { type: object, required: [status, orders] } }
  - name: schema broken
    type: http
    request: *request
    assertions:
      - { type: jsonSchema, operator: is, target: { type: object, required: [missing] } }
  - name: format checked
    type: http
    request: *request
    assertions:
      - { type: jsonSchema, operator: is, target: { properties: { status: { format: email } } } }
  - name: any depth
    type: http
    request: *request
    assertions:
      - { type: jsonpath, path: "$..state", operator: is, target: open }
`;

interface ReportedCheck {
  readonly name: string;
  readonly status: string;
  readonly error: { readonly code: string; readonly message: string } | null;
}

function expectJudged(checks: readonly ReportedCheck[]): void {
  const byName = new Map(checks.map((check) => [check.name, check]));
  expect(byName.get('schema holds')).toMatchObject({ status: 'passed', error: null });
  expect(byName.get('schema broken')).toMatchObject({ status: 'failed', error: { code: 'INCORRECT_ASSERTION' } });
  expect(byName.get('schema broken')!.error!.message).toContain("must have required property 'missing'");
  // ajv-formats, loaded with ajv: a format the bundle could not check would have passed.
  expect(byName.get('format checked')).toMatchObject({ status: 'failed', error: { code: 'INCORRECT_ASSERTION' } });
  expect(byName.get('format checked')!.error!.message).toContain('must match format "email"');
  expect(byName.get('any depth')).toMatchObject({ status: 'passed', error: null });
}

describe('the libraries loaded on use, in the bundles', () => {
  it.each(NODES)('judge jsonSchema, a JSONPath at any depth and a manifest with aliases, in the built CLI on %s', async (_name, node) => {
    const file = writeManifest(manifest);
    const result = await runCli(['run', file, '--base-url', service.url, '--json', '-'], { node });
    expect(result.code, result.stderr).toBe(1);
    expectJudged((JSON.parse(result.stdout) as { checks: ReportedCheck[] }).checks);
  });

  it('judge them in the built action', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'probegate-libraries-'));
    const run = await runAction({
      workspace,
      files: { '.github/probegate.yml': manifest },
      inputs: { manifest: '.github/probegate.yml', 'base-url': service.url, comment: 'never', 'report-path': 'report.json' },
    });
    expect(run.exitCode, run.stderr).toBe(1);
    expectJudged((JSON.parse(readFileSync(path.join(workspace, 'report.json'), 'utf8')) as { checks: ReportedCheck[] }).checks);
  });
});
