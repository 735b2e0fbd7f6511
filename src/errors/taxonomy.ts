// The fixed error taxonomy of SPEC §2: every category and code a check can end with, what it
// means for a user and the one most likely fix. Messages are built from these entries.
import type { Explanation } from './explanation.js';
import { GRPC_STATUS_NAMES } from './grpc-status.js';
import { SSL_CODES } from './ssl-codes.js';

export const CATEGORIES = [
  'AUTHENTICATION_ERROR',
  'CONNREFUSED',
  'CONNRESET',
  'DNS',
  'HOSTUNREACH',
  'NETUNREACH',
  'HTTP2',
  'INVALID_REQUEST',
  'SSL',
  'TIMEOUT',
  'MALFORMED_RESPONSE',
  'TOO_MANY_REDIRECTS',
  'BODY_TOO_LARGE',
  'WEBSOCKET',
  'GRPC',
  'INCORRECT_ASSERTION',
  'REGRESSION',
  'UNKNOWN',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * The closed list of codes each category can end with: what a `CATEGORY:CODE` gate selector may
 * name. docs/errors.md shows it (renderCodeTable) and __tests__/docs/errors.test.ts keeps the two,
 * and the codes the source produces, in step.
 */
export const CATEGORY_CODES: Readonly<Record<Category, readonly string[]>> = {
  AUTHENTICATION_ERROR: ['AUTHENTICATION_ERROR', 'PROXY_AUTHENTICATION'],
  CONNREFUSED: ['CONNREFUSED', 'PROXY_REFUSED'],
  CONNRESET: ['CONNRESET', 'SOCKET_CLOSED'],
  DNS: ['NXDOMAIN', 'NODATA', 'SERVFAIL', 'REFUSED', 'NOTIMP', 'FORMERR', 'YXDOMAIN', 'YXRRSET', 'NXRRSET', 'NOTAUTH', 'NOTZONE', 'DSOTYPENI', 'UNASSIGNED_RCODE', 'DNS'],
  HOSTUNREACH: ['HOSTUNREACH'],
  NETUNREACH: ['NETUNREACH'],
  HTTP2: ['NOT_NEGOTIATED', 'HTTP2'],
  INVALID_REQUEST: ['INVALID_REQUEST'],
  SSL: Object.keys(SSL_CODES),
  TIMEOUT: ['REQUEST_TIMEOUT', 'OVERALL_TIMEOUT', 'READY_TIMEOUT'],
  MALFORMED_RESPONSE: ['MALFORMED_RESPONSE', 'CONTENT_LENGTH_MISMATCH', 'HEADERS_TOO_LARGE', 'INVALID_STATUS', 'CONTROL_CHARACTERS', 'EXTRA_DATA', 'INVALID_LOCATION'],
  TOO_MANY_REDIRECTS: ['TOO_MANY_REDIRECTS'],
  BODY_TOO_LARGE: ['BODY_TOO_LARGE'],
  WEBSOCKET: ['WEBSOCKET', 'MESSAGE_TOO_LONG'],
  // gRPC status names, but OK (never an error) and UNAUTHENTICATED (AUTHENTICATION_ERROR).
  GRPC: GRPC_STATUS_NAMES.filter((name) => name !== 'OK' && name !== 'UNAUTHENTICATED'),
  INCORRECT_ASSERTION: ['INCORRECT_ASSERTION', 'NOTHING_EXTRACTED'],
  REGRESSION: ['LATENCY', 'SCHEMA', 'STATUS', 'HEADER'],
  UNKNOWN: ['UNKNOWN'],
};

/** The closed list as the markdown table docs/errors.md shows under "Gate selectors". */
export function renderCodeTable(): string {
  const rows = CATEGORIES.map((category) => `| \`${category}\` | ${CATEGORY_CODES[category].map((code) => `\`${code}\``).join(' ')} |`);
  return ['| category | codes (`CATEGORY:CODE`) |', '|---|---|', ...rows].join('\n');
}

export type { Explanation };

export const CATEGORY_EXPLANATIONS: Record<Category, Explanation> = {
  AUTHENTICATION_ERROR: {
    meaning: 'The server rejected the credentials the check sent.',
    fix: 'Check that the token or password given to the check is valid for this environment; retries are disabled for this check.',
  },
  CONNREFUSED: {
    meaning: 'The target actively refused the connection: nothing is listening on that port.',
    fix: 'Check that the service is running and that the host and port are right.',
  },
  CONNRESET: {
    meaning: 'The remote end closed the connection abruptly before the response was complete.',
    fix: 'Look at the server or proxy logs for a crash, a restart or a killed worker at that time.',
  },
  DNS: {
    meaning: 'The name could not be resolved.',
    fix: 'Check the host name for typos and that its DNS record exists for this environment.',
  },
  HOSTUNREACH: {
    meaning: 'There is no route to the host.',
    fix: 'Check that the host is up and reachable from the runner (firewall, VPN, private network).',
  },
  NETUNREACH: {
    meaning: 'The network of the target is unreachable from here.',
    fix: 'Check the runner’s network access to that address (IPv6 on an IPv4-only runner, private range).',
  },
  HTTP2: {
    meaning: 'Error performing HTTP/2 request: the HTTP/2 session or stream failed.',
    fix: 'Look at the HTTP/2 settings and logs of the server or proxy (stream limits, GOAWAY on reload); set `http_version: http1` to compare.',
  },
  INVALID_REQUEST: {
    meaning: 'The check itself is invalid and was not run.',
    fix: 'Correct the check in the manifest at the line shown.',
  },
  SSL: {
    meaning: 'The TLS connection failed.',
    fix: 'Check the certificate the server presents and the TLS options of the check.',
  },
  TIMEOUT: {
    meaning: 'The check did not complete in time.',
    fix: 'Check whether the service is overloaded or stuck, or raise the check’s `timeout`.',
  },
  MALFORMED_RESPONSE: {
    meaning: 'The server’s reply breaks the protocol.',
    fix: 'Fix the server or proxy that produces the response; clients and browsers may reject it too.',
  },
  TOO_MANY_REDIRECTS: {
    meaning: 'The request was redirected more than 10 times, or in a loop.',
    fix: 'Check the redirect rules of the server (HTTP to HTTPS, trailing slashes, login redirects).',
  },
  BODY_TOO_LARGE: {
    meaning: 'The response body is larger than the 10 MiB cap.',
    fix: 'Point the check at a smaller resource, or check why the endpoint returns so much.',
  },
  WEBSOCKET: {
    meaning: 'The WebSocket could not be opened or closed before the expected message.',
    fix: 'Check the WebSocket endpoint, the upgrade handling of any proxy in front of it, and the handshake headers.',
  },
  GRPC: {
    meaning: 'The gRPC call ended with a non-OK status.',
    fix: 'Look at the service’s logs for the status and its details.',
  },
  INCORRECT_ASSERTION: {
    meaning: 'The probe completed but at least one assertion failed.',
    fix: 'Compare expected and actual: either the service regressed or the assertion needs updating.',
  },
  REGRESSION: {
    meaning: 'The preview passed its own checks but is worse than the baseline it was compared with.',
    fix: 'Read the "Preview vs baseline" table: fix what the preview lost, or accept the change (baseline.ignore, baseline.latency, compare: false).',
  },
  UNKNOWN: {
    meaning: 'An unexpected error happened.',
    fix: 'This is a probegate bug: please report it with the message.',
  },
};

/** Codes with an explanation of their own, by `CATEGORY:CODE`. */
export const CODE_EXPLANATIONS: Record<string, Explanation> = {
  'AUTHENTICATION_ERROR:PROXY_AUTHENTICATION': {
    meaning: 'The forward proxy answered 407 Proxy Authentication Required: it wants credentials before it opens a tunnel.',
    fix: 'Put the proxy’s credentials in its URL (`http://user:password@proxy:3128`, in HTTPS_PROXY / HTTP_PROXY or `request.proxy`); retries are disabled for this check.',
  },
  'CONNREFUSED:PROXY_REFUSED': {
    meaning: 'The forward proxy refused: nothing listens at its address, or it would not open a tunnel to the target (its status is in the message). The target was never reached.',
    fix: 'Check the proxy URL (HTTPS_PROXY / HTTP_PROXY or `request.proxy`) and the proxy’s rules for this host and port, or bypass it for this host with NO_PROXY or `proxy: none`.',
  },
  'TIMEOUT:REQUEST_TIMEOUT': {
    meaning: 'One attempt exceeded the check’s request timeout.',
    fix: 'Check whether the service is slow or stuck at the phase shown, or raise the check’s `timeout`.',
  },
  'TIMEOUT:OVERALL_TIMEOUT': {
    meaning: 'Request plus assertions of one attempt exceeded the overall time limit.',
    fix: 'Check why the response is slow to arrive in full, or raise the check’s `overall_timeout`.',
  },
  'TIMEOUT:READY_TIMEOUT': {
    meaning: 'The preview never answered the `ready` URL in time, so no check was run.',
    fix: 'Check that the deployment finished and serves this build, and that the `ready` URL is right, or raise `ready.timeout`.',
  },
  'DNS:NXDOMAIN': {
    meaning: 'The DNS server answered that the name does not exist (NXDOMAIN).',
    fix: 'Check the host name for typos and that the record was created for this environment.',
  },
  'DNS:NODATA': {
    meaning: 'The name exists but has no record of the requested type (NODATA).',
    fix: 'Add the missing record, or ask for the record type the name really has.',
  },
  'DNS:SERVFAIL': {
    meaning: 'The DNS server failed to answer for this name (SERVFAIL).',
    fix: 'Check the authoritative servers and DNSSEC of the zone.',
  },
  'DNS:REFUSED': {
    meaning: 'The DNS server refused to answer (REFUSED).',
    fix: 'Use a resolver that serves this zone or allows recursion for the runner.',
  },
  // Not a missing name: "check the host name for typos" would mislead for these.
  'DNS:NOTIMP': {
    meaning: 'The DNS server does not implement this kind of query (NOTIMP).',
    fix: 'Query a server that supports the record type.',
  },
  'DNS:FORMERR': {
    meaning: 'The DNS server rejected the query as malformed (FORMERR).',
    fix: 'Check the `server` of the check: it may not be a DNS server.',
  },
  'DNS:YXDOMAIN': {
    meaning: 'The DNS server answered YXDOMAIN: a name exists that should not.',
    fix: 'Check the zone on the server, or ask a recursive resolver: servers do not answer this to plain queries.',
  },
  'DNS:YXRRSET': {
    meaning: 'The DNS server answered YXRRSET: a record set exists that should not.',
    fix: 'Check the zone on the server, or ask a recursive resolver: servers do not answer this to plain queries.',
  },
  'DNS:NXRRSET': {
    meaning: 'The DNS server answered NXRRSET: a record set that should exist does not.',
    fix: 'Check the zone on the server, or ask a recursive resolver: servers do not answer this to plain queries.',
  },
  'DNS:NOTAUTH': {
    meaning: 'The DNS server is not authoritative for the zone (NOTAUTH).',
    fix: 'Ask a server that serves the zone, or a recursive resolver.',
  },
  'DNS:NOTZONE': {
    meaning: 'The name is not in the zone the DNS server serves (NOTZONE).',
    fix: 'Ask a server that serves the zone, or a recursive resolver.',
  },
  'DNS:DSOTYPENI': {
    meaning: 'The DNS server answered DSOTYPENI (DSO type not implemented), which no plain query asks for.',
    fix: 'Check what runs on the `server` of the check, or ask a standard recursive resolver.',
  },
  'DNS:UNASSIGNED_RCODE': {
    meaning: 'The DNS server answered with an rcode no standard assigns.',
    fix: 'Check what runs on the `server` of the check, or ask a standard recursive resolver.',
  },
  'CONNRESET:SOCKET_CLOSED': {
    meaning: 'The server closed the connection before the response was complete.',
    fix: 'Look at the server logs for a crash or a worker killed mid-response, and at proxy timeouts.',
  },
  'MALFORMED_RESPONSE:CONTENT_LENGTH_MISMATCH': {
    meaning: 'The response’s Content-Length is invalid, conflicting or does not match the body sent.',
    fix: 'Fix the server or proxy that sets Content-Length (duplicate headers, compressed bodies with the original length).',
  },
  'MALFORMED_RESPONSE:HEADERS_TOO_LARGE': {
    meaning: 'The response head (status line and headers) is over the limit of 64 KiB.',
    fix: 'Look for a header the server or a proxy grows without bound (cookies set on every request, a debug or trace header).',
  },
  'MALFORMED_RESPONSE:INVALID_STATUS': {
    meaning: 'The status code is outside 100-599, or 101 Switching Protocols to a request that asked for no switch.',
    fix: 'Fix the server or proxy that writes the status line; clients treat such a status as an error.',
  },
  'MALFORMED_RESPONSE:CONTROL_CHARACTERS': {
    meaning: 'The status line or a header contains a control byte (NUL, a bare CR...).',
    fix: 'Fix the code that copies unescaped data (user input, file names) into a header; such bytes enable response splitting.',
  },
  'MALFORMED_RESPONSE:EXTRA_DATA': {
    meaning: 'The server sent more bytes than the response’s Content-Length declares (or a body where none is allowed).',
    fix: 'Fix the Content-Length the server or a proxy sets (a body changed after the length was computed, a body on HEAD, 204 or 304).',
  },
  'MALFORMED_RESPONSE:INVALID_LOCATION': {
    meaning: 'A redirect’s Location header is empty, not a valid URL, or not an http(s) URL.',
    fix: 'Fix the redirect rule that builds the Location header on the server.',
  },
  'HTTP2:NOT_NEGOTIATED': {
    meaning: 'The server did not negotiate HTTP/2 (ALPN `h2`) although the check requires it.',
    fix: 'Enable HTTP/2 on the server or load balancer, or set `http_version: any` to allow HTTP/1.1.',
  },
  'WEBSOCKET:MESSAGE_TOO_LONG': {
    meaning: 'Received message longer than the maximum supported length (50 KiB).',
    fix: 'Have the endpoint send a shorter first message, or probe an endpoint meant for health checks.',
  },
  'GRPC:UNIMPLEMENTED': {
    meaning: 'The server does not implement this gRPC service or method.',
    fix: 'Check the `service` and `method` against what the server registers (and that the proto is the one it serves).',
  },
  'GRPC:NOT_FOUND': {
    meaning: 'The server does not know what the call asked for (for a health check: the `service` name).',
    fix: 'Check the `service` of a health check, or the resource named in the message, for this environment.',
  },
  'GRPC:UNAVAILABLE': {
    meaning: 'The gRPC server is unavailable: the connection closed or the server is shutting down.',
    fix: 'Check that the server is up and speaks gRPC (HTTP/2) on this port, also through any proxy in front of it.',
  },
  'INCORRECT_ASSERTION:NOTHING_EXTRACTED': {
    meaning: 'A step of a multistep check completed, but a value it extracts for later steps was not in the response.',
    fix: 'Compare the extraction (`from`, `path`, `property`, `regex`) with what the server sent: either the response changed or the extraction needs updating.',
  },
  'REGRESSION:LATENCY': {
    meaning: 'The preview is significantly slower than the baseline: ratio, minimum difference, significance and the A/A noise all say so.',
    fix: 'Profile the slower path in the preview, or raise baseline.latency when the cost is accepted.',
  },
  'REGRESSION:SCHEMA': {
    meaning: 'A JSON field the baseline sends every time is missing from the preview or changed type.',
    fix: 'Restore the field (clients read it), or add its path to baseline.ignore when the change is intended.',
  },
  'REGRESSION:STATUS': {
    meaning: 'The preview answers another status than the one the baseline answers every time.',
    fix: 'Check the route, redirect or handler that changed; update the check when the change is intended.',
  },
  'REGRESSION:HEADER': {
    meaning: 'A header named in baseline.headers that the baseline sends every time is missing from the preview.',
    fix: "Restore the header in the preview's server, framework or CDN configuration.",
  },
  'GRPC:DEADLINE_EXCEEDED': {
    meaning: 'The server ended the call with DEADLINE_EXCEEDED before the check’s own timeout ran out.',
    fix: 'Look at the server’s own deadlines for the calls it makes to its dependencies.',
  },
};

/** Looks up the explanation for a category and code, most specific first. */
export function explain(category: string, code: string): Explanation {
  return (
    CODE_EXPLANATIONS[`${category}:${code}`] ??
    CATEGORY_EXPLANATIONS[category as Category] ??
    CATEGORY_EXPLANATIONS.UNKNOWN
  );
}
