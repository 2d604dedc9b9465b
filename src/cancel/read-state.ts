import { stopSignal } from '../lib/stop.js';
import { assertRequestFailed } from '../proton/api.js';
import { describeRequestFailure, errorKindOf, isDefinitive } from '../proton/errors.js';
import { readResource } from '../proton/resource-requests.js';
import type { ProtonResource, Target } from '../domain/resources.js';
import type { ErrorKind } from '../domain/target-result.js';
import type { CancellationContext } from './cancellation-context.js';

export type State = { kind: 'read'; resource: ProtonResource | undefined } | { kind: 'failed'; error: string; errorKind: ErrorKind };

/** Reads the resource; when the step waits, a read that fails for a passing reason is tried again each interval. */
export async function readState(target: Target, ctx: CancellationContext): Promise<State> {
  const signal = stopSignal(ctx.stop);
  for (;;) {
    try {
      return { kind: 'read', resource: await readResource(ctx.api, target, ctx.stop) };
    } catch (error) {
      assertRequestFailed(error);
      const what = describeRequestFailure(error, { target, region: ctx.region, dryRun: ctx.dryRun });
      if (!ctx.wait || error.stoppedBy || isDefinitive(error)) return { kind: 'failed', error: what, errorKind: errorKindOf(error, 'read') };
      ctx.progress.tell(target, { kind: 'read-failed', what });
    }
    await ctx.clock.sleep(ctx.pollIntervalMs, signal);
  }
}
