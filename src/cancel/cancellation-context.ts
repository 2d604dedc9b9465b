// What checking, reading and cancelling a target share: the following's context (the API, the clock,
// the stop signals, progress) and whether the step will wait.
import type { FollowContext } from '../follow/follow-deployment.js';

export type CancellationContext = Omit<FollowContext, 'random'> & {
  /** Whether the step will wait: then a read that fails for a passing reason is tried again. */
  wait: boolean;
};
