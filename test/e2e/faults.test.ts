// The moments this step really runs at, through the bundle as the runner runs it: a service that
// throttles, a credential helper that hangs, a fleet, replies that are not what the API promises,
// hostile text, and the runner's signals. Each test breaks when the behaviour it names breaks.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Target } from '../../src/domain/resources.js';
import { expectNoLeaks, expectNoStackTrace } from '../support/expectations.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { freshTarget, nameInputs } from '../support/targets.js';
import { useEmulator } from '../support/use-emulator.js';
import { textOf } from '../support/summary.js';
import { annotations, runnerCommands } from '../support/workflow-commands.js';

const emulator = useEmulator();

const fast = (): Record<string, string> => ({ 'endpoint-url': emulator.url, 'poll-interval-seconds': '0.2' });
const results = (run: ActionRun): Array<Record<string, unknown>> => JSON.parse(run.outputs.results ?? '[]') as Array<Record<string, unknown>>;

async function fileAppears(path: string): Promise<void> {
  while (!existsSync(path) || readFileSync(path, 'utf8').trim() === '') await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Whether a process runs: a zombie (killed, not yet reaped by an init that does not reap) does not. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** An AWS config file with one profile whose credential_process is `command`, and the env that selects it. */
function profileWithCredentialProcess(command: string): Record<string, string | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'aws-profile-'));
  writeFileSync(join(dir, 'config'), `[profile helper]\ncredential_process = ${command}\n`);
  writeFileSync(join(dir, 'credentials'), '');
  return {
    AWS_ACCESS_KEY_ID: undefined,
    AWS_SECRET_ACCESS_KEY: undefined,
    AWS_PROFILE: 'helper',
    AWS_CONFIG_FILE: join(dir, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
  };
}

