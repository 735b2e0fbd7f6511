// 5. Mixed manifest: one check of every type this build has, in one run (engine bundle, default
// concurrency 8). The peers of http, websocket, udp, dns and grpc answer after 300 ms, so the
// run's wall time should be about the slowest check, not the sum of all of them. A type added
// to the engine is picked up here as soon as it has a line in CHECKS.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MixedResult } from '../client.ts';
import { median, ms, ratio, type Row } from '../report.ts';
import type { PeerPorts } from '../shared.ts';
import type { Scenario } from './context.ts';

const ROUNDS = 3;
const CONCURRENCY = 8;
const TARGET_RATIO = 1.2;

/** The request and assertions of the one check of each type, against the peers. */
const CHECKS: Record<string, (ports: PeerPorts, certFile: string) => string> = {
  http: (p) => `request: { url: "http://127.0.0.1:${p.http}/delay?ms=300" }
    assertions: [{ type: statusCode, operator: is, target: 200 }]`,
  ssl: (p, cert) => `request: { host: localhost, port: ${p.https}, ca: ${JSON.stringify(cert)} }
    assertions: [{ type: certificate, operator: isInMoreThan, target: 0 }]`,
  dns: (p) => `request: { host: bench.test, server: 127.0.0.1, port: ${p.dns} }
    assertions: [{ type: recordSome, property: A, operator: is, target: 127.0.0.1 }]`,
  tcp: (p) => `request: { host: 127.0.0.1, port: ${p.tcp} }
    assertions: [{ type: connection, operator: is, target: established }]`,
  udp: (p) => `request: { host: 127.0.0.1, port: ${p.udp}, message: ping }
    assertions: [{ type: receivedMessage, operator: is, target: ping }]`,
  icmp: () => `request: { host: 127.0.0.1, count: 1 }
    assertions: [{ type: packetsReceived, operator: is, target: 1 }]`,
  grpc: (p) => `request: { host: 127.0.0.1, port: ${p.grpc}, call: health }
    assertions: [{ type: grpcHealthcheckStatus, operator: is, target: SERVING }]`,
  websocket: (p) => `request: { url: "ws://127.0.0.1:${p.http}/ws", message: ping }
    assertions: [{ type: receivedMessage, operator: is, target: pong }]`,
};

export const mixedScenario: Scenario = {
  id: 'mixed',
  title: 'Mixed manifest',
  async run({ ports, client, tmp, certFile }) {
    const available = await client.call<string[]>({ op: 'types' }, 30_000);
    const notes: string[] = [];
    const missing = Object.keys(CHECKS).filter((type) => !available.includes(type));
    if (missing.length) notes.push(`mixed: not in this build yet, so not measured: ${missing.join(', ')}`);
    const unlisted = available.filter((type) => !CHECKS[type]);
    if (unlisted.length) notes.push(`mixed: no bench check written yet for: ${unlisted.join(', ')} (add one to CHECKS in bench/scenarios/mixed.ts)`);
    const types = available.filter((type) => CHECKS[type]);
    const checks = types.map((type) => `  - name: ${type} check\n    type: ${type}\n    ${CHECKS[type]!(ports, certFile)}`);
    const file = path.join(tmp, 'mixed.yml');
    writeFileSync(file, `version: 1\nchecks:\n${checks.join('\n')}\n`);
    const result = await client.call<MixedResult>({ op: 'mixed', manifest: file, concurrency: CONCURRENCY, rounds: ROUNDS }, 120_000);
    const failed = result.checks.flat().filter((c) => c.error);
    for (const check of failed.slice(0, types.length)) notes.push(`mixed: ${check.name} failed: ${check.error}`);
    const wall = median(result.wallMs);
    const slowest = median(result.checks.map((round) => Math.max(...round.map((c) => c.durationMs))));
    const sum = median(result.checks.map((round) => round.reduce((total, c) => total + c.durationMs, 0)));
    const rows: Row[] = [
      {
        scenario: '5. Mixed manifest',
        measure: `one check each of ${types.join(', ')} (wall, median of ${ROUNDS})`,
        probegate: ms(wall),
        baseline: `slowest check ${ms(slowest)} (sum ${ms(sum)})`,
        comparison: ratio(wall, slowest),
        target: `<= ${TARGET_RATIO}x the slowest`,
        met: failed.length === 0 && wall / slowest <= TARGET_RATIO,
      },
    ];
    return { rows, notes };
  },
};
