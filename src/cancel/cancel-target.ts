// One target: ask Proton to cancel its deployment (first making sure it is in scope, when the step is
// scoped) and, if asked to wait, follow that deployment until Proton says where it ended.
import { followDeployment, statusLine, type FollowContext, type Followed } from '../follow/follow-deployment.js';
import { isStillDeploying, outcomeOfEndStatus, type Outcome } from '../domain/outcome.js';
import { assertRequestFailed } from '../proton/api.js';
import { readDeployment } from '../proton/deployment-history.js';
import { describeRequestFailure } from '../proton/errors.js';
import { readResource } from '../proton/resource-requests.js';
import type { ProtonResource, Target } from '../domain/resources.js';
import { isScoped, type Scope } from '../domain/scope.js';
import { givenDeployment, latestDeployment, type TargetResult } from '../domain/target-result.js';
import { checkTarget } from './check-target.js';
import { requestCancellation, type Cancellation } from './request-cancellation.js';

export interface TargetContext extends FollowContext {
  wait: boolean;
}

type Facts = Omit<TargetResult, 'target' | 'outcome' | 'waitedMs'>;

export async function cancelTarget(target: Target, scope: Scope, ctx: TargetContext): Promise<TargetResult> {
  const startedAt = ctx.clock.now();
  const done = (outcome: Outcome, facts: Facts): TargetResult => ({
    target,
    outcome,
    ...facts,
    ...(scope.deploymentId ? { deployment: givenDeployment(facts.deployment, scope.deploymentId) } : {}),
    waitedMs: ctx.clock.now() - startedAt,
  });
  const known = (resource: ProtonResource | undefined): Pick<TargetResult, 'resource' | 'deployment'> =>
    resource ? { resource, deployment: latestDeployment(resource) } : {};

  const asked = await ask(target, scope, ctx);
  switch (asked.kind) {
    case 'failed':
      return done('error', {
        error: asked.error,
        errorKind: asked.errorKind,
        ...known(asked.resource),
        ...(asked.credentialsExpiredAfterMs !== undefined ? { credentialsExpired: { afterMs: asked.credentialsExpiredAfterMs, cancellationStands: false } } : {}),
      });
    case 'nothing-to-cancel':
      return done(asked.leftAlone ? 'left-running' : 'not-in-progress', {
        ...(asked.resource ? { resource: asked.resource } : {}),
        deployment: asked.deployment,
        ...(asked.newerDeploymentId ? { newerDeploymentId: asked.newerDeploymentId } : {}),
        ...(asked.leftAlone ? { leftAlone: asked.leftAlone } : {}),
      });
    case 'accepted':
    case 'already-cancelling':
      break;
  }

  const alreadyCancelling = asked.kind === 'already-cancelling' ? { alreadyCancelling: true } : {};
  let resource = asked.resource;
  const deployment = latestDeployment(resource);
  if (asked.kind === 'accepted') {
    ctx.progress.info(
      target,
      resource?.deploymentStatus
        ? `cancellation requested: ${statusLine(deployment)}`
        : "cancellation requested: Proton's answer carried no deployment status, so the step reads it",
    );
    const instead = scope.deploymentId && deployment.id && deployment.id !== scope.deploymentId ? deployment.id : undefined;
    if (instead) return done('not-in-progress', await raced(target, scope.deploymentId!, instead, resource, ctx));
  }
  const statusKnown = deployment.status !== undefined;
  if (statusKnown && !isStillDeploying(deployment.status)) {
    return done(outcomeOfEndStatus(deployment.status), { ...known(resource), ...alreadyCancelling });
  }

  if (!ctx.wait) {
    // An answer without a status is read once, so `submitted` is only said of a deployment still moving.
    let readFailure: string | undefined;
    if (!statusKnown) {
      try {
        resource = await readResource(ctx.api, target, ctx.stop);
      } catch (error) {
        assertRequestFailed(error);
        readFailure = describeRequestFailure(error, { target, region: ctx.region });
      }
    }
    const now = latestDeployment(resource);
    const outcome = now.status && !isStillDeploying(now.status) ? outcomeOfEndStatus(now.status) : 'submitted';
    return done(outcome, { ...known(resource), ...alreadyCancelling, ...(readFailure ? { readFailure } : {}) });
  }

  const followed = await followDeployment(target, { resource, deployment, readFirst: !statusKnown }, ctx);
  return done(outcomeOfFollowing(followed), {
    ...(followed.resource ? { resource: followed.resource } : {}),
    deployment: followed.deployment,
    ...alreadyCancelling,
    ...(followed.end.kind === 'error' ? { error: followed.end.error, errorKind: followed.end.errorKind } : {}),
    ...(followed.end.kind === 'error' && followed.end.credentialsExpiredAfterMs !== undefined
      ? { credentialsExpired: { afterMs: followed.end.credentialsExpiredAfterMs, cancellationStands: true } }
      : {}),
    ...(followed.newerDeploymentId ? { newerDeploymentId: followed.newerDeploymentId } : {}),
    ...(followed.readFailure ? { readFailure: followed.readFailure } : {}),
  });
}

/** The cancel request, after making sure (when scoped) that the deployment in progress is in scope. */
async function ask(target: Target, scope: Scope, ctx: TargetContext): Promise<Cancellation> {
  if (isScoped(scope)) {
    const check = await checkTarget(target, scope, ctx);
    if (check.kind !== 'in-scope') return check;
    if (check.status === 'CANCELLING') {
      ctx.progress.info(target, 'already CANCELLING: someone else started the cancellation, who is unknown; following it to its end');
      return { kind: 'already-cancelling', resource: check.resource };
    }
  }
  return requestCancellation(target, scope, ctx);
}

/**
 * Proton cancels "the deployment in progress", not one by id: when the given deployment ended and a
 * newer one started between the step's read and its cancel, the newer one was cancelled. Say so, and
 * report the given deployment's own end from the history.
 */
async function raced(target: Target, id: string, instead: string, resource: ProtonResource | undefined, ctx: TargetContext): Promise<Facts> {
  ctx.progress.info(target, `the cancel request reached deployment ${instead}, which started after deployment ${id} ended`);
  let deployment: TargetResult['deployment'] = { id };
  try {
    deployment = await readDeployment(ctx.api, target, id, ctx.stop);
  } catch (error) {
    assertRequestFailed(error);
  }
  return { ...(resource ? { resource } : {}), deployment, cancelledInstead: instead, newerDeploymentId: instead };
}

// Once the cancellation was accepted, a signal only stops the step watching it (interrupted: the
// cancellation stands); the deadline ends the wait (timed-out).
function outcomeOfFollowing({ end, deployment }: Followed): Outcome {
  switch (end.kind) {
    case 'ended':
      return outcomeOfEndStatus(deployment.status);
    case 'stopped':
      return end.by === 'interrupt' ? 'interrupted' : 'timed-out';
    case 'error':
      return 'error';
  }
}
