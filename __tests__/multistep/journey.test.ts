// Multistep checks against a loopback app that behaves like a real one: log in, use the token
// and the session cookie, create an order, wait for it, follow it on a WebSocket.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderAllowedFailures } from '../../src/cli/details.js';
import { createStyle } from '../../src/cli/style.js';
import { buildAnnotations } from '../../src/report/annotations.js';
import { failureLocation } from '../../src/report/details.js';
import { renderSummary } from '../../src/report/summary.js';
import { startJourneyApp, TOKEN, type JourneyApp } from '../helpers/journey-app.js';
import { checkNamed, runManifestText } from '../helpers/run.js';

let app: JourneyApp;
beforeEach(async () => {
  app = await startJourneyApp();
});
afterEach(() => app.close());

const LOGIN = `      - name: Log in
        type: http
        request: { method: POST, url: "{{ BASE_URL }}/login", body: { user: demo, password: hunter2 } }
        assertions: [ { type: statusCode, operator: is, target: 200 } ]
        extract:
          - { name: TOKEN, from: jsonpath, path: "$.token", secret: true }
          - { name: CSRF, from: header, property: x-csrf-token }
          - { name: SESSION_ID, from: cookie, property: session, regex: "sess-(\\\\w+)" }
`;

function journey(steps: string, extra = ''): string {
  return `version: 1
checks:
  - name: Checkout
    type: multistep
${extra}    steps:
${LOGIN}${steps}`;
}

