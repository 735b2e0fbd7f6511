// The loopback peers of the benchmark, in a process of their own so that their CPU does not
// count against the client being measured. Prints its ports as one JSON line on stdout and
// exits when its stdin closes (the runner ends, even abruptly) or on SIGTERM.
//   node bench/peers.ts '{"certFile": "...", "keyFile": "...", "delayMs": 300}'
import dgram from 'node:dgram';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import dns2 from 'dns2';
import { WebSocketServer } from 'ws';
import { HUGE_BODY_BYTES, JSON_BODY, type PeerConfig, type PeerPorts } from './shared.ts';

const HOST = '127.0.0.1';
const CHUNK = Buffer.alloc(64 * 1024, 'x');

/** GET /json, /delay?ms=N (first byte after N ms), /huge and /huge-chunked (100 MiB). */
function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://peer');
  if (url.pathname === '/json') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON_BODY);
  } else if (url.pathname === '/delay') {
    const timer = setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON_BODY), Number(url.searchParams.get('ms') ?? 0));
    res.on('close', () => clearTimeout(timer));
  } else if (url.pathname === '/huge' || url.pathname === '/huge-chunked') {
    res.writeHead(200, url.pathname === '/huge' ? { 'content-length': HUGE_BODY_BYTES } : {});
    streamHugeBody(res);
  } else {
    res.writeHead(404).end();
  }
}

function streamHugeBody(res: http.ServerResponse): void {
  let sent = 0;
  const pump = () => {
    while (sent < HUGE_BODY_BYTES && !res.destroyed) {
      sent += CHUNK.length;
      if (!res.write(CHUNK)) return void res.once('drain', pump);
    }
    res.end();
  };
  pump();
}

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, HOST, resolve));
  return (server.address() as AddressInfo).port;
}

/** A WebSocket endpoint on any path: sends `pong` `delayMs` after a message (or after opening, if none comes). */
function attachWebSocket(server: http.Server, delayMs: number): void {
  const wss = new WebSocketServer({ server });
  wss.on('connection', (socket) => {
    const answer = () => setTimeout(() => socket.readyState === socket.OPEN && socket.send('pong'), delayMs);
    const silence = setTimeout(answer, 50);
    socket.once('message', () => {
      clearTimeout(silence);
      answer();
    });
  });
}

async function startUdpEcho(delayMs: number): Promise<number> {
  const socket = dgram.createSocket('udp4');
  socket.on('message', (message, from) => setTimeout(() => socket.send(message, from.port, from.address), delayMs));
  await new Promise<void>((resolve) => socket.bind(0, HOST, resolve));
  return socket.address().port;
}

/** Answers A bench.test with 127.0.0.1; every other name is NXDOMAIN. */
async function startDns(delayMs: number): Promise<number> {
  const { Packet } = dns2;
  const server = dns2.createServer({
    udp: { type: 'udp4' },
    handle(request, send) {
      const response = Packet.createResponseFromRequest(request);
      const [question] = request.questions;
      if (question?.name === 'bench.test' && question.type === Packet.TYPE.A) {
        response.answers.push({ name: question.name, type: Packet.TYPE.A, class: Packet.CLASS.IN, ttl: 60, address: '127.0.0.1' } as never);
      } else {
        response.header.rcode = 3;
      }
      setTimeout(() => void send(response), delayMs);
    },
  });
  const addresses = await server.listen({ udp: { port: 0, address: HOST } });
  return addresses.udp!.port;
}

/** grpc.health.v1 answering SERVING after `delayMs`. */
async function startGrpc(delayMs: number): Promise<number> {
  const proto = path.join(import.meta.dirname, '../node_modules/grpc-health-check/proto/health/v1/health.proto');
  const definitions = protoLoader.loadSync(proto, { keepCase: true, enums: String, defaults: true });
  const server = new grpc.Server();
  server.addService(definitions['grpc.health.v1.Health'] as grpc.ServiceDefinition, {
    Check: (_call: unknown, callback: grpc.sendUnaryData<unknown>) => setTimeout(() => callback(null, { status: 'SERVING' }), delayMs),
    Watch: (call: grpc.ServerWritableStream<unknown, unknown>) => call.end(),
  });
  return new Promise((resolve, reject) =>
    server.bindAsync(`${HOST}:0`, grpc.ServerCredentials.createInsecure(), (error, port) => (error ? reject(error) : resolve(port))),
  );
}

async function main(config: PeerConfig): Promise<void> {
  const plain = http.createServer(handle);
  attachWebSocket(plain, config.delayMs);
  const secure = https.createServer({ cert: readFileSync(config.certFile), key: readFileSync(config.keyFile) }, handle);
  const tcp = net.createServer((socket) => socket.on('error', () => undefined));
  const ports: PeerPorts = {
    http: await listen(plain),
    https: await listen(secure),
    tcp: await listen(tcp),
    udp: await startUdpEcho(config.delayMs),
    dns: await startDns(config.delayMs),
    grpc: await startGrpc(config.delayMs),
  };
  process.stdin.on('end', () => process.exit(0)).resume();
  process.stdout.write(`${JSON.stringify(ports)}\n`);
}

await main(JSON.parse(process.argv[2] ?? '{}') as PeerConfig);
