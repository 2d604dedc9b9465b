// Every wait of a request (backoff after throttling, Retry-After, a reply that never comes) ends at
// the deadline or on a signal, and the step says what really happened.
import { expect, test, vi } from 'vitest';
import { systemClock } from '../../src/lib/clock.js';
import { useCancelHarness } from '../support/cancel-harness.js';
import { freshTarget } from '../support/targets.js';

const h = useCancelHarness();
const emulator = h.emulator;

test('Retry-After is honoured before the next attempt', async () => {
  emulator.inject({ kind: 'throttle', operation: 'CancelEnvironmentDeployment', retryAfterSeconds: 7 });
  const result = await h.one(freshTarget('environment'), { readsUntilEnd: 1 });
  expect(result.outcome).toBe('cancelled');
  // With no jitter, the backoff is exactly what the server asked for; then one poll interval.
  expect(h.clock.sleeps).toEqual([7000, 10_000]);
});

test('the deadline ends a backoff at once: "throttled on every attempt until wait-timeout-seconds ran out"', async () => {
  const target = freshTarget('environment');
  emulator.inject({ kind: 'throttle', operation: 'CancelEnvironmentDeployment', retryAfterSeconds: 30, times: Infinity });
  const started = performance.now();
  const result = await h.one(target, {}, { waitTimeoutSeconds: 0.5 }, { clock: systemClock });

  expect(result.outcome).toBe('error');
  expect(result.error).toBe(
    'Proton throttled CancelEnvironmentDeployment on every attempt (1) until wait-timeout-seconds ran out. The cancellation was not made.',
  );
  expect(emulator.requests).toHaveLength(1);
  // Not a measure of speed: the server asked for 30 s, and the step must not sit that out.
  expect(performance.now() - started).toBeLessThan(10_000);
});

test('a signal ends a backoff at once, and the message says the step was interrupted', async () => {
  const target = freshTarget('component');
  emulator.inject({ kind: 'throttle', operation: 'CancelComponentDeployment', retryAfterSeconds: 30, times: Infinity });
  const interrupt = new AbortController();
  void emulator.received('CancelComponentDeployment').then(() => setTimeout(() => interrupt.abort(), 50));
  const result = await h.one(target, {}, {}, { clock: systemClock, interrupt: interrupt.signal });
  expect(result.outcome).toBe('error');
  expect(result.error).toMatch(/on every attempt \(1\) until the step was interrupted\. The cancellation was not made\.$/);
});

test('an attempt that gets no answer is abandoned after its time limit and retried', async () => {
  const target = freshTarget('service-pipeline');
  emulator.inject({ kind: 'hang', operation: 'CancelServicePipelineDeployment' });
  const result = await h.one(target, { readsUntilEnd: 0 }, {}, { clock: systemClock, attemptTimeoutMs: 200 });
  expect(result.outcome).toBe('cancelled');
  expect(emulator.operations()).toEqual(['CancelServicePipelineDeployment', 'CancelServicePipelineDeployment']);
  await vi.waitFor(() => expect(emulator.inFlight).toBe(0));
});

test('attempts that never get an answer: the error names the time limit and says the cancellation may have been made', async () => {
  const target = freshTarget('environment');
  emulator.inject({ kind: 'hang', operation: 'CancelEnvironmentDeployment', times: Infinity });
  const result = await h.one(target, {}, { maxAttempts: 2 }, { clock: systemClock, attemptTimeoutMs: 150 });
  expect(result.error).toBe(
    `Proton did not answer CancelEnvironmentDeployment within 0.15 s on all 2 attempts: check the network and endpoint-url. The cancellation may or may not have been made: check the resource in the Proton console.`,
  );
});

test('a mix of failures until the deadline is tallied', async () => {
  const target = freshTarget('environment');
  emulator.inject({ kind: 'internal', operation: 'CancelEnvironmentDeployment', times: 1 });
  emulator.inject({ kind: 'drop', operation: 'CancelEnvironmentDeployment', times: 1 });
  emulator.inject({ kind: 'hang', operation: 'CancelEnvironmentDeployment', times: Infinity });
  const result = await h.one(target, {}, { waitTimeoutSeconds: 1, maxAttempts: 10 }, { clock: systemClock });
  expect(result.error).toMatch(
    /^CancelEnvironmentDeployment failed on every attempt \(1 HTTP 500, 1 ECONNRESET, 1 without an answer\) until wait-timeout-seconds ran out\. The cancellation may or may not have been made/,
  );
});

test('after throttling, requests are paced: a throttled fleet sends fewer requests than an unthrottled one would', async () => {
  // Throttled for good: without pacing, each of the 10 targets would spend all 5 attempts at once.
  const targets = Array.from({ length: 10 }, () => freshTarget('component'));
  for (const target of targets) emulator.addTarget(target, {});
  emulator.inject({ kind: 'throttle', times: Infinity });
  const results = await h.run(targets, { waitTimeoutSeconds: 1.5, maxAttempts: 5 }, { clock: systemClock, random: () => 0 });
  expect(results.every((r) => r.outcome === 'error')).toBe(true);
  expect(emulator.requests.length).toBeLessThan(10 * 5);
  expect(results.some((r) => /until wait-timeout-seconds ran out|was not sent before/.test(r.error ?? ''))).toBe(true);
});
