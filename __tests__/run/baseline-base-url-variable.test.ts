// On the baseline side {{ BASE_URL }} is the baseline, also when the preview's URL comes as a
// variable named BASE_URL (--var, the variables inputs, the manifest's variables) rather than as
// the base URL: the variable sent the baseline's requests to the preview, which was then "same"
// as itself, whatever the baseline was (here it refuses every connection).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkNamed, runManifestText } from '../helpers/run.js';
import { closedPort, startHttpServer, type Peer } from '../helpers/servers.js';

let preview: Peer;
let deadBaseline: string;

beforeAll(async () => {
  preview = await startHttpServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}'));
  deadBaseline = `http://127.0.0.1:${await closedPort()}`;
});

afterAll(async () => {
  await preview.close();
});

const manifest = (variables = '') => `version: 1
${variables}baseline: { base_url: "${deadBaseline}", samples: 5 }
checks:
  - { name: Home, type: http, request: { url: "{{ BASE_URL }}/" } }
`;

describe('a BASE_URL variable and the baseline', () => {
  it.each([
    ['--var or the variables input', () => runManifestText(manifest(), { inputs: { BASE_URL: preview.url } })],
    ['the secret-variables input', () => runManifestText(manifest(), { secretInputs: { BASE_URL: preview.url } })],
    ["the manifest's variables", () => runManifestText(manifest(`variables: { BASE_URL: "${preview.url}" }\n`))],
  ])('sends the baseline side to the baseline, not to the preview named by %s', async (_source, run) => {
    const home = checkNamed(await run(), 'Home');
    expect(home.comparison?.verdict).not.toBe('same');
    expect(home.comparison?.reason).toContain('the baseline failed at sample 1 of its first series (CONNREFUSED:');
    expect(home.comparison?.baselineUrl).toBe(deadBaseline);
  });
});
