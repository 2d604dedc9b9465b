// Turns a failed request into one sentence that says what happened and what to do about it, in a
// workflow author's words: never the SDK's hints for programmers ("SyntaxError", "$response").
import { STATUS_CODES } from 'node:http';
import { DEPLOYMENT_HISTORY_OPERATION, deploymentIamResource, iamActions, resourceType, targetOf, typeNoun, type ResourceTypeId, type Target } from '../domain/resources.js';
import { seeReadme } from '../runner/docs-link.js';
import { formatDuration } from '../lib/text.js';
import type { ErrorKind } from '../domain/target-result.js';
import type { AttemptFailure } from './attempts.js';
import type { RequestFailed } from './api.js';

export interface FailureContext {
  target: Target;
  region: string;
  /** A dry run makes no cancel request, so its advice names only what it calls. */
  dryRun?: boolean;
  /**
   * What an expired session means for the target at this point ("The cancellation was not made."),
   * said between the fact and the advice. Other failures leave consequences to the caller.
   */
  ifCredentialsExpired?: string;
}

const CREDENTIAL_ERRORS = new Set([
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
const EXPIRED_ERRORS = new Set(['ExpiredTokenException', 'ExpiredToken']);

/** What to do about credentials that expire before the wait ends. */
export const SESSION_ADVICE =
  'Give the step a role session at least as long as its wait (aws-actions/configure-aws-credentials: role-duration-seconds, up to the role\'s maximum session duration), or a shorter wait-timeout-seconds.';

/** Answers that will not change by asking again: a wait ends on them rather than polling on. */
const DEFINITIVE_ERRORS = new Set(['ResourceNotFoundException', 'AccessDeniedException', 'ValidationException', ...CREDENTIAL_ERRORS]);

/** How long into the step AWS answered that the credentials had expired; undefined for any other failure. */
export function credentialsExpiredAfter(failure: RequestFailed): number | undefined {
  return EXPIRED_ERRORS.has(failure.apiErrorType ?? '') ? failure.elapsedMs : undefined;
}

export function isConflict(failure: RequestFailed): boolean {
  return failure.apiErrorType === 'ConflictException';
}

/** Not found, access denied, invalid, or credentials rejected: asking again cannot help. */
export function isDefinitive(failure: RequestFailed): boolean {
  const last = failure.last;
  if (failure.stoppedBy || !last) return false;
  if (last.kind === 'client-error' || last.kind === 'untrusted-certificate') return true;
  if (last.kind === 'proxy' && last.proxy?.mayPass === false) return true;
  return last.kind === 'api-error' && DEFINITIVE_ERRORS.has(last.type ?? '');
}

const NEVER_REACHED_PROTON = new Set(['proxy', 'untrusted-certificate', 'no-such-host', 'connection']);

/** The kind of a failed request, for the target it ends: `cancel` for a cancel request, `read` for any read. */
export function errorKindOf(failure: RequestFailed, request: 'cancel' | 'read'): ErrorKind {
  const type = failure.apiErrorType;
  if (type === 'ResourceNotFoundException') return 'not-found';
  if (type === 'AccessDeniedException') return 'access-denied';
  if (type !== undefined && CREDENTIAL_ERRORS.has(type)) return 'credentials';
  const answered = failure.attempts.filter((a) => a.kind !== 'cut-short');
  if (answered.length > 0 && answered.every((a) => NEVER_REACHED_PROTON.has(a.kind)) && !mayHaveTakenEffect(failure)) return 'unreachable';
  if (request === 'read') return 'read-failed';
  return mayHaveTakenEffect(failure) ? 'maybe-made' : 'not-made';
}

/** Whether a request that failed may still have reached Proton and taken effect. */
export function mayHaveTakenEffect(failure: RequestFailed): boolean {
  return failure.attempts.some(
    (a) =>
      a.kind === 'no-answer' ||
      a.kind === 'cut-short' ||
      a.kind === 'server-error' ||
      (a.kind === 'connection' && a.code === 'ECONNRESET') ||
      (a.kind === 'unreadable-reply' && a.status !== undefined && a.status < 300),
  );
}

/**
 * One failed request, said for the target it belongs to. The sentence never names the target: it is
 * always shown beside its label (the log's prefix and group, the summary's row, the results entry).
 */
export function describeRequestFailure(failure: RequestFailed, context: FailureContext): string {
  const { operation } = failure;
  if (failure.stoppedBy) return describeStopped(failure);
  const last = failure.last;
  if (!last) return `${operation} failed.`;
  const tries = failure.attempts.length > 1 ? ` on all ${failure.attempts.length} attempts` : '';

  const via = failure.via ? ` through the proxy ${failure.via}` : '';
  const check = failure.via ? 'check the proxy, and NO_PROXY if Proton should be reached directly' : 'check the network and endpoint-url';

  switch (last.kind) {
    case 'api-error':
      return describeApiError(failure, last, context);
    case 'throttled':
      return `Proton throttled ${operation}${tries}: raise max-attempts, or cancel fewer deployments at once. AWS said: ${said(last)}`;
    case 'server-error':
      return `Proton failed ${operation} with ${reply(last)}${tries}.${last.message ? ` AWS said: ${last.message}` : ''}`;
    case 'unreadable-reply':
      if (failure.via && last.status === 407) {
        return `The proxy ${failure.via} refused ${operation}: it answered 407 Proxy Authentication Required. Check the user name and password in the proxy URL (http://USER:PASSWORD@HOST:PORT, percent-encoded).`;
      }
      return `The endpoint answered ${operation} with ${reply(last)}, which is not an answer from the Proton API: check endpoint-url (or AWS_ENDPOINT_URL_PROTON) and ${failure.via ? `the proxy ${failure.via}` : 'any proxy between the runner and AWS'}.`;
    case 'no-answer':
      return last.limitMs !== undefined
        ? `Proton did not answer ${operation}${via} within ${last.limitMs / 1000} s${tries}: ${check}.`
        : `The connection to Proton${via} timed out on ${operation}${tries}: ${check}.`;
    case 'connection':
      return `Could not reach Proton${via} for ${operation} (${last.code})${tries}: ${check}.`;
    case 'no-such-host':
      return `Could not reach Proton for ${operation}: the endpoint's host name does not resolve (ENOTFOUND). Check endpoint-url and aws-region.`;
    case 'proxy':
      return `${last.proxy?.said ?? `The proxy${via} failed.`}${tries ? ` (${operation}${tries}.)` : ''}`;
    case 'untrusted-certificate':
      return describeUntrustedCertificate(operation, last.code ?? '', failure.via);
    case 'client-error':
      return `${operation} could not be sent: ${last.type}${last.message ? `: ${last.message}` : ''}.`;
    case 'cut-short':
      return `Proton had not answered ${operation} when the step stopped waiting.`;
  }
}

function describeUntrustedCertificate(operation: string, code: string, via: string | undefined): string {
  const refused = `TLS refused the certificate the endpoint presented for ${operation} (${code})`;
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code === 'HOSTNAME_MISMATCH') {
    return `${refused}: it does not name the endpoint's host. Check endpoint-url${via ? `, and whether the proxy ${via} redirects the connection` : ''}.`;
  }
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID') return `${refused}: it is outside its validity period. Check the runner's clock, and endpoint-url.`;
  const who = via ? `the proxy ${via} inspects TLS with a CA of its own, or ` : '';
  return `${refused}: it is not signed by a CA this step trusts. If ${who}a private CA signs the endpoint, set NODE_EXTRA_CA_CERTS (or AWS_CA_BUNDLE) to that CA's PEM file.`;
}

function describeApiError(request: RequestFailed, failure: AttemptFailure, { target, region, dryRun, ifCredentialsExpired }: FailureContext): string {
  const { operation } = request;
  const type = failure.type ?? 'an error';
  if (type === 'AccessDeniedException') {
    return `Access denied to ${operation}: ${accessAdvice(operation, target, region, dryRun === true)}. AWS said: ${said(failure)}`;
  }
  if (type === 'ResourceNotFoundException') {
    if (operation === DEPLOYMENT_HISTORY_OPERATION) return `Proton's deployment history has no such deployment of this ${typeNoun(target.type)}. AWS said: ${said(failure)}`;
    return `Not found in ${region}: check the name, and that the region (aws-region, else AWS_REGION) is where it lives. AWS said: ${said(failure)}`;
  }
  if (type === 'ValidationException') return `Proton rejected ${operation} as invalid: ${said(failure)}`;
  if (EXPIRED_ERRORS.has(type)) {
    const consequence = ifCredentialsExpired ? ` ${ifCredentialsExpired}` : '';
    return `AWS rejected the step's credentials as expired (${type}) on ${operation}, ${formatDuration(request.elapsedMs)} into the step: ${said(failure)}.${consequence} ${SESSION_ADVICE}${seeReadme('session length', 'session-length')}`;
  }
  if (CREDENTIAL_ERRORS.has(type)) {
    return `AWS rejected the credentials (${type}) on ${operation}: ${said(failure)}. Check the role or keys this step uses; a session may have expired. Configure credentials before this step, for example with aws-actions/configure-aws-credentials.`;
  }
  return `${operation} failed with ${type} (HTTP ${failure.status ?? '?'}): ${said(failure)}`;
}

/**
 * What to allow after a denial: the action that was denied, on the resource it was denied on, and
 * the other action the step calls there (a dry run calls only the read).
 */
function accessAdvice(operation: string, target: Target, region: string, dryRun: boolean): string {
  const policy = seeReadme('IAM policy', 'credentials-and-iam');
  if (operation === DEPLOYMENT_HISTORY_OPERATION) {
    return `allow proton:${DEPLOYMENT_HISTORY_OPERATION} on ${deploymentIamResource(region)} for the role this step uses${policy}`;
  }
  const type = resourceType(target.type);
  const others = iamActions(type).filter((action) => action !== `proton:${operation}` && !(dryRun && action === `proton:${type.cancelOperation}`));
  const also = others.length > 0 ? ` (the step also calls ${others.join(' and ')} there)` : '';
  return `allow proton:${operation} on ${type.iamResource(target, region)} for the role this step uses${also}${policy}`;
}


function describeStopped(failure: RequestFailed): string {
  const { operation, attempts } = failure;
  const why = failure.stoppedBy === 'interrupt' ? 'the step was interrupted' : 'wait-timeout-seconds ran out';
  const answered = attempts.filter((a) => a.kind !== 'cut-short');
  if (attempts.length === 0) return `${operation} was not sent before ${why}.`;
  if (answered.length === 0) return `Proton had not answered ${operation} when ${why}.`;
  if (answered.every((a) => a.kind === 'throttled')) {
    return `Proton throttled ${operation} on every attempt (${attempts.length}) until ${why}.`;
  }
  return `${operation} failed on every attempt (${tally(attempts)}) until ${why}.`;
}

/** "3 throttled, 2 HTTP 503 Service Unavailable, 1 without an answer". */
function tally(attempts: readonly AttemptFailure[]): string {
  const counts = new Map<string, number>();
  for (const attempt of attempts) {
    const word = tallyWord(attempt);
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].map(([word, n]) => `${n} ${word}`).join(', ');
}

function tallyWord(attempt: AttemptFailure): string {
  switch (attempt.kind) {
    case 'throttled':
      return 'throttled';
    case 'no-answer':
    case 'cut-short':
      return 'without an answer';
    case 'connection':
    case 'no-such-host':
      return attempt.code ?? 'connection failed';
    case 'server-error':
    case 'unreadable-reply':
      return `HTTP ${attempt.status ?? '?'}`;
    case 'api-error':
    case 'client-error':
      return attempt.type ?? 'failed';
    case 'proxy':
      return 'proxy failed';
    case 'untrusted-certificate':
      return attempt.code ?? 'certificate refused';
  }
}

/** "HTTP 502 (Bad Gateway) and a body that is not JSON". */
function reply(failure: AttemptFailure): string {
  const status = failure.status ?? 0;
  const reason = STATUS_CODES[status];
  const http = `HTTP ${status}${reason ? ` (${reason})` : ''}`;
  if (failure.type) return `${failure.type} (${http})`;
  return `${http} and ${failure.emptyBody ? 'an empty body' : 'a body that is not JSON'}`;
}

function said(failure: AttemptFailure): string {
  return failure.message ? failure.message : '(no message)';
}

/** A list request for `*` that failed: nothing can be cancelled, since the targets are unknown. */
export function describeListFailure(failure: RequestFailed, wildcard: { type: ResourceTypeId; serviceName?: string }, region: string): string {
  const what = `the ${typeNoun(wildcard.type)}s${wildcard.serviceName ? ` of service ${wildcard.serviceName}` : ''} whose deployment is in progress`;
  const prefix = `Could not find ${what} ("*"), so nothing was cancelled: `;
  const type = failure.apiErrorType;
  if (type === 'AccessDeniedException') {
    return `${prefix}access denied to ${failure.operation}: allow proton:${failure.operation} on * for the role this step uses${seeReadme('IAM policy', 'credentials-and-iam')}. AWS said: ${said(failure.last!)}`;
  }
  if (type === 'ResourceNotFoundException' && wildcard.serviceName) {
    return `${prefix}service ${wildcard.serviceName} was not found in ${region}: check service-name and the region. AWS said: ${said(failure.last!)}`;
  }
  const target = targetOf(wildcard.type, '*', wildcard.serviceName);
  return `${prefix}${describeRequestFailure(failure, { target, region })}`;
}
