// Following the deployment the step acted on: by id once a newer one starts (Proton's deployment
// history), and through status reads that fail for reasons that may pass.
import { describe, expect, test, vi } from 'vitest';
import { systemClock } from '../../src/lib/clock.js';
import { FAILED_READS_BEFORE_WARNING } from '../../src/follow/follow-deployment.js';
import type { Target } from '../../src/domain/resources.js';
import { useCancelHarness } from '../support/cancel-harness.js';
import { freshTarget } from '../support/targets.js';

const h = useCancelHarness();
const emulator = h.emulator;

const SCOPES: Record<Target['type'], (t: Target) => Record<string, string>> = {
  environment: (t) => ({ environmentName: t.name }),
  'service-instance': (t) => ({ serviceName: t.serviceName!, serviceInstanceName: t.name }),
  'service-pipeline': (t) => ({ serviceName: t.name }),
  component: (t) => ({ componentName: t.name }),
};

describe('a newer deployment starts while the step waits', () => {
  test.each(['environment', 'service-instance', 'service-pipeline', 'component'] as const)(
    '%s: the step reports how its own deployment ended, from the deployment history',
    async (type) => {
      const target = freshTarget(type);
      // Ours is cancelled; someone then starts a new deployment, which goes on to succeed.
      emulator.addTarget(target, { redeployAfterReads: 1, newDeployment: { finishesAfterReads: 1 } });
      const ours = emulator.deploymentIdOf(type, target.name, target.serviceName);
      const [result] = await h.run([target]);

      expect(result?.outcome).toBe('cancelled');
      expect(result?.deployment).toEqual({ id: ours, status: 'CANCELLED' });
      const newer = emulator.deploymentIdOf(type, target.name, target.serviceName);
      expect(result?.newerDeploymentId).toBe(newer);
      expect(newer).not.toBe(ours);
      // The resource shows the newer deployment; the step asked the history about its own, once.
      expect(result?.resource?.lastAttemptedDeploymentId).toBe(newer);
      const history = emulator.requests.filter((r) => r.operation === 'GetDeployment');
      expect(history.map((r) => r.input)).toEqual([{ id: ours, ...SCOPES[type](target) }]);
      expect(h.progress.texts()).toContainEqual(
        `a newer deployment ${newer} has started, so deployment ${ours} has ended: asking Proton's deployment history how it ended`,
      );
    },
  );

  test('its SUCCEEDED is not mistaken for ours: a FAILED cancellation is reported as failed', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, { cancelEndsAs: 'FAILED', endMessage: 'rollback failed', redeployAfterReads: 2, readsUntilEnd: 5, newDeployment: { finishesAfterReads: 0 } });
    const [result] = await h.run([target]);
    expect(result?.outcome).toBe('failed');
    expect(result?.deployment?.status).toBe('FAILED');
    expect(result?.deployment?.statusMessage).toBe('rollback failed');
  });

  test('the history still shows ours in progress: it is followed there until it ends', async () => {
    const target = freshTarget('component');
    emulator.addTarget(target, { redeployAfterReads: 1 });
    // The history answers slowly at first: two throttled GetDeployment requests (all attempts each).
    emulator.inject({ kind: 'throttle', operation: 'GetDeployment', times: 6 });
    const [result] = await h.run([target]);
    expect(result?.outcome).toBe('cancelled');
    expect(emulator.operations().filter((op) => op === 'GetDeployment')).toHaveLength(7);
    // Once the newer deployment is known, the resource is not read again.
    expect(emulator.operations().filter((op) => op === 'GetComponent')).toHaveLength(1);
  });

  test('without proton:GetDeployment, the target ends as error saying which permission to add, keeping the ids', async () => {
    const target = freshTarget('service-instance');
    emulator.addTarget(target, { redeployAfterReads: 1 });
    const ours = emulator.deploymentIdOf('service-instance', target.name, target.serviceName);
    emulator.inject({ kind: 'access-denied', operation: 'GetDeployment' });
    const [result] = await h.run([target]);

    expect(result?.outcome).toBe('error');
    expect(result?.error).toMatch(
      /^A newer deployment \S+ started, so deployment \S+ has ended, but how it ended could not be read: Access denied to GetDeployment: allow proton:GetDeployment on arn:aws:proton:eu-west-1:\*:deployment\/\*/,
    );
    expect(result?.deployment?.id).toBe(ours);
    expect(result?.resource?.arn).toContain(`service-instance/${target.name}`);
  });
});

