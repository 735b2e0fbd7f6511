export const id = 194;
export const ids = [194];
export const modules = {

/***/ 9194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L8: () => (/* binding */ classify),
  hn: () => (/* binding */ matchSystem)
});

// UNUSED EXPORTS: UNKNOWN_ERROR_CHANNEL, where

// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __webpack_require__(3053);
// EXTERNAL MODULE: ./src/errors/probe-error.ts
var probe_error = __webpack_require__(8590);
// EXTERNAL MODULE: ./src/errors/deadline.ts
var deadline = __webpack_require__(7943);
;// CONCATENATED MODULE: ./src/errors/dns.ts
// c-ares error shapes (node:dns Resolver): `code` is the answer or failure (ENOTFOUND is the
// server's NXDOMAIN, ENODATA an empty NOERROR answer), `syscall` the query (`queryMx`,
// `getHostByAddr`), `hostname` the name asked. The dns check adds `dnsServer`, which c-ares
// does not say. getaddrinfo errors (syscall `getaddrinfo`) are left to the system matcher.

const ANSWERS = {
    ENOTFOUND: { code: 'NXDOMAIN', says: 'does not exist' },
    ENODATA: { code: 'NODATA', says: 'exists but has no {type} record' },
    ESERVFAIL: { code: 'SERVFAIL', says: 'could not be resolved: the server failed' },
    EREFUSED: { code: 'REFUSED', says: 'could not be resolved: the server refused to answer' },
    ENOTIMP: { code: 'NOTIMP', says: 'could not be resolved: the server does not implement {type} queries' },
    EFORMERR: { code: 'FORMERR', says: 'could not be resolved: the server rejected the query as malformed' },
};
function matchDns(e) {
    const syscall = typeof e.syscall === 'string' ? e.syscall : '';
    const code = typeof e.code === 'string' ? e.code : '';
    if (!syscall.startsWith('query') && syscall !== 'getHostByAddr')
        return undefined;
    const type = syscall === 'getHostByAddr' ? 'PTR' : syscall.slice('query'.length).toUpperCase();
    const name = e.hostname ?? 'the name';
    const server = e.dnsServer ?? 'the system\u2019s DNS server';
    const answer = ANSWERS[code];
    if (answer) {
        const says = answer.says.replace('{type}', type);
        return (0,probe_error/* probeError */.v)('DNS', answer.code, `${name} ${says} (${answer.code} from ${server}, ${type} query)`, e);
    }
    switch (code) {
        case 'ETIMEOUT':
        case 'ECANCELLED':
            return (0,probe_error/* probeError */.v)('TIMEOUT', 'REQUEST_TIMEOUT', `No answer from ${server} to the ${type} query for ${name}`, e);
        case 'ECONNREFUSED':
            return (0,probe_error/* probeError */.v)('CONNREFUSED', 'CONNREFUSED', `Connection refused by ${server}: no DNS server listens there`, e);
        case 'EOF':
            return (0,probe_error/* probeError */.v)('CONNRESET', 'CONNRESET', `${server} closed the connection before answering the ${type} query for ${name}`, e);
        case 'EBADRESP':
            return (0,probe_error/* probeError */.v)('MALFORMED_RESPONSE', 'MALFORMED_RESPONSE', `${server} sent an answer to the ${type} query for ${name} that could not be parsed (a compressed name where the record type forbids one, or truncated data)`, e);
        case 'EBADNAME':
        case 'EBADQUERY':
            return new probe_error/* ProbeError */.B('INVALID_REQUEST', 'INVALID_REQUEST', `"${name}" is not a valid DNS name. Correct the host of the check.`, { cause: e });
        default:
            return undefined;
    }
}

// EXTERNAL MODULE: ./src/errors/ping.ts
var ping = __webpack_require__(4527);
// EXTERNAL MODULE: ./src/errors/tls.ts + 1 modules
var tls = __webpack_require__(5473);
;// CONCATENATED MODULE: ./src/errors/grpc.ts
// grpc-js's error shape: a status error with a numeric `code`, `details` and `metadata`.
// Refused and reset connections are UNAVAILABLE with the system error only in `details`; the
// grpc check attaches TLS and socket errors its own connector saw as `cause`, and resolves the
// name itself, so those reach the root matchers with their real codes. A TLS failure that
// reaches us only as grpc-js's text ("certificate has expired") is mapped back from the text.



