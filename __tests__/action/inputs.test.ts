// The matrix inputs: shard, location, merge, and the comment default of a matrix job.
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/action/inputs.js';

const inputs = (values: Record<string, string>) => readInputs((name) => values[name] ?? '');

describe('the matrix inputs', () => {
  it('write no comment from a shard or a location job unless the comment input is set', () => {
    expect(inputs({}).comment).toBe('on-failure');
    expect(inputs({ shard: '2/3' }).comment).toBe('never');
    expect(inputs({ location: 'eu-west' }).comment).toBe('never');
    expect(inputs({ shard: '2/3', comment: 'always' }).comment).toBe('always');
    expect(inputs({ merge: 'reports/*.json' }).comment).toBe('on-failure');
  });

  it('read shard, location and merge', () => {
    expect(inputs({ shard: ' 2 / 3 ', location: 'eu-west' })).toMatchObject({ shard: { index: 2, count: 3 }, location: 'eu-west' });
    expect(inputs({ merge: ' reports/**/*.json ' }).merge).toBe('reports/**/*.json');
  });

  it('refuse a bad shard or location, and merge in a shard job, saying what is expected', () => {
    expect(() => inputs({ shard: '4/3' })).toThrow('Input shard must be i/n with 1 <= i <= n <= 1000 (for example 2/4), not "4/3".');
    expect(() => inputs({ location: 'eu west' })).toThrow('Input location must be a name of up to 40 letters, digits, `.`, `_` or `-` (for example eu-west), not "eu west".');
    expect(() => inputs({ merge: '*.json', shard: '1/2' })).toThrow('Input merge reads the reports of the shards and locations: set it in a job of its own, without shard or location.');
  });

  it('read the locations a merge expects, only with merge', () => {
    expect(inputs({ merge: 'reports/*.json', locations: 'eu-west, us-east\nap-south' }).locations).toEqual(['eu-west', 'us-east', 'ap-south']);
    expect(inputs({ merge: 'reports/*.json' }).locations).toBeUndefined();
    expect(() => inputs({ merge: 'reports/*.json', locations: 'eu-west, us/east' })).toThrow('Input locations must be location names separated by commas, each a name of up to 40 letters');
    expect(() => inputs({ locations: 'eu-west' })).toThrow('Input locations names the locations a merge expects: set it with merge');
  });
});
