// How the code every run loads recognises a failure of the step's proxy without loading the proxy
// code: by the error's name and the two things it carries (see proxy-problem.ts, which makes them).

import type { ProxyProblem } from '../domain/connection-problem.js';

export const PROXY_ERROR_NAME = 'ProxyError';

export interface ProxyErrorShape extends Error {
  /** What happened, for the reporting to say. */
  readonly problem: ProxyProblem;
  /** Whether asking again may help (a busy proxy), or not (it refused: 407, 403). */
  readonly mayPass: boolean;
}

export function isProxyError(error: unknown): error is ProxyErrorShape {
  return error instanceof Error && error.name === PROXY_ERROR_NAME && typeof (error as Partial<ProxyErrorShape>).mayPass === 'boolean' && typeof (error as Partial<ProxyErrorShape>).problem === 'object';
}
