export const id = 920;
export const ids = [920];
export const modules = {

/***/ 5920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MAX_BODY_BYTES: () => (/* binding */ DEFAULT_MAX_BODY_BYTES),
  MAX_REDIRECTS: () => (/* binding */ MAX_REDIRECTS),
  applyAuth: () => (/* binding */ applyAuth),
  httpCheck: () => (/* binding */ httpCheck),
  lowerCaseKeys: () => (/* binding */ lowerCaseKeys),
  parseUrl: () => (/* binding */ parseUrl),
  sendsCredentials: () => (/* binding */ sendsCredentials)
});

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/errors/probe-error.ts
var probe_error = __webpack_require__(8590);
// EXTERNAL MODULE: ./src/errors/tls.ts + 1 modules
var tls = __webpack_require__(5473);
// EXTERNAL MODULE: ./src/net/timing.ts
var timing = __webpack_require__(481);
// EXTERNAL MODULE: ./src/net/tls.ts
var net_tls = __webpack_require__(7638);
// EXTERNAL MODULE: ./src/net/undici.ts
var undici = __webpack_require__(2107);
;// CONCATENATED MODULE: ./src/checks/http-body.ts

/** The assertion types that read the body itself; without one, only the excerpt's bytes are kept. */
const BODY_ASSERTIONS = new Set(['body', 'jsonpath', 'bodyHash', 'jsonSchema']);
function assertionsReadBody(assertions) {
    return Array.isArray(assertions) && assertions.some((a) => BODY_ASSERTIONS.has(String(a?.type)));
}
/** Reads the body to its end or to the cap; listeners rather than `for await`, which costs more per check. */
function readCapped(body, limits, declaredLength) {
    return new Promise((resolve, reject) => {
        const declared = declaredLength === undefined ? NaN : Number(declaredLength);
        const tooLarge = () => {
            body.destroy();
            reject((0,probe_error/* probeError */.v)('BODY_TOO_LARGE', 'BODY_TOO_LARGE', `The response body is larger than the cap of ${limits.maxBytes} bytes`));
        };
        // A declared length over the cap fails now: reading up to the cap first would only hold memory.
        if (declared > limits.maxBytes)
            return tooLarge();
        const chunks = [];
        let received = 0;
        let kept = 0;
        body.on('data', (chunk) => {
            received += chunk.length;
            if (received > limits.maxBytes)
                return tooLarge();
            if (kept >= limits.keepBytes)
                return;
            const part = chunk.length <= limits.keepBytes - kept ? chunk : chunk.subarray(0, limits.keepBytes - kept);
            chunks.push(part);
            kept += part.length;
        });
        body.once('error', reject);
        body.once('end', () => {
            // undici checks this on HTTP/1.1 only; an HTTP/2 stream cancelled mid-body resolves as if complete.
            if (Number.isInteger(declared) && received < declared) {
                reject((0,probe_error/* probeError */.v)('CONNRESET', 'SOCKET_CLOSED', `The server closed the response after ${received} of ${declared} bytes`));
            }
            else {
                resolve(Buffer.concat(chunks, kept));
            }
        });
    });
}

// EXTERNAL MODULE: ./src/checks/tls-settings.ts
var tls_settings = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/checks/types.ts
var types = __webpack_require__(6468);
;// CONCATENATED MODULE: ./src/checks/http.ts
// The http check: one request (plus its redirects) on fresh connections, every phase timed,
// the body read up to the cap on HTTP/1.1 and HTTP/2 alike.










