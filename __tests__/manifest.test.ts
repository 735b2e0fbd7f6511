import { renameSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManifestError } from '../src/manifest/load.js';
import { renderFailureDetails } from '../src/cli/details.js';
import { createStyle } from '../src/cli/style.js';
import { buildAnnotations } from '../src/report/annotations.js';
import { renderJsonReport } from '../src/report/json.js';
import { renderSummary } from '../src/report/summary.js';
import { checkNamed, loadManifestText, runManifestText, writeManifest } from './helpers/run.js';
import { startHttpServer, type Peer } from './helpers/servers.js';

let server: Peer;
beforeAll(async () => {
  server = await startHttpServer((req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ url: req.url, headers: req.headers })));
});
afterAll(() => server.close());

async function loadError(yaml: string): Promise<ManifestError> {
  try {
    await loadManifestText(yaml, { baseUrl: 'http://127.0.0.1:1' });
  } catch (error) {
    if (error instanceof ManifestError) return error;
    throw error;
  }
  throw new Error('the manifest loaded although it is unusable');
}

describe('manifest problems', () => {
  it('reports every schema problem of a check at once, with line and column, and still runs the others', async () => {
    const manifest = await loadManifestText(
      `version: 1
checks:
  - name: good
    type: http
    request: { url: "{{ BASE_URL }}/" }
  - name: broken
    type: http
    request:
      methd: GET
      url: 42
    assertions:
      - { type: statusCode, operator: equals, target: 200 }
`,
      { baseUrl: server.url },
    );
    expect(manifest.problems.map((p) => [p.location.line, p.location.column, p.message])).toEqual([
      [9, 7, 'checks[1].request: unknown property "methd", did you mean method?'],
      [10, 12, 'checks[1].request.url: must be a string'],
      [12, 39, expect.stringMatching(/^checks\[1\]\.assertions\[0\]\.operator: must be one of is, isNot, contains/)],
    ]);
    const broken = manifest.checks[1]!;
    expect(broken.invalid?.category).toBe('INVALID_REQUEST');
    expect(broken.location.line).toBe(9);
    expect(manifest.checks[0]!.invalid).toBeUndefined();
  });

  it('suggests the variable that was probably meant, at the line of the string', async () => {
    const run = await runManifestText(
      `version: 1
checks:
  - name: typo
    type: http
    request:
      url: "{{ BASE_URLL }}/health"
  - name: fine
    type: http
    request: { url: "{{ BASE_URL }}/" }
`,
      { baseUrl: server.url },
    );
    const typo = checkNamed(run, 'typo');
    expect(typo.error).toMatchObject({ category: 'INVALID_REQUEST', code: 'INVALID_REQUEST' });
    expect(typo.error?.message).toContain('unknown variable {{ BASE_URLL }}, did you mean BASE_URL?');
    expect(typo.check.location.line).toBe(6);
    expect(typo.attempts).toBe(0);
    expect(checkNamed(run, 'fine').status).toBe('passed');
  });

  it('says how to give a variable that is no typo a value, and not to correct the check', async () => {
    const run = await runManifestText(`version: 1\nchecks:\n  - { name: a, type: http, request: { url: "{{ REFUSED_URL }}/" } }\n`);
    const message = checkNamed(run, 'a').error!.message;
    expect(message).toContain('unknown variable {{ REFUSED_URL }}: give it a value, under variables: in the manifest, or in the variables input (--var REFUSED_URL=VALUE on the command line)');
    expect(message).not.toContain('Correct the check');
  });

  it('says how to provide BASE_URL when none is known', async () => {
    const manifest = await loadManifestText(`version: 1\nchecks:\n  - { name: a, type: http, request: { url: "{{ BASE_URL }}/" } }\n`);
    expect(manifest.problems[0]?.message).toMatch(/no base URL is known: set the base-url input/);
  });

  // What the run is not given is set outside the manifest: the taxonomy's "Correct the check" would contradict it.
  it.each([
    { name: 'BASE_URL', says: 'no base URL is known: set the base-url input (--base-url on the command line)' },
    { name: 'SHA', says: 'elsewhere give it with --var SHA=VALUE' },
    { name: 'PR_NUMBER', says: 'elsewhere give it with --var PR_NUMBER=VALUE' },
  ])('says a built-in variable without a value ($name) is given to the run, not a check to correct, in the terminal, the summary and the annotation', async ({ name, says }) => {
    const run = await runManifestText(`version: 1\nchecks:\n  - { name: a, type: http, request: { url: "http://127.0.0.1:1/{{ ${name} }}" } }\n`, { builtins: { SHA: undefined, PR_NUMBER: undefined } });
    const result = checkNamed(run, 'a');
    // The summary's Markdown escapes read as the text they escape.
    const shown = [result.error!.message, renderFailureDetails(result, createStyle(false)).join('\n'), renderSummary(run).replace(/\\(.)/g, '$1'), buildAnnotations(run)[0]!.message];
    for (const text of shown) {
      expect(text).toContain(says);
      expect(text).not.toContain('Correct the check');
    }
  });

  it('rejects a malformed URL and an unreadable certificate file at the right lines', async () => {
    const manifest = await loadManifestText(
      `version: 1
checks:
  - name: url
    type: http
    request: { url: "not a url" }
  - name: cert
    type: http
    request:
      url: https://127.0.0.1/
      tls:
        ca: ./missing-ca.pem
`,
    );
    expect(manifest.problems.map((p) => [p.location.line, p.message])).toEqual([
      [5, expect.stringContaining('checks[0].request.url: "not a url" is not a valid URL')],
      [11, expect.stringContaining('checks[1].request.tls.ca: cannot read ./missing-ca.pem: ENOENT')],
    ]);
  });

  it('fails the whole manifest on YAML syntax errors, naming the line', async () => {
    const error = await loadError('version: 1\nchecks:\n  - name: a\n    type: [http\n');
    expect(error.message).toMatch(/is not valid YAML/);
    expect(error.problems[0]?.location.line).toBeGreaterThanOrEqual(4);
  });

  it('fails the whole manifest on problems outside the checks', async () => {
    const error = await loadError('version: 2\ngate:\n  fail_on: [ssl]\nchecks:\n  - { name: a, type: http, request: { url: "http://127.0.0.1/" } }\n');
    expect(error.problems.map((p) => [p.location.line, p.message])).toEqual([
      [1, 'version: must be 1'],
      [3, expect.stringContaining('gate.fail_on[0]: "ssl" is not an error category, did you mean SSL?')],
    ]);
  });

  it('names a missing manifest and what to do', async () => {
    const { loadManifest } = await import('../src/manifest/load.js');
    await expect(
      loadManifest({ path: '/nonexistent/probegate.yml', variables: { builtins: {}, inputs: {}, secretInputs: {}, env: {} } }),
    ).rejects.toThrow(/No manifest at \/nonexistent\/probegate.yml: create it/);
  });

  it('names a manifest with the other YAML extension beside the missing one', async () => {
    const { loadManifest } = await import('../src/manifest/load.js');
    const yaml = writeManifest('version: 1\nchecks: []\n').replace(/probegate\.yml$/, 'probegate.yaml');
    renameSync(yaml.replace(/\.yaml$/, '.yml'), yaml);
    await expect(loadManifest({ path: yaml.replace(/\.yaml$/, '.yml'), displayPath: '.github/probegate.yml', variables: { builtins: {}, inputs: {}, secretInputs: {}, env: {} } })).rejects.toThrow(
      'No manifest at .github/probegate.yml (there is probegate.yaml beside it: rename it, or point at it): create it',
    );
  });

  it('refuses two checks with the same name', async () => {
    const manifest = await loadManifestText(
      'version: 1\nchecks:\n  - { name: a, type: http, request: { url: "http://127.0.0.1/" } }\n  - { name: a, type: http, request: { url: "http://127.0.0.1/" } }\n',
    );
    expect(manifest.problems.map((p) => [p.location.line, p.message])).toEqual([[4, 'checks[1].name: "a" is used by another check; names must be unique']]);
  });

  it('refuses two checks with one id, given or made from the name, so that no report hides one behind the other', async () => {
    const manifest = await loadManifestText(
      'version: 1\nchecks:\n  - { name: Home page, type: http, request: { url: "http://127.0.0.1/" } }\n  - { name: home-page, type: http, request: { url: "http://127.0.0.1/" } }\n  - { name: c, id: home-page, type: http, request: { url: "http://127.0.0.1/" } }\n  - { name: d, id: d2, type: http, request: { url: "http://127.0.0.1/" } }\n',
    );
    expect(manifest.problems.map((p) => [p.location.line, p.message])).toEqual([
      [4, 'checks[1].name: the check\'s id "home-page" is the id of another check (an id is `id`, else the name\'s slug); give one of them an id of its own'],
      [5, 'checks[2].id: the check\'s id "home-page" is the id of another check (an id is `id`, else the name\'s slug); give one of them an id of its own'],
    ]);
    expect(manifest.checks.map((c) => Boolean(c.invalid))).toEqual([false, true, true, false]);
  });

  it('gives names with no ASCII letter an id of their position, so that two of them do not share one', async () => {
    const manifest = await loadManifestText(
      'version: 1\nchecks:\n  - { name: トップページ, type: http, request: { url: "http://127.0.0.1/" } }\n  - { name: カート, type: http, request: { url: "http://127.0.0.1/" } }\n  - { name: Главная, type: http, request: { url: "http://127.0.0.1/" } }\n',
    );
    expect(manifest.problems).toEqual([]);
    expect(manifest.checks.map((c) => c.id)).toEqual(['check-1', 'check-2', 'check-3']);
  });
});

