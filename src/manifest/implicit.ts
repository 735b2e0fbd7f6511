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
  const has = (assertionType: string) => explicit.some((a) => a.type === assertionType);
  if (type === 'http' && !has('statusCode')) {
    return [{ type: 'statusCode', operator: 'lessThan', target: 400, location, implicit: true }];
  }
  if (type === 'grpc' && request?.call === 'health' && !has('grpcHealthcheckStatus')) {
    return [{ type: 'grpcHealthcheckStatus', operator: 'is', target: 'SERVING', location, implicit: true }];
  }
  return [];
}
