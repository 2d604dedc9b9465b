// A self-hosted runner's network on 127.0.0.1, for tests that run the bundled action as the runner
// does: a forward proxy, AWS's default host names played over TLS by a test CA's certificate (Proton
// by the emulator, STS and the SSO portal by stand-ins), instance metadata and container credentials
// stand-ins, and the network guard, which refuses every connection that is not to loopback and
// tells the test where the action connected. Nothing leaves the machine.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { ProtonEmulator } from '../emulator/proton-emulator.js';
import { REPO_ROOT } from '../support/action-metadata.js';
import { runAction, type ActionRun, type RunOptions } from '../support/run-action.js';
import { ContainerCredentialsStandIn, ImdsStandIn, SsoStandIn, StsStandIn } from './credential-stand-ins.js';
import { makeTestCa, type TestCa } from './test-ca.js';
import { TestProxy } from './test-proxy.js';
import { TlsFront } from './tls-front.js';

/** The host an http:// endpoint-url names in proxy tests; the proxy passes it to the emulator. */
export const PLAIN_HTTP_HOST = 'proton.internal.example';

const GUARD = pathToFileURL(join(REPO_ROOT, 'test', 'support', 'network-guard.mjs')).href;

export class SelfHostedNetwork {
  readonly emulator = new ProtonEmulator();
  readonly sts = new StsStandIn();
  readonly sso = new SsoStandIn();
  readonly imds = new ImdsStandIn();
  readonly container = new ContainerCredentialsStandIn();
  ca!: TestCa;
  front!: TlsFront;
  proxy!: TestProxy;

  async start(): Promise<void> {
    this.ca = makeTestCa();
    await Promise.all([this.emulator.start(), this.sts.start(), this.sso.start(), this.imds.start(), this.container.start()]);
    const port = (url: string): number => Number(new URL(url).port);
    this.front = await new TlsFront(this.ca)
      .route(/^proton\./, port(this.emulator.url))
      .route(/^sts\./, this.sts.port)
      .route(/^portal\.sso\./, this.sso.port)
      .route(/^localhost$/, port(this.emulator.url))
      .start();
    this.proxy = await new TestProxy((host, destinationPort) => {
      if (destinationPort === 443) return this.front.port;
      if (host === PLAIN_HTTP_HOST) return port(this.emulator.url);
      return undefined;
    }).start();
  }

  async stop(): Promise<void> {
    await Promise.all([this.emulator.stop(), this.sts.stop(), this.sso.stop(), this.imds.stop(), this.container.stop(), this.front.stop(), this.proxy.stop()]);
  }

  reset(): void {
    this.emulator.reset();
    for (const standIn of [this.sts, this.sso, this.imds, this.container]) standIn.reset();
    this.proxy.reset();
    this.front.servernames.length = 0;
    this.front.failedHandshakes = 0;
    this.front.selfSigned = false;
  }

  /** The proxy's URL, with credentials when given ("user:password"). */
  proxyUrl(credentials?: string): string {
    return `http://${credentials ? `${credentials}@` : ''}127.0.0.1:${this.proxy.port}`;
  }

  /** Runs dist/ under the network guard; tests set the proxy, CA and credential variables themselves. */
  run(options: RunOptions = {}): Promise<ActionRun> {
    const env = options.env ?? {};
    return runAction({ ...options, env: { ...env, NODE_OPTIONS: `--import=${GUARD}${env.NODE_OPTIONS ? ` ${env.NODE_OPTIONS}` : ''}` } });
  }
}

/** Where the run connected ("127.0.0.1:PORT"), and what the guard refused, from its stderr lines. */
export function connections(run: ActionRun): { connected: string[]; refused: string[] } {
  const lines = run.stderr.split('\n');
  const found = (pattern: RegExp): string[] => [...new Set(lines.flatMap((line) => pattern.exec(line)?.[1] ?? []))];
  return { connected: found(/^network-guard: connect (.+)$/), refused: found(/^network-guard: refused (.+)$/) };
}

/** One network for the test file, reset before each test. */
export function useSelfHostedNetwork(): SelfHostedNetwork {
  const network = new SelfHostedNetwork();
  beforeAll(() => network.start(), 30_000);
  afterAll(() => network.stop());
  beforeEach(() => network.reset());
  return network;
}

/** A directory for a run's AWS files (config, credentials, tokens), to give it as HOME. */
export function awsHome(files: Record<string, string>): { home: string; path: (name: string) => string } {
  const home = mkdtempSync(join(tmpdir(), 'aws-home-'));
  const path = (name: string): string => join(home, name);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(path(name)), { recursive: true });
    writeFileSync(path(name), content);
  }
  return { home, path };
}
