// Which targets fail the step: error and interrupted always, and the outcomes fail-on lists.
import { ALWAYS_FAILING, type Outcome } from '../domain/outcome.js';

export function failsStep(outcome: Outcome, failOn: readonly Outcome[]): boolean {
  return ALWAYS_FAILING.includes(outcome) || failOn.includes(outcome);
}
