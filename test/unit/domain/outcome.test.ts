import { expect, test } from 'vitest';
import { DEPLOYMENT_STATUSES, type DeploymentStatus } from '../../../src/domain/deployment-status.js';
import { isStillDeploying, mostSevere, outcomeOfEndStatus, type Outcome } from '../../../src/domain/outcome.js';

const ENDS: ReadonlyArray<[DeploymentStatus, Outcome]> = [
  ['CANCELLED', 'cancelled'],
  ['SUCCEEDED', 'succeeded'],
  ['FAILED', 'failed'],
  ['DELETE_IN_PROGRESS', 'failed'],
  ['DELETE_FAILED', 'failed'],
  ['DELETE_COMPLETE', 'failed'],
];

test.each(ENDS)('%s ends as %s', (status, outcome) => {
  expect(isStillDeploying(status)).toBe(false);
  expect(outcomeOfEndStatus(status)).toBe(outcome);
});

test.each([['IN_PROGRESS'], ['CANCELLING'], [undefined]] as Array<[DeploymentStatus | undefined]>)('%s is still deploying', (status) => {
  expect(isStillDeploying(status)).toBe(true);
});

test('every status of the API either still moves or ends with an outcome', () => {
  const ends = ENDS.map(([status]) => status);
  for (const status of DEPLOYMENT_STATUSES) expect(ends.includes(status) !== isStillDeploying(status), status).toBe(true);
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
