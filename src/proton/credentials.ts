// Credentials are resolved once, before any request, so that missing or broken credentials give one
// clear error instead of one per target. The SDK's providers cannot be cancelled (a credential_process
// that hangs, a slow web-identity or instance-metadata lookup), so the step stops waiting for them.
import { untilAborted } from '../lib/abortable.js';
import type { Clock } from '../lib/clock.js';
import { isProxyError } from '../network/proxy-error-shape.js';
import { oneLine } from '../lib/text.js';
import { stopSignal, whatStopped, type Stop } from '../lib/stop.js';
import type { CredentialsProblem } from '../domain/failure.js';
import type { ProtonCalls } from './proton-calls.js';

export const CREDENTIALS_TIMEOUT_MS = 10_000;

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

export type CredentialsLoaded = { facts: CredentialFacts } | { problem: CredentialsProblem };

/** Loads the credentials once: their facts, or the one problem to report for every target. */
export async function loadCredentials(proton: ProtonCalls, clock: Clock, stop: Stop): Promise<CredentialsLoaded> {
  const timeLimit = clock.timeout(CREDENTIALS_TIMEOUT_MS);
  try {
    const identity = await untilAborted(proton.credentials(), AbortSignal.any([stopSignal(stop), timeLimit]));
    const source = identity.$source ?? {};
    return { facts: { ...(identity.expiration ? { expiresAt: identity.expiration } : {}), refreshes: !('CREDENTIALS_ENV_VARS' in source) } };
  } catch (error) {
    const stopped = whatStopped(stop);
    if (stopped) return { problem: { why: stopped === 'interrupt' ? 'interrupted' : 'deadline' } };
    if (timeLimit.aborted) return { problem: { why: 'timed-out', limitMs: CREDENTIALS_TIMEOUT_MS } };
    return { problem: credentialsProblem(error) };
  }
}

function credentialsProblem(error: unknown): CredentialsProblem {
  if (isProxyError(error)) return { why: 'proxy', problem: error.problem };
  const said = error instanceof Error && error.message ? oneLine(error.message, 500) : oneLine(String(error), 500);
  const profile = process.env.AWS_PROFILE ? oneLine(process.env.AWS_PROFILE, 100) : undefined;
  return { why: NONE_FOUND.test(said) ? 'none-found' : 'failed', said, profile };
}