describe('defaults, durations and variables', () => {
  it('inherits defaults that a check may override, with durations in milliseconds', async () => {
    const manifest = await loadManifestText(
      `version: 1
defaults:
  timeout: 2s
  overall_timeout: 1m
  retry: { count: 2, interval: 250ms }
  headers: { user-agent: probegate, x-env: preview }
checks:
  - name: inherits
    type: http
    request: { url: "http://127.0.0.1/" }
  - name: overrides
    id: custom-id
    type: http
    timeout: 1500
    retry: { count: 0 }
    request: { url: "http://127.0.0.1/", headers: { X-Env: staging } }
`,
    );
    const [inherits, overrides] = manifest.checks as [any, any];
    expect([inherits.timeoutMs, inherits.overallTimeoutMs, inherits.retry]).toEqual([2000, 60000, { count: 2, intervalMs: 250 }]);
    expect(inherits.request.headers).toEqual({ 'user-agent': 'probegate', 'x-env': 'preview' });
    expect(inherits.id).toBe('inherits');
    expect([overrides.timeoutMs, overrides.retry]).toEqual([1500, { count: 0, intervalMs: 300 }]);
    expect(overrides.request.headers).toEqual({ 'user-agent': 'probegate', 'x-env': 'staging' });
    expect(overrides.id).toBe('custom-id');
  });

  it('replaces variables in fields the schema checks (durations, method, http_version), then checks them', async () => {
    const yaml = `version: 1
defaults:
  timeout: "{{ env.TIMEOUT }}"
variables:
  VERSION: http1
checks:
  - name: templated
    type: http
    overall_timeout: "{{ OVERALL }}"
    http_version: "{{ VERSION }}"
    request: { url: "http://127.0.0.1/", method: "{{ env.METHOD }}" }
  - name: own timeout
    type: http
    timeout: 2s
    request: { url: "http://127.0.0.1/" }
`;
    const good = await loadManifestText(yaml, { env: { TIMEOUT: '3s', METHOD: 'POST' }, inputs: { OVERALL: '1m' } });
    expect(good.problems).toEqual([]);
    const [templated, own] = good.checks as [any, any];
    expect([templated.timeoutMs, templated.overallTimeoutMs, templated.request.method, templated.request.httpVersion]).toEqual([3000, 60000, 'POST', 'http1']);
    expect(own.timeoutMs).toBe(2000);

    // Values the schema refuses, once replaced: a problem at the line that wrote the variable, never quoting the value (env values are secrets).
    const bad = await loadManifestText(yaml, { env: { TIMEOUT: 'soon', METHOD: 'FETCHSECRET' }, inputs: { OVERALL: '1m' } });
    expect(bad.problems.map((p) => [p.location.line, p.message])).toEqual([
      [11, 'checks[0].request.method: must be one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, get, head, post, put, patch, delete, options, once its variables are replaced'],
      [3, 'checks[0].timeout: must be a duration such as 250ms, 10s or 5m, once its variables are replaced'],
    ]);
    expect(JSON.stringify(bad.problems)).not.toMatch(/soon|FETCHSECRET/);
    expect(bad.checks.map((c) => Boolean(c.invalid))).toEqual([true, false]);
  });

  it('judges the whole check once its variables are replaced: rules above the field, an assertion\'s type, values that are no text', async () => {
    // A method from a variable that changes nothing above it; an assertion type from a variable
    // (it decides the assertion's rules: refused as written); a check, defaults or headers written as a variable (never text the schema can take).
    const manifest = await loadManifestText(
      `version: 1
checks:
  - name: typed
    type: http
    request: { url: "http://127.0.0.1/" }
    assertions: [{ type: "{{ env.T }}", operator: doesNotExist }]
  - "{{ env.WHOLE }}"
  - name: headers
    type: http
    request: { url: "http://127.0.0.1/", headers: "{{ env.H }}" }
  - name: call
    type: grpc
    request: { host: 127.0.0.1, port: 1, call: "{{ env.CALL }}" }
`,
      { env: { T: 'header', WHOLE: 'abc', H: 'x-a: 1', CALL: 'unary' } },
    );
    expect(manifest.problems.map((p) => [p.location.line, p.message.replace(/ \(.*$/, '')])).toEqual([
      [6, 'checks[0].assertions[0].type: must be one of statusCode, responseTime, header, body, jsonpath, bodyHash, jsonSchema, tlsVersion'],
      [7, 'checks[1]: must be an object'],
      [10, 'checks[2].request.headers: must be an object'],
      // A unary call, once the variable says so, needs what a health call does not: the rule above the field applies.
      [13, 'checks[3].request: missing required property "proto", once its variables are replaced'],
      [13, 'checks[3].request: missing required property "service", once its variables are replaced'],
      [13, 'checks[3].request: missing required property "method", once its variables are replaced'],
    ]);
    expect(manifest.checks.every((c) => c.invalid)).toBe(true);
  });

  it('says once, at its line, that a value of defaults is wrong once replaced, however many checks inherit it', async () => {
    const checks = Array.from({ length: 3 }, (_, i) => `  - { name: c${i}, type: http, request: { url: "http://127.0.0.1/" } }`).join('\n');
    const manifest = await loadManifestText(`version: 1\ndefaults: { timeout: "{{ env.T }}" }\nchecks:\n${checks}\n`, { env: { T: 'soon' } });
    expect(manifest.problems.map((p) => [p.location.line, p.message])).toEqual([
      [2, 'checks[0].timeout: must be a duration such as 250ms, 10s or 5m, once its variables are replaced (and in 2 more checks that inherit it)'],
    ]);
    expect(manifest.checks.every((c) => c.invalid)).toBe(true);
  });

  it('does not take a check\'s type from a variable, nor fields of a multistep check, whose steps may fill them only at run time', async () => {
    const manifest = await loadManifestText(
      'version: 1\nvariables: { T: http }\nchecks:\n  - { name: a, type: "{{ T }}", request: { url: "http://127.0.0.1/" } }\n  - name: b\n    type: multistep\n    steps:\n      - { name: s, type: http, timeout: "{{ T }}", request: { url: "http://127.0.0.1/" } }\n',
    );
    expect(manifest.problems.map((p) => p.location.line)).toEqual([4, 8]);
    expect(manifest.problems.every((p) => !p.message.includes('once its variables are replaced'))).toBe(true);
    // Each says why its variable was not replaced there, never quoting the value.
    expect(manifest.problems[0]!.message).toContain('(written with a variable: a type is judged as written, since it decides the rules of the rest; write it out)');
    expect(manifest.problems[1]!.message).toMatch(/^checks\[1\]\.steps\[0\]\.timeout: must be a duration such as 250ms, 10s or 5m \(written with a variable: a multistep check's fields are judged as written, since a step's variables may come only at run time; write the value out\)$/);
  });

  it('says of a field that takes no text that a variable cannot fill it, and of one outside the checks that it is judged as written', async () => {
    const { problems } = await loadError(
      'version: 1\nvariables: { N: "2" }\nbaseline: { base_url: "http://127.0.0.1:9", latency: { min_delta: "{{ N }}" } }\nchecks:\n  - { name: a, type: http, retry: { count: "{{ N }}" }, request: { url: "http://127.0.0.1/" } }\n',
        );
    expect(problems.map((p) => p.message)).toEqual([
      'baseline.latency.min_delta: must be a duration such as 250ms, 10s or 5m (written with a variable: outside the checks and their defaults, a value the schema checks is judged as written; write the value out)',
      "checks[0].retry.count: must be an integer (written with a variable: a variable's value is text, and this field takes no text; write the value out)",
    ]);
  });

  it('judges defaults as written in a manifest with a multistep check, and says why', async () => {
    const { problems } = await loadError(
      'version: 1\nvariables: { T: 2s }\ndefaults: { timeout: "{{ T }}" }\nchecks:\n  - { name: a, type: http, request: { url: "http://127.0.0.1/" } }\n  - name: b\n    type: multistep\n    steps:\n      - { name: s, type: http, request: { url: "http://127.0.0.1/" } }\n',
        );
    expect(problems.map((p) => [p.location.line, p.message])).toEqual([
      [3, 'defaults.timeout: must be a duration such as 250ms, 10s or 5m (written with a variable: in a manifest with a multistep check, defaults are judged as written, since its steps take them before their variables are known; write the value out)'],
    ]);
  });

  it('resolves built-ins, manifest variables, inputs and env, later sources winning', async () => {
    const run = await runManifestText(
      `version: 1
variables:
  API: "{{ BASE_URL }}/api"
  STAGE: manifest
checks:
  - name: vars
    type: http
    request:
      url: "{{ API }}/{{ STAGE }}"
      headers: { x-sha: "{{ SHA }}", x-pr: "{{ PR_NUMBER }}", x-repo: "{{ REPOSITORY }}", x-home: "{{ env.HOME_DIR }}" }
    assertions:
      - { type: jsonpath, path: "$.url", operator: is, target: /api/input }
      - { type: jsonpath, path: "$.headers['x-sha']", operator: is, target: abc123 }
      - { type: jsonpath, path: "$.headers['x-pr']", operator: is, target: "7" }
      - { type: jsonpath, path: "$.headers['x-repo']", operator: is, target: octo/preview }
`,
      { baseUrl: server.url, inputs: { STAGE: 'input' }, env: { HOME_DIR: '/home/ci' } },
    );
    expect(checkNamed(run, 'vars').assertions.filter((a) => !a.passed)).toEqual([]);
  });

  it('never shows a secret from env or secret inputs in results or the JSON report', async () => {
    const run = await runManifestText(
      `version: 1
variables:
  TOKEN: "{{ env.API_TOKEN }}"
checks:
  - name: "leaky {{ PASSWORD }}"
    type: http
    request:
      url: "{{ BASE_URL }}/{{ TOKEN }}"
      headers: { authorization: "Bearer {{ TOKEN }}", x-password: "{{ PASSWORD }}" }
    assertions:
      - { type: body, operator: contains, target: "nothing-like-this" }
`,
      { baseUrl: server.url, env: { API_TOKEN: 's3cr3t-token-value' }, secretInputs: { PASSWORD: 'hunter2-password' } },
    );
    const report = JSON.stringify(renderJsonReport(run));
    expect(report).not.toContain('s3cr3t-token-value');
    expect(report).not.toContain('hunter2-password');
    expect(report).toContain('***');
    expect(run.checks[0]!.error?.category).toBe('INCORRECT_ASSERTION');
  });

  it('reports an unset environment variable with the way to pass it to the step, not as a manifest to correct', async () => {
    const manifest = await loadManifestText(`version: 1\nchecks:\n  - { name: a, type: http, request: { url: "http://127.0.0.1/{{ env.NOT_SET }}" } }\n`);
    expect(manifest.problems[0]?.message).toContain('environment variable NOT_SET is not set');
    expect(manifest.problems[0]?.message).toContain('pass the variable to the probegate step with env:, for example `env: { NOT_SET: ${{ secrets.NOT_SET }} }`');
    const { invalid } = manifest.checks[0]!;
    expect(invalid?.category).toBe('INVALID_REQUEST');
    expect(invalid?.message).toContain('The manifest is right');
    expect(invalid?.message).not.toContain('Correct the check in the manifest');
  });
});
