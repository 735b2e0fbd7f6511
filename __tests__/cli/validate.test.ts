// `probegate validate`: every finding of the loader at file:line:col, exit 2 on any.
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBundle, runCli } from '../helpers/cli.js';
import { writeManifest } from '../helpers/run.js';

beforeAll(() => ensureCliBundle(), 180_000);

// Line numbers below are those of this text.
const BROKEN = `version: 1
checks:
  - name: Home
    type: http
    request: { url: "{{ BASE_URL }}/" }
    assertions:
      - { type: statusCode, operatr: is, target: 200 }
  - name: Typo in a variable
    type: http
    request:
      url: "{{ BASE_UR }}/x"
  - name: Bad timeout
    type: http
    timeout: soon
    request: { url: "https://example.test/" }
  - name: Bad URL
    type: http
    request: { url: "example.test/no-scheme" }
`;

describe('probegate validate', () => {
  it('prints every problem as file:line:col and exits 2', async () => {
    const file = writeManifest(BROKEN);
    const result = await runCli(['validate', file]);
    const problems = result.stdout.split('\n').filter((line) => line.startsWith(file));
    expect(problems).toEqual([
      `${file}:7:9: error: checks[0].assertions[0]: missing required property "operator"`,
      `${file}:7:29: error: checks[0].assertions[0]: unknown property "operatr", did you mean operator?`,
      `${file}:11:12: error: checks[1].request.url: unknown variable {{ BASE_UR }}, did you mean BASE_URL?`,
      `${file}:14:14: error: checks[2].timeout: must be a duration such as 250ms, 10s or 5m`,
      `${file}:18:21: error: checks[3].request.url: "example.test/no-scheme" is not a valid URL (expected http://… or https://…)`,
    ]);
    expect(result.stdout).toContain(`✗ ${file}: 5 problems in 4 checks`);
    expect(result.code).toBe(2);
  });

  it('accepts a good manifest without a base URL or its environment variables: 0', async () => {
    const file = writeManifest(`version: 1
checks:
  - name: Home
    type: http
    request: { url: "{{ BASE_URL }}/", headers: { authorization: "Bearer {{ env.UNSET_IN_THIS_TEST }}" } }
  - name: Commit
    type: http
    request: { url: "https://status.example/{{ SHA }}/{{ PR_NUMBER }}" }
`);
    const result = await runCli(['validate', file, '--base-url', 'https://preview.example', '--var', 'SHA=abc', '--var', 'PR_NUMBER=7']);
    expect(result.stdout).toBe(`✓ ${file}: 2 checks, no problems\n`);
    expect(result.code).toBe(0);
  });

  it('notes each built-in variable without a value here, which run would refuse, and how to give it: still 0', async () => {
    const file = writeManifest(`version: 1
checks:
  - name: Home
    type: http
    request: { url: "{{ BASE_URL }}/" }
  - name: Commit
    type: http
    request: { url: "https://status.example/{{ SHA }}/{{ PR_NUMBER }}" }
  - name: Repository
    type: http
    request: { url: "https://status.example/{{ REPOSITORY }}" }
`);
    // No GitHub variable reaches the CLI here: the environment of a laptop.
    const result = await runCli(['validate', file]);
    expect(result.stdout.split('\n').filter((line) => line.startsWith(file))).toEqual([
      `${file}:5:21: note: checks[0].request.url: the check uses {{ BASE_URL }} but no base URL is known: set the base-url input (--base-url on the command line), or run on a deployment_status event; checked here with a placeholder`,
      `${file}:8:21: note: checks[1].request.url: {{ SHA }} is not known in this run: a GitHub runner sets it to the commit checked (GITHUB_SHA); elsewhere give it with --var SHA=VALUE (the variables input); checked here with a placeholder`,
      `${file}:11:21: note: checks[2].request.url: {{ REPOSITORY }} is not known in this run: a GitHub runner sets it to owner/name (GITHUB_REPOSITORY); elsewhere give it with --var REPOSITORY=VALUE (the variables input); checked here with a placeholder`,
    ]);
    expect(result.stdout).toContain(`✓ ${file}: 3 checks, no problems`);
    expect(result.code).toBe(0);
    // On a runner of a pull request, or given with --var, they have values: nothing to note.
    const onRunner = await runCli(['validate', file, '--base-url', 'https://preview.example'], { env: { GITHUB_SHA: 'abc', GITHUB_REPOSITORY: 'octo/preview', GITHUB_REF: 'refs/pull/7/merge' } });
    expect(onRunner.stdout).toBe(`✓ ${file}: 3 checks, no problems\n`);
  });

  it('a port, a number or a host from an environment variable not set here: notes, whatever the placeholder breaks', async () => {
    const file = writeManifest(`version: 1
checks:
  - name: Port
    type: tcp
    request: { host: "{{ env.UNSET_DB_HOST }}", port: "{{ env.UNSET_DB_PORT }}" }
  - name: Budget
    type: http
    request: { url: "https://a.example/" }
    assertions: [{ type: responseTime, operator: lessThan, target: "{{ env.UNSET_MAX_MS }}" }]
`);
    const result = await runCli(['validate', file]);
    expect(result.stdout.split('\n').filter((line) => line.startsWith(file))).toEqual([
      `${file}:5:55: note: checks[0].request.port is not checked: it uses {{ env.UNSET_DB_PORT }}, not set here`,
      `${file}:9:68: note: checks[1].assertions[0].target is not checked: it uses {{ env.UNSET_MAX_MS }}, not set here`,
    ]);
    expect(result.code).toBe(0);
  });

  it('a field the schema checks (timeout, method) from an environment variable: a note when it is not set, checked when it is', async () => {
    const file = writeManifest(`version: 1
defaults: { timeout: "{{ env.UNSET_TIMEOUT }}" }
checks:
  - name: Home
    type: http
    request: { url: "https://a.example/", method: "{{ env.UNSET_METHOD }}" }
`);
    const unset = await runCli(['validate', file]);
    expect(unset.stdout.split('\n').filter((line) => line.startsWith(file))).toEqual([
      `${file}:2:22: note: checks[0].timeout is not checked: it uses {{ env.UNSET_TIMEOUT }}, not set here`,
      `${file}:6:51: note: checks[0].request.method is not checked: it uses {{ env.UNSET_METHOD }}, not set here`,
    ]);
    expect(unset.code).toBe(0);
    const wrong = await runCli(['validate', file], { env: { UNSET_TIMEOUT: 'soon', UNSET_METHOD: 'GET' } });
    expect(wrong.stdout).toContain(`${file}:2:22: error: checks[0].timeout: must be a duration such as 250ms, 10s or 5m, once its variables are replaced`);
    expect(wrong.code).toBe(2);
    const right = await runCli(['validate', file], { env: { UNSET_TIMEOUT: '5s', UNSET_METHOD: 'GET' } });
    expect(right.stdout).toBe(`✓ ${file}: 1 check, no problems\n`);
  });

  it('a value built from an environment variable not set here: a note, not a problem; the real problems still count', async () => {
    // Line numbers below are those of this text.
    const file = writeManifest(`version: 1
checks:
  - name: Health
    type: http
    request: { url: "{{ env.UNSET_PREVIEW_URL }}/health", method: GET }
  - name: Block
    type: http
    request:
      url: >-
        {{ env.UNSET_OTHER_URL }}/x
  - name: Set
    type: http
    request: { url: "{{ env.SET_URL }}/x" }
`);
    const clean = await runCli(['validate', file], { env: { SET_URL: 'https://set.example' } });
    expect(clean.stdout).toBe(
      [
        `${file}:5:21: note: checks[0].request.url is not checked: it uses {{ env.UNSET_PREVIEW_URL }}, not set here`,
        `${file}:9:12: note: checks[1].request.url is not checked: it uses {{ env.UNSET_OTHER_URL }}, not set here`,
        `✓ ${file}: 3 checks, no problems (2 values not checked: environment variables they use are not set here)`,
        '',
      ].join('\n'),
    );
    expect(clean.code).toBe(0);
    // A variable that is set is checked as usual: its value's problem is a problem.
    const broken = await runCli(['validate', file], { env: { SET_URL: 'not-a-url' } });
    expect(broken.stdout).toContain(`${file}:13:21: error: checks[2].request.url: "not-a-url/x" is not a valid URL`);
    expect(broken.stdout).toContain(`✗ ${file}: 1 problem in 3 checks (2 values not checked: environment variables they use are not set here)`);
    expect(broken.code).toBe(2);
  });

  it('a problem that does not come from an unset variable stays a problem, though the value uses one', async () => {
    const file = writeManifest(`version: 1
ready:
  url: "{{ env.UNSET_PREVIEW_URL }}/"
checks:
  - name: Typo
    type: http
    request: { url: "{{ env.UNSET_PREVIEW_URL }}/{{ TYPO_VAR }}" }
  - name: Regex
    type: http
    request: { url: "https://a.example/" }
    assertions: [{ type: body, operator: matches, target: "{{ env.UNSET_X }}(" }]
  - name: api {{ env.UNSET_REGION }}
    type: http
    request: { url: "https://a.example/" }
  - name: api {{ env.UNSET_REGION }}
    type: http
    request: { url: "https://b.example/" }
`);
    const result = await runCli(['validate', file]);
    expect(result.stdout.split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${file}:7:21: error: checks\\[0\\]\\.request\\.url: unknown variable \\{\\{ TYPO_VAR \\}\\}`)),
      `${file}:15:11: error: checks[3].name: "api {{ env.UNSET_REGION }}" is used by another check; names must be unique`,
      `${file}:3:8: note: ready.url is not checked: it uses {{ env.UNSET_PREVIEW_URL }}, not set here`,
      // A pattern is text like any other: what it will be decides whether it compiles.
      `${file}:11:59: note: checks[1].assertions[0].target is not checked: it uses {{ env.UNSET_X }}, not set here`,
      `✗ ${file}: 2 problems in 4 checks (2 values not checked: environment variables they use are not set here)`,
      '',
    ]);
    expect(result.code).toBe(2);
  });

  it('a misspelt check type, assertion type, operator or setting: a did-you-mean after the allowed values', async () => {
    const file = writeManifest(`version: 1
checks:
  - name: Type
    type: htp
    request: { url: "https://a.example/" }
  - name: Assertion
    type: http
    request: { url: "https://a.example/" }
    http_version: HTTP2
    assertions: [{ type: statusCod, operator: IS, target: 200 }, { type: body, operator: xyzzy, target: a }]
`);
    const result = await runCli(['validate', file]);
    const problems = result.stdout.split('\n').filter((line) => line.startsWith(file));
    const operators = 'is, isNot, contains, doesNotContain, matches, doesNotMatch, lessThan, lessThanOrEqual, moreThan, moreThanOrEqual, doesNotExist, isInMoreThan, isInLessThan';
    expect(problems).toEqual([
      `${file}:4:11: error: checks[0].type: must be one of http, ssl, dns, tcp, udp, icmp, grpc, websocket, multistep; "htp", did you mean http?`,
      `${file}:9:19: error: checks[1].http_version: must be one of http1, http2, any; "HTTP2", did you mean http2?`,
      `${file}:10:26: error: checks[1].assertions[0].type: must be one of statusCode, responseTime, header, body, jsonpath, bodyHash, jsonSchema, tlsVersion; "statusCod", did you mean statusCode?`,
      `${file}:10:47: error: checks[1].assertions[0].operator: must be one of ${operators}; "IS", did you mean is?`,
      // Nothing close enough: the allowed values alone.
      `${file}:10:90: error: checks[1].assertions[1].operator: must be one of ${operators}`,
    ]);
    expect(result.code).toBe(2);
  });

  it('elements: every or some, and not on recordSome or recordEvery, which say it themselves', async () => {
    const file = writeManifest(`version: 1
checks:
  - name: Records
    type: dns
    request: { host: example.test, record_type: A }
    assertions: [{ type: recordEvery, property: A, operator: is, target: 192.0.2.1, elements: some }]
  - name: Elements
    type: http
    request: { url: "https://a.example/" }
    assertions: [{ type: jsonpath, path: "$.s[*]", operator: is, target: up, elements: al }]
  - name: Good
    type: http
    request: { url: "https://a.example/" }
    assertions: [{ type: jsonpath, path: "$.s[*]", operator: is, target: up, elements: some }]
`);
    const result = await runCli(['validate', file]);
    expect(result.stdout.split('\n').filter((line) => line.startsWith(file))).toEqual([
      `${file}:6:95: error: checks[0].assertions[0].elements: recordEvery already says how the records are judged: drop elements (recordEvery asks every record, recordSome one)`,
      `${file}:10:88: error: checks[1].assertions[0].elements: must be one of every, some`,
    ]);
    expect(result.code).toBe(2);
  });

  it('recordSome with a negative operator: a problem at its line saying to use recordEvery', async () => {
    const file = writeManifest(`version: 1
checks:
  - name: Records
    type: dns
    request: { host: example.test, record_type: A }
    assertions: [{ type: recordSome, property: A, operator: isNot, target: 192.0.2.1 }, { type: recordEvery, property: A, operator: isNot, target: 192.0.2.1 }]
`);
    const result = await runCli(['validate', file]);
    expect(result.stdout.split('\n').filter((line) => line.startsWith(file))).toEqual([
      `${file}:6:61: error: checks[0].assertions[0].operator: recordSome isNot passes as soon as one record is not what the target names, so it passes whenever another record exists: use recordEvery isNot, which asks it of every record`,
    ]);
    expect(result.code).toBe(2);
  });

  it('a pattern of a literal\'s shape but /…/i: a problem saying how to write either reading', async () => {
    const file = writeManifest(`version: 1
checks:
  - name: Slashes
    type: http
    request: { url: "https://a.example/" }
    assertions: [{ type: body, operator: doesNotMatch, target: "/error/" }, { type: body, operator: matches, target: "/ok/i" }]
`);
    const result = await runCli(['validate', file]);
    expect(result.stdout.split('\n').filter((line) => line.startsWith(file))).toEqual([
      `${file}:6:64: error: checks[0].assertions[0].target: "/error/" reads two ways, as text with slashes or as a JavaScript literal: write "\\\\/error\\\\/" for the text with its slashes, or "error" for the pattern between them (the one flag a literal may have here is i, as in /error/i)`,
    ]);
    expect(result.code).toBe(2);
  });

  it('a manifest that is not YAML: its syntax error at file:line:col, 2', async () => {
    const file = writeManifest('version: 1\nchecks:\n  - name: A\n    name: B\n');
    const result = await runCli(['validate', file]);
    expect(result.stdout).toContain(`${file}:4:5: error: YAML syntax: Map keys must be unique`);
    expect(result.stdout).toContain(`✗ ${file} is not valid YAML`);
    expect(result.code).toBe(2);
  });

  it('a wrongly indented line: said at that line, with what to do, with LF or CRLF and a byte-order mark or none, 2', async () => {
    const head = 'version: 1\nchecks:\n  - name: a\n    type: http\n';
    const cases = [
      [
        `${head}     request: { url: "https://x.example/" }\n`,
        '5:6: error: YAML indentation: line 5 is indented more than `type:` above (line 4, column 5), which has its value on its line already: to put it beside `type:`, move it to column 5',
      ],
      [
        `${head}   request: { url: "https://x.example/" }\n`,
        '5:4: error: YAML indentation: line 5 is indented less than `type:` above (line 4, column 5) and more than the `-` of its list item (line 3, column 3), so YAML cannot tell what it belongs to: move it to column 5 to put it beside `type:`',
      ],
      [
        `${head}\trequest: { url: "https://x.example/" }\n`,
        '5:1: error: YAML indentation: line 5 is indented with a tab, and YAML allows only spaces there: indent it with spaces (to column 5, as `type:` on line 4)',
      ],
    ];
    for (const [text, expected] of cases) {
      for (const written of [text!, text!.replace(/\n/g, '\r\n'), `\uFEFF${text}`, `\uFEFF${text!.replace(/\n/g, '\r\n')}`]) {
        const file = writeManifest(written);
        const result = await runCli(['validate', file]);
        expect(result.stdout.split('\n').filter((line) => line.startsWith(file))).toEqual([`${file}:${expected}`]);
        expect(result.stdout).toContain(`✗ ${file} is not valid YAML`);
        expect(result.code).toBe(2);
      }
    }
  });

  it('a manifest broken outside its checks: the schema problem with its line, 2', async () => {
    const file = writeManifest('version: 2\nchecks:\n  - { name: A, type: http, request: { url: "https://a.example/" } }\n');
    const result = await runCli(['validate', file]);
    expect(result.stdout).toContain(`${file}:1:10: error: version: must be 1`);
    expect(result.code).toBe(2);
  });

  it('a missing manifest: 2, saying where it looked', async () => {
    const result = await runCli(['validate'], { cwd: '/' });
    expect(result.stdout).toContain('No manifest at .github/probegate.yml');
    expect(result.code).toBe(2);
  });
});
