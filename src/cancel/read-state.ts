import { stopSignal } from '../lib/stop.js';
import { assertRequestFailed } from '../proton/api.js';
import type { Failure } from '../domain/failure.js';
import { errorKindOf, isDefinitive } from '../proton/failure-kinds.js';
import { readResource } from '../proton/resource-requests.js';
import type { ProtonResource, Target } from '../domain/resources.js';
import type { ErrorKind } from '../domain/target-result.js';
import type { CancellationContext } from './cancellation-context.js';

export type State = { kind: 'read'; resource: ProtonResource | undefined } | { kind: 'failed'; failure: Failure; errorKind: ErrorKind };

/** Reads the resource; when the step waits, a read that fails for a passing reason is tried again each interval. */
export async function readState(target: Target, ctx: CancellationContext): Promise<State> {
  const signal = stopSignal(ctx.stop);
  for (;;) {
    try {
      return { kind: 'read', resource: await readResource(ctx.api, target, ctx.stop) };
    } catch (error) {
      assertRequestFailed(error);
      const failure: Failure = { kind: 'request', request: error, target, region: ctx.region, during: 'read', ...(ctx.dryRun ? { dryRun: true } : {}) };
      if (!ctx.wait || error.stoppedBy || isDefinitive(error)) return { kind: 'failed', failure, errorKind: errorKindOf(error, 'read') };
      ctx.progress.tell(target, { kind: 'read-failed', failure });
    }
    await ctx.clock.sleep(ctx.pollIntervalMs, signal);
  }
}
