// Ask Proton to cancel one target's deployment, and make sense of a ConflictException. Proton answers
// Conflict when nothing is IN_PROGRESS, but the answer alone does not say what is going on, so the
// resource is read: CANCELLING means someone else is already cancelling (the deployment still moves);
// IN_PROGRESS means a new deployment started between the calls (or the Conflict was stale), so the
// cancel is asked again, if that deployment is in scope; only an end status means nothing to cancel.
import { assertRequestFailed } from '../proton/api.js';
import { stopSignal, whatStopped } from '../lib/stop.js';
import type { Failure } from '../domain/failure.js';
import { errorKindOf, isConflict, mayHaveTakenEffect } from '../proton/failure-kinds.js';
import { sendCancelRequest } from '../proton/resource-requests.js';
import { resourceType, type ProtonResource, type Target } from '../domain/resources.js';
import type { Scope } from '../domain/scope.js';
import type { ErrorKind } from '../domain/target-result.js';
import type { CancellationContext } from './cancellation-context.js';
import { assess, type Check } from './check-target.js';
import { readState } from './read-state.js';

/** How often a Conflict is met by asking again while the resource reads IN_PROGRESS. */
export const CONFLICT_RETRIES = 3;
export const CONFLICT_RETRY_PAUSE_MS = 1000;

export type Cancellation =
  /** Proton accepted the cancel request. The resource is undefined when its answer had no body. */
  | { kind: 'accepted'; resource: ProtonResource | undefined }
  /** The deployment was already CANCELLING when the step asked. */
  | { kind: 'already-cancelling'; resource: ProtonResource }
  | Extract<Check, { kind: 'nothing-to-cancel' }>
  | { kind: 'failed'; failure: Failure; errorKind: ErrorKind; resource?: ProtonResource };

export async function requestCancellation(target: Target, scope: Scope, ctx: CancellationContext): Promise<Cancellation> {
  const { api, stop, progress } = ctx;
  const type = resourceType(target.type);

  for (let conflicts = 0; ; conflicts++) {
    let earlierAttemptUnanswered: boolean;
    try {
      return { kind: 'accepted', resource: await sendCancelRequest(api, target, stop) };
    } catch (error) {
      assertRequestFailed(error);
      if (!isConflict(error)) {
        return { kind: 'failed', errorKind: errorKindOf(error, 'cancel'), failure: { kind: 'request', request: error, target, region: ctx.region, during: 'cancel' } };
      }
      earlierAttemptUnanswered = mayHaveTakenEffect(error);
    }

    const state = await readState(target, ctx);
    if (state.kind === 'failed') {
      return { kind: 'failed', errorKind: state.errorKind, failure: { kind: 'conflict-then-unreadable', cancelOperation: type.cancelOperation, read: state.failure } };
    }
    const check = await assess(target, state.resource, scope, ctx);
    if (check.kind === 'failed') return check;
    if (check.kind === 'nothing-to-cancel') {
      if (!check.leftAlone && check.newerDeploymentId === undefined) {
        progress.tell(target, { kind: 'nothing-in-progress', status: check.deployment.status });
      }
      return check;
    }
    const { resource } = check;
    if (check.status === 'CANCELLING') {
      progress.tell(target, { kind: 'already-cancelling', when: earlierAttemptUnanswered ? 'after-unanswered-attempt' : 'after-conflict' });
      return { kind: 'already-cancelling', resource };
    }
    if (conflicts >= CONFLICT_RETRIES) {
      return {
        kind: 'failed',
        errorKind: 'not-made',
        resource,
        failure: { kind: 'conflict-persists', cancelOperation: type.cancelOperation, readOperation: type.readOperation, times: conflicts + 1 },
      };
    }
    progress.tell(target, { kind: 'conflict-asking-again', attempt: conflicts + 1, of: CONFLICT_RETRIES });
    await ctx.clock.sleep(CONFLICT_RETRY_PAUSE_MS, stopSignal(stop));
    const stopped = whatStopped(stop);
    if (stopped) {
      return {
        kind: 'failed',
        errorKind: 'not-made',
        resource,
        failure: { kind: 'conflict-then-stopped', cancelOperation: type.cancelOperation, by: stopped },
      };
    }
  }
}