/** Status names by number (grpc/doc/statuscodes.md); the GRPC category's codes. */
const GRPC_STATUS_NAMES = [
    'OK',
    'CANCELLED',
    'UNKNOWN',
    'INVALID_ARGUMENT',
    'DEADLINE_EXCEEDED',
    'NOT_FOUND',
    'ALREADY_EXISTS',
    'PERMISSION_DENIED',
    'RESOURCE_EXHAUSTED',
    'FAILED_PRECONDITION',
    'ABORTED',
    'OUT_OF_RANGE',
    'UNIMPLEMENTED',
    'INTERNAL',
    'UNAVAILABLE',
    'DATA_LOSS',
    'UNAUTHENTICATED',
];
const UNAVAILABLE = 14;
const UNAUTHENTICATED = 16;
// "No connection established. Last error: Error: connect ECONNREFUSED 127.0.0.1:50051. ..."
const EMBEDDED_SYSTEM_ERROR = /\b(?:connect|read|write) (E[A-Z]+)(?: (\S+?))?\.?(?:\s|$)/;
function matchGrpc(e) {
    if (typeof e.code !== 'number' || typeof e.details !== 'string' || !('metadata' in e))
        return undefined;
    const details = e.details.trim();
    if (e.code === UNAVAILABLE) {
        const embedded = embeddedSystemError(details, e) ?? (0,tls/* sslErrorFromText */.SN)(details, e);
        if (embedded)
            return embedded;
        if (details.startsWith('Name resolution failed')) {
            return (0,probe_error/* probeError */.v)('DNS', 'DNS', `gRPC could not resolve the target (${details})`, e);
        }
    }
    const said = details ? `: ${details}` : '';
    if (e.code === UNAUTHENTICATED) {
        return (0,probe_error/* probeError */.v)('AUTHENTICATION_ERROR', 'AUTHENTICATION_ERROR', `The server answered the gRPC call with UNAUTHENTICATED${said}`, e);
    }
    const name = GRPC_STATUS_NAMES[e.code] ?? `STATUS_${e.code}`;
    return (0,probe_error/* probeError */.v)('GRPC', name, `The gRPC call ended with status ${e.code} ${name}${said}`, e);
}
function embeddedSystemError(details, e) {
    const match = EMBEDDED_SYSTEM_ERROR.exec(details);
    if (!match)
        return undefined;
    const [, code, endpoint] = match;
    const colon = endpoint?.lastIndexOf(':') ?? -1;
    const address = colon > 0 ? endpoint.slice(0, colon) : endpoint;
    const port = colon > 0 ? Number(endpoint.slice(colon + 1)) : undefined;
    return matchSystem({ code, address, port, message: details, cause: e });
}

;// CONCATENATED MODULE: ./src/errors/undici.ts
// undici's error shapes (lib/core/errors.js). Parser errors have no `code` in undici 7, so
// they are recognised by name and message.

