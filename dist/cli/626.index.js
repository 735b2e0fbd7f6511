export const id = 626;
export const ids = [626];
export const modules = {

/***/ 2404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ decodeBody),
/* harmony export */   b: () => (/* binding */ contentCodings)
/* harmony export */ });
/* harmony import */ var _errors_probe_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8590);

let decoders;
/** zlib's decoders by coding name; zstd only where this Node's zlib has it. node:zlib on the first encoded body: most runs have none. */
function zlibDecoders() {
    if (decoders)
        return decoders;
    const zlib = process.getBuiltinModule('node:zlib');
    decoders = {
        gzip: zlib.gunzipSync,
        'x-gzip': zlib.gunzipSync,
        // RFC 9110's deflate is the zlib format; some servers send raw deflate without its header.
        deflate: (input, options) => (isZlibHeader(input) ? zlib.inflateSync(input, options) : zlib.inflateRawSync(input, options)),
        br: zlib.brotliDecompressSync,
    };
    const zstd = zlib.zstdDecompressSync;
    if (typeof zstd === 'function')
        decoders.zstd = zstd;
    return decoders;
}
/**
 * The codings of a Content-Encoding value in the order they must be undone (the last applied
 * first), `identity` left out; undefined when there is nothing to undo.
 */
function contentCodings(header) {
    if (header === undefined)
        return undefined;
    const codings = header
        .split(',')
        .map((c) => c.trim().toLowerCase())
        .filter((c) => c !== '' && c !== 'identity');
    return codings.length === 0 ? undefined : codings.reverse();
}
/** The whole body with its codings undone; a corrupt or over-cap result fails the check (MALFORMED_RESPONSE, BODY_TOO_LARGE). */
function decodeBody(raw, codings, maxBytes) {
    const decoders = zlibDecoders();
    const unknown = codings.find((c) => decoders[c] === undefined);
    if (unknown !== undefined) {
        return { body: raw, unreadable: `the body is encoded with "${unknown}" (Content-Encoding), which probegate cannot decode, so it cannot be judged; have the server send gzip, deflate, br or no encoding (drop the check's accept-encoding header)` };
    }
    let body = raw;
    for (const coding of codings) {
        try {
            body = decoders[coding](body, { maxOutputLength: maxBytes });
        }
        catch (error) {
            if (error.code === 'ERR_BUFFER_TOO_LARGE') {
                throw (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .probeError */ .v)('BODY_TOO_LARGE', 'BODY_TOO_LARGE', `The response body is larger than the cap of ${maxBytes} bytes once decoded (Content-Encoding: ${coding}, ${raw.length} bytes as sent)`);
            }
            throw (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .probeError */ .v)('MALFORMED_RESPONSE', 'MALFORMED_RESPONSE', `The response body could not be decoded as ${coding} (Content-Encoding): ${error.message}. The server or a proxy in front of it sends a corrupt or mislabelled body; browsers refuse it too`);
        }
    }
    return { body };
}
/** Whether the bytes start with a zlib header (deflate method, check bits right), not raw deflate. */
function isZlibHeader(input) {
    return input.length >= 2 && (input[0] & 0x0f) === 8 && ((input[0] << 8) | input[1]) % 31 === 0;
}


/***/ }),

/***/ 7517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ decodeText)
/* harmony export */ });
/* unused harmony export charsetOf */
// A response body as text: per the charset its Content-Type declares (UTF-8 when none), a
// byte-order mark winning over the label as browsers do (WHATWG Encoding's "decode").
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)"?/i;
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);
function decodeText(bytes, contentType) {
    const bom = bomEncoding(bytes);
    const label = bom ?? charsetOf(contentType);
    // The common case, without a decoder: UTF-8 (its BOM dropped, as TextDecoder drops it).
    if (label === undefined || UTF8_LABELS.has(label))
        return { text: (bom ? bytes.subarray(3) : bytes).toString('utf8') };
    try {
        return { text: new TextDecoder(label).decode(bytes) };
    }
    catch {
        return { problem: `the body's charset "${label}" (Content-Type) is not one probegate can decode, so its text cannot be judged; have the server declare a standard charset such as utf-8` };
    }
}
/** The charset a Content-Type declares, lower-cased; undefined when it declares none. */
function charsetOf(contentType) {
    if (contentType === undefined || !contentType.includes('='))
        return undefined;
    const label = CHARSET.exec(contentType)?.[1]?.trim().toLowerCase();
    return label ? label : undefined;
}
function bomEncoding(bytes) {
    if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        return 'utf-8';
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
        return 'utf-16le';
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
        return 'utf-16be';
    return undefined;
}


/***/ }),

/***/ 2626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_REDIRECTS: () => (/* binding */ MAX_REDIRECTS),
  applyAuth: () => (/* binding */ applyAuth),
  flattenHeaders: () => (/* binding */ flattenHeaders),
  httpCheck: () => (/* binding */ httpCheck),
  isAddressLiteral: () => (/* binding */ isAddressLiteral),
  lowerCaseKeys: () => (/* binding */ lowerCaseKeys),
  needsTlsWarmUp: () => (/* binding */ needsTlsWarmUp),
  parseUrl: () => (/* binding */ parseUrl),
  sendsCredentials: () => (/* binding */ sendsCredentials)
});

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/errors/probe-error.ts
var probe_error = __webpack_require__(8590);
// EXTERNAL MODULE: ./src/errors/tls.ts
var tls = __webpack_require__(6534);
// EXTERNAL MODULE: ./src/net/proxy-env.ts + 1 modules
var proxy_env = __webpack_require__(9685);
// EXTERNAL MODULE: ./src/net/timing.ts
var timing = __webpack_require__(481);
// EXTERNAL MODULE: ./src/net/cookies.ts
var cookies = __webpack_require__(1020);
;// CONCATENATED MODULE: ./src/checks/http-cookies.ts
// The cookies of a multistep check's session on http requests: sent by the jar's rules on every
// hop (redirects included), and kept from every response.

