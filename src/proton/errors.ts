// Turns what the SDK throws into one sentence that says what happened and what to do about it.
import { describeTarget, iamActions, resourceType, type Target } from '../resources.js';
import { oneLine } from '../report/text.js';

export interface FailureContext {
  operation: string;
  target: Target;
  region: string;
}

interface SdkErrorShape {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  $metadata?: { attempts?: number; httpStatusCode?: number };
}

const CREDENTIAL_ERRORS = new Set([
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'MissingAuthenticationTokenException',
  'IncompleteSignature',
]);

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);

export const CREDENTIALS_ADVICE =
  'Configure credentials before this step, for example with aws-actions/configure-aws-credentials (OIDC role), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.';

export function isConflict(error: unknown): boolean {
  return (error as SdkErrorShape | undefined)?.name === 'ConflictException';
}

export function describeMissingCredentials(error: unknown): string {
  return `No AWS credentials found (${said(error)}). ${CREDENTIALS_ADVICE}`;
}

export function describeFailure(error: unknown, { operation, target, region }: FailureContext): string {
  const e = (error ?? {}) as SdkErrorShape;
  const name = typeof e.name === 'string' ? e.name : 'Error';
  const label = describeTarget(target);
  const status = e.$metadata?.httpStatusCode;
  const tries = attempts(e);

  if (name === 'AccessDeniedException') {
    const type = resourceType(target.type);
    return `Access denied to ${operation} for ${label}: allow ${iamActions(type).join(' and ')} on ${type.iamResource(target, region)} for the role this step uses (see the README's IAM policy). AWS said: ${said(e)}`;
  }
  if (name === 'ResourceNotFoundException') {
    return `${label} was not found in ${region}: check the name, and that the region (aws-region, else AWS_REGION) is where it lives. AWS said: ${said(e)}`;
  }
  if (name === 'ValidationException') return `Proton rejected ${operation} for ${label} as invalid: ${said(e)}`;
  if (name === 'CredentialsProviderError') return describeMissingCredentials(e);
  if (CREDENTIAL_ERRORS.has(name)) {
    return `AWS rejected the credentials (${name}) on ${operation}: ${said(e)}. Check the role or keys this step uses; a session may have expired. ${CREDENTIALS_ADVICE}`;
  }
  if (name === 'ThrottlingException' || status === 429) {
    return `Proton throttled ${operation} for ${label}${tries}: raise max-attempts, or cancel fewer deployments at once. AWS said: ${said(e)}`;
  }
  if (status !== undefined && status >= 500) {
    return `Proton failed ${operation} for ${label} with ${name} (HTTP ${status})${tries}. AWS said: ${said(e)}`;
  }
  const code = typeof e.code === 'string' ? e.code : name === 'TimeoutError' ? 'ETIMEDOUT' : undefined;
  if (code && (NETWORK_CODES.has(code) || name === 'TimeoutError')) {
    return `Could not reach Proton for ${operation} (${code})${tries}: check the network and endpoint-url. ${said(e)}`;
  }
  return `${operation} for ${label} failed with ${name}${status ? ` (HTTP ${status})` : ''}${tries}: ${said(e)}`;
}

function attempts(e: SdkErrorShape): string {
  const count = e.$metadata?.attempts;
  return count && count > 1 ? ` on all ${count} attempts` : '';
}

function said(error: unknown): string {
  const message = (error as SdkErrorShape | undefined)?.message;
  return typeof message === 'string' && message !== '' ? oneLine(message) : '(no message)';
}
