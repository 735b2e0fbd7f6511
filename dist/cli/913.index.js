export const id = 913;
export const ids = [913];
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

/***/ 913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   grpcCheck: () => (/* binding */ grpcCheck)
/* harmony export */ });
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1553);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_dns_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3033);
/* harmony import */ var _grpc_proto_loader__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6081);
/* harmony import */ var _errors_probe_error_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8590);
/* harmony import */ var _http_body_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7546);
/* harmony import */ var _net_tls_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7638);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3128);
/* harmony import */ var _ip_family_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6169);
/* harmony import */ var _tls_settings_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3116);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6468);
// The grpc check: a grpc.health.v1 Check or a unary call from a .proto, on a channel of its own
// per attempt. The connection is made through our own connector (ProbeCredentials), so the
// connect and TLS phases are timed from socket events, TLS uses the shared options of
// net/tls.ts, and a TLS or socket failure keeps its real code instead of a bare UNAVAILABLE.
// This is the only module that imports @grpc/grpc-js; it is loaded only for grpc checks.













// Field names as written in the .proto; 64-bit integers and enums as strings, as JSON has them.
const PROTO_OPTIONS = { keepCase: true, longs: String, enums: String, defaults: true, oneofs: true };
const EXCERPT_CHARS = 2000;
// grpc-js's own deadline comes after the attempt's, so that the engine's deadline is the one that ends a call.
const AFTER_ATTEMPT_DEADLINE_MS = 1000;
// The largest response message read: the http check's body cap, not grpc-js's own 4 MiB
// default, which would fail a 5 MiB answer as if the server had said RESOURCE_EXHAUSTED.
const MAX_RESPONSE_MESSAGE_BYTES = _http_body_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_MAX_BODY_BYTES */ .y_;
const CHANNEL_OPTIONS = {
    'grpc.max_receive_message_length': MAX_RESPONSE_MESSAGE_BYTES,
    // A connection of this attempt's own, never one shared with another check or attempt.
    'grpc.use_local_subchannel_pool': 1,
    // No TXT lookup for a service config, and no retries inside grpc-js: the engine retries.
    'grpc.service_config_disable_resolution': 1,
    'grpc.enable_retries': 0,
};
// grpc.health.v1 (grpc/src/proto/grpc/health/v1/health.proto), Check only. Embedded because the
// bundled action cannot read a .proto from node_modules at run time.
const HEALTH_PROTO = {
    nested: { grpc: { nested: { health: { nested: { v1: { nested: {
                                HealthCheckRequest: { fields: { service: { type: 'string', id: 1 } } },
                                HealthCheckResponse: {
                                    fields: { status: { type: 'ServingStatus', id: 1 } },
                                    nested: { ServingStatus: { values: { UNKNOWN: 0, SERVING: 1, NOT_SERVING: 2, SERVICE_UNKNOWN: 3 } } },
                                },
                                Health: {
                                    methods: {
                                        Check: { requestType: 'HealthCheckRequest', responseType: 'HealthCheckResponse', comment: 'The status of one service; "" for the server.' },
                                    },
                                },
                            } } } } } } },
};
const grpcCheck = {
    type: 'grpc',
    prepare(check, context) {
        const raw = check.request;
        const host = (0,_fields_js__WEBPACK_IMPORTED_MODULE_8__/* .readHost */ .rk)(raw.host, ['request', 'host']);
        const port = (0,_fields_js__WEBPACK_IMPORTED_MODULE_8__/* .readPort */ .Sr)(raw.port, ['request', 'port']);
        const health = raw.call !== 'unary';
        const method = health ? healthCheckMethod() : unaryMethod(raw, context);
        const request = {
            host,
            port,
            tls: raw.tls === true ? { insecure: false } : raw.tls ? (0,_tls_settings_js__WEBPACK_IMPORTED_MODULE_10__/* .readTlsSettings */ .V)(raw.tls, ['request', 'tls'], context) : undefined,
            metadata: readMetadata(raw.metadata),
            ipFamily: (0,_ip_family_js__WEBPACK_IMPORTED_MODULE_9__/* .readIpFamily */ .Y)(check, host),
            health,
            method,
            message: health ? { service: String(raw.service ?? '') } : readMessage(raw.message, method),
        };
        return { request, target: `${(0,_fields_js__WEBPACK_IMPORTED_MODULE_8__/* .hostPort */ .QL)(host, port)} ${method.path}` };
    },
    run: runGrpc,
};
let healthCheck;
function healthCheckMethod() {
    healthCheck ??= _grpc_proto_loader__WEBPACK_IMPORTED_MODULE_5__/* .fromJSON */ .rS(HEALTH_PROTO, PROTO_OPTIONS)['grpc.health.v1.Health']
        .Check;
    return healthCheck;
}
/** Loads the manifest's .proto once, at load time, and finds the unary method the check calls. */
function unaryMethod(raw, context) {
    const file = context.resolvePath(String(raw.proto));
    let definitions;
    try {
        definitions = _grpc_proto_loader__WEBPACK_IMPORTED_MODULE_5__/* .loadSync */ .Yi(file, { ...PROTO_OPTIONS, includeDirs: [node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file)] });
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'no such file' : error.message;
        throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .InvalidField */ .u(['request', 'proto'], `cannot load the proto file ${String(raw.proto)}: ${reason} (give a path relative to the manifest)`);
    }
    const services = Object.keys(definitions).filter((name) => !('format' in definitions[name]));
    const serviceName = String(raw.service);
    // The full name (package.Service), or the bare name when only one service has it.
    const matching = services.includes(serviceName) ? [serviceName] : services.filter((name) => name.endsWith(`.${serviceName}`));
    const found = matching.length === 1 ? matching[0] : undefined;
    if (!found) {
        const why = matching.length > 1 ? `several services are named "${serviceName}"` : `it defines no service "${serviceName}"`;
        throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .InvalidField */ .u(['request', 'service'], `${String(raw.proto)}: ${why} (give one of: ${services.join(', ') || 'none'})`);
    }
    const service = definitions[found];
    const method = service[String(raw.method)];
    if (!method) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .InvalidField */ .u(['request', 'method'], `${found} has no method "${String(raw.method)}" (it has: ${Object.keys(service).join(', ')})`);
    }
    if (method.requestStream || method.responseStream) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .InvalidField */ .u(['request', 'method'], `${found}.${String(raw.method)} is a streaming method; the grpc check makes unary calls only`);
    }
    return method;
}
/** The request message (an object, or JSON text), checked against the request type once. */
function readMessage(raw, method) {
    let message = raw ?? {};
    if (typeof message === 'string') {
        try {
            message = JSON.parse(message);
        }
        catch {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .InvalidField */ .u(['request', 'message'], 'the message is not valid JSON: give an object of the request fields');
        }
    }
    // JSON text may be any JSON value; only an object names request fields (null, a number, a list do not).
    if (message === null || typeof message !== 'object' || Array.isArray(message)) {
        const what = message === null ? 'null' : Array.isArray(message) ? 'a list' : `a ${typeof message}`;
        throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .InvalidField */ .u(['request', 'message'], `the message is ${what}, not an object: give an object of the request fields (\`{ id: "42" }\`, or \`{}\` for none)`);
    }
    const descriptor = method.requestType.type;
    const known = descriptor.field?.map((field) => field.name) ?? [];
    const unknown = Object.keys(message).filter((name) => !known.includes(name));
    if (unknown.length > 0) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .InvalidField */ .u(['request', 'message'], `the request type has no field ${unknown.join(', ')} (it has: ${known.join(', ') || 'none'})`);
    }
    try {
        method.requestSerialize(message);
    }
    catch (error) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .InvalidField */ .u(['request', 'message'], `the message does not fit the request type: ${error.message}`);
    }
    return message;
}
function readMetadata(raw) {
    const metadata = {};
    for (const [key, value] of Object.entries((raw ?? {}))) {
        try {
            new _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_4__/* .Metadata */ .OS().set(key, String(value));
        }
        catch (error) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .InvalidField */ .u(['request', 'metadata', key], error.message);
        }
        metadata[key.toLowerCase()] = String(value);
    }
    return metadata;
}
async function runGrpc(request, context) {
    const { timer, signal } = context;
    // Resolved here too, so DNS is timed and a failure keeps its answer (grpc-js only says
    // "Name resolution failed"); grpc-js then resolves again and keeps its address fallback.
    // With an ip_family, grpc-js is given the address of that family itself (it has no such option).
    let address;
    if (!(0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(request.host)) {
        const found = await (0,node_dns_promises__WEBPACK_IMPORTED_MODULE_0__.lookup)(request.host, request.ipFamily ? { family: request.ipFamily } : { all: true });
        if (request.ipFamily)
            address = found.address;
        timer.mark('dnsDone');
    }
    if (signal.aborted)
        throw signal.reason;
    if (request.tls)
        timer.expectTls();
    const credentials = new ProbeCredentials(request, timer);
    const target = address ? `ipv${request.ipFamily}:${(0,_fields_js__WEBPACK_IMPORTED_MODULE_8__/* .hostPort */ .QL)(address, request.port)}` : (0,_fields_js__WEBPACK_IMPORTED_MODULE_8__/* .hostPort */ .QL)(request.host, request.port);
    const options = address ? { ...CHANNEL_OPTIONS, 'grpc.default_authority': (0,_fields_js__WEBPACK_IMPORTED_MODULE_8__/* .hostPort */ .QL)(request.host, request.port) } : CHANNEL_OPTIONS;
    const client = new _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_4__/* .Client */ .Kj(target, credentials, options);
    try {
        const { response, metadata } = await unaryCall(client, request, context, credentials);
        const values = { grpcResponse: response, grpcMetadata: metadata };
        if (request.health)
            values.grpcHealthcheckStatus = response.status;
        return {
            timings: timer.timings(),
            protocol: 'h2',
            tls: credentials.tls,
            values,
            excerpt: JSON.stringify(response).slice(0, EXCERPT_CHARS),
        };
    }
    finally {
        client.close();
    }
}
/**
 * One unary call, its deadline the attempt's timeout, cancelled when the attempt aborts. Made as
 * a server-streaming call, which is the same exchange on the wire (one request, then the answer):
 * grpc-js's unary call reads one message and then waits, so a server that sends two hung it to
 * the deadline; read as a stream, every message is counted and anything but one is the server's fault.
 */
function unaryCall(client, request, context, connection) {
    const { method } = request;
    const deadline = Date.now() + context.deadline.remainingMs() + AFTER_ATTEMPT_DEADLINE_MS;
    const metadata = new _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_4__/* .Metadata */ .OS();
    for (const [key, value] of Object.entries(request.metadata))
        metadata.set(key, value);
    return new Promise((resolve, reject) => {
        const received = {};
        const seen = { messages: 0 };
        let response;
        let error;
        let status;
        let ended = false;
        // The response type's own parser, watched: a message that does not parse is the server's fault, not an INTERNAL status.
        const deserialize = (bytes) => {
            try {
                return method.responseDeserialize(bytes);
            }
            catch (failure) {
                seen.unparseable ??= failure.message;
                throw failure;
            }
        };
        const call = client.makeServerStreamRequest(method.path, method.requestSerialize, deserialize, request.message, metadata, { deadline });
        const cancel = () => call.cancel();
        context.signal.addEventListener('abort', cancel, { once: true });
        call.on('metadata', (headers) => {
            context.timer.mark('firstByte');
            seen.headers = flattenMetadata(headers);
            Object.assign(received, seen.headers);
        });
        call.on('data', (message) => {
            seen.messages++;
            response ??= message;
            if (seen.messages === 2)
                call.cancel();
        });
        call.on('error', (failure) => (error ??= failure));
        // The status comes with the trailers; the stream ends once every message before it was read.
        const settle = () => {
            if (!status || !ended)
                return;
            context.signal.removeEventListener('abort', cancel);
            Object.assign(received, flattenMetadata(status.metadata));
            if (!error && status.code === _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_4__/* .status */ .h5.OK && seen.messages === 1) {
                context.timer.mark('end');
                return resolve({ response: response, metadata: received });
            }
            reject(callFailure(error ?? statusError(status), status, seen, request, context, connection));
        };
        call.on('status', (got) => {
            status = got;
            settle();
        });
        call.on('end', () => {
            ended = true;
            settle();
        });
    });
}
/** A status as grpc-js's errors carry it, for a call that ended OK without exactly one message. */
function statusError(status) {
    return Object.assign(new Error(`${status.code} ${status.details}`), { code: status.code, details: status.details, metadata: status.metadata });
}
const STATUS_FROM_HTTP = /^Received HTTP status code \d+/;
const TOO_LARGE = /^Received message larger than max \((\d+) vs (\d+)\)/;
const INFLATES_TOO_LARGE = /^Received message that decompresses to a size larger than (\d+)/;
/**
 * The attempt's deadline when it ended the call; a reply that is no gRPC at all (MALFORMED_RESPONSE)
 * or a message over the cap (BODY_TOO_LARGE) when grpc-js only reports it as a status of its own
 * making; anything else keeps the root cause the connector saw.
 */
function callFailure(error, status, seen, request, context, connection) {
    // The attempt's deadline ends the call first; a DEADLINE_EXCEEDED before it is the server's own.
    if (context.signal.aborted)
        return context.signal.reason;
    if (connection.error) {
        error.cause = connection.error;
        return error;
    }
    const broken = brokenReply(error, status, seen, request);
    return broken ?? error;
}
function brokenReply(error, status, seen, request) {
    const where = `${(0,_fields_js__WEBPACK_IMPORTED_MODULE_8__/* .hostPort */ .QL)(request.host, request.port)} ${request.method.path}`;
    const malformed = (what) => (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_6__/* .probeError */ .v)('MALFORMED_RESPONSE', 'MALFORMED_RESPONSE', `${what} (${where}): the reply is not a well-formed gRPC response; check that this port serves gRPC and nothing in front of it rewrites the answer`, error);
    const details = typeof error.details === 'string' ? error.details : '';
    // grpc-js maps an HTTP error status (401, 404, 503...) to a gRPC status as gRPC specifies: that mapping stands.
    if (STATUS_FROM_HTTP.test(details))
        return undefined;
    const contentType = seen.headers?.['content-type'];
    if (seen.headers && !/^application\/grpc(?:[+;]|$)/i.test(contentType ?? '')) {
        return malformed(`The server answered with content-type ${contentType ? JSON.stringify(contentType) : 'missing'}, not application/grpc`);
    }
    if (typeof status.code !== 'number' || typeof error.code !== 'number') {
        // grpc-js reports this with no code and no details, and keeps grpc-encoding from the metadata.
        return malformed('The server sent a response message that could not be read: it is marked compressed, but with no grpc-encoding or one gRPC clients do not decode (gzip and deflate are)');
    }
    if (seen.messages > 1) {
        return malformed('The server sent more than one response message on a unary call');
    }
    if (seen.unparseable !== undefined) {
        return malformed(`The server's response message does not parse as the method's response type (${seen.unparseable})`);
    }
    const tooLarge = TOO_LARGE.exec(details);
    if (tooLarge && Number(tooLarge[2]) === MAX_RESPONSE_MESSAGE_BYTES) {
        return (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_6__/* .probeError */ .v)('BODY_TOO_LARGE', 'BODY_TOO_LARGE', `The gRPC response message is ${tooLarge[1]} bytes, larger than the cap of ${MAX_RESPONSE_MESSAGE_BYTES} bytes (${where})`, error);
    }
    const inflated = INFLATES_TOO_LARGE.exec(details);
    if (inflated && Number(inflated[1]) === MAX_RESPONSE_MESSAGE_BYTES) {
        return (0,_errors_probe_error_js__WEBPACK_IMPORTED_MODULE_6__/* .probeError */ .v)('BODY_TOO_LARGE', 'BODY_TOO_LARGE', `The gRPC response message is larger than the cap of ${MAX_RESPONSE_MESSAGE_BYTES} bytes once decompressed (${where})`, error);
    }
    if (/Call ended without gRPC status/.test(details)) {
        return malformed('The server ended the call without a grpc-status trailer');
    }
    // A call the server ended with OK but no message: none sent, or one cut short of its length prefix.
    if (status.code === _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_4__/* .status */ .h5.OK) {
        return malformed('The server ended the call with status OK but sent no complete response message (none at all, or one cut short of its length prefix)');
    }
    return undefined;
}
function flattenMetadata(metadata) {
    const flat = {};
    for (const [key, values] of Object.entries(metadata.toJSON())) {
        flat[key] = values.map((v) => (Buffer.isBuffer(v) ? v.toString('base64') : v)).join(', ');
    }
    return flat;
}
/**
 * Channel credentials whose connector is ours: grpc-js hands it the connected TCP socket, it
 * marks the phases, does the TLS handshake with the check's options and keeps the first socket
 * error, which grpc-js would reduce to the text of an UNAVAILABLE status.
 */
class ProbeCredentials extends _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_4__/* .ChannelCredentials */ .YU {
    request;
    timer;
    error;
    tls;
    constructor(request, timer) {
        super();
        this.request = request;
        this.timer = timer;
    }
    _isSecure() {
        return this.request.tls !== undefined;
    }
    _equals(other) {
        return other === this;
    }
    _createSecureConnector(_target, _options, callCredentials) {
        return {
            connect: (socket) => this.connect(socket),
            waitForReady: () => Promise.resolve(),
            getCallCredentials: () => callCredentials ?? _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_4__/* .credentials */ .z3.createEmpty(),
            destroy: () => undefined,
        };
    }
    connect(socket) {
        this.timer.mark('connectDone');
        const settings = this.request.tls;
        if (!settings) {
            socket.on('error', (error) => (this.error ??= error));
            return Promise.resolve({ socket, secure: false });
        }
        const secure = node_tls__WEBPACK_IMPORTED_MODULE_3___default().connect({ ...(0,_net_tls_js__WEBPACK_IMPORTED_MODULE_12__/* .tlsConnectionOptions */ .mw)(settings, this.request.host), socket, host: this.request.host, ALPNProtocols: ['h2'] });
        secure.on('error', (error) => (this.error ??= error));
        return new Promise((resolve, reject) => {
            secure.once('secureConnect', () => {
                this.timer.mark('tlsDone');
                this.tls = (0,_net_tls_js__WEBPACK_IMPORTED_MODULE_12__/* .observeTls */ .Q3)(secure);
                resolve({ socket: secure, secure: true });
            });
            secure.once('error', reject);
        });
    }
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