describe('a multistep check', () => {
  it('logs in, uses the token and the session cookie, creates an order, waits for it and follows it on a WebSocket', async () => {
    const run = await runManifestText(
      journey(`      - name: Who am I
        type: http
        request: { url: "{{ BASE_URL }}/me" }
        assertions: [ { type: jsonpath, path: "$.user", operator: is, target: demo } ]
      - name: Create order
        type: http
        request: { method: POST, url: "{{ BASE_URL }}/orders", auth: { bearer: "{{ TOKEN }}" }, headers: { x-csrf: "{{ CSRF }}" }, body: { sku: A1 } }
        extract: [ { name: ORDER_ID, from: jsonpath, path: "$.id" } ]
      - { name: Let the queue drain, type: wait, duration: 50ms }
      - name: Order is visible
        type: http
        request: { url: "{{ BASE_URL }}/orders/{{ ORDER_ID }}" }
        retry: { count: 10, interval: 100ms }
        assertions: [ { type: jsonpath, path: "$.id", operator: is, target: "{{ ORDER_ID }}" } ]
      - name: Order events
        type: websocket
        request:
          url: "{{ BASE_URL }}/events"
          messages:
            - receive: { until: [ { type: receivedMessage, operator: contains, target: hello } ], within: 2s }
            - send: '{"subscribe":"{{ ORDER_ID }}"}'
            - receive:
                until: [ { type: receivedMessage, operator: contains, target: subscribed } ]
                assertions: [ { type: receivedMessage, operator: contains, target: "{{ ORDER_ID }}" } ]
        extract: [ { name: CONFIRMED, from: message, path: "$.type" } ]
`),
      { baseUrl: app.url },
    );
    const check = checkNamed(run, 'Checkout');
    expect(check.error).toBeNull();
    expect(check.status).toBe('passed');
    expect(check.steps!.map((s) => [s.name, s.status])).toEqual([
      ['Log in', 'passed'],
      ['Who am I', 'passed'],
      ['Create order', 'passed'],
      ['Let the queue drain', 'passed'],
      ['Order is visible', 'passed'],
      ['Order events', 'passed'],
    ]);
    expect(check.steps![0]!.extracted).toEqual({ TOKEN: '***', CSRF: 'csrf-91', SESSION_ID: '4b8e2a6c' });
    expect(check.steps![2]!.extracted).toEqual({ ORDER_ID: 'ord-101' });
    expect(check.steps![4]!.attempts).toBeGreaterThan(1);
    expect(check.steps![5]!.extracted).toEqual({ CONFIRMED: 'subscribed' });
    // The session cookie went to later requests by its Path; the Path=/account and Max-Age=0 ones did not.
    const me = app.requests.find((r) => r.path === '/me')!;
    expect(me.cookie).toBe('session=sess-4b8e2a6c');
    expect(app.requests.find((r) => r.method === 'UPGRADE')!.cookie).toBe('session=sess-4b8e2a6c');
    expect(app.requests.find((r) => r.path === '/orders')!.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('ends at a step failing mid-sequence: later steps are not run and the failing assertion line is reported', async () => {
    const yaml = journey(`      - name: Create order
        type: http
        request: { method: POST, url: "{{ BASE_URL }}/orders", body: { sku: A1 } }
        assertions:
          - { type: statusCode, operator: is, target: 201 }
      - name: Never reached
        type: http
        request: { url: "{{ BASE_URL }}/me" }
`);
    const run = await runManifestText(yaml, { baseUrl: app.url });
    const check = checkNamed(run, 'Checkout');
    expect(check.error).toMatchObject({ category: 'INCORRECT_ASSERTION', step: { index: 1, name: 'Create order' } });
    expect(check.error!.message).toMatch(/^Step 2 "Create order": statusCode: expected is `201`, actual `401`/);
    expect(check.steps!.map((s) => s.status)).toEqual(['passed', 'failed', 'not_run']);
    const assertionLine = yaml.split('\n').findIndex((line) => line.includes('target: 201')) + 1;
    expect(failureLocation(check).line).toBe(assertionLine);
    expect(app.requests.map((r) => r.path)).toEqual(['/login', '/orders']);
  });

  it('fails a step whose extraction finds nothing as INCORRECT_ASSERTION:NOTHING_EXTRACTED, naming the step and the extraction', async () => {
    const run = await runManifestText(
      journey(`      - name: Create order
        type: http
        request: { method: POST, url: "{{ BASE_URL }}/orders", auth: { bearer: "{{ TOKEN }}" } }
        extract: [ { name: ORDER_ID, from: jsonpath, path: "$.orderId" } ]
      - name: Read it back
        type: http
        request: { url: "{{ BASE_URL }}/orders/{{ ORDER_ID }}" }
`),
      { baseUrl: app.url },
    );
    const check = checkNamed(run, 'Checkout');
    expect(check.error).toMatchObject({ category: 'INCORRECT_ASSERTION', code: 'NOTHING_EXTRACTED', step: { index: 1 } });
    expect(check.error!.message).toMatch(/Step "Create order" extracted nothing for ORDER_ID \(from jsonpath \$\.orderId, line \d+\)/);
    expect(check.steps!.map((s) => s.status)).toEqual(['passed', 'failed', 'not_run']);
  });

  it('reports an allowed failure as such and still passes the check', async () => {
    const run = await runManifestText(
      journey(`      - name: Optional profile
        type: http
        allow_failure: true
        request: { url: "{{ BASE_URL }}/profile" }
      - name: Who am I
        type: http
        request: { url: "{{ BASE_URL }}/me" }
`),
      { baseUrl: app.url },
    );
    const check = checkNamed(run, 'Checkout');
    expect(check.status).toBe('passed');
    expect(check.steps!.map((s) => s.status)).toEqual(['passed', 'allowed_failure', 'passed']);
    expect(check.steps![1]!.error).toMatchObject({ category: 'INCORRECT_ASSERTION' });
    expect(buildAnnotations(run)).toEqual([
      expect.objectContaining({ level: 'warning', title: 'INCORRECT_ASSERTION · Checkout › Optional profile (allowed to fail)', line: check.steps![1]!.location.line }),
    ]);
    expect(renderAllowedFailures(check, createStyle(false))).toEqual([
      '! Checkout  passed; steps allowed to fail failed: Optional profile (INCORRECT_ASSERTION)',
      expect.stringMatching(/^ {4}1\. Log in \(http, line \d+\): passed in [\d.]+ ms$/),
      expect.stringMatching(/^ {4}2\. Optional profile \(http, line \d+\): allowed failure in [\d.]+ ms {2}INCORRECT_ASSERTION$/),
      expect.stringMatching(/^ {4}3\. Who am I \(http, line \d+\): passed in [\d.]+ ms$/),
    ]);
    expect(renderSummary(run)).toMatch(/### Steps allowed to fail that failed[\s\S]*\| 2 \| Optional profile \| http \| ⚠️ allowed failure \| INCORRECT_ASSERTION \|/);
  });

  it('never sends a step that uses a value an allowed failure did not extract', async () => {
    const run = await runManifestText(
      journey(`      - name: Optional lookup
        type: http
        allow_failure: true
        request: { url: "{{ BASE_URL }}/profile" }
        extract: [ { name: PROFILE_ID, from: jsonpath, path: "$.id" } ]
      - name: Use it
        type: http
        request: { url: "{{ BASE_URL }}/profiles/{{ PROFILE_ID }}" }
`),
      { baseUrl: app.url },
    );
    const check = checkNamed(run, 'Checkout');
    expect(check.error).toMatchObject({ category: 'INCORRECT_ASSERTION', code: 'NOTHING_EXTRACTED', step: { index: 2, name: 'Use it' } });
    expect(check.error!.message).toMatch(/\{\{ PROFILE_ID \}\} had no value: the step that extracts it failed and was allowed to, so this step was not sent/);
    expect(app.requests.map((r) => r.path)).toEqual(['/login', '/profile']);
  });

  it('bounds the whole sequence by overall_timeout: the step running when it ends is TIMEOUT:OVERALL_TIMEOUT', async () => {
    const run = await runManifestText(
      journey(
        `      - { name: Pause, type: wait, duration: 200ms }
      - name: Slow report
        type: http
        timeout: 10s
        request: { url: "{{ BASE_URL }}/slow" }
      - name: After
        type: http
        request: { url: "{{ BASE_URL }}/me" }
`,
        '    overall_timeout: 700ms\n',
      ),
      { baseUrl: app.url },
    );
    const check = checkNamed(run, 'Checkout');
    expect(check.error).toMatchObject({ category: 'TIMEOUT', code: 'OVERALL_TIMEOUT', step: { index: 2, name: 'Slow report' } });
    expect(check.error!.message).toMatch(/overall timeout of 700 ms/);
    expect(check.steps!.map((s) => s.status)).toEqual(['passed', 'passed', 'failed', 'not_run']);
  });

  it("bounds a step's assertion regexes by the sequence's overall_timeout, and names that limit", async () => {
    const run = await runManifestText(
      `version: 1
checks:
  - name: Backtracking
    type: multistep
    overall_timeout: 1s
    steps:
      - name: Echo
        type: http
        request: { url: "{{ BASE_URL }}/echo", headers: { authorization: "${'a'.repeat(50)}!" } }
        assertions:
          - { type: statusCode, operator: is, target: 500 }
          - { type: header, property: x-received, operator: matches, target: "^(a+)+$" }
`,
      { baseUrl: app.url },
    );
    const check = checkNamed(run, 'Backtracking');
    expect(check.error).toMatchObject({ category: 'TIMEOUT', code: 'OVERALL_TIMEOUT', step: { index: 0, name: 'Echo' } });
    expect(check.error!.message).toMatch(/overall timeout of 1000 ms: the regular expression \/\^\(a\+\)\+\$\/ was still running/);
  }, 20_000);

  it("reruns the whole sequence on the check's retry with an empty cookie jar and no values", async () => {
    const run = await runManifestText(
      `version: 1
checks:
  - name: Checkout
    type: multistep
    retry: { count: 1, interval: 50ms }
    steps:
      - name: Anonymous at first
        type: http
        request: { url: "{{ BASE_URL }}/me" }
        assertions: [ { type: statusCode, operator: is, target: 401 } ]
${LOGIN}      - name: Flaky
        type: http
        request: { url: "{{ BASE_URL }}/flaky" }
`,
      { baseUrl: app.url },
    );
    const check = checkNamed(run, 'Checkout');
    expect(check.error).toBeNull();
    expect(check.attempts).toBe(2);
    const mes = app.requests.filter((r) => r.path === '/me');
    expect(mes.map((r) => r.cookie)).toEqual([undefined, undefined]);
    expect(app.requests.map((r) => r.path)).toEqual(['/me', '/login', '/flaky', '/me', '/login', '/flaky']);
  });

  it('does not send cookies with cookies: false', async () => {
    const run = await runManifestText(
      journey(
        `      - name: Who am I
        type: http
        request: { url: "{{ BASE_URL }}/me" }
`,
        '    cookies: false\n',
      ),
      { baseUrl: app.url },
    );
    const check = checkNamed(run, 'Checkout');
    expect(check.error).toMatchObject({ category: 'INCORRECT_ASSERTION', step: { index: 1, name: 'Who am I' } });
    expect(app.requests.find((r) => r.path === '/me')!.cookie).toBeUndefined();
  });
});
