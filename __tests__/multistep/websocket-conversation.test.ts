// WebSocket conversations on a plain websocket check: a server that greets first and sends
// heartbeats, then answers a subscription.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureLocation } from '../../src/report/details.js';
import { startJourneyApp, type JourneyApp } from '../helpers/journey-app.js';
import { checkNamed, runManifestText } from '../helpers/run.js';

let app: JourneyApp;
beforeAll(async () => {
  app = await startJourneyApp();
});
afterAll(() => app.close());

function conversation(messages: string, extra = ''): string {
  return `version: 1
checks:
  - name: Events
    type: websocket
${extra}    request:
      url: "{{ BASE_URL }}/events"
      messages:
${messages}`;
}

const lineOf = (yaml: string, text: string) => yaml.split('\n').findIndex((line) => line.includes(text)) + 1;

describe('a websocket conversation', () => {
  it('skips the greeting and heartbeats until the subscription is answered, on an http:// URL', async () => {
    const run = await runManifestText(
      conversation(`        - receive: { assertions: [ { type: receivedMessage, operator: contains, target: hello } ] }
        - send: '{"subscribe":"ord-9"}'
        - receive:
            until: [ { type: receivedMessage, operator: contains, target: subscribed } ]
            within: 3s
            assertions: [ { type: receivedMessage, operator: contains, target: ord-9 } ]
`),
      { baseUrl: app.url },
    );
    const check = checkNamed(run, 'Events');
    expect(check.error).toBeNull();
    expect(check.assertions.map((a) => [a.type, a.passed, a.actual])).toEqual([
      ['receivedMessage', true, '{"type":"hello","session":false}'],
      ['receivedMessage', true, '{"type":"subscribed","id":"ord-9"}'],
    ]);
  });

  it('is INCORRECT_ASSERTION with the last message received when no message matches within the limit', async () => {
    const yaml = conversation(`        - receive:
            until: [ { type: receivedMessage, operator: contains, target: subscribed } ]
            within: 300ms
`);
    const run = await runManifestText(yaml, { baseUrl: app.url });
    const check = checkNamed(run, 'Events');
    expect(check.error).toMatchObject({ category: 'INCORRECT_ASSERTION', code: 'INCORRECT_ASSERTION' });
    expect(check.error!.message).toMatch(/^Receive turn 1 \(line \d+\): no message satisfied its `until` assertions within 300 ms; the last message received was "\{\\"type\\":\\"heartbeat\\"\}"/);
    expect(failureLocation(check).line).toBe(lineOf(yaml, 'target: subscribed'));
  });

  it('reports a received message that fails its assertions as expected vs actual, at the assertion line', async () => {
    const yaml = conversation(`        - receive: { assertions: [ { type: receivedMessage, operator: contains, target: welcome } ] }
`);
    const run = await runManifestText(yaml, { baseUrl: app.url });
    const check = checkNamed(run, 'Events');
    expect(check.error).toMatchObject({ category: 'INCORRECT_ASSERTION' });
    expect(check.error!.message).toMatch(/receivedMessage: expected contains `welcome`, actual `\{"type":"hello","session":false\}`/);
    expect(failureLocation(check).line).toBe(lineOf(yaml, 'target: welcome'));
  });

  it('is WEBSOCKET with the close code when the server closes during the conversation', async () => {
    const run = await runManifestText(
      conversation(`        - send: '{"close":true}'
        - receive: { until: [ { type: receivedMessage, operator: contains, target: subscribed } ] }
`),
      { baseUrl: app.url },
    );
    const check = checkNamed(run, 'Events');
    expect(check.error).toMatchObject({ category: 'WEBSOCKET', code: 'WEBSOCKET' });
    expect(check.error!.message).toMatch(/closed the WebSocket \(code 1011, "internal error"\) before the conversation was over on ws:\/\/127\.0\.0\.1:\d+\/events/);
  });

  it('refuses message and messages together at load', async () => {
    const yaml = `version: 1
checks:
  - name: Events
    type: websocket
    request: { url: "{{ BASE_URL }}/events", message: hi, messages: [ { send: hi } ] }
`;
    const run = await runManifestText(yaml, { baseUrl: app.url });
    expect(checkNamed(run, 'Events').error).toMatchObject({ category: 'INVALID_REQUEST' });
    expect(checkNamed(run, 'Events').error!.message).toMatch(/give either `message`.*or `messages`/);
  });

  it.each([
    ['a list as a pattern', '{ type: receivedMessage, operator: matches, target: [healthy] }', /target: matches takes a regular expression as text/],
    ['an operator the type does not take', '{ type: receivedMessage, operator: lessThan, target: 5 }', /receivedMessage does not support the operator lessThan/],
    ['an elements that is neither every nor some', '{ type: receivedMessage, operator: contains, target: ok, elements: sometimes }', /elements: must be every or some, not "sometimes"/],
  ])('refuses at load %s in a turn, as in a check', async (_, assertion, message) => {
    const run = await runManifestText(conversation(`        - receive: { assertions: [ ${assertion} ] }
`), { baseUrl: app.url });
    expect(checkNamed(run, 'Events').error).toMatchObject({ category: 'INVALID_REQUEST' });
    expect(checkNamed(run, 'Events').error!.message).toMatch(message);
  });
});
