// Private certificate authorities, as self-hosted runners have them: NODE_EXTRA_CA_CERTS (Node's own,
// which nothing in the step may drop), AWS_CA_BUNDLE and a profile's ca_bundle (the AWS CLI's, which
// the step adds to Node's roots), and a TLS-inspecting proxy whose CA the runner does not trust. The
// bundled action, a TLS endpoint signed by a CA made for the run, and the network guard.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectNoStackTrace } from '../support/expectations.js';
import { freshTarget, nameInputs } from '../support/targets.js';
import { annotations } from '../support/workflow-commands.js';
import { awsHome, connections, useSelfHostedNetwork } from '../network/self-hosted-network.js';

const network = useSelfHostedNetwork();
const fast = { 'poll-interval-seconds': '0.2' };
/** The TLS front plays https://localhost:PORT with the test CA's certificate. */
const tlsEndpoint = (): string => `https://localhost:${network.front.port}`;

describe('a TLS endpoint signed by a private CA', () => {
  test('NODE_EXTRA_CA_CERTS: trusted, as Node gives it', async () => {
    const target = freshTarget('environment');
    network.emulator.addTarget(target, { readsUntilEnd: 1 });
    const run = await network.run({ inputs: { ...nameInputs([target]), ...fast, 'endpoint-url': tlsEndpoint() }, env: { NODE_EXTRA_CA_CERTS: network.ca.caPath } });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(network.front.servernames).toContain('localhost');
  });

  test('without the CA: not trusted, and the error says which variable to set', async () => {
    const target = freshTarget('environment');
    network.emulator.addTarget(target, {});
    const run = await network.run({ inputs: { ...nameInputs([target]), ...fast, 'endpoint-url': tlsEndpoint() } });
    expect(run.outputs.outcome).toBe('error');
    const message = annotations(run.stdout, 'error')[0]?.message ?? '';
    expect(message).toMatch(/TLS refused the certificate the endpoint presented for CancelEnvironmentDeployment \((UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)\)/);
    expect(message).toContain("set NODE_EXTRA_CA_CERTS (or AWS_CA_BUNDLE) to that CA's PEM file.");
    // Asking again cannot help: one attempt.
    expect(network.front.failedHandshakes).toBe(1);
    expect(network.emulator.requests).toHaveLength(0);
    expectNoStackTrace(run);
  });

  test('AWS_CA_BUNDLE: trusted, as the AWS CLI trusts it', async () => {
    const target = freshTarget('component');
    network.emulator.addTarget(target, { readsUntilEnd: 0 });
    const run = await network.run({ inputs: { ...nameInputs([target]), ...fast, 'endpoint-url': tlsEndpoint() }, env: { AWS_CA_BUNDLE: network.ca.caPath } });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(run.stdout).toContain(`Trusting 1 certificate from ${network.ca.caPath} (AWS_CA_BUNDLE) in addition to Node's.`);
  });

  test("AWS_CA_BUNDLE adds to Node's roots: NODE_EXTRA_CA_CERTS still counts when the bundle holds another CA", async () => {
    const target = freshTarget('environment');
    network.emulator.addTarget(target, { readsUntilEnd: 0 });
    const { path } = awsHome({ 'other-ca.pem': network.ca.selfSigned.cert });
    const run = await network.run({
      inputs: { ...nameInputs([target]), ...fast, 'endpoint-url': tlsEndpoint() },
      env: { AWS_CA_BUNDLE: path('other-ca.pem'), NODE_EXTRA_CA_CERTS: network.ca.caPath },
    });
    expect(run.outputs.outcome).toBe('cancelled');
  });

  test('ca_bundle of the selected profile: trusted, like AWS_CA_BUNDLE', async () => {
    const target = freshTarget('environment');
    network.emulator.addTarget(target, { readsUntilEnd: 0 });
    const { home, path } = awsHome({ '.aws/config': '' });
    writeFileSync(
      path('.aws/config'),
      `[profile ci]\nregion = us-east-1\naws_access_key_id = AKIAPROFILE0000TEST1\naws_secret_access_key = profile-secret\nca_bundle = ${network.ca.caPath}\n`,
    );
    const run = await network.run({
      inputs: { ...nameInputs([target]), ...fast, 'endpoint-url': tlsEndpoint() },
      env: { HOME: home, AWS_PROFILE: 'ci', AWS_CONFIG_FILE: path('.aws/config'), AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined },
    });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(run.stdout).toContain('(ca_bundle of profile ci)');
  });

  test('AWS_CA_BUNDLE wins over the profile\'s ca_bundle, as with the CLI', async () => {
    const target = freshTarget('environment');
    network.emulator.addTarget(target, { readsUntilEnd: 0 });
    const { home, path } = awsHome({ '.aws/config': '[default]\nca_bundle = /nowhere/ca.pem\n' });
    const run = await network.run({
      inputs: { ...nameInputs([target]), ...fast, 'endpoint-url': tlsEndpoint() },
      env: { HOME: home, AWS_CONFIG_FILE: path('.aws/config'), AWS_CA_BUNDLE: network.ca.caPath },
    });
    expect(run.outputs.outcome).toBe('cancelled');
  });
});

