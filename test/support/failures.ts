// Real failures for tests of the reporting, built as the work builds them (domain/failure.ts), so a
// test reads the words report/failure-words.ts gives them.
import type { Failure } from '../../src/domain/failure.js';
import type { ResourceTypeId, Target } from '../../src/domain/resources.js';

const environment: Target = { type: 'environment', name: 'prod' };

/** A status read throttled on every attempt: "Proton throttled GetEnvironment on all N attempts: …". */
export function throttledRead(attempts: number, target: Target = environment): Failure {
  return {
    kind: 'request',
    during: 'read',
    target,
    region: 'eu-west-1',
    request: {
      operation: 'GetEnvironment',
      attempts: Array.from({ length: attempts }, () => ({ kind: 'throttled' as const, status: 400, type: 'ThrottlingException', message: 'Rate exceeded' })),
      stoppedBy: undefined,
      elapsedMs: 0,
    },
  };
}

/** "Proton knows no deployment <id> of this environment: check deployment-id, …": the id is said as given. */
export function unknownDeployment(id: string, type: ResourceTypeId = 'environment'): Failure {
  return { kind: 'unknown-deployment', id, type };
}

/** A request AWS answered ExpiredTokenException, `afterMs` into the step, while cancelling or following. */
export function expiredSession(during: 'cancel' | 'follow', afterMs = 1, target: Target = environment): Failure {
  return {
    kind: 'request',
    during,
    target,
    region: 'eu-west-1',
    request: {
      operation: during === 'cancel' ? 'CancelEnvironmentDeployment' : 'GetEnvironment',
      attempts: [{ kind: 'api-error', status: 400, type: 'ExpiredTokenException', message: 'The security token included in the request is expired' }],
      stoppedBy: undefined,
      elapsedMs: afterMs,
    },
  };
}
