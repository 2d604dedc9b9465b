// A fleet: every cancel request goes out first (what is bounded is requests in flight, not targets
// being followed), cancellations are never given up for throttling, and statuses are read at the
// fewest requests: one listing per poll interval for many targets, a Get each for a few, GetService
// for pipelines. What a list says is trusted as a Get's would be, and what it does not say is read
// once. Over the client seam (the emulator's model in process, no HTTP) in virtual time that wakes
// the earliest sleeper first, so the fleet's shared deadline and poll schedule run exactly.
import { beforeEach, expect, test } from 'vitest';
import { MAX_REQUESTS_IN_FLIGHT } from '../../../src/cancel/cancel-all-targets.js';
import type { Target } from '../../../src/domain/resources.js';
import { useCancelHarness } from '../../support/cancel-harness.js';
import { freshTarget } from '../../support/targets.js';

const h = useCancelHarness({ inProcess: true });
const emulator = h.emulator;
const ops = (name: string): number => emulator.operations().filter((op) => op === name).length;

// Lists show every resource of a type in the account: each test starts from an empty one.
beforeEach(() => emulator.clearResources());

const instancesOf = (count: number): Target[] => {
  const first = freshTarget('service-instance');
  return Array.from({ length: count }, (_, i) => ({ type: 'service-instance', name: `${first.name}i${i}`, serviceName: first.serviceName! }));
};

test('100 environments: every cancel is sent before any poll, and they are polled by list, once per interval', async () => {
  const targets = Array.from({ length: 100 }, () => freshTarget('environment'));
  for (const target of targets) emulator.addTarget(target, { readsUntilEnd: 2 });
  emulator.inject({ kind: 'delay', delayMs: 20, operation: 'CancelEnvironmentDeployment', times: Infinity });

  const results = await h.run(targets, { pollIntervalSeconds: 1 });

  expect(results.map((r) => r.outcome)).toEqual(targets.map(() => 'cancelled'));
  const operations = emulator.operations();
  expect(operations.slice(0, 100)).toEqual(targets.map(() => 'CancelEnvironmentDeployment'));
  expect(emulator.peakInFlight).toBeLessThanOrEqual(MAX_REQUESTS_IN_FLIGHT);
  // Two polls each needed: two listings of one page, a second apart; no Get at all.
  const listings = emulator.requests.filter((r) => r.operation === 'ListEnvironments');
  expect(listings).toHaveLength(2);
  expect(listings[1]!.at - listings[0]!.at).toBe(1000);
  expect(ops('GetEnvironment')).toBe(0);
  // Over the seam, not HTTP: the emulator saw no signed request.
  expect(emulator.requests.every((r) => r.accessKeyId === 'in-process')).toBe(true);
});

test('an account-wide token bucket: every cancellation made, none given up for throttling, few requests beyond the floor', async () => {
  const targets = Array.from({ length: 60 }, () => freshTarget('environment'));
  for (const target of targets) emulator.addTarget(target, { readsUntilEnd: 1 });
  emulator.throttleAt({ ratePerSecond: 20, burst: 10 });

  // One attempt each: any cancel throttled once would be lost if throttling counted as an attempt.
  const results = await h.run(targets, { pollIntervalSeconds: 0.5, maxAttempts: 1, waitTimeoutSeconds: 60 });

  expect(results.filter((r) => r.outcome !== 'cancelled').map((r) => [r.outcome, r.error])).toEqual([]);
  expect(emulator.throttledRequests).toBeGreaterThan(0);
  // The floor: a cancel per target and a listing page per round; throttled requests count too.
  const cancels = emulator.requests.filter((r) => r.operation === 'CancelEnvironmentDeployment');
  const listings = ops('ListEnvironments');
  expect(emulator.requests.length).toBeLessThan(1.5 * (targets.length + listings));
  // While cancellations waited, status reads took at most about a quarter of the requests.
  const lastCancel = cancels.at(-1)!.at;
  const beforeLastCancel = emulator.requests.filter((r) => r.at < lastCancel);
  const reads = beforeLastCancel.filter((r) => !r.operation.startsWith('Cancel')).length;
  expect(reads).toBeLessThanOrEqual(Math.ceil(beforeLastCancel.length * 0.3));
});

