// Every credential source a self-hosted runner uses, from dist/ as the runner runs it, against local
// stand-ins: instance metadata (IMDSv2), container credentials (ECS task role, EKS Pod Identity),
// web identity (EKS IRSA), a profile that assumes a role from a source profile, credential_process,
// and SSO. Where a source makes its own STS or SSO request, also through the proxy, to AWS's default
// host names (played on 127.0.0.1): the proxy carries those too, and never instance metadata or
// container credentials. Each test checks the key Proton saw is the one the source issued.
import { describe, expect, test } from 'vitest';
import { freshTarget, nameInputs } from '../support/targets.js';
import { awsHome, connections, useSelfHostedNetwork } from '../network/self-hosted-network.js';
import { createHash } from 'node:crypto';

const network = useSelfHostedNetwork();
const fast = { 'poll-interval-seconds': '0.2' };

/** No credentials from the harness's environment, no instance metadata unless a test gives it. */
const NO_AMBIENT_CREDENTIALS = { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined, AWS_EC2_METADATA_DISABLED: 'true' };

function keysProtonSaw(): string[] {
  return [...new Set(network.emulator.requests.map((r) => r.accessKeyId ?? ''))];
}

async function cancelOne(env: Record<string, string | undefined>, viaProxy = false): Promise<Awaited<ReturnType<typeof network.run>>> {
  const target = freshTarget('environment');
  network.emulator.addTarget(target, { readsUntilEnd: 1 });
  const endpoint: Record<string, string> = viaProxy ? {} : { 'endpoint-url': network.emulator.url };
  const proxy = viaProxy ? { HTTPS_PROXY: network.proxyUrl('ci:proxy-pass'), NODE_EXTRA_CA_CERTS: network.ca.caPath } : {};
  return network.run({ inputs: { ...nameInputs([target]), ...fast, ...endpoint }, env: { ...NO_AMBIENT_CREDENTIALS, ...proxy, ...env } });
}

describe('sources on the runner itself: never through a proxy', () => {
  test('instance profile (IMDSv2): token, role, credentials; with both proxy variables set, the proxy sees none of it', async () => {
    const { home } = awsHome({});
    const run = await cancelOne({
      HOME: home,
      AWS_EC2_METADATA_DISABLED: undefined,
      AWS_EC2_METADATA_SERVICE_ENDPOINT: network.imds.url,
      HTTP_PROXY: network.proxyUrl(),
      HTTPS_PROXY: network.proxyUrl(),
    });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(network.imds.calls.map((c) => c.path)).toEqual([
      '/latest/api/token',
      '/latest/meta-data/iam/security-credentials/',
      `/latest/meta-data/iam/security-credentials/${network.imds.role}`,
    ]);
    expect(keysProtonSaw()).toEqual(network.imds.keys());
    expect(network.proxy.visits).toEqual([]);
  });

  test('container credentials (ECS task role, EKS Pod Identity): the token file is sent; the proxy sees none of it', async () => {
    const { home, path } = awsHome({ 'token': network.container.authorizationToken });
    const run = await cancelOne({
      HOME: home,
      AWS_CONTAINER_CREDENTIALS_FULL_URI: `${network.container.url}/v1/credentials`,
      AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: path('token'),
      HTTP_PROXY: network.proxyUrl(),
      HTTPS_PROXY: network.proxyUrl(),
    });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(network.container.calls).toEqual([{ path: '/v1/credentials', credential: network.container.authorizationToken }]);
    expect(keysProtonSaw()).toEqual(network.container.keys());
    expect(network.proxy.visits).toEqual([]);
  });
});

