import type { ConnectionPlan } from '../network/connection-plan.js';
import type { ConnectionSettingsProblem } from '../domain/connection-problem.js';
import type { ProtonCalls } from './proton-calls.js';
import { sdkCalls } from './resource-calls.js';
import { loadSdk } from './sdk.js';

// One attempt may take this long in all: credentials, connection, request and reply. A server that
// accepts a connection and never answers (or trickles) would otherwise hold the step.
export const ATTEMPT_TIMEOUT_MS = 30_000;
export const CONNECTION_TIMEOUT_MS = 10_000;

/** Where the client sends its requests: the region, and an endpoint that overrides the region's. */
export interface ClientOptions {
  region: string;
  endpointUrl?: string | undefined;
}

export type ClientCreated = { proton: ProtonCalls; connection: ConnectionPlan } | { problems: ConnectionSettingsProblem[] };

/** Makes the step's ProtonCalls: createProtonClient, or a fake in tests of the decisions above it. */
export type ConnectProton = (options: ClientOptions) => Promise<ClientCreated>;

/** Where Proton requests go: endpoint-url, else what the SDK reads from the environment, else AWS's endpoint. */
export function protonEndpoint(options: ClientOptions, env: NodeJS.ProcessEnv = process.env): URL {
  const configured = options.endpointUrl ?? (env.AWS_ENDPOINT_URL_PROTON?.trim() || env.AWS_ENDPOINT_URL?.trim());
  try {
    if (configured) return new URL(configured);
  } catch {
    // The SDK reports an endpoint it cannot use; here it only decides the route.
  }
  return new URL(`https://proton.${options.region}.amazonaws.com`);
}

export async function createProtonClient(options: ClientOptions, env: NodeJS.ProcessEnv = process.env): Promise<ClientCreated> {
  const sdk = await loadSdk();
  const planned = await sdk.planConnection({ endpoint: protonEndpoint(options, env), connectionTimeoutMs: CONNECTION_TIMEOUT_MS, env, sdk });
  if ('problems' in planned) return planned;
  const { requestHandler, credentialDefaultProvider } = planned.plan;
  const client = new sdk.ProtonClient({
    region: options.region,
    // Without endpoint-url the SDK resolves AWS_ENDPOINT_URL_PROTON, then AWS_ENDPOINT_URL, then AWS.
    ...(options.endpointUrl ? { endpoint: options.endpointUrl } : {}),
    // The action retries by itself (proton/api.ts). The SDK's retries (@smithy/core 3.41.1) do end
    // their pause on abort, but count throttled cancellations against maxAttempts and draw every
    // retry from one quota per client (100 throttled retries, then none): a fleet would be given up
    // early. test/integration/sdk-retries.test.ts pins both, and that this makes one attempt per send.
    maxAttempts: 1,
    requestHandler: requestHandler ?? { connectionTimeout: CONNECTION_TIMEOUT_MS },
    ...(credentialDefaultProvider ? { credentialDefaultProvider } : {}),
  });
  return { proton: sdkCalls({ client, sdk }), connection: planned.plan };
}