/** The request headers with the jar's cookies for `url` added after any `cookie` header of the check. */
function withSessionCookies(headers, url, session) {
    const fromJar = session?.cookies?.cookieHeader(url);
    if (!fromJar)
        return headers;
    return { ...headers, cookie: headers.cookie ? `${headers.cookie}; ${fromJar}` : fromJar };
}
/** Keeps a response's cookies in the session's jar; returns its `Set-Cookie` lines for extraction. */
function keepSessionCookies(value, url, session) {
    const lines = (0,cookies/* setCookieLines */.oD)(value);
    if (lines.length > 0)
        session?.cookies?.store(url, lines);
    return lines;
}

// EXTERNAL MODULE: ./src/net/tls.ts
var net_tls = __webpack_require__(7638);
;// CONCATENATED MODULE: ./src/net/connectors.ts

// Past this many connectors for one TLS settings (a manifest of that many https hosts), the
// oldest are dropped: they are rebuilt when used again.
const MAX_CONNECTORS = 64;
const PLAIN = {};
const connectors = new WeakMap();
function sharedConnector(build, options) {
    const { tls, hostname, allowH2, h2c, family } = options;
    const owner = tls ?? PLAIN;
    let built = connectors.get(owner);
    if (!built)
        connectors.set(owner, (built = new Map()));
    // The host matters to TLS only (the server name); a cleartext connector serves every host.
    const key = `${tls ? hostname : ''} ${allowH2} ${h2c} ${family ?? ''}`;
    let connector = built.get(key);
    if (!connector) {
        connector = build({
            ...(tls ? (0,net_tls/* tlsConnectionOptions */.mw)(tls, hostname) : {}),
            maxCachedSessions: 0,
            allowH2,
            // No connect timeout: the caller ends a socket still connecting at the attempt's deadline.
            // undici's timer for it, cleared, stays listed until its next tick (up to a second), and
            // keeps each check's socket and client through young-generation collections meanwhile.
            timeout: 0,
            ...(h2c ? { useH2c: true } : {}),
            ...(family ? { family } : {}),
        });
        if (built.size >= MAX_CONNECTORS)
            built.delete(built.keys().next().value);
        built.set(key, connector);
    }
    return connector;
}

// EXTERNAL MODULE: ./src/checks/http-body.ts
var http_body = __webpack_require__(7546);
// EXTERNAL MODULE: ./src/checks/http-decode.ts
var http_decode = __webpack_require__(2404);
// EXTERNAL MODULE: ./src/checks/http-text.ts
var http_text = __webpack_require__(7517);
;// CONCATENATED MODULE: ./src/checks/http-guard.ts

/** The largest response head (status line and headers) accepted: SPEC \u00a72. */
const MAX_HEAD_BYTES = 64 * 1024;
const HTTP_PREFIX = Buffer.from('HTTP/');
const CRLF_CRLF = Buffer.from('\r\n\r\n');
const LF_LF = Buffer.from('\n\n');
const STATUS_LINE = /^HTTP\/\d\.\d (\d{3})(?:[ \t\r\n]|$)/;
// Bytes that may not appear in a head: controls other than HTAB, CR and LF; DEL; a CR without its LF.
const CONTROL_BYTE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\r(?!\n)/;
class ResponseGuard {
    socket;
    method;
    /** What was wrong, kept for when undici already had the whole response and failing the socket no longer reaches the request. */
    violation;
    held = Buffer.alloc(0);
    state = 'head';
    bodyLeft = 0;
    constructor(socket, method) {
        this.socket = socket;
        this.method = method;
        const read = socket.read.bind(socket);
        socket.read = ((size) => {
            const chunk = read(size);
            return chunk === null || this.state === 'open' ? chunk : this.filter(chunk);
        });
    }
    filter(chunk) {
        if (this.state === 'body')
            return this.countBody(chunk, chunk);
        let buffered = this.held.length > 0 ? Buffer.concat([this.held, chunk]) : chunk;
        for (;;) {
            if (!startsAsHttp(buffered))
                return this.open(buffered);
            const end = headEnd(buffered);
            if (end < 0) {
                if (buffered.length > MAX_HEAD_BYTES)
                    return this.fail(headTooLarge(buffered.length));
                this.held = buffered;
                return null;
            }
            if (end > MAX_HEAD_BYTES)
                return this.fail(headTooLarge(end));
            const head = buffered.subarray(0, end).toString('latin1');
            const status = STATUS_LINE.exec(head)?.[1];
            if (status === undefined)
                return this.open(buffered);
            const problem = inspectHead(head, Number(status));
            if (problem)
                return this.fail(problem);
            const code = Number(status);
            if (code >= 200)
                return this.finalHead(head, code, buffered, end);
            buffered = buffered.subarray(end);
        }
    }
    finalHead(head, status, buffered, end) {
        this.held = Buffer.alloc(0);
        const length = bodyLength(head, status, this.method);
        if (length instanceof Error)
            return this.fail(length);
        if (length === undefined)
            return this.open(buffered);
        this.state = 'body';
        this.bodyLeft = length;
        return this.countBody(buffered.subarray(end), buffered);
    }
    countBody(body, deliver) {
        if (body.length > this.bodyLeft) {
            const error = (0,probe_error/* probeError */.v)('MALFORMED_RESPONSE', 'EXTRA_DATA', `The server sent more than the ${this.method === 'HEAD' ? 'empty body a HEAD response has' : 'body its Content-Length declares'}: ${body.length - this.bodyLeft} more byte(s) after the end of the response`);
            return this.fail(error);
        }
        this.bodyLeft -= body.length;
        return deliver;
    }
    open(buffered) {
        this.state = 'open';
        this.held = Buffer.alloc(0);
        return buffered;
    }
    fail(error) {
        this.state = 'open';
        this.violation = error;
        this.socket.destroy(error);
        return null;
    }
}
/** Whether the bytes so far are `HTTP/` or its start (a byte loop: comparing ranges of Buffers makes objects). */
function startsAsHttp(buffer) {
    for (let i = 0; i < HTTP_PREFIX.length && i < buffer.length; i++)
        if (buffer[i] !== HTTP_PREFIX[i])
            return false;
    return true;
}
/** The index just past the blank line that ends the head (CRLF CRLF, or bare LFs as RFC 9112 allows), or -1. */
function headEnd(buffer) {
    const crlf = buffer.indexOf(CRLF_CRLF);
    const lf = buffer.indexOf(LF_LF);
    if (crlf < 0)
        return lf < 0 ? -1 : lf + 2;
    return lf >= 0 && lf < crlf ? lf + 2 : crlf + 4;
}
function headTooLarge(bytes) {
    return (0,probe_error/* probeError */.v)('MALFORMED_RESPONSE', 'HEADERS_TOO_LARGE', `The response head (status line and headers) is over the limit of ${MAX_HEAD_BYTES} bytes (${bytes} bytes or more)`);
}
// An HTTP/1.1 head's bytes besides its header lines: `HTTP/1.1 200 \r\n` and the blank line.
const STATUS_LINE_AND_END_BYTES = 17;
/**
 * HEADERS_TOO_LARGE for an HTTP/2 response whose headers are over the limit. Node's client does
 * not hold a header list to the 64 KiB it advertises, and an HTTP/2 list has no wire form to
 * count (HPACK compresses it): it is counted as the HTTP/1.1 head it stands for, so that both
 * protocols refuse the same heads (SPEC \u00a72).
 */
