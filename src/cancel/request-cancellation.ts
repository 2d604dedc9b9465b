// Ask Proton to cancel one target's deployment, and make sense of a ConflictException. Proton answers
// Conflict when nothing is IN_PROGRESS, but the answer alone does not say what is going on, so the
// resource is read: CANCELLING means someone else is already cancelling (the deployment still moves);
// IN_PROGRESS means a new deployment started between the calls (or the Conflict was stale), so the
// cancel is asked again, if that deployment is in scope; only an end status means nothing to cancel.
import { assertRequestFailed, type RequestFailed } from '../proton/api.js';
import { stopSignal, whatStopped } from '../lib/stop.js';
import { credentialsExpiredAfter, describeRequestFailure, errorKindOf, isConflict, mayHaveTakenEffect } from '../proton/errors.js';
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
  | { kind: 'failed'; error: string; errorKind: ErrorKind; resource?: ProtonResource; credentialsExpiredAfterMs?: number };

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
        const expiredAfter = credentialsExpiredAfter(error);
        return {
          kind: 'failed',
          errorKind: errorKindOf(error, 'cancel'),
          error: withConsequence(describeRequestFailure(error, { target, region: ctx.region, ifCredentialsExpired: 'The cancellation was not made.' }), error),
          ...(expiredAfter !== undefined ? { credentialsExpiredAfterMs: expiredAfter } : {}),
        };
      }
      earlierAttemptUnanswered = mayHaveTakenEffect(error);
    }

    const state = await readState(target, ctx);
    if (state.kind === 'failed') {
      return { kind: 'failed', errorKind: state.errorKind, error: `Proton answered ${type.cancelOperation} with ConflictException, and the state could not be read: ${state.error}` };
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
        error: `Proton refused ${type.cancelOperation} with ConflictException ${conflicts + 1} times while ${type.readOperation} reported the deployment IN_PROGRESS: the deployment was not cancelled. Run the step again, or cancel it in the Proton console.`,
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
        error: `${type.cancelOperation} met ConflictException while the deployment was IN_PROGRESS, and ${stopped === 'interrupt' ? 'the step was interrupted' : 'wait-timeout-seconds ran out'} before it could ask again: the deployment was not cancelled.`,
      };
    }
  }
}

/** Whether a cancel request that failed may still have cancelled the deployment, said plainly. */
function withConsequence(description: string, failure: RequestFailed): string {
  if (failure.last?.kind === 'api-error' || failure.last?.kind === 'client-error') return description;
  return mayHaveTakenEffect(failure)
    ? `${description} The cancellation may or may not have been made: check the resource in the Proton console.`
    : `${description} The cancellation was not made.`;
}
