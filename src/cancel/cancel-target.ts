// One target: ask Proton to cancel its deployment (first making sure it is in scope, when the step is
// scoped) and, if asked to wait, follow that deployment until Proton says where it ended.
import { followDeployment, type FollowContext } from '../follow/follow-deployment.js';
import { isStillDeploying, outcomeOfEndStatus } from '../domain/outcome.js';
import { assertRequestFailed } from '../proton/api.js';
import { readDeployment } from '../proton/deployment-history.js';
import type { Failure } from '../domain/failure.js';
import { readResource } from '../proton/resource-requests.js';
import type { ProtonResource, Target } from '../domain/resources.js';
import { isScoped, type Scope } from '../domain/scope.js';
import { givenDeployment, latestDeployment, type ResultFacts, type TargetResult } from '../domain/target-result.js';
import { checkTarget } from './check-target.js';
import { requestCancellation, type Cancellation } from './request-cancellation.js';

export interface TargetContext extends FollowContext {
  wait: boolean;
}

export async function cancelTarget(target: Target, scope: Scope, ctx: TargetContext): Promise<TargetResult> {
  const startedAt = ctx.clock.now();
  const done = (facts: ResultFacts): TargetResult => ({
    ...facts,
    target,
    ...(scope.deploymentId ? { deployment: givenDeployment(facts.deployment, scope.deploymentId) } : {}),
    waitedMs: ctx.clock.now() - startedAt,
  });
  const known = (resource: ProtonResource | undefined): Pick<ResultFacts, 'resource' | 'deployment'> =>
    resource ? { resource, deployment: latestDeployment(resource) } : {};

  const asked = await ask(target, scope, ctx);
  switch (asked.kind) {
    case 'failed':
      return done({
        outcome: 'error',
        failure: asked.failure,
        errorKind: asked.errorKind,
        ...known(asked.resource),
      });
    case 'nothing-to-cancel': {
      const seen = { ...(asked.resource ? { resource: asked.resource } : {}), deployment: asked.deployment };
      if (asked.leftAlone) return done({ outcome: 'left-running', ...seen, leftAlone: asked.leftAlone });
      return done({ outcome: 'not-in-progress', ...seen, ...(asked.newerDeploymentId ? { newerDeploymentId: asked.newerDeploymentId } : {}) });
    }
    case 'accepted':
    case 'already-cancelling':
      break;
  }

  const alreadyCancelling = asked.kind === 'already-cancelling' ? { alreadyCancelling: true } : {};
  let resource = asked.resource;
  const deployment = latestDeployment(resource);
  if (asked.kind === 'accepted') {
    ctx.progress.tell(target, { kind: 'cancel-requested', deployment });
    const instead = scope.deploymentId && deployment.id && deployment.id !== scope.deploymentId ? deployment.id : undefined;
    if (instead) return done(await raced(target, scope.deploymentId!, instead, resource, ctx));
  }
  const statusKnown = deployment.status !== undefined;
  if (statusKnown && !isStillDeploying(deployment.status)) {
    return done({ outcome: outcomeOfEndStatus(deployment.status), ...known(resource), ...alreadyCancelling });
  }

  if (!ctx.wait) {
    // An answer without a status is read once, so `submitted` is only said of a deployment still moving.
    let readFailure: Failure | undefined;
    if (!statusKnown) {
      try {
        resource = await readResource(ctx.api, target, ctx.stop);
      } catch (error) {
        assertRequestFailed(error);
        readFailure = { kind: 'request', request: error, target, region: ctx.region, during: 'read' };
      }
    }
    const now = latestDeployment(resource);
    const outcome = now.status && !isStillDeploying(now.status) ? outcomeOfEndStatus(now.status) : 'submitted';
    if (outcome !== 'submitted') return done({ outcome, ...known(resource), ...alreadyCancelling });
    return done({ outcome, ...known(resource), ...alreadyCancelling, ...(readFailure ? { readFailure } : {}) });
  }

  const followed = await followDeployment(target, { resource, deployment, readFirst: !statusKnown }, ctx);
  const seen = { ...(followed.resource ? { resource: followed.resource } : {}), deployment: followed.deployment };
  const { end } = followed;
  if (end.kind === 'error') {
    return done({
      outcome: 'error',
      ...seen,
      failure: end.failure,
      errorKind: end.errorKind,
    });
  }
  const newer = followed.newerDeploymentId ? { newerDeploymentId: followed.newerDeploymentId } : {};
  // Once the cancellation was accepted, a signal only stops the step watching it (interrupted: the
  // cancellation stands); the deadline ends the wait (timed-out).
  if (end.kind === 'stopped') {
    return done({
      outcome: end.by === 'interrupt' ? 'interrupted' : 'timed-out',
      ...seen,
      ...alreadyCancelling,
      ...newer,
      ...(followed.readFailure ? { readFailure: followed.readFailure } : {}),
    });
  }
  return done({ outcome: outcomeOfEndStatus(followed.deployment.status), ...seen, ...alreadyCancelling, ...newer });
}

/** The cancel request, after making sure (when scoped) that the deployment in progress is in scope. */
async function ask(target: Target, scope: Scope, ctx: TargetContext): Promise<Cancellation> {
  if (isScoped(scope)) {
    const check = await checkTarget(target, scope, ctx);
    if (check.kind !== 'in-scope') return check;
    if (check.status === 'CANCELLING') {
      ctx.progress.tell(target, { kind: 'already-cancelling', when: 'found' });
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
async function raced(target: Target, id: string, instead: string, resource: ProtonResource | undefined, ctx: TargetContext): Promise<ResultFacts> {
  ctx.progress.tell(target, { kind: 'cancel-reached-newer', instead, given: id });
  let deployment: TargetResult['deployment'] = { id };
  try {
    deployment = await readDeployment(ctx.api, target, id, ctx.stop);
  } catch (error) {
    assertRequestFailed(error);
  }
  return { outcome: 'not-in-progress', ...(resource ? { resource } : {}), deployment, cancelledInstead: instead };
}
