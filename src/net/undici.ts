// The parts of undici the probes use, imported by path: the package's index also loads fetch,
// WebSocket, caches, mocks and proxy agents, some 700 KB that the action would parse and run at
// every start. As undici's index does, the request API is mixed into Dispatcher.prototype.
import api from 'undici/lib/api/index.js';
import buildConnector from 'undici/lib/core/connect.js';
import Client from 'undici/lib/dispatcher/client.js';
import Dispatcher from 'undici/lib/dispatcher/dispatcher.js';

Object.assign(Dispatcher.prototype, api);

export { buildConnector, Client };
