import { expect, test } from 'vitest';
import { isStillDeploying, mostSevere, outcomeOfEndStatus } from '../../../src/domain/outcome.js';

test.each([
  ['CANCELLED', 'cancelled'],
  ['SUCCEEDED', 'succeeded'],
  ['FAILED', 'failed'],
  ['DELETE_IN_PROGRESS', 'failed'],
  ['DELETE_FAILED', 'failed'],
  ['DELETE_COMPLETE', 'failed'],
])('%s ends as %s', (status, outcome) => {
  expect(isStillDeploying(status)).toBe(false);
  expect(outcomeOfEndStatus(status)).toBe(outcome);
});

test.each([['IN_PROGRESS'], ['CANCELLING'], [undefined]])('%s is still deploying', (status) => {
  expect(isStillDeploying(status)).toBe(true);
});

test('the most severe outcome wins: error > failed > timed-out > interrupted > succeeded > left-running > not-in-progress > submitted > cancelled', () => {
  const order = ['error', 'failed', 'timed-out', 'interrupted', 'succeeded', 'left-running', 'not-in-progress', 'submitted', 'cancelled'] as const;
  for (let i = 0; i < order.length; i++) {
    // Every less severe outcome loses to order[i], whatever their order in the list.
    expect(mostSevere([...order.slice(i + 1), order[i]!].reverse())).toBe(order[i]);
    expect(mostSevere([order[i]!, ...order.slice(i + 1)])).toBe(order[i]);
  }
  expect(mostSevere([])).toBeUndefined();
});
