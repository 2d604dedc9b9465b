// The real ProtonClient against the Proton emulator over HTTP on 127.0.0.1; time is virtual, so
// waits of minutes take milliseconds and their timings are exact.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { MAX_REQUESTS_IN_FLIGHT } from '../../src/cancel/cancel-all-targets.js';
import { systemClock } from '../../src/lib/clock.js';
import type { Target } from '../../src/domain/resources.js';
import { SECRET_MARKER } from '../emulator/proton-emulator.js';
import { useCancelHarness } from '../support/cancel-harness.js';
import { freshTarget } from '../support/targets.js';

const h = useCancelHarness();
const emulator = h.emulator;

const READS: Record<Target['type'], { cancel: string; read: string; input: (t: Target) => Record<string, string> }> = {
  environment: { cancel: 'CancelEnvironmentDeployment', read: 'GetEnvironment', input: (t) => ({ name: t.name }) },
  'service-instance': {
    cancel: 'CancelServiceInstanceDeployment',
    read: 'GetServiceInstance',
    input: (t) => ({ name: t.name, serviceName: t.serviceName! }),
  },
  'service-pipeline': { cancel: 'CancelServicePipelineDeployment', read: 'GetService', input: (t) => ({ name: t.name }) },
  component: { cancel: 'CancelComponentDeployment', read: 'GetComponent', input: (t) => ({ name: t.name }) },
};

describe.each(['environment', 'service-instance', 'service-pipeline', 'component'] as const)('%s', (type) => {
  test('cancels, polls every poll-interval-seconds and ends as cancelled', async () => {
    const target = freshTarget(type);
    const result = await h.one(target, { readsUntilEnd: 3 });

    expect(result.outcome).toBe('cancelled');
    expect(result.deployment?.status).toBe('CANCELLED');
    expect(result.resource?.arn).toMatch(/^arn:aws:proton:eu-west-1:111122223333:/);
    expect(result.waitedMs).toBe(30_000);
    expect(h.clock.sleeps).toEqual([10_000, 10_000, 10_000]);
    const { cancel, read, input } = READS[type];
    expect(emulator.operations()).toEqual([cancel, read, read, read]);
    expect(emulator.requests[1]?.input).toEqual(input(target));
    expect(emulator.requests.every((r) => r.region === 'eu-west-1' && r.accessKeyId === 'AKIAINTEGRATION0TEST')).toBe(true);
  });

  test('nothing in progress: reads the resource and reports not-in-progress', async () => {
    const result = await h.one(freshTarget(type), { status: 'SUCCEEDED' });
    expect(result.outcome).toBe('not-in-progress');
    expect(result.deployment?.status).toBe('SUCCEEDED');
    expect(emulator.operations()).toEqual([READS[type].cancel, READS[type].read]);
  });

  test('not found names the region (the target is named beside it, wherever it is shown)', async () => {
    const target = freshTarget(type);
    const [result] = await h.run([target]);
    expect(result?.outcome).toBe('error');
    expect(result?.error).toContain('Not found in eu-west-1: check the name');
    expect(result?.errorKind).toBe('not-found');
  });

  test('access denied names the IAM actions and the resource ARN to allow', async () => {
    const target = freshTarget(type);
    emulator.inject({ kind: 'access-denied', operation: READS[type].cancel });
    const result = await h.one(target, {});
    expect(result.outcome).toBe('error');
    expect(result.errorKind).toBe('access-denied');
    expect(result.error).toMatch(
      new RegExp(`^Access denied to ${READS[type].cancel}: allow proton:${READS[type].cancel} on arn:aws:proton:eu-west-1:\\*:\\S+ for the role this step uses \\(the step also calls proton:${READS[type].read} there\\)\\. AWS said: `),
    );
  });

  test('access denied links to the IAM policy of the version being run, when the runner says which it is', async () => {
    vi.stubEnv('GITHUB_ACTION_REPOSITORY', 'acme/cancel-proton-deployment');
    vi.stubEnv('GITHUB_ACTION_REF', 'v1.2.0');
    emulator.inject({ kind: 'access-denied', operation: READS[type].cancel });
    const result = await h.one(freshTarget(type), {});
    expect(result.error).toContain('(IAM policy: https://github.com/acme/cancel-proton-deployment/blob/v1.2.0/README.md#credentials-and-iam)');
    vi.stubEnv('GITHUB_ACTION_REPOSITORY', '');
    emulator.inject({ kind: 'access-denied', operation: READS[type].cancel });
    expect((await h.one(freshTarget(type), {})).error).not.toMatch(/README|IAM policy/);
  });

  test('a dry run denied its read is told to allow that read, and nothing it does not call', async () => {
    const target = freshTarget(type);
    emulator.inject({ kind: 'access-denied', operation: READS[type].read });
    const result = await h.one(target, {}, { dryRun: true });
    expect(result.outcome).toBe('error');
    expect(result.error).toMatch(new RegExp(`^Access denied to ${READS[type].read}: allow proton:${READS[type].read} on arn:aws:proton:eu-west-1:\\*:\\S+ for the role this step uses\\. AWS said: `));
    expect(result.error).not.toContain('Cancel');
  });
});

