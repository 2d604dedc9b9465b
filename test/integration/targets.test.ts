// Cancel exactly what is meant: one deployment by id, only what started since the guard armed,
// every in-progress one by "*", and dry runs. The exact requests Proton saw are the proof.
import { describe, expect, test } from 'vitest';
import { GUARD_ALLOWANCE_MS } from '../../src/domain/scope.js';
import { useCancelHarness } from '../support/cancel-harness.js';
import { freshTarget } from '../support/targets.js';

const h = useCancelHarness();
const emulator = h.emulator;
const UNKNOWN_ID = '99999999-9999-4999-8999-999999999999';

describe('deployment-id', () => {
  test('the latest deployment is this id and in progress: read, cancel and follow it', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, { readsUntilEnd: 1 });
    const id = emulator.deploymentIdOf('environment', target.name);
    const [result] = await h.run([target], { deploymentId: id });
    expect(result?.outcome).toBe('cancelled');
    expect(result?.deployment?.id).toBe(id);
    expect(emulator.operations()).toEqual(['GetEnvironment', 'CancelEnvironmentDeployment', 'GetEnvironment']);
  });

  test('this id, no longer in progress: no cancel request; not-in-progress with its own status', async () => {
    const target = freshTarget('component');
    emulator.addTarget(target, { status: 'SUCCEEDED' });
    const id = emulator.deploymentIdOf('component', target.name);
    const [result] = await h.run([target], { deploymentId: id });
    expect(result?.outcome).toBe('not-in-progress');
    expect(result?.deployment).toMatchObject({ id, status: 'SUCCEEDED' });
    expect(emulator.operations()).toEqual(['GetComponent']);
  });

  test('a newer deployment is the latest: no cancel request, even though it is in progress; this id’s status from the history', async () => {
    const target = freshTarget('service-instance');
    emulator.addTarget(target, { status: 'IN_PROGRESS' });
    const ours = emulator.deploymentIdOf('service-instance', target.name, target.serviceName);
    const newer = emulator.redeploy('service-instance', target.name, target.serviceName);
    const [result] = await h.run([target], { deploymentId: ours });

    expect(result?.outcome).toBe('not-in-progress');
    expect(result?.deployment).toMatchObject({ id: ours, status: 'SUCCEEDED' });
    expect(result?.newerDeploymentId).toBe(newer);
    expect(emulator.operations()).toEqual(['GetServiceInstance', 'GetDeployment']);
    expect(emulator.statusOf('service-instance', target.name, target.serviceName)).toBe('IN_PROGRESS');
  });

  test('an id Proton does not know: error naming the id, no cancel request', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, {});
    const [result] = await h.run([target], { deploymentId: UNKNOWN_ID });
    expect(result?.outcome).toBe('error');
    expect(result?.error).toBe(`Proton knows no deployment ${UNKNOWN_ID} of this environment: check deployment-id, and that it belongs to this resource.`);
    expect(result?.errorKind).toBe('unknown-deployment');
    // The result describes the deployment given, never the resource's current one.
    expect(result?.deployment).toEqual({ id: UNKNOWN_ID });
    expect(emulator.operations()).toEqual(['GetEnvironment', 'GetDeployment']);
  });

  test('this id, already CANCELLING: followed to its end, no cancel request', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, { status: 'CANCELLING', readsUntilEnd: 2 });
    const id = emulator.deploymentIdOf('environment', target.name);
    const [result] = await h.run([target], { deploymentId: id });
    expect(result?.outcome).toBe('cancelled');
    expect(result?.alreadyCancelling).toBe(true);
    expect(emulator.operations()).toEqual(['GetEnvironment', 'GetEnvironment']);
  });

  test('a newer deployment starts mid-wait: followed by id, reported from the history', async () => {
    const target = freshTarget('component');
    emulator.addTarget(target, { redeployAfterReads: 1, newDeployment: { finishesAfterReads: 1 } });
    const id = emulator.deploymentIdOf('component', target.name);
    const [result] = await h.run([target], { deploymentId: id });
    expect(result?.outcome).toBe('cancelled');
    expect(result?.deployment).toEqual({ id, status: 'CANCELLED' });
    expect(emulator.operations()).toEqual(['GetComponent', 'CancelComponentDeployment', 'GetComponent', 'GetDeployment']);
  });

  test('Conflict, and the read shows a newer deployment in progress: not asked again (it is not this one)', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, {});
    const id = emulator.deploymentIdOf('environment', target.name);
    emulator.inject({ kind: 'conflict', operation: 'CancelEnvironmentDeployment' });
    emulator.before('CancelEnvironmentDeployment', () => emulator.redeploy('environment', target.name));
    const [result] = await h.run([target], { deploymentId: id });
    expect(result?.outcome).toBe('not-in-progress');
    expect(result?.deployment?.id).toBe(id);
    expect(emulator.operations().filter((op) => op === 'CancelEnvironmentDeployment')).toHaveLength(1);
    expect(emulator.statusOf('environment', target.name)).toBe('IN_PROGRESS');
  });

  test('the race: this one ends and a newer one starts between the read and the cancel, which reaches the newer one — said, not hidden', async () => {
    const target = freshTarget('service-pipeline');
    emulator.addTarget(target, { readsUntilEnd: 5 });
    const id = emulator.deploymentIdOf('service-pipeline', target.name);
    emulator.before('CancelServicePipelineDeployment', () => emulator.redeploy('service-pipeline', target.name));
    const [result] = await h.run([target], { deploymentId: id });
    const newer = emulator.deploymentIdOf('service-pipeline', target.name);
    expect(result?.outcome).toBe('not-in-progress');
    expect(result?.cancelledInstead).toBe(newer);
    expect(result?.deployment).toMatchObject({ id, status: 'SUCCEEDED' });
    expect(h.progress.texts()).toContain(`the cancel request reached deployment ${newer}, which started after deployment ${id} ended`);
  });
});

