export const id = 136;
export const ids = [136];
export const modules = {

/***/ 3128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ checkHeaderValue),
/* harmony export */   FS: () => (/* binding */ checkHeaderName),
/* harmony export */   GG: () => (/* binding */ rawAssertions),
/* harmony export */   QL: () => (/* binding */ hostPort),
/* harmony export */   Sr: () => (/* binding */ readPort),
/* harmony export */   rk: () => (/* binding */ readHost)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6468);
// Request fields several check types share, validated once at load time.


/** A host name or IP address (IPv6 with or without brackets). */
function readHost(value, path) {
    const host = String(value ?? '').trim().replace(/^\[(.*)\]$/, '$1');
    if (host === '')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidField */ .u(path, 'the host is empty: give a host name or an IP address');
    if (host.startsWith('-') || /[\s/]/.test(host)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidField */ .u(path, `"${host}" is not a host name or IP address (no URL, spaces or leading dash)`);
    }
    return host;
}
/** A port number 1-65535, written as a number or a string. */
function readPort(value, path, fallback) {
    if ((value === undefined || value === '') && fallback !== undefined)
        return fallback;
    const port = typeof value === 'number' ? value : Number(String(value ?? '').trim());
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidField */ .u(path, `"${String(value ?? '')}" is not a port (a whole number from 1 to 65535)`);
    }
    return port;
}
/** host:port as people write it, with IPv6 addresses in brackets. */
function hostPort(host, port) {
    return `${(0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) === 6 ? `[${host}]` : host}:${port}`;
}
/** The check's assertions as written, with their index for InvalidField paths. */
function rawAssertions(check) {
    const list = Array.isArray(check.assertions) ? check.assertions : [];
    return list.map((assertion, index) => ({ assertion, index }));
}
// RFC 9110 token characters: what a header name may hold.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** A header name as HTTP allows it: no spaces, colons, CR or LF (undici refuses the request otherwise). */
function checkHeaderName(name, path) {
    if (!TOKEN.test(name))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidField */ .u(path, `${JSON.stringify(name)} is not a valid header name (letters, digits and !#$%&'*+-.^_\`|~ only; no spaces, colons or line breaks)`);
    return name;
}
/** A header value without CR, LF or NUL, which would split the request (header injection). */
function checkHeaderValue(value, path) {
    if (/[\r\n\0]/.test(value))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidField */ .u(path, 'a header value cannot contain a line break (CR or LF) or a NUL byte');
    return value;
}


/***/ }),

/***/ 6169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ familyMiss),
/* harmony export */   Y: () => (/* binding */ readIpFamily)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_probe_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8590);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6468);
// `ip_family: 4 | 6 | any` of the checks that connect: which address family a name resolves to
// and the connection uses, so an outage of one family can be caught on purpose.



/** The check's `ip_family`, refused when the host is an address of the other family. */
function readIpFamily(check, host) {
    const value = check.ip_family;
    if (value === undefined || value === 'any')
        return undefined;
    const family = value;
    const literal = host ? (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host.replace(/^\[|\]$/g, '')) : 0;
    if (literal && literal !== family) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidField */ .u(['ip_family'], `ip_family is ${family} but the host ${host} is an IPv${literal} address; use a name, or ip_family ${literal} (or any)`);
    }
    return family;
}
/**
 * A name looked up for one family that has addresses of the other only. getaddrinfo calls that
 * ENOTFOUND, which reads as a name that does not exist ("check for typos"), when what is missing
 * is the record of one family: the outage ip_family is there to catch. Undefined when the error
 * is not that, or the name does not resolve at all.
 */