describe('where a cancellation ends', () => {
  test('FAILED: the cancellation attempt failed', async () => {
    const result = await h.one(freshTarget('environment'), { cancelEndsAs: 'FAILED', endMessage: 'rollback failed' });
    expect(result.outcome).toBe('failed');
    expect(result.deployment?.statusMessage).toBe('rollback failed');
  });

  test('SUCCEEDED: the deployment finished before the cancellation took effect', async () => {
    const result = await h.one(freshTarget('component'), { cancelEndsAs: 'SUCCEEDED' });
    expect(result.outcome).toBe('succeeded');
  });

  test('still CANCELLING when wait-timeout-seconds runs out: timed-out, and no read after the deadline', async () => {
    const result = await h.one(freshTarget('environment'), { cancelEndsAs: 'never' }, { waitTimeoutSeconds: 35 });
    expect(result.outcome).toBe('timed-out');
    expect(result.deployment?.status).toBe('CANCELLING');
    // Reads at 10, 20 and 30 s; the sleep that crosses 35 s ends the wait without another read.
    expect(emulator.operations().filter((op) => op === 'GetEnvironment')).toHaveLength(3);
  });

  test('wait: false reports submitted after the one cancel request', async () => {
    const result = await h.one(freshTarget('service-pipeline'), { readsUntilEnd: 5 }, { wait: false });
    expect(result.outcome).toBe('submitted');
    expect(result.deployment?.status).toBe('CANCELLING');
    expect(emulator.operations()).toEqual(['CancelServicePipelineDeployment']);
  });

  test('a cancellation that ends at once needs no read', async () => {
    const result = await h.one(freshTarget('environment'), { readsUntilEnd: 0 });
    expect(result.outcome).toBe('cancelled');
    expect(emulator.operations()).toEqual(['CancelEnvironmentDeployment']);
  });

  test('an older resource without deployment ids still works', async () => {
    const result = await h.one(freshTarget('service-instance'), { legacy: true });
    expect(result.outcome).toBe('cancelled');
    expect(result.deployment?.id).toBeUndefined();
  });

  test('the raw resource keeps Dates and the spec; only outputs strip it (see the end-to-end leak checks)', async () => {
    const result = await h.one(freshTarget('component'), {});
    expect((result.resource as Record<string, unknown>).createdAt).toBeInstanceOf(Date);
    expect(JSON.stringify(result.resource)).toContain(SECRET_MARKER);
  });
});