const TIMEOUTS = {
    UND_ERR_CONNECT_TIMEOUT: 'the connection',
    UND_ERR_HEADERS_TIMEOUT: 'the response headers',
    UND_ERR_BODY_TIMEOUT: 'the response body',
};
function matchUndici(e) {
    const code = typeof e.code === 'string' ? e.code : '';
    const message = e.message ?? '';
    if (TIMEOUTS[code]) {
        return (0,probe_error/* probeError */.v)('TIMEOUT', 'REQUEST_TIMEOUT', `Timed out waiting for ${TIMEOUTS[code]}`, e);
    }
    if (message.startsWith('HTTP/2') || code.startsWith('ERR_HTTP2_')) {
        return (0,probe_error/* probeError */.v)('HTTP2', 'HTTP2', `Error performing HTTP/2 request: ${message}`, e);
    }
    if (code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED') {
        return (0,probe_error/* probeError */.v)('CONNRESET', 'SOCKET_CLOSED', `The server closed the connection before the response was complete (${message})`, e);
    }
    if (code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH' || code === 'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH') {
        return (0,probe_error/* probeError */.v)('MALFORMED_RESPONSE', 'CONTENT_LENGTH_MISMATCH', `Invalid response: ${message}`, e);
    }
    if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') {
        return (0,probe_error/* probeError */.v)('BODY_TOO_LARGE', 'BODY_TOO_LARGE', 'The response body is larger than the 10 MiB cap', e);
    }
    if (e.name === 'HTTPParserError' || code.startsWith('HPE_')) {
        return (0,probe_error/* probeError */.v)('MALFORMED_RESPONSE', 'MALFORMED_RESPONSE', `The server sent an invalid HTTP response: ${message}`, e);
    }
    if (code === 'UND_ERR_INVALID_ARG' || code === 'ERR_INVALID_URL') {
        return (0,probe_error/* probeError */.v)('INVALID_REQUEST', 'INVALID_REQUEST', `The request is invalid: ${message}`, e);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/errors/websocket.ts
// ws's error shapes (ws 8): frame errors carry a WS_ERR_* code; a bad handshake answer is a
// plain Error recognised by its message (lib/websocket.js, abortHandshake). A non-101 answer and
// a close before the first message are detected by the websocket check itself.

const HANDSHAKE_FAILURE = /^(Invalid (Upgrade|Sec-WebSocket-Accept|Sec-WebSocket-Extensions) header|Server sent (a|an invalid|no) (subprotocol|Sec-WebSocket-Extensions)|Server indicated an extension|Unexpected server response)/;
function matchWebSocket(e) {
    const code = typeof e.code === 'string' ? e.code : '';
    const message = e.message ?? '';
    if (code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
        return (0,probe_error/* probeError */.v)('WEBSOCKET', 'MESSAGE_TOO_LONG', 'Received message longer than the maximum supported length (50 KiB)', e);
    }
    if (code.startsWith('WS_ERR_')) {
        return (0,probe_error/* probeError */.v)('WEBSOCKET', 'WEBSOCKET', `The server broke the WebSocket protocol: ${message}`, e);
    }
    if (HANDSHAKE_FAILURE.test(message)) {
        return (0,probe_error/* probeError */.v)('WEBSOCKET', 'WEBSOCKET', `The WebSocket handshake failed: ${message}`, e);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/errors/classify.ts
// The only place that reads low-level error objects (Node, OpenSSL, undici, ws, grpc-js) and
// turns them into the taxonomy. Each matcher looks at one error of the cause chain and returns
// a ProbeError or nothing; root causes (system and TLS codes) are tried along the whole chain
// before the wrappers that carry them, so the most specific cause wins.









const SYSTEM_ERRORS = {
    ECONNREFUSED: (e) => (0,probe_error/* probeError */.v)('CONNREFUSED', 'CONNREFUSED', `Connection refused by ${where(e)}`, e),
    ECONNRESET: (e) => (0,probe_error/* probeError */.v)('CONNRESET', 'CONNRESET', `Connection reset by ${where(e)}`, e),
    EPIPE: (e) => (0,probe_error/* probeError */.v)('CONNRESET', 'CONNRESET', `Connection closed by ${where(e)} while sending`, e),
    ENOTFOUND: (e) => (0,probe_error/* probeError */.v)('DNS', 'NXDOMAIN', `The name ${e.hostname ?? ''} does not resolve (NXDOMAIN)`, e),
    EAI_AGAIN: (e) => (0,probe_error/* probeError */.v)('DNS', 'SERVFAIL', `The name ${e.hostname ?? ''} could not be resolved now (temporary DNS failure)`, e),
    EAI_NODATA: (e) => (0,probe_error/* probeError */.v)('DNS', 'NODATA', `The name ${e.hostname ?? ''} has no address record`, e),
    EHOSTUNREACH: (e) => (0,probe_error/* probeError */.v)('HOSTUNREACH', 'HOSTUNREACH', `No route to host ${where(e)}`, e),
    ENETUNREACH: (e) => (0,probe_error/* probeError */.v)('NETUNREACH', 'NETUNREACH', `Network unreachable for ${where(e)}`, e),
    ETIMEDOUT: (e) => (0,probe_error/* probeError */.v)('TIMEOUT', 'REQUEST_TIMEOUT', `The connection to ${where(e)} timed out`, e),
};
function matchSystem(e) {
    return typeof e.code === 'string' ? SYSTEM_ERRORS[e.code]?.(e) : undefined;
}
/** Root causes first, along the whole chain; then the wrappers. */
// matchDns and matchPing come before matchSystem: c-ares reuses system codes (ENOTFOUND,
// ECONNREFUSED) with a meaning of its own, and only they know the server or host involved.
const ROOT_MATCHERS = [deadline/* matchDeadline */.V, tls/* matchTls */.vO, matchDns, ping/* matchPing */.S, matchSystem];
const WRAPPER_MATCHERS = [matchUndici, matchGrpc, matchWebSocket];
function classify(error) {
    if (error instanceof probe_error/* ProbeError */.B)
        return error;
    const chain = causeChain(error);
    const found = chain.find((e) => e instanceof probe_error/* ProbeError */.B);
    if (found)
        return found;
    for (const matchers of [ROOT_MATCHERS, WRAPPER_MATCHERS]) {
        for (const matcher of matchers) {
            for (const e of chain) {
                const result = matcher(e);
                if (result)
                    return result;
            }
        }
    }
    const first = chain[0];
    const described = [first?.name, first?.code, first?.message].filter(Boolean).join(': ');
    const unknown = (0,probe_error/* probeError */.v)('UNKNOWN', 'UNKNOWN', `Unexpected error: ${described || String(error)}`, error);
    if (unknownErrors.hasSubscribers)
        unknownErrors.publish(unknown);
    return unknown;
}
/** Published on for every error that falls through to UNKNOWN, so tests (and users' tooling) can catch them. */
const UNKNOWN_ERROR_CHANNEL = 'probegate:unknown-error';
const unknownErrors = (0,external_node_diagnostics_channel_.channel)(UNKNOWN_ERROR_CHANNEL);
function causeChain(error) {
    const chain = [];
    let current = error;
    while (current !== undefined && current !== null && chain.length < 8) {
        const viewed = typeof current === 'object' ? current : { message: String(current) };
        chain.push(viewed);
        if (viewed instanceof AggregateError)
            chain.push(...viewed.errors);
        current = viewed.cause;
    }
    return chain;
}
function where(e) {
    const host = e.address ?? e.hostname ?? e.host;
    if (!host)
        return 'the server';
    const shown = host.includes(':') ? `[${host}]` : host;
    return e.port ? `${shown}:${e.port}` : shown;
}


/***/ }),

/***/ 7943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ matchDeadline),
/* harmony export */   m: () => (/* binding */ DeadlineExceeded)
/* harmony export */ });
/* harmony import */ var _probe_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8590);

