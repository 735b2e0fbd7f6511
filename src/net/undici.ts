// The parts of undici the probes use, imported by path: the package's index also loads fetch,
// WebSocket, caches, mocks and proxy agents, some 700 KB that the action would parse and run at
// every start. As undici's index does, the request API is mixed into Dispatcher.prototype: only
// `request`, the one method the probes call (stream, pipeline, upgrade and connect are left out).
import request from 'undici/lib/api/api-request.js';
import buildConnector from 'undici/lib/core/connect.js';
import Client from 'undici/lib/dispatcher/client.js';
import Dispatcher from 'undici/lib/dispatcher/dispatcher.js';

Object.assign(Dispatcher.prototype, { request });

export { buildConnector, Client };
