// A multistep check is checked before anything runs: the names a step uses, what it extracts
// from, the schema of steps; and defaults reach a step's request and timeout but not its retry.
import { describe, expect, it } from 'vitest';
import type { MultistepRequest } from '../../src/model.js';
import { loadManifestText } from '../helpers/run.js';

const BASE = 'http://127.0.0.1:9';

function multistep(steps: string, defaults = ''): string {
  return `version: 1
${defaults}checks:
  - name: Journey
    type: multistep
    steps:
${steps}`;
}

const lineOf = (yaml: string, text: string) => yaml.split('\n').findIndex((line) => line.includes(text)) + 1;

describe('loading a multistep check', () => {
  it('refuses a typo in a variable name at its line with a did-you-mean, before anything runs', async () => {
    const yaml = multistep(`      - name: Log in
        type: http
        request: { method: POST, url: "{{ BASE_URL }}/login" }
        extract: [ { name: ORDER_ID, from: jsonpath, path: "$.id" } ]
      - name: Read back
        type: http
        request: { url: "{{ BASE_URL }}/orders/{{ ORDER_DI }}" }
`);
    const manifest = await loadManifestText(yaml, { baseUrl: BASE });
    const check = manifest.checks[0]!;
    expect(check.invalid).toMatchObject({ category: 'INVALID_REQUEST' });
    expect(manifest.problems).toHaveLength(1);
    expect(manifest.problems[0]!.location.line).toBe(lineOf(yaml, 'ORDER_DI'));
    expect(manifest.problems[0]!.message).toBe('checks[0].steps[1].request.url: unknown variable {{ ORDER_DI }}, did you mean ORDER_ID?');
  });

  it('refuses a name that only a later step extracts, saying which step', async () => {
    const yaml = multistep(`      - name: Read back
        type: http
        request: { url: "{{ BASE_URL }}/orders/{{ ORDER_ID }}" }
      - name: Create
        type: http
        request: { method: POST, url: "{{ BASE_URL }}/orders" }
        extract: [ { name: ORDER_ID, from: jsonpath, path: "$.id" } ]
`);
    const manifest = await loadManifestText(yaml, { baseUrl: BASE });
    expect(manifest.problems.map((p) => p.message)).toEqual([
      'checks[0].steps[0].request.url: {{ ORDER_ID }} is extracted by a later step ("Create"): a step can only use what earlier steps extract',
    ]);
    const own = await loadManifestText(
      multistep(`      - name: Create
        type: http
        request: { method: POST, url: "{{ BASE_URL }}/orders/{{ ORDER_ID }}" }
        extract: [ { name: ORDER_ID, from: jsonpath, path: "$.id" } ]
`),
      { baseUrl: BASE },
    );
    expect(own.problems.map((p) => p.message)).toEqual([
      'checks[0].steps[0].request.url: {{ ORDER_ID }} is extracted by this step itself: a step can only use what earlier steps extract',
    ]);
  });

  it('never resolves a prototype member as a variable', async () => {
    const yaml = multistep(`      - name: Probe
        type: http
        request: { url: "{{ BASE_URL }}/{{ constructor }}" }
`);
    const manifest = await loadManifestText(yaml, { baseUrl: BASE });
    expect(manifest.problems.map((p) => p.message)).toEqual(['checks[0].steps[0].request.url: unknown variable {{ constructor }}: give it a value, under variables: in the manifest, or in the variables input (--var constructor=VALUE on the command line)']);
  });

  it('refuses an extraction its step type cannot give, and one that misses its path', async () => {
    const yaml = multistep(`      - name: Port open
        type: tcp
        request: { host: 127.0.0.1, port: 9 }
        extract: [ { name: X, from: jsonpath, path: "$.x" } ]
      - name: Api
        type: http
        request: { url: "{{ BASE_URL }}/" }
        extract: [ { name: Y, from: jsonpath } ]
`);
    const manifest = await loadManifestText(yaml, { baseUrl: BASE });
    expect(manifest.problems.map((p) => [p.location.line, p.message])).toEqual([
      [lineOf(yaml, 'name: X'), 'checks[0].steps[0].extract[0]: a tcp step has nothing to extract from'],
      [lineOf(yaml, 'name: Y'), 'checks[0].steps[1].extract[0]: from: jsonpath needs a `path` (for example $.token)'],
    ]);
  });

  it('checks the rest of a step that uses extracted values at load time: a bad URL scheme is refused', async () => {
    const yaml = multistep(`      - name: Create
        type: http
        request: { method: POST, url: "{{ BASE_URL }}/orders" }
        extract: [ { name: ID, from: jsonpath, path: "$.id" } ]
      - name: Read back
        type: http
        request: { url: "ftp://127.0.0.1/orders/{{ ID }}" }
`);
    const manifest = await loadManifestText(yaml, { baseUrl: BASE });
    expect(manifest.problems.map((p) => p.message)).toEqual(['checks[0].steps[1].request.url: the URL must start with http:// or https://, not ftp://']);
  });

  it('leaves a URL that is wholly an extracted value to the run', async () => {
    const yaml = multistep(`      - name: Start
        type: http
        request: { method: POST, url: "{{ BASE_URL }}/start" }
        extract: [ { name: NEXT, from: header, property: location } ]
      - name: Follow
        type: http
        request: { url: "{{ NEXT }}" }
`);
    const manifest = await loadManifestText(yaml, { baseUrl: BASE });
    expect(manifest.problems).toEqual([]);
  });

  it('refuses more than 20 steps and a step without a request through the schema', async () => {
    const step = `      - { name: S, type: http, request: { url: "{{ BASE_URL }}/" } }\n`;
    const tooMany = await loadManifestText(multistep(step.repeat(21)), { baseUrl: BASE });
    expect(tooMany.checks[0]!.invalid).toMatchObject({ category: 'INVALID_REQUEST' });
    expect(tooMany.problems[0]!.message).toMatch(/steps/);
    const noRequest = await loadManifestText(multistep(`      - { name: S, type: http }\n`), { baseUrl: BASE });
    expect(noRequest.problems[0]!.message).toMatch(/request/);
  });

  it('refuses assertions or a request on the multistep check itself, saying that its steps have them', async () => {
    const yaml = `version: 1
checks:
  - name: Journey
    type: multistep
    request: { url: "${BASE}/" }
    assertions: [ { type: statusCode, operator: is, target: 200 } ]
    steps:
      - { name: S, type: http, request: { url: "${BASE}/" } }
`;
    const loaded = await loadManifestText(yaml, { baseUrl: BASE });
    expect(loaded.checks[0]!.invalid).toMatchObject({ category: 'INVALID_REQUEST' });
    const messages = loaded.problems.map((p) => p.message);
    expect(messages).toContain('checks[0].request: a multistep check has no request of its own: give each of its steps its request');
    expect(messages).toContain('checks[0].assertions: a multistep check has no assertions of its own: put each on the step whose answer it judges');
    expect(messages.join('\n')).not.toMatch(/must NOT be valid/);
  });

  it('gives steps the defaults of request fields and timeout, but not the retry, and the sequence a 5m overall timeout', async () => {
    const yaml = multistep(
      `      - { name: S, type: http, request: { url: "{{ BASE_URL }}/" } }
      - { name: T, type: http, retry: { count: 3 }, request: { url: "{{ BASE_URL }}/" } }
      - { name: Pause, type: wait, duration: 2s }
`,
      'defaults: { timeout: 7s, retry: { count: 2 }, headers: { user-agent: probegate-test } }\n',
    );
    const manifest = await loadManifestText(yaml, { baseUrl: BASE });
    expect(manifest.problems).toEqual([]);
    const check = manifest.checks[0]!;
    expect(check.overallTimeoutMs).toBe(300_000);
    expect(check.retry.count).toBe(2);
    const [s, t, pause] = (check.request as MultistepRequest).steps;
    expect(s!.check!.timeoutMs).toBe(7000);
    expect(s!.check!.retry.count).toBe(0);
    expect(t!.check!.retry.count).toBe(3);
    expect((s!.check!.request as { headers: Record<string, string> }).headers['user-agent']).toBe('probegate-test');
    expect(pause!.waitMs).toBe(2000);
  });
});
