// Every outcome for every resource type, through the bundled action as the runner runs it.
import { describe, expect, test } from 'vitest';
import type { Target } from '../../src/domain/resources.js';
import type { DeploymentScript } from '../emulator/proton-emulator.js';
import { expectNoLeaks, expectNoStackTrace } from '../support/expectations.js';
import { runAction } from '../support/run-action.js';
import { useEmulator } from '../support/use-emulator.js';
import { freshTarget, nameInputs } from '../support/targets.js';
import { outcomeRow, textOf } from '../support/summary.js';
import { annotations } from '../support/workflow-commands.js';

const emulator = useEmulator({ resetBetweenTests: false });

interface Case {
  script?: DeploymentScript;
  inputs?: Record<string, string>;
  status: string;
  exitCode: number;
  annotation?: 'error' | 'warning' | 'notice';
}

const CASES: Record<string, Case> = {
  cancelled: { script: { readsUntilEnd: 2 }, status: 'CANCELLED', exitCode: 0 },
  succeeded: { script: { cancelEndsAs: 'SUCCEEDED' }, status: 'SUCCEEDED', exitCode: 0, annotation: 'warning' },
  failed: {
    script: { cancelEndsAs: 'FAILED', endMessage: 'Cancellation failed: stack rollback' },
    status: 'FAILED',
    exitCode: 1,
    annotation: 'error',
  },
  'not-in-progress': { script: { status: 'SUCCEEDED' }, status: 'SUCCEEDED', exitCode: 0, annotation: 'notice' },
  'timed-out': { script: { cancelEndsAs: 'never' }, inputs: { 'wait-timeout-seconds': '1' }, status: 'CANCELLING', exitCode: 1, annotation: 'error' },
  submitted: { script: {}, inputs: { wait: 'false' }, status: 'CANCELLING', exitCode: 0 },
  error: { status: '', exitCode: 1, annotation: 'error' },
};

const TYPES = ['environment', 'service-instance', 'service-pipeline', 'component'] as const;

describe.each(TYPES)('%s', (type) => {
  test.concurrent.each(Object.entries(CASES))('%s', async (outcome, c) => {
    const target: Target = freshTarget(type);
    if (c.script) emulator.addTarget(target, c.script);
    const run = await runAction({
      inputs: { ...nameInputs([target]), 'endpoint-url': emulator.url, 'poll-interval-seconds': '0.2', ...c.inputs },
    });

    expect(run.exitCode, run.stdout).toBe(c.exitCode);
    expect(run.outputs.outcome).toBe(outcome);
    expect(run.outputs['deployment-status']).toBe(c.status);
    const [entry] = JSON.parse(run.outputs.results!) as Array<Record<string, unknown>>;
    expect(entry).toMatchObject({ resourceType: type, name: target.name, outcome });
    if (type === 'service-instance') expect(entry?.serviceName).toBe(target.serviceName);
    else expect(entry).not.toHaveProperty('serviceName');

    if (outcome === 'error') {
      expect(run.outputs.arn).toBe('');
      expect(run.outputs.resource).toBe('');
      expect(entry?.error).toContain('Not found in us-east-1: check the name');
    } else {
      expect(run.outputs.arn).toMatch(/^arn:aws:proton:us-east-1:111122223333:/);
      expect(run.outputs['deployment-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      const resource = JSON.parse(run.outputs.resource!) as Record<string, unknown>;
      expect(resource.deploymentStatus).toBe(c.status);
      expect(resource.createdAt).toBe('2024-11-26T00:00:00.123Z');
    }

    for (const kind of ['error', 'warning', 'notice'] as const) {
      expect(annotations(run.stdout, kind).length, `${kind} annotations`).toBe(c.annotation === kind ? 1 : 0);
    }
    expect(textOf(run.summary).toLowerCase()).toContain(type.replace('-', ' '));
    expect(outcomeRow(run.summary, target.name)?.outcome).toMatch(new RegExp(`^\\S+ ${outcome}$`));
    expectNoLeaks(run);
    expectNoStackTrace(run);
  });
});