const MAX_REDIRECTS = 10;
const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
const EXCERPT_CHARS = 2000;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const CREDENTIAL_HEADER = /^(authorization|proxy-authorization|cookie|x-api-key|api-key)$|token|api[-_]?key|secret/i;
// Given to every client.destroy(): without one, undici builds a new error per exchange and Node
// formats its stack as it destroys the socket, a cost every check paid.
const EXCHANGE_DONE = new Error('probegate: the exchange is over');
const httpCheck = {
    type: 'http',
    prepare(check, context) {
        const raw = check.request;
        const url = parseUrl(raw.url, ['request', 'url'], ['http:', 'https:']);
        for (const [name, value] of Object.entries(raw.query ?? {})) {
            url.searchParams.append(name, String(value));
        }
        const headers = lowerCaseKeys(raw.headers ?? {});
        let body;
        if (raw.body !== undefined) {
            body = typeof raw.body === 'string' ? raw.body : JSON.stringify(raw.body);
            if (typeof raw.body !== 'string')
                headers['content-type'] ??= 'application/json';
        }
        const auth = raw.auth;
        applyAuth(headers, auth);
        const request = {
            method: String(raw.method ?? 'GET').toUpperCase(),
            url,
            headers,
            body,
            httpVersion: (raw.http_version ?? check.http_version ?? 'any'),
            followRedirects: (raw.follow_redirects ?? check.follow_redirects ?? true),
            tls: (0,tls_settings/* readTlsSettings */.V)(raw.tls, ['request', 'tls'], context),
            maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
            keptBodyBytes: assertionsReadBody(check.assertions) ? DEFAULT_MAX_BODY_BYTES : EXCERPT_CHARS,
            sendsCredentials: sendsCredentials(headers, auth),
        };
        return { request, target: url.href };
    },
    run: runHttp,
    warmUp,
};
/**
 * One exchange with a loopback peer of its own, and one TLS context: the first request of a
 * process compiles undici's parser and code paths, loads the resolver and initialises OpenSSL
 * (10-20 ms), which the first check would time as its DNS, connect and first byte.
 */
