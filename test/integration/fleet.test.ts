// A fleet: every cancel request goes out at once (what is bounded is requests in flight, not targets
// being followed), and status reads stay at one per interval per target. Real time, short intervals.
import { expect, test } from 'vitest';
import { MAX_REQUESTS_IN_FLIGHT } from '../../src/cancel/cancel-deployments.js';
import { systemClock } from '../../src/clock.js';
import { useCancelHarness } from '../support/cancel-harness.js';
import { freshTarget } from '../support/targets.js';

const h = useCancelHarness();
const emulator = h.emulator;

test('100 targets: every cancel request is sent before any target is polled, within the in-flight bound', async () => {
  const targets = Array.from({ length: 100 }, () => freshTarget('environment'));
  for (const target of targets) emulator.addTarget(target, { readsUntilEnd: 2 });
  emulator.inject({ kind: 'delay', delayMs: 20, operation: 'CancelEnvironmentDeployment', times: Infinity });

  const results = await h.run(targets, { pollIntervalSeconds: 1.5 }, { clock: systemClock, random: Math.random });

  expect(results.map((r) => r.outcome)).toEqual(targets.map(() => 'cancelled'));
  const operations = emulator.operations();
  expect(operations.filter((op) => op === 'CancelEnvironmentDeployment')).toHaveLength(100);
  expect(operations.indexOf('GetEnvironment')).toBe(100);
  expect(emulator.peakInFlight).toBeLessThanOrEqual(MAX_REQUESTS_IN_FLIGHT);

  // Each target is read exactly as often as its deployment needed, never twice within an interval.
  for (const target of targets) {
    const reads = emulator.requests.filter((r) => r.operation === 'GetEnvironment' && r.input.name === target.name);
    expect(reads).toHaveLength(2);
    expect(reads[1]!.at - reads[0]!.at).toBeGreaterThanOrEqual(1500 - 1);
  }
});

test('20 targets whose status reads are throttled for a while: none gives up, all end cancelled', async () => {
  const targets = Array.from({ length: 20 }, () => freshTarget('service-instance')).map((t, _, all) => ({ ...t, serviceName: all[0]!.serviceName! }));
  for (const target of targets) emulator.addTarget(target, { readsUntilEnd: 1 });
  emulator.inject({ kind: 'throttle', operation: 'GetServiceInstance', forMs: 1500 });

  const results = await h.run(targets, { pollIntervalSeconds: 0.2, waitTimeoutSeconds: 60 }, { clock: systemClock, random: Math.random });

  expect(results.map((r) => r.outcome)).toEqual(targets.map(() => 'cancelled'));
  // The reads were really throttled, and said so once per target that kept failing, not per poll.
  expect(emulator.operations().filter((op) => op === 'GetServiceInstance').length).toBeGreaterThan(20);
  const failing = h.progress.events.filter((e) => e.kind === 'readsFailing');
  expect(new Set(failing.map((e) => e.target)).size).toBe(failing.length);
});
