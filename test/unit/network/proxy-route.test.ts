// The proxy rule the README states, edge by edge: which variable wins, how a proxy URL is read (and
// never quoted with its credentials), and which hosts no_proxy sends direct.
import { describe, expect, test } from 'vitest';
import type { ConnectionSettingsProblem } from '../../../src/domain/connection-problem.js';
import { connectionSettingsWords } from '../../../src/report/connection-words.js';
import { bypassesProxy, parseProxyUrl, proxyFor, proxyVariablesSet, readProxySettings, type ProxySettings } from '../../../src/network/proxy-route.js';

function settings(env: NodeJS.ProcessEnv): ProxySettings {
  const read = readProxySettings(env);
  if ('problems' in read) throw new Error(read.problems.map(connectionSettingsWords).join('\n'));
  return read.settings;
}

describe('which proxy variable applies', () => {
  test('https endpoints use https_proxy/HTTPS_PROXY, http endpoints http_proxy/HTTP_PROXY', () => {
    const proxies = settings({ HTTPS_PROXY: 'http://secure-proxy:3128', HTTP_PROXY: 'http://plain-proxy:8080' });
    expect(proxyFor(proxies, 'https:', 'proton.us-east-1.amazonaws.com', 443)?.label).toBe('secure-proxy:3128');
    expect(proxyFor(proxies, 'http:', 'proton.internal', 80)?.label).toBe('plain-proxy:8080');
  });

  test('lower case wins when both cases are set, as with the runner and the toolkit', () => {
    const proxies = settings({ https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2', http_proxy: 'http://lower:3', HTTP_PROXY: 'http://upper:4' });
    expect(proxies.https).toMatchObject({ label: 'lower:1', variable: 'https_proxy' });
    expect(proxies.http).toMatchObject({ label: 'lower:3', variable: 'http_proxy' });
  });

  test('an empty lower-case variable counts as unset', () => {
    expect(settings({ https_proxy: '', HTTPS_PROXY: 'http://upper:2' }).https?.variable).toBe('HTTPS_PROXY');
  });

  test('an https endpoint does not fall back to http_proxy', () => {
    expect(proxyFor(settings({ http_proxy: 'http://plain:8080' }), 'https:', 'proton.us-east-1.amazonaws.com', 443)).toBeUndefined();
  });

  test('no variable: nothing is set, and nothing goes through a proxy', () => {
    expect(proxyVariablesSet({ NO_PROXY: '*', AWS_REGION: 'us-east-1' })).toBe(false);
    expect(proxyVariablesSet({ https_proxy: 'http://p:1' })).toBe(true);
    expect(proxyVariablesSet({ HTTP_PROXY: 'http://p:1' })).toBe(true);
  });
});

describe('the proxy URL', () => {
  test('user name and password become Proxy-Authorization, percent-decoded; the label has neither', () => {
    const read = parseProxyUrl('http://ci%40corp:p%3Ass%2Fw0rd@proxy.corp:3128', 'HTTPS_PROXY');
    expect(read).toEqual({
      proxy: {
        protocol: 'http:',
        host: 'proxy.corp',
        port: 3128,
        label: 'proxy.corp:3128',
        variable: 'HTTPS_PROXY',
        authorization: `Basic ${Buffer.from('ci@corp:p:ss/w0rd').toString('base64')}`,
      },
    });
  });

  test('host:port without a scheme means http://, as the toolkit reads it', () => {
    expect(parseProxyUrl('proxy.corp:3128', 'https_proxy')).toMatchObject({ proxy: { protocol: 'http:', host: 'proxy.corp', port: 3128 } });
  });

  test('default ports: 80 for an http:// proxy, 443 for an https:// one', () => {
    expect(parseProxyUrl('http://proxy.corp', 'https_proxy')).toMatchObject({ proxy: { port: 80, label: 'proxy.corp:80' } });
    expect(parseProxyUrl('https://proxy.corp', 'https_proxy')).toMatchObject({ proxy: { protocol: 'https:', port: 443 } });
  });

  test('an IPv6 proxy keeps its brackets in the label only', () => {
    expect(parseProxyUrl('http://[fd00::5]:3128', 'https_proxy')).toMatchObject({ proxy: { host: 'fd00::5', label: '[fd00::5]:3128' } });
  });

  test('a SOCKS proxy is one clear problem that names the variable and the host, not the credentials', () => {
    const read = parseProxyUrl('socks5://ci:s3cret@proxy.corp:1080', 'HTTPS_PROXY');
    expect(read).toEqual({ problem: { kind: 'proxy-scheme', variable: 'HTTPS_PROXY', scheme: 'socks5', host: 'proxy.corp:1080' } });
    expect(connectionSettingsWords((read as { problem: ConnectionSettingsProblem }).problem)).toBe(
      "HTTPS_PROXY names a socks5 proxy (proxy.corp:1080): only http:// and https:// proxies are supported; give the proxy's http:// URL.",
    );
  });

  test('a value that is no URL is one problem that does not quote it (it may hold a password)', () => {
    const read = readProxySettings({ https_proxy: 'http://ci:s3cret@', HTTP_PROXY: 'http://ok:1' });
    expect(read).toEqual({ problems: [{ kind: 'proxy-url', variable: 'https_proxy' }] });
    expect(connectionSettingsWords({ kind: 'proxy-url', variable: 'https_proxy' })).toBe(
      'https_proxy is not a URL this step can use as a proxy: expected http://HOST:PORT (or http://USER:PASSWORD@HOST:PORT).',
    );
    expect(JSON.stringify(read)).not.toContain('s3cret');
  });
});

describe('no_proxy (the toolkit\'s rule)', () => {
  const bypass = (noProxy: string, host: string, port = 443): boolean =>
    bypassesProxy(settings({ https_proxy: 'http://p:1', no_proxy: noProxy }).noProxy, host, port);

  test.each([
    ['example.com', 'example.com', true],
    ['example.com', 'api.example.com', true],
    ['example.com', 'a.b.example.com', true],
    ['example.com', 'notexample.com', false],
    ['example.com', 'example.com.evil.net', false],
    ['.example.com', 'api.example.com', true],
    ['.example.com', 'example.com', false],
    ['amazonaws.com', 'proton.us-east-1.amazonaws.com', true],
    ['.amazonaws.com', 'proton.us-east-1.amazonaws.com', true],
    ['*', 'proton.us-east-1.amazonaws.com', true],
    ['EXAMPLE.com', 'Api.Example.COM', true],
    [' other.net , example.com ', 'api.example.com', true],
    ['other.net', 'api.example.com', false],
    ['', 'api.example.com', false],
    ['10.0.0.5', '10.0.0.5', true],
    ['10.0.0.0', '10.0.0.5', false],
  ])('no_proxy %j, host %s: bypassed %s', (noProxy, host, expected) => {
    expect(bypass(noProxy, host)).toBe(expected);
  });

  test.each([
    ['example.com:443', 'api.example.com', 443, true],
    ['example.com:443', 'api.example.com', 8443, false],
    ['example.com:8443', 'example.com', 8443, true],
    ['example.com:8443', 'example.com', 443, false],
  ])('a port in the entry: %s against %s:%i bypassed %s', (noProxy, host, port, expected) => {
    expect(bypass(noProxy, host, port)).toBe(expected);
  });

  test.each(['localhost', 'LOCALHOST', 'api.localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]', '169.254.169.254', '169.254.170.2', '169.254.170.23', 'fd00:ec2::254', 'fe80::1'])(
    '%s (loopback, instance metadata, container credentials) never goes through a proxy, whatever no_proxy says',
    (host) => {
      expect(bypass('', host)).toBe(true);
    },
  );

  test('no_proxy wins over NO_PROXY; an empty no_proxy falls back to NO_PROXY', () => {
    expect(settings({ https_proxy: 'http://p:1', no_proxy: 'a.com', NO_PROXY: 'b.com' }).noProxy).toEqual(['a.com']);
    expect(settings({ https_proxy: 'http://p:1', no_proxy: '', NO_PROXY: 'b.com' }).noProxy).toEqual(['b.com']);
  });

  test('proxyFor: a host no_proxy covers goes direct, the rest through the proxy', () => {
    const proxies = settings({ HTTPS_PROXY: 'http://p:1', NO_PROXY: 'internal.corp' });
    expect(proxyFor(proxies, 'https:', 'proton.internal.corp', 443)).toBeUndefined();
    expect(proxyFor(proxies, 'https:', 'sts.us-east-1.amazonaws.com', 443)?.label).toBe('p:1');
  });
});