async function warmUp() {
    (0,external_node_tls_.createSecureContext)();
    const peer = (0,external_node_net_.createServer)((socket) => socket.on('error', () => undefined).once('data', () => socket.end('HTTP/1.1 204 No Content\r\n\r\n')));
    await new Promise((resolve, reject) => peer.once('error', reject).listen(0, 'localhost', resolve));
    const url = new URL(`http://localhost:${peer.address().port}/`);
    const request = { method: 'GET', url, headers: {}, httpVersion: 'any', followRedirects: false, tls: { insecure: false }, maxBodyBytes: 0, keptBodyBytes: 0, sendsCredentials: false };
    try {
        await runHttp(request, { signal: AbortSignal.timeout(1000), timer: new timing/* PhaseTimer */.x(), timeoutMs: 1000 });
    }
    finally {
        peer.close();
    }
}
/** Parses a URL field, or throws InvalidField naming the field and the rule. */
function parseUrl(value, path, protocols) {
    let url;
    try {
        url = new URL(String(value));
    }
    catch {
        throw new types/* InvalidField */.u(path, `"${String(value)}" is not a valid URL (expected ${protocols.join('//\u2026 or ')}//\u2026)`);
    }
    if (!protocols.includes(url.protocol)) {
        throw new types/* InvalidField */.u(path, `the URL must start with ${protocols.map((p) => `${p}//`).join(' or ')}, not ${url.protocol}//`);
    }
    return url;
}
/** Sets the Authorization header an `auth` block asks for. */
function applyAuth(headers, auth) {
    if (auth?.basic) {
        const encoded = Buffer.from(`${auth.basic.username}:${auth.basic.password}`).toString('base64');
        headers.authorization = `Basic ${encoded}`;
    }
    else if (auth?.bearer) {
        headers.authorization = `Bearer ${auth.bearer}`;
    }
}
/** Credentials were sent (an `auth` block or a credential-style header): a 401/403/407 is then AUTHENTICATION_ERROR. */
function sendsCredentials(headers, auth) {
    return Boolean(auth) || Object.keys(headers).some((name) => CREDENTIAL_HEADER.test(name));
}
function lowerCaseKeys(record) {
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k.toLowerCase(), String(v)]));
}
async function runHttp(request, context) {
    if (request.url.protocol === 'https:')
        context.timer.expectTls();
    const connection = {};
    let hop = { method: request.method, url: request.url, body: request.body };
    const visited = new Set();
    for (let redirects = 0;; redirects++) {
        visited.add(`${hop.method} ${hop.url.href}`);
        const response = await exchange(request, hop, context, connection);
        const location = response.headers.location;
        if (!request.followRedirects || !REDIRECT_STATUSES.has(response.statusCode) || !location) {
            return { ...response, protocol: connection.protocol, tls: connection.tls };
        }
        hop = nextHop(hop, response.statusCode, location);
        if (redirects + 1 > MAX_REDIRECTS || visited.has(`${hop.method} ${hop.url.href}`)) {
            const why = redirects + 1 > MAX_REDIRECTS ? `more than ${MAX_REDIRECTS} redirects` : 'a redirect loop';
            throw (0,probe_error/* probeError */.v)('TOO_MANY_REDIRECTS', 'TOO_MANY_REDIRECTS', `Stopped after ${why}, at ${hop.url.href}`);
        }
    }
}
function nextHop(hop, status, location) {
    const url = new URL(location, hop.url);
    // 303, and 301/302 after a POST as browsers do, continue as a GET without a body.
    const asGet = status === 303 || ((status === 301 || status === 302) && hop.method === 'POST');
    return asGet ? { method: hop.method === 'HEAD' ? 'HEAD' : 'GET', url } : { ...hop, url };
}
async function exchange(request, hop, context, facts) {
    const firstByte = { seen: false };
    const client = new undici/* Client */.K(hop.url.origin, {
        connect: timedConnector(request, hop.url, context, facts, firstByte),
        allowH2: request.httpVersion !== 'http1',
        headersTimeout: 0,
        bodyTimeout: 0,
        // undici's default keep-alive, not pipelining 0 (`connection: close`): the client is destroyed
        // after this exchange anyway, and a close costs an extra error object, stack formatted, per request.
    });
    try {
        const response = await client.request({
            method: hop.method,
            path: `${hop.url.pathname}${hop.url.search}`,
            headers: { host: hop.url.host, ...request.headers },
            body: hop.body,
            signal: context.signal,
        });
        if (!firstByte.seen)
            context.timer.remark('firstByte');
        const headers = flattenHeaders(response.headers);
        const body = await readCapped(response.body, { maxBytes: request.maxBodyBytes, keepBytes: request.keptBodyBytes }, headers['content-length']);
        context.timer.remark('end');
        const rejected = request.sendsCredentials && [401, 403, 407].includes(response.statusCode);
        return {
            timings: context.timer.timings(),
            statusCode: response.statusCode,
            headers,
            body,
            excerpt: body.subarray(0, EXCERPT_CHARS).toString('utf8'),
            values: rejected ? { credentialsRejected: response.statusCode } : {},
        };
    }
    catch (error) {
        throw facts.tlsFailure ?? error;
    }
    finally {
        await client.destroy(EXCHANGE_DONE).catch(() => undefined);
    }
}
/** undici's connector with no session cache, its socket events turned into timing marks. */
function timedConnector(request, url, context, facts, firstByte) {
    const h2c = url.protocol === 'http:' && request.httpVersion === 'http2';
    const connect = (0,undici/* buildConnector */.g)({
        ...(url.protocol === 'https:' ? (0,net_tls/* tlsConnectionOptions */.mw)(request.tls, url.hostname) : {}),
        maxCachedSessions: 0,
        allowH2: request.httpVersion !== 'http1',
        timeout: context.timeoutMs + 1000,
        ...(h2c ? { useH2c: true } : {}),
    });
    return (options, callback) => {
        const socket = connect(options, (...args) => {
            const [error, connected] = args;
            const refusal = !error && connected ? recordConnection(connected, request, facts) : undefined;
            if (refusal) {
                connected.destroy();
                return callback(refusal, null);
            }
            const h2 = h2c || connected?.alpnProtocol === 'h2';
            if (connected && !h2)
                timeFirstByte(connected, context, firstByte);
            callback(...args);
        });
        const { timer } = context;
        // Prepended: undici's own listeners run first otherwise, and their work (the first connection
        // of a process compiles the HTTP parser) would be timed as connect or TLS. Only for events
        // that can come: every listener is paid for on every check.
        if (!(0,external_node_net_.isIP)(url.hostname))
            socket.prependOnceListener('lookup', (error) => error || timer.mark('dnsDone'));
        socket.prependOnceListener('connect', () => timer.mark('connectDone'));
        if (url.protocol === 'https:') {
            socket.prependOnceListener('secureConnect', () => timer.mark('tlsDone'));
            socket.on('error', (error) => {
                if ((0,tls/* isTlsFailure */.gt)(error))
                    facts.tlsFailure ??= error;
            });
        }
        return socket;
    };
}
/** On HTTP/1.1 the first byte is when the socket first holds data, before undici parses the headers (h2 sockets are read natively). */
function timeFirstByte(socket, context, firstByte) {
    const onReadable = () => {
        if (socket.readableLength === 0)
            return;
        context.timer.remark('firstByte');
        firstByte.seen = true;
        socket.off('readable', onReadable);
    };
    socket.prependListener('readable', onReadable);
}
/** Notes the protocol and TLS facts; returns an error when HTTP/2 is required but was not negotiated. */
function recordConnection(socket, request, facts) {
    const tlsSocket = 'encrypted' in socket ? socket : undefined;
    const alpn = socket.alpnProtocol;
    const protocol = alpn === 'h2' ? 'h2' : 'http/1.1';
    facts.protocol ??= protocol;
    if (tlsSocket)
        facts.tls ??= (0,net_tls/* observeTls */.Q3)(tlsSocket);
    if (request.httpVersion === 'http2' && protocol !== 'h2') {
        return (0,probe_error/* probeError */.v)('HTTP2', 'NOT_NEGOTIATED', 'Error performing HTTP/2 request: the server did not negotiate HTTP/2 (ALPN offered h2, it chose HTTP/1.1)');
    }
    return undefined;
}
function flattenHeaders(headers) {
    const flat = {};
    for (const name in headers) {
        const value = headers[name];
        if (value !== undefined)
            flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return flat;
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ readTlsSettings)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _net_tls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6468);




