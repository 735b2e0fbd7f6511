// What the workflow event tells the checks: the built-in variables and the pull request.
import { readFileSync } from 'node:fs';

export interface EventContext {
  readonly eventName: string;
  readonly sha?: string;
  readonly repository?: string;
  readonly pullRequestNumber?: number;
  /** The deployment's URL on a deployment_status event. */
  readonly deploymentUrl?: string;
  /** The deployment's state on a deployment_status event: `success`, `failure`, `pending`... */
  readonly deploymentState?: string;
  /** `https://github.com`, or the GitHub Enterprise server. */
  readonly serverUrl: string;
  /** This workflow run's page, for links from the comment. */
  readonly runUrl?: string;
  /**
   * The job that runs probegate (GITHUB_JOB), its workflow's name (GITHUB_WORKFLOW) and file (the
   * path of GITHUB_WORKFLOW_REF, `.github/workflows/preview.yml`); undefined outside a runner.
   */
  readonly job?: { readonly id: string; readonly workflow: string; readonly workflowFile?: string };
  /** This run, its attempt and the step (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_ACTION); undefined outside a runner. */
  readonly run?: { readonly id: string; readonly attempt: string; readonly step?: string };
  readonly payload: Record<string, unknown>;
}

/** Reads the event from the runner's environment (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, ...). */
export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const pullRequest = payload.pull_request as { number?: number; head?: { sha?: string } } | undefined;
  const status = payload.deployment_status as { environment_url?: string; target_url?: string; state?: unknown } | undefined;
  const deployment = payload.deployment as { sha?: string } | undefined;
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    // On pull requests GITHUB_SHA is the merge commit; the head is what was pushed.
    sha: pullRequest?.head?.sha ?? deployment?.sha ?? env.GITHUB_SHA,
    repository: env.GITHUB_REPOSITORY,
    pullRequestNumber: pullRequest?.number ?? (payload.number as number | undefined),
    deploymentUrl: status?.environment_url || status?.target_url || undefined,
    ...(typeof status?.state === 'string' ? { deploymentState: status.state } : {}),
    serverUrl,
    runUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    ...(env.GITHUB_JOB ? { job: { id: env.GITHUB_JOB, workflow: env.GITHUB_WORKFLOW ?? '', ...workflowFile(env.GITHUB_WORKFLOW_REF) } } : {}),
    ...(env.GITHUB_RUN_ID && env.GITHUB_RUN_ATTEMPT ? { run: { id: env.GITHUB_RUN_ID, attempt: env.GITHUB_RUN_ATTEMPT, ...(env.GITHUB_ACTION ? { step: env.GITHUB_ACTION } : {}) } } : {}),
    payload,
  };
}

/**
 * The workflow file's path in GITHUB_WORKFLOW_REF (`octo/preview/.github/workflows/preview.yml@refs/pull/7/merge`):
 * without the repository before it, and without the ref after it, which changes from branch to branch.
 * A file name may hold an `@` (`deploy@v2.yml`): the ref starts at the `@` before `refs/` or a commit
 * id. Else (a ref of another form) at the first `@`, as before.
 */
function workflowFile(ref: string | undefined): { workflowFile?: string } {
  const file = /^[^/]+\/[^/]+\/(.+?)@(?:refs\/|[0-9a-f]{40}$)/.exec(ref ?? '')?.[1] ?? /^[^/]+\/[^/]+\/([^@]+)(?:@.*)?$/.exec(ref ?? '')?.[1];
  return file ? { workflowFile: file } : {};
}

function readPayload(file: string | undefined): Record<string, unknown> {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}