describe('a CA bundle the step cannot use: one clear error before any request', () => {
  test.each([
    ['missing', (dir: string) => join(dir, 'missing.pem'), 'which does not exist'],
    ['a directory', (dir: string) => dir, 'which is a directory'],
    ['not PEM', (dir: string) => join(dir, 'garbage.pem'), 'which holds no PEM certificate'],
    ['a broken certificate', (dir: string) => join(dir, 'broken.pem'), 'whose certificate number 1 is not a valid PEM certificate'],
  ])('AWS_CA_BUNDLE %s', async (_case, pathIn, says) => {
    const target = freshTarget('environment');
    network.emulator.addTarget(target, {});
    const { home } = awsHome({
      'garbage.pem': 'not a certificate\n',
      'broken.pem': '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n',
    });
    const bundle = pathIn(home);
    const run = await network.run({ inputs: { ...nameInputs([target]), ...fast }, env: { AWS_CA_BUNDLE: bundle } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.outcome).toBe('error');
    expect(annotations(run.stdout, 'error')[0]?.message).toContain(`AWS_CA_BUNDLE is ${JSON.stringify(bundle)}, ${says}`);
    expect(annotations(run.stdout, 'error')[0]?.message).toContain('No request was made.');
    expect(connections(run)).toEqual({ connected: [], refused: [] });
    expectNoStackTrace(run);
  });
});

describe('a proxy that inspects TLS', () => {
  test('its CA not trusted: the error names the proxy as a likely cause and the variable to set', async () => {
    const target = freshTarget('environment');
    network.emulator.addTarget(target, {});
    network.front.selfSigned = true;
    const run = await network.run({ inputs: { ...nameInputs([target]), ...fast }, env: { HTTPS_PROXY: network.proxyUrl(), NODE_EXTRA_CA_CERTS: network.ca.caPath } });
    expect(run.outputs.outcome).toBe('error');
    expect(annotations(run.stdout, 'error')[0]?.message).toContain(
      `If the proxy 127.0.0.1:${network.proxy.port} (HTTPS_PROXY) inspects TLS with a CA of its own, or a private CA signs the endpoint, set NODE_EXTRA_CA_CERTS (or AWS_CA_BUNDLE) to that CA's PEM file.`,
    );
  });

  test('its CA in AWS_CA_BUNDLE: the tunnelled TLS trusts it', async () => {
    const target = freshTarget('environment');
    network.emulator.addTarget(target, { readsUntilEnd: 0 });
    const run = await network.run({ inputs: { ...nameInputs([target]), ...fast }, env: { HTTPS_PROXY: network.proxyUrl(), AWS_CA_BUNDLE: network.ca.caPath } });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(network.proxy.targets()).toContain('proton.us-east-1.amazonaws.com:443');
  });
});
