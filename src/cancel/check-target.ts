// Before a scoped cancel (deployment-id, the guard's rule) and in a dry run, the step reads the
// target and decides what may be cancelled: only a deployment in progress and in scope. A deployment
// the scope excludes is left alone; the one given in deployment-id, when it is no longer the latest,
// is looked up in Proton's deployment history so its own status is reported.
import { isMoving, type MovingStatus } from '../domain/deployment-status.js';
import { assertRequestFailed } from '../proton/api.js';
import { readDeployment } from '../proton/deployment-history.js';
import { apiErrorTypeOf, type Failure } from '../domain/failure.js';
import { errorKindOf } from '../proton/failure-kinds.js';
import type { ProtonResource, Target } from '../domain/resources.js';
import { exclusion, type Scope } from '../domain/scope.js';
import { latestDeployment, type DeploymentState, type ErrorKind, type LeftAlone } from '../domain/target-result.js';
import { readState } from './read-state.js';
import type { CancellationContext } from './cancellation-context.js';

export type Check =
  /** The latest deployment is in scope and still moving: IN_PROGRESS (to cancel) or CANCELLING (being cancelled). */
  | { kind: 'in-scope'; resource: ProtonResource; status: MovingStatus }
  /** Nothing this step may cancel: what Proton says of the deployment in scope, or of the latest. */
  | {
      kind: 'nothing-to-cancel';
      resource: ProtonResource | undefined;
      deployment: DeploymentState;
      newerDeploymentId?: string;
      leftAlone?: LeftAlone;
    }
  | { kind: 'failed'; failure: Failure; errorKind: ErrorKind; resource?: ProtonResource };

export async function checkTarget(target: Target, scope: Scope, ctx: CancellationContext): Promise<Check> {
  const state = await readState(target, ctx);
  if (state.kind === 'failed') return state;
  return assess(target, state.resource, scope, ctx);
}

/** What may be cancelled, given the resource as just read. */
export async function assess(target: Target, resource: ProtonResource | undefined, scope: Scope, ctx: CancellationContext): Promise<Check> {
  const latest = latestDeployment(resource);
  const excluded = exclusion(latest, resource?.lastDeploymentAttemptedAt, scope);

  if (excluded?.why === 'other-deployment' && scope.deploymentId) {
    return ownDeploymentFromHistory(target, resource, scope.deploymentId, latest.id, ctx);
  }
  const status = latest.status;
  if (!isMoving(status) || !resource) return { kind: 'nothing-to-cancel', resource, deployment: latest };
  if (excluded?.why === 'started-before-guard') {
    const leftAlone: LeftAlone = { target, ...(latest.id ? { deploymentId: latest.id } : {}), ...(excluded.attemptedAt ? { attemptedAt: excluded.attemptedAt } : {}) };
    ctx.progress.tell(target, { kind: 'left-alone', leftAlone });
    return { kind: 'nothing-to-cancel', resource, deployment: latest, leftAlone };
  }
  return { kind: 'in-scope', resource, status };
}

async function ownDeploymentFromHistory(
  target: Target,
  resource: ProtonResource | undefined,
  id: string,
  latestId: string | undefined,
  ctx: CancellationContext,
): Promise<Check> {
  try {
    const deployment = await readDeployment(ctx.api, target, id, ctx.stop);
    ctx.progress.tell(target, { kind: 'given-deployment-not-latest', id, status: deployment.status, latestId });
    return { kind: 'nothing-to-cancel', resource, deployment, ...(latestId ? { newerDeploymentId: latestId } : {}) };
  } catch (error) {
    assertRequestFailed(error);
    const unknown = apiErrorTypeOf(error) === 'ResourceNotFoundException';
    return {
      kind: 'failed',
      errorKind: unknown ? 'unknown-deployment' : errorKindOf(error, 'read'),
      ...(resource ? { resource } : {}),
      failure: unknown
        ? { kind: 'unknown-deployment', id, type: target.type }
        : { kind: 'request', request: error, target, region: ctx.region, during: 'read', ...(ctx.dryRun ? { dryRun: true } : {}) },
    };
  }
}
