// Cancel exactly what you mean, through the bundle as the runner runs it: deployment-id, resource-arn,
// "*", the guard's rule and dry-run, alone and in the combinations users will try. The exact requests
// the emulator saw are asserted: no cancel request where none is allowed, nothing for bad input.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../support/action-metadata.js';
import type { Target } from '../../src/domain/resources.js';
import { arnFor } from '../emulator/proton-emulator.js';
import { expectInputError, expectNoLeaks } from '../support/expectations.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { freshTarget, nameInputs } from '../support/targets.js';
import { useEmulator } from '../support/use-emulator.js';
import { outcomeRow } from '../support/summary.js';
import { annotations } from '../support/workflow-commands.js';

const emulator = useEmulator();
const fast = (): Record<string, string> => ({ 'endpoint-url': emulator.url, 'poll-interval-seconds': '0.2' });
const results = (run: ActionRun): Array<Record<string, unknown>> => JSON.parse(run.outputs.results ?? '[]') as Array<Record<string, unknown>>;
const cancels = (): string[] => emulator.operations().filter((op) => op.startsWith('Cancel'));
const arnOf = (t: Target): string => arnFor({ kind: t.type, name: t.name, ...(t.serviceName ? { serviceName: t.serviceName } : {}) }, 'us-east-1');

describe('deployment-id', () => {
  test('the deployment in progress is this one: cancelled; deployment-id is the id given', async () => {
    const target = freshTarget('service-instance');
    emulator.addTarget(target, { readsUntilEnd: 1 });
    const id = emulator.deploymentIdOf('service-instance', target.name, target.serviceName);
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast(), 'deployment-id': id } });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(run.outputs['deployment-id']).toBe(id);
    expect(emulator.operations()).toEqual(['GetServiceInstance', 'CancelServiceInstanceDeployment', 'GetServiceInstance']);
  });

  test('a colleague’s newer deployment is in progress: no cancel request; this deployment’s own status', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, {});
    const mine = emulator.deploymentIdOf('environment', target.name);
    emulator.redeploy('environment', target.name);
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast(), 'deployment-id': mine } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.outcome).toBe('not-in-progress');
    expect(run.outputs['deployment-id']).toBe(mine);
    expect(run.outputs['deployment-status']).toBe('SUCCEEDED');
    expect(cancels()).toEqual([]);
    expect(emulator.statusOf('environment', target.name)).toBe('IN_PROGRESS');
  });

  test('an unknown id: error naming it, no cancel request', async () => {
    const target = freshTarget('component');
    emulator.addTarget(target, {});
    const id = '99999999-9999-4999-8999-999999999999';
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast(), 'deployment-id': id } });
    expect(run.outputs.outcome).toBe('error');
    const [error] = annotations(run.stdout, 'error');
    expect(error?.properties.title).toBe('Unknown deployment-id');
    expect(error?.message).toContain(`component ${target.name}: Proton knows no deployment ${id} of this component`);
    expect(cancels()).toEqual([]);
    // Every output about the deployment the step acted on describes the one given, not the resource's current one.
    expect(run.outputs['deployment-id']).toBe(id);
    expect(run.outputs['deployment-status']).toBe('');
    expect(results(run)[0]).toMatchObject({ deploymentId: id, deploymentStatus: null, deploymentStatusMessage: null });
    expect(run.stdout).toContain(`deployment id: ${id}`);
    expect(run.stdout).not.toContain(`deployment id: ${emulator.deploymentIdOf('component', target.name)}`);
    expect(run.summary).toContain(`<code>${id.slice(0, 24)}<wbr>${id.slice(24)}</code>`);
    expect(run.summary).toContain(`❌ Cancel Proton deployment of component ${target.name}: unknown deployment-id</h2>`);
  });

  test('a newer deployment starts mid-wait: the step follows this one by id', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, { redeployAfterReads: 1, newDeployment: { finishesAfterReads: 1 } });
    const id = emulator.deploymentIdOf('environment', target.name);
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast(), 'deployment-id': id } });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(run.outputs['deployment-id']).toBe(id);
    expect(run.outputs['deployment-status']).toBe('CANCELLED');
  });

  test.each([
    [{ 'environment-name': 'a, b' }, 'Input "deployment-id" applies to exactly one target, but 2 are named'],
    [{ 'environment-name': '*' }, 'Input "deployment-id" applies to exactly one target, not to "*"'],
  ])('with %j: an input error, no request', async (names, message) => {
    const run = await runAction({ inputs: { 'resource-type': 'environment', ...names, ...fast(), 'deployment-id': '3403b480-2b9c-4f5e-9b3f-0c1d2e3f4a5b' } });
    expectInputError(run, emulator, message);
  });
});

