// What a failed request means for the step, as facts: whether it is worth asking again, whether it
// may have taken effect, and the kind of error it ends a target with. The words are the reporting's
// (report/failure-words.ts).
import { apiErrorTypeOf, lastAttempt, type Failure, type RequestFailure } from '../domain/failure.js';
import type { CredentialsExpired, ErrorKind } from '../domain/target-result.js';

export const CREDENTIAL_ERRORS = new Set([
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'ExpiredTokenException',
  'ExpiredToken',
  'InvalidClientTokenId',
  'MissingAuthenticationTokenException',
  'IncompleteSignature',
  'SignatureDoesNotMatch',
]);

/** The credentials were good, and their session ran out. */
export const EXPIRED_ERRORS = new Set(['ExpiredTokenException', 'ExpiredToken']);

/** Answers that will not change by asking again: a wait ends on them rather than polling on. */
const DEFINITIVE_ERRORS = new Set(['ResourceNotFoundException', 'AccessDeniedException', 'ValidationException', ...CREDENTIAL_ERRORS]);

/** How long into the step AWS answered that the credentials had expired; undefined for any other failure. */
export function credentialsExpiredAfter(failure: RequestFailure): number | undefined {
  return EXPIRED_ERRORS.has(apiErrorTypeOf(failure) ?? '') ? failure.elapsedMs : undefined;
}

/**
 * A target's failure as an expired session: when, and whether its cancellation had been made. Only
 * the cancel request (not made) and the reads that follow a cancellation (it stands) say so; a read
 * before any cancel is just rejected credentials.
 */
export function expiredSessionOf(failure: Failure): CredentialsExpired | undefined {
  if (failure.kind !== 'request' || failure.during === 'read') return undefined;
  const afterMs = credentialsExpiredAfter(failure.request);
  return afterMs === undefined ? undefined : { afterMs, cancellationStands: failure.during === 'follow' };
}

export function isConflict(failure: RequestFailure): boolean {
  return apiErrorTypeOf(failure) === 'ConflictException';
}

/** Not found, access denied, invalid, or credentials rejected: asking again cannot help. */
export function isDefinitive(failure: RequestFailure): boolean {
  const last = lastAttempt(failure);
  if (failure.stoppedBy || !last) return false;
  if (last.kind === 'client-error' || last.kind === 'untrusted-certificate') return true;
  if (last.kind === 'proxy' && last.proxy?.mayPass === false) return true;
  return last.kind === 'api-error' && DEFINITIVE_ERRORS.has(last.type ?? '');
}

const NEVER_REACHED_PROTON = new Set(['proxy', 'untrusted-certificate', 'no-such-host', 'connection']);

/** The kind of a failed request, for the target it ends: `cancel` for a cancel request, `read` for any read. */
export function errorKindOf(failure: RequestFailure, request: 'cancel' | 'read'): ErrorKind {
  const type = apiErrorTypeOf(failure);
  if (type === 'ResourceNotFoundException') return 'not-found';
  if (type === 'AccessDeniedException') return 'access-denied';
  if (type !== undefined && CREDENTIAL_ERRORS.has(type)) return 'credentials';
  const answered = failure.attempts.filter((a) => a.kind !== 'cut-short');
  if (answered.length > 0 && answered.every((a) => NEVER_REACHED_PROTON.has(a.kind)) && !mayHaveTakenEffect(failure)) return 'unreachable';
  if (request === 'read') return 'read-failed';
  return mayHaveTakenEffect(failure) ? 'maybe-made' : 'not-made';
}

/** Whether a request that failed may still have reached Proton and taken effect. */
export function mayHaveTakenEffect(failure: RequestFailure): boolean {
  return failure.attempts.some(
    (a) =>
      a.kind === 'no-answer' ||
      a.kind === 'cut-short' ||
      a.kind === 'server-error' ||
      (a.kind === 'connection' && a.code === 'ECONNRESET') ||
      (a.kind === 'unreadable-reply' && a.status !== undefined && a.status < 300),
  );
}
