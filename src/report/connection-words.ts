// What to check when the proxy fails, or the proxy or CA bundle settings cannot be used: each
// sentence names the proxy by host and port and the variable that set it, says what to check, and
// never says "endpoint-url".
import type { ConnectionSettingsProblem, ProxyProblem } from '../domain/connection-problem.js';
import { oneLine } from '../lib/text.js';

export function connectionSettingsWords(problem: ConnectionSettingsProblem): string {
  switch (problem.kind) {
    case 'proxy-url':
      return `${problem.variable} is not a URL this step can use as a proxy: expected http://HOST:PORT (or http://USER:PASSWORD@HOST:PORT).`;
    case 'proxy-scheme':
      return `${problem.variable} names a ${problem.scheme} proxy (${problem.host}): only http:// and https:// proxies are supported; give the proxy's http:// URL.`;
    case 'ca-bundle-unreadable': {
      const why =
        problem.code === 'ENOENT' ? 'which does not exist' : problem.code === 'EISDIR' ? 'which is a directory' : `which cannot be read (${problem.code ?? 'unknown error'})`;
      return `${problem.source} is ${JSON.stringify(problem.path)}, ${why}: point it at a readable PEM file of the CA certificates to trust, or unset it. No request was made.`;
    }
    case 'ca-bundle-empty':
      return `${problem.source} is ${JSON.stringify(problem.path)}, which holds no PEM certificate (-----BEGIN CERTIFICATE-----): point it at the PEM file of the CA certificates to trust. No request was made.`;
    case 'ca-bundle-broken':
      return `${problem.source} is ${JSON.stringify(problem.path)}, whose certificate number ${problem.certificate} is not a valid PEM certificate: fix or remove it. No request was made.`;
  }
}

/** What the proxy did, and what to check. */
export function proxyProblemWords(problem: ProxyProblem): string {
  const proxy = `the proxy ${problem.proxy} (${problem.variable})`;
  const bypass = `or, if the runner reaches ${hostOf(problem.destination)} directly, add it to NO_PROXY`;
  switch (problem.kind) {
    case 'refused': {
      const answered = `${capitalised(proxy)} refused to connect the step to ${problem.destination}: it answered ${problem.status} ${oneLine(problem.statusText, 100)}.`;
      if (problem.status === 407) {
        return problem.withCredentials
          ? `${answered} It did not accept the user name and password in ${problem.variable}: check them (percent-encode special characters, as in http://user:p%40ss@host:port).`
          : `${answered} It wants credentials: put them in ${problem.variable} as http://USER:PASSWORD@HOST:PORT (percent-encoded).`;
      }
      if (problem.status === 403) return `${answered} The proxy does not allow this destination: ask its owners to allow ${problem.destination}, ${bypass}.`;
      if (problem.status >= 500) return `${answered} The proxy could not reach it: check the proxy's own connection, ${bypass}.`;
      return `${answered} Check the proxy's rules for this destination, ${bypass}.`;
    }
    case 'unreachable':
      return problem.code === 'ENOTFOUND'
        ? `Could not reach ${proxy}: its host name does not resolve (ENOTFOUND). Check the host in ${problem.variable}.`
        : `Could not reach ${proxy} (${problem.code}): check the host and port in ${problem.variable}, and that the proxy is running and reachable from the runner.`;
    case 'no-answer':
      return `${capitalised(proxy)} did not answer within ${problem.limitMs / 1000} s when asked to connect the step to ${problem.destination}: check the host and port in ${problem.variable}, and that the proxy is running.`;
    case 'closed':
      return `${capitalised(proxy)} closed the connection to ${problem.destination} before it was set up (a proxy that blocks this destination, or inspects TLS, may do so): check the proxy's rules for it, ${bypass}.`;
  }
}

function hostOf(destination: string): string {
  return destination.replace(/:\d+$/, '');
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
