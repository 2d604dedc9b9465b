// Which of a target's deployments this step may cancel: the one given in deployment-id, and, in the
// guard's post step, only one attempted since the guard armed (less an allowance). Without either,
// whatever is in progress.
import type { DeploymentState } from './target-result.js';

/** Allowance for clock skew between the runner and AWS, and for a deploy started in the same breath as the guard. */
export const GUARD_ALLOWANCE_MS = 60_000;

export interface Scope {
  /** Only this deployment (deployment-id). */
  deploymentId?: string;
  /** The guard's rule: only a deployment attempted at or after this time (ms since the epoch). */
  attemptedSince?: number;
}

/** The guard's scope for a post step armed at `armedAt`. */
export function guardScope(armedAt: number): Required<Pick<Scope, 'attemptedSince'>> {
  return { attemptedSince: armedAt - GUARD_ALLOWANCE_MS };
}

/** Whether the step must read a target before cancelling, to know the deployment in progress is in scope. */
export function isScoped(scope: Scope): boolean {
  return scope.deploymentId !== undefined || scope.attemptedSince !== undefined;
}

/** A deployment in progress the scope excludes, and why. */
export type Exclusion = { why: 'other-deployment' } | { why: 'started-before-guard'; attemptedAt?: Date };

export function exclusion(latest: DeploymentState, attemptedAt: Date | undefined, scope: Scope): Exclusion | undefined {
  if (scope.deploymentId !== undefined && latest.id !== scope.deploymentId) return { why: 'other-deployment' };
  if (startedBeforeGuard(attemptedAt, scope)) return { why: 'started-before-guard', ...(attemptedAt ? { attemptedAt } : {}) };
  return undefined;
}

/** The guard's rule: a deployment that did not start since it armed (or does not say when) is not the job's. */
export function startedBeforeGuard(attemptedAt: Date | undefined, scope: Scope): boolean {
  return scope.attemptedSince !== undefined && !(attemptedAt && attemptedAt.getTime() >= scope.attemptedSince);
}
