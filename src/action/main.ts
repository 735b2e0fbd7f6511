// The GitHub door: inputs and event in, engine, reporters, outputs, and the one place that
// fails the job.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { runChecks } from '../engine/run.js';
import { applyGate, resolveGate } from '../gate.js';
import { loadManifest, ManifestError, type Manifest } from '../manifest/load.js';
import { normalizeBaseUrl } from '../manifest/variables.js';
import type { RunResult } from '../model.js';
import { buildAnnotations } from '../report/annotations.js';
import { commentMarker, publishComment, renderComment } from '../report/comment.js';
import type { LinkContext } from '../report/details.js';
import { escapeMarkdown } from '../report/escape.js';
import { renderJsonReport } from '../report/json.js';
import { renderJunit } from '../report/junit.js';
import { renderSummary } from '../report/summary.js';
import { readEventContext, type EventContext } from './event.js';
import { OUTPUT, readInputs, type ActionInputs } from './inputs.js';
import { runContext } from '../run/context.js';
import { MergeError, mergeReportFiles } from '../run/merge.js';
import { selectShard } from '../run/shard.js';

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const event = readEventContext();
    const masked = new Set(Object.values(inputs.secretVariables));
    for (const value of masked) core.setSecret(value);
    if (inputs.merge) return await mergeAndReport(inputs, event);
    const manifest = await loadOrReport(inputs, event);
    if (!manifest) return;
    for (const secret of manifest.secrets) if (!masked.has(secret)) core.setSecret(secret);
    const startedAt = new Date();
    const started = performance.now();
    const checks = selectShard(manifest.checks, inputs.shard);
    const outcomes = await runChecks({ ...manifest, checks }, { concurrency: inputs.concurrency });
    const gate = resolveGate(inputs, manifest.gate);
    const result = applyGate(outcomes, gate, runContext(manifest, inputs, startedAt, started));
    await reportAndGate(result, inputs, event);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : `probegate failed: ${String(error)}`);
  }
}

async function reportAndGate(result: RunResult, inputs: ActionInputs, event: EventContext): Promise<void> {
  await report(result, inputs, event);
  setOutputs(result, inputs.reportPath);
  if (result.result === 'fail') {
    const failed = result.checks.filter((c) => c.status === 'failed').map((c) => c.check.name);
    core.setFailed(`${failed.length} check${failed.length === 1 ? '' : 's'} failed the gate: ${failed.join(', ')}`);
  }
}

/** `merge: GLOB`: the reports of a matrix instead of a run; reports that cannot be merged fail the job. */
async function mergeAndReport(inputs: ActionInputs, event: EventContext): Promise<void> {
  let result: RunResult;
  try {
    result = mergeReportFiles(inputs.merge!, process.env.GITHUB_WORKSPACE ?? process.cwd());
  } catch (error) {
    if (!(error instanceof MergeError)) throw error;
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(`## ❌ probegate: the reports cannot be merged\n\n${escapeMarkdown(error.message)}\n`).write();
    core.setOutput(OUTPUT.result, 'fail');
    core.setFailed(error.message);
    return;
  }
  await reportAndGate(result, inputs, event);
}

/** Loads the manifest; an unusable one is annotated line by line and fails the job. */
async function loadOrReport(inputs: ActionInputs, event: EventContext): Promise<Manifest | undefined> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const manifestPath = path.resolve(workspace, inputs.manifest);
  const displayPath = path.relative(workspace, manifestPath).split(path.sep).join('/');
  try {
    return await loadManifest({
      path: manifestPath,
      displayPath,
      variables: {
        builtins: {
          BASE_URL: baseUrl(inputs, event),
          SHA: event.sha,
          PR_NUMBER: event.pullRequestNumber?.toString(),
          REPOSITORY: event.repository,
        },
        inputs: inputs.variables,
        secretInputs: inputs.secretVariables,
        env: process.env,
      },
    });
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    for (const problem of error.problems) {
      core.error(problem.message, { title: 'probegate · invalid manifest', file: problem.location.file, startLine: problem.location.line, startColumn: problem.location.column });
    }
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(`## ❌ probegate: the manifest cannot be used\n\n${escapeMarkdown(error.message)}\n`).write();
    core.setOutput(OUTPUT.result, 'fail');
    core.setFailed(`${error.message}${error.problems.length ? ` (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}, annotated)` : ''}`);
    return undefined;
  }
}

async function report(result: RunResult, inputs: ActionInputs, event: EventContext): Promise<void> {
  for (const annotation of buildAnnotations(result)) {
    const properties = { title: annotation.title, file: annotation.file, startLine: annotation.line };
    if (annotation.level === 'error') core.error(annotation.message, properties);
    else if (annotation.level === 'warning') core.warning(annotation.message, properties);
    else core.notice(annotation.message, properties);
  }
  writeFile(inputs.reportPath, `${JSON.stringify(renderJsonReport(result), null, 2)}\n`);
  if (inputs.junitPath) writeFile(inputs.junitPath, renderJunit(result));
  const links: LinkContext | undefined = event.repository ? { serverUrl: event.serverUrl, repository: event.repository, sha: event.sha, runUrl: event.runUrl } : undefined;
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderSummary(result, { links })).write();
  await comment(result, inputs, event, links);
}

/** The sticky pull-request comment; a failure to write it is a warning, never the verdict. */
async function comment(result: RunResult, inputs: ActionInputs, event: EventContext, links: LinkContext | undefined): Promise<void> {
  const marker = commentMarker(result.manifestFile, inputs.shard);
  const outcome = await publishComment({
    token: inputs.githubToken,
    mode: inputs.comment,
    target: event,
    failed: result.result === 'fail',
    marker,
    body: renderComment(result, marker, links),
  });
  if (outcome.action === 'warning') core.warning(outcome.warning, { title: 'probegate · pull-request comment' });
  else if (outcome.action === 'skipped') core.info(`No pull-request comment: ${outcome.reason}.`);
  else core.info(`Pull-request comment ${outcome.action}: ${outcome.url}`);
}

/** The input, else the deployment's URL on a deployment_status event. */
function baseUrl(inputs: ActionInputs, event: EventContext): string | undefined {
  const url = inputs.baseUrl ?? event.deploymentUrl;
  return url === undefined ? undefined : normalizeBaseUrl(url);
}

function setOutputs(result: RunResult, reportPath: string): void {
  core.setOutput(OUTPUT.result, result.result);
  core.setOutput(OUTPUT.total, result.summary.total);
  core.setOutput(OUTPUT.passed, result.summary.passed);
  core.setOutput(OUTPUT.failed, result.summary.failed);
  core.setOutput(OUTPUT.warned, result.summary.warned);
  core.setOutput(OUTPUT.categories, JSON.stringify(result.categories));
  core.setOutput(OUTPUT.reportPath, reportPath);
}

function writeFile(file: string, content: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, content);
}
