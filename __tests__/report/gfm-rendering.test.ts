// The job summary and the pull-request comment as GitHub shows them: rendered by a GFM parser
// (micromark with the GFM extensions, which links `http://…` and `www.…` in the source as
// cmark-gfm does) and read as text. Servers and the manifest send what the escaper touches:
// emphasis, brackets, tags, pipes, backticks, URLs with underscores, regexes, JSON.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model.js';
import { commentMarker, renderComment } from '../../src/report/comment.js';
import type { LinkContext } from '../../src/report/details.js';
import { renderSummary } from '../../src/report/summary.js';
import { runManifest, withFixedTimes } from '../helpers/run-result.js';
import { closedPort, startHttpServer, type Peer } from '../helpers/servers.js';

const LINKS: LinkContext = { serverUrl: 'https://github.com', repository: 'octo/preview', sha: 'feedc0de1234567', runUrl: 'https://github.com/octo/preview/actions/runs/42' };
const SERVER_TEXT = 'a*b_c [x](y) <b>|`t` ~s~ $m$ see http://docs.example/read_me and www.example.com/a_b';
const BODY = JSON.stringify({ error: SERVER_TEXT, path: '/api/v1/*' });
const ADVICE = 'Compare expected and actual: either the service regressed or the assertion needs updating.';

const MANIFEST = (refusedPort: number) => `version: 1
checks:
  - name: "Orders *API* [v2] | <main>"
    type: http
    request: { url: "{{ BASE_URL }}/api/order_items?q=a*b&tag=[x]" }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
      - { type: header, property: x-note, operator: is, target: "a_b*c" }
      - { type: body, operator: matches, target: "^[{]\\"ok\\":\\\\s*true[}]$" }
      - { type: jsonpath, path: "$.items[*].id", operator: is, target: 3 }
      - { type: header, property: server, operator: doesNotMatch, target: "nginx/\\\\d+\\\\.\\\\d+" }
  - name: Cart journey
    type: multistep
    steps:
      - name: Log in
        type: http
        request: { url: "{{ BASE_URL }}/login" }
        assertions: [ { type: statusCode, operator: is, target: 200 } ]
      - name: "Read *the* cart"
        type: http
        request: { url: "{{ BASE_URL }}/cart_items" }
        assertions: [ { type: statusCode, operator: is, target: 200 }, { type: body, operator: contains, target: "<ok>" } ]
  - name: Payments
    type: http
    request: { url: "http://127.0.0.1:${refusedPort}/pay_now" }
  - name: Refunds
    type: http
    request: { url: "http://127.0.0.1:${refusedPort}/refund_now" }
  - name: Secret
    type: http
    request: { url: "{{ BASE_URL }}/s", headers: { authorization: "{{ env.API_TOKEN }}" } }
`;

/** GitHub's reading of the Markdown, as HTML. */
function render(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** What a reader sees: the HTML without its tags, entities read. */
function visible(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39|#x?[0-9a-f]+);/gi, (whole, name: string) => {
    if (ENTITIES[name]) return ENTITIES[name]!;
    const code = name.startsWith('#x') || name.startsWith('#X') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isNaN(code) ? whole : String.fromCodePoint(code);
  });
}

/** Every table of the page: its head and its rows, as visible text per cell. */
function tables(html: string): { head: string[]; rows: string[][] }[] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, table]) => {
    const cells = (row: string, tag: string) => [...row.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map(([, c]) => visible(c!).trim());
    const rows = [...table!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => row!);
    return { head: cells(rows[0]!, 'th'), rows: rows.slice(1).map((row) => cells(row, 'td')) };
  });
}

function column(table: { head: string[]; rows: string[][] }, name: string): string[] {
  const index = table.head.indexOf(name);
  return table.rows.map((row) => row[index]!);
}

let peer: Peer;
let run: RunResult;
beforeAll(async () => {
  peer = await startHttpServer((request, response) => {
    const status = request.url === '/login' ? 200 : 500;
    response.writeHead(status, { 'content-type': 'application/json', 'x-note': SERVER_TEXT, server: 'nginx/1.2 *_*' });
    response.end(BODY);
  });
  run = withFixedTimes(await runManifest(MANIFEST(await closedPort()), { baseUrl: peer.url }));
});
afterAll(() => peer.close());

describe.each([
  { what: 'job summary', markdown: () => renderSummary(run, { links: LINKS }) },
  { what: 'pull-request comment', markdown: () => renderComment(run, commentMarker('.github/probegate.yml'), LINKS) },
])('the $what, rendered as GitHub renders it', ({ markdown }) => {
  it('shows server and manifest text as sent: no backslash of our escaping, no link made of it', () => {
    const html = render(markdown());
    const text = visible(html);
    // Nothing sent holds a backslash before these characters: any shown is our escaping leaking.
    expect(text).not.toMatch(/\\[*_[\]|`~$<>&:@#]/);
    expect(text).toContain('x-note');
    expect(text).toContain(SERVER_TEXT);
    expect(text).toContain('nginx/\\d+\\.\\d+');
    expect(text).toContain('Orders *API* [v2] | <main>');
    // The only links are ours: the manifest lines and the workflow run.
    const links = [...html.matchAll(/<a href="([^"]*)"/g)].map(([, href]) => href!);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^https:\/\/github\.com\/octo\/preview\/(blob\/feedc0de1234567\/\.github\/probegate\.yml#L\d+|actions\/runs\/42)$/);
  });

  it('gives each piece of advice once, and the failed assertions only in their table', () => {
    const text = visible(render(markdown()));
    expect(text.split(ADVICE)).toHaveLength(2);
    expect(text.split('Check that the service is running and that the host and port are right.')).toHaveLength(2);
    expect(text).toContain('5 of 5 assertions failed.');
    expect(text).toContain('Step 2 "Read *the* cart": 2 of 2 assertions failed.');
    expect(text).not.toContain('expected is');
    const assertionTables = tables(render(markdown())).filter((t) => t.head.includes('Assertion'));
    expect(assertionTables.map((t) => t.rows.length)).toEqual([5, 2]);
    expect(assertionTables[0]!.rows[1]).toEqual(['❌', 'header x-note', 'is a_b*c', SERVER_TEXT, '8']);
  });

  it('says a missing env variable is passed to the step with env:, not a manifest to correct', () => {
    const text = visible(render(markdown()));
    expect(text).toContain('environment variable API_TOKEN is not set');
    expect(text).toContain('pass the variable to the probegate step with env:, for example `env: { API_TOKEN: ${{ secrets.API_TOKEN }} }`');
    expect(text).not.toContain('Correct the check in the manifest');
  });

  it('keeps every time in a table on one line', () => {
    const timed = tables(render(markdown())).filter((t) => t.head.includes('Time'));
    expect(timed.length).toBe(2); // the checks and the journey's steps
    const times = timed.flatMap((t) => column(t, 'Time')).filter(Boolean);
    expect(times.length).toBeGreaterThan(3);
    for (const time of times) expect(time).toMatch(/^\d+(\.\d)?\u00a0m?s$/);
  });
});

it('the summary shows each check target as the URL it is', () => {
  const [, checks] = tables(render(renderSummary(run, { links: LINKS })));
  expect(column(checks!, 'Target')[0]).toBe(`${peer.url}/api/order_items?q=a*b&tag=[x]`);
});
