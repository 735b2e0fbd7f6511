import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_NODES, compareShapes, flattenJson, stablePaths, type Shape } from '../../src/compare/shape.js';
import { matchesIgnore, parseIgnorePath, type IgnorePattern } from '../../src/compare/typed-path.js';
import { prng } from '../helpers/prng.js';

function typesOf(shape: Shape): Record<string, string> {
  return Object.fromEntries([...shape.paths].map(([path, facts]) => [path, facts.type]));
}

function ignore(...paths: string[]): IgnorePattern[] {
  return paths.map((path) => {
    const parsed = parseIgnorePath(path);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.pattern;
  });
}

const product = (overrides: Record<string, unknown> = {}) => ({
  id: 7,
  name: 'Lamp',
  tags: ['a', 'b'],
  items: [
    { price: 10, sku: 'x' },
    { price: 12, sku: 'y' },
  ],
  seller: { name: 'Ada', verified: true },
  ...overrides,
});

describe('typed paths of a JSON body', () => {
  it('flattens objects, arrays and scalars into typed paths, array elements merged', () => {
    expect(typesOf(flattenJson(product()))).toEqual({
      $: 'object',
      id: 'number',
      name: 'string',
      tags: 'array',
      'tags[]': 'string',
      items: 'array',
      'items[]': 'object',
      'items[].price': 'number',
      'items[].sku': 'string',
      seller: 'object',
      'seller.name': 'string',
      'seller.verified': 'boolean',
    });
  });

  it('joins the types an array mixes, and escapes keys with dots, brackets or spaces', () => {
    const shape = flattenJson({ list: [1, null, 2], 'a.b': { 'x[0]': 'v', 'two words': false }, '': 1, $: 2 });
    expect(typesOf(shape)).toMatchObject({
      'list[]': 'null|number',
      '["a.b"]': 'object',
      '["a.b"]["x[0]"]': 'string',
      '["a.b"]["two words"]': 'boolean',
      '[""]': 'number',
      '["$"]': 'number',
    });
  });

  it('has no paths for a body that is not JSON, and types a scalar body at $', () => {
    expect(flattenJson(undefined)).toEqual({ paths: new Map(), complete: true });
    expect(typesOf(flattenJson('ok'))).toEqual({ $: 'string' });
    expect(typesOf(flattenJson([]))).toEqual({ $: 'array' });
  });

  it('bounds a hostile body: 100 000 levels deep, 200 000 keys wide or 2 000 000 elements long, flattened partly and marked incomplete', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const deepShape = flattenJson(deep);
    expect(deepShape.complete).toBe(false);
    expect(deepShape.paths.size).toBe(MAX_DEPTH + 1);
    const wide = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i]));
    const wideShape = flattenJson(wide);
    expect(wideShape.complete).toBe(false);
    expect(wideShape.paths.size).toBe(MAX_NODES);
    const long = flattenJson({ list: new Array<number>(2_000_000).fill(0) });
    expect(long.complete).toBe(false);
    expect(typesOf(long)).toEqual({ $: 'object', list: 'array', 'list[]': 'number' });
  });

  it('never counts a path as missing from a preview body that was too large to flatten whole', () => {
    const wide = Object.fromEntries(Array.from({ length: MAX_NODES + 10 }, (_, i) => [`k${i}`, i]));
    const baselineShapes = [flattenJson({ zz: 1 }), flattenJson({ zz: 2 })];
    const preview = flattenJson({ ...wide });
    expect(preview.paths.has('zz')).toBe(false);
    expect(compareShapes(baselineShapes, [preview]).filter((c) => c.regression)).toEqual([]);
  });
});

describe('stable baseline paths', () => {
  it('keeps only paths present in every baseline sample with one type', () => {
    const stable = stablePaths([
      flattenJson({ id: 1, maybe: 'x', flip: 1 }),
      flattenJson({ id: 2, flip: 'one' }),
      flattenJson({ id: 3, maybe: 'y', flip: 1 }),
    ]);
    expect([...stable.keys()].sort()).toEqual(['$', 'id']);
    // The value of id varies: not kept as information.
    expect(stable.get('id')!.value).toBeUndefined();
  });
});

