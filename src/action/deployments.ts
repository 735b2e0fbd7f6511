// `baseline-environment: NAME`: the URL of the latest successful deployment of that environment,
// from the GitHub deployments API (deployments of the environment, newest first, then each one's
// statuses, newest first; the first deployment whose latest status is `success` gives its
// environment_url, or target_url). Never fatal: when it cannot be found the run goes on without
// a comparison, and the caller says why in one warning.
import { describeGitHubFailure, refusedByGitHub } from '../errors/github-api.js';
import { openGitHubClient } from './github-client.js';

/** Deployments looked at, newest first: older ones are not what runs now. */
const DEPLOYMENTS_LOOKED_AT = 10;
const API_DEADLINE_MS = 30_000;

export type BaselineLookup = { readonly url: string } | { readonly warning: string };

export interface DeploymentTarget {
  readonly token: string;
  /** `owner/name`. */
  readonly repository?: string;
  readonly environment: string;
}

export async function findBaselineDeployment(target: DeploymentTarget): Promise<BaselineLookup> {
  const { environment } = target;
  const without = 'the run goes on without a baseline comparison';
  const [owner, repo] = (target.repository ?? '').split('/');
  if (!owner || !repo) return { warning: `baseline-environment ${environment}: GITHUB_REPOSITORY is not set, so its deployments cannot be read; ${without}.` };
  if (!target.token) return { warning: `baseline-environment ${environment}: no github-token to read deployments with; ${without}.` };
  const client = openGitHubClient(target.token, API_DEADLINE_MS);
  try {
    const { data: deployments } = await client.rest.repos.listDeployments({ owner, repo, environment, per_page: DEPLOYMENTS_LOOKED_AT });
    for (const deployment of deployments) {
      const { data: statuses } = await client.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: deployment.id, per_page: 1 });
      const latest = statuses[0];
      const url = latest?.environment_url || latest?.target_url;
      if (latest?.state === 'success' && url) return { url };
    }
    const none = deployments.length === 0 ? 'has no deployment' : `has no successful deployment with a URL among its latest ${deployments.length}`;
    return { warning: `baseline-environment ${environment}: the environment ${none} in ${owner}/${repo}; ${without}. Check the environment's name (Settings › Environments).` };
  } catch (error) {
    if (refusedByGitHub(error)) {
      return { warning: `baseline-environment ${environment}: GitHub refused to list deployments (403/404): give the job \`permissions: deployments: read\`; ${without}.` };
    }
    return { warning: `baseline-environment ${environment}: ${describeGitHubFailure(error, 'reading deployments')} ${without[0]!.toUpperCase()}${without.slice(1)}.` };
  } finally {
    client.done();
  }
}
