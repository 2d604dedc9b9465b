// Why the action retries by itself, pinned against the SDK it bundles (@aws-sdk/client-proton
// 3.1029.0 on @smithy/core 3.41.1), so that a dependency update that changes any of it fails here
// and the comments in proton/client.ts and docs/behaviour.md's "Retries" get another look.
import { ProtonClient, GetEnvironmentCommand } from '@aws-sdk/client-proton';
import { StandardRetryStrategy } from '@smithy/core/retry';
import { expect, test } from 'vitest';
import { createProtonClient } from '../../src/proton/client.js';
import { TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY } from '../support/run-action.js';
import { useEmulator } from '../support/use-emulator.js';

const emulator = useEmulator();
const credentials = { accessKeyId: TEST_ACCESS_KEY_ID, secretAccessKey: TEST_SECRET_ACCESS_KEY };

test('what we rely on: the client the action makes sends one request per attempt, whatever AWS_MAX_ATTEMPTS and AWS_RETRY_MODE say', async () => {
  const env = { AWS_MAX_ATTEMPTS: '10', AWS_RETRY_MODE: 'adaptive', AWS_ACCESS_KEY_ID: TEST_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: TEST_SECRET_ACCESS_KEY };
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const created = await createProtonClient({ region: 'us-east-1', endpointUrl: emulator.url }, { ...process.env, ...env });
    if (!('proton' in created)) throw new Error(JSON.stringify(created.problems));
    emulator.inject({ kind: 'throttle', operation: 'GetEnvironment', times: Infinity });
    await expect(created.proton.read({ type: 'environment', name: 'any' }, { abortSignal: new AbortController().signal })).rejects.toMatchObject({ name: 'ThrottlingException' });
    // The tally behind "throttled on every attempt (N)" is ours only if the SDK made no attempt of its own.
    expect(emulator.operations()).toEqual(['GetEnvironment']);
  } finally {
    process.env = saved;
  }
});

test('no longer true: the SDK used to sleep out its retry pause; it now ends it when the abort signal fires', async () => {
  const client = new ProtonClient({ region: 'us-east-1', endpoint: emulator.url, credentials, maxAttempts: 3 });
  // A Retry-After of 30 s makes the SDK's pause at least 5 s (it honours a hint up to 5 s past its own backoff).
  emulator.inject({ kind: 'throttle', operation: 'GetEnvironment', retryAfterSeconds: 30, times: Infinity });
  const abort = new AbortController();
  void emulator.received('GetEnvironment').then(() => setTimeout(() => abort.abort(), 50));
  const started = performance.now();
  await expect(client.send(new GetEnvironmentCommand({ name: 'any' }), { abortSignal: abort.signal })).rejects.toBeDefined();
  expect(emulator.operations()).toEqual(['GetEnvironment']);
  // Not a measure of speed: the pause was at least 5 s, and it did not run out.
  expect(performance.now() - started).toBeLessThan(4000);
  client.destroy();
});

test('why we still retry by ourselves: the SDK spends every throttled retry from one quota per client, and then gives up', async () => {
  // The SDK's standard mode, with its pauses made zero so the quota can be counted quickly.
  const strategy = new StandardRetryStrategy({ maxAttempts: 1000, backoff: { computeNextBackoffDelay: () => 0, setDelayBase: () => undefined } });
  let granted = 0;
  let refused = false;
  let token = await strategy.acquireInitialRetryToken('');
  while (!refused && granted < 10_000) {
    try {
      token = await strategy.refreshRetryTokenForRetry(token, { errorType: 'THROTTLING' });
      granted += 1;
    } catch {
      refused = true;
    }
  }
  // A fleet of a thousand throttled cancellations shares one client: after this many retries in all,
  // none would be tried again, which is giving up early. The action's own loop has no such quota.
  expect(refused).toBe(true);
  expect(granted).toBe(100);
});
