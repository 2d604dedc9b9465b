// Each target's outcome in words.
import { throttledRead } from '../../support/failures.js';
import { describe, expect, test } from 'vitest';
import { explainOutcome } from '../../../src/report/explain.js';
import type { TargetResult } from '../../../src/domain/target-result.js';

describe('explainOutcome', () => {
  test.each([
    ['succeeded', 'SUCCEEDED', true, 'the deployment finished (SUCCEEDED) before the cancellation took effect'],
    ['failed', 'FAILED', true, 'the cancellation attempt failed: Proton reports FAILED ("m")'],
    ['failed', 'DELETE_FAILED', true, 'the deployment ended as DELETE_FAILED ("m")'],
    ['timed-out', 'CANCELLING', true, 'still CANCELLING when wait-timeout-seconds (1800 s) ran out'],
    ['not-in-progress', 'SUCCEEDED', true, 'nothing to cancel: no deployment in progress (Proton reports SUCCEEDED)'],
    ['submitted', 'CANCELLING', false, 'cancellation requested: Proton reports CANCELLING; not waiting for the end (wait is false)'],
    ['interrupted', 'CANCELLING', true, 'interrupted while Proton reported CANCELLING: the cancellation requested stands; its end is not known'],
  ] as const)('%s (%s, wait %s)', (outcome, status, wait, text) => {
    const result: TargetResult = {
      target: { type: 'environment', name: 'e' },
      outcome,
      deployment: { status, statusMessage: 'm' },
      waitedMs: 0,
    };
    expect(explainOutcome(result, { wait, waitTimeoutSeconds: 1800 })).toBe(text);
  });
});

describe('explainOutcome says what else the step learnt', () => {
  const base: TargetResult = { target: { type: 'environment', name: 'e' }, outcome: 'cancelled', deployment: { id: 'd-1', status: 'CANCELLED' }, waitedMs: 20_000 };
  const settings = { wait: true, waitTimeoutSeconds: 60 };

  test('a newer deployment: the id reported is ours, from the history', () => {
    expect(explainOutcome({ ...base, newerDeploymentId: 'd-2' }, settings)).toBe(
      "Proton reports CANCELLED after 20 s (deployment d-1, from Proton's deployment history: a newer deployment d-2 has started since)",
    );
  });
  test('someone else was already cancelling', () => {
    expect(explainOutcome({ ...base, alreadyCancelling: true }, settings)).toBe(
      'Proton reports CANCELLED after 20 s; the cancellation was already under way when this step asked, started by someone else',
    );
  });
  test('timed out while status reads were failing', () => {
    const result: TargetResult = { ...base, outcome: 'timed-out', deployment: { status: 'CANCELLING' }, readFailure: throttledRead(5) };
    expect(explainOutcome(result, settings)).toBe(
      'still CANCELLING when wait-timeout-seconds (60 s) ran out; status reads were failing: Proton throttled GetEnvironment on all 5 attempts: raise max-attempts, or cancel fewer deployments at once. AWS said: Rate exceeded',
    );
  });
});