describe('sources that ask STS or SSO: directly, and through the proxy to the default endpoints', () => {
  const webIdentity = (): Record<string, string> => {
    const { home, path } = awsHome({ 'eks-token': 'eyJhbGciOi.irsa-token.sig' });
    return { HOME: home, AWS_WEB_IDENTITY_TOKEN_FILE: path('eks-token'), AWS_ROLE_ARN: 'arn:aws:iam::111122223333:role/irsa', AWS_ROLE_SESSION_NAME: 'runner' };
  };

  test('web identity (EKS IRSA), STS at AWS_ENDPOINT_URL_STS', async () => {
    const run = await cancelOne({ ...webIdentity(), AWS_ENDPOINT_URL_STS: network.sts.url });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(network.sts.calls.map((c) => [c.action, c.role, c.credential])).toEqual([
      ['AssumeRoleWithWebIdentity', 'arn:aws:iam::111122223333:role/irsa', 'eyJhbGciOi.irsa-token.sig'],
    ]);
    expect(keysProtonSaw()).toEqual(network.sts.keys());
  });

  test('web identity through the proxy: STS and Proton both tunnelled, nothing else connected', async () => {
    const run = await cancelOne(webIdentity(), true);
    expect(run.outputs.outcome).toBe('cancelled');
    expect(network.proxy.targets()).toEqual(expect.arrayContaining(['sts.us-east-1.amazonaws.com:443', 'proton.us-east-1.amazonaws.com:443']));
    expect(network.proxy.visits.every((v) => v.credentials === 'ci:proxy-pass')).toBe(true);
    expect(connections(run)).toEqual({ connected: [`127.0.0.1:${network.proxy.port}`], refused: [] });
    expect(keysProtonSaw()).toEqual(network.sts.keys());
  });

  const assumeRoleProfile = (): Record<string, string | undefined> => {
    const { home, path } = awsHome({
      '.aws/config': '[profile ci]\nrole_arn = arn:aws:iam::111122223333:role/deployer\nsource_profile = base\nregion = us-east-1\n',
      '.aws/credentials': '[base]\naws_access_key_id = AKIABASEPROFILE00001\naws_secret_access_key = base-profile-secret\n',
    });
    return { HOME: home, AWS_PROFILE: 'ci', AWS_CONFIG_FILE: path('.aws/config'), AWS_SHARED_CREDENTIALS_FILE: path('.aws/credentials') };
  };

  test('a profile that assumes a role from a source profile, STS at AWS_ENDPOINT_URL_STS', async () => {
    const run = await cancelOne({ ...assumeRoleProfile(), AWS_ENDPOINT_URL_STS: network.sts.url });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(network.sts.calls.map((c) => [c.action, c.role, c.credential])).toEqual([['AssumeRole', 'arn:aws:iam::111122223333:role/deployer', 'AKIABASEPROFILE00001']]);
    expect(keysProtonSaw()).toEqual(network.sts.keys());
  });

  test('a profile that assumes a role, through the proxy', async () => {
    const run = await cancelOne(assumeRoleProfile(), true);
    expect(run.outputs.outcome).toBe('cancelled');
    expect(network.proxy.targets()).toEqual(expect.arrayContaining(['sts.us-east-1.amazonaws.com:443', 'proton.us-east-1.amazonaws.com:443']));
    expect(connections(run)).toEqual({ connected: [`127.0.0.1:${network.proxy.port}`], refused: [] });
    expect(keysProtonSaw()).toEqual(network.sts.keys());
  });

  test('SSO (a cached token, then GetRoleCredentials), through the proxy to the SSO portal', async () => {
    const startUrl = 'https://corp.awsapps.com/start';
    const cacheFile = `.aws/sso/cache/${createHash('sha1').update(startUrl).digest('hex')}.json`;
    const { home, path } = awsHome({
      '.aws/config': `[profile sso]\nsso_start_url = ${startUrl}\nsso_region = us-east-1\nsso_account_id = 111122223333\nsso_role_name = Deployer\nregion = us-east-1\n`,
      [cacheFile]: JSON.stringify({ startUrl, region: 'us-east-1', accessToken: network.sso.accessToken, expiresAt: '2099-01-01T00:00:00Z' }),
    });
    const run = await cancelOne({ HOME: home, AWS_PROFILE: 'sso', AWS_CONFIG_FILE: path('.aws/config') }, true);
    expect(run.outputs.outcome).toBe('cancelled');
    expect(network.sso.calls).toEqual([{ path: '/federation/credentials', role: 'Deployer', credential: network.sso.accessToken }]);
    expect(network.proxy.targets()).toEqual(expect.arrayContaining(['portal.sso.us-east-1.amazonaws.com:443', 'proton.us-east-1.amazonaws.com:443']));
    expect(connections(run)).toEqual({ connected: [`127.0.0.1:${network.proxy.port}`], refused: [] });
    expect(keysProtonSaw()).toEqual(network.sso.keys());
  });

  test('credential_process', async () => {
    const { home, path } = awsHome({
      'helper.mjs': `process.stdout.write(JSON.stringify({ Version: 1, AccessKeyId: 'AKIAPROCESSHELPER001', SecretAccessKey: 'helper-secret', SessionToken: 'helper-session', Expiration: new Date(Date.now() + 3600e3).toISOString() }));`,
    });
    const config = awsHome({ config: `[profile helper]\ncredential_process = ${process.execPath} ${path('helper.mjs')}\n` });
    const run = await cancelOne({ HOME: home, AWS_PROFILE: 'helper', AWS_CONFIG_FILE: config.path('config') });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(keysProtonSaw()).toEqual(['AKIAPROCESSHELPER001']);
  });
});
