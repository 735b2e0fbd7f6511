export const id = 926;
export const ids = [926];
export const modules = {

/***/ 99926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   udpCheck: () => (/* binding */ udpCheck)
/* harmony export */ });
/* harmony import */ var node_dgram__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41314);
/* harmony import */ var node_dgram__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_dgram__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71553);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_dns_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23128);
/* harmony import */ var _ip_family_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46169);
// The udp check: sends `message` in one datagram from a connected socket and waits for the
// first datagram back. Connected, the socket hears the ICMP "port unreachable" of a closed port
// as ECONNREFUSED; a peer that stays silent ends at the attempt's deadline (TIMEOUT).





const EXCERPT_CHARS = 2000;
const udpCheck = {
    type: 'udp',
    prepare(check) {
        const host = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readHost */ .rk)(check.request.host, ['request', 'host']);
        const port = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readPort */ .Sr)(check.request.port, ['request', 'port']);
        return { request: { host, port, message: String(check.request.message ?? ''), ipFamily: (0,_ip_family_js__WEBPACK_IMPORTED_MODULE_4__/* .readIpFamily */ .Y)(check, host) }, target: (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .hostPort */ .QL)(host, port) };
    },
    run: runUdp,
};
async function runUdp(request, context) {
    const { timer } = context;
    const { address, family } = await resolveAddress(request.host, timer, request.ipFamily);
    const socket = node_dgram__WEBPACK_IMPORTED_MODULE_0___default().createSocket(family === 6 ? 'udp6' : 'udp4');
    try {
        const reply = await exchange(socket, request, address, context);
        timer.mark('firstByte');
        const receivedMessage = reply.toString('utf8');
        return { timings: timer.timings(), values: { receivedMessage }, excerpt: receivedMessage.slice(0, EXCERPT_CHARS) };
    }
    finally {
        socket.close();
    }
}
/** Sends the message and resolves with the first datagram back; a refusal names the peer. */
async function exchange(socket, request, address, { signal, timer }) {
    let stop = () => { };
    try {
        return await new Promise((resolve, reject) => {
            stop = () => reject(signal.reason);
            signal.addEventListener('abort', stop, { once: true });
            socket.once('message', (reply) => resolve(reply));
            socket.once('error', (error) => reject(Object.assign(error, { address, port: request.port })));
            socket.connect(request.port, address, () => {
                timer.waitingFor(`a reply datagram from ${(0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .hostPort */ .QL)(address, request.port)}`);
                socket.send(request.message);
            });
        });
    }
    finally {
        signal.removeEventListener('abort', stop);
    }
}
async function resolveAddress(host, timer, ipFamily) {
    const family = (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(host);
    if (family)
        return { address: host, family };
    const found = await (0,node_dns_promises__WEBPACK_IMPORTED_MODULE_1__.lookup)(host, ipFamily ? { family: ipFamily } : {});
    timer.mark('dnsDone');
    return found;
}


/***/ })

};