test('what a list says is trusted as a Get: a newer deployment is seen and its own end read from the history', async () => {
  const targets = instancesOf(5);
  targets.forEach((target, i) => emulator.addTarget(target, i === 0 ? { redeployAfterReads: 1, newDeployment: {} } : { readsUntilEnd: 1 }));

  const results = await h.run(targets, { pollIntervalSeconds: 0.3 });

  expect(results.map((r) => r.outcome)).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled', 'cancelled']);
  expect(results[0]!.newerDeploymentId).toBeDefined();
  expect(ops('ListServiceInstances')).toBeGreaterThan(0);
  expect(ops('GetServiceInstance')).toBe(0);
  expect(emulator.requests.filter((r) => r.operation === 'GetDeployment').map((r) => r.input.serviceInstanceName)).toEqual([targets[0]!.name]);
});

test('an end the list tells without its message: the message is read once, with a Get, for that target only', async () => {
  const targets = instancesOf(4);
  targets.forEach((target, i) => emulator.addTarget(target, i === 0 ? { cancelEndsAs: 'FAILED', endMessage: 'stack rollback failed' } : { readsUntilEnd: 1 }));
  emulator.summariesWithoutMessages = true;

  const results = await h.run(targets, { pollIntervalSeconds: 0.3 });

  expect(results[0]).toMatchObject({ outcome: 'failed', deployment: { status: 'FAILED', statusMessage: 'stack rollback failed' } });
  expect(emulator.requests.filter((r) => r.operation === 'GetServiceInstance').map((r) => r.input.name)).toEqual([targets[0]!.name]);
});

test('a denied list: the fleet is read one by one instead, said once', async () => {
  const targets = Array.from({ length: 6 }, () => freshTarget('component'));
  for (const target of targets) emulator.addTarget(target, { readsUntilEnd: 1 });
  emulator.inject({ kind: 'access-denied', operation: 'ListComponents', times: Infinity });
  const denied: string[] = [];

  const results = await h.run(targets, { pollIntervalSeconds: 0.3 }, { onListDenied: (operation) => denied.push(operation) });

  expect(results.map((r) => r.outcome)).toEqual(targets.map(() => 'cancelled'));
  expect(denied).toEqual(['ListComponents']);
  expect(ops('ListComponents')).toBe(1);
  expect(ops('GetComponent')).toBe(6);
});

test('per round, by cost: after a listing of 3 pages for 3 targets, the next round is a Get each', async () => {
  for (let i = 0; i < 250; i++) emulator.addTarget(freshTarget('environment'), { status: 'SUCCEEDED' });
  const targets = Array.from({ length: 3 }, () => freshTarget('environment'));
  for (const target of targets) emulator.addTarget(target, { readsUntilEnd: 2 });

  const results = await h.run(targets, { pollIntervalSeconds: 0.3 });

  expect(results.map((r) => r.outcome)).toEqual(['cancelled', 'cancelled', 'cancelled']);
  const reads = emulator.operations().filter((op) => !op.startsWith('Cancel'));
  expect(reads).toEqual(['ListEnvironments', 'ListEnvironments', 'ListEnvironments', 'GetEnvironment', 'GetEnvironment', 'GetEnvironment']);
});

test('a few targets: a Get each, no list', async () => {
  const targets = Array.from({ length: 2 }, () => freshTarget('environment'));
  for (const target of targets) emulator.addTarget(target, { readsUntilEnd: 1 });
  await h.run(targets, { pollIntervalSeconds: 0.3 });
  expect(ops('ListEnvironments')).toBe(0);
  expect(ops('GetEnvironment')).toBe(2);
});

test('pipelines: no list tells their status, so GetService, however many', async () => {
  const targets = Array.from({ length: 5 }, () => freshTarget('service-pipeline'));
  for (const target of targets) emulator.addTarget(target, { readsUntilEnd: 1 });
  const results = await h.run(targets, { pollIntervalSeconds: 0.3 });
  expect(results.map((r) => r.outcome)).toEqual(targets.map(() => 'cancelled'));
  expect(ops('GetService')).toBe(5);
});

test('20 instances whose listings are throttled for a while: none gives up, all end cancelled, said once per target at most', async () => {
  const targets = instancesOf(20);
  for (const target of targets) emulator.addTarget(target, { readsUntilEnd: 1 });
  emulator.inject({ kind: 'throttle', operation: 'ListServiceInstances', forMs: 1500 });

  const results = await h.run(targets, { pollIntervalSeconds: 0.2, waitTimeoutSeconds: 60 });

  expect(results.map((r) => r.outcome)).toEqual(targets.map(() => 'cancelled'));
  expect(ops('ListServiceInstances')).toBeGreaterThan(1);
  const failing = h.progress.events.filter((e) => e.kind === 'readsFailing');
  expect(new Set(failing.map((e) => e.target)).size).toBe(failing.length);
});