function http2HeadTooLarge(headers) {
    let bytes = STATUS_LINE_AND_END_BYTES;
    for (const name in headers) {
        const value = headers[name];
        for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value])
            bytes += name.length + one.length + 4; // `: ` and CRLF
    }
    return bytes > MAX_HEAD_BYTES ? headTooLarge(bytes) : undefined;
}
/** MALFORMED_RESPONSE for a status HTTP does not define (HTTP/2 included), or 101 to a request that asked for no switch. */
function invalidStatus(status) {
    if (status < 100 || status > 599) {
        return (0,probe_error/* probeError */.v)('MALFORMED_RESPONSE', 'INVALID_STATUS', `The server answered with status ${String(status).padStart(3, '0')}, outside the range 100-599 that HTTP defines`);
    }
    if (status === 101) {
        return (0,probe_error/* probeError */.v)('MALFORMED_RESPONSE', 'INVALID_STATUS', 'The server answered 101 Switching Protocols to a request that asked for no protocol switch');
    }
    return undefined;
}
function inspectHead(head, status) {
    const invalid = invalidStatus(status);
    if (invalid)
        return invalid;
    const bad = CONTROL_BYTE.exec(head);
    if (!bad)
        return undefined;
    const lineNumber = head.slice(0, bad.index).split('\n').length;
    const where = lineNumber === 1 ? 'the status line' : `header line ${lineNumber - 1}`;
    const byte = `0x${bad[0].charCodeAt(0).toString(16).padStart(2, '0')}`;
    const what = bad[0] === '\r' ? 'a bare CR (0x0d not followed by LF)' : `the control byte ${byte}`;
    return (0,probe_error/* probeError */.v)('MALFORMED_RESPONSE', 'CONTROL_CHARACTERS', `The server sent ${what} in ${where} of the response head`);
}
/**
 * How many body bytes follow the final head: 0 for HEAD, 204 and 304; the Content-Length
 * when there is one and no Transfer-Encoding; undefined when the body is chunked or runs to the
 * close. Conflicting or invalid lengths are an error.
 */
function bodyLength(head, status, method) {
    const lengths = [];
    let chunked = false;
    forEachHeader(head, (name, line, colon) => {
        if (name === 'content-length')
            lengths.push(...line.slice(colon + 1).split(',').map((v) => v.trim()));
        if (name === 'transfer-encoding')
            chunked = true;
    });
    if (method === 'HEAD' || status === 204 || status === 304)
        return 0;
    if (lengths.length === 0)
        return undefined;
    const distinct = [...new Set(lengths)];
    if (chunked || distinct.length > 1 || !/^\d{1,15}$/.test(distinct[0])) {
        const why = chunked ? 'both Transfer-Encoding and Content-Length' : `the Content-Length ${distinct.map((v) => JSON.stringify(v)).join(' and ')}`;
        return (0,probe_error/* probeError */.v)('MALFORMED_RESPONSE', 'CONTENT_LENGTH_MISMATCH', `The server sent ${why}, so the end of the body is ambiguous`);
    }
    return Number(distinct[0]);
}
const FRAMING_HEADERS = new Set(['content-length', 'transfer-encoding']);
/**
 * Calls `framing` for each line after the status line whose name (what comes before its colon,
 * trimmed, lower-cased) is content-length or transfer-encoding, with the line and its colon's
 * index (-1 when it has none: the name is then all but the line's last character). Walks the
 * head in place: the other lines, most of a head, cost no string.
 */
