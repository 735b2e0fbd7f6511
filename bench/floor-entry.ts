// The floor of a one-check run (bench/scenarios/startup.ts): node, undici loaded as dist/ loads it
// (src/net/undici.ts, a chunk of an ncc bundle rewritten as dist/ is), one request to the URL
// given, its body read. What any program that checks a URL with undici pays before its own work.
// Never shipped.
import { argv } from 'node:process';

const url = new URL(argv[2] ?? '');
const { Client } = await import('../src/net/undici.js');
const client = new Client(url.origin);
const response = await client.request({ method: 'GET', path: `${url.pathname}${url.search}` });
await response.body.text();
await client.close();
if (response.statusCode !== 200) throw new Error(`floor-entry: ${url.href} answered ${response.statusCode}`);
