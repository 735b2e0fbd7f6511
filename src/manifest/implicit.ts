import type { Assertion, CheckType, SourceLocation } from '../model.js';

/**
 * Assertions a check gets when it states none of that kind, so a check without assertions
 * still means something: an HTTP answer of 400 or more fails as with `curl --fail` (and
 * blackbox_exporter's 2xx default), and a gRPC health check wants SERVING.
 */
export function implicitAssertions(
  type: CheckType,
  request: Readonly<Record<string, unknown>> | undefined,
  explicit: readonly Assertion[],
  location: SourceLocation,
): Assertion[] {
  if (type === 'http' && !has(explicit, 'statusCode')) {
    return [{ type: 'statusCode', operator: 'lessThan', target: 400, location, implicit: true }];
  }
  if (type === 'grpc' && request?.call === 'health' && !has(explicit, 'grpcHealthcheckStatus')) {
    return [{ type: 'grpcHealthcheckStatus', operator: 'is', target: 'SERVING', location, implicit: true }];
  }
  return [];
}

/** A loop rather than `some` with a callback: every check of a large manifest asks. */
function has(assertions: readonly Assertion[], type: string): boolean {
  for (const assertion of assertions) if (assertion.type === type) return true;
  return false;
}
