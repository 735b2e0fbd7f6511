// The action's manifest: found in the workspace, its built-in variables from the event; an
// unusable one is annotated line by line and fails the job.
import path from 'node:path';
import { loadManifest, ManifestError, type Manifest } from '../manifest/load.js';
import { normalizeBaseUrl } from '../manifest/variables.js';
import { escapeMarkdown } from '../report/escape.js';
import type { EventContext } from './event.js';
import { OUTPUT, type ActionInputs } from './inputs.js';
import * as runner from './runner.js';

/** Loads the manifest; an unusable one is annotated line by line and fails the job. */
export async function loadOrReport(inputs: ActionInputs, event: EventContext, baselineUrl?: string): Promise<Manifest | undefined> {
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
      ...(baselineUrl ? { baselineUrl } : {}),
    });
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    for (const problem of error.problems) {
      runner.error(problem.message, { title: 'probegate · invalid manifest', file: problem.location.file, startLine: problem.location.line, startColumn: problem.location.column });
    }
    if (process.env.GITHUB_STEP_SUMMARY) runner.appendSummary(`## ❌ probegate: the manifest cannot be used\n\n${escapeMarkdown(error.message)}\n`);
    runner.setOutput(OUTPUT.result, 'fail');
    runner.setFailed(`${error.message}${error.problems.length ? ` (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}, annotated)` : ''}`);
    return undefined;
  }
}

/** The input, else the deployment's URL on a deployment_status event. */
function baseUrl(inputs: ActionInputs, event: EventContext): string | undefined {
  const url = inputs.baseUrl ?? event.deploymentUrl;
  return url === undefined ? undefined : normalizeBaseUrl(url);
}
