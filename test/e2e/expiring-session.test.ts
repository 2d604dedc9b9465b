// A role session that ends while the step waits: said plainly when AWS answers ExpiredTokenException,
// warned of at the start when the expiry is known and the wait can outlast it, and no problem at all
// for sources the SDK refreshes (instance metadata, container credentials, web identity), which must
// keep working past their first expiry. The bundled action, as the runner runs it.
import { afterEach, describe, expect, test } from 'vitest';
import { TEST_ACCESS_KEY_ID } from '../support/run-action.js';
import { freshTarget, nameInputs } from '../support/targets.js';
import { annotations } from '../support/workflow-commands.js';
import { awsHome, useSelfHostedNetwork } from '../network/self-hosted-network.js';

const network = useSelfHostedNetwork();
const fast = { 'poll-interval-seconds': '0.2' };
const ADVICE = "Give the step a role session at least as long as its wait (aws-actions/configure-aws-credentials: role-duration-seconds, up to the role's maximum session duration), or a shorter wait-timeout-seconds.";

describe('credentials that expire while the step follows its cancellations', () => {
  test('ExpiredTokenException on a status read: how long into the step, which cancellations stand, what to do', async () => {
    const targets = [freshTarget('environment'), freshTarget('environment')];
    for (const target of targets) network.emulator.addTarget(target, { readsUntilEnd: 5 });
    // The session ends once the second cancel has been answered (the emulator checks the key before its hooks run).
    network.emulator.before('CancelEnvironmentDeployment', () =>
      network.emulator.before('CancelEnvironmentDeployment', () => network.emulator.expiredKeys.add(TEST_ACCESS_KEY_ID)),
    );
    const run = await network.run({ inputs: { ...nameInputs(targets), ...fast, 'endpoint-url': network.emulator.url } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.outcome).toBe('error');
    // Both cancellations were made; then every read was refused, once each: an expired session is not retried.
    expect(network.emulator.operations().filter((op) => op.startsWith('Cancel'))).toHaveLength(2);
    expect(network.emulator.operations().filter((op) => op === 'GetEnvironment')).toHaveLength(2);
    const [error] = annotations(run.stdout, 'error');
    const names = targets.map((t) => `environment ${t.name}`).join(', ');
    expect(error?.message).toMatch(/^The AWS credentials expired \d+ s into the step\. /);
    expect(error?.message).toContain(`The cancellations already requested stand, but where they ended could not be read: ${names}. ${ADVICE}`);
    const results = JSON.parse(run.outputs.results ?? '[]') as Array<{ error: string }>;
    expect(results[0]?.error).toMatch(/^AWS rejected the step's credentials as expired \(ExpiredTokenException\) on GetEnvironment, \d+ s into the step: /);
    expect(results[0]?.error).toContain(`The cancellation already requested stands; where the deployment ended could not be read. ${ADVICE}`);
    expect(run.summary).toContain('<strong>Credentials expired:</strong> The AWS credentials expired');
  });

  test('ExpiredTokenException on the cancel itself: the cancellation was not made, and the summary says so', async () => {
    const target = freshTarget('component');
    network.emulator.addTarget(target, {});
    network.emulator.expiredKeys.add(TEST_ACCESS_KEY_ID);
    const run = await network.run({ inputs: { ...nameInputs([target]), ...fast, 'endpoint-url': network.emulator.url } });
    expect(run.outputs.outcome).toBe('error');
    expect(network.emulator.requests).toHaveLength(1);
    const message = annotations(run.stdout, 'error')[0]?.message ?? '';
    expect(message).toContain(`Not cancelled, because the credentials had expired: component ${target.name}. ${ADVICE}`);
    expect(message).toContain(`The cancellation was not made. ${ADVICE}`);
  });
});

describe('a known expiry that the wait can outlast: one warning at the start', () => {
  const expiringIn = (minutes: number): string => new Date(Date.now() + minutes * 60_000).toISOString();

  test('AWS_CREDENTIAL_EXPIRATION before wait-timeout-seconds runs out: warned once, with what to do', async () => {
    const target = freshTarget('environment');
    network.emulator.addTarget(target, { readsUntilEnd: 1 });
    const run = await network.run({
      inputs: { ...nameInputs([target]), ...fast, 'endpoint-url': network.emulator.url, 'wait-timeout-seconds': '3600' },
      env: { AWS_CREDENTIAL_EXPIRATION: expiringIn(20) },
    });
    expect(run.outputs.outcome).toBe('cancelled');
    const warnings = annotations(run.stdout, 'warning').filter((a) => a.properties.title === 'Credentials expire before the wait can end');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/^The AWS credentials this step uses expire at \S+Z, in (19|20) min \d+ s \(AWS_CREDENTIAL_EXPIRATION\)/);
    expect(warnings[0]?.message).toContain(ADVICE);
  });

  test.each([
    ['the wait is shorter than the session', { 'wait-timeout-seconds': '600' }],
    ['the step does not wait', { wait: 'false' }],
  ])('no warning when %s', async (_case, inputs) => {
    const target = freshTarget('environment');
    network.emulator.addTarget(target, { readsUntilEnd: 1 });
    const run = await network.run({ inputs: { ...nameInputs([target]), ...fast, 'endpoint-url': network.emulator.url, ...inputs }, env: { AWS_CREDENTIAL_EXPIRATION: expiringIn(20) } });
    expect(annotations(run.stdout, 'warning')).toEqual([]);
  });

  test('no warning for a source the SDK refreshes, however soon it expires', async () => {
    const target = freshTarget('environment');
    network.emulator.addTarget(target, { readsUntilEnd: 1 });
    network.container.lifetimeMs = 10 * 60_000;
    const { home, path } = awsHome({ token: network.container.authorizationToken });
    const run = await network.run({
      inputs: { ...nameInputs([target]), ...fast, 'endpoint-url': network.emulator.url },
      env: {
        HOME: home,
        AWS_ACCESS_KEY_ID: undefined,
        AWS_SECRET_ACCESS_KEY: undefined,
        AWS_CONTAINER_CREDENTIALS_FULL_URI: `${network.container.url}/creds`,
        AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: path('token'),
      },
    });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(annotations(run.stdout, 'warning')).toEqual([]);
  });
});

describe('sources that refresh keep working past their first expiry', () => {
  // The SDK refreshes credentials once they are within 5 minutes of expiring (@smithy/core 3.41,
  // memoizeIdentityProvider). These stand-ins issue keys that expire in 5 minutes and 0.6 s, and the
  // emulator refuses each key 2 s after it was issued: a step that kept its first key would fail.
  const REFRESH_WINDOW_MS = 5 * 60_000;
  let expirer: NodeJS.Timeout | undefined;
  afterEach(() => clearInterval(expirer));

  const sources: Array<[string, () => Record<string, string | undefined>, () => string[]]> = [
    [
      'instance metadata',
      () => ({ HOME: awsHome({}).home, AWS_EC2_METADATA_DISABLED: undefined, AWS_EC2_METADATA_SERVICE_ENDPOINT: network.imds.url }),
      () => network.imds.keys(),
    ],
    [
      'container credentials',
      () => {
        const { home, path } = awsHome({ token: network.container.authorizationToken });
        return { HOME: home, AWS_CONTAINER_CREDENTIALS_FULL_URI: `${network.container.url}/creds`, AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: path('token') };
      },
      () => network.container.keys(),
    ],
    [
      'web identity',
      () => {
        const { home, path } = awsHome({ token: 'eyJ.irsa.sig' });
        return { HOME: home, AWS_WEB_IDENTITY_TOKEN_FILE: path('token'), AWS_ROLE_ARN: 'arn:aws:iam::111122223333:role/irsa', AWS_ENDPOINT_URL_STS: network.sts.url };
      },
      () => network.sts.keys(),
    ],
  ];

  test.each(sources)('%s: a wait longer than each key lasts still ends cancelled, with fresh keys', async (_source, env, issuedKeys) => {
    for (const standIn of [network.imds, network.container, network.sts]) standIn.lifetimeMs = REFRESH_WINDOW_MS + 600;
    const issuedAt = new Map<string, number>();
    expirer = setInterval(() => {
      for (const key of issuedKeys()) if (!issuedAt.has(key)) issuedAt.set(key, Date.now());
      for (const [key, at] of issuedAt) if (Date.now() - at > 2000) network.emulator.expiredKeys.add(key);
    }, 50);
    const target = freshTarget('environment');
    network.emulator.addTarget(target, { cancelEndsAfterMs: 5000 });
    const run = await network.run({
      inputs: { ...nameInputs([target]), 'poll-interval-seconds': '0.5', 'endpoint-url': network.emulator.url },
      env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined, ...env() },
    });
    expect(run.outputs.outcome).toBe('cancelled');
    const used = new Set(network.emulator.requests.map((r) => r.accessKeyId));
    expect(used.size).toBeGreaterThan(1);
    expect([...used].every((key) => issuedKeys().includes(key ?? ''))).toBe(true);
    expect(network.emulator.expiredKeys.size).toBeGreaterThan(0);
  });
});
