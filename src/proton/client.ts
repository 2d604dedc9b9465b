import { ProtonClient } from '@aws-sdk/client-proton';
import type { Settings } from '../settings.js';

// The SDK sets no request timeout: a server that accepts a connection and never answers would hang
// the step. A timed-out attempt is retried like a dropped connection, within max-attempts.
export const REQUEST_TIMEOUT_MS = 30_000;
export const CONNECTION_TIMEOUT_MS = 10_000;

export function createProtonClient(settings: Pick<Settings, 'region' | 'endpointUrl' | 'maxAttempts'>): ProtonClient {
  return new ProtonClient({
    region: settings.region,
    // Without endpoint-url the SDK resolves AWS_ENDPOINT_URL_PROTON, then AWS_ENDPOINT_URL, then AWS.
    ...(settings.endpointUrl ? { endpoint: settings.endpointUrl } : {}),
    maxAttempts: settings.maxAttempts,
    requestHandler: {
      requestTimeout: REQUEST_TIMEOUT_MS,
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      // Otherwise the handler only prints a warning to stdout and keeps waiting.
      throwOnRequestTimeout: true,
    },
  });
}
