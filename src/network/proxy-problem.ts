// A failure of the step's proxy, raised by its agents: the request's error is a ProxyError, which
// carries what happened (domain/connection-problem.ts) and whether asking again may help. Its words
// are the reporting's (report/connection-words.ts).
import type { ProxyProblem } from '../domain/connection-problem.js';
import { PROXY_ERROR_NAME, type ProxyErrorShape } from './proxy-error-shape.js';

export type { ProxyContext, ProxyFailure, ProxyProblem } from '../domain/connection-problem.js';

/**
 * Raised by the step's proxy agents; the request's error is this, so it reaches the report as it is.
 * It carries its problem and whether to try again, so the code every run loads (proton/attempts.ts,
 * proton/credentials.ts) recognises it by shape (see ProxyErrorShape) and never loads this module itself.
 */
export class ProxyError extends Error implements ProxyErrorShape {
  readonly code = 'EPROXY';
  readonly mayPass: boolean;

  constructor(readonly problem: ProxyProblem) {
    // For a stack trace in debug output only: people read report/connection-words.ts's sentence.
    super(`proxy ${problem.proxy} (${problem.variable}): ${problem.kind} connecting to ${problem.destination}`);
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
