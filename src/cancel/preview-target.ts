// dry-run: the same check a scoped cancel makes, and no cancel request of any kind. A deployment in
// progress and in scope would be cancelled; anything else would be left as it is.
import type { Target } from '../domain/resources.js';
import type { Scope } from '../domain/scope.js';
import { givenDeployment, latestDeployment, type TargetResult } from '../domain/target-result.js';
import { checkTarget, type Check } from './check-target.js';
import type { TargetContext } from './cancel-target.js';

export async function previewTarget(target: Target, scope: Scope, ctx: TargetContext): Promise<TargetResult> {
  const startedAt = ctx.clock.now();
  const check = await checkTarget(target, scope, ctx);
  const waitedMs = ctx.clock.now() - startedAt;
  const result = previewOf(target, check, ctx);
  return { ...result, ...(scope.deploymentId ? { deployment: givenDeployment(result.deployment, scope.deploymentId) } : {}), waitedMs };
}

function previewOf(target: Target, check: Check, ctx: TargetContext): Omit<TargetResult, 'waitedMs'> {
  switch (check.kind) {
    case 'failed':
      return {
        target,
        outcome: 'error',
        error: check.error,
        errorKind: check.errorKind,
        ...(check.resource ? { resource: check.resource, deployment: latestDeployment(check.resource) } : {}),
      };
    case 'nothing-to-cancel':
      return {
        target,
        outcome: check.leftAlone ? 'left-running' : 'not-in-progress',
        ...(check.resource ? { resource: check.resource } : {}),
        deployment: check.deployment,
        ...(check.newerDeploymentId ? { newerDeploymentId: check.newerDeploymentId } : {}),
        ...(check.leftAlone ? { leftAlone: check.leftAlone } : {}),
      };
    case 'in-scope': {
      const deployment = latestDeployment(check.resource);
      // A deployment already CANCELLING needs no cancel from this step.
      const wouldCancel = check.status === 'IN_PROGRESS';
      ctx.progress.info(
        target,
        wouldCancel
          ? `would cancel deployment ${deployment.id ?? '(no id)'} (IN_PROGRESS); dry run, no cancel request made`
          : `already CANCELLING, so nothing to cancel; dry run, no cancel request made`,
      );
      return {
        target,
        outcome: wouldCancel ? 'would-cancel' : 'not-in-progress',
        resource: check.resource,
        deployment,
        ...(wouldCancel ? {} : { alreadyCancelling: true }),
      };
    }
  }
}