describe('the guard: only what started since it armed (less 60 s)', () => {
  const armedNow = (): { attemptedSince: number } => ({ attemptedSince: Date.now() - GUARD_ALLOWANCE_MS });

  test('an older deployment in progress is left running: no cancel request', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, { startedSecondsAgo: 600 });
    const [result] = await h.run([target], {}, { scope: armedNow() });
    expect(result?.outcome).toBe('left-running');
    expect(result?.leftAlone?.deploymentId).toBe(emulator.deploymentIdOf('environment', target.name));
    expect(result?.leftAlone?.attemptedAt?.getTime()).toBeLessThan(Date.now() - 590_000);
    expect(emulator.operations()).toEqual(['GetEnvironment']);
  });

  test.each([
    ['after arming', 0],
    ['within the 60 s allowance', 30],
  ])('a deployment started %s is cancelled', async (_when, secondsAgo) => {
    const target = freshTarget('component');
    emulator.addTarget(target, { startedSecondsAgo: secondsAgo, readsUntilEnd: 0 });
    const [result] = await h.run([target], {}, { scope: armedNow() });
    expect(result?.outcome).toBe('cancelled');
    expect(emulator.operations()).toEqual(['GetComponent', 'CancelComponentDeployment']);
  });
});

describe('dry-run: no cancel request of any kind', () => {
  test.each([
    [{}, 'would-cancel'],
    [{ status: 'SUCCEEDED' }, 'not-in-progress'],
    [{ status: 'CANCELLING' }, 'not-in-progress'],
  ] as const)('%j: %s', async (script, outcome) => {
    const target = freshTarget('service-instance');
    emulator.addTarget(target, script);
    const [result] = await h.run([target], { dryRun: true });
    expect(result?.outcome).toBe(outcome);
    expect(emulator.operations()).toEqual(['GetServiceInstance']);
  });

  test('with deployment-id: would-cancel only if that deployment is the one in progress', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, {});
    const older = emulator.deploymentIdOf('environment', target.name);
    emulator.redeploy('environment', target.name);
    const [result] = await h.run([target], { dryRun: true, deploymentId: older });
    expect(result?.outcome).toBe('not-in-progress');
    expect(emulator.operations()).toEqual(['GetEnvironment', 'GetDeployment']);
  });
});

