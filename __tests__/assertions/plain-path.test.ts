// What is told of a JSONPath without jsonpath-plus (src/assertions/plain-path.ts) must be what
// jsonpath-plus itself reads in it: the names of a plain path, and that a path with no `?`, `(`,
// `#` or quote holds no script. Checked on many random paths built of the pieces JSONPath is made of.
import { JSONPath } from 'jsonpath-plus';
import { beforeAll, describe, expect, it } from 'vitest';
import { isPlainPath, mayHoldScript, plainPathNames } from '../../src/assertions/plain-path.js';
import { loadLibraries } from '../../src/libraries.js';
import { jsonPathProblem } from '../../src/manifest/jsonpath.js';
import { prng } from '../helpers/prng.js';

beforeAll(() => loadLibraries(['jsonpath-plus']));

const PIECES = [
  '$', '.', '..', '[', ']', '*', "'", '"', ',', ' ', '?', '(', ')', '@', '#', '~', '^', '\\', ':', '%@%', ';',
  'a', 'b_c', 'x-y', '0', '12', '-1', '$.', '.a', '[0]', '[1]', "['a']", "['a,b']", '["a.b"]', '[*]', '[0:2]', '[0,1]',
  '[?(@.a)]', '[(1)]', '[ ?(@)]', '@string()', '#0', '[#0]', '(x)',
];

// Mostly the pieces of plain paths, with a few that are not.
const PLAIN_PIECES = ['.a', '.b_c', '.x-y', '.0', '.12', '[0]', '[12]', '[0]', '.A9', '.a', '.', '[', 'b', '1', '[-1]', '.*'];

function randomPaths(count: number, seed: number, from: readonly string[]): string[] {
  const random = prng(seed);
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(random() * 7);
    const pieces = Array.from({ length }, () => from[Math.floor(random() * from.length)]!);
    return (random() < 0.7 ? '$' : '') + pieces.join('');
  });
}

/** The check at load as it was before it knew plain paths: jsonpath-plus reads the path, a part starting with ? or ( is a script (it throws on some paths). */
function scriptByJsonPathPlus(path: string): string | undefined {
  return JSONPath.toPathArray(path)
    .flatMap((segment) => segment.split(','))
    .find((part) => /^\s*[?(]/.test(part));
}

const PATHS = [...randomPaths(20_000, 18, PIECES), ...randomPaths(5_000, 19, PLAIN_PIECES), '$', '$.status', '$.items[0].id', '$[0]', '$.0', '$.a-b', '$.items[1].tags[0]'];

describe('plainPathNames', () => {
  it('reads the names of a plain path as jsonpath-plus does, and takes no other path', () => {
    let plain = 0;
    for (const path of PATHS) {
      const names = plainPathNames(path);
      if (names === undefined) continue;
      plain++;
      expect(JSONPath.toPathArray(path), path).toEqual(['$', ...names]);
    }
    expect(plain).toBeGreaterThan(500);
    expect(plainPathNames('$.items[0].id')).toEqual(['items', '0', 'id']);
    expect(plainPathNames('$')).toEqual([]);
    for (const notPlain of ['$.*', '$..a', "$['a']", '$.a.', '$.{{ KEY }}', 'a.b', '$[-1]', '$.a b']) expect(plainPathNames(notPlain), notPlain).toBeUndefined();
  });
});

describe('isPlainPath', () => {
  it('tells the paths plainPathNames reads, for the run to know whether it needs jsonpath-plus', () => {
    for (const path of PATHS) expect(isPlainPath(path), path).toBe(plainPathNames(path) !== undefined);
  });
});

describe('the JSONPath check at load', () => {
  it('finds a script in no path without ?, (, # or quotes, as jsonpath-plus reads them', () => {
    let cleared = 0;
    for (const path of PATHS) {
      if (mayHoldScript(path)) continue;
      cleared++;
      expect(scriptByJsonPathPlus(path), path).toBeUndefined();
      expect(jsonPathProblem(path), path).toBeUndefined();
    }
    expect(cleared).toBeGreaterThan(5000);
  });

  it('refuses exactly the paths it refused when jsonpath-plus read them all, and those it could not read', () => {
    let refused = 0;
    let unreadable = 0;
    for (const path of PATHS) {
      let before: string | undefined;
      try {
        before = scriptByJsonPathPlus(path);
      } catch {
        // jsonpath-plus lost a part of this path (a null segment): refused as unreadable, no longer thrown out of the load.
        expect(jsonPathProblem(path), path).toMatch(/^invalid JSONPath ".*": part of it cannot be read/);
        unreadable++;
        continue;
      }
      if (before !== undefined) refused++;
      expect(jsonPathProblem(path) !== undefined, path).toBe(before !== undefined);
    }
    expect(refused).toBeGreaterThan(1000);
    expect(unreadable).toBeGreaterThan(0);
  });
});
