// Values of the grpc check, as checks/grpc.ts puts them in `observation.values`.
import type { Extractor } from './types.js';
import { queryJson } from './http.js';

export const GRPC_EXTRACTORS: Record<string, Extractor> = {
  grpcHealthcheckStatus: (_, observation) => observation.values?.grpcHealthcheckStatus,
  /** Response metadata, headers and trailers, by lower-case key. */
  grpcMetadata: (assertion, observation) =>
    (observation.values?.grpcMetadata as Record<string, string> | undefined)?.[String(assertion.property).toLowerCase()],
  /** The response message as JSON: the value at `path`, or the whole message without one. */
  grpcProto: (assertion, observation) => {
    const response = observation.values?.grpcResponse;
    return assertion.path && response !== undefined ? queryJson(assertion.path, response) : response;
  },
};
