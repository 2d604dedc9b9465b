// How a deployment's status maps to the outcome a workflow branches on.

import { isMoving, type DeploymentStatus } from './deployment-status.js';

/** Most severe first: with several targets, the step's `outcome` is the first one any target has. */
export const OUTCOMES = [
  'error',
  'failed',
  'timed-out',
  // A signal (the run was cancelled, the step timed out) stopped the wait before the end: the
  // cancellation already requested stands; where it ended is not known.
  'interrupted',
  'succeeded',
  // The guard left a deployment in progress running: it started before the job armed the guard.
  'left-running',
  // dry-run: the deployment is IN_PROGRESS and would be cancelled.
  'would-cancel',
  'not-in-progress',
  // wait: false: the cancellation is under way; the step did not wait for its end.
  'submitted',
  'cancelled',
] as const;

/** Outcomes that fail the step whatever fail-on says. */
export const ALWAYS_FAILING: readonly Outcome[] = ['error', 'interrupted'];

export type Outcome = (typeof OUTCOMES)[number];

export function isOutcome(word: string): word is Outcome {
  return (OUTCOMES as readonly string[]).includes(word);
}

/** Proton is still working on the deployment (or on cancelling it). */
export function isStillDeploying(status: DeploymentStatus | undefined): boolean {
  // A resource without a status has not told us where it ended, so keep waiting for one.
  return status === undefined || isMoving(status);
}

/** The outcomes of a deployment that stopped moving by itself. */
export type EndOutcome = Extract<Outcome, 'cancelled' | 'succeeded' | 'failed'>;

/** The outcome of a deployment that has stopped moving. */
export function outcomeOfEndStatus(status: string | undefined): EndOutcome {
  if (status === 'CANCELLED') return 'cancelled';
  if (status === 'SUCCEEDED') return 'succeeded';
  return 'failed';
}

export function mostSevere(outcomes: readonly Outcome[]): Outcome | undefined {
  return OUTCOMES.find((outcome) => outcomes.includes(outcome));
}