function forEachHeader(head, framing) {
    for (let start = head.indexOf('\n') + 1; start > 0;) {
        const newline = head.indexOf('\n', start);
        // Lines end at LF or CRLF (the guard has refused a bare CR already).
        const end = newline < 0 ? head.length : head.charCodeAt(newline - 1) === CR && newline > start ? newline - 1 : newline;
        const colonAt = head.indexOf(':', start);
        const colon = colonAt >= 0 && colonAt < end ? colonAt - start : -1;
        let nameStart = start;
        let nameEnd = colon < 0 ? Math.max(start, end - 1) : start + colon;
        while (nameStart < nameEnd && TRIMMED.has(head.charCodeAt(nameStart)))
            nameStart++;
        while (nameEnd > nameStart && TRIMMED.has(head.charCodeAt(nameEnd - 1)))
            nameEnd--;
        if (nameEnd - nameStart === 'content-length'.length || nameEnd - nameStart === 'transfer-encoding'.length) {
            const name = head.slice(nameStart, nameEnd).toLowerCase();
            if (FRAMING_HEADERS.has(name))
                framing(name, head.slice(start, end), colon);
        }
        start = newline < 0 ? 0 : newline + 1;
    }
}
const CR = 0x0d;
// What String.prototype.trim removes, among the characters a head decoded as latin1 can hold.
const TRIMMED = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0]);

;// CONCATENATED MODULE: ./src/checks/http-redirect.ts
// Following a redirect: the next request, and the Location a server may get wrong.

function nextHop(hop, status, location) {
    const url = redirectTarget(location, hop.url, status);
    // 303, and 301/302 after a POST as browsers do, continue as a GET without a body.
    const asGet = status === 303 || ((status === 301 || status === 302) && hop.method === 'POST');
    return asGet ? { method: hop.method === 'HEAD' ? 'HEAD' : 'GET', url } : { ...hop, url };
}
/** The URL a redirect points at; a Location that is empty, unparseable or not http(s) is the server's fault. */
function redirectTarget(location, base, status) {
    const invalid = (why) => (0,probe_error/* probeError */.v)('MALFORMED_RESPONSE', 'INVALID_LOCATION', `The server redirected (${status}) from ${base.href} with a Location header that ${why}`);
    if (location.trim() === '')
        throw invalid('is empty');
    let url;
    try {
        url = new URL(location, base);
    }
    catch {
        throw invalid(`is not a valid URL: ${JSON.stringify(location.slice(0, 200))}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw invalid(`points to a ${url.protocol}// URL, which HTTP cannot follow`);
    return url;
}

// EXTERNAL MODULE: ./src/checks/tls-settings.ts
var tls_settings = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/checks/ip-family.ts
var ip_family = __webpack_require__(6169);
// EXTERNAL MODULE: ./src/checks/proxy.ts
var proxy = __webpack_require__(6597);
// EXTERNAL MODULE: ./src/checks/fields.ts
var fields = __webpack_require__(3128);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/checks/types.ts
var types = __webpack_require__(6468);
;// CONCATENATED MODULE: ./src/checks/http.ts
// The http check: one request (plus its redirects) on fresh connections, every phase timed,
// the body read up to the cap on HTTP/1.1 and HTTP/2 alike.



















const MAX_REDIRECTS = 10;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const PARTIAL_CONTENT = 206;
const CREDENTIAL_REFUSALS = new Set([401, 403, 407]);
const CREDENTIAL_HEADER = /^(authorization|proxy-authorization|cookie|x-api-key|api-key)$|token|api[-_]?key|secret/i;
// Given to every client.destroy(): without one, undici builds a new error per exchange and Node
// formats its stack as it destroys the socket, a cost every check paid.
const EXCHANGE_DONE = new Error('probegate: the exchange is over');
// undici (some 40 ms to load) is loaded by the engine before the first http check runs (load
// below), not with this module: preparing a check, which `validate` does, never needs it.
let undici;
async function loadUndici() {
    return (undici ??= await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(107)]).then(__webpack_require__.bind(__webpack_require__, 2107)));
}
const httpCheck = {
    type: 'http',
    prepare(check, context) {
        const raw = check.request;
        const url = parseUrl(raw.url, ['request', 'url'], ['http:', 'https:']);
        for (const [name, value] of Object.entries(raw.query ?? {})) {
            url.searchParams.append(name, String(value));
        }
        // Most requests have no headers: no entries to list and gather for them.
        const headers = raw.headers == null ? {} : lowerCaseKeys(raw.headers);
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
            maxBodyBytes: http_body/* DEFAULT_MAX_BODY_BYTES */.y_,
            keptBodyBytes: (0,http_body/* assertionsReadBody */.c$)(check.assertions) ? http_body/* DEFAULT_MAX_BODY_BYTES */.y_ : src_text/* EXCERPT_BYTES */.mj,
            sendsCredentials: sendsCredentials(headers, auth),
            proxy: (0,proxy/* readProxyChoice */.yG)(raw.proxy, url, context.proxyEnvironment),
            ipFamily: (0,ip_family/* readIpFamily */.Y)(check, url.hostname),
        };
        return { request, target: url.href };
    },
    run: (request, context) => runHttp(request, context),
    warmUp,
    load: async () => void (await loadUndici()),
};
/**
 * One exchange with a peer of its own, and one TLS handshake when a check may use TLS: the first
 * request of a process compiles undici's parser and code paths, the first TLS context reads the
 * root certificates and the first TLS connection compiles node:tls's client (10-20 ms in all),
 * which the first check would time as its DNS, connect, TLS and first byte. By address: the
 * engine warms the resolver up when a check needs it.
 */
const WARM_UP_LIMIT_MS = 1000;
let exchangeWarmedUp;
let tlsWarmedUp;
async function warmUp(requests) {
    await (exchangeWarmedUp ??= warmUpExchange());
    if (requests.some(needsTlsWarmUp))
        await (tlsWarmedUp ??= warmUpTls());
}
/**
 * Whether a request warms TLS up: https, or a step's request known only at run time. Not a
 * redirect that may lead to https: the root certificates alone take ~9 ms to read, which every
 * http run would pay at start-up for the first such redirect's TLS phase to be exact.
 */