describe('SCHEMA: the preview against the baseline', () => {
  const baseline = [product(), product(), product()].map((b) => flattenJson(b));

  it('reports a removed field and a number that became a string, as regressions with both types', () => {
    const items = [{ price: '10.00', sku: 'x' }];
    const preview = [product({ items, name: undefined })].map((p) => flattenJson(JSON.parse(JSON.stringify(p))));
    const changes = compareShapes(baseline, preview);
    expect(changes.filter((c) => c.regression)).toEqual([
      { path: 'items[].price', kind: 'type_changed', regression: true, baselineType: 'number', previewType: 'string', previewSamples: 1 },
      { path: 'name', kind: 'missing', regression: true, baselineType: 'string', previewSamples: 1 },
    ]);
    // The array length changed too, listed as information only.
    expect(changes.filter((c) => !c.regression)).toEqual([
      { path: 'items', kind: 'length_changed', regression: false, baselineType: 'array', previewType: 'array', previewSamples: 1 },
    ]);
  });

  it('calls a field that became null a type change', () => {
    const changes = compareShapes(baseline, [flattenJson(product({ seller: null }))]);
    expect(changes).toEqual([
      { path: 'seller', kind: 'type_changed', regression: true, baselineType: 'object', previewType: 'null', previewSamples: 1 },
    ]);
  });

  it('reports a missing object once, not each of its fields', () => {
    const { seller: _, ...withoutSeller } = product();
    const changes = compareShapes(baseline, [flattenJson(withoutSeller)]);
    expect(changes.map((c) => `${c.kind} ${c.path}`)).toEqual(['missing seller']);
  });

  it('reports a preview body that is no longer JSON as the body missing', () => {
    const changes = compareShapes(baseline, [flattenJson(undefined), flattenJson(undefined)]);
    expect(changes).toEqual([{ path: '$', kind: 'missing', regression: true, baselineType: 'object', previewSamples: 2 }]);
  });

  it('lists added fields and changed values as information, never as regressions', () => {
    const changes = compareShapes(baseline, [flattenJson(product({ name: 'Desk', extra: { note: 'new' } }))]);
    expect(changes).toEqual([
      { path: 'extra', kind: 'added', regression: false, previewType: 'object', previewSamples: 1 },
      { path: 'name', kind: 'value_changed', regression: false, baselineType: 'string', previewType: 'string', previewSamples: 1 },
    ]);
  });

  it('skips fields that differ between baseline samples (noise), such as a random generatedAt', () => {
    const random = prng(11);
    const noisy = () => {
      const body: Record<string, unknown> = product({ generatedAt: random() < 0.5 ? new Date(0).toISOString() : Date.now() });
      if (random() < 0.5) body.debug = { trace: 'x' };
      return flattenJson(body);
    };
    const noisyBaseline = Array.from({ length: 20 }, noisy);
    const preview = [flattenJson(product({ generatedAt: null }))];
    expect(compareShapes(noisyBaseline, preview).filter((c) => c.regression)).toEqual([]);
  });

  it('needs a majority of the preview samples: one odd sample never flags, a real removal always does', () => {
    const { name: _, ...withoutName } = product();
    const oneOdd = [withoutName, product(), product(), product()].map((b) => flattenJson(b));
    expect(compareShapes(baseline, oneOdd).filter((c) => c.regression)).toEqual([]);
    const mostly = [withoutName, withoutName, withoutName, product()].map((b) => flattenJson(b));
    expect(compareShapes(baseline, mostly).filter((c) => c.regression)).toEqual([
      { path: 'name', kind: 'missing', regression: true, baselineType: 'string', previewSamples: 3 },
    ]);
  });

  it('never compares the ignored paths', () => {
    const patterns = ignore('$.build', '$.items[*].price', "$['seller']");
    const base = [product({ build: 'abc' }), product({ build: 'abc' })].map((b) => flattenJson(b, patterns));
    const preview = [flattenJson(product({ build: 1, items: [{ price: 'x', sku: 'x' }], seller: null }), patterns)];
    expect(compareShapes(base, preview).filter((c) => c.regression)).toEqual([]);
  });
});

describe('baseline.ignore: JSONPaths onto typed paths', () => {
  const matches = (source: string, path: (string | null)[]): boolean => matchesIgnore(ignore(source)[0]!, path);

  it.each([
    ['$.generatedAt', ['generatedAt'], true],
    ['$.build', ['build', 'sha'], true],
    ['$.build', ['builder'], false],
    ['$.a.b', ['a', 'b'], true],
    ['$.a.b', ['a', 'c'], false],
    ["$['a.b'].c", ['a.b', 'c'], true],
    ['$["it\'s"]', ["it's"], true],
    ['$.items[*].ts', ['items', null, 'ts'], true],
    ['$.items[*].ts', ['items', null, 'id'], false],
    ['$.*.ts', ['meta', 'ts'], true],
    ['$..ts', ['a', null, 'b', 'ts'], true],
    ['$..ts', ['ts'], true],
    ['$..ts', ['tsx'], false],
    ['$..meta.ts', ['x', 'meta', 'ts'], true],
  ] as const)('%s selects %j: %s', (source, path, expected) => {
    expect(matches(source, [...path])).toBe(expected);
  });

  it.each([
    ['generatedAt', 'a JSONPath starts with `$`'],
    ['$', '`$` alone would ignore the whole body; set `compare: false` on the check instead'],
    ['$.items[0].ts', 'an index like [0] cannot be ignored alone: typed paths merge the elements of an array, write [*]'],
    ['$.items[?(@.ts)]', 'filters and script expressions are not supported'],
    ['$.items[1:3]', 'slices are not supported'],
    ["$['a','b']", 'unions are not supported; write one entry per path'],
    ['$..', '`..` must be followed by a name (`$..ts`)'],
    ['$.a b', 'unexpected " b"'],
  ])('refuses %s clearly', (source, why) => {
    const parsed = parseIgnorePath(source);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toBe(
      `baseline.ignore "${source}": ${why}. Supported: \`$.a.b\`, \`$['a']\`, \`$.items[*].ts\`, \`$.*\` and \`$..name\`.`,
    );
  });
});
