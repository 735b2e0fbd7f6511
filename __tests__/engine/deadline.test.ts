// An attempt's deadline: it ends the attempt whatever the probe and the clean-ups do, tells its
// listeners once, and makes its signal only when asked, already aborted if it has run out.
import { describe, expect, it } from 'vitest';
import { Deadline } from '../../src/engine/deadline.js';
import { DeadlineExceeded } from '../../src/errors/deadline.js';

const never = new Promise<never>(() => undefined);

describe('Deadline', () => {
  it('ends a probe that never settles, even when a clean-up listener throws', async () => {
    const deadline = new Deadline({ requestMs: 30, overallMs: 1000 });
    deadline.onEnd(() => {
      throw new Error('the client was gone already');
    });
    const told: unknown[] = [];
    deadline.onEnd((reason) => told.push(reason));
    const ended = await deadline.race(never).catch((error: unknown) => error);
    expect(ended).toBeInstanceOf(DeadlineExceeded);
    expect((ended as DeadlineExceeded).kind).toBe('request');
    expect(told).toEqual([ended]);
    expect(deadline.ended).toBe(true);
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.signal.reason).toBe(ended);
    deadline.clear();
  });

  it('tells a listener added after the end at once, and never one that was removed', async () => {
    const deadline = new Deadline({ requestMs: 1000, overallMs: 20 });
    const removed: unknown[] = [];
    deadline.onEnd((reason) => removed.push(reason))();
    await deadline.race(never).catch(() => undefined);
    expect(removed).toEqual([]);
    const late: unknown[] = [];
    deadline.onEnd((reason) => late.push(reason));
    expect(late).toEqual([deadline.reason]);
    expect(deadline.kind).toBe('overall');
  });

  it('ends with its parent, with the parent\'s reason, and stops following it once cleared', async () => {
    const parent = new Deadline({ requestMs: Infinity, overallMs: 30 });
    const child = new Deadline({ requestMs: 10_000, overallMs: 10_000 }, { parent });
    const cleared = new Deadline({ requestMs: 10_000, overallMs: 10_000 }, { parent });
    cleared.clear();
    const ended = await child.race(never).catch((error: unknown) => error);
    expect(ended).toBe(parent.reason);
    expect((ended as DeadlineExceeded).kind).toBe('overall');
    expect(cleared.ended).toBe(false);
    child.clear();
    parent.clear();
  });

  it('settles as the probe does while it runs, and makes no signal unless asked', async () => {
    const deadline = new Deadline({ requestMs: 1000, overallMs: 1000 });
    await expect(deadline.race(Promise.resolve('answered'))).resolves.toBe('answered');
    expect(deadline.ended).toBe(false);
    expect((deadline as unknown as { controller?: AbortController }).controller).toBeUndefined();
    expect(deadline.signal.aborted).toBe(false);
    deadline.clear();
  });
});
