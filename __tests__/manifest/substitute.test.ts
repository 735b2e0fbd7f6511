// Variables are replaced in a copy of each check: the parsed manifest stays as read (positions are
// looked up in it), a problem names the exact path of its string, and a `__proto__` key stays a key.
// What holds no variable is not copied.
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/load.js';
import { substituteDeep, VariableError, Variables } from '../../src/manifest/variables.js';

const variables = new Variables({ builtins: { BASE_URL: 'http://127.0.0.1:1' }, manifest: { NAME: 'probe' }, inputs: {}, secretInputs: {}, env: {} });

describe('substituteDeep', () => {
  it('replaces every string of a copy and leaves the value as read', () => {
    const raw = { request: { url: '{{ BASE_URL }}/x', headers: { 'x-name': '{{NAME}}' }, ports: [1, '{{ NAME }}'] }, skip: false, none: null };
    const before = structuredClone(raw);
    const copy = substituteDeep(raw, variables, ['checks', 0], () => expect.unreachable()) as typeof raw;
    expect(copy).toEqual({ request: { url: 'http://127.0.0.1:1/x', headers: { 'x-name': 'probe' }, ports: [1, 'probe'] }, skip: false, none: null });
    expect(raw).toEqual(before);
    expect(copy.request).not.toBe(raw.request);
    expect(copy.request.ports).not.toBe(raw.request.ports);
  });

  it('shares with the value each map and list in which nothing is replaced', () => {
    const raw = { request: { url: '{{ BASE_URL }}/x', headers: { accept: 'json' } }, assertions: [{ type: 'body', operator: 'is', target: 'ok' }], tags: ['a'] };
    const before = structuredClone(raw);
    const copy = substituteDeep(raw, variables, [], () => expect.unreachable()) as typeof raw;
    expect(copy).not.toBe(raw);
    expect(copy.request).not.toBe(raw.request);
    expect(copy.request.headers).toBe(raw.request.headers);
    expect(copy.assertions).toBe(raw.assertions);
    expect(copy.tags).toBe(raw.tags);
    expect(raw).toEqual(before);
    const plain = { a: [1, { b: 'no variable' }], c: null };
    expect(substituteDeep(plain, variables, [], () => expect.unreachable())).toBe(plain);
  });

  it('reports each failing string at its own path, and keeps the text as written there', () => {
    const problems: [string, string][] = [];
    const copy = substituteDeep({ a: ['ok', { b: '{{ NOPE }}' }], c: '{{ env.MISSING }}' }, variables, ['checks', 3], (path, error) => {
      expect(error).toBeInstanceOf(VariableError);
      problems.push([path.join('/'), error.message.slice(0, 30)]);
    });
    expect(problems).toEqual([
      ['checks/3/a/1/b', 'unknown variable {{ NOPE }}, d'],
      ['checks/3/c', 'environment variable MISSING i'],
    ]);
    expect(copy).toEqual({ a: ['ok', { b: '{{ NOPE }}' }], c: '{{ env.MISSING }}' });
  });

  it('copies a __proto__ key as an own key, never as the prototype', () => {
    const raw = JSON.parse('{"headers": {"__proto__": {"polluted": "{{ NAME }}"}}}') as Record<string, unknown>;
    const copy = substituteDeep(raw, variables, [], () => expect.unreachable()) as { headers: Record<string, unknown> };
    expect(Object.getPrototypeOf(copy.headers)).toBe(Object.prototype);
    expect(Object.keys(copy.headers)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(copy.headers, '__proto__')?.value).toEqual({ polluted: 'probe' });
  });
});

// A manifest the ordinary reader reads, with no `{{` and no backslash in its text, refers to no
// variable: its checks are not walked for references at all (a cost every check of a large
// manifest paid for nothing). Any other text is walked as before.
describe('a manifest that refers to no variable', () => {
  const sources = { builtins: { BASE_URL: 'http://127.0.0.1:1' }, inputs: {}, secretInputs: {}, env: {} };
  const load = (text: string) => loadManifest({ path: path.join(tmpdir(), 'probegate.yml'), text, variables: sources });
  const manifest = (url: string, target: string) =>
    `version: 1\nvariables: { NAME: probe }\nchecks:\n  - name: home\n    type: http\n    request: { url: ${url} }\n    assertions:\n      - { type: body, operator: contains, target: ${target} }\n`;

  it('is not walked: Variables says so, and substituteDeep hands every value back as read', () => {
    const unreferenced = new Variables({ ...sources, manifest: {} }, false);
    const raw = { url: '{{ BASE_URL }}' };
    expect(substituteDeep(raw, unreferenced, [], () => expect.unreachable())).toBe(raw);
  });

  it('loads as before, and a reference however written is still replaced', async () => {
    const plain = await load(manifest('"http://127.0.0.1:1/"', 'ok'));
    expect(plain.checks[0]!.target).toBe('http://127.0.0.1:1/');
    expect(plain.checks[0]!.assertions[0]!.target).toBe('ok');
    // Braces written as escapes, in double quotes: the text has no `{{`, the value has.
    const escaped = await load(manifest('"\\x7b\\x7b BASE_URL }}/x"', '"\\u007b{NAME}}"'));
    expect(escaped.problems).toEqual([]);
    expect(escaped.checks[0]!.target).toBe('http://127.0.0.1:1/x');
    expect(escaped.checks[0]!.assertions[0]!.target).toBe('probe');
    // Read by yaml (a block scalar), not by the ordinary reader.
    const folded = await load(
      'version: 1\nvariables: { NAME: probe }\nchecks:\n  - name: home\n    type: http\n    request: { url: "{{ BASE_URL }}/y" }\n    assertions:\n      - type: body\n        operator: contains\n        target: >-\n          {{ NAME }}\n',
    );
    expect(folded.problems).toEqual([]);
    expect(folded.checks[0]!.assertions[0]!.target).toBe('probe');
  });
});