describe('resource-arn', () => {
  test('mixed types with wait: each target keeps its type in results and summary', async () => {
    const targets = [freshTarget('environment'), freshTarget('service-instance'), freshTarget('service-pipeline'), freshTarget('component')];
    for (const target of targets) emulator.addTarget(target, { readsUntilEnd: 1 });
    const run = await runAction({ inputs: { ...fast(), 'resource-arn': targets.map(arnOf).join('\n') } });
    expect(run.exitCode).toBe(0);
    expect(results(run).map((r) => [r.resourceType, r.name, r.outcome])).toEqual(targets.map((t) => [t.type, t.name, 'cancelled']));
    // The pipeline is named by its service.
    expect(results(run)[2]?.name).toBe(targets[2]!.name);
    for (const target of targets) expect(outcomeRow(run.summary, target.name)?.target).toContain(target.type);
    expectNoLeaks(run);
  });

  test('self-managed provisioning: the ARN and deployment id from .proton/deployment-metadata.json', async () => {
    const target = freshTarget('service-instance');
    emulator.addTarget(target, { readsUntilEnd: 1 });
    const id = emulator.deploymentIdOf('service-instance', target.name, target.serviceName);
    const run = await runAction({ inputs: { ...fast(), 'resource-arn': arnOf(target), 'deployment-id': id } });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(run.outputs['deployment-id']).toBe(id);
  });

  test.each([
    [{ 'resource-arn': 'arn:aws:proton:eu-west-1:111122223333:environment/e' }, 'Input "resource-arn" has "arn:aws:proton:eu-west-1:111122223333:environment/e" in eu-west-1, but this step works in us-east-1'],
    [{ 'resource-arn': 'arn:aws:proton:us-east-1:111122223333:nonsense/e' }, 'Input "resource-arn" has "arn:aws:proton:us-east-1:111122223333:nonsense/e", which is not the ARN of'],
    [
      { 'resource-arn': 'arn:aws:proton:us-east-1:111122223333:environment/e', 'resource-type': 'environment' },
      'Input "resource-arn" and "resource-type" are both given',
    ],
    [{ 'resource-arn': 'arn:aws:proton:us-east-1:111122223333:component/c', 'component-name': 'c' }, 'Input "resource-arn" and "component-name" are both given'],
    [{}, 'Input "resource-type" is required: set it to environment, service-instance, service-pipeline or component, or give resource-arn instead.'],
  ])('%j: one clear error, no request', async (inputs, message) => {
    const run = await runAction({ inputs: { ...fast(), ...inputs } });
    expectInputError(run, emulator, message);
  });
});

describe('partitions and regions: only where Proton ran', () => {
  // Without endpoint-url a run would go to AWS: the network guard makes sure nothing can leave the machine.
  const guarded = { NODE_OPTIONS: `--import=${pathToFileURL(join(REPO_ROOT, 'test', 'support', 'network-guard.mjs')).href}` };

  test.each<[Record<string, string>, Record<string, string>, string]>([
    [{ 'aws-region': 'eu-north-1' }, {}, 'Input "aws-region" is "eu-north-1", where Proton never ran: it ran only in us-east-1, us-east-2, us-west-2,'],
    [{}, { AWS_REGION: 'il-central-1' }, 'AWS_REGION is "il-central-1", where Proton never ran'],
    [
      { 'resource-arn': 'arn:aws-us-gov:proton:us-gov-west-1:111122223333:environment/e', 'aws-region': 'us-gov-west-1' },
      {},
      'Input "resource-arn" has "arn:aws-us-gov:proton:us-gov-west-1:111122223333:environment/e", which is in the aws-us-gov partition, where Proton never ran: expected an ARN of the aws partition',
    ],
  ])('%j %j: one clear error, no connection at all', async (inputs, env, message) => {
    const run = await runAction({ inputs: { 'resource-type': inputs['resource-arn'] ? '' : 'environment', 'environment-name': inputs['resource-arn'] ? '' : 'e', ...inputs }, env: { ...env, ...guarded } });
    expectInputError(run, emulator, message);
    expect(run.stderr).not.toContain('network-guard:');
  });
});

