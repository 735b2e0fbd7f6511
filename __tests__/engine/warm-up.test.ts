// The warm-up sets up only what the run's checks will use: the resolver unless every check reaches
// an IPv4 address directly, TLS (a context and a handshake) only for https checks. (That
// the first check still times its phases truly is the benchmark's to show: bench/, timing truth.)
import { describe, expect, it } from 'vitest';
import { httpCheck, needsTlsWarmUp, type HttpRequest } from '../../src/checks/http.js';
import { mayResolveNames } from '../../src/engine/warm-up.js';
import type { ResolvedCheck } from '../../src/model.js';
import { loadManifestText } from '../helpers/run.js';

async function checksOf(checks: string): Promise<Map<string, ResolvedCheck>> {
  const manifest = await loadManifestText(`version: 1\nchecks:\n${checks}`);
  expect(manifest.problems).toEqual([]);
  return new Map(manifest.checks.map((check) => [check.name, check]));
}

describe('the resolver warm-up', () => {
  it('is left out only for checks that reach an IPv4 address directly', async () => {
    const checks = await checksOf(`  - { name: ipv4 url, type: http, request: { url: "http://127.0.0.1:8080/health", proxy: none } }
  - { name: ipv4 host and port, type: tcp, request: { host: 127.0.0.1, port: 5432 } }
  - { name: ipv4 ping, type: icmp, request: { host: 127.0.0.1 } }
  - { name: name url, type: http, request: { url: "http://localhost:8080/health", proxy: none } }
  - { name: ipv6 url, type: http, request: { url: "http://[::1]:8080/health", proxy: none } }
  - { name: name host and port, type: tcp, request: { host: localhost, port: 5432 } }
  - { name: through a proxy, type: http, request: { url: "http://127.0.0.1:8080/health", proxy: "http://proxy.invalid:3128" } }
  - { name: dns, type: dns, request: { host: localhost, record_type: A } }
  - name: steps by address
    type: multistep
    steps:
      - name: Log in
        type: http
        request: { method: POST, url: "http://127.0.0.1:8080/login", proxy: none }
        extract: [ { name: HOST, from: jsonpath, path: "$.host" } ]
      - name: Follow
        type: http
        request: { url: "http://{{ HOST }}:8080/", proxy: none }
`);
    const needs = Object.fromEntries([...checks].map(([name, check]) => [name, mayResolveNames(check)]));
    expect(needs).toEqual({
      'ipv4 url': false,
      'ipv4 host and port': false,
      'ipv4 ping': false,
      'name url': true,
      // Its first test as an address compiles Node's IPv6 pattern, which the lookup warms.
      'ipv6 url': true,
      'name host and port': true,
      'through a proxy': true,
      dns: true,
      // Its second step's host comes from the first step's answer: any name, found at run time.
      'steps by address': true,
    });
  });
});

describe('the TLS warm-up of the http check', () => {
  it('is left out unless a request is https', async () => {
    const checks = await checksOf(`  - { name: https, type: http, request: { url: "https://127.0.0.1:8443/", proxy: none } }
  - { name: http following redirects, type: http, request: { url: "http://127.0.0.1:8080/", proxy: none } }
  - { name: http not following, type: http, follow_redirects: false, request: { url: "http://127.0.0.1:8080/", proxy: none } }
  - { name: http through a proxy, type: http, follow_redirects: false, request: { url: "http://127.0.0.1:8080/", proxy: "http://127.0.0.1:3128" } }
`);
    const needs = Object.fromEntries([...checks].map(([name, check]) => [name, needsTlsWarmUp(check.request as HttpRequest)]));
    expect(needs).toEqual({
      https: true,
      // A redirect may lead to https; its first handshake is not worth every http run's start-up.
      'http following redirects': false,
      'http not following': false,
      'http through a proxy': false,
    });
  });
});

describe('the http warm-up of a step prepared only at run time', () => {
  it('takes its unknown request as one that may reach TLS, instead of failing the whole warm-up', async () => {
    // A step whose URL is an extracted value has no request before the run.
    const checks = await checksOf(`  - name: journey
    type: multistep
    steps:
      - { name: Start, type: http, request: { url: "http://127.0.0.1:9/" }, extract: [ { name: NEXT, from: header, property: location } ] }
      - { name: Next, type: http, request: { url: "{{ NEXT }}" } }
`);
    const steps = (checks.get('journey')!.request as { steps: { check?: ResolvedCheck }[] }).steps;
    expect(steps[1]!.check!.request).toBeUndefined();
    expect(needsTlsWarmUp(undefined)).toBe(true);
    await expect(httpCheck.warmUp!([undefined])).resolves.toBeUndefined();
  });
});

