// A hostile preview and secrets, through the bundled action: what a server sends (tags,
// Markdown tables, @-mentions, workflow commands, CR/LF) is inert in the annotations, the job
// summary, the pull-request comment and the JUnit report, and no secret value appears in any
// of them, nor in the log.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../helpers/action.js';
import { startGitHubApi, type GitHubApiStandIn } from '../helpers/github-api.js';
import { junitProblems } from '../helpers/junit-schema.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

const API_TOKEN = 'tok_SECRET_9f8e7d6c';
const SESSION = 'sess_SECRET_a1b2c3';
const HOSTILE_NAME = 'Bobby <b>@everyone</b> | x, y: z';
const HOSTILE_BODY = [
  '<script>alert(1)</script>',
  '| a | b |',
  '| --- | --- |',
  '@everyone please look',
  '::error::injected',
  '\r\n::warning file=.github/probegate.yml,line=1::evil\r\n',
].join('\n');
const HOSTILE_HEADER = '::error file=a.yml,line=1::pwned <script>alert(2)</script> @everyone';

const MANIFEST = `version: 1
defaults:
  timeout: 2s
checks:
  - name: "${HOSTILE_NAME}"
    type: http
    request: { url: "{{ BASE_URL }}/page" }
    assertions:
      - { type: body, operator: contains, target: welcome }
  - name: Evil header
    type: http
    request: { url: "{{ BASE_URL }}/page" }
    assertions:
      - { type: header, property: x-evil, operator: is, target: safe }
  - name: Echoes secrets
    type: http
    request:
      url: "{{ BASE_URL }}/echo?session={{ SESSION }}"
      headers: { x-api-key: "{{ env.API_TOKEN }}" }
    assertions:
      - { type: body, operator: contains, target: welcome }
      - { type: header, property: x-echo, operator: is, target: nothing }
`;

let preview: Peer;
let api: GitHubApiStandIn;
let run: ActionRun;
const received: string[] = [];

beforeAll(async () => {
  preview = await startHttpServer((req, res) => {
    if (req.url?.startsWith('/echo')) {
      const token = String(req.headers['x-api-key']);
      received.push(token, req.url);
      res.writeHead(200, { 'x-echo': `${token} ${req.url}` }).end(`you sent ${token} and ${req.url}`);
    } else {
      res.writeHead(200, { 'content-type': 'text/html', 'x-evil': HOSTILE_HEADER }).end(HOSTILE_BODY);
    }
  });
  api = await startGitHubApi();
  run = await runAction({
    inputs: {
      'base-url': preview.url,
      comment: 'always',
      'github-token': 'ghs_standIn',
      'report-path': 'out/report.json',
      'junit-path': 'out/junit.xml',
      'secret-variables': `SESSION=${SESSION}`,
    },
    files: { '.github/probegate.yml': MANIFEST },
    event: { number: 5, pull_request: { number: 5, head: { sha: 'feedc0de' } } },
    env: { GITHUB_API_URL: api.url, API_TOKEN },
  });
});
afterAll(async () => {
  await preview.close();
  await api.close();
});

const comment = () => api.comments.map((c) => c.body).join('\n');
const workspaceFile = (name: string) => readFileSync(path.join(run.workspace, name), 'utf8');
/** The log as the runner would show it: the add-mask commands are how secrets get masked. */
const log = () => (run.stdout + run.stderr).split('\n').filter((line) => !line.startsWith('::add-mask::'));

describe('what a hostile server sends', () => {
  it('reached the action (the checks failed on it)', () => {
    expect(run.exitCode).toBe(1);
    expect(run.outputs.failed).toBe('3');
    expect(api.violations).toEqual([]);
  });

  it('cannot inject workflow commands: one error annotation per failed check, its CR and LF escaped', () => {
    const commands = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    const kinds = commands.map((line) => /^::([a-z-]+)/.exec(line)?.[1]).filter((kind) => kind !== 'add-mask');
    // Three annotations and the setFailed error; nothing else.
    expect(kinds).toEqual(['error', 'error', 'error', 'error']);
    const bodyAnnotation = commands.find((line) => line.includes('Bobby'))!;
    expect(bodyAnnotation).toContain('title=INCORRECT_ASSERTION · Bobby <b>@everyone</b> | x%2C y%3A z');
    expect(bodyAnnotation).toContain('%0D%0A::warning file=.github/probegate.yml,line=1::evil');
    expect(run.stdout).not.toMatch(/^::(warning|error) file=(a\.yml|\.github\/probegate\.yml,line=1)/m);
  });

  it.each([
    { report: 'job summary', text: () => run.summary },
    { report: 'pull-request comment', text: comment },
  ])('leaves no tag, mention, table row or carriage return unescaped in the $report', ({ text }) => {
    const markdown = text();
    expect(markdown).toContain('Bobby'); // the hostile checks are in it
    expect(markdown).not.toMatch(/<script|<b>|@everyone|\r/i);
    expect(markdown).not.toMatch(/^\| a \| b \|/m);
    for (const table of tables(markdown)) {
      const widths = new Set(table.map((line) => line.split(/(?<!\\)\|/).length));
      expect(widths.size, `a cell broke its table:\n${table.join('\n')}`).toBe(1);
    }
  });

  it('leaves the JUnit report valid, with no tag unescaped', () => {
    const junit = workspaceFile('out/junit.xml');
    expect(junitProblems(junit)).toEqual([]);
    expect(junit).toContain('Bobby &lt;b&gt;@everyone&lt;/b&gt;');
    expect(junit).not.toMatch(/<script|<b>/);
  });
});

describe('secrets', () => {
  it('were sent to the server, which echoed them back', () => {
    expect(received).toContain(API_TOKEN);
    expect(received.some((url) => url.includes(SESSION))).toBe(true);
  });

  it.each([
    { where: 'the log', text: () => log().join('\n') },
    { where: 'the job summary', text: () => run.summary },
    { where: 'the pull-request comment', text: comment },
    { where: 'the JSON report', text: () => workspaceFile('out/report.json') },
    { where: 'the JUnit report', text: () => workspaceFile('out/junit.xml') },
  ])('never appear in $where', ({ text }) => {
    const content = text();
    expect(content.length).toBeGreaterThan(0);
    expect(content).not.toContain(API_TOKEN);
    expect(content).not.toContain(SESSION);
  });

  it('show as *** where the server echoed them', () => {
    expect(workspaceFile('out/report.json')).toContain('you sent *** and /echo?session=***');
  });
});

/** Runs of consecutive lines that start with `|`: the Markdown tables. */
function tables(markdown: string): string[][] {
  const found: string[][] = [];
  let current: string[] = [];
  for (const line of [...markdown.split('\n'), '']) {
    if (line.startsWith('|')) current.push(line);
    else if (current.length > 0) {
      found.push(current);
      current = [];
    }
  }
  return found;
}
