// What the step says when its proxy fails, and whether it asks again: every sentence names the proxy
// by host and port and the variable that set it, says what to check, and never "endpoint-url".
import { describe, expect, test } from 'vitest';
import { ProxyError, type ProxyFailure } from '../../../src/network/proxy-problem.js';
import { isProxyError } from '../../../src/network/proxy-error-shape.js';
import { proxyProblemWords } from '../../../src/report/connection-words.js';

const context = { proxy: 'proxy.corp:3128', variable: 'HTTPS_PROXY' as const, destination: 'proton.us-east-1.amazonaws.com:443', withCredentials: false };
const error = (failure: ProxyFailure, withCredentials = false): ProxyError => new ProxyError({ ...context, withCredentials, ...failure });

describe('proxy failures', () => {
  test.each<[string, ProxyFailure, boolean, string]>([
    ['407, no credentials', { kind: 'refused', status: 407, statusText: 'Proxy Authentication Required' }, false, 'It wants credentials: put them in HTTPS_PROXY as http://USER:PASSWORD@HOST:PORT (percent-encoded).'],
    ['403', { kind: 'refused', status: 403, statusText: 'Forbidden' }, false, 'The proxy does not allow this destination: ask its owners to allow proton.us-east-1.amazonaws.com:443'],
    ['502', { kind: 'refused', status: 502, statusText: 'Bad Gateway' }, true, 'The proxy could not reach it'],
    ['404', { kind: 'refused', status: 404, statusText: 'Not Found' }, false, "Check the proxy's rules for this destination"],
    ['refused', { kind: 'unreachable', code: 'ECONNREFUSED' }, true, 'Could not reach the proxy proxy.corp:3128 (HTTPS_PROXY) (ECONNREFUSED)'],
    ['unknown host', { kind: 'unreachable', code: 'ENOTFOUND' }, false, 'its host name does not resolve (ENOTFOUND). Check the host in HTTPS_PROXY.'],
    ['silent', { kind: 'no-answer', limitMs: 10_000 }, false, 'did not answer within 10 s'],
    ['closed', { kind: 'closed' }, true, 'closed the connection to proton.us-east-1.amazonaws.com:443 before it was set up'],
  ])('%s: says what to check; asked again: %s', (_case, failure, mayPass, says) => {
    const e = error(failure);
    const words = proxyProblemWords(e.problem);
    expect(words).toContain(says);
    expect(words).toContain('proxy.corp:3128');
    expect(words).not.toContain('endpoint-url');
    expect(e.mayPass).toBe(mayPass);
    expect(isProxyError(e)).toBe(true);
  });

  test('407 when credentials were given: they were not accepted', () => {
    expect(proxyProblemWords(error({ kind: 'refused', status: 407, statusText: 'Proxy Authentication Required' }, true).problem)).toContain(
      'It did not accept the user name and password in HTTPS_PROXY',
    );
  });

  test("the proxy's own status text cannot break the line", () => {
    expect(proxyProblemWords(error({ kind: 'refused', status: 403, statusText: 'Denied\n::error::injected' }).problem)).not.toContain('\n');
  });

  test('an ordinary error is not taken for a proxy error', () => {
    expect(isProxyError(Object.assign(new Error('x'), { name: 'ProxyError' }))).toBe(false);
    expect(isProxyError(new Error('ProxyError'))).toBe(false);
  });
});
