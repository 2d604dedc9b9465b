// Behind a company proxy, as a self-hosted runner is: the bundled action, the default endpoint (no
// endpoint-url), a real CONNECT proxy on 127.0.0.1, and the network guard, which fails a run that
// connects anywhere but where the test says. Nothing leaves the machine.
import { describe, expect, test } from 'vitest';
import { expectNoStackTrace } from '../support/expectations.js';
import { freshTarget, nameInputs } from '../support/targets.js';
import { annotations } from '../support/workflow-commands.js';
import { connections, PLAIN_HTTP_HOST, useSelfHostedNetwork } from '../network/self-hosted-network.js';
import type { ActionRun } from '../support/run-action.js';

const network = useSelfHostedNetwork();
const PASSWORD = 'pr0xy-p%40ss-7e1';

function everythingWritten(run: ActionRun): string {
  return [run.stdout, run.stderr.split('\n').filter((l) => !l.startsWith('network-guard:')).join('\n'), run.summary, JSON.stringify(run.outputs)].join('\n');
}

const fast = { 'poll-interval-seconds': '0.2' };

describe('requests go through the proxy the runner exports', () => {
  test('HTTPS_PROXY: the default endpoint through a CONNECT tunnel, credentials as Proxy-Authorization and nowhere else', async () => {
    const target = freshTarget('environment');
    network.emulator.addTarget(target, { readsUntilEnd: 1 });
    const run = await network.run({
      inputs: { ...nameInputs([target]), ...fast },
      env: { HTTPS_PROXY: network.proxyUrl(`ci-runner:${PASSWORD}`), NODE_EXTRA_CA_CERTS: network.ca.caPath },
    });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(connections(run)).toEqual({ connected: [`127.0.0.1:${network.proxy.port}`], refused: [] });
    expect(network.proxy.visits.map((v) => [v.method, v.target, v.credentials])).toContainEqual([
      'CONNECT',
      'proton.us-east-1.amazonaws.com:443',
      'ci-runner:pr0xy-p@ss-7e1',
    ]);
    expect(network.emulator.operations()).toEqual(['CancelEnvironmentDeployment', 'GetEnvironment']);
    expect(run.stdout).toContain(`Proton (proton.us-east-1.amazonaws.com:443) is reached through the proxy 127.0.0.1:${network.proxy.port} (HTTPS_PROXY).`);
    const written = everythingWritten(run);
    expect(written).not.toContain('pr0xy');
    expect(written).not.toContain('ci-runner');
  });

  test('https_proxy wins over HTTPS_PROXY, as with the runner and the toolkit', async () => {
    const target = freshTarget('component');
    network.emulator.addTarget(target, { readsUntilEnd: 0 });
    const run = await network.run({
      inputs: { ...nameInputs([target]), ...fast },
      env: { https_proxy: network.proxyUrl(), HTTPS_PROXY: 'http://127.0.0.1:9', NODE_EXTRA_CA_CERTS: network.ca.caPath },
    });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(connections(run).connected).toEqual([`127.0.0.1:${network.proxy.port}`]);
  });

  test('an http:// endpoint-url goes through HTTP_PROXY in absolute form; HTTPS_PROXY is not used for it', async () => {
    const target = freshTarget('service-instance');
    network.emulator.addTarget(target, { readsUntilEnd: 1 });
    const run = await network.run({
      inputs: { ...nameInputs([target]), ...fast, 'endpoint-url': `http://${PLAIN_HTTP_HOST}:8080` },
      env: { HTTP_PROXY: network.proxyUrl('ci:plain-secret'), HTTPS_PROXY: 'http://127.0.0.1:9' },
    });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(connections(run)).toEqual({ connected: [`127.0.0.1:${network.proxy.port}`], refused: [] });
    expect(network.proxy.visits[0]).toEqual({ method: 'POST', target: `http://${PLAIN_HTTP_HOST}:8080/`, credentials: 'ci:plain-secret' });
    expect(network.emulator.operations()).toEqual(['CancelServiceInstanceDeployment', 'GetServiceInstance']);
    expect(everythingWritten(run)).not.toContain('plain-secret');
  });

  test.each([['.amazonaws.com'], ['amazonaws.com'], ['*'], ['PROTON.US-EAST-1.AMAZONAWS.COM:443']])(
    'NO_PROXY %s sends Proton direct: no CONNECT, and the connection is to the endpoint itself',
    async (noProxy) => {
      const target = freshTarget('environment');
      network.emulator.addTarget(target, {});
      const run = await network.run({
        inputs: { ...nameInputs([target]), ...fast, 'max-attempts': '1' },
        env: { HTTPS_PROXY: network.proxyUrl(), NO_PROXY: noProxy },
      });
      expect(network.proxy.visits).toEqual([]);
      // The guard stood in for the internet: it refused the direct connection, so nothing left the machine.
      expect(connections(run)).toEqual({ connected: [], refused: ['proton.us-east-1.amazonaws.com:443'] });
      expect(run.stdout).toContain('Proton (proton.us-east-1.amazonaws.com:443) is reached directly: NO_PROXY covers it, or it is a loopback address.');
    },
  );

  test('a NO_PROXY entry for another domain, or only the apex with a leading dot, leaves Proton on the proxy', async () => {
    const target = freshTarget('environment');
    network.emulator.addTarget(target, { readsUntilEnd: 0 });
    const run = await network.run({
      inputs: { ...nameInputs([target]), ...fast },
      env: { HTTPS_PROXY: network.proxyUrl(), NO_PROXY: 'github.com, .us-east-1.amazonaws.com.internal, proton.us-east-1.amazonaws.com:8443', NODE_EXTRA_CA_CERTS: network.ca.caPath },
    });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(network.proxy.targets()).toContain('proton.us-east-1.amazonaws.com:443');
  });

  test('a loopback endpoint-url is never sent to the proxy, whatever NO_PROXY says', async () => {
    const target = freshTarget('environment');
    network.emulator.addTarget(target, { readsUntilEnd: 0 });
    const run = await network.run({
      inputs: { ...nameInputs([target]), ...fast, 'endpoint-url': network.emulator.url },
      env: { HTTP_PROXY: network.proxyUrl(), HTTPS_PROXY: network.proxyUrl() },
    });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(network.proxy.visits).toEqual([]);
    expect(connections(run).connected).toEqual([network.emulator.url.replace('http://', '')]);
  });
});

