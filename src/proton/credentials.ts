// Credentials are resolved once, before any request, so that missing or broken credentials give one
// clear error instead of one per target. The SDK's providers cannot be cancelled (a credential_process
// that hangs, a slow web-identity or instance-metadata lookup), so the step stops waiting for them.
import { untilAborted } from '../lib/abortable.js';
import type { Clock } from '../lib/clock.js';
import { isProxyError } from '../network/proxy-error-shape.js';
import { oneLine } from '../lib/text.js';
import { whatStopped, type Stop } from '../lib/stop.js';
import type { ProtonCalls } from './proton-calls.js';

export const CREDENTIALS_TIMEOUT_MS = 10_000;

export const CREDENTIALS_ADVICE =
  'Configure credentials before this step, for example with aws-actions/configure-aws-credentials (OIDC role), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.';

const NONE_FOUND = /could not load credentials from any providers/i;

/** What the step knows of its credentials once they loaded. */
export interface CredentialFacts {
  /** When they expire, if they say. */
  expiresAt?: Date;
  /**
   * Whether the SDK gets fresh ones before they expire. Everything but plain environment variables
   * does: the provider chain is asked again near expiry (instance metadata, container, web
   * identity, an assumed role, SSO, credential_process); keys in the environment stay as they are.
   */
  refreshes: boolean;
}

export type CredentialsLoaded = { facts: CredentialFacts } | { problem: string };

/** Loads the credentials once: their facts, or the one sentence to report for every target. */
export async function loadCredentials(proton: ProtonCalls, clock: Clock, stop: Stop): Promise<CredentialsLoaded> {
  const timeLimit = clock.timeout(CREDENTIALS_TIMEOUT_MS);
  try {
    const identity = await untilAborted(proton.credentials(), AbortSignal.any([stop.deadline, stop.interrupt, timeLimit]));
    const source = identity.$source ?? {};
    return { facts: { ...(identity.expiration ? { expiresAt: identity.expiration } : {}), refreshes: !('CREDENTIALS_ENV_VARS' in source) } };
  } catch (error) {
    const stopped = whatStopped(stop);
    if (stopped === 'interrupt') return { problem: 'The step was interrupted while it was loading AWS credentials: no request was made.' };
    if (stopped === 'deadline') {
      return { problem: `AWS credentials could not be loaded before wait-timeout-seconds ran out: no request was made. ${CREDENTIALS_ADVICE}` };
    }
    if (timeLimit.aborted) {
      return {
        problem: `AWS credentials could not be loaded within ${CREDENTIALS_TIMEOUT_MS / 1000} s: the credential provider did not answer (a credential_process in the AWS profile, a web identity token exchange or an instance metadata lookup that hangs). No request was made. ${CREDENTIALS_ADVICE}`,
      };
    }
    return { problem: describeCredentialsError(error) };
  }
}

function describeCredentialsError(error: unknown): string {
  // The provider's STS or SSO request went through a proxy that failed: that is what to fix.
  if (isProxyError(error)) return `AWS credentials could not be loaded: ${error.message} No request was made to Proton.`;
  const said = error instanceof Error && error.message ? oneLine(error.message, 500) : oneLine(String(error), 500);
  // The provider chain reports a failing credential_process or source profile only as "none found".
  const profile = process.env.AWS_PROFILE ? ` AWS_PROFILE is ${oneLine(process.env.AWS_PROFILE, 100)}: check that profile's credential_process or source_profile.` : '';
  if (NONE_FOUND.test(said)) return `No AWS credentials found (${said}).${profile} ${CREDENTIALS_ADVICE}`;
  return `Could not load AWS credentials: ${said}. No request was made.${profile} ${CREDENTIALS_ADVICE}`;
}