/**
 * Reads a manifest `tls` block (PEM text or file paths) into TlsSettings, once, at load time,
 * and makes sure node:tls can use them, so a bad file is INVALID_REQUEST, not a failed probe.
 */
function readTlsSettings(raw, path, context) {
    const block = (raw && typeof raw === 'object' ? raw : {});
    const settings = { insecure: block.insecure === true };
    for (const field of _net_tls_js__WEBPACK_IMPORTED_MODULE_2__/* .TLS_FILE_FIELDS */ .zQ) {
        const value = block[field];
        if (typeof value === 'string')
            settings[field] = context.readPemOrFile(value, [...path, field]);
    }
    if (typeof block.servername === 'string')
        settings.servername = block.servername;
    const tls = settings;
    if (Boolean(tls.cert) !== Boolean(tls.key)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidField */ .u([...path, tls.cert ? 'key' : 'cert'], 'a client certificate needs both `cert` and `key`');
    }
    assertUsable(tls, path);
    return tls;
}
function assertUsable(settings, path) {
    if (settings.ca)
        assertCertificates(settings.ca, [...path, 'ca']);
    const { cert, key, crl } = (0,_net_tls_js__WEBPACK_IMPORTED_MODULE_2__/* .tlsConnectionOptions */ .mw)(settings, 'localhost');
    const contexts = { cert: cert ? { cert, key } : undefined, crl: crl ? { crl } : undefined };
    for (const [field, options] of Object.entries(contexts)) {
        if (!options)
            continue;
        try {
            (0,node_tls__WEBPACK_IMPORTED_MODULE_1__.createSecureContext)(options);
        }
        catch (error) {
            const what = field === 'cert' ? '`cert` and `key` are not a usable certificate and key pair' : `\`${field}\` is not usable PEM`;
            throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidField */ .u([...path, field], `${what}: ${error.message}`);
        }
    }
}
// node:tls silently ignores a `ca` it cannot parse, and then trusts nothing.
function assertCertificates(pem, path) {
    const blocks = pem.includes('-----BEGIN CERTIFICATE-----') ? (0,_net_tls_js__WEBPACK_IMPORTED_MODULE_2__/* .splitPem */ .Z1)(pem, 'CERTIFICATE') : [];
    if (blocks.length === 0)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidField */ .u(path, '`ca` holds no PEM certificate (-----BEGIN CERTIFICATE-----)');
    for (const [index, block] of blocks.entries()) {
        try {
            new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block);
        }
        catch (error) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidField */ .u(path, `certificate ${index + 1} of \`ca\` cannot be read: ${error.message}`);
        }
    }
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


/***/ }),

