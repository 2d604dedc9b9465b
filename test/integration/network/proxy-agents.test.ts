// The tunnelling agent against a real proxy and TLS endpoint on 127.0.0.1, for what the bundle's
// tests do not reach cheaply: an https:// proxy (TLS to the proxy, then TLS through it), a proxy that
// accepts the connection and never answers, and keep-alive through one tunnel.
import { createServer, type Server } from 'node:net';
import { request } from 'node:https';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTunnel, TunnellingAgent } from '../../../src/network/proxy-agents.js';
import { ProxyError } from '../../../src/network/proxy-problem.js';
import { connectionSettingsWords, proxyProblemWords } from '../../../src/report/connection-words.js';
import { parseProxyUrl, readProxySettings, type ProxyServer } from '../../../src/network/proxy-route.js';
import { makeTestCa, type TestCa } from '../../network/test-ca.js';
import { TestProxy } from '../../network/test-proxy.js';
import { TlsFront } from '../../network/tls-front.js';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';

let ca: TestCa;
let backend: HttpServer;
let front: TlsFront;
let proxy: TestProxy;
/** Plays an https:// proxy: TLS for "localhost", passed on to the plain proxy. */
let tlsProxy: TlsFront;
let silent: Server;

const proxyAt = (url: string): ProxyServer => {
  const read = parseProxyUrl(url, 'HTTPS_PROXY');
  if (!('proxy' in read)) throw new Error(connectionSettingsWords(read.problem));
  return read.proxy;
};

beforeAll(async () => {
  ca = makeTestCa();
  backend = createHttpServer((req, res) => res.end(`hello ${req.headers.host}`));
  await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
  front = await new TlsFront(ca).route(/amazonaws\.com$/, (backend.address() as AddressInfo).port).start();
  proxy = await new TestProxy(() => front.port).start();
  tlsProxy = await new TlsFront(ca).route(/^localhost$/, proxy.port).start();
  // Accepts connections and says nothing: a proxy that hangs.
  silent = createServer((socket) => socket.on('error', () => undefined).setTimeout(5000, () => socket.destroy()));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
}, 30_000);

afterAll(async () => {
  backend.closeAllConnections();
  await Promise.all([front.stop(), proxy.stop(), tlsProxy.stop(), new Promise((r) => backend.close(r)), new Promise((r) => silent.close(r))]);
});

function get(agent: TunnellingAgent, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    request({ host, port: 443, path: '/', agent }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve(text));
    })
      .on('error', reject)
      .end();
  });
}

describe('the tunnelling agent', () => {
  test('through an https:// proxy: TLS to the proxy, CONNECT, then TLS with the destination', async () => {
    const settings = readProxySettings({ HTTPS_PROXY: `https://ci:pw@localhost:${tlsProxy.port}` });
    if ('problems' in settings) throw new Error(settings.problems.map(connectionSettingsWords).join());
    const agent = new TunnellingAgent(settings.settings, { ca: ca.caPem, keepAlive: true });
    proxy.reset();
    expect(await get(agent, 'proton.us-east-1.amazonaws.com')).toBe('hello proton.us-east-1.amazonaws.com');
    expect(proxy.visits).toEqual([{ method: 'CONNECT', target: 'proton.us-east-1.amazonaws.com:443', credentials: 'ci:pw' }]);
    expect(tlsProxy.servernames).toContain('localhost');
    agent.destroy();
  });

  test('keep-alive: a second request to the same host reuses the tunnel', async () => {
    const settings = readProxySettings({ HTTPS_PROXY: proxy.url });
    if ('problems' in settings) throw new Error(settings.problems.map(connectionSettingsWords).join());
    const agent = new TunnellingAgent(settings.settings, { ca: ca.caPem, keepAlive: true });
    proxy.reset();
    await get(agent, 'sts.us-east-1.amazonaws.com');
    await get(agent, 'sts.us-east-1.amazonaws.com');
    expect(proxy.visits).toHaveLength(1);
    agent.destroy();
  });

  test('a proxy that never answers CONNECT: a ProxyError naming it, after the answer time limit', async () => {
    const port = (silent.address() as AddressInfo).port;
    const started = performance.now();
    const failure = await openTunnel(proxyAt(`http://127.0.0.1:${port}`), 'proton.us-east-1.amazonaws.com', 443, undefined, 300).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ProxyError);
    expect((failure as ProxyError).problem).toMatchObject({ kind: 'no-answer', limitMs: 300, proxy: `127.0.0.1:${port}` });
    expect((failure as ProxyError).mayPass).toBe(false);
    expect(proxyProblemWords((failure as ProxyError).problem)).toBe(
      `The proxy 127.0.0.1:${port} (HTTPS_PROXY) did not answer within 0.3 s when asked to connect the step to proton.us-east-1.amazonaws.com:443: check the host and port in HTTPS_PROXY, and that the proxy is running.`,
    );
    expect(performance.now() - started).toBeLessThan(5000);
  });

  test('5xx from the proxy may pass (it could not reach the destination); 403 and 407 do not', async () => {
    for (const [status, mayPass] of [[502, true], [503, true], [403, false], [407, false]] as const) {
      proxy.reset();
      proxy.mode = { kind: 'refuse', status, statusText: 'Nope' };
      const failure = await openTunnel(proxyAt(proxy.url), 'proton.us-east-1.amazonaws.com', 443).catch((e: unknown) => e);
      expect([status, (failure as ProxyError).mayPass]).toEqual([status, mayPass]);
    }
    proxy.reset();
  });
});
