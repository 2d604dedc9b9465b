// The request handler for a runner behind a proxy, or with a CA bundle: one handler (and one pair of
// agents) for the ProtonClient and for the STS and SSO clients of the credential providers, so that
// everything the step sends goes the same way. Instance metadata and container credentials never
// come here: their providers make their own plain requests on the runner's host or link.
import * as http from 'node:http';
import * as https from 'node:https';
import type { Sdk } from '../proton/sdk.js';
import { readCaBundle, trustedWith, type ProfileSettings } from './ca-bundle.js';
import type { PlanInput, Planned } from './connection.js';
import { forwardThroughProxy, TunnellingAgent } from './proxy-agents.js';
import { proxyFor, proxyVariablesSet, readProxySettings, type ProxySettings } from './proxy-route.js';

// The SDK's own defaults for its agents (@smithy/node-http-handler 4.14).
const AGENT_OPTIONS = { keepAlive: true, maxSockets: 50 };

export async function customConnection(input: PlanInput, profile: ProfileSettings): Promise<Planned> {
  const { endpoint, env, sdk, connectionTimeoutMs } = input;
  const problems: string[] = [];
  const proxyRead = proxyVariablesSet(env) ? readProxySettings(env) : undefined;
  if (proxyRead && 'problems' in proxyRead) problems.push(...proxyRead.problems);
  const caRead = await readCaBundle(env, profile);
  if ('problem' in caRead) problems.push(caRead.problem);
  if (problems.length > 0 || 'problem' in caRead) return { problems };

  const proxies = proxyRead && 'settings' in proxyRead ? proxyRead.settings : undefined;
  const { bundle } = caRead;
  const httpsOptions = { ...AGENT_OPTIONS, ...(bundle ? { ca: trustedWith(bundle) } : {}) };
  const httpsAgent = proxies ? new TunnellingAgent(proxies, httpsOptions) : new https.Agent(httpsOptions);
  const httpAgent = new http.Agent(AGENT_OPTIONS);
  const Handler = proxies ? forwardingHandler(sdk, proxies) : sdk.NodeHttpHandler;
  const requestHandler = new Handler({ httpAgent, httpsAgent, connectionTimeout: connectionTimeoutMs });

  const port = endpoint.port ? Number(endpoint.port) : endpoint.protocol === 'https:' ? 443 : 80;
  const proxy = proxies ? proxyFor(proxies, endpoint.protocol, endpoint.hostname, port) : undefined;
  return {
    plan: {
      requestHandler,
      endpointHost: `${endpoint.hostname}:${port}`,
      ...(proxy ? { endpointProxy: `${proxy.label} (${proxy.variable})` } : proxies ? { endpointBypassesProxy: true } : {}),
      ...(bundle ? { caBundle: { source: bundle.source, path: bundle.path, certificates: bundle.certificates.length } } : {}),
    },
  };
}

/** The SDK's handler, sending plain-HTTP requests to their proxy in the form a forward proxy expects. */
function forwardingHandler(sdk: Sdk, proxies: ProxySettings): typeof sdk.NodeHttpHandler {
  return class ForwardingHandler extends sdk.NodeHttpHandler {
    override handle(...[request, options]: Parameters<InstanceType<typeof sdk.NodeHttpHandler>['handle']>) {
      // A copy: the SDK may send the same request object again on a retry.
      const copy = Object.assign(Object.create(Object.getPrototypeOf(request) as object) as typeof request, request, { headers: { ...request.headers } });
      return super.handle(forwardThroughProxy(copy, proxies) ? copy : request, options);
    }
  };
}