describe('status reads that fail do not end the wait', () => {
  // Failures that may pass are retried within a request (max-attempts is 3); the others are not.
  test.each([
    ['throttle', 3, 'Proton throttled GetEnvironment'],
    ['internal', 3, 'InternalServerException (HTTP 500'],
    ['bad-gateway', 3, 'HTTP 502 (Bad Gateway) and a body that is not JSON'],
    ['empty-error', 3, 'HTTP 502 (Bad Gateway) and an empty body'],
    ['drop', 3, 'ECONNRESET'],
    ['not-json', 1, 'HTTP 200 (OK) and a body that is not JSON'],
    ['html-403', 1, 'HTTP 403 (Forbidden) and a body that is not JSON'],
    ['unknown-error', 1, 'failed with BrandNewException (HTTP 400)'],
  ] as const)('%s, for several polls in a row: the step keeps polling and reports where the deployment ended', async (kind, attemptsPerPoll, said) => {
    const target = freshTarget('environment');
    // Every attempt of the first four polls fails.
    emulator.inject({ kind, operation: 'GetEnvironment', times: 4 * attemptsPerPoll });
    const result = await h.one(target, { readsUntilEnd: 1 });

    expect(result.outcome).toBe('cancelled');
    expect(result.readFailure).toBeUndefined();
    const failing = h.progress.events.filter((e) => e.kind === 'readsFailing');
    expect(failing).toHaveLength(1);
    expect(failing[0]?.text).toMatch(new RegExp(`^${FAILED_READS_BEFORE_WARNING}: `));
    expect(failing[0]?.text).toContain(said);
    expect(h.progress.events.filter((e) => e.kind === 'readsRecovered').map((e) => e.text)).toEqual(['4']);
    // Each failure is debug detail, not a line of its own.
    expect(h.progress.texts('debug').filter((t) => t.includes('the status read failed'))).toHaveLength(4);
    expect(h.progress.texts().join('\n')).not.toMatch(/SyntaxError|\$response|Deserialization/);
  });

  test('a read that times out is retried; the failure names the time limit', async () => {
    const target = freshTarget('component');
    emulator.inject({ kind: 'hang', operation: 'GetComponent', times: 2 });
    const result = await h.one(target, { readsUntilEnd: 1 }, { pollIntervalSeconds: 0.05, maxAttempts: 1 }, { clock: systemClock, attemptTimeoutMs: 150 });
    expect(result.outcome).toBe('cancelled');
    expect(h.progress.texts('debug')).toContainEqual(expect.stringContaining('Proton did not answer GetComponent within'));
    expect(h.progress.texts('debug')).toContainEqual(expect.stringContaining('within 0.15 s'));
    await vi.waitFor(() => expect(emulator.inFlight).toBe(0));
  });

  test('reads failing until the deadline: timed-out with the last known state, saying reads were failing', async () => {
    const target = freshTarget('environment');
    emulator.inject({ kind: 'throttle', operation: 'GetEnvironment', times: Infinity });
    const result = await h.one(target, { readsUntilEnd: 1 }, { waitTimeoutSeconds: 60 });

    expect(result.outcome).toBe('timed-out');
    expect(result.deployment?.status).toBe('CANCELLING');
    expect(result.readFailure).toMatch(/Proton throttled GetEnvironment on all \d+ attempts/);
    expect(result.resource?.arn).toContain(target.name);
    // The step kept polling until the deadline, never giving up early.
    expect(result.waitedMs).toBeGreaterThanOrEqual(60_000);
    expect(h.progress.texts('debug').filter((t) => t.includes('the status read failed')).length).toBeGreaterThanOrEqual(4);
  });

  test.each([
    ['not-found', 'Not found in eu-west-1: check the name'],
    ['access-denied', 'Access denied to GetServiceInstance'],
    ['expired-token', "AWS rejected the step's credentials as expired (ExpiredTokenException) on GetServiceInstance"],
  ] as const)('a definitive answer (%s) ends the target early as error, keeping the ARN and deployment id', async (kind, said) => {
    const target = freshTarget('service-instance');
    emulator.inject({ kind, operation: 'GetServiceInstance' });
    const result = await h.one(target, { readsUntilEnd: 3 });

    expect(result.outcome).toBe('error');
    expect(result.error).toContain(said);
    expect(result.resource?.arn).toContain(`service-instance/${target.name}`);
    expect(result.deployment).toMatchObject({ status: 'CANCELLING', id: emulator.deploymentIdOf('service-instance', target.name, target.serviceName) });
    expect(emulator.operations().filter((op) => op === 'GetServiceInstance')).toHaveLength(1);
  });
});