/***/ 481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ PhaseTimer)
/* harmony export */ });
const PHASE_AFTER = {
    dnsDone: 'the TCP connection',
    connectDone: 'the first byte',
    tlsDone: 'the first byte',
    firstByte: 'the rest of the response',
    end: 'nothing',
};
const PHASES = [
    ['dns', 'dnsDone'],
    ['connect', 'connectDone'],
    ['tls', 'tlsDone'],
    ['firstByte', 'firstByte'],
    ['download', 'end'],
];
/**
 * Collects timestamps from transport events for one attempt. A mark is kept the first time it
 * is set, so redirects and retries inside an attempt do not overwrite the first connection's.
 */
class PhaseTimer {
    startedAt = performance.now();
    marks = new Map();
    tlsExpected = false;
    awaited;
    /** Says that a TLS handshake follows the TCP connection, so a timeout names the right phase. */
    expectTls() {
        this.tlsExpected = true;
    }
    /** Names what the probe waits for now (a DNS answer, a reply datagram), for probes whose steps are not transport phases. */
    waitingFor(what) {
        this.awaited = what;
    }
    mark(name) {
        if (!this.marks.has(name))
            this.marks.set(name, performance.now());
    }
    /** Sets a mark again, for a phase that restarts (the first byte of a redirect's target). */
    remark(name) {
        this.marks.set(name, performance.now());
    }
    has(name) {
        return this.marks.has(name);
    }
    elapsed() {
        return performance.now() - this.startedAt;
    }
    /** What the probe was waiting for when it stopped, for timeout messages. */
    pendingPhase() {
        if (this.awaited)
            return this.awaited;
        const order = ['end', 'firstByte', 'tlsDone', 'connectDone', 'dnsDone'];
        const last = order.find((m) => this.marks.has(m));
        if (last === 'connectDone' && this.tlsExpected)
            return 'the TLS handshake';
        return last ? PHASE_AFTER[last] : 'the connection';
    }
    /** Durations of the completed phases only; `total` is the attempt's elapsed time. */
    timings() {
        const result = {};
        let previous = this.startedAt;
        for (const [phase, mark] of PHASES) {
            const time = this.marks.get(mark);
            if (time === undefined)
                continue;
            result[phase] = round(time - previous);
            previous = time;
        }
        result.total = round((this.marks.get('end') ?? performance.now()) - this.startedAt);
        return result;
    }
}
function round(ms) {
    return Math.round(ms * 100) / 100;
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ observeTls),
/* harmony export */   Z1: () => (/* binding */ splitPem),
/* harmony export */   gk: () => (/* binding */ handshake),
/* harmony export */   mw: () => (/* binding */ tlsConnectionOptions),
/* harmony export */   zQ: () => (/* binding */ TLS_FILE_FIELDS)
/* harmony export */ });
/* unused harmony export isIpLiteral */
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_0__);
// What every TLS-speaking check shares: the manifest's TLS options made into node:tls options
// (files read once, at load time), the certificate chain read off a connected socket, and a
// handshake that completes even when verification fails, so the chain can still be read.

