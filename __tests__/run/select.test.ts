// Selecting checks by tag or name never ends in a run that checks nothing and passes.
import { describe, expect, it } from 'vitest';
import type { ResolvedCheck } from '../../src/model.js';
import { SelectionError, selectChecks } from '../../src/run/select.js';

const check = (name: string, tags: string[], skip = false) => ({ name, tags, skip }) as unknown as ResolvedCheck;
const checks = [check('Home', ['smoke']), check('Legacy', ['old'], true), check('Search', ['api'])];

describe('selectChecks', () => {
  it('keeps the checks with one of the tags', () => {
    expect(selectChecks(checks, { tags: ['smoke', 'api'] }).map((c) => c.name)).toEqual(['Home', 'Search']);
  });

  it('refuses a selection that matches no check', () => {
    expect(() => selectChecks(checks, { tags: ['nightly'] })).toThrow(SelectionError);
  });

  it('refuses a selection whose checks are all marked skip, which would pass having checked nothing', () => {
    expect(() => selectChecks(checks, { tags: ['old'] })).toThrow('Every check with tag old has skip: true, so nothing would be checked: select checks that run');
  });
});