function needsTlsWarmUp(request) {
    return request === undefined || request.url.protocol === 'https:';
}
/**
 * The default TLS context (the root certificates), then a client handshake that a plain loopback
 * peer ends: node:tls's path over a TCP connection as far as a check's first TLS byte. Not in
 * memory: a TLS socket over a stream that is not a TCP socket takes another path, and the first
 * https check timed some 10 ms of compiling as its DNS phase (bench/, timing scenario).
 */
async function warmUpTls() {
    process.getBuiltinModule('node:tls').createSecureContext();
    const peer = (0,external_node_net_.createServer)((socket) => socket.on('error', () => undefined).once('data', () => socket.end(NO_CONTENT)));
    await new Promise((resolve, reject) => peer.once('error', reject).listen(0, '127.0.0.1', resolve));
    try {
        await warmUpRequest(new URL(`https://127.0.0.1:${peer.address().port}/`)).catch(() => undefined);
    }
    finally {
        peer.close();
    }
}
const NO_CONTENT = 'HTTP/1.1 204 No Content\r\n\r\n';
/**
 * A plain exchange with an in-memory peer, by the path a proxy's tunnel takes, rather than with
 * a loopback server, which would cost more than it warms up: listening resolves its address,
 * which compiles Node's IPv6 pattern, and loads node:cluster and node:child_process (some 5 ms).
 * A TCP connection's own path is Node's, compiled ahead in its binary.
 */
