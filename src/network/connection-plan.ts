// What connection-planning decides (connection.ts, custom-connection.ts) and what it is given, in a
// module of its own so that the lazy proxy and CA chunk and its loader do not import each other.
import type { defaultProvider } from '@aws-sdk/credential-provider-node';
import type { ConnectionSettingsProblem } from '../domain/connection-problem.js';
import type { NodeHttpHandler } from '@smithy/node-http-handler';

export interface ConnectionPlan {
  /** For the ProtonClient and the credential providers' clients; undefined: the SDK's own handler. */
  requestHandler?: NodeHttpHandler;
  /** The SDK's default credential chain, its STS and SSO clients given `requestHandler`. */
  credentialDefaultProvider?: (init: object) => ReturnType<typeof defaultProvider>;
  /** The proxy the Proton endpoint is reached through, as messages name it: "proxy.corp:3128 (HTTPS_PROXY)". */
  endpointProxy?: string;
  /** A proxy variable is set, but NO_PROXY (or a loopback endpoint) sends Proton requests direct. */
  endpointBypassesProxy?: boolean;
  /** "proton.us-east-1.amazonaws.com:443". */
  endpointHost?: string;
  /** The CA bundle added to Node's roots, as the log names it. */
  caBundle?: { source: string; path: string; certificates: number };
}

export type Planned = { plan: ConnectionPlan } | { problems: ConnectionSettingsProblem[] };

export interface PlanInput {
  /** Where Proton requests go. */
  endpoint: URL;
  connectionTimeoutMs: number;
  env: NodeJS.ProcessEnv;
  /** The SDK's reader of the shared config files, so a profile's ca_bundle is read as the SDK reads the profile. */
  sdk: SharedConfigReader;
}

/** The two functions of @smithy/core 3.41.1's config reader this layer uses (proton/sdk-commands.ts passes them in). */
export interface SharedConfigReader {
  getProfileName(init: { profile?: string }): string;
  loadSharedConfigFiles(): Promise<{ configFile: Record<string, Record<string, string | undefined>> }>;
}