describe('several targets', () => {
  test('are handled concurrently, each to its own end, reported in input order', async () => {
    const targets = [freshTarget('environment'), freshTarget('environment'), freshTarget('environment')];
    emulator.addTarget(targets[0]!, { readsUntilEnd: 2 });
    emulator.addTarget(targets[1]!, { status: 'FAILED' });
    emulator.addTarget(targets[2]!, { cancelEndsAs: 'FAILED' });
    emulator.inject({ kind: 'delay', delayMs: 200, operation: 'CancelEnvironmentDeployment', times: 3 });
    const results = await h.run(targets);
    expect(results.map((r) => [r.target.name, r.outcome])).toEqual([
      [targets[0]!.name, 'cancelled'],
      [targets[1]!.name, 'not-in-progress'],
      [targets[2]!.name, 'failed'],
    ]);
    // Each cancel request is held 200 ms: all three were open at once.
    expect(emulator.peakInFlight).toBe(3);
  });

  test(`at most ${MAX_REQUESTS_IN_FLIGHT} requests in flight, however many targets`, async () => {
    const targets = Array.from({ length: MAX_REQUESTS_IN_FLIGHT + 3 }, () => freshTarget('component'));
    for (const target of targets) emulator.addTarget(target, { readsUntilEnd: 0 });
    emulator.inject({ kind: 'delay', delayMs: 200, times: Infinity });
    const results = await h.run(targets);
    expect(results.every((r) => r.outcome === 'cancelled')).toBe(true);
    // Cancel requests take all slots but one, kept for a fleet's status reads.
    expect(emulator.peakInFlight).toBe(MAX_REQUESTS_IN_FLIGHT - 1);
  });

  test('an error on one target does not stop the others', async () => {
    const missing = freshTarget('component');
    const present = freshTarget('component');
    emulator.addTarget(present, {});
    const results = await h.run([missing, present]);
    expect(results.map((r) => r.outcome)).toEqual(['error', 'cancelled']);
  });
});

describe('retries and failures of the cancel request', () => {
  test('throttling is retried', async () => {
    emulator.inject({ kind: 'throttle', operation: 'CancelEnvironmentDeployment', times: 2 });
    const result = await h.one(freshTarget('environment'), {});
    expect(result.outcome).toBe('cancelled');
    expect(emulator.operations().filter((op) => op === 'CancelEnvironmentDeployment')).toHaveLength(3);
  });

  test('a throttled cancel is not given up for having used max-attempts: only the deadline ends it, saying so', async () => {
    emulator.inject({ kind: 'throttle', times: Infinity });
    const result = await h.one(freshTarget('environment'), {}, { maxAttempts: 2, waitTimeoutSeconds: 30 });
    expect(result.outcome).toBe('error');
    expect(result.error).toMatch(/^Proton throttled CancelEnvironmentDeployment on every attempt \(\d+\) until wait-timeout-seconds ran out\. The cancellation was not made\.$/);
    expect(emulator.requests.length).toBeGreaterThan(10);
  });

  test('throttling that passes after more than max-attempts: the cancellation is made', async () => {
    emulator.inject({ kind: 'throttle', times: 6 });
    const result = await h.one(freshTarget('environment'), { readsUntilEnd: 0 }, { maxAttempts: 2 });
    expect(result.outcome).toBe('cancelled');
    expect(emulator.operations().filter((op) => op === 'CancelEnvironmentDeployment')).toHaveLength(7);
  });

  test('a status read still keeps max-attempts when throttled: the next poll asks again', async () => {
    emulator.inject({ kind: 'throttle', operation: 'GetEnvironment', times: 3 });
    const result = await h.one(freshTarget('environment'), { readsUntilEnd: 1 }, { maxAttempts: 2 });
    expect(result.outcome).toBe('cancelled');
    expect(h.progress.texts('debug').some((t) => /the status read failed \(1 in a row\): Proton throttled GetEnvironment on all 2 attempts/.test(t))).toBe(true);
  });

  test.each([['internal'], ['drop'], ['bad-gateway'], ['empty-error']] as const)('a passing %s fault is retried', async (kind) => {
    emulator.inject({ kind, times: 1 });
    const result = await h.one(freshTarget('component'), {});
    expect(result.outcome).toBe('cancelled');
  });

  test('5xx that never stops names the status and the attempts, and says the cancellation may have been made', async () => {
    emulator.inject({ kind: 'internal', times: Infinity });
    const result = await h.one(freshTarget('component'), {});
    expect(result.error).toMatch(/with InternalServerException \(HTTP 500 \(Internal Server Error\)\) on all 3 attempts/);
    expect(result.error).toContain('The cancellation may or may not have been made: check the resource in the Proton console.');
  });

  test('Proton rejecting a name is reported as invalid', async () => {
    // Inputs are validated first, so only a caller that skips them can send a bad name.
    const [result] = await h.run([{ type: 'environment', name: 'bad name' }]);
    expect(result?.error).toMatch(/^Proton rejected CancelEnvironmentDeployment as invalid/);
  });

  test('expired credentials say what to check', async () => {
    emulator.inject({ kind: 'expired-token' });
    const result = await h.one(freshTarget('environment'), {});
    expect(result.error).toMatch(/^AWS rejected the step's credentials as expired \(ExpiredTokenException\) on CancelEnvironmentDeployment.*The cancellation was not made\. .*configure-aws-credentials/);
    expect(result.credentialsExpired).toEqual({ afterMs: 0, cancellationStands: false });
  });

  test('no credentials: one clear error per target and no request at all', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', '');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', '');
    vi.stubEnv('AWS_PROFILE', '');
    vi.stubEnv('HOME', mkdtempSync(join(tmpdir(), 'no-aws-')));
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
    const results = await h.run([freshTarget('environment'), freshTarget('environment')]);
    expect(results.map((r) => r.outcome)).toEqual(['error', 'error']);
    expect(results[0]?.error).toMatch(/^No AWS credentials found .*aws-actions\/configure-aws-credentials/);
    expect(emulator.requests).toHaveLength(0);
  });

  test('nothing listening: the connection error is named', async () => {
    const [result] = await h.run([freshTarget('environment')], { endpointUrl: 'http://127.0.0.1:9', maxAttempts: 1 });
    expect(result?.error).toMatch(/^Could not reach Proton for CancelEnvironmentDeployment \(ECONNREFUSED\)/);
    expect(result?.error).toMatch(/The cancellation was not made\.$/);
  });
});