describe('replies that are not what the API promises', () => {
  test('a cancel answered 200 with an empty body: the resource is read at once, then followed', async () => {
    const target = freshTarget('environment');
    emulator.inject({ kind: 'empty-body', operation: 'CancelEnvironmentDeployment' });
    const result = await h.one(target, { readsUntilEnd: 2 });

    expect(result.outcome).toBe('cancelled');
    expect(emulator.operations()).toEqual(['CancelEnvironmentDeployment', 'GetEnvironment', 'GetEnvironment']);
    // The first read came without waiting an interval.
    expect(h.clock.sleeps).toEqual([10_000]);
    expect(h.progress.texts()[0]).toBe("cancellation requested: Proton's answer carried no deployment status, so the step reads it");
  });

  test('the same without wait: one read, then submitted with the status it shows', async () => {
    const target = freshTarget('component');
    emulator.inject({ kind: 'empty-body', operation: 'CancelComponentDeployment' });
    const result = await h.one(target, { readsUntilEnd: 5 }, { wait: false });
    expect(result.outcome).toBe('submitted');
    expect(result.deployment?.status).toBe('CANCELLING');
    expect(emulator.operations()).toEqual(['CancelComponentDeployment', 'GetComponent']);
  });

  test.each([
    ['not-json', 'with HTTP 200 (OK) and a body that is not JSON, which is not an answer from the Proton API', 'may or may not have been made'],
    ['html-403', 'with HTTP 403 (Forbidden) and a body that is not JSON, which is not an answer from the Proton API', 'was not made'],
    ['empty-error', 'Proton failed CancelEnvironmentDeployment with HTTP', 'may or may not have been made'],
  ] as const)('a cancel answered with %s: error naming the operation and the HTTP status', async (kind, said, consequence) => {
    const target = freshTarget('environment');
    emulator.inject({ kind, operation: 'CancelEnvironmentDeployment', times: Infinity });
    const result = await h.one(target, {});
    expect(result.outcome).toBe('error');
    expect(result.error).toContain(said);
    expect(result.error).toContain(consequence);
    expect(result.error).toContain('CancelEnvironmentDeployment');
    expect(result.error).not.toMatch(/SyntaxError|\$response|Deserialization|Unknown/);
  });

  test('an error type the action does not know: its type and message', async () => {
    emulator.inject({ kind: 'unknown-error', operation: 'CancelComponentDeployment' });
    const target = freshTarget('component');
    const result = await h.one(target, {});
    expect(result.error).toBe(
      'CancelComponentDeployment failed with BrandNewException (HTTP 400): Something Proton added after the action was written',
    );
  });
});
