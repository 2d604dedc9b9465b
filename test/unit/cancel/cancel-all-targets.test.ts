// Decisions of the whole step over the client seam (FakeProton), in virtual time that wakes the
// earliest sleeper first (SchedulingClock): no HTTP, so deadlines shared by many targets are exact.
// What crosses the wire is tested against the HTTP emulator in test/integration/.
import { expect, test } from 'vitest';
import { cancelAllTargets } from '../../../src/cancel/cancel-all-targets.js';
import { targetOf, type Target } from '../../../src/domain/resources.js';
import { guardScope } from '../../../src/domain/scope.js';
import type { Settings } from '../../../src/settings/settings.js';
import { baseSettings, RecordingProgress } from '../../support/cancel-harness.js';
import { apiError, FakeProton } from '../../support/fake-proton.js';
import { SchedulingClock } from '../../support/virtual-clock.js';

function step(fake: FakeProton, targets: Target[], overrides: Partial<Settings> = {}, clock = new SchedulingClock()) {
  const progress = new RecordingProgress();
  const started = clock.now();
  const result = cancelAllTargets(baseSettings(targets, overrides), {
    clock,
    interrupt: new AbortController().signal,
    progress,
    random: () => 0,
    connect: fake.connect,
  });
  return { result, progress, elapsed: async () => ((await result), clock.now() - started) };
}

test('a fleet shares one deadline: every target that never ends times out at wait-timeout-seconds, each polled once per interval', async () => {
  const fake = new FakeProton();
  // Service pipelines: no list call, so each target polls on its own schedule.
  const targets = Array.from({ length: 40 }, (_, i) => targetOf('service-pipeline', `svc${i}`));
  for (const target of targets) fake.add(target, { status: 'IN_PROGRESS', readsUntilEnd: Infinity });
  const run = step(fake, targets, { waitTimeoutSeconds: 60, pollIntervalSeconds: 10 });

  const results = (await run.result).results;
  expect(await run.elapsed()).toBe(60_000);
  expect(results.map((r) => r.outcome)).toEqual(targets.map(() => 'timed-out'));
  expect(fake.count('CancelServicePipelineDeployment')).toBe(40);
  for (const target of targets) {
    // Polled within each 10 s of the 60 s: neither starved by the others' sleeps nor run ahead of them.
    const reads = fake.calls.filter((call) => call === `GetService ${target.name}`).length;
    expect(reads).toBeGreaterThanOrEqual(5);
    expect(reads).toBeLessThanOrEqual(7);
  }
});

test('a Conflict while the resource reads IN_PROGRESS is asked again three times, a second apart, then reported as not made', async () => {
  const fake = new FakeProton();
  const target = targetOf('environment', 'env');
  fake.add(target, { status: 'IN_PROGRESS' }).fail('CancelEnvironmentDeployment', () => apiError('ConflictException', 409), Infinity);
  const clock = new SchedulingClock();
  const run = step(fake, [target], {}, clock);

  const [result] = (await run.result).results;
  expect(result).toMatchObject({ outcome: 'error', errorKind: 'not-made' });
  expect(fake.count('CancelEnvironmentDeployment')).toBe(4);
  expect(clock.sleeps.filter((ms) => ms === 1000)).toHaveLength(3);
  expect(await run.elapsed()).toBe(3000);
});

test('throttled cancel requests do not use up max-attempts: eight throttles, then the cancel goes through', async () => {
  const fake = new FakeProton();
  const target = targetOf('component', 'comp');
  fake.add(target, { status: 'IN_PROGRESS' }).fail('CancelComponentDeployment', () => apiError('ThrottlingException', 400), 8);
  const run = step(fake, [target], { maxAttempts: 2 });

  const [result] = (await run.result).results;
  expect(result?.outcome).toBe('cancelled');
  expect(fake.count('CancelComponentDeployment')).toBe(9);
});

test('access denied on the cancel is one request and an error that says so; nothing is retried', async () => {
  const fake = new FakeProton();
  const target = targetOf('service-instance', 'api', 'shop');
  fake.add(target, { status: 'IN_PROGRESS' }).fail('CancelServiceInstanceDeployment', () => apiError('AccessDeniedException', 403), Infinity);
  const run = step(fake, [target], { maxAttempts: 5 });

  const [result] = (await run.result).results;
  expect(result).toMatchObject({ outcome: 'error', errorKind: 'access-denied' });
  expect(fake.calls).toEqual(['CancelServiceInstanceDeployment api']);
});

test('the guard leaves a deployment that started before it armed running, and sends no cancel', async () => {
  const fake = new FakeProton();
  const clock = new SchedulingClock();
  const target = targetOf('environment', 'env');
  fake.add(target, { status: 'IN_PROGRESS', attemptedAt: new Date(clock.now() - 3_600_000) });
  const result = await cancelAllTargets(baseSettings([target]), {
    clock,
    interrupt: new AbortController().signal,
    progress: new RecordingProgress(),
    random: () => 0,
    connect: fake.connect,
    scope: guardScope(clock.now()),
  });

  expect(result.results[0]?.outcome).toBe('left-running');
  expect(fake.count('CancelEnvironmentDeployment')).toBe(0);
});
