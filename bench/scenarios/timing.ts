// 3. Timing truth: the phases probegate reports (dns, connect, tls, firstByte, download, total)
// against `curl -w` on the same endpoint: a server that sends its first byte after 200 ms, in
// plain HTTP and over TLS, by the name `localhost` so that DNS is measured too, and in plain HTTP
// by address (a run that looks no name up, whose warm-up leaves the resolver out). Both run as a
// fresh process each time (probegate as the action), alternately; medians per phase. curl's
// times are cumulative from the start and converted to phases.
import { writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { actionWorkspace, readReport, runCommand } from '../processes.ts';
import { median, ms, signed, type Row } from '../report.ts';
import { NODE } from '../shared.ts';
import type { BenchContext, Scenario } from './context.ts';

const RUNS = 9;
const FIRST_BYTE_DELAY_MS = 200;
const PHASE_TOLERANCE_MS = 5;
const TOTAL_TOLERANCE = 0.05;
const PHASES = ['dns', 'connect', 'tls', 'firstByte', 'download', 'total'] as const;
type Phase = (typeof PHASES)[number];
type PhaseTimes = Partial<Record<Phase, number>>;

/** curl's cumulative -w times, in seconds, turned into probegate's phases in milliseconds. */
function curlPhases(output: string, tls: boolean): PhaseTimes {
  const [lookup, connect, appConnect, startTransfer, total] = output.trim().split(' ').map((s) => Number(s) * 1000) as [number, number, number, number, number];
  const handshaken = tls ? appConnect : connect;
  return {
    dns: lookup,
    connect: connect - lookup,
    ...(tls ? { tls: appConnect - connect } : {}),
    firstByte: startTransfer - handshaken,
    download: total - startTransfer,
    total,
  };
}

async function compare(context: BenchContext, url: string, notes: string[]): Promise<Row[]> {
  const tls = url.startsWith('https:');
  const host = new URL(url).hostname;
  const workspace = actionWorkspace(context.tmp, `version: 1
checks:
  - name: Delayed
    type: http
    request: { url: "${url}"${tls ? `, tls: { ca: ${JSON.stringify(context.certFile)} }` : ''} }
    assertions:
      - { type: statusCode, operator: is, target: 200 }
`);
  const curlArgs = ['-4', '-s', '-S', '-o', '/dev/null', '--cacert', context.certFile, '-w', '%{time_namelookup} %{time_connect} %{time_appconnect} %{time_starttransfer} %{time_total}', url];
  const probegate: PhaseTimes[] = [];
  const curl: PhaseTimes[] = [];
  const runProbegate = async () => {
    writeFileSync(workspace.reportFile, '');
    const finished = await runCommand(NODE, [context.actionEntry], { env: workspace.env, cwd: workspace.dir, timeoutMs: 30_000 });
    const [check] = finished.code === 0 ? readReport(workspace) : [];
    if (check?.status === 'passed') probegate.push(check.timings);
    else notes.push(`timing, ${url}: probegate ${check ? JSON.stringify(check.error) : `exited ${finished.code}: ${finished.stdout.slice(0, 300)}`}`);
  };
  const runCurl = async () => {
    const finished = await runCommand('curl', curlArgs, { timeoutMs: 30_000 });
    if (finished.code === 0) curl.push(curlPhases(finished.stdout, tls));
    else notes.push(`timing, ${url}: curl exited ${finished.code}: ${finished.stderr.slice(0, 300)}`);
  };
  for (let run = 0; run < RUNS; run++) {
    for (const measure of run % 2 ? [runCurl, runProbegate] : [runProbegate, runCurl]) await measure();
  }
  const rows: Row[] = [];
  for (const phase of PHASES) {
    if (phase === 'tls' && !tls) continue;
    if (phase === 'dns' && isIP(host)) continue;
    const ours = median(probegate.map((t) => t[phase] ?? NaN));
    const theirs = median(curl.map((t) => t[phase] ?? NaN));
    const total = phase === 'total';
    rows.push({
      scenario: '3. Timing truth',
      measure: `${tls ? 'https' : 'http'}://${host}, first byte after ${FIRST_BYTE_DELAY_MS} ms: ${phase} (median of ${RUNS})`,
      probegate: ms(ours, 1),
      baseline: `curl -w ${ms(theirs, 1)}`,
      comparison: total ? `${(((ours - theirs) / theirs) * 100).toFixed(1)}%` : signed(ours - theirs),
      target: total ? `within ${TOTAL_TOLERANCE * 100}%` : `within ${PHASE_TOLERANCE_MS} ms`,
      met: total ? Math.abs(ours - theirs) <= TOTAL_TOLERANCE * theirs : Math.abs(ours - theirs) <= PHASE_TOLERANCE_MS,
    });
  }
  return rows;
}

export const timingScenario: Scenario = {
  id: 'timing',
  title: 'Timing truth',
  async run(context) {
    const notes: string[] = [];
    const rows = [
      ...(await compare(context, `http://localhost:${context.ports.http}/delay?ms=${FIRST_BYTE_DELAY_MS}`, notes)),
      ...(await compare(context, `https://localhost:${context.ports.https}/delay?ms=${FIRST_BYTE_DELAY_MS}`, notes)),
      ...(await compare(context, `http://127.0.0.1:${context.ports.http}/delay?ms=${FIRST_BYTE_DELAY_MS}`, notes)),
    ];
    return { rows, notes };
  },
};