async function warmUpExchange() {
    const { duplexPair } = process.getBuiltinModule('node:stream');
    const [near, far] = duplexPair();
    far.on('error', () => undefined).once('data', () => far.end(NO_CONTENT));
    try {
        await warmUpRequest(new URL('http://127.0.0.1/'), async () => near);
    }
    finally {
        far.destroy();
    }
}
/** A GET of `url`, bounded by the warm-up's limit, through `via` when given. */
async function warmUpRequest(url, via) {
    const request = { method: 'GET', url, headers: {}, httpVersion: 'any', followRedirects: false, tls: { insecure: true }, maxBodyBytes: 0, keptBodyBytes: 0, sendsCredentials: false, proxy: { kind: 'none' } };
    const signal = AbortSignal.timeout(WARM_UP_LIMIT_MS);
    const onEnd = (listener) => {
        if (signal.aborted) {
            listener(signal.reason);
            return () => undefined;
        }
        const ended = () => listener(signal.reason);
        signal.addEventListener('abort', ended, { once: true });
        return () => signal.removeEventListener('abort', ended);
    };
    const deadline = { signal, kind: 'request', limitMs: WARM_UP_LIMIT_MS, remainingMs: () => WARM_UP_LIMIT_MS, onEnd };
    await runHttp(request, { signal, timer: new timing/* PhaseTimer */.x(), deadline, throughProxy: () => undefined }, via);
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
        headers.authorization = `Bearer ${(0,fields/* checkHeaderValue */.BB)(String(auth.bearer), ['request', 'auth', 'bearer'])}`;
    }
}
/** Credentials were sent (an `auth` block or a credential-style header): a 401/403/407 is then AUTHENTICATION_ERROR. */
function sendsCredentials(headers, auth) {
    return Boolean(auth) || Object.keys(headers).some((name) => CREDENTIAL_HEADER.test(name));
}
/** Header names lower-cased, each name and value checked as undici and ws will check them at run time. */
function lowerCaseKeys(record, path = ['request', 'headers']) {
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [(0,fields/* checkHeaderName */.FS)(k, [...path, k]).toLowerCase(), (0,fields/* checkHeaderValue */.BB)(String(v), [...path, k])]));
}
/** `via`: a tunnel every hop goes through instead of its own connection (the warm-up's in-memory peer). */
async function runHttp(request, context, via) {
    if (request.url.protocol === 'https:')
        context.timer.expectTls();
    const connection = {};
    let hop = { method: request.method, url: request.url, body: request.body };
    // Made at the first redirect: most requests have none.
    let visited;
    for (let redirects = 0;; redirects++) {
        const response = await exchange(request, hop, context, connection, via);
        const location = response.headers.location;
        if (!request.followRedirects || !REDIRECT_STATUSES.has(response.statusCode) || location === undefined) {
            const observation = response;
            observation.protocol = connection.protocol;
            observation.tls = connection.tls;
            return observation;
        }
        visited ??= new Set();
        visited.add(`${hop.method} ${hop.url.href}`);
        hop = nextHop(hop, response.statusCode, location);
        if (redirects + 1 > MAX_REDIRECTS || visited.has(`${hop.method} ${hop.url.href}`)) {
            const why = redirects + 1 > MAX_REDIRECTS ? `more than ${MAX_REDIRECTS} redirects` : 'a redirect loop';
            throw (0,probe_error/* probeError */.v)('TOO_MANY_REDIRECTS', 'TOO_MANY_REDIRECTS', `Stopped after ${why}, at ${hop.url.href}`);
        }
    }
}
async function exchange(request, hop, context, facts, via) {
    const watch = { firstByteSeen: false };
    // The first URL's proxy was read at load; a redirect's is read here.
    const route = via ? undefined : (0,proxy/* runTimeRoute */.kv)(hop.url, request.proxy);
    if (route)
        context.throughProxy((0,proxy_env/* describeProxy */.GK)(route.url));
    const tunnel = via ?? (route ? await (0,proxy/* tunnelTo */.ar)(route) : undefined);
    // Loaded already (the engine's load), unless this module is run without the engine.
    const { Client, buildConnector: build } = undici ?? (await loadUndici());
    // undici's client keeps its connector until the client is collected, which may be collections
    // after this exchange: through this handle, cut when the exchange ends, it does not keep the
    // attempt (its context, deadline and timer) alive with it.
    let connector = timedConnector(build, request, hop, context, facts, watch, tunnel);
    const client = new Client(hop.url.origin, {
        connect: (options, callback) => connector(options, callback),
        allowH2: request.httpVersion !== 'http1',
        // The guard refuses a longer head first (HTTP/2's is counted after it arrives: http2HeadTooLarge).
        maxHeaderSize: MAX_HEAD_BYTES,
        headersTimeout: 0,
        bodyTimeout: 0,
        // undici's default keep-alive, not pipelining 0 (`connection: close`): the client is destroyed
        // after this exchange anyway, and a close costs an extra error object, stack formatted, per request.
    });
    // The deadline stops the client (the request and the body read fail with its reason), rather
    // than a signal undici would listen to: a cost per check, and the client goes with the exchange.
    const stopAtDeadline = context.deadline.onEnd((reason) => void client.destroy(reason).catch(() => undefined));
    try {
        const response = await client.request({
            method: hop.method,
            path: `${hop.url.pathname}${hop.url.search}`,
            headers: withSessionCookies({ host: hop.url.host, ...request.headers }, hop.url, context.session),
            body: hop.body,
        });
        if (!watch.firstByteSeen)
            context.timer.remark('firstByte');
        // An HTTP/1.1 head was held to the limit by its guard; an HTTP/2 one is counted here.
        const headProblem = invalidStatus(response.statusCode) ?? (watch.guard ? undefined : http2HeadTooLarge(response.headers));
        if (headProblem)
            throw headProblem;
        const setCookie = keepSessionCookies(response.headers['set-cookie'], hop.url, context.session);
        const headers = flattenHeaders(response.headers);
        const bodiless = (0,http_body/* hasNoBody */.QJ)(hop.method, response.statusCode);
        // A redirect's body is dropped unread when the redirect is followed, as browsers and curl -L
        // do, and is not decoded for a check that reads no body: no one ever sees it.
        const redirect = REDIRECT_STATUSES.has(response.statusCode) && headers.location !== undefined;
        const unseen = redirect && (request.followRedirects || request.keptBodyBytes < request.maxBodyBytes);
        const codings = bodiless || unseen ? undefined : (0,http_decode/* contentCodings */.b)(headers['content-encoding']);
        // An encoded body is kept whole, up to the cap, whatever reads it: decoded, it must come out
        // whole and within the cap, or the check fails (a browser would refuse the body too).
        const keepBytes = codings && response.statusCode !== PARTIAL_CONTENT ? request.maxBodyBytes : request.keptBodyBytes;
        const sent = await (0,http_body/* readCapped */.EF)(response.body, { maxBytes: request.maxBodyBytes, keepBytes }, bodiless ? undefined : headers['content-length'], bodiless);
        if (watch.guard?.violation)
            throw watch.guard.violation;
        context.timer.remark('end');
        const { body, unreadable } = decoded(sent, codings, response.statusCode, request);
        const exchanged = { timings: context.timer.timings(), statusCode: response.statusCode, headers, body, excerpt: excerptOf(body, headers, unreadable) };
        if (unreadable)
            exchanged.bodyUnreadable = unreadable;
        if (setCookie.length > 0)
            exchanged.values = { setCookie };
        if (request.sendsCredentials && CREDENTIAL_REFUSALS.has(response.statusCode)) {
            exchanged.credentialsRejected = { status: response.statusCode, message: `The server answered ${response.statusCode} to the credentials the check sent` };
        }
        return exchanged;
    }
    catch (error) {
        throw facts.tlsFailure ?? error;
    }
    finally {
        stopAtDeadline();
        await client.destroy(EXCHANGE_DONE).catch(() => undefined);
        connector = undefined;
    }
}
/**
 * The body with its Content-Encoding undone, all of it, so that a corrupt or over-cap body fails
 * here (MALFORMED_RESPONSE, BODY_TOO_LARGE) whether or not an assertion reads it. Kept whole when
 * an assertion reads it, else only the excerpt's start (a copy: the decoded body, or bytes in a
 * coding probegate cannot undo, may be large). A 206 holds a range of the encoded whole, which
 * cannot be decoded apart: it is named, as a coding probegate cannot undo is.
 */
