// How the step's requests reach a proxy. HTTPS goes through a CONNECT tunnel, made in the agent's
// createConnection, which Node documents for asynchronous sockets (Node 24, http.Agent). Plain HTTP
// is sent to the proxy in absolute form ("POST http://host:port/ HTTP/1.1"), rewritten in the SDK's
// request handler before it goes out. Loaded only when a proxy variable is set.
//
// Why not a library: Node's own proxy support (http.Agent proxyEnv) exists only from Node 24.5, which
// runner v2.327.x does not bundle; it matches no_proxy differently from the runner and the toolkit,
// and its tunnel error quotes the proxy URL, credentials included. https-proxy-agent 7 hands a refused
// CONNECT (407, 403) to the request as if the endpoint had answered it, so the step could not say
// that the proxy refused. What this file needs of them is about a hundred lines.
import * as http from 'node:http';
import * as https from 'node:https';
import { isIP } from 'node:net';
import type { Duplex } from 'node:stream';
import * as tls from 'node:tls';
import { ProxyError, type ProxyFailure } from './proxy-problem.js';
import { proxyFor, type ProxyServer, type ProxySettings } from './proxy-route.js';

/** From the connection to the proxy until it answers CONNECT. */
export const PROXY_ANSWER_TIMEOUT_MS = 10_000;

const CONNECTION_CODES_BEFORE_ANY_ANSWER = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT']);

/** An HTTPS agent that reaches hosts through the proxy the environment names for them, and others directly. */
export class TunnellingAgent extends https.Agent {
  constructor(
    private readonly proxies: ProxySettings,
    options: https.AgentOptions,
  ) {
    super(options);
  }

  override createConnection(options: https.RequestOptions, callback?: (err: Error | null, stream: Duplex) => void): Duplex | null | undefined {
    const host = options.host ?? options.hostname ?? 'localhost';
    const port = Number(options.port ?? 443);
    const proxy = isProxyItself(this.proxies, host, port) ? undefined : proxyFor(this.proxies, 'https:', host, port);
    if (!proxy || !callback) return super.createConnection(options, callback);
    const servername = options.servername || (isIP(host) ? undefined : host);
    openTunnel(proxy, host, port, options.ca).then(
      (tunnel) => secureThroughTunnel(tunnel, { ...options, ...(servername ? { servername } : {}) }, proxy, `${host}:${port}`, callback),
      (error: Error) => callback(error, undefined as unknown as Duplex),
    );
    return undefined;
  }
}

/** Opens a CONNECT tunnel to `host:port` through `proxy`; rejects with a ProxyError that says how it failed. */
export function openTunnel(
  proxy: ProxyServer,
  host: string,
  port: number,
  ca?: https.RequestOptions['ca'],
  answerTimeoutMs = PROXY_ANSWER_TIMEOUT_MS,
): Promise<Duplex> {
  const authority = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
  const failure = (problem: ProxyFailure): ProxyError => proxyError(proxy, authority, problem);
  return new Promise((resolve, reject) => {
    const request = (proxy.protocol === 'https:' ? https : http).request({
      host: proxy.host,
      port: proxy.port,
      method: 'CONNECT',
      path: authority,
      agent: false,
      headers: { host: authority, ...(proxy.authorization ? { 'proxy-authorization': proxy.authorization } : {}) },
      ...(proxy.protocol === 'https:' ? { ca, ...(isIP(proxy.host) ? {} : { servername: proxy.host }) } : {}),
    });
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const timer = setTimeout(() => {
      settle(() => reject(failure({ kind: 'no-answer', limitMs: answerTimeoutMs })));
      request.destroy();
    }, answerTimeoutMs);
    timer.unref();
    // Node gives every answer to CONNECT here, whatever its status (Node 24, _http_client.js).
    request.once('connect', (response, socket, head) => {
      const status = response.statusCode ?? 0;
      if (status >= 200 && status < 300) {
        if (head.length > 0) socket.unshift(head);
        settle(() => resolve(socket));
        return;
      }
      socket.destroy();
      settle(() => reject(failure({ kind: 'refused', status, statusText: response.statusMessage ?? '' })));
    });
    request.once('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? '';
      settle(() => reject(failure(CONNECTION_CODES_BEFORE_ANY_ANSWER.has(code) ? { kind: 'unreachable', code } : { kind: 'closed' })));
    });
    request.once('close', () => settle(() => reject(failure({ kind: 'closed' }))));
    request.end();
  });
}

/** TLS with the destination, inside the tunnel; the socket is handed over once the handshake is done. */
function secureThroughTunnel(
  tunnel: Duplex,
  options: https.RequestOptions,
  proxy: ProxyServer,
  destination: string,
  callback: (err: Error | null, stream: Duplex) => void,
): void {
  const secure = tls.connect({ ...(options as tls.ConnectionOptions), socket: tunnel });
  const onError = (error: NodeJS.ErrnoException): void => {
    secure.off('secureConnect', onSecure);
    secure.destroy();
    // A tunnel that closes before the handshake ends: the proxy cut it (certificate errors keep their own code).
    callback(error.code === 'ECONNRESET' || error.code === 'EPIPE' ? proxyError(proxy, destination, { kind: 'closed' }) : error, undefined as unknown as Duplex);
  };
  const onSecure = (): void => {
    secure.off('error', onError);
    callback(null, secure);
  };
  secure.once('error', onError);
  secure.once('secureConnect', onSecure);
}

/** The proxy's own address is never sent through a proxy (an https:// proxy for a plain-HTTP endpoint). */
function isProxyItself(proxies: ProxySettings, host: string, port: number): boolean {
  return [proxies.https, proxies.http].some((proxy) => proxy !== undefined && proxy.host === host && proxy.port === port);
}

function proxyError(proxy: ProxyServer, destination: string, problem: ProxyFailure): ProxyError {
  return new ProxyError({ proxy: proxy.label, variable: proxy.variable, destination, withCredentials: proxy.authorization !== undefined, ...problem });
}

/** The request as a forward proxy expects it: the whole URL in the request line, and the proxy's credentials. */
export interface ForwardableRequest {
  protocol: string;
  hostname: string;
  port?: number | undefined;
  path: string;
  headers: Record<string, string>;
}

/** Rewrites a plain-HTTP request to go to its proxy, if one applies; returns whether it did. */
export function forwardThroughProxy(request: ForwardableRequest, proxies: ProxySettings): boolean {
  if (request.protocol !== 'http:') return false;
  const port = request.port ?? 80;
  const proxy = proxyFor(proxies, 'http:', request.hostname, port);
  if (!proxy) return false;
  const authority = request.hostname.includes(':') ? `[${request.hostname}]:${port}` : `${request.hostname}:${port}`;
  request.path = `http://${authority}${request.path}`;
  request.hostname = proxy.host;
  request.port = proxy.port;
  request.protocol = proxy.protocol;
  if (proxy.authorization) request.headers['proxy-authorization'] = proxy.authorization;
  return true;
}