describe('the deadline and the runner’s signals bound every wait', () => {
  test('SIGINT while backing off after throttling (Retry-After 30 s): exits at once, with outputs and summary', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, {});
    emulator.inject({ kind: 'throttle', operation: 'CancelEnvironmentDeployment', retryAfterSeconds: 30, times: Infinity });
    const run = await runAction({
      inputs: { ...nameInputs([target]), ...fast() },
      interrupt: { signal: 'SIGINT', after: emulator.received('CancelEnvironmentDeployment') },
    });
    expect(run.exitAfterSignalMs).toBeLessThan(2000);
    expect(run.outputs.outcome).toBe('error');
    expect(annotations(run.stdout, 'error')[0]?.message).toContain(
      `environment ${target.name}: Proton throttled CancelEnvironmentDeployment on every attempt (1) until the step was interrupted. The cancellation was not made.`,
    );
    expect(run.summary).toContain('<strong>Interrupted:</strong> the step received SIGINT');
    expect(emulator.requests).toHaveLength(1);
    expectNoStackTrace(run);
  });

  test('SIGTERM while a status read backs off after throttling: the accepted cancellation is reported as interrupted', async () => {
    const target = freshTarget('component');
    emulator.addTarget(target, { readsUntilEnd: 3 });
    emulator.inject({ kind: 'throttle', operation: 'GetComponent', retryAfterSeconds: 30, times: Infinity });
    const run = await runAction({
      inputs: { ...nameInputs([target]), ...fast() },
      interrupt: { signal: 'SIGTERM', after: emulator.received('GetComponent') },
    });
    expect(run.exitAfterSignalMs).toBeLessThan(2000);
    expect(run.outputs.outcome).toBe('interrupted');
    expect(run.outputs['deployment-status']).toBe('CANCELLING');
  });

  test('the deadline ends a Retry-After backoff: "throttled on every attempt until wait-timeout-seconds ran out"', async () => {
    const target = freshTarget('service-pipeline');
    emulator.addTarget(target, {});
    emulator.inject({ kind: 'throttle', operation: 'CancelServicePipelineDeployment', retryAfterSeconds: 30, times: Infinity });
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast(), 'wait-timeout-seconds': '1' } });
    expect(run.exitCode).toBe(1);
    expect(annotations(run.stdout, 'error')[0]?.message).toContain(
      `service-pipeline ${target.name}: Proton throttled CancelServicePipelineDeployment on every attempt (1) until wait-timeout-seconds ran out. The cancellation was not made.`,
    );
    // Not a speed measure: the server asked for 30 s and the step must not sit that out.
    expect(run.durationMs).toBeLessThan(10_000);
  });

  test('a credential helper that hangs: a clear error within seconds, with outputs and summary, and no request', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, {});
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast() }, env: profileWithCredentialProcess('sleep 60'), timeoutMs: 25_000 });
    expect(run.exitCode).toBe(1);
    expect(run.signal).toBeNull();
    expect(annotations(run.stdout, 'error')[0]?.message).toContain('AWS credentials could not be loaded within 10 s: the credential provider did not answer');
    expect(run.outputs.outcome).toBe('error');
    expect(run.summary).toContain('could not be loaded within 10 s');
    expect(emulator.requests).toHaveLength(0);
    expect(run.durationMs).toBeLessThan(20_000);
    expectNoStackTrace(run);
  }, 30_000);

  test('a credential helper that hangs, and the deadline comes first: the helper (and what it started) does not outlive the step', async () => {
    const target = freshTarget('environment');
    const pidFile = join(mkdtempSync(join(tmpdir(), 'helper-')), 'pid');
    const run = await runAction({
      inputs: { ...nameInputs([target]), ...fast(), 'wait-timeout-seconds': '1' },
      // A shell that starts a grandchild: both must be stopped.
      env: profileWithCredentialProcess(`sh -c 'sleep 60 & echo $! > ${pidFile}; wait'`),
    });
    expect(annotations(run.stdout, 'error')[0]?.message).toContain('AWS credentials could not be loaded before wait-timeout-seconds ran out: no request was made.');
    expect(run.durationMs).toBeLessThan(8000);
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    expect(isRunning(grandchild)).toBe(false);
    expect(run.stdout).toMatch(/Stopped a process the step had started and stopped waiting for \(a credential_process that did not answer; pid \d+\)/);
  });

  test('a credential helper that hangs, and SIGINT comes: exits at once, and the helper with it', async () => {
    const target = freshTarget('environment');
    const pidFile = join(mkdtempSync(join(tmpdir(), 'helper-')), 'pid');
    const run = await runAction({
      inputs: { ...nameInputs([target]), ...fast() },
      env: profileWithCredentialProcess(`sh -c 'echo $$ > ${pidFile}; exec sleep 60'`),
      // Once the helper runs: the step is then waiting for it.
      interrupt: { signal: 'SIGINT', after: fileAppears(pidFile) },
    });
    expect(run.exitAfterSignalMs).toBeLessThan(2000);
    expect(isRunning(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
    expect(run.stdout).toContain('Stopped a process the step had started and stopped waiting for');
    expect(annotations(run.stdout, 'error')[0]?.message).toContain('The step was interrupted while it was loading AWS credentials: no request was made.');
    expect(run.outputs.outcome).toBe('error');
  });

  test('a credential helper that fails: a clear error naming the profile to check, at once', async () => {
    const target = freshTarget('environment');
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast() }, env: profileWithCredentialProcess('sh -c "exit 3"') });
    const error = annotations(run.stdout, 'error')[0]?.message ?? '';
    expect(error).toContain('No AWS credentials found');
    expect(error).toContain("AWS_PROFILE is helper: check that profile's credential_process or source_profile.");
    expect(run.durationMs).toBeLessThan(8000);
    expectNoStackTrace(run);
  });

  test('expired credentials: a clear error that says what to check', async () => {
    const target = freshTarget('component');
    emulator.addTarget(target, {});
    emulator.inject({ kind: 'expired-token' });
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast() } });
    expect(annotations(run.stdout, 'error')[0]?.message).toMatch(
      /AWS rejected the step's credentials as expired \(ExpiredTokenException\) on CancelComponentDeployment.*The cancellation was not made\. Give the step a role session at least as long as its wait \(aws-actions\/configure-aws-credentials: role-duration-seconds/,
    );
    expectNoStackTrace(run);
  });
});