function decoded(sent, codings, status, request) {
    if (!codings || sent.length === 0)
        return { body: sent };
    if (status === PARTIAL_CONTENT) {
        return { body: sent, unreadable: `the body is a range (206 Partial Content) of a ${codings.join(', ')}-encoded whole, which cannot be decoded apart, so it cannot be judged; ask for the whole resource, or for its range with accept-encoding: identity` };
    }
    const { body, unreadable } = (0,http_decode/* decodeBody */.V)(sent, codings, request.maxBodyBytes);
    const kept = request.keptBodyBytes >= request.maxBodyBytes ? body : Buffer.from(body.subarray(0, request.keptBodyBytes));
    return unreadable ? { body: kept, unreadable } : { body: kept };
}
/** The start of the body as text for reports; a body that cannot be decoded is named rather than shown as its bytes. */
function excerptOf(body, headers, unreadable) {
    if (unreadable)
        return `(${unreadable})`;
    const start = body.subarray(0, src_text/* EXCERPT_BYTES */.mj);
    return (0,http_text/* decodeText */.g)(start, headers['content-type']).text ?? start.toString('utf8');
}
/** undici's connector with no session cache, its socket events turned into timing marks. */
function timedConnector(build, request, hop, context, facts, watch, tunnel) {
    const { url } = hop;
    const h2c = url.protocol === 'http:' && request.httpVersion === 'http2';
    const connect = sharedConnector(build, {
        tls: url.protocol === 'https:' ? request.tls : undefined,
        hostname: url.hostname,
        allowH2: request.httpVersion !== 'http1',
        h2c,
        family: request.ipFamily,
    });
    return (requested, callback) => {
        // undici names the server after the Host header; the check's `tls.servername` must win.
        const options = request.tls.servername ? { ...requested, servername: request.tls.servername } : requested;
        // The connector has no timeout of its own (net/connectors.ts): a socket still connecting when
        // the attempt's deadline ends is destroyed then, or it would keep the process from exiting.
        let stopConnecting;
        const boundedByDeadline = (socket) => {
            stopConnecting = context.deadline.onEnd((reason) => socket.destroy(reason));
            return socket;
        };
        const done = (...args) => {
            stopConnecting?.();
            const [error, connected] = args;
            const refusal = !error && connected ? recordConnection(connected, request, facts) : undefined;
            if (refusal) {
                connected.destroy();
                return callback(refusal, null);
            }
            const h2 = h2c || connected?.alpnProtocol === 'h2';
            if (connected && !h2) {
                timeFirstByte(connected, context, watch);
                watch.guard = new ResponseGuard(connected, hop.method);
            }
            callback(...args);
        };
        if (tunnel) {
            // Through a proxy: the tunnel times DNS and connect (to the proxy), then TLS runs inside it.
            tunnel({ host: url.hostname, port: Number(url.port) || (url.protocol === 'https:' ? 443 : 80) }, context, request.ipFamily).then((raw) => (url.protocol === 'https:' ? timeTls(boundedByDeadline(connect({ ...options, httpSocket: raw }, done)), context, facts) : done(null, raw)), (error) => callback(error, null));
            return;
        }
        const socket = boundedByDeadline(connect(options, done));
        const { timer } = context;
        // Prepended: undici's own listeners run first otherwise, and their work (the first connection
        // of a process compiles the HTTP parser) would be timed as connect or TLS. Only for events
        // that can come: every listener is paid for on every check.
        if (!isAddressLiteral(url))
            socket.prependOnceListener('lookup', (error) => error || timer.mark('dnsDone'));
        socket.prependOnceListener('connect', () => timer.mark('connectDone'));
        if (url.protocol === 'https:')
            timeTls(socket, context, facts);
        return socket;
    };
}
/**
 * Whether the URL names an IP address rather than a host to resolve. The URL parser has made an
 * IPv4 host four decimal numbers (or refused it) and bracketed an IPv6 one, so no address
 * grammar is needed: net.isIP's regular expressions cost microseconds per check.
 */
function isAddressLiteral(url) {
    return url.hostname.startsWith('[') || IPV4_AS_URL_WRITES_IT.test(url.hostname);
}
const IPV4_AS_URL_WRITES_IT = /^\d+\.\d+\.\d+\.\d+$/;
/** Marks tlsDone, and keeps a TLS failure that undici would report only as a closed socket. */
function timeTls(socket, context, facts) {
    socket.prependOnceListener('secureConnect', () => context.timer.mark('tlsDone'));
    socket.on('error', (error) => {
        if ((0,tls/* isTlsFailure */.gt)(error))
            facts.tlsFailure ??= error;
    });
}
/** On HTTP/1.1 the first byte is when the socket first holds data, before undici parses the headers (h2 sockets are read natively). */
function timeFirstByte(socket, context, watch) {
    const onReadable = () => {
        if (socket.readableLength === 0)
            return;
        context.timer.remark('firstByte');
        watch.firstByteSeen = true;
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

/***/ 6597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ar: () => (/* binding */ tunnelTo),
/* harmony export */   kv: () => (/* binding */ runTimeRoute),
/* harmony export */   yG: () => (/* binding */ readProxyChoice)
/* harmony export */ });
/* harmony import */ var _net_proxy_env_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9685);
/* harmony import */ var _errors_probe_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8590);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6468);
// What http and websocket checks need of a forward proxy at load time (the check's `proxy`
// setting, validated) and at run time (a tunnel opener, whose module is imported only when a
// request goes through a proxy, so a run without one never loads it).



/**
 * `request.proxy` (a URL, or `none`), else the environment. The environment's proxy for this URL
 * is read here too, so a malformed HTTPS_PROXY is a problem at the check's line before anything runs.
 */
function readProxyChoice(value, url, environment) {
    try {
        if (value === 'none')
            return { kind: 'none' };
        if (typeof value === 'string')
            return { kind: 'url', url: (0,_net_proxy_env_js__WEBPACK_IMPORTED_MODULE_0__/* .parseProxyUrl */ .Pr)(value, 'request.proxy') };
        const choice = { kind: 'environment', environment };
        (0,_net_proxy_env_js__WEBPACK_IMPORTED_MODULE_0__/* .proxyFor */ .iJ)(url, choice);
        return choice;
    }
    catch (error) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidField */ .u(['request', 'proxy'], error.message);
    }
}
/**
 * The proxy of a URL found only at run time (a redirect's): a malformed proxy variable that only
 * such a URL uses (HTTPS_PROXY, reached by a redirect to https) is INVALID_REQUEST, not a crash.
 */
function runTimeRoute(url, choice) {
    try {
        return (0,_net_proxy_env_js__WEBPACK_IMPORTED_MODULE_0__/* .proxyFor */ .iJ)(url, choice);
    }
    catch (error) {
        throw (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_1__/* .probeError */ .v)('INVALID_REQUEST', 'INVALID_REQUEST', `${error.message}; it is needed for ${url.protocol}//${url.host}, where a redirect led`);
    }
}
/** A tunnel opener through this proxy. */
async function tunnelTo(route) {
    const { openTunnel } = await __webpack_require__.e(/* import() */ 260).then(__webpack_require__.bind(__webpack_require__, 4260));
    return (target, context, family) => openTunnel(route, target, context, family);
}


