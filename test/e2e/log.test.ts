// The log as people read it: a short opening line with the full list in a group, live lines while the
// step works (one per status change), then one group per target in input order with what a person
// needs to act; each fact once; every annotation with a title.
import { describe, expect, test } from 'vitest';
import type { Target } from '../../src/domain/resources.js';
import { runAction } from '../support/run-action.js';
import { freshTarget, nameInputs } from '../support/targets.js';
import { useEmulator } from '../support/use-emulator.js';
import { runnerCommands, workflowCommands } from '../support/workflow-commands.js';

const emulator = useEmulator();
const fast = (): Record<string, string> => ({ 'endpoint-url': emulator.url, 'poll-interval-seconds': '0.2' });

/** The lines of each group, by group title. */
function groups(stdout: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of stdout.split('\n')) {
    const open = /^::group::(.*)$/.exec(line);
    if (open) found.set(open[1]!, (current = []));
    else if (line === '::endgroup::') current = undefined;
    else if (current && !line.startsWith('::')) current.push(line);
  }
  return found;
}

function serviceInstances(count: number): Target[] {
  const first = freshTarget('service-instance');
  return Array.from({ length: count }, (_, i) => ({ type: 'service-instance', name: `${first.name}n${i}`, serviceName: first.serviceName! }));
}

describe('the log', () => {
  test('with many targets the opening line counts them; the full list is in a group', async () => {
    const targets = serviceInstances(12);
    for (const target of targets) emulator.addTarget(target, { readsUntilEnd: 0 });
    const run = await runAction({ inputs: { ...nameInputs(targets), ...fast() } });

    const opening = run.stdout.split('\n')[0]!;
    expect(opening).toBe(
      `Cancelling the in-progress deployment of 12 service instances of service ${targets[0]!.serviceName} in us-east-1; waiting up to 1800 s for Proton to report where each deployment ended.`,
    );
    expect(groups(run.stdout).get('The 12 targets')).toEqual(targets.map((t) => `service-instance ${t.serviceName}/${t.name}`));
  });

  test('each fact once: a live line per status change, then a group per target, in input order, with what a person needs to act', async () => {
    const [slow, failing, quick] = [freshTarget('environment'), freshTarget('environment'), freshTarget('environment')];
    emulator.addTarget(slow, { readsUntilEnd: 3 });
    emulator.addTarget(failing, { cancelEndsAs: 'FAILED', endMessage: 'Stack rollback failed: ServiceSecurityGroup could not be deleted' });
    emulator.addTarget(quick, { readsUntilEnd: 0 });
    const run = await runAction({ inputs: { ...nameInputs([slow, failing, quick]), ...fast(), 'fail-on': '' } });

    // Groups in input order, although the targets ended in another order.
    const targetGroups = [...groups(run.stdout).keys()];
    expect(targetGroups).toEqual([`environment ${slow.name}: cancelled`, `environment ${failing.name}: failed`, `environment ${quick.name}: cancelled`]);
    const failed = groups(run.stdout).get(`environment ${failing.name}: failed`)!;
    expect(failed).toEqual([
      'outcome: failed: the cancellation attempt failed: Proton reports FAILED',
      'status message: Stack rollback failed: ServiceSecurityGroup could not be deleted',
      `deployment id: ${emulator.deploymentIdOf('environment', failing.name)}`,
      `console: https://us-east-1.console.aws.amazon.com/proton/home?region=us-east-1#/environments/detail/${failing.name}`,
      `arn: arn:aws:proton:us-east-1:111122223333:environment/${failing.name}`,
    ]);
    // Live: one line per status change, outside the groups; nothing replayed.
    const live = run.stdout.split('\n').filter((line) => line.startsWith(`environment ${slow.name}: `));
    expect(live).toEqual([`environment ${slow.name}: cancellation requested: Proton reports CANCELLING`, expect.stringMatching(/: Proton reports CANCELLED after \d+ s$/)]);
    // The status message is in the log once (and in the warning annotation, which is its own channel).
    const plainLines = run.stdout.split('\n').filter((line) => !line.startsWith('::'));
    expect(plainLines.filter((line) => line.includes('ServiceSecurityGroup could not be deleted'))).toHaveLength(1);
  });

  test('every annotation has a title, the error one included', async () => {
    const present = freshTarget('component');
    const missing = freshTarget('component');
    emulator.addTarget(present, { status: 'SUCCEEDED' });
    const runs = [
      await runAction({ inputs: { ...nameInputs([present, missing]), ...fast() } }),
      await runAction({ inputs: { 'resource-type': 'component', ...fast() } }),
      await runAction({ inputs: { ...nameInputs([present]), ...fast(), 'component-name': `${present.name},${present.name}` } }),
    ];
    const found = runs.flatMap((run) => workflowCommands(run.stdout).filter((c) => ['error', 'warning', 'notice'].includes(c.command)));
    expect(new Set(found.map((c) => c.command))).toEqual(new Set(['error', 'notice']));
    for (const annotation of found) expect(annotation.properties.title, `${annotation.command}: ${annotation.message}`).toMatch(/\w/);
    expect(found.filter((c) => c.command === 'error').map((c) => c.properties.title)).toEqual(['1 of 2 targets fails the step', 'Invalid input']);
    // No line says its target's name twice: the label comes first, what happened after it (AWS's own
    // words, quoted after "AWS said:", may name it again).
    for (const annotation of found) {
      for (const line of annotation.message.split('\n')) {
        const label = /^(?:- )?(component \S+): /.exec(line)?.[1];
        const ours = line.split('AWS said:')[0]!;
        if (label) expect(ours.split(label.split(' ')[1]!).length - 1, line).toBe(1);
      }
    }
    // Nothing else reaches the runner as a command.
    for (const run of runs) expect(runnerCommands(run.stdout).filter((c) => !['error', 'warning', 'notice', 'group', 'endgroup', 'debug'].includes(c.command))).toEqual([]);
  });
});
