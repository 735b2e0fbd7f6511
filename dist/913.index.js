export const id = 913;
export const ids = [913];
export const modules = {

/***/ 20913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   grpcCheck: () => (/* binding */ grpcCheck)
/* harmony export */ });
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71553);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_dns_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83033);
/* harmony import */ var _grpc_proto_loader__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76081);
/* harmony import */ var _errors_probe_error_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88590);
/* harmony import */ var _http_body_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(97546);
/* harmony import */ var _net_tls_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(77638);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(23128);
/* harmony import */ var _ip_family_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(46169);
/* harmony import */ var _tls_settings_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(33116);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(16468);
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


/***/ })

};
