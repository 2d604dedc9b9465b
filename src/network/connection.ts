// How the step's requests leave the runner. Without a proxy variable or a CA bundle, exactly as the
// SDK would send them, and nothing more is loaded; with either, through custom-connection.ts, a
// chunk of its own.
import type { PlanInput, Planned, SharedConfigReader } from './connection-plan.js';

export async function planConnection(input: PlanInput): Promise<Planned> {
  const { env, sdk } = input;
  const proxied = Boolean(env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY);
  if (!proxied && !env.AWS_CA_BUNDLE?.trim() && !(await profileSettings(sdk)()).settings?.ca_bundle) return { plan: {} };
  const { customConnection } = await import('./custom-connection.js');
  return customConnection(input, profileSettings(sdk));
}

/** The selected profile of the shared config file, read by the SDK's own reader (it caches the file). */
function profileSettings(sdk: SharedConfigReader) {
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