describe('"*": every in-progress one, from every page of the list', () => {
  test('environments: IN_PROGRESS only (not CANCELLING), over several pages', async () => {
    emulator.clearResources();
    emulator.pageSize = 2;
    try {
      const running = Array.from({ length: 5 }, () => freshTarget('environment'));
      for (const target of running) emulator.addTarget(target, { readsUntilEnd: 0 });
      emulator.add('environment', freshTarget('environment').name, { status: 'SUCCEEDED' });
      emulator.add('environment', freshTarget('environment').name, { status: 'CANCELLING' });
      const step = await h.step([], { wildcard: { type: 'environment' } });

      expect(step.discovery?.matched.map((t) => t.name).sort()).toEqual(running.map((t) => t.name).sort());
      expect(step.results.map((r) => r.outcome)).toEqual(running.map(() => 'cancelled'));
      const lists = emulator.requests.filter((r) => r.operation === 'ListEnvironments');
      expect(lists).toHaveLength(4);
      expect(lists.map((r) => r.input.nextToken === undefined)).toEqual([true, false, false, false]);
      expect(emulator.operations().filter((op) => op === 'CancelEnvironmentDeployment')).toHaveLength(5);
    } finally {
      emulator.pageSize = 100;
    }
  });

  test('service instances: asks Proton for the service’s IN_PROGRESS ones only, and cancels nothing of other services', async () => {
    emulator.clearResources();
    const [a, b] = [freshTarget('service-instance'), freshTarget('service-instance')];
    const other = freshTarget('service-instance');
    emulator.addTarget(a, { readsUntilEnd: 0 });
    emulator.addTarget({ ...b, serviceName: a.serviceName! }, { readsUntilEnd: 0 });
    emulator.addTarget(other, {});
    const step = await h.step([], { wildcard: { type: 'service-instance', serviceName: a.serviceName! } });

    expect(step.results.map((r) => r.target.name).sort()).toEqual([a.name, b.name].sort());
    const [list] = emulator.requests.filter((r) => r.operation === 'ListServiceInstances');
    expect(list?.input).toMatchObject({ serviceName: a.serviceName, filters: [{ key: 'deploymentStatus', value: 'IN_PROGRESS' }] });
    expect(emulator.statusOf('service-instance', other.name, other.serviceName)).toBe('IN_PROGRESS');
  });

  test('no match: no results, and the discovery says so', async () => {
    emulator.clearResources();
    emulator.add('component', freshTarget('component').name, { status: 'SUCCEEDED' });
    const step = await h.step([], { wildcard: { type: 'component' } });
    expect(step.results).toEqual([]);
    expect(step.discovery?.matched).toEqual([]);
    expect(emulator.operations()).toEqual(['ListComponents']);
  });

  test('in the guard: older deployments are left out of the results', async () => {
    emulator.clearResources();
    const [fresh, old] = [freshTarget('environment'), freshTarget('environment')];
    emulator.addTarget(fresh, { readsUntilEnd: 0 });
    emulator.addTarget(old, { startedSecondsAgo: 3600 });
    const step = await h.step([], { wildcard: { type: 'environment' } }, { scope: { attemptedSince: Date.now() - GUARD_ALLOWANCE_MS } });
    expect(step.results.map((r) => r.target.name)).toEqual([fresh.name]);
    expect(step.discovery?.leftAlone.map((l) => l.target.name)).toEqual([old.name]);
    expect(emulator.statusOf('environment', old.name)).toBe('IN_PROGRESS');
  });

  test('with dry-run: only reads', async () => {
    emulator.clearResources();
    const target = freshTarget('component');
    emulator.addTarget(target, {});
    const step = await h.step([], { wildcard: { type: 'component' }, dryRun: true });
    expect(step.results.map((r) => r.outcome)).toEqual(['would-cancel']);
    expect(emulator.operations()).toEqual(['ListComponents', 'GetComponent']);
  });

  test('a list that is refused: a step-level error naming the permission, nothing cancelled', async () => {
    emulator.clearResources();
    emulator.inject({ kind: 'access-denied', operation: 'ListEnvironments' });
    const step = await h.step([], { wildcard: { type: 'environment' } });
    expect(step.results).toEqual([]);
    expect(step.problem).toMatch(/^Could not find the environments whose deployment is in progress \("\*"\), so nothing was cancelled: access denied to ListEnvironments: allow proton:ListEnvironments on \*/);
  });
});
