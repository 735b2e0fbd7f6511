import type { FailureSite, ProbeErrorInfo } from '../model.js';
import { explain, type Category } from './taxonomy.js';

/**
 * A failure already classified into the taxonomy. Checks throw it for conditions they detect
 * themselves (too many redirects, a body over the cap); the classifier makes one of every
 * other error. `cause` keeps the low-level error.
 */
export class ProbeError extends Error implements ProbeErrorInfo {
  override readonly name = 'ProbeError';
  readonly category: Category;
  readonly code: string;
  /** Set when the failure was not the target's: `proxy`, the forward proxy failed. */
  readonly at?: FailureSite;

  constructor(category: Category, code: string, message: string, options?: { cause?: unknown; at?: FailureSite }) {
    super(message, options);
    this.category = category;
    this.code = code;
    if (options?.at) this.at = options.at;
  }

  toInfo(): ProbeErrorInfo {
    return { category: this.category, code: this.code, message: this.message, ...(this.at ? { at: this.at } : {}) };
  }
}

/**
 * Builds a ProbeError whose message is `detail` (what happened here, with addresses and
 * values) followed by the taxonomy's likely fix for that category and code.
 */
export function probeError(
  category: Category,
  code: string = category,
  detail?: string,
  cause?: unknown,
  at?: FailureSite,
): ProbeError {
  const { meaning, fix } = explain(category, code);
  const what = detail ?? meaning;
  return new ProbeError(category, code, `${sentence(what)} ${fix}`, { cause, ...(at ? { at } : {}) });
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