describe('fleets', () => {
  test('100 environments: every cancel request goes out before any status read, polled by list, and results fit one environment variable', async () => {
    emulator.clearResources();
    const targets = Array.from({ length: 100 }, () => freshTarget('environment'));
    for (const target of targets) emulator.addTarget(target, { readsUntilEnd: 1 });
    const run = await runAction({ inputs: { ...nameInputs(targets), 'endpoint-url': emulator.url, 'poll-interval-seconds': '1' } });

    expect(run.exitCode).toBe(0);
    expect(results(run).map((r) => r.outcome)).toEqual(targets.map(() => 'cancelled'));
    expect(emulator.operations().slice(100)).toEqual(['ListEnvironments']);
    const spread = emulator.requests[99]!.at - emulator.requests[0]!.at;
    expect(spread).toBeLessThan(1000);
    // A later step can take results through env: (Linux limits one variable to 128 KiB).
    const child = spawnSync('sh', ['-c', 'printf %s "$RESULTS" | wc -c'], { env: { RESULTS: run.outputs.results! } });
    expect(child.error).toBeUndefined();
    expect(Number(child.stdout.toString())).toBe(Buffer.byteLength(run.outputs.results!));
  });

  test('20 targets whose status reads are throttled for 8 s: none ends as error, and at most one warning', async () => {
    const [first] = [freshTarget('service-instance')];
    const targets: Target[] = Array.from({ length: 20 }, (_, i) => ({ type: 'service-instance', name: `${first.name}i${i}`, serviceName: first.serviceName! }));
    for (const target of targets) emulator.addTarget(target, { readsUntilEnd: 1 });
    emulator.inject({ kind: 'throttle', operation: 'ListServiceInstances', forMs: 8000 });
    const throttledUntil = performance.now() + 8000;
    const run = await runAction({ inputs: { ...nameInputs(targets), 'endpoint-url': emulator.url, 'poll-interval-seconds': '0.5' }, timeoutMs: 25_000 });

    expect(run.exitCode).toBe(0);
    expect(results(run).map((r) => r.outcome)).toEqual(targets.map(() => 'cancelled'));
    // The reads really were throttled. How many, and whether one also used up all its attempts inside
    // the 8 s, depends on the backoff's random jitter, the pacing and the machine's load, so neither is
    // asserted (test/integration/follow.test.ts covers reads that fail outright); a read that failed
    // was said only at debug level, and warned about at most once.
    const throttled = emulator.requests.filter((r) => r.operation === 'ListServiceInstances' && r.at < throttledUntil);
    expect(throttled.length).toBeGreaterThan(0);
    expect(run.stdout.split('\n').filter((line) => line.includes('the status read failed') && !line.startsWith('::debug::'))).toEqual([]);
    expect(annotations(run.stdout, 'warning').filter((a) => a.properties.title === 'Status reads failing').length).toBeLessThanOrEqual(1);
  }, 30_000);
});

describe('the deployment the step acted on', () => {
  test('a newer deployment starts mid-wait: outputs describe ours, from the history, with a notice about the newer one', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, { redeployAfterReads: 1, newDeployment: { finishesAfterReads: 1 } });
    const ours = emulator.deploymentIdOf('environment', target.name);
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast() } });
    const newer = emulator.deploymentIdOf('environment', target.name);

    expect(run.exitCode).toBe(0);
    expect(run.outputs.outcome).toBe('cancelled');
    expect(run.outputs['deployment-id']).toBe(ours);
    expect(run.outputs['deployment-status']).toBe('CANCELLED');
    expect(JSON.parse(run.outputs.resource!).lastAttemptedDeploymentId).toBe(newer);
    expect(run.stdout).toContain(`a newer deployment ${newer} has started, so deployment ${ours} has ended`);
    expect(annotations(run.stdout, 'notice').find((a) => a.properties.title === 'A newer deployment started')?.message).toContain(newer);
    expect(textOf(run.summary)).toContain(ours);
    expectNoLeaks(run);
  });

  test('someone else is already cancelling: followed to its end and reported, saying who started it is unknown', async () => {
    const target = freshTarget('service-pipeline');
    emulator.addTarget(target, { status: 'CANCELLING', readsUntilEnd: 2 });
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast() } });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(run.stdout).toContain('someone else started the cancellation, who is unknown');
    expect(emulator.operations().filter((op) => op === 'CancelServicePipelineDeployment')).toHaveLength(1);
  });
});

