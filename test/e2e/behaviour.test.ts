// How the bundled action behaves around the outcomes: bad input, several targets, fail-on, the
// region and endpoint, credentials, retries, logs and the summary.
import { describe, expect, test } from 'vitest';
import { expectInputError, expectNoLeaks, expectNoStackTrace } from '../support/expectations.js';
import { runAction } from '../support/run-action.js';
import { useEmulator } from '../support/use-emulator.js';
import { freshTarget, nameInputs } from '../support/targets.js';
import { targetOf } from '../../src/domain/resources.js';
import { outcomeRow } from '../support/summary.js';
import { annotations, workflowCommands } from '../support/workflow-commands.js';

const emulator = useEmulator();

const fast = (): Record<string, string> => ({ 'endpoint-url': emulator.url, 'poll-interval-seconds': '0.2' });

describe('bad input: one clear error, and no request', () => {
  test.each([
    [{ 'resource-type': 'environment' }, 'Input "environment-name" is required when resource-type is environment'],
    [{ 'resource-type': 'environment', 'environment-name': 'prod;rm -rf' }, 'Input "environment-name" has "prod;rm -rf", which is not a Proton name'],
    [{ 'resource-type': 'pipeline', 'service-name': 'api' }, 'Input "resource-type" is "pipeline": expected environment, service-instance'],
    [{ 'resource-type': 'environment', 'environment-name': 'p', 'poll-interval-seconds': 'soon' }, 'Input "poll-interval-seconds" is "soon"'],
    [{ 'resource-type': 'environment', 'environment-name': 'p', wait: 'yes' }, 'Input "wait" is "yes": expected true or false.'],
    [{ 'resource-type': 'environment', 'environment-name': 'p', 'fail-on': 'oops' }, 'Input "fail-on" has "oops"'],
    [{ 'resource-type': 'environment', 'environment-name': 'p', 'component-name': 'c' }, 'Input "component-name" does not apply'],
  ])('%j', async (inputs, message) => {
    const run = await runAction({ inputs: { ...inputs, 'endpoint-url': emulator.url } });
    expectInputError(run, emulator, message);
  });

  test('several problems: still one error, listing each', async () => {
    const run = await runAction({ inputs: { 'resource-type': 'service-instance', 'max-attempts': '0' }, env: { AWS_REGION: undefined } });
    const errors = annotations(run.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message.split('\n')).toEqual([
      '4 inputs need fixing:',
      expect.stringContaining('- Input "service-instance-name" is required'),
      expect.stringContaining('- Input "service-name" is required'),
      expect.stringContaining('- Input "max-attempts" is "0"'),
      expect.stringContaining('- Input "aws-region" is not set and neither is AWS_REGION or AWS_DEFAULT_REGION'),
    ]);
  });
});

