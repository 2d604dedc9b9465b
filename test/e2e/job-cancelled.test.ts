// `when: job-cancelled` (main arms, post cancels) and the action's own step being cancelled
// (SIGINT / SIGTERM from the runner), through the bundle as the runner runs it.
import { describe, expect, test, vi } from 'vitest';
import { expectNoLeaks, expectNoStackTrace } from '../support/expectations.js';
import { runAction } from '../support/run-action.js';
import { useEmulator } from '../support/use-emulator.js';
import { freshTarget, nameInputs } from '../support/targets.js';
import { outcomeRow } from '../support/summary.js';
import { annotations } from '../support/workflow-commands.js';

const emulator = useEmulator();

describe('when: job-cancelled', () => {
  test('main validates, records the targets for the post step, says it is armed, and makes no request', async () => {
    const target = freshTarget('service-instance');
    emulator.addTarget(target, {});
    const run = await runAction({ inputs: { ...nameInputs([target]), when: 'job-cancelled', 'endpoint-url': emulator.url } });

    expect(run.exitCode).toBe(0);
    expect(emulator.requests).toHaveLength(0);
    expect(run.state.isPost).toBe('true');
    const armed = JSON.parse(run.state.armedSettings!) as { targets: unknown[]; endpointUrl: string };
    expect(armed.targets).toEqual([target]);
    expect(armed.endpointUrl).toBe(emulator.url);
    expect(run.stdout).toContain(`Armed: if this job is cancelled, the post step will cancel the deployment of service-instance ${target.serviceName}/${target.name}`);
    expect(run.summary).toBe('');
    expect(emulator.statusOf('service-instance', target.name, target.serviceName)).toBe('IN_PROGRESS');
    expectNoLeaks(run);
  });

  test('a bad input still fails at once, and arms nothing', async () => {
    const run = await runAction({ inputs: { 'resource-type': 'environment', when: 'job-cancelled', 'endpoint-url': emulator.url } });
    expect(run.exitCode).toBe(1);
    expect(annotations(run.stdout, 'error')[0]?.message).toContain('Input "environment-name" is required');
    expect(run.state.armedSettings).toBeUndefined();
  });

  test('the post step, given main’s state, cancels the armed targets and writes the summary', async () => {
    const target = freshTarget('component');
    emulator.addTarget(target, { readsUntilEnd: 2 });
    const inputs = { ...nameInputs([target]), when: 'job-cancelled', 'endpoint-url': emulator.url, 'poll-interval-seconds': '0.2' };
    const main = await runAction({ inputs });
    expect(emulator.requests).toHaveLength(0);

    // The runner passes main's GITHUB_STATE entries to the post step as STATE_<name>.
    const post = await runAction({ inputs, state: main.state });
    expect(post.exitCode).toBe(0);
    // The guard reads first: only a deployment that started after it armed is this job's to cancel.
    expect(emulator.operations()).toEqual(['GetComponent', 'CancelComponentDeployment', 'GetComponent', 'GetComponent']);
    expect(post.outputs.outcome).toBe('cancelled');
    expect(post.stdout).toContain('The job was cancelled: cancelling the deployments armed by `when: job-cancelled`.');
    expect(post.stdout).toContain('Waiting at most 180 s instead of wait-timeout-seconds (1800 s)');
    expect(post.summary).toContain('The job was cancelled, so this post step cancelled the deployments armed by when: job-cancelled, if they started after it armed.');
    expect(outcomeRow(post.summary, target.name)?.outcome).toBe('✅ cancelled');
    expectNoLeaks(post);
  });

  test('the post step ends at its wait bound and still reports', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, { cancelEndsAs: 'never' });
    const inputs = {
      ...nameInputs([target]),
      when: 'job-cancelled',
      'endpoint-url': emulator.url,
      'poll-interval-seconds': '0.2',
      'wait-timeout-seconds': '1',
    };
    const main = await runAction({ inputs });
    expect(main.stdout).toContain('(waiting at most 1 s)');
    const post = await runAction({ inputs, state: main.state });
    expect(post.outputs.outcome).toBe('timed-out');
    expect(post.exitCode).toBe(1);
    expect(post.stdout).not.toContain('Waiting at most');
    expect(outcomeRow(post.summary, target.name)?.outcome).toBe('⏱️ timed-out');
  });

  test('with when: now, a post step that runs does nothing and says nothing', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, { status: 'SUCCEEDED' });
    const inputs = { ...nameInputs([target]), 'endpoint-url': emulator.url };
    const main = await runAction({ inputs });
    emulator.reset();

    const post = await runAction({ inputs, state: main.state });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toBe('');
    expect(post.stderr).toBe('');
    expect(post.summary).toBe('');
    expect(emulator.requests).toHaveLength(0);
  });
});

describe('the step itself is cancelled while waiting', () => {
  test.each(['SIGINT', 'SIGTERM'] as const)('%s while sleeping between reads: exits at once with outputs and summary', async (signal) => {
    const target = freshTarget('service-pipeline');
    emulator.addTarget(target, { cancelEndsAs: 'never' });
    const run = await runAction({
      inputs: { ...nameInputs([target]), 'endpoint-url': emulator.url, 'poll-interval-seconds': '30' },
      interrupt: { signal, afterOutput: 'cancellation requested' },
    });

    expect(run.exitAfterSignalMs).toBeLessThan(2000);
    expect(run.signal).toBeNull();
    expect(run.exitCode).toBe(1);
    expect(run.outputs.outcome).toBe('interrupted');
    expect(run.outputs['deployment-status']).toBe('CANCELLING');
    expect(run.summary).toContain(`<strong>Interrupted:</strong> the step received ${signal}`);
    expect(outcomeRow(run.summary, target.name)?.outcome).toBe('⏹️ interrupted');
    // A step that fails shows no success mark: the heading says what stopped it, and of what.
    expect(run.summary).toContain(`<h2>⏹️ Cancel Proton deployment of service pipeline ${target.name}: interrupted by ${signal} before the end</h2>`);
    expect(run.summary).not.toContain('✅');
    expect(annotations(run.stdout, 'error')[0]?.message).toContain(`The step was interrupted by ${signal}`);
    expect(annotations(run.stdout, 'error')[0]?.properties.title).toBe(`Interrupted by ${signal}`);
    expectNoStackTrace(run);
  });

  test('SIGTERM while a read is open: the request is abandoned, and the process exits at once', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, { readsUntilEnd: 5 });
    emulator.inject({ kind: 'hang', operation: 'GetEnvironment', times: Infinity });
    const run = await runAction({
      inputs: { ...nameInputs([target]), 'endpoint-url': emulator.url, 'poll-interval-seconds': '0.1' },
      interrupt: { signal: 'SIGTERM', after: emulator.received('GetEnvironment') },
      timeoutMs: 10_000,
    });
    expect(run.exitAfterSignalMs).toBeLessThan(2000);
    expect(run.outputs.outcome).toBe('interrupted');
    expect(outcomeRow(run.summary, target.name)?.outcome).toBe('⏹️ interrupted');
    expect(run.exitCode).toBe(1);
    await vi.waitFor(() => expect(emulator.inFlight).toBe(0));
  });
});
