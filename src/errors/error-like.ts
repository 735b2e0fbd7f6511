// The view every matcher takes of a thrown value, and what matchers share. Below classify and
// every matcher file, so that they import it downward.
import type { ProbeError } from './probe-error.js';

/** The fields matchers read; any thrown value is viewed through this. */
export interface ErrorLike {
  readonly name?: string;
  readonly message?: string;
  readonly code?: unknown;
  readonly address?: string;
  readonly port?: number;
  readonly hostname?: string;
  readonly host?: string;
  readonly reason?: string;
  readonly cause?: unknown;
  readonly [key: string]: unknown;
}

export type Matcher = (error: ErrorLike) => ProbeError | undefined;

/** The peer an error names, as people read it: `[::1]:8080`, `127.0.0.1`, or "the server". */
export function where(e: ErrorLike): string {
  const host = e.address ?? e.hostname ?? e.host;
  if (!host) return 'the server';
  const shown = host.includes(':') ? `[${host}]` : host;
  return e.port ? `${shown}:${e.port}` : shown;
}
