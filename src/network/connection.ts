// How the step's requests leave the runner. Without a proxy variable or a CA bundle, exactly as the
// SDK would send them, and nothing more is loaded; with either, through custom-connection.ts, a
// chunk of its own.
import type { defaultProvider } from '@aws-sdk/credential-provider-node';
import type { NodeHttpHandler } from '@smithy/node-http-handler';
import type { Sdk } from '../proton/sdk.js';

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

export type Planned = { plan: ConnectionPlan } | { problems: string[] };

export interface PlanInput {
  /** Where Proton requests go. */
  endpoint: URL;
  connectionTimeoutMs: number;
  env: NodeJS.ProcessEnv;
  sdk: Sdk;
}

export async function planConnection(input: PlanInput): Promise<Planned> {
  const { env, sdk } = input;
  const proxied = Boolean(env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY);
  if (!proxied && !env.AWS_CA_BUNDLE?.trim() && !(await profileSettings(sdk)()).settings?.ca_bundle) return { plan: {} };
  const { customConnection } = await import('./custom-connection.js');
  return customConnection(input, profileSettings(sdk));
}

/** The selected profile of the shared config file, read by the SDK's own reader (it caches the file). */
function profileSettings(sdk: Sdk) {
  return async (): Promise<{ name: string; settings: Record<string, string | undefined> | undefined }> => {
    const name = sdk.getProfileName({});
    try {
      const { configFile } = await sdk.loadSharedConfigFiles();
      return { name, settings: configFile[name] };
    } catch {
      // An unreadable config file is the SDK's to report, when it needs the file.
      return { name, settings: undefined };
    }
  };
}
