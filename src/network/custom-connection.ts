// The request handler for a runner behind a proxy, or with a CA bundle: one handler (and one pair of
// agents) for the ProtonClient and for the STS and SSO clients of the credential providers, so that
// everything the step sends goes the same way. Instance metadata and container credentials never
// come here: their providers make their own plain requests on the runner's host or link.
// defaultProvider and NodeHttpHandler are imported here, not with the SDK's commands: webpack gives
// the same modules the client uses, and a run without a proxy or a CA bundle never evaluates them
// from this side (re-exported with the commands, credential-provider-node's index cost every run
// 3 MiB of peak memory; measured with npm run bench).
import type { ConnectionSettingsProblem } from '../domain/connection-problem.js';
import * as http from 'node:http';
import * as https from 'node:https';
import type { NodeHttpHandler, NodeHttpHandlerOptions } from '@smithy/node-http-handler';
import { readCaBundle, trustedWith, type ProfileSettings } from './ca-bundle.js';
import type { PlanInput, Planned } from './connection-plan.js';
import { forwardThroughProxy, TunnellingAgent } from './proxy-agents.js';
import { proxyFor, proxyVariablesSet, readProxySettings, type ProxySettings } from './proxy-route.js';

// The SDK's own defaults for its agents (@smithy/node-http-handler 4.14).
const AGENT_OPTIONS = { keepAlive: true, maxSockets: 50 };

export async function customConnection(input: PlanInput, profile: ProfileSettings): Promise<Planned> {
  const { endpoint, env, connectionTimeoutMs } = input;
  const problems: ConnectionSettingsProblem[] = [];
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
  const options: NodeHttpHandlerOptions = { httpAgent, httpsAgent, connectionTimeout: connectionTimeoutMs };
  const [{ defaultProvider }, { NodeHttpHandler }] = await Promise.all([import('@aws-sdk/credential-provider-node'), import('@smithy/node-http-handler')]);
  const requestHandler = proxies ? new (forwardingHandler(NodeHttpHandler))(proxies, options) : new NodeHttpHandler(options);

  const port = endpoint.port ? Number(endpoint.port) : endpoint.protocol === 'https:' ? 443 : 80;
  const proxy = proxies ? proxyFor(proxies, endpoint.protocol, endpoint.hostname, port) : undefined;
  return {
    plan: {
      requestHandler,
      // The providers' STS and SSO clients get the same handler: through the proxy, trusting the bundle.
      // (STS would inherit it from the ProtonClient; SSO takes it only from clientConfig.)
      credentialDefaultProvider: (init) => defaultProvider({ ...init, clientConfig: { requestHandler } }),
      endpointHost: `${endpoint.hostname}:${port}`,
      ...(proxy ? { endpointProxy: `${proxy.label} (${proxy.variable})` } : proxies ? { endpointBypassesProxy: true } : {}),
      ...(bundle ? { caBundle: { source: bundle.source, path: bundle.path, certificates: bundle.certificates.length } } : {}),
    },
  };
}

type HttpRequest = Parameters<NodeHttpHandler['handle']>[0];

/** The SDK's handler, sending plain-HTTP requests to their proxy in the form a forward proxy expects. */
function forwardingHandler(Base: typeof NodeHttpHandler) {
  return class ForwardingHandler extends Base {
    constructor(
      private readonly proxies: ProxySettings,
      options: NodeHttpHandlerOptions,
    ) {
      super(options);
    }

    override handle(request: HttpRequest, options?: Parameters<NodeHttpHandler['handle']>[1]): ReturnType<NodeHttpHandler['handle']> {
      // A copy: the SDK may send the same request object again on a retry.
      const copy = Object.assign(Object.create(Object.getPrototypeOf(request) as object) as HttpRequest, request, { headers: { ...request.headers } });
      return super.handle(forwardThroughProxy(copy, this.proxies) ? copy : request, options);
    }
  };
}
