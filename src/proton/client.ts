import type { Settings } from '../settings.js';
import { loadSdk, type Proton } from './sdk.js';

// One attempt may take this long in all: credentials, connection, request and reply. A server that
// accepts a connection and never answers (or trickles) would otherwise hold the step.
export const ATTEMPT_TIMEOUT_MS = 30_000;
export const CONNECTION_TIMEOUT_MS = 10_000;

export async function createProtonClient(settings: Pick<Settings, 'region' | 'endpointUrl'>): Promise<Proton> {
  const sdk = await loadSdk();
  const client = new sdk.ProtonClient({
    region: settings.region,
    // Without endpoint-url the SDK resolves AWS_ENDPOINT_URL_PROTON, then AWS_ENDPOINT_URL, then AWS.
    ...(settings.endpointUrl ? { endpoint: settings.endpointUrl } : {}),
    // The action retries by itself (proton/api.ts): the SDK's backoff and adaptive pacing sleep on
    // timers that neither the deadline nor SIGINT can cut short, and would keep the step alive.
    maxAttempts: 1,
    requestHandler: { connectionTimeout: CONNECTION_TIMEOUT_MS },
  });
  return { client, sdk };
}