describe('invalid input still tells later steps and people', () => {
  test('two bad inputs: outcome error, results [], and a summary naming each input to fix', async () => {
    const run = await runAction({ inputs: { ...fast(), 'resource-type': 'environment', 'environment-name': 'p', wait: 'yes', 'poll-interval-seconds': 'soon' } });
    expectInputError(run, emulator, '2 inputs need fixing');
    const items = [...run.summary.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('Input &quot;wait&quot; is &quot;yes&quot;: expected true or false.');
    expect(items[1]).toContain('Input &quot;poll-interval-seconds&quot; is &quot;soon&quot;');
  });

  test("job-summary: 'false' among bad inputs: the outputs, and no summary", async () => {
    const run = await runAction({ inputs: { ...fast(), 'resource-type': 'environment', wait: 'yes', 'job-summary': 'false' } });
    expect(run.outputs.outcome).toBe('error');
    expect(run.summary).toBe('');
  });
});

describe('several targets', () => {
  test('each gets a result; the step takes the most severe outcome; per-resource outputs are empty', async () => {
    const targets = [freshTarget('service-instance'), freshTarget('service-instance'), freshTarget('service-instance')];
    const [a, b, c] = targets.map((t) => targetOf('service-instance', t.name, targets[0]!.serviceName));
    emulator.addTarget(a!, { readsUntilEnd: 1 });
    emulator.addTarget(b!, { cancelEndsAs: 'SUCCEEDED' });
    emulator.addTarget(c!, { status: 'CANCELLED' });
    const run = await runAction({ inputs: { ...nameInputs([a!, b!, c!]), ...fast() } });

    expect(run.exitCode).toBe(0);
    expect(run.outputs.outcome).toBe('succeeded');
    const results = JSON.parse(run.outputs.results!) as Array<Record<string, string>>;
    expect(results.map((r) => [r.name, r.serviceName, r.outcome, r.deploymentStatus])).toEqual([
      [a!.name, a!.serviceName, 'cancelled', 'CANCELLED'],
      [b!.name, a!.serviceName, 'succeeded', 'SUCCEEDED'],
      [c!.name, a!.serviceName, 'not-in-progress', 'CANCELLED'],
    ]);
    for (const name of ['deployment-status', 'deployment-status-message', 'arn', 'deployment-id', 'last-succeeded-deployment-id', 'resource']) {
      expect(run.outputs[name], name).toBe('');
    }
    for (const t of [a!, b!, c!]) expect(outcomeRow(run.summary, t.name)?.target).toBe(`${a!.serviceName} / ${t.name}`);
    // A group per target, each opened and closed.
    const groups = workflowCommands(run.stdout).filter((cmd) => cmd.command === 'group').map((cmd) => cmd.message);
    expect(groups.sort()).toEqual(
      [`service-instance ${a!.serviceName}/${a!.name}: cancelled`, `service-instance ${a!.serviceName}/${b!.name}: succeeded`, `service-instance ${a!.serviceName}/${c!.name}: not-in-progress`].sort(),
    );
    expect(workflowCommands(run.stdout).filter((cmd) => cmd.command === 'endgroup')).toHaveLength(3);
  });

  test('an error on one target fails the step but the others still go ahead', async () => {
    const present = freshTarget('environment');
    const missing = freshTarget('environment');
    emulator.addTarget(present, {});
    const run = await runAction({ inputs: { ...nameInputs([missing, present]), ...fast() } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.outcome).toBe('error');
    expect((JSON.parse(run.outputs.results!) as Array<{ outcome: string }>).map((r) => r.outcome)).toEqual(['error', 'cancelled']);
    const [error] = annotations(run.stdout, 'error');
    expect(error?.properties.title).toBe('1 of 2 targets fails the step');
    // The target's label is said once, before what happened to it.
    expect(error?.message).toMatch(new RegExp(`^1 of 2 targets fails the step:\\n- environment ${missing.name}: Not found in us-east-1: check the name`));
    expect(run.summary).toContain('Cancel Proton deployments: 1 of 2 targets fails the step</h2>');
    expect(run.summary).toContain('<h3>Fail the step (1)</h3>');
  });
});

describe('fail-on', () => {
  test("'' fails on nothing but error", async () => {
    const target = freshTarget('component');
    emulator.addTarget(target, { cancelEndsAs: 'FAILED' });
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast(), 'fail-on': '' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.outcome).toBe('failed');
    expect(annotations(run.stdout, 'warning')[0]?.message).toContain('the cancellation attempt failed');
  });

  test('listing succeeded fails the step when the deployment finished first', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, { cancelEndsAs: 'SUCCEEDED' });
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast(), 'fail-on': 'succeeded\nfailed' } });
    expect(run.exitCode).toBe(1);
    expect(annotations(run.stdout, 'error')[0]?.message).toBe(
      `environment ${target.name}: the deployment finished (SUCCEEDED) before the cancellation took effect (outcome succeeded).`,
    );
    expect(annotations(run.stdout, 'warning')).toHaveLength(0);
  });
});

