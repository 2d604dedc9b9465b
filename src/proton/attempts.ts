// What one failed attempt of a request was, in terms a person can act on, and whether trying again
// may help. The SDK's own retries are off (see client.ts for why), so the action retries, and
// therefore classifies, by itself.
import { isProxyError } from '../network/proxy-error-shape.js';
import { oneLine } from '../lib/text.js';
import type { AttemptFailure, AttemptFailureKind } from '../domain/failure.js';

export type { AttemptFailure, AttemptFailureKind } from '../domain/failure.js';

interface SdkErrorShape {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: number };
  $response?: { headers?: Record<string, string | undefined> };
}

// The throttling error codes the AWS SDKs agree on.
const THROTTLING_TYPES = new Set([
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'ProvisionedThroughputExceededException',
  'BandwidthLimitExceeded',
  'SlowDown',
  'PriorRequestNotComplete',
]);

const CONNECTION_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
]);

// Node's codes for a certificate chain or name that TLS verification refused (OpenSSL's, and Node's own).
const CERTIFICATE_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'HOSTNAME_MISMATCH',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** Failures worth another attempt: they say nothing about the request itself. */
const PASSING: ReadonlySet<AttemptFailureKind> = new Set(['throttled', 'server-error', 'no-answer', 'connection']);

export function mayPass(failure: AttemptFailure): boolean {
  if (failure.kind === 'proxy' && failure.proxy) return failure.proxy.mayPass;
  return PASSING.has(failure.kind);
}

/** What went wrong with one attempt. `timedOutAfterMs`: set when the attempt's own time limit aborted it. */
export function classifyAttempt(error: unknown, timedOutAfterMs: number | undefined, now: number): AttemptFailure {
  if (timedOutAfterMs !== undefined) return { kind: 'no-answer', limitMs: timedOutAfterMs };
  if (isProxyError(error)) return { kind: 'proxy', proxy: { problem: error.problem, mayPass: error.mayPass } };
  const e = (error ?? {}) as SdkErrorShape;
  const name = typeof e.name === 'string' ? oneLine(e.name, 100) : 'Error';
  const status = e.$metadata?.httpStatusCode;
  const code = typeof e.code === 'string' ? e.code : undefined;

  if (status !== undefined) {
    // A typed answer from the API carries $fault; SyntaxError (a body that is not JSON) and the SDK's
    // "Unknown" (an error reply with an empty body) do not come from the API's model.
    const typed = e.$fault !== undefined && name !== 'Unknown';
    const retryAfterMs = retryAfter(e.$response?.headers, now);
    const reply = {
      status,
      ...(typed ? { type: name, message: apiMessage(e) } : {}),
      ...(name === 'Unknown' ? { emptyBody: true } : {}),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    };
    if (THROTTLING_TYPES.has(name) || status === 429) return { kind: 'throttled', ...reply };
    if (status >= 500) return { kind: 'server-error', ...reply };
    return { kind: typed ? 'api-error' : 'unreadable-reply', ...reply };
  }
  if (code === 'ENOTFOUND') return { kind: 'no-such-host', code };
  if (code === 'ETIMEDOUT' || (name === 'TimeoutError' && code === undefined)) return { kind: 'no-answer', code: 'ETIMEDOUT' };
  if (code && CONNECTION_CODES.has(code)) return { kind: 'connection', code };
  if (code && CERTIFICATE_CODES.has(code)) return { kind: 'untrusted-certificate', code };
  return { kind: 'client-error', type: name, message: apiMessage(e) };
}

/** The server's message, without what the SDK adds for programmers ("inspect the hidden field $response"). */
function apiMessage(e: SdkErrorShape): string {
  const raw = typeof e.message === 'string' ? e.message : '';
  const own = raw.split(/\n\s*Deserialization error/)[0] ?? '';
  return oneLine(own, 600);
}

// Retry-After is seconds or an HTTP date. Honour it up to a minute: a longer ask is better met by
// the next poll than by a silent pause.
const MAX_RETRY_AFTER_MS = 60_000;

function retryAfter(headers: Record<string, string | undefined> | undefined, now: number): number | undefined {
  const value = headers?.['retry-after']?.trim();
  if (!value) return undefined;
  const ms = /^\d+(\.\d+)?$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  return Number.isFinite(ms) ? Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS) : undefined;
}

// Backoff as the AWS SDKs' standard mode computes it: exponential with full jitter, from a larger
// base after throttling, capped at 20 s; never shorter than a Retry-After the server sent.
const BASE_DELAY_MS = 100;
const THROTTLING_BASE_DELAY_MS = 500;
const MAX_BACKOFF_MS = 20_000;

/** How long to wait before attempt `attempt + 1`, after `failure` ended attempt `attempt` (1-based). */
export function backoffMs(failure: AttemptFailure, attempt: number, random: () => number): number {
  const base = failure.kind === 'throttled' ? THROTTLING_BASE_DELAY_MS : BASE_DELAY_MS;
  const jittered = random() * Math.min(MAX_BACKOFF_MS, base * 2 ** (attempt - 1));
  return Math.max(jittered, failure.retryAfterMs ?? 0);
}