/***/ }),

/***/ 1020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SG: () => (/* binding */ cookieValue),
/* harmony export */   m2: () => (/* binding */ createCookieJar),
/* harmony export */   oD: () => (/* binding */ setCookieLines)
/* harmony export */ });
/**
 * A fresh, empty jar. As browsers and curl do, localhost and loopback addresses count as secure
 * origins, so a `Secure` session cookie works against a preview served on http://localhost.
 */
async function createCookieJar() {
    const { CookieJar } = await __webpack_require__.e(/* import() */ 380).then(__webpack_require__.bind(__webpack_require__, 7380));
    const jar = new CookieJar(null, { allowSecureOnLocal: true, rejectPublicSuffixes: true });
    // Until a response has set a cookie the jar is empty, and asking it still costs some 15 us a
    // request (it canonicalises the host, with Node's IPv6 pattern): most journeys set none.
    let offered = false;
    return {
        cookieHeader(url) {
            if (!offered)
                return undefined;
            const header = jar.getCookieStringSync(url.href);
            return header === '' ? undefined : header;
        },
        store(url, setCookie) {
            // A cookie the rules refuse (another domain, a bad attribute) is ignored, as a browser does.
            for (const line of setCookie)
                jar.setCookieSync(line, url.href, { ignoreError: true });
            offered ||= setCookie.length > 0;
        },
    };
}
/** The `Set-Cookie` lines of a response, whatever shape the library gave them in. */
function setCookieLines(value) {
    if (value === undefined)
        return [];
    return typeof value === 'string' ? [value] : [...value];
}
/** The value of the cookie `name` among `Set-Cookie` lines (the last one wins), or undefined. */
function cookieValue(setCookie, name) {
    let found;
    for (const line of setCookie) {
        const pair = line.split(';', 1)[0];
        const equals = pair.indexOf('=');
        if (equals > 0 && pair.slice(0, equals).trim() === name)
            found = pair.slice(equals + 1).trim();
    }
    return found;
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
/** The marks that end each phase, in order, and the phase each ends. */
const PHASE_ENDS = ['dnsDone', 'connectDone', 'tlsDone', 'firstByte', 'end'];
const PHASE_OF = { dnsDone: 'dns', connectDone: 'connect', tlsDone: 'tls', firstByte: 'firstByte', end: 'download' };
/**
 * Collects timestamps from transport events for one attempt. A mark is kept the first time it
 * is set, so redirects and retries inside an attempt do not overwrite the first connection's.
 */
class PhaseTimer {
    startedAt = performance.now();
    // One field per mark rather than a Map: a timer is made for every attempt.
    marks = { dnsDone: undefined, connectDone: undefined, tlsDone: undefined, firstByte: undefined, end: undefined };
    tlsExpected = false;
    awaited;
    /** Says that a TLS handshake follows the TCP connection, so a timeout names the right phase. */
    expectTls() {
        this.tlsExpected = true;
    }
    /**
     * Names what the probe waits for now (a DNS answer, a reply datagram, a proxy's answer), for
     * steps that are not transport phases; `undefined` when that wait is over.
     */
    waitingFor(what, at, onTimeout) {
        this.awaited = what === undefined ? undefined : { what, ...(at ? { at } : {}), ...(onTimeout ? { onTimeout } : {}) };
    }
    mark(name) {
        this.marks[name] ??= performance.now();
    }
    /** Sets a mark again, for a phase that restarts (the first byte of a redirect's target). */
    remark(name) {
        this.marks[name] = performance.now();
    }
    has(name) {
        return this.marks[name] !== undefined;
    }
    elapsed() {
        return performance.now() - this.startedAt;
    }
    /** What the probe was waiting for when it stopped, for timeout messages. */
    pendingPhase() {
        if (this.awaited)
            return this.awaited;
        const order = ['end', 'firstByte', 'tlsDone', 'connectDone', 'dnsDone'];
        const last = order.find((m) => this.has(m));
        if (last === 'connectDone' && this.tlsExpected)
            return { what: 'the TLS handshake' };
        return { what: last ? PHASE_AFTER[last] : 'the connection' };
    }
    /** Durations of the completed phases only; `total` is the attempt's elapsed time. */
    timings() {
        const result = {};
        let previous = this.startedAt;
        for (const mark of PHASE_ENDS) {
            const time = this.marks[mark];
            if (time === undefined)
                continue;
            result[PHASE_OF[mark]] = round(time - previous);
            previous = time;
        }
        result.total = round((this.marks.end ?? performance.now()) - this.startedAt);
        return result;
    }
}
function round(ms) {
    return Math.round(ms * 100) / 100;
}


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mj: () => (/* binding */ EXCERPT_BYTES),
/* harmony export */   w0: () => (/* binding */ utf8Start),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
// Plain-text helpers every layer may use (reports, the terminal, assertion descriptions).
/**
 * How much of what a server sent a check keeps for its report: the excerpt, and the `actual` of
 * an assertion (judged on the whole value first). Counted in bytes of the body, or of the value's
 * text in UTF-8.
 */
const EXCERPT_BYTES = 2000;
/** Cuts text to `max` characters, ending with an ellipsis when it was longer. */
function truncate(text, max) {
    const chars = [...text];
    if (chars.length <= max)
        return text;
    return max <= 1 ? '\u2026'.slice(0, max) : `${chars.slice(0, max - 1).join('')}\u2026`;
}
/** The longest start of `text` whose UTF-8 takes at most `maxBytes`, never half a character. */
function utf8Start(text, maxBytes) {
    const { read } = new TextEncoder().encodeInto(text, new Uint8Array(maxBytes));
    return text.slice(0, read);
}


/***/ })

};
