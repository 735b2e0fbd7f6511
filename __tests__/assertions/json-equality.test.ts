// `is` and `isNot` on the JSON values a jsonpath selects, against a real service: a list is the
// list the manifest writes, and `isNot: []` fails on an empty list (it passed, comparing the
// target with each element of a list that has none).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkNamed, runManifestText } from '../helpers/run.js';
import { startHttpServer, type Peer } from '../helpers/servers.js';

let service: Peer;

beforeAll(async () => {
  service = await startHttpServer((req, res) => {
    const items = req.url === '/empty' ? [] : [1, 2, 3];
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ items, user: { id: 7, name: 'Ada' } }));
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
].join('\n')}
`;

describe('is and isNot on JSON lists and objects', () => {
  it('fails isNot [] on an empty list, and compares lists and objects whole', async () => {
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
    expect(run.result).toBe('fail');
  });
});
