// What went wrong between the step and its proxy, as data, and the one sentence that tells a person
// what to check. Every message names the proxy by host and port and the variable that set it, never
// by its URL, which may hold a user name and password.
import { oneLine } from '../lib/text.js';
import { PROXY_ERROR_NAME, type ProxyErrorShape } from './proxy-error-shape.js';
import type { ProxyVariable } from './proxy-route.js';

/** Where the step was going, and through which proxy. */
export interface ProxyContext {
  /** "proxy.corp:3128". */
  proxy: string;
  variable: ProxyVariable;
  /** "proton.us-east-1.amazonaws.com:443": where the step was going. */
  destination: string;
  /** Whether the proxy URL carried a user name or password. */
  withCredentials: boolean;
}

/** How it failed. */
export type ProxyFailure =
  /** The proxy answered CONNECT (or a proxied request) with a status other than 2xx. */
  | { kind: 'refused'; status: number; statusText: string }
  /** No connection to the proxy: refused, unreachable, or its name does not resolve. */
  | { kind: 'unreachable'; code: string }
  /** The proxy accepted the connection but gave no answer in time. */
  | { kind: 'no-answer'; limitMs: number }
  /** The proxy closed the connection before the tunnel (or TLS through it) was set up. */
  | { kind: 'closed' };

export type ProxyProblem = ProxyContext & ProxyFailure;

/**
 * Raised by the step's proxy agents; the request's error is this, so it reaches the report as it is.
 * It carries its sentence and whether to try again, so the code every run loads (proton/attempts.ts,
 * proton/credentials.ts) recognises it by shape (see ProxyErrorShape) and never loads this module itself.
 */
export class ProxyError extends Error implements ProxyErrorShape {
  readonly code = 'EPROXY';
  readonly mayPass: boolean;

  constructor(readonly problem: ProxyProblem) {
    super(describeProxyProblem(problem));
    this.name = PROXY_ERROR_NAME;
    this.mayPass = proxyProblemMayPass(problem);
  }
}

/** Whether asking again may help: a proxy that is busy or briefly down, not one that says no. */
export function proxyProblemMayPass(problem: ProxyProblem): boolean {
  switch (problem.kind) {
    case 'refused':
      return problem.status >= 500;
    case 'unreachable':
      return problem.code !== 'ENOTFOUND';
    case 'closed':
      return true;
    case 'no-answer':
      return false;
  }
}

export function describeProxyProblem(problem: ProxyProblem): string {
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