const TLS_FILE_FIELDS = ['ca', 'cert', 'key', 'crl'];
/** node:tls options for these settings. Sessions are never reused: a resumed session skips verification. */
function tlsConnectionOptions(settings, host) {
    const options = {
        rejectUnauthorized: !settings.insecure,
        servername: settings.servername ?? (isIpLiteral(host) ? undefined : host),
    };
    if (settings.ca)
        options.ca = settings.ca;
    if (settings.cert)
        options.cert = settings.cert;
    if (settings.key)
        options.key = settings.key;
    // Node reads only the first CRL of a PEM string; a bundle (one CRL per CA) must be an array.
    if (settings.crl)
        options.crl = splitPem(settings.crl, 'X509 CRL');
    return options;
}
/** The PEM blocks of one type in a text, each as its own string. */
function splitPem(text, label) {
    const pattern = new RegExp(`-----BEGIN ${label}-----[\\s\\S]*?-----END ${label}-----`, 'g');
    const blocks = text.match(pattern);
    return blocks ? blocks.map((block) => `${block}\n`) : [text];
}
function isIpLiteral(host) {
    return /^[\d.]+$/.test(host) || host.includes(':');
}
/** The negotiated version, ALPN and the chain (leaf first) of a connected socket. */
function observeTls(socket) {
    const version = socket.getProtocol() ?? undefined;
    const alpn = socket.alpnProtocol || undefined;
    const authorizationError = socket.authorizationError ? String(socket.authorizationError) : undefined;
    return {
        version,
        alpn,
        authorized: socket.authorized,
        authorizationError,
        chain: readChain(socket.getPeerCertificate(true)),
    };
}
function readChain(leaf) {
    const chain = [];
    const seen = new Set();
    let current = leaf;
    while (current && current.fingerprint256 && !seen.has(current.fingerprint256) && chain.length < 10) {
        seen.add(current.fingerprint256);
        chain.push({
            subject: distinguishedName(current.subject),
            issuer: distinguishedName(current.issuer),
            validFrom: new Date(current.valid_from).toISOString(),
            validTo: new Date(current.valid_to).toISOString(),
            san: current.subjectaltname,
            fingerprint256: current.fingerprint256,
        });
        current = current.issuerCertificate;
    }
    return chain;
}
function distinguishedName(name) {
    if (!name)
        return '';
    return Object.entries(name)
        .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : String(value)}`)
        .join(', ');
}
/**
 * Connects and completes the TLS handshake whatever verification says, so the chain can be read,
 * marking dnsDone, connectDone and tlsDone. Handshake and socket failures reject with the raw
 * error; the caller owns (and destroys) the socket once resolved.
 */
function handshake(target, settings, { signal, timer }, extra = {}) {
    return new Promise((resolve, reject) => {
        const socket = node_tls__WEBPACK_IMPORTED_MODULE_0___default().connect({
            ...tlsConnectionOptions(settings, target.host),
            ...extra,
            host: target.host,
            port: target.port,
            rejectUnauthorized: false,
        });
        const fail = (error) => {
            signal.removeEventListener('abort', onAbort);
            socket.destroy();
            reject(error);
        };
        const onAbort = () => fail(signal.reason);
        if (signal.aborted)
            return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        socket.once('lookup', (error) => error || timer.mark('dnsDone'));
        socket.once('connect', () => timer.mark('connectDone'));
        socket.on('error', fail);
        socket.once('secureConnect', () => {
            timer.mark('tlsDone');
            signal.removeEventListener('abort', onAbort);
            socket.off('error', fail);
            const leaf = socket.getPeerCertificate(true);
            const hostname = settings.servername ?? target.host;
            resolve({ socket, tls: observeTls(socket), verifyError: settings.insecure ? undefined : verificationError(socket, hostname, leaf) });
        });
    });
}
function verificationError(socket, hostname, leaf) {
    const code = socket.authorizationError ? String(socket.authorizationError) : undefined;
    if (!code)
        return undefined;
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        return node_tls__WEBPACK_IMPORTED_MODULE_0___default().checkServerIdentity(hostname, leaf) ?? Object.assign(new Error(code), { code, cert: leaf });
    }
    // The socket keeps only the code; its handle still has Node's full error, whose message is
    // OpenSSL's reason: the only explanation an UNSPECIFIED result has.
    const handle = socket._handle;
    const error = handle?.verifyError?.() ?? new Error(code);
    return Object.assign(error, { code, cert: leaf });
}


/***/ }),

/***/ 2107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* reexport default from dynamic */ undici_lib_dispatcher_client_js__WEBPACK_IMPORTED_MODULE_2___default.a),
/* harmony export */   g: () => (/* reexport default from dynamic */ undici_lib_core_connect_js__WEBPACK_IMPORTED_MODULE_1___default.a)
/* harmony export */ });
/* harmony import */ var undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6615);
/* harmony import */ var undici_lib_core_connect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9136);
/* harmony import */ var undici_lib_core_connect_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(undici_lib_core_connect_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var undici_lib_dispatcher_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3701);
/* harmony import */ var undici_lib_dispatcher_client_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_client_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(883);
/* harmony import */ var undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_3__);
// The parts of undici the probes use, imported by path: the package's index also loads fetch,
// WebSocket, caches, mocks and proxy agents, some 700 KB that the action would parse and run at
// every start. As undici's index does, the request API is mixed into Dispatcher.prototype.




Object.assign((undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_3___default().prototype), undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_0__);



/***/ })

};
