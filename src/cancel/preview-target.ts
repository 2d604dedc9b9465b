// dry-run: the same check a scoped cancel makes, and no cancel request of any kind. A deployment in
// progress and in scope would be cancelled; anything else would be left as it is.
import type { Target } from '../domain/resources.js';
import type { Scope } from '../domain/scope.js';
import { givenDeployment, latestDeployment, type ResultFacts, type TargetResult } from '../domain/target-result.js';
import { checkTarget, type Check } from './check-target.js';
import type { TargetContext } from './cancel-target.js';

export async function previewTarget(target: Target, scope: Scope, ctx: TargetContext): Promise<TargetResult> {
  const startedAt = ctx.clock.now();
  const check = await checkTarget(target, scope, ctx);
  const waitedMs = ctx.clock.now() - startedAt;
  const facts = previewOf(target, check, ctx);
  return { ...facts, target, ...(scope.deploymentId ? { deployment: givenDeployment(facts.deployment, scope.deploymentId) } : {}), waitedMs };
}

function previewOf(target: Target, check: Check, ctx: TargetContext): ResultFacts {
  switch (check.kind) {
    case 'failed':
      return {
        outcome: 'error',
        failure: check.failure,
        errorKind: check.errorKind,
        ...(check.resource ? { resource: check.resource, deployment: latestDeployment(check.resource) } : {}),
      };
    case 'nothing-to-cancel': {
      const seen = { ...(check.resource ? { resource: check.resource } : {}), deployment: check.deployment };
      if (check.leftAlone) return { outcome: 'left-running', ...seen, leftAlone: check.leftAlone };
      return { outcome: 'not-in-progress', ...seen, ...(check.newerDeploymentId ? { newerDeploymentId: check.newerDeploymentId } : {}) };
    }
    case 'in-scope': {
      const deployment = latestDeployment(check.resource);
      // A deployment already CANCELLING needs no cancel from this step.
      const wouldCancel = check.status === 'IN_PROGRESS';
      ctx.progress.tell(target, { kind: 'dry-run', wouldCancel, deploymentId: deployment.id });
      return wouldCancel
        ? { outcome: 'would-cancel', resource: check.resource, deployment }
        : { outcome: 'not-in-progress', resource: check.resource, deployment, alreadyCancelling: true };
    }
  }
}