describe('"*": every in-progress one', () => {
  test('every in-progress instance of the service, over several pages; nothing else touched', async () => {
    emulator.clearResources();
    emulator.pageSize = 2;
    try {
      const first = freshTarget('service-instance');
      const mine: Target[] = Array.from({ length: 5 }, (_, i) => ({ type: 'service-instance', name: `${first.name}i${i}`, serviceName: first.serviceName! }));
      for (const target of mine) emulator.addTarget(target, { readsUntilEnd: 1 });
      emulator.addTarget({ type: 'service-instance', name: `${first.name}done`, serviceName: first.serviceName! }, { status: 'SUCCEEDED' });
      const elsewhere = freshTarget('service-instance');
      emulator.addTarget(elsewhere, {});
      const run = await runAction({
        inputs: { ...fast(), 'resource-type': 'service-instance', 'service-name': first.serviceName!, 'service-instance-name': '*' },
      });

      expect(run.exitCode).toBe(0);
      expect(results(run).map((r) => r.name).sort()).toEqual(mine.map((t) => t.name).sort());
      // Three pages to find them (2 a page), before any cancel; polling them by list comes after.
      const firstCancel = emulator.operations().findIndex((op) => op.startsWith('Cancel'));
      expect(emulator.operations().slice(0, firstCancel)).toEqual(['ListServiceInstances', 'ListServiceInstances', 'ListServiceInstances']);
      expect(emulator.requests.slice(0, 3).map((r) => r.input.filters)).toEqual([0, 1, 2].map(() => [{ key: 'deploymentStatus', value: 'IN_PROGRESS' }]));
      expect(cancels()).toHaveLength(5);
      expect(emulator.statusOf('service-instance', elsewhere.name, elsewhere.serviceName)).toBe('IN_PROGRESS');
      expect(run.stdout).toContain(`service-instance-name: * matched 5 service instances of service ${first.serviceName} whose deployment is IN_PROGRESS`);
      expect(run.summary).toContain('service-instance-name: * matched 5 service instances');
    } finally {
      emulator.pageSize = 100;
    }
  });

  test('every in-progress instance of every service (service-name: "*"): found with one listing across services, polled the same way', async () => {
    emulator.clearResources();
    const [a, b] = [freshTarget('service-instance'), freshTarget('service-instance')];
    const mine: Target[] = [a, { ...a, name: `${a.name}x` }, b, { ...b, name: `${b.name}x` }];
    for (const target of mine) emulator.addTarget(target, { readsUntilEnd: 1 });
    emulator.addTarget({ ...a, name: `${a.name}done` }, { status: 'SUCCEEDED' });
    const run = await runAction({ inputs: { ...fast(), 'resource-type': 'service-instance', 'service-name': '*', 'service-instance-name': '*' } });

    expect(run.exitCode).toBe(0);
    expect(results(run).map((r) => `${String(r.serviceName)}/${String(r.name)}`).sort()).toEqual(mine.map((t) => `${t.serviceName}/${t.name}`).sort());
    expect(results(run).map((r) => r.outcome)).toEqual(mine.map(() => 'cancelled'));
    const lists = emulator.requests.filter((r) => r.operation === 'ListServiceInstances');
    // Found across services, IN_PROGRESS only; then polled across services, every status.
    expect(lists[0]?.input).toMatchObject({ filters: [{ key: 'deploymentStatus', value: 'IN_PROGRESS' }] });
    expect(lists.every((r) => r.input.serviceName === undefined)).toBe(true);
    expect(lists.slice(1).every((r) => r.input.filters === undefined)).toBe(true);
    expect(emulator.operations().filter((op) => op === 'GetServiceInstance')).toEqual([]);
    expect(run.stdout).toContain('every service instance of every service whose deployment is IN_PROGRESS (service-instance-name: *, service-name: *)');
    expect(run.stdout).toContain('service-instance-name: * matched 4 service instances of every service whose deployment is IN_PROGRESS');
  });

  test('no match: exit 0, outcome not-in-progress, results [], a notice', async () => {
    emulator.clearResources();
    emulator.add('environment', freshTarget('environment').name, { status: 'FAILED' });
    const run = await runAction({ inputs: { ...fast(), 'resource-type': 'environment', 'environment-name': '*' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.outcome).toBe('not-in-progress');
    expect(run.outputs.results).toBe('[]');
    expect(annotations(run.stdout, 'notice').find((a) => a.properties.title === 'Nothing matched *')?.message).toBe(
      'environment-name: * matched no environment whose deployment is IN_PROGRESS: nothing to cancel.',
    );
    expect(emulator.operations()).toEqual(['ListEnvironments']);
  });

  test('with dry-run: would-cancel for each, and no cancel request of any kind', async () => {
    emulator.clearResources();
    const targets = [freshTarget('component'), freshTarget('component')];
    for (const target of targets) emulator.addTarget(target, {});
    const run = await runAction({ inputs: { ...fast(), 'resource-type': 'component', 'component-name': '*', 'dry-run': 'true' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.outcome).toBe('would-cancel');
    expect(results(run).map((r) => r.outcome)).toEqual(['would-cancel', 'would-cancel']);
    expect(cancels()).toEqual([]);
    expect(run.stdout).toContain('Dry run: no cancel request was made.');
    expect(run.summary).toContain('<strong>Dry run:</strong> nothing was cancelled;');
  });

  test('service-pipeline does not take "*"', async () => {
    const run = await runAction({ inputs: { ...fast(), 'resource-type': 'service-pipeline', 'service-name': '*' } });
    expectInputError(run, emulator, 'resource-type service-pipeline does not take "*"');
  });

  test('"*" with names', async () => {
    const run = await runAction({ inputs: { ...fast(), 'resource-type': 'environment', 'environment-name': '*, prod' } });
    expectInputError(run, emulator, 'lists "*" together with names');
  });
});

describe('the guard cancels only its own job’s deployments', () => {
  test('an explicit target whose deployment started before arming: left running, with one notice; no cancel request', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, { startedSecondsAgo: 900 });
    const inputs = { ...nameInputs([target]), ...fast(), when: 'job-cancelled' };
    const main = await runAction({ inputs });
    expect(main.stdout).toContain('It cancels only a deployment that started at or after');
    const post = await runAction({ inputs, state: main.state });

    expect(post.exitCode).toBe(0);
    expect(post.outputs.outcome).toBe('left-running');
    expect(post.outputs['deployment-status']).toBe('IN_PROGRESS');
    expect(cancels()).toEqual([]);
    // One notice, titled for what happened: something is running, and the guard left it so.
    const notices = annotations(post.stdout, 'notice');
    expect(notices.map((a) => a.properties.title)).toEqual(['Left running by the guard']);
    expect(notices[0]?.message).toMatch(new RegExp(`^environment ${target.name}: left running: deployment \\S+ started at \\S+, before this job armed the guard`));
    expect(post.summary).toContain(`<h2>⏭️ Cancel Proton deployment of environment ${target.name}: left running by the guard</h2>`);
  });

  test('"*" in the guard: resolved in the post step; the job’s deployment is cancelled, an older one left out of results', async () => {
    emulator.clearResources();
    const [older, ours] = [freshTarget('component'), freshTarget('component')];
    emulator.addTarget(older, { startedSecondsAgo: 3600 });
    const inputs = { ...fast(), 'resource-type': 'component', 'component-name': '*', when: 'job-cancelled' };
    const main = await runAction({ inputs });
    expect(emulator.requests).toHaveLength(0);
    // The job's own deploy starts after the guard armed.
    emulator.addTarget(ours, { readsUntilEnd: 1 });
    const post = await runAction({ inputs, state: main.state });

    expect(post.exitCode).toBe(0);
    expect(results(post).map((r) => [r.name, r.outcome])).toEqual([[ours.name, 'cancelled']]);
    expect(emulator.statusOf('component', older.name)).toBe('IN_PROGRESS');
    expect(annotations(post.stdout, 'notice').find((a) => a.properties.title === 'Left running by the guard')?.message).toContain(older.name);
    expect(post.summary).toContain('Left running, because they started before this job armed the guard');
  });
});

describe('dry-run', () => {
  test('reads and reports; exit 0; fail-on would-cancel fails it', async () => {
    const target = freshTarget('service-pipeline');
    emulator.addTarget(target, {});
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast(), 'dry-run': 'true' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.outcome).toBe('would-cancel');
    expect(emulator.operations()).toEqual(['GetService']);
    expect(run.stdout).toContain('Dry run: reading service-pipeline');
    expect(emulator.statusOf('service-pipeline', target.name)).toBe('IN_PROGRESS');

    const failing = await runAction({ inputs: { ...nameInputs([target]), ...fast(), 'dry-run': 'true', 'fail-on': 'would-cancel' } });
    expect(failing.exitCode).toBe(1);
  });
});
