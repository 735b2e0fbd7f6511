// What each start-up import costs (bench/scenarios/imports.ts): bundled by ncc exactly as dist/ is,
// each import below becomes its own chunk, so `node index.js NAME` reads, compiles and runs only
// what importing NAME takes (its packages included), and `node index.js` imports nothing. Never
// shipped. `loaded`: when the action loads it, for a one-check http run.
import { pathToFileURL } from 'node:url';

export interface Import {
  readonly load: () => Promise<unknown>;
  readonly loaded: 'at start-up' | 'on use' | 'never';
}

export const IMPORTS: Record<string, Import> = {
  'the action (src/action/main.ts, all it imports)': { load: () => import('../src/action/main.js'), loaded: 'at start-up' },
  'undici (the parts src/net/undici.ts loads)': { load: () => import('../src/net/undici.js'), loaded: 'at start-up' },
  "Node's http2 and tls (undici's HTTP/2 client requires them at its first connection: scripts/bundle-rewrites.mjs)": { load: () => Promise.all([import('node:http2'), import('node:tls')]), loaded: 'on use' },
  "Node's net and http (undici's)": { load: () => Promise.all([import('node:net'), import('node:http')]), loaded: 'at start-up' },
  "Node's crypto (a large manifest's digest, bodyHash, TLS: src/sha256.ts hashes a small manifest)": { load: () => import('node:crypto'), loaded: 'on use' },
  "Node's zlib (a compressed body: src/checks/http-decode.ts)": { load: () => import('node:zlib'), loaded: 'on use' },
  'js-yaml (the reading of a manifest out of the ordinary: src/manifest/parse-fast.ts)': { load: () => import('js-yaml'), loaded: 'on use' },
  'the manifest schema checker (generated: yes or no, a check of each type apart)': { load: () => import('../src/manifest/schema-checker.generated.js'), loaded: 'at start-up' },
  'the manifest schema validator (generated: every problem; a manifest the checker refuses)': { load: () => import('../src/manifest/schema-validator.generated.js'), loaded: 'on use' },
  'src/manifest/load.ts (the manifest loader)': { load: () => import('../src/manifest/load.js'), loaded: 'at start-up' },
  'src/run/pipeline.ts (the engine, the gate)': { load: () => import('../src/run/pipeline.js'), loaded: 'at start-up' },
  'src/checks/http.ts (the http check)': { load: () => import('../src/checks/http.js'), loaded: 'at start-up' },
  yaml: { load: () => import('yaml'), loaded: 'on use' },
  ajv: { load: () => import('ajv'), loaded: 'on use' },
  'jsonpath-plus': { load: () => import('jsonpath-plus'), loaded: 'on use' },
  '@actions/core (replaced by src/action/runner.ts)': { load: () => import('@actions/core'), loaded: 'never' },
  '@actions/github and the octokit plugins (src/action/github-client.ts)': { load: () => import('../src/action/github-client.js'), loaded: 'on use' },
  'the report validator (generated; merge)': { load: () => import('../src/run/report-validator.generated.js'), loaded: 'on use' },
};

const name = process.argv[2];
// Only when run as the bundle (the benchmark's runner imports this file for the list): the import,
// then the process's CPU time (all its threads, Node's own start included) as its last line.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.on('exit', () => console.log(`cpu ${cpuMs()}`));
  if (name !== undefined) {
    const found = IMPORTS[name];
    if (!found) throw new Error(`imports-entry: no import named "${name}" (expected one of ${Object.keys(IMPORTS).join(', ')})`);
    await found.load();
  }
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