async function familyMiss(error, family) {
    const { code, hostname } = (error ?? {});
    if (!family || code !== 'ENOTFOUND' || typeof hostname !== 'string' || !hostname)
        return undefined;
    // node:dns/promises is loaded here, on the rare need, not with every http check's module.
    const found = await process.getBuiltinModule('node:dns/promises').lookup(hostname, { all: true }).catch(() => []);
    // Nothing at all is the NXDOMAIN it was; an address of the family asked for, a failure that came and went.
    if (found.length === 0 || found.some((address) => address.family === family))
        return undefined;
    const addresses = found.map((a) => a.address).join(', ');
    return (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_1__/* .probeError */ .v)('DNS', 'NODATA', `The name ${hostname} has no IPv${family} address, which ip_family ${family} asks for (it resolves to ${addresses})`, error);
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ readTlsSettings)
/* harmony export */ });
/* harmony import */ var _net_tls_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6468);


const NO_TLS_BLOCK = Object.freeze({ insecure: false });
/**
 * Reads a manifest `tls` block (PEM text or file paths) into TlsSettings, once, at load time,
 * and makes sure node:tls can use them, so a bad file is INVALID_REQUEST, not a failed probe.
 */
function readTlsSettings(raw, path, context) {
    // Most checks have no tls block: nothing to read or try, and one settings object for them all
    // (an https connector is shared by the checks whose settings are the same object: net/connectors.ts).
    if (raw === undefined)
        return NO_TLS_BLOCK;
    const block = (raw && typeof raw === 'object' ? raw : {});
    const settings = { insecure: block.insecure === true };
    for (const field of _net_tls_js__WEBPACK_IMPORTED_MODULE_1__/* .TLS_FILE_FIELDS */ .zQ) {
        const value = block[field];
        if (typeof value === 'string')
            settings[field] = context.readPemOrFile(value, [...path, field]);
    }
    if (typeof block.servername === 'string')
        settings.servername = block.servername;
    const tls = settings;
    if (Boolean(tls.cert) !== Boolean(tls.key)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidField */ .u([...path, tls.cert ? 'key' : 'cert'], 'a client certificate needs both `cert` and `key`');
    }
    assertUsable(tls, path);
    return tls;
}
function assertUsable(settings, path) {
    if (settings.ca)
        assertCertificates(settings.ca, [...path, 'ca']);
    const { cert, key, crl } = (0,_net_tls_js__WEBPACK_IMPORTED_MODULE_1__/* .tlsConnectionOptions */ .mw)(settings, 'localhost');
    const contexts = { cert: cert ? { cert, key } : undefined, crl: crl ? { crl } : undefined };
    for (const [field, options] of Object.entries(contexts)) {
        if (!options)
            continue;
        try {
            // node:tls on use: most manifests have no tls block, and `validate` need not load it.
            process.getBuiltinModule('node:tls').createSecureContext(options);
        }
        catch (error) {
            const what = field === 'cert' ? '`cert` and `key` are not a usable certificate and key pair' : `\`${field}\` is not usable PEM`;
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidField */ .u([...path, field], `${what}: ${error.message}`);
        }
    }
}
// node:tls silently ignores a `ca` it cannot parse, and then trusts nothing.
function assertCertificates(pem, path) {
    const blocks = pem.includes('-----BEGIN CERTIFICATE-----') ? (0,_net_tls_js__WEBPACK_IMPORTED_MODULE_1__/* .splitPem */ .Z1)(pem, 'CERTIFICATE') : [];
    if (blocks.length === 0)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidField */ .u(path, '`ca` holds no PEM certificate (-----BEGIN CERTIFICATE-----)');
    // node:crypto on use, as node:tls: it costs every start ~5 ms, and most manifests have no `ca`.
    const { X509Certificate } = process.getBuiltinModule('node:crypto');
    for (const [index, block] of blocks.entries()) {
        try {
            new X509Certificate(block);
        }
        catch (error) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidField */ .u(path, `certificate ${index + 1} of \`ca\` cannot be read: ${error.message}`);
        }
    }
}


/***/ }),

