// Every failure in a workflow author's words: what happened and what to do about it, never the
// SDK's hints for programmers ("SyntaxError", "$response"). The work hands over facts (domain/
// failure.ts); each sentence is composed here, once. A sentence never names its target: it is always
// shown beside its label (the log's prefix and group, the summary's row, the results entry).
import { STATUS_CODES } from 'node:http';
import { apiErrorTypeOf, lastAttempt, type AttemptFailure, type CredentialsProblem, type Failure, type RequestFailure, type RequestFailureFacts } from '../domain/failure.js';
import { DEPLOYMENT_HISTORY_OPERATION, deploymentIamResource, iamActions, resourceType, targetOf, typeNoun, type Target } from '../domain/resources.js';
import type { Wildcard } from '../domain/wildcard.js';
import { formatDuration } from '../lib/text.js';
import { CREDENTIAL_ERRORS, EXPIRED_ERRORS, mayHaveTakenEffect } from '../proton/failure-kinds.js';
import { seeDocs } from '../runner/docs-link.js';
import { connectionSettingsWords, proxyProblemWords } from './connection-words.js';

interface FailureContext {
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

/** What to do about credentials that expire before the wait ends. */
export const SESSION_ADVICE =
  'Give the step a role session at least as long as its wait (aws-actions/configure-aws-credentials: role-duration-seconds, up to the role\'s maximum session duration), or a shorter wait-timeout-seconds.';

/** What to do about missing or broken credentials. */
export const CREDENTIALS_ADVICE =
  'Configure credentials before this step, for example with aws-actions/configure-aws-credentials (OIDC role), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.';

/** Why a target ended as `error` (or why no target could be worked on), in one sentence or a few. */
export function failureWords(failure: Failure): string {
  switch (failure.kind) {
    case 'request':
      return requestFailureWords(failure);
    case 'conflict-then-unreadable':
      return `Proton answered ${failure.cancelOperation} with ConflictException, and the state could not be read: ${failureWords(failure.read)}`;
    case 'conflict-persists':
      return `Proton refused ${failure.cancelOperation} with ConflictException ${failure.times} times while ${failure.readOperation} reported the deployment IN_PROGRESS: the deployment was not cancelled. Run the step again, or cancel it in the Proton console.`;
    case 'conflict-then-stopped':
      return `${failure.cancelOperation} met ConflictException while the deployment was IN_PROGRESS, and ${failure.by === 'interrupt' ? 'the step was interrupted' : 'wait-timeout-seconds ran out'} before it could ask again: the deployment was not cancelled.`;
    case 'unknown-deployment':
      return `Proton knows no deployment ${failure.id} of this ${typeNoun(failure.type)}: check deployment-id, and that it belongs to this resource.`;
    case 'list':
      return describeListFailure(failure.request, failure.wildcard, failure.region);
    case 'too-many-matched':
      return `"*" matched ${failure.matched} deployments in progress, more than one step handles (${failure.max}): nothing was cancelled. Name them in several steps.`;
    case 'credentials':
      return credentialsProblemWords(failure.problem);
    case 'connection-settings':
      return failure.problems.map(connectionSettingsWords).join(' ');
  }
}

/** A failed request, with what it means at that point of the work. */
function requestFailureWords(facts: RequestFailureFacts): string {
  const { request, target, region } = facts;
  switch (facts.during) {
    case 'cancel':
      return withConsequence(describeRequestFailure(request, { target, region, ifCredentialsExpired: 'The cancellation was not made.' }), request);
    case 'read':
      return describeRequestFailure(request, { target, region, ...(facts.dryRun ? { dryRun: true } : {}) });
    case 'follow': {
      const ended = facts.newerDeploymentId
        ? `A newer deployment ${facts.newerDeploymentId} started, so deployment ${facts.deploymentId} has ended, but how it ended could not be read: `
        : '';
      return `${ended}${describeRequestFailure(request, {
        target,
        region,
        ifCredentialsExpired: 'The cancellation already requested stands; where the deployment ended could not be read.',
      })}`;
    }
  }
}

/** Whether a cancel request that failed may still have cancelled the deployment, said plainly. */
function withConsequence(description: string, failure: RequestFailure): string {
  const last = lastAttempt(failure);
  if (last?.kind === 'api-error' || last?.kind === 'client-error') return description;
  return mayHaveTakenEffect(failure)
    ? `${description} The cancellation may or may not have been made: check the resource in the Proton console.`
    : `${description} The cancellation was not made.`;
}

function credentialsProblemWords(problem: CredentialsProblem): string {
  switch (problem.why) {
    case 'interrupted':
      return 'The step was interrupted while it was loading AWS credentials: no request was made.';
    case 'deadline':
      return `AWS credentials could not be loaded before wait-timeout-seconds ran out: no request was made. ${CREDENTIALS_ADVICE}`;
    case 'timed-out':
      return `AWS credentials could not be loaded within ${problem.limitMs / 1000} s: the credential provider did not answer (a credential_process in the AWS profile, a web identity token exchange or an instance metadata lookup that hangs). No request was made. ${CREDENTIALS_ADVICE}`;
    case 'proxy':
      // The provider's STS or SSO request went through a proxy that failed: that is what to fix.
      return `AWS credentials could not be loaded: ${proxyProblemWords(problem.problem)} No request was made to Proton.`;
    case 'none-found':
    case 'failed': {
      // The provider chain reports a failing credential_process or source profile only as "none found".
      const profile = problem.profile ? ` AWS_PROFILE is ${problem.profile}: check that profile's credential_process or source_profile.` : '';
      if (problem.why === 'none-found') return `No AWS credentials found (${problem.said}).${profile} ${CREDENTIALS_ADVICE}`;
      return `Could not load AWS credentials: ${problem.said}. No request was made.${profile} ${CREDENTIALS_ADVICE}`;
    }
  }
}

/**
 * One failed request, said for the target it belongs to. The sentence never names the target: it is
 * always shown beside its label (the log's prefix and group, the summary's row, the results entry).
 */
function describeRequestFailure(failure: RequestFailure, context: FailureContext): string {
  const { operation } = failure;
  if (failure.stoppedBy) return describeStopped(failure);
  const last = lastAttempt(failure);
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
      return `${last.proxy ? proxyProblemWords(last.proxy.problem) : `The proxy${via} failed.`}${tries ? ` (${operation}${tries}.)` : ''}`;
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

function describeApiError(request: RequestFailure, failure: AttemptFailure, { target, region, dryRun, ifCredentialsExpired }: FailureContext): string {
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
    return `AWS rejected the step's credentials as expired (${type}) on ${operation}, ${formatDuration(request.elapsedMs)} into the step: ${said(failure)}.${consequence} ${SESSION_ADVICE}${seeDocs('session length', 'session-length')}`;
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
  const policy = seeDocs('IAM policy', 'credentials-and-iam');
  if (operation === DEPLOYMENT_HISTORY_OPERATION) {
    return `allow proton:${DEPLOYMENT_HISTORY_OPERATION} on ${deploymentIamResource(region)} for the role this step uses${policy}`;
  }
  const type = resourceType(target.type);
  const others = iamActions(type).filter((action) => action !== `proton:${operation}` && !(dryRun && action === `proton:${type.cancelOperation}`));
  const also = others.length > 0 ? ` (the step also calls ${others.join(' and ')} there)` : '';
  return `allow proton:${operation} on ${type.iamResource(target, region)} for the role this step uses${also}${policy}`;
}


function describeStopped(failure: RequestFailure): string {
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
function describeListFailure(failure: RequestFailure, wildcard: Wildcard, region: string): string {
  const what = `the ${typeNoun(wildcard.type)}s${wildcard.serviceName ? ` of service ${wildcard.serviceName}` : ''} whose deployment is in progress`;
  const prefix = `Could not find ${what} ("*"), so nothing was cancelled: `;
  const type = apiErrorTypeOf(failure);
  if (type === 'AccessDeniedException') {
    return `${prefix}access denied to ${failure.operation}: allow proton:${failure.operation} on * for the role this step uses${seeDocs('IAM policy', 'credentials-and-iam')}. AWS said: ${said(lastAttempt(failure)!)}`;
  }
  if (type === 'ResourceNotFoundException' && wildcard.serviceName) {
    return `${prefix}service ${wildcard.serviceName} was not found in ${region}: check service-name and the region. AWS said: ${said(lastAttempt(failure)!)}`;
  }
  const target = targetOf(wildcard.type, '*', wildcard.serviceName);
  return `${prefix}${describeRequestFailure(failure, { target, region })}`;
}
