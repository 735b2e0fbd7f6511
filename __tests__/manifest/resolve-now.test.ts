// A check whose type's module has loaded is resolved without waiting (CheckResolver.resolveNow):
// a fresh process runs its first manifest load mostly interpreted, where two waits a check cost
// about a millisecond per 500 checks. Resolved now or after waiting, a check must come out the same.
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckModule } from '../../src/checks/index.js';
import { withLibraries } from '../../src/libraries.js';
import { CheckResolver, prepareContext } from '../../src/manifest/check-resolver.js';
import { loadManifest, type ManifestProblem } from '../../src/manifest/load.js';
import { parseOrdinary } from '../../src/manifest/parse-ordinary.js';
import { Positions } from '../../src/manifest/positions.js';
import { Variables } from '../../src/manifest/variables.js';

const variables = { builtins: {}, inputs: {}, secretInputs: {}, env: {} };
const file = path.join(tmpdir(), 'probegate.yml');

function manifestOf(count: number, url: (i: number) => string): string {
  const checks = Array.from({ length: count }, (_, i) => `  - name: check ${i + 1}\r\n    type: http\r\n    request: { url: "${url(i)}" }\r\n    assertions: [ { type: statusCode, operator: is, target: 200 } ]`);
  return `version: 1\r\nchecks:\r\n${checks.join('\r\n')}\r\n`;
}

/** How many turns of the microtask queue a load lets other work take: about one for each wait. */
async function turnsDuring<T>(load: Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let done = false;
  const turn = () => {
    // Bounded: a load that never ends fails the count below instead of spinning.
    if (done || turns >= 100_000) return;
    turns++;
    queueMicrotask(turn);
  };
  queueMicrotask(turn);
  const result = await load.finally(() => (done = true));
  return { result, turns };
}

describe('resolving the checks of a manifest', () => {
  it('does not wait once a check when the check module has loaded', async () => {
    await loadCheckModule('http');
    const { result, turns } = await turnsDuring(loadManifest({ path: file, text: manifestOf(200, (i) => `http://127.0.0.1:9/${i}`), variables }));
    expect(result.checks).toHaveLength(200);
    expect(result.problems).toEqual([]);
    // Two or more waits a check would be 400 and more turns.
    expect(turns).toBeLessThan(50);
  });

  it('gives the same checks and problems, at the same lines, resolved now or after waiting', async () => {
    const text = manifestOf(3, (i) => (i === 1 ? 'ftp://127.0.0.1/' : `http://127.0.0.1:9/${i}`));
    const read = parseOrdinary(text)!;
    const positions = new Positions(text, 'probegate.yml', read);
    const sources = new Variables({ ...variables, manifest: {} }, false);
    const context = prepareContext(tmpdir());
    await loadCheckModule('http');
    const raws = (read.value as { checks: Record<string, unknown>[] }).checks;
    for (const [index, raw] of raws.entries()) {
      // A problem's position may need yaml, which withLibraries loads.
      let waitedProblems: ManifestProblem[] = [];
      const waited = await withLibraries(() => new CheckResolver(raw, index, {}, positions, sources, context).resolve((waitedProblems = [])));
      const nowProblems: ManifestProblem[] = [];
      const now = new CheckResolver(raw, index, {}, positions, sources, context).resolveNow(nowProblems);
      expect(now).toEqual(waited);
      expect(nowProblems).toEqual(waitedProblems);
      if (index === 1) expect(nowProblems.map((p) => [p.location.line, p.location.column])).toEqual([[9, 21]]);
    }
    const loaded = await loadManifest({ path: file, text, variables });
    expect(loaded.checks.map((check) => check.invalid?.code)).toEqual([undefined, 'INVALID_REQUEST', undefined]);
    expect(loaded.checks[2]!.assertions[0]!.location).toMatchObject({ line: 14, column: 19 });
  });
});