describe('region, endpoint and credentials', () => {
  test('AWS_DEFAULT_REGION is used when AWS_REGION is absent; AWS_ENDPOINT_URL_PROTON when endpoint-url is', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, {});
    const run = await runAction({
      inputs: { ...nameInputs([target]), 'poll-interval-seconds': '0.2' },
      env: { AWS_REGION: undefined, AWS_DEFAULT_REGION: 'ap-southeast-2', AWS_ENDPOINT_URL_PROTON: emulator.url },
    });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(new Set(emulator.requests.map((r) => r.region))).toEqual(new Set(['ap-southeast-2']));
    expect(run.summary).toContain('https://ap-southeast-2.console.aws.amazon.com/proton/home?region=ap-southeast-2#/environments/detail/');
  });

  test('aws-region wins over AWS_REGION', async () => {
    const target = freshTarget('component');
    emulator.addTarget(target, {});
    await runAction({ inputs: { ...nameInputs([target]), ...fast(), 'aws-region': 'eu-north-1' } });
    expect(emulator.requests[0]?.region).toBe('eu-north-1');
  });

  test('no credentials: one error that says how to provide them, and no request', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, {});
    const run = await runAction({
      inputs: { ...nameInputs([target]), ...fast() },
      env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.outcome).toBe('error');
    expect(annotations(run.stdout, 'error')[0]?.message).toContain('No AWS credentials found');
    expect(annotations(run.stdout, 'error')[0]?.message).toContain('aws-actions/configure-aws-credentials');
    expect(emulator.requests).toHaveLength(0);
    expect(run.summary).toContain('No AWS credentials found');
    expectNoStackTrace(run);
  });
});

describe('retries and stalls', () => {
  test('retries that never stop end the step with a clear error after max-attempts', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, {});
    emulator.inject({ kind: 'bad-gateway', times: Infinity });
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast(), 'max-attempts': '2' } });
    expect(run.exitCode).toBe(1);
    expect(emulator.requests).toHaveLength(2);
    expect(annotations(run.stdout, 'error')[0]?.message).toMatch(/HTTP 502 \(Bad Gateway\) and a body that is not JSON on all 2 attempts/);
    expectNoStackTrace(run);
  });

  test('a read Proton never answers: the step still ends when wait-timeout-seconds runs out', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, { readsUntilEnd: 5 });
    emulator.inject({ kind: 'hang', operation: 'GetEnvironment', times: Infinity });
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast(), 'wait-timeout-seconds': '1.5' } });
    expect(run.outputs.outcome).toBe('timed-out');
    expect(run.exitCode).toBe(1);
    // Generous bound: the wait is 1.5 s; the process must not hang on the open request.
    expect(run.durationMs).toBeLessThan(8000);
  });
});

describe('logs and summary', () => {
  test('a line per status change with the time waited; per-poll detail only as debug', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, { readsUntilEnd: 3 });
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast() } });
    const label = `environment ${target.name}`;
    const lines = run.stdout.split('\n').filter((l) => l.startsWith(`${label}: `));
    expect(lines).toEqual([
      `${label}: cancellation requested: Proton reports CANCELLING`,
      expect.stringMatching(new RegExp(`^${label}: Proton reports CANCELLED after \\d+ s$`)),
    ]);
    expect(workflowCommands(run.stdout).filter((c) => c.command === 'debug' && c.message.includes(': poll '))).toHaveLength(3);
  });

  test('status messages cannot inject workflow commands or markup', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, {
      cancelEndsAs: 'FAILED',
      endMessage: 'boom\n::add-mask::AKIA\n::error::fake\n</td></tr></table><script>x</script>\n\n# heading',
    });
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast() } });
    expect(workflowCommands(run.stdout).some((c) => c.command === 'add-mask')).toBe(false);
    expect(annotations(run.stdout, 'error')).toHaveLength(1);
    expect(run.summary).not.toMatch(/<script|<\/td><\/tr><\/table><script/);
    expect(outcomeRow(run.summary, target.name)?.happened).toContain('</td></tr></table><script>x</script>');
    expect(run.outputs['deployment-status-message']).toContain('::add-mask::AKIA');
    expectNoLeaks(run);
  });

  test('job-summary: false writes no summary, and changes nothing else', async () => {
    const target = freshTarget('component');
    emulator.addTarget(target, {});
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast(), 'job-summary': 'false' } });
    expect(run.summary).toBe('');
    expect(run.outputs.outcome).toBe('cancelled');
  });

  test('the summary is written when the step fails too, with the run context', async () => {
    const target = freshTarget('component');
    emulator.addTarget(target, { cancelEndsAs: 'FAILED', endMessage: 'nope' });
    const run = await runAction({ inputs: { ...nameInputs([target]), ...fast() } });
    expect(run.exitCode).toBe(1);
    expect(outcomeRow(run.summary, target.name)?.happened).toContain('nope');
    expect(run.summary).toContain('<a href="https://github.com/acme/app/actions/runs/4242">run #17</a>');
  });
});