describe('replies that are not what the API promises', () => {
  test.each([
    ['not-json', 'with HTTP 200 (OK) and a body that is not JSON'],
    ['html-403', 'with HTTP 403 (Forbidden) and a body that is not JSON'],
    ['empty-error', 'HTTP 502 (Bad Gateway) and an empty body'],
    ['unknown-error', 'failed with BrandNewException (HTTP 400): Something Proton added after the action was written'],
  ] as const)('%s on the cancel: an error in words a workflow author can act on', async (kind, said) => {
    const target = freshTarget('environment');
    emulator.addTarget(target, {});
    emulator.inject({ kind, operation: 'CancelEnvironmentDeployment', times: Infinity });
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast(), 'max-attempts': '2' } });
    expect(run.outputs.outcome).toBe('error');
    const error = annotations(run.stdout, 'error')[0]?.message ?? '';
    expect(error).toContain('CancelEnvironmentDeployment');
    expect(error).toContain(said);
    expect(`${run.stdout}${run.stderr}${run.summary}`).not.toMatch(/SyntaxError|\$response|Deserialization error|UnknownError/);
    expectNoStackTrace(run);
  });

  test('a cancel answered 200 with an empty body: the resource is read and followed', async () => {
    const target = freshTarget('component');
    emulator.addTarget(target, { readsUntilEnd: 2 });
    emulator.inject({ kind: 'empty-body', operation: 'CancelComponentDeployment' });
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast() } });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(run.outputs['deployment-status']).toBe('CANCELLED');
  });
});

describe('API text wherever it goes', () => {
  test('hostile text in every field cannot start a workflow command, break the summary or leak', async () => {
    const target = freshTarget('environment');
    const hostile = 'boom ##[add-mask]AKIA ##[stop-commands]tok\n::warning::fake\u2028::error::sep\r##[set-output name=outcome;]cancelled';
    emulator.addTarget(target, {
      cancelEndsAs: 'FAILED',
      endMessage: hostile,
      extraFields: { arn: `arn:aws:proton:us-east-1:111122223333:environment/x\n::add-mask::arn ##[error]arn` },
    });
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast() } });

    const commands = runnerCommands(`${run.stdout}\n${run.stderr}`);
    expect(commands.filter((c) => ['add-mask', 'stop-commands', 'set-output', 'warning'].includes(c.command))).toEqual([]);
    // The only error is the step's own failure annotation.
    expect(commands.filter((c) => c.command === 'error')).toHaveLength(1);
    expect(run.summary).not.toMatch(/<script|::add-mask::arn\n/);
    expect(run.outputs['deployment-status-message']).toBe(hostile);
    expectNoLeaks(run);
  });

  test('a megabyte status message and 100 long ones: every output within 1 MiB, results within 128 KiB, summary within 1 MiB', async () => {
    const [big, ...rest] = Array.from({ length: 100 }, () => freshTarget('component'));
    emulator.addTarget(big!, { cancelEndsAs: 'FAILED', endMessage: 'x'.repeat(1_100_000) });
    for (const target of rest) emulator.addTarget(target, { cancelEndsAs: 'FAILED', endMessage: `CloudFormation said: ${'€ "detail" '.repeat(500)}` });
    const run = await runAction({ inputs: { ...nameInputs([big!, ...rest]), ...fast(), 'fail-on': '' }, timeoutMs: 25_000 });

    expect(run.exitCode).toBe(0);
    for (const [name, value] of Object.entries(run.outputs)) expect(Buffer.byteLength(value), name).toBeLessThanOrEqual(1_000_000);
    expect(Buffer.byteLength(run.outputs.results!)).toBeLessThan(128 * 1024);
    expect(results(run)).toHaveLength(100);
    expect(run.stdout).toContain('Long texts were clipped (marked …[clipped]) in the results output');
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
  });

  test('outputs withhold the spec and the description', async () => {
    const target = freshTarget('component');
    emulator.addTarget(target, {});
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast() } });
    const resource = JSON.parse(run.outputs.resource!) as Record<string, unknown>;
    expect(resource).not.toHaveProperty('description');
    expect(resource).not.toHaveProperty('serviceSpec');
    expectNoLeaks(run);
  });
});

describe('inputs', () => {
  test('a name listed twice, CRLF line ends and blank lines: one target, one cancel, and a notice', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, {});
    const run = await runAction({ inputs: { ...fast(), 'resource-type': 'environment', 'environment-name': ` ${target.name}\r\n\r\n${target.name} ,\r\n` } });
    expect(run.exitCode).toBe(0);
    expect(emulator.operations().filter((op) => op === 'CancelEnvironmentDeployment')).toHaveLength(1);
    expect(annotations(run.stdout, 'notice').map((a) => a.message)).toContainEqual(
      `Input "environment-name" lists "${target.name}" more than once: each is cancelled once.`,
    );
    expect(results(run)).toHaveLength(1);
  });
});