/**
 * The reason an attempt's AbortSignal carries when one of its deadlines runs out, so a
 * timeout is told apart from an abort for any other reason.
 */
class DeadlineExceeded extends Error {
    kind;
    limitMs;
    name = 'DeadlineExceeded';
    /** The phase that was running, if the check's timer knew it ("connect", "first byte"). */
    pendingPhase;
    constructor(kind, limitMs) {
        super(`${kind === 'request' ? 'Request' : 'Overall'} timeout of ${limitMs} ms exceeded`);
        this.kind = kind;
        this.limitMs = limitMs;
    }
}
function matchDeadline(e) {
    if (!(e instanceof DeadlineExceeded))
        return undefined;
    const during = e.pendingPhase ? ` while waiting for ${e.pendingPhase}` : '';
    if (e.kind === 'request') {
        return (0,_probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .probeError */ .v)('TIMEOUT', 'REQUEST_TIMEOUT', `No answer within the request timeout of ${e.limitMs} ms${during}`, e);
    }
    return (0,_probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .probeError */ .v)('TIMEOUT', 'OVERALL_TIMEOUT', `The attempt did not complete within the overall timeout of ${e.limitMs} ms${during}`, e);
}


/***/ }),

/***/ 4527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ matchPing),
/* harmony export */   g: () => (/* binding */ PingFailed)
/* harmony export */ });
/* harmony import */ var _probe_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8590);
// The system `ping` (iputils) as the icmp check runs it: a missing binary is a spawn ENOENT,
// and every other failure is ping's exit status 2 with its words on stderr (run with LC_ALL=C,
// so the texts below are stable).

/** ping ended without statistics: its exit status and what it printed. */
class PingFailed extends Error {
    host;
    exitCode;
    output;
    name = 'PingFailed';
    constructor(host, exitCode, output) {
        super(`ping ${host} exited with status ${String(exitCode)}: ${output.trim() || 'no output'}`);
        this.host = host;
        this.exitCode = exitCode;
        this.output = output;
    }
}
const RESOLUTION = [
    [/Name or service not known|unknown host/i, 'NXDOMAIN', 'does not resolve (NXDOMAIN)'],
    [/No address associated with hostname/i, 'NODATA', 'has no address record'],
    [/Temporary failure in name resolution/i, 'SERVFAIL', 'could not be resolved now (temporary DNS failure)'],
];
function matchPing(e) {
    if (e.code === 'ENOENT' && e.syscall === 'spawn ping') {
        return new _probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ProbeError */ .B('INVALID_REQUEST', 'INVALID_REQUEST', 'The icmp check needs the system `ping` command (iputils), and it is not installed on this machine. Install it (sudo apt-get install iputils-ping) in a step before probegate, or remove the icmp check.', { cause: e });
    }
    if (!(e instanceof PingFailed))
        return undefined;
    for (const [pattern, code, says] of RESOLUTION) {
        if (pattern.test(e.output))
            return (0,_probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .probeError */ .v)('DNS', code, `The name ${e.host} ${says}`, e);
    }
    if (/Operation not permitted|Permission denied/i.test(e.output)) {
        return new _probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ProbeError */ .B('INVALID_REQUEST', 'INVALID_REQUEST', `ping may not open an ICMP socket here (${e.output.trim()}). Run it as root, give it the capability (sudo setcap cap_net_raw+p "$(command -v ping)"), or allow unprivileged ICMP (sysctl net.ipv4.ping_group_range="0 2147483647").`, { cause: e });
    }
    if (/Network is unreachable/i.test(e.output)) {
        return (0,_probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .probeError */ .v)('NETUNREACH', 'NETUNREACH', `Network unreachable for ${e.host} (${e.output.trim()})`, e);
    }
    return undefined;
}


/***/ }),

/***/ 5473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gt: () => (/* binding */ isTlsFailure),
  vO: () => (/* binding */ matchTls),
  SN: () => (/* binding */ sslErrorFromText)
});