describe('a proxy that says no: one clear error, within seconds, naming the proxy and what it answered', () => {
  test('407 without credentials: not retried; says to put credentials in HTTPS_PROXY, not to check endpoint-url', async () => {
    const target = freshTarget('environment');
    network.emulator.addTarget(target, {});
    network.proxy.requireCredentials = 'ci:right';
    const run = await network.run({ inputs: { ...nameInputs([target]), ...fast }, env: { HTTPS_PROXY: network.proxyUrl(), NODE_EXTRA_CA_CERTS: network.ca.caPath } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.outcome).toBe('error');
    expect(network.proxy.visits).toHaveLength(1);
    expect(network.emulator.requests).toHaveLength(0);
    expect(run.durationMs).toBeLessThan(10_000);
    const [error] = annotations(run.stdout, 'error');
    expect(error?.message).toContain(
      `The proxy 127.0.0.1:${network.proxy.port} (HTTPS_PROXY) refused to connect the step to proton.us-east-1.amazonaws.com:443: it answered 407 Proxy Authentication Required. It wants credentials: put them in HTTPS_PROXY as http://USER:PASSWORD@HOST:PORT (percent-encoded).`,
    );
    expect(error?.message).toContain('The cancellation was not made.');
    expect(error?.message).not.toContain('endpoint-url');
    expectNoStackTrace(run);
  });

  test('407 with wrong credentials: says they were not accepted, and never shows them', async () => {
    const target = freshTarget('environment');
    network.emulator.addTarget(target, {});
    network.proxy.requireCredentials = 'ci:right';
    const run = await network.run({
      inputs: { ...nameInputs([target]), ...fast },
      env: { https_proxy: network.proxyUrl(`ci:${PASSWORD}`), NODE_EXTRA_CA_CERTS: network.ca.caPath },
    });
    expect(run.outputs.outcome).toBe('error');
    expect(network.proxy.visits).toHaveLength(1);
    expect(annotations(run.stdout, 'error')[0]?.message).toContain('It did not accept the user name and password in https_proxy: check them');
    expect(everythingWritten(run)).not.toContain('pr0xy');
  });

  test('403 on CONNECT: says the proxy does not allow the destination, and how to go around it', async () => {
    const target = freshTarget('component');
    network.emulator.addTarget(target, {});
    network.proxy.mode = { kind: 'refuse', status: 403, statusText: 'Forbidden' };
    const run = await network.run({ inputs: { ...nameInputs([target]), ...fast }, env: { HTTPS_PROXY: network.proxyUrl(), NODE_EXTRA_CA_CERTS: network.ca.caPath } });
    expect(run.outputs.outcome).toBe('error');
    expect(network.proxy.visits).toHaveLength(1);
    expect(annotations(run.stdout, 'error')[0]?.message).toContain(
      'answered 403 Forbidden. The proxy does not allow this destination: ask its owners to allow proton.us-east-1.amazonaws.com:443, or, if the runner reaches proton.us-east-1.amazonaws.com directly, add it to NO_PROXY.',
    );
  });

  test('a proxy that cannot be reached: names it and the variable, within seconds', async () => {
    const target = freshTarget('environment');
    network.emulator.addTarget(target, {});
    const run = await network.run({ inputs: { ...nameInputs([target]), ...fast }, env: { HTTPS_PROXY: 'http://ci:hidden@127.0.0.1:9' } });
    expect(run.outputs.outcome).toBe('error');
    expect(run.durationMs).toBeLessThan(10_000);
    const message = annotations(run.stdout, 'error')[0]?.message ?? '';
    expect(message).toContain('Could not reach the proxy 127.0.0.1:9 (HTTPS_PROXY) (ECONNREFUSED): check the host and port in HTTPS_PROXY, and that the proxy is running');
    expect(message).not.toContain('endpoint-url');
    expect(everythingWritten(run)).not.toContain('hidden');
  });

  test('a proxy that closes the tunnel: says so, naming the destination', async () => {
    const target = freshTarget('environment');
    network.emulator.addTarget(target, {});
    network.proxy.mode = { kind: 'close-tunnel' };
    const run = await network.run({ inputs: { ...nameInputs([target]), ...fast, 'max-attempts': '2' }, env: { HTTPS_PROXY: network.proxyUrl(), NODE_EXTRA_CA_CERTS: network.ca.caPath } });
    expect(run.outputs.outcome).toBe('error');
    expect(annotations(run.stdout, 'error')[0]?.message).toContain(
      `The proxy 127.0.0.1:${network.proxy.port} (HTTPS_PROXY) closed the connection to proton.us-east-1.amazonaws.com:443 before it was set up`,
    );
    expect(network.emulator.requests).toHaveLength(0);
  });

  test('a SOCKS proxy: one clear error before any connection, without the credentials', async () => {
    const target = freshTarget('environment');
    network.emulator.addTarget(target, {});
    const run = await network.run({ inputs: { ...nameInputs([target]), ...fast }, env: { HTTPS_PROXY: 'socks5://ci:hidden@127.0.0.1:1080' } });
    expect(run.outputs.outcome).toBe('error');
    expect(connections(run)).toEqual({ connected: [], refused: [] });
    expect(annotations(run.stdout, 'error')[0]?.message).toContain(
      "HTTPS_PROXY names a socks5 proxy (127.0.0.1:1080): only http:// and https:// proxies are supported; give the proxy's http:// URL.",
    );
    expect(everythingWritten(run)).not.toContain('hidden');
  });
});
