// Why something failed, as facts: what each attempt of a request ran into, and why a target ended as
// `error`. The work hands these to the reporting, which says them (report/failure-words.ts), as the
// AWS SDK's retry strategy hands RetryErrorInfo to its callers rather than prose.
import type { StoppedBy } from '../lib/stop.js';
import type { ConnectionSettingsProblem, ProxyProblem } from './connection-problem.js';
import type { ResourceTypeId, Target } from './resources.js';
import type { Wildcard } from './wildcard.js';

export type AttemptFailureKind =
  /** The API asked the step to slow down (ThrottlingException, HTTP 429). */
  | 'throttled'
  /** An HTTP 5xx, with or without the API's JSON. */
  | 'server-error'
  /** No answer within the attempt's time, or the connection was dropped before an answer. */
  | 'no-answer'
  /** The connection could not be made or broke (refused, reset, unreachable). */
  | 'connection'
  /** The endpoint's host name does not resolve. */
  | 'no-such-host'
  /** A reply that is not the Proton API's JSON: a proxy's page, an empty error body, a wrong endpoint. */
  | 'unreadable-reply'
  /** A typed error answer from the API (not found, access denied, conflict, an unknown type ...). */
  | 'api-error'
  /** The proxy refused, could not be reached, or closed the tunnel (see `proxy`). */
  | 'proxy'
  /** TLS: the endpoint's certificate is not trusted, has expired, or does not name the host. */
  | 'untrusted-certificate'
  /** The SDK failed before anything was sent: credentials could not be loaded, or a bug. */
  | 'client-error'
  /** The attempt was still open when the deadline or a signal stopped the step. */
  | 'cut-short';

export interface AttemptFailure {
  kind: AttemptFailureKind;
  /** The API's error type, such as ThrottlingException; or the SDK's error name for a client error. */
  type?: string;
  /** The HTTP status of the reply, when there was one. */
  status?: number;
  /** The network error code, such as ECONNRESET. */
  code?: string;
  /** What the API (or the credential provider) said, on one line. */
  message?: string;
  /** The reply had no body at all. */
  emptyBody?: boolean;
  /** How long the API asked the step to wait before the next attempt (Retry-After). */
  retryAfterMs?: number;
  /** For `no-answer` by the attempt's own time limit: that limit. */
  limitMs?: number;
  /** For `proxy`: what the proxy did, and whether asking again may help. */
  proxy?: { problem: ProxyProblem; mayPass: boolean };
}

/** A request that did not get a usable answer: every attempt's failure, and what stopped it if anything did. */
export interface RequestFailure {
  readonly operation: string;
  readonly attempts: readonly AttemptFailure[];
  readonly stoppedBy: StoppedBy | undefined;
  /** The proxy the request went through, as messages name it; undefined when it went directly. */
  readonly via?: string | undefined;
  /** How long into the step it failed. */
  readonly elapsedMs: number;
}

/** The last attempt's failure; undefined when the request was stopped before it was sent. */
export function lastAttempt(failure: RequestFailure): AttemptFailure | undefined {
  return failure.attempts.at(-1);
}

/** The API's typed answer, such as ConflictException, when that is how the request ended. */
export function apiErrorTypeOf(failure: RequestFailure): string | undefined {
  const last = lastAttempt(failure);
  return !failure.stoppedBy && last?.kind === 'api-error' ? last.type : undefined;
}

/**
 * A failed request, and what the step was doing: `cancel` (the cancel request itself), `read` (a read
 * before deciding, or the one read of wait: false; a dry run's advice names only reads), `follow` (a
 * status read while following a cancellation already requested, past a newer deployment if one
 * started).
 */
export type RequestFailureFacts = { request: RequestFailure; target: Target; region: string } & (
  | { during: 'cancel' }
  | { during: 'read'; dryRun?: boolean }
  | { during: 'follow'; newerDeploymentId?: string; deploymentId?: string }
);

/** Why a target ended as `error`, or why no target could be worked on. */
export type Failure =
  | ({ kind: 'request' } & RequestFailureFacts)
  /** The cancel met ConflictException, and the state could not be read to make sense of it. */
  | { kind: 'conflict-then-unreadable'; cancelOperation: string; read: Failure }
  /** ConflictException again and again while the resource read IN_PROGRESS. */
  | { kind: 'conflict-persists'; cancelOperation: string; readOperation: string; times: number }
  /** ConflictException while IN_PROGRESS, and the step stopped before it could ask again. */
  | { kind: 'conflict-then-stopped'; cancelOperation: string; by: StoppedBy }
  /** Proton's deployment history has no deployment with the id given in deployment-id. */
  | { kind: 'unknown-deployment'; id: string; type: ResourceTypeId }
  /** The list call that finds what `*` names failed: nothing was cancelled. */
  | { kind: 'list'; request: RequestFailure; wildcard: Wildcard; region: string }
  /** `*` matched more than one step handles. */
  | { kind: 'too-many-matched'; matched: number; max: number }
  /** Credentials could not be loaded: no request was made. */
  | { kind: 'credentials'; problem: CredentialsProblem }
  /** The proxy settings or the CA bundle cannot be used: no request was made. */
  | { kind: 'connection-settings'; problems: ConnectionSettingsProblem[] };

/** Why the credentials could not be loaded. */
export type CredentialsProblem =
  | { why: 'interrupted' | 'deadline' }
  | { why: 'timed-out'; limitMs: number }
  /** The provider's STS or SSO request went through a proxy that failed. */
  | { why: 'proxy'; problem: ProxyProblem }
  | { why: 'none-found' | 'failed'; said: string; profile: string | undefined };
