// `is`, `isNot` and the numeric comparisons on the JSON values a jsonpath selects, against a real
// service: a list is the list the manifest writes, and `isNot: []` fails on an empty list (it
// passed, comparing the target with each element of a list that has none); an empty text or a
// boolean is no number (`"count": ""` passed `lessThan: 1`, read as 0).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkNamed, runManifestText } from '../helpers/run.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

let service: Peer;

beforeAll(async () => {
  service = await startHttpServer((req, res) => {
    const items = req.url === '/empty' ? [] : [1, 2, 3];
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ items, user: { id: 7, name: 'Ada' }, count: req.url === '/empty' ? '' : '3', failed: false }));
  });
});

afterAll(async () => {
  await service.close();
});

const check = (name: string, path: string, assertion: string) => `  - name: ${name}
    type: http
    request: { url: "{{ BASE_URL }}${path}" }
    assertions: [ { type: jsonpath, ${assertion} } ]`;

const manifest = `version: 1
checks:
${[
  check('list not empty, on an empty list', '/empty', 'path: "$.items", operator: isNot, target: []'),
  check('list not empty, on a full list', '/full', 'path: "$.items", operator: isNot, target: []'),
  check('list is, whole', '/full', 'path: "$.items", operator: is, target: [1, 2, 3]'),
  check('list is not, whole', '/full', 'path: "$.items", operator: isNot, target: [1, 2, 3]'),
  check('object is, keys in another order', '/full', 'path: "$.user", operator: is, target: { name: Ada, id: 7 }'),
  check('object is not, keys in another order', '/full', 'path: "$.user", operator: isNot, target: { name: Ada, id: 7 }'),
  check('empty list is not zero', '/empty', 'path: "$.items", operator: is, target: 0'),
  check('empty text is no count', '/empty', 'path: "$.count", operator: lessThan, target: 1'),
  check('numeric text is a count', '/full', 'path: "$.count", operator: lessThan, target: 5'),
  check('false is no count', '/full', 'path: "$.failed", operator: lessThan, target: 1'),
].join('\n')}
`;

describe('is, isNot and numbers on JSON values', () => {
  it('fails isNot [] on an empty list, compares lists and objects whole, and reads no empty text or boolean as a number', async () => {
    const run = await runManifestText(manifest, { baseUrl: service.url });
    const status = (name: string) => checkNamed(run, name).status;
    expect(status('list not empty, on an empty list')).toBe('failed');
    expect(checkNamed(run, 'list not empty, on an empty list').error).toMatchObject({ category: 'INCORRECT_ASSERTION', code: 'INCORRECT_ASSERTION' });
    expect(checkNamed(run, 'list not empty, on an empty list').error!.message).toContain('jsonpath $.items: expected isNot `[]`, actual `[]`');
    expect(status('list not empty, on a full list')).toBe('passed');
    expect(status('list is, whole')).toBe('passed');
    expect(status('list is not, whole')).toBe('failed');
    expect(status('object is, keys in another order')).toBe('passed');
    expect(status('object is not, keys in another order')).toBe('failed');
    expect(status('empty list is not zero')).toBe('failed');
    expect(status('empty text is no count')).toBe('failed');
    expect(checkNamed(run, 'empty text is no count').error!.message).toContain('lessThan needs numbers');
    expect(status('numeric text is a count')).toBe('passed');
    expect(status('false is no count')).toBe('failed');
    expect(run.result).toBe('fail');
  });
});