// UNUSED EXPORTS: sslError

// EXTERNAL MODULE: ./src/errors/probe-error.ts
var probe_error = __webpack_require__(8590);
;// CONCATENATED MODULE: ./src/errors/ssl-codes.ts
// Every X.509 verify code Node reports (X509ErrorCode in deps/ncrypto: 27 names, anything else
// is UNSPECIFIED with OpenSSL's reason in the message), plus the codes probegate gives to
// hostname mismatches and handshake failures. The key is the `code` of an SSL error.
/** Codes probegate assigns to handshake failures; an error whose `code` is one of them is not an OpenSSL verify result. */
const HANDSHAKE_CODES = ['PROTOCOL_VERSION', 'HANDSHAKE_FAILURE', 'CERTIFICATE_REQUIRED', 'NOT_TLS', 'NO_APPLICATION_PROTOCOL'];
const SSL_CODES = {
    CERT_HAS_EXPIRED: {
        meaning: 'The server\u2019s certificate has expired.',
        fix: 'Renew the certificate (and check that automatic renewal runs) and redeploy it.',
    },
    CERT_NOT_YET_VALID: {
        meaning: 'The server\u2019s certificate is not valid yet (its notBefore date is in the future).',
        fix: 'Check the clock of the machine that issued it, or wait until it becomes valid.',
    },
    DEPTH_ZERO_SELF_SIGNED_CERT: {
        meaning: 'The server presents a self-signed certificate.',
        fix: 'Serve a certificate from a trusted CA, or give the check that certificate as `ca`.',
    },
    SELF_SIGNED_CERT_IN_CHAIN: {
        meaning: 'The certificate chain ends in a self-signed root that is not trusted.',
        fix: 'Use a certificate from a publicly trusted CA, or give the check your private root as `ca`.',
    },
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: {
        meaning: 'The root CA the chain leads to is not in the trust store (a private or internal CA).',
        fix: 'Give the check that root CA as `ca`, or serve a certificate from a publicly trusted CA.',
    },
    UNABLE_TO_GET_ISSUER_CERT: {
        meaning: 'The issuer of a trusted certificate could not be found: typically `ca` holds only the intermediate, not the root above it.',
        fix: 'Give the check the root CA as `ca` (the intermediate alone is not a trust anchor), and serve the full chain.',
    },
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: {
        meaning: 'The leaf certificate could not be verified: the server does not send its intermediate certificate, or the leaf\u2019s issuer is not trusted.',
        fix: 'Serve the full chain (leaf followed by its intermediates), for example fullchain.pem instead of cert.pem.',
    },
    CERT_REVOKED: {
        meaning: 'A certificate in the chain has been revoked by its issuer (according to the `crl` given to the check).',
        fix: 'Issue and deploy a new certificate.',
    },
    UNABLE_TO_GET_CRL: {
        meaning: 'The check has a `crl`, but none from one of the CAs in the chain (with a `crl`, every certificate below the trusted root is checked).',
        fix: 'Give the check a CRL from every CA in the chain, the root\u2019s included, or remove `crl`.',
    },
    CRL_HAS_EXPIRED: {
        meaning: 'The certificate revocation list has expired (its nextUpdate is past).',
        fix: 'Fetch a current CRL from the CA and give it to the check.',
    },
    CRL_NOT_YET_VALID: {
        meaning: 'The certificate revocation list is not valid yet.',
        fix: 'Check the clock of the CA that issued the CRL, or use the current CRL.',
    },
    CRL_SIGNATURE_FAILURE: {
        meaning: 'The signature of the certificate revocation list is invalid.',
        fix: 'Give the check the CRL published by the CA that issued the certificate.',
    },
    CERT_SIGNATURE_FAILURE: {
        meaning: 'The signature of a certificate in the chain is invalid (corrupted or not from its issuer).',
        fix: 'Re-issue the certificate and serve the chain it was really issued under.',
    },
    INVALID_CA: {
        meaning: 'A certificate in the chain is used as a CA but is not allowed to act as one.',
        fix: 'Serve a chain whose intermediates are real CA certificates (basicConstraints CA:TRUE).',
    },
    INVALID_PURPOSE: {
        meaning: 'A certificate in the chain is not allowed for TLS server authentication: its extendedKeyUsage lacks serverAuth (a client-only certificate), or an issuer is not a CA (basicConstraints CA:FALSE).',
        fix: 'Issue the certificate with extendedKeyUsage serverAuth, from a CA certificate with CA:TRUE.',
    },
    PATH_LENGTH_EXCEEDED: {
        meaning: 'The chain is longer than an intermediate\u2019s pathlen constraint allows.',
        fix: 'Issue the certificate directly from an intermediate whose pathlen permits it.',
    },
    CERT_CHAIN_TOO_LONG: {
        meaning: 'The certificate chain is longer than the verifier\u2019s maximum depth.',
        fix: 'Serve a shorter chain.',
    },
    CERT_UNTRUSTED: {
        meaning: 'The root CA is not marked as trusted for this purpose.',
        fix: 'Use a CA that is trusted for TLS server authentication.',
    },
    CERT_REJECTED: {
        meaning: 'The root CA is marked to reject this purpose.',
        fix: 'Use a CA that is trusted for TLS server authentication.',
    },
    UNABLE_TO_DECRYPT_CERT_SIGNATURE: {
        meaning: 'The signature of a certificate could not be decrypted.',
        fix: 'Re-issue the certificate; its signature does not match its issuer\u2019s key.',
    },
    UNABLE_TO_DECRYPT_CRL_SIGNATURE: {
        meaning: 'The signature of the CRL could not be decrypted.',
        fix: 'Give the check the CRL published by the issuing CA.',
    },
    UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY: {
        meaning: 'The public key of the issuer could not be read.',
        fix: 'Serve a valid issuer certificate in the chain.',
    },
    ERROR_IN_CERT_NOT_BEFORE_FIELD: {
        meaning: 'The certificate\u2019s notBefore field is malformed.',
        fix: 'Re-issue the certificate.',
    },
    ERROR_IN_CERT_NOT_AFTER_FIELD: {
        meaning: 'The certificate\u2019s notAfter field is malformed.',
        fix: 'Re-issue the certificate.',
    },
    ERROR_IN_CRL_LAST_UPDATE_FIELD: {
        meaning: 'The CRL\u2019s lastUpdate field is malformed.',
        fix: 'Give the check a valid CRL from the CA.',
    },
    ERROR_IN_CRL_NEXT_UPDATE_FIELD: {
        meaning: 'The CRL\u2019s nextUpdate field is malformed.',
        fix: 'Give the check a valid CRL from the CA.',
    },
    OUT_OF_MEM: {
        meaning: 'OpenSSL ran out of memory while verifying the certificate.',
        fix: 'Run the check again; if it persists, report it.',
    },
    HOSTNAME_MISMATCH: {
        meaning: 'The certificate does not cover the host name the check connected to.',
        fix: 'Serve a certificate whose subjectAltName includes this host, or set `servername` to the name it covers.',
    },
    PROTOCOL_VERSION: {
        meaning: 'The client and the server have no TLS version in common (the server offers only TLS 1.0/1.1, or only versions the client does not).',
        fix: 'Enable TLS 1.2 or 1.3 on the server; TLS 1.0 and 1.1 are obsolete and disabled in Node.',
    },
    HANDSHAKE_FAILURE: {
        meaning: 'The TLS handshake failed: no cipher suite in common, or the server rejected the handshake (on TLS 1.2 also when it requires a client certificate).',
        fix: 'Enable modern cipher suites on the server; if it requires a client certificate, give the check `cert` and `key`.',
    },
    CERTIFICATE_REQUIRED: {
        meaning: 'The server requires a client certificate and did not get one it accepts: none was sent, or it rejected the one sent.',
        fix: 'Give the check a client certificate (`cert` and `key`) issued by a CA the server trusts.',
    },
    NOT_TLS: {
        meaning: 'The port does not speak TLS: the server answered something else (plain HTTP, SSH, SMTP...).',
        fix: 'Use http:// (or ws://) for this port, or point the check at the TLS port.',
    },
    NO_APPLICATION_PROTOCOL: {
        meaning: 'The server does not support any application protocol the client offered (ALPN).',
        fix: 'Enable HTTP/1.1 or HTTP/2 on the server\u2019s TLS listener.',
    },
    UNSPECIFIED: {
        meaning: 'The certificate could not be verified.',
        fix: 'Inspect the chain the server sends (openssl s_client -showcerts) and re-issue what OpenSSL rejects, such as a SHA-1 signature or a key that is too small.',
    },
};

