// Proton's deployment history: where one deployment ended, found by its id. A resource only shows
// its latest deployment, so once a newer one has started, this is the only way to learn how the
// deployment the step acted on ended.
import { DEPLOYMENT_HISTORY_OPERATION, type Target } from '../domain/resources.js';
import type { DeploymentState } from '../domain/target-result.js';
import type { ProtonApi } from './api.js';
import type { Stop } from '../lib/stop.js';

export async function readDeployment(api: ProtonApi, target: Target, id: string, stop: Stop): Promise<DeploymentState> {
  const deployment = await api.call(DEPLOYMENT_HISTORY_OPERATION, (proton, options) => proton.getDeployment(target, id, options), stop);
  // Only the status: the deployment's initialState and targetState carry specs, which never leave the step.
  return {
    id,
    ...(deployment?.deploymentStatus ? { status: deployment.deploymentStatus } : {}),
    ...(deployment?.deploymentStatusMessage ? { statusMessage: deployment.deploymentStatusMessage } : {}),
  };
}
