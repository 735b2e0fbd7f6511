// Every test file fails if any scenario it ran was classified UNKNOWN: UNKNOWN is a bug to fix.
import { subscribe } from 'node:diagnostics_channel';
import { afterEach, expect } from 'vitest';
import { UNKNOWN_ERROR_CHANNEL } from '../../src/errors/classify.js';

const unknown: string[] = [];
subscribe(UNKNOWN_ERROR_CHANNEL, (message) => unknown.push(String((message as { message: string }).message)));

afterEach(() => {
  const seen = unknown.splice(0);
  expect(seen, 'a scenario was classified UNKNOWN').toEqual([]);
});