describe('stopping early (real time, short)', () => {
  test('the deadline aborts a request Proton never answers', async () => {
    const target = freshTarget('environment');
    emulator.inject({ kind: 'hang', operation: 'GetEnvironment' });
    emulator.addTarget(target, { readsUntilEnd: 3 });
    const [result] = await h.run([target], { waitTimeoutSeconds: 0.6, pollIntervalSeconds: 0.1 }, { clock: systemClock });
    expect(result?.outcome).toBe('timed-out');
    await vi.waitFor(() => expect(emulator.inFlight).toBe(0));
  });

  test('the deadline during the cancel request itself is an error: the cancellation may have been made', async () => {
    const target = freshTarget('environment');
    emulator.inject({ kind: 'hang', operation: 'CancelEnvironmentDeployment' });
    emulator.addTarget(target, {});
    const [result] = await h.run([target], { waitTimeoutSeconds: 0.3 }, { clock: systemClock });
    expect(result?.outcome).toBe('error');
    expect(result?.error).toBe(
      `Proton had not answered CancelEnvironmentDeployment when wait-timeout-seconds ran out. The cancellation may or may not have been made: check the resource in the Proton console.`,
    );
  });

  test('an interruption while waiting aborts the open request and reports interrupted', async () => {
    const target = freshTarget('service-instance');
    emulator.inject({ kind: 'hang', operation: 'GetServiceInstance' });
    emulator.addTarget(target, { readsUntilEnd: 3 });
    const interrupt = new AbortController();
    setTimeout(() => interrupt.abort(), 300);
    const [result] = await h.run([target], { pollIntervalSeconds: 0.05 }, { clock: systemClock, interrupt: interrupt.signal });
    expect(result?.outcome).toBe('interrupted');
    expect(result?.deployment?.status).toBe('CANCELLING');
    await vi.waitFor(() => expect(emulator.inFlight).toBe(0));
  });
});
