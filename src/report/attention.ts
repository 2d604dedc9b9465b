// Which targets a person must look at: those whose outcome fails the step, and those worth a warning
// even when it does not (the cancellation failed, the wait ran out, the deployment finished first, or
// a newer deployment was cancelled instead of the one given).
import type { Outcome } from '../outcome.js';
import type { TargetResult } from '../target-result.js';

export function failsStep(outcome: Outcome, failOn: readonly Outcome[]): boolean {
  return outcome === 'error' || failOn.includes(outcome);
}

const WORTH_A_WARNING: readonly Outcome[] = ['failed', 'timed-out', 'succeeded'];

export function needsAttention(result: TargetResult, failOn: readonly Outcome[]): boolean {
  return failsStep(result.outcome, failOn) || WORTH_A_WARNING.includes(result.outcome) || result.cancelledInstead !== undefined;
}
