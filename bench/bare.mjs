// The baseline users would write instead of probegate: a loop of undici.request on fresh
// connections at a fixed concurrency, checking status and JSON by hand. Imported by the client;
// run on its own it makes one pass and prints its peak RSS, for the memory and whole-run
// scenarios (plain JavaScript, so that Node's type stripper is not counted in that figure); the
// options as JSON, or @file for a file of them (5,000 URLs exceed what one argument may hold):
//   node bench/bare.mjs '{"urls": [...], "concurrency": 8, "maxBytes": 10485760}'
import { readFileSync } from 'node:fs';
import { Client, request } from 'undici';

/** Runs every request; returns what did not answer 200 with {"status": "ok"}. */
export async function bareLoop({ urls, concurrency, maxBytes }) {
  const problems = [];
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = new URL(urls[next++]);
      const client = new Client(url.origin, maxBytes ? { maxResponseSize: maxBytes } : {});
      try {
        const response = await request(url, { dispatcher: client });
        const text = await response.body.text();
        if (response.statusCode !== 200 || !text.includes('ok') || JSON.parse(text).status !== 'ok') problems.push(`${url.href} answered ${response.statusCode}`);
      } catch (error) {
        problems.push(`${url.href}: ${error.message}`);
      } finally {
        await client.close().catch(() => undefined);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker));
  return problems;
}

if (import.meta.main) {
  const argument = process.argv[2];
  const problems = await bareLoop(JSON.parse(argument.startsWith('@') ? readFileSync(argument.slice(1), 'utf8') : argument));
  process.stdout.write(`${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, problems: problems.length, firstProblem: problems[0] })}\n`);
}
