// What a ConflictException on the cancel means depends on where the resource is, so the action reads
// it: CANCELLING is someone else's cancellation (followed to its end), IN_PROGRESS means asking again,
// and only an end status means there is nothing to cancel. Over the client seam, in virtual time; the
// lost reply, which only the wire can show, is tested in test/integration/conflicts.test.ts.
import { describe, expect, test } from 'vitest';
import { CONFLICT_RETRIES } from '../../../src/cancel/request-cancellation.js';
import { useCancelHarness } from '../../support/cancel-harness.js';
import { freshTarget } from '../../support/targets.js';

const h = useCancelHarness({ inProcess: true });
const emulator = h.emulator;

describe('Conflict, and the resource reads CANCELLING: someone else is already cancelling', () => {
  test.each([
    ['CANCELLED', 'cancelled'],
    ['FAILED', 'failed'],
    ['SUCCEEDED', 'succeeded'],
  ] as const)('with wait, it is followed to its end (%s) and reported as if this step had cancelled it', async (endsAs, outcome) => {
    const target = freshTarget('service-instance');
    const result = await h.one(target, { status: 'CANCELLING', cancelEndsAs: endsAs, readsUntilEnd: 2 });

    expect(result.outcome).toBe(outcome);
    expect(result.deployment?.status).toBe(endsAs);
    expect(result.alreadyCancelling).toBe(true);
    // One cancel (answered Conflict), the read that explains it, then the reads of the wait: no second cancel.
    expect(emulator.operations()).toEqual([
      'CancelServiceInstanceDeployment',
      'GetServiceInstance',
      'GetServiceInstance',
    ]);
    expect(h.progress.texts()).toContainEqual(expect.stringMatching(/^already CANCELLING when this step asked .*someone else started the cancellation, who is unknown/));
  });

  test('without wait, it is submitted, and said to be someone else’s', async () => {
    const result = await h.one(freshTarget('environment'), { status: 'CANCELLING', readsUntilEnd: 5 }, { wait: false });
    expect(result.outcome).toBe('submitted');
    expect(result.alreadyCancelling).toBe(true);
    expect(emulator.operations()).toEqual(['CancelEnvironmentDeployment', 'GetEnvironment']);
  });
});

describe('Conflict, and the resource reads IN_PROGRESS: the cancel is asked again', () => {
  test('a stale Conflict: the second cancel is accepted and followed', async () => {
    const target = freshTarget('component');
    emulator.inject({ kind: 'conflict', operation: 'CancelComponentDeployment' });
    const result = await h.one(target, { readsUntilEnd: 1 });

    expect(result.outcome).toBe('cancelled');
    expect(result.alreadyCancelling).toBeUndefined();
    expect(emulator.operations()).toEqual(['CancelComponentDeployment', 'GetComponent', 'CancelComponentDeployment', 'GetComponent']);
    expect(h.progress.texts()).toContainEqual(expect.stringMatching(/ConflictException but reports IN_PROGRESS .*asking again \(1 of 3\)/));
  });

  test(`asked at most ${CONFLICT_RETRIES} more times, then an error that says the deployment was not cancelled`, async () => {
    const target = freshTarget('environment');
    emulator.inject({ kind: 'conflict', operation: 'CancelEnvironmentDeployment', times: Infinity });
    const result = await h.one(target, {});

    expect(result.outcome).toBe('error');
    expect(result.error).toBe(
      `Proton refused CancelEnvironmentDeployment with ConflictException ${CONFLICT_RETRIES + 1} times while GetEnvironment reported the deployment IN_PROGRESS: the deployment was not cancelled. Run the step again, or cancel it in the Proton console.`,
    );
    expect(emulator.operations().filter((op) => op === 'CancelEnvironmentDeployment')).toHaveLength(CONFLICT_RETRIES + 1);
    // What was learnt is kept: the ARN and the deployment that is still in progress.
    expect(result.resource?.arn).toContain(`environment/${target.name}`);
    expect(result.deployment).toMatchObject({ status: 'IN_PROGRESS', id: emulator.deploymentIdOf('environment', target.name) });
  });
});

describe('Conflict, and the resource reads an end status: nothing to cancel', () => {
  test.each([['SUCCEEDED'], ['FAILED'], ['CANCELLED'], ['DELETE_FAILED']])('%s', async (status) => {
    const result = await h.one(freshTarget('service-pipeline'), { status });
    expect(result.outcome).toBe('not-in-progress');
    expect(result.deployment?.status).toBe(status);
    expect(emulator.operations()).toEqual(['CancelServicePipelineDeployment', 'GetService']);
  });
});

describe('reading the state after a Conflict', () => {
  test('a read that fails for a passing reason is tried again (with wait)', async () => {
    const target = freshTarget('environment');
    emulator.inject({ kind: 'internal', operation: 'GetEnvironment', times: 3 });
    const result = await h.one(target, { status: 'SUCCEEDED' });
    expect(result.outcome).toBe('not-in-progress');
    expect(emulator.operations().filter((op) => op === 'GetEnvironment')).toHaveLength(4);
  });

  test('a definitive answer ends the target as error, saying what Proton answered first', async () => {
    emulator.inject({ kind: 'access-denied', operation: 'GetComponent' });
    const result = await h.one(freshTarget('component'), { status: 'SUCCEEDED' });
    expect(result.outcome).toBe('error');
    expect(result.error).toMatch(/^Proton answered CancelComponentDeployment with ConflictException, and the state could not be read: Access denied to GetComponent/);
  });
});