/***/ 6534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Je: () => (/* binding */ isCertificateRequired),
/* harmony export */   SN: () => (/* binding */ sslErrorFromText),
/* harmony export */   gt: () => (/* binding */ isTlsFailure),
/* harmony export */   vO: () => (/* binding */ matchTls)
/* harmony export */ });
/* unused harmony export sslError */
/* harmony import */ var _probe_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8590);
/* harmony import */ var _ssl_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1622);
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
const OWN_CODES = new Set(_ssl_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .HANDSHAKE_CODES */ .L);
/** The root matcher for TLS errors of node:tls (directly, or under undici, ws and grpc-js). */
function matchTls(e) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID')
        return sslError('HOSTNAME_MISMATCH', e, e.reason);
    if (code === 'UNSPECIFIED')
        return sslError('UNSPECIFIED', e, e.message);
    if (code in _ssl_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .SSL_CODES */ .A && !OWN_CODES.has(code))
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
/** Whether a handshake error is the server's demand for a client certificate (alert certificate_required). */
function isCertificateRequired(error) {
    return typeof error === 'object' && error !== null && matchTls(error)?.code === 'CERTIFICATE_REQUIRED';
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
    const explanation = _ssl_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .SSL_CODES */ .A[code] ?? _ssl_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .SSL_CODES */ .A.UNSPECIFIED;
    const said = detail?.trim() && !explanation.meaning.includes(detail.trim()) ? ` (${detail.trim()})` : '';
    return new _probe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ProbeError */ .B('SSL', code, `${explanation.meaning.replace(/\.$/, '')}${said}. ${explanation.fix}`, { cause });
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

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ observeTls),
/* harmony export */   Z1: () => (/* binding */ splitPem),
/* harmony export */   gk: () => (/* binding */ handshake),
/* harmony export */   mw: () => (/* binding */ tlsConnectionOptions),
/* harmony export */   zQ: () => (/* binding */ TLS_FILE_FIELDS)
/* harmony export */ });
/* unused harmony exports checkServerIdentityAsBrowsers, isIpLiteral */
const TLS_FILE_FIELDS = ['ca', 'cert', 'key', 'crl'];
/** node:tls options for these settings. Sessions are never reused: a resumed session skips verification. */
function tlsConnectionOptions(settings, host) {
    const options = {
        rejectUnauthorized: !settings.insecure,
        servername: settings.servername ?? (isIpLiteral(host) ? undefined : host),
        checkServerIdentity: checkServerIdentityAsBrowsers,
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
/**
 * Node's host-name check without its fallback to the subject's common name when a certificate
 * names no DNS host: browsers have refused such certificates since 2017, so a preview served with
 * one is broken for its visitors, and the check must not pass it.
 */
function checkServerIdentityAsBrowsers(hostname, cert) {
    const refused = process.getBuiltinModule('node:tls').checkServerIdentity(hostname, cert);
    if (refused || isIpLiteral(hostname) || /(?:^|,\s*)DNS:/.test(cert.subjectaltname ?? ''))
        return refused;
    const reason = `the host ${hostname} is the certificate's common name (CN=${cert.subject?.CN ?? ''}), but the certificate has no subjectAltName DNS name, and browsers accept only those`;
    return Object.assign(new Error(`Hostname/IP does not match certificate's altnames: ${reason}`), { code: 'ERR_TLS_CERT_ALTNAME_INVALID', reason, host: hostname, cert });
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
        // node:tls on use: `validate` and plain http runs never load it for this module (the ssl check loads it with itself).
        const socket = process.getBuiltinModule('node:tls').connect({
            ...tlsConnectionOptions(settings, target.host),
            ...extra,
            host: target.host,
            port: target.port,
            ...(target.ipFamily ? { family: target.ipFamily } : {}),
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
        return checkServerIdentityAsBrowsers(hostname, leaf) ?? Object.assign(new Error(code), { code, cert: leaf });
    }
    // The socket keeps only the code; its handle still has Node's full error, whose message is
    // OpenSSL's reason: the only explanation an UNSPECIFIED result has.
    const handle = socket._handle;
    const error = handle?.verifyError?.() ?? new Error(code);
    return Object.assign(error, { code, cert: leaf });
}


/***/ })

};
