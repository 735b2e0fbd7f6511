// A JSONPath of plain names and indexes is walked without jsonpath-plus: its answer must be
// jsonpath-plus's own, whatever the document, and every other path must still reach jsonpath-plus.
import { JSONPath } from 'jsonpath-plus';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonQuery } from '../../src/assertions/json-query.js';
import { queryJson } from '../../src/assertions/http.js';
import { loadLibraries } from '../../src/libraries.js';

// As the engine does before it runs checks that read JSONPaths.
beforeAll(() => loadLibraries(['jsonpath-plus']));

const DOCUMENTS: unknown[] = [
  { status: 'ok', items: [1, { id: 7, tags: ['a'] }, null], nested: { deep: { value: 0 } }, empty: '', 'dash-name': true, '0': 'zero', length: 3 },
  [{ id: 1 }, { id: 2 }, 'text'],
  { items: { '0': 'an object keyed 0', length: 'not an array' } },
  { $: 'dollar', '*': 'star', status: null },
  'a string document',
  42,
  true,
  // Falsy documents: jsonpath-plus gives no result at all for them (jsonQuery throws why).
  0,
  '',
  false,
  null,
];

const PATHS = [
  '$',
  '$.status',
  '$.items',
  '$.items[0]',
  '$.items[1].id',
  '$.items[1].tags[0]',
  '$.items[2]',
  '$.items[2].id',
  '$.items[9]',
  '$.items.length',
  '$.length',
  '$[0]',
  '$[1].id',
  '$.0',
  '$.nested.deep.value',
  '$.nested.deep.value.more',
  '$.empty',
  '$.empty.length',
  '$.dash-name',
  '$.toString',
  '$.constructor',
  '$.__proto__',
  '$.missing',
  "$['status']",
  '$.items[-1]',
  // Not plain: left to jsonpath-plus.
  '$.*',
  '$.items[*]',
  '$..id',
  '$.items[0:2]',
  '$.items[0,1]',
  "$['status','items']",
  '$.$',
  '$.~',
  '$.items[1].^',
  '$.status@string()',
];

describe('jsonQuery', () => {
  it('answers every path as jsonpath-plus does, on documents of every shape', () => {
    for (const json of DOCUMENTS) {
      for (const path of PATHS) {
        const expected = attempt(() => JSONPath({ path, json: json as object, wrap: true, eval: false }) as unknown);
        const answer = attempt(() => jsonQuery(path)(json));
        if (json) expect(answer, `${path} on ${JSON.stringify(json)}`).toEqual(expected);
        else {
          // jsonpath-plus answers nothing at all for a falsy document: jsonQuery says so, as an error.
          expect(expected, `${path} on ${JSON.stringify(json)}`).toEqual({ value: undefined });
          expect(answer).toEqual({ error: `Error: the JSON document is ${JSON.stringify(json)}, which ${path} cannot be read in` });
        }
      }
    }
  });

  it('gives the same answer on every use of a compiled path', () => {
    const query = jsonQuery('$.items[1].id');
    expect(query(DOCUMENTS[0])).toEqual([7]);
    expect(query({ items: [0, { id: 'other' }] })).toEqual(['other']);
    expect(query({ items: [] })).toEqual([]);
  });

  it('still refuses a filter expression at run time', () => {
    expect(() => jsonQuery('$.items[?(@.id > 1)]')({ items: [{ id: 2 }] })).toThrow(/Eval \[\?\(expr\)\] prevented/);
  });

  it('fails a query of a falsy document with an explanation, never a missing value', () => {
    expect(() => queryJson('$.status', null)).toThrow('the JSON document is null, which $.status cannot be read in');
    expect(() => queryJson('$', 0)).toThrow('the JSON document is 0, which $ cannot be read in');
    expect(() => queryJson('$..status', false)).toThrow('the JSON document is false, which $..status cannot be read in');
  });
});

function attempt(run: () => unknown): { value: unknown } | { error: string } {
  try {
    return { value: run() };
  } catch (error) {
    return { error: String(error) };
  }
}