;// CONCATENATED MODULE: ./src/errors/tls.ts
// TLS failures, in every shape they reach us: OpenSSL's verify code as Node reports it
// (`err.code = 'CERT_HAS_EXPIRED'`), Node's own hostname check (ERR_TLS_CERT_ALTNAME_INVALID),
// handshake alerts and local handshake errors (`ERR_SSL_*`, older `EPROTO`), and OpenSSL's bare
// reason text for libraries that keep nothing else (grpc-js: "certificate has expired").


// OpenSSL's reason text of each verify code (X509_verify_cert_error_string), which is also the
// `message` of Node's verify errors. Longer texts first where one contains another.
const VERIFY_REASONS = [
    [/self[- ]signed certificate in certificate chain/i, 'SELF_SIGNED_CERT_IN_CHAIN'],
    [/self[- ]signed certificate/i, 'DEPTH_ZERO_SELF_SIGNED_CERT'],
    [/unable to get local issuer certificate/i, 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'],
    [/unable to get issuer certificate/i, 'UNABLE_TO_GET_ISSUER_CERT'],
    [/unable to verify the first certificate/i, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'],
    [/unable to get certificate CRL/i, 'UNABLE_TO_GET_CRL'],
    [/unable to decrypt certificate'?s signature/i, 'UNABLE_TO_DECRYPT_CERT_SIGNATURE'],
    [/unable to decrypt CRL'?s signature/i, 'UNABLE_TO_DECRYPT_CRL_SIGNATURE'],
    [/unable to decode issuer public key/i, 'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY'],
    [/certificate signature failure/i, 'CERT_SIGNATURE_FAILURE'],
    [/CRL signature failure/i, 'CRL_SIGNATURE_FAILURE'],
    [/certificate is not yet valid/i, 'CERT_NOT_YET_VALID'],
    [/certificate has expired/i, 'CERT_HAS_EXPIRED'],
    [/CRL is not yet valid/i, 'CRL_NOT_YET_VALID'],
    [/CRL has expired/i, 'CRL_HAS_EXPIRED'],
    [/format error in certificate'?s notBefore field/i, 'ERROR_IN_CERT_NOT_BEFORE_FIELD'],
    [/format error in certificate'?s notAfter field/i, 'ERROR_IN_CERT_NOT_AFTER_FIELD'],
    [/format error in CRL'?s lastUpdate field/i, 'ERROR_IN_CRL_LAST_UPDATE_FIELD'],
    [/format error in CRL'?s nextUpdate field/i, 'ERROR_IN_CRL_NEXT_UPDATE_FIELD'],
    [/certificate chain too long/i, 'CERT_CHAIN_TOO_LONG'],
    [/certificate revoked/i, 'CERT_REVOKED'],
    [/invalid CA certificate/i, 'INVALID_CA'],
    [/path length constraint exceeded/i, 'PATH_LENGTH_EXCEEDED'],
    [/unsuitable certificate purpose/i, 'INVALID_PURPOSE'],
    [/certificate not trusted/i, 'CERT_UNTRUSTED'],
    [/certificate rejected/i, 'CERT_REJECTED'],
    [/Hostname\/IP does not match certificate's altnames|hostname mismatch/i, 'HOSTNAME_MISMATCH'],
];
// Alerts the server sends (`ERR_SSL_<TLSV1|TLSV13|SSLV3|SSL/TLS>_ALERT_<NAME>`; OpenSSL 3.2+
// says SSL/TLS where 3.0 said SSLV3). Any other alert is HANDSHAKE_FAILURE with its name.
const ALERT_CODE = /^ERR_SSL_(?:TLSV1|TLSV13|SSLV3|SSL\/TLS)_ALERT_([A-Z_]+)$/;
const ALERTS = {
    PROTOCOL_VERSION: 'PROTOCOL_VERSION',
    HANDSHAKE_FAILURE: 'HANDSHAKE_FAILURE',
    INSUFFICIENT_SECURITY: 'HANDSHAKE_FAILURE',
    CERTIFICATE_REQUIRED: 'CERTIFICATE_REQUIRED',
    NO_APPLICATION_PROTOCOL: 'NO_APPLICATION_PROTOCOL',
};
// Alerts a server sends about the client certificate it received.
const CLIENT_CERTIFICATE_ALERTS = new Set([
    'BAD_CERTIFICATE',
    'UNKNOWN_CA',
    'CERTIFICATE_UNKNOWN',
    'UNSUPPORTED_CERTIFICATE',
    'CERTIFICATE_EXPIRED',
    'CERTIFICATE_REVOKED',
    'ACCESS_DENIED',
]);
// Errors OpenSSL raises locally during the handshake.
const LOCAL_HANDSHAKE_ERRORS = {
    ERR_SSL_WRONG_VERSION_NUMBER: 'NOT_TLS',
    ERR_SSL_PACKET_LENGTH_TOO_LONG: 'NOT_TLS',
    ERR_SSL_RECORD_LAYER_FAILURE: 'NOT_TLS',
    ERR_SSL_UNSUPPORTED_PROTOCOL: 'PROTOCOL_VERSION',
    ERR_SSL_NO_PROTOCOLS_AVAILABLE: 'PROTOCOL_VERSION',
    ERR_SSL_VERSION_TOO_LOW: 'PROTOCOL_VERSION',
};
// The same failures as OpenSSL words them, for errors that carry only text.
const HANDSHAKE_REASONS = [
    [/wrong version number|packet length too long|record layer failure/i, 'NOT_TLS'],
    [/alert protocol version|unsupported protocol|no protocols available|version too low/i, 'PROTOCOL_VERSION'],
    [/alert certificate required/i, 'CERTIFICATE_REQUIRED'],
    [/alert (?:bad certificate|unknown ca|certificate unknown|unsupported certificate|certificate expired|certificate revoked|access denied)/i, 'CERTIFICATE_REQUIRED'],
    [/alert no application protocol/i, 'NO_APPLICATION_PROTOCOL'],
    [/alert handshake failure|no shared cipher|no ciphers available/i, 'HANDSHAKE_FAILURE'],
];
const OWN_CODES = new Set(HANDSHAKE_CODES);
/** The root matcher for TLS errors of node:tls (directly, or under undici, ws and grpc-js). */
function matchTls(e) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID')
        return sslError('HOSTNAME_MISMATCH', e, e.reason);
    if (code === 'UNSPECIFIED')
        return sslError('UNSPECIFIED', e, e.message);
    if (code in SSL_CODES && !OWN_CODES.has(code))
        return sslError(code, e, certificateDates(code, e));
    const alert = ALERT_CODE.exec(code)?.[1];
    if (alert)
        return alertError(alert, e);
    if (LOCAL_HANDSHAKE_ERRORS[code])
        return sslError(LOCAL_HANDSHAKE_ERRORS[code], e, reasonOf(e));
    if (code.startsWith('ERR_SSL_') || code === 'EPROTO') {
        const reason = reasonOf(e);
        return sslError(codeFromReason(HANDSHAKE_REASONS, reason) ?? 'HANDSHAKE_FAILURE', e, reason);
    }
    return undefined;
}
/** Whether a socket error is a TLS failure, for checks whose library reports it as something vaguer. */
function isTlsFailure(error) {
    return typeof error === 'object' && error !== null && matchTls(error) !== undefined;
}
/**
 * An SSL error from OpenSSL's or Node's reason text alone, for libraries that lose the code
 * (grpc-js reports "certificate has expired" inside an UNAVAILABLE status). Undefined when the
 * text names no TLS failure.
 */
function sslErrorFromText(text, cause) {
    const verify = codeFromReason(VERIFY_REASONS, text);
    if (verify)
        return sslError(verify, cause, verify === 'HOSTNAME_MISMATCH' ? text : undefined);
    const handshake = codeFromReason(HANDSHAKE_REASONS, text);
    return handshake ? sslError(handshake, cause, text) : undefined;
}
/** An SSL error whose message is the code's explanation, OpenSSL's own words when they add something, and the fix. */
function sslError(code, cause, detail) {
    const explanation = SSL_CODES[code] ?? SSL_CODES.UNSPECIFIED;
    const said = detail?.trim() && !explanation.meaning.includes(detail.trim()) ? ` (${detail.trim()})` : '';
    return new probe_error/* ProbeError */.B('SSL', code, `${explanation.meaning.replace(/\.$/, '')}${said}. ${explanation.fix}`, { cause });
}
function alertError(alert, e) {
    const name = alert.toLowerCase().replace(/_/g, ' ');
    if (CLIENT_CERTIFICATE_ALERTS.has(alert)) {
        return sslError('CERTIFICATE_REQUIRED', e, `the server rejected the client certificate with the TLS alert "${name}"`);
    }
    const code = ALERTS[alert] ?? 'HANDSHAKE_FAILURE';
    return sslError(code, e, ALERTS[alert] ? undefined : `the server sent the TLS alert "${name}"`);
}
function codeFromReason(reasons, text) {
    return reasons.find(([pattern]) => pattern.test(text))?.[1];
}
/** OpenSSL's short reason ("wrong version number"), else the first line of the message. */
function reasonOf(e) {
    if (typeof e.reason === 'string' && e.reason)
        return e.reason;
    const message = e.message ?? '';
    // "write EPROTO 409D\u2026:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:\u2026"
    const openssl = /error:[0-9A-Fa-f]+:[^:]*:[^:]*:([^:]+)/.exec(message);
    return openssl ? openssl[1].trim() : message.split('\n')[0].trim();
}
/**
 * The date that explains an expired or not-yet-valid certificate, when the error carries the
 * leaf (`cert`, as the ssl check attaches it) and the leaf is the one out of its validity.
 */
function certificateDates(code, e) {
    const cert = e.cert;
    const validTo = cert?.valid_to ? new Date(cert.valid_to) : undefined;
    const validFrom = cert?.valid_from ? new Date(cert.valid_from) : undefined;
    const now = Date.now();
    if (code === 'CERT_HAS_EXPIRED' && validTo && validTo.getTime() < now)
        return `the leaf expired on ${isoDate(validTo)}`;
    if (code === 'CERT_NOT_YET_VALID' && validFrom && validFrom.getTime() > now)
        return `the leaf is valid from ${isoDate(validFrom)}`;
    return undefined;
}
function isoDate(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}


/***/ })

};
