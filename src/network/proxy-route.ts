// Which proxy, if any, a request to a given host goes through: the variables the runner exports to
// every step (https_proxy, http_proxy, no_proxy, in both cases), read by the rule of the toolkit our
// users already live with (@actions/http-client 4.0.1, lib/proxy.js: getProxyUrl, checkBypass), so
// that this step goes where their other actions go. docs/self-hosted-runners.md
// states the rule; test/unit/network/proxy-route.test.ts pins each of its edges.

import type { ConnectionSettingsProblem, ProxyVariable } from '../domain/connection-problem.js';

export type { ProxyVariable } from '../domain/connection-problem.js';

/** A proxy as the step uses it. Its credentials live only in `authorization`, never in `label`. */
export interface ProxyServer {
  protocol: 'http:' | 'https:';
  host: string;
  port: number;
  /** "proxy.corp:3128": how every message names the proxy (never with its user name or password). */
  label: string;
  /** The variable it came from, so a message can say what to fix. */
  variable: ProxyVariable;
  /** `Basic …` from the URL's user name and password, sent as Proxy-Authorization. */
  authorization?: string;
}

export interface ProxySettings {
  https?: ProxyServer;
  http?: ProxyServer;
  /** The no_proxy (else NO_PROXY) entries, trimmed and lower-cased. */
  noProxy: readonly string[];
}

/** Whether any proxy variable is set at all: without one, no proxy code is loaded. */
export function proxyVariablesSet(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY);
}

/** The proxies the environment names, or every problem with them (a URL this step cannot use). */
export function readProxySettings(env: NodeJS.ProcessEnv): { settings: ProxySettings } | { problems: ConnectionSettingsProblem[] } {
  const problems: ConnectionSettingsProblem[] = [];
  const pick = (lower: ProxyVariable, upper: ProxyVariable): ProxyServer | undefined => {
    // Lower case wins, as with the runner and the toolkit; an empty value counts as unset.
    const variable = env[lower]?.trim() ? lower : env[upper]?.trim() ? upper : undefined;
    if (!variable) return undefined;
    const read = parseProxyUrl(env[variable]!.trim(), variable);
    if ('problem' in read) problems.push(read.problem);
    return 'proxy' in read ? read.proxy : undefined;
  };
  const https = pick('https_proxy', 'HTTPS_PROXY');
  const http = pick('http_proxy', 'HTTP_PROXY');
  if (problems.length > 0) return { problems };
  const noProxy = (env.no_proxy || env.NO_PROXY || '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '');
  return { settings: { ...(https ? { https } : {}), ...(http ? { http } : {}), noProxy } };
}

/** A proxy URL as the toolkit reads it: `host:port` alone means http://host:port. */
export function parseProxyUrl(value: string, variable: ProxyVariable): { proxy: ProxyServer } | { problem: ConnectionSettingsProblem } {
  let url: URL | undefined;
  try {
    url = new URL(value.includes('://') ? value : `http://${value}`);
  } catch {
    url = undefined;
  }
  if (!url || !url.hostname) {
    return { problem: { kind: 'proxy-url', variable } };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    // Name the proxy without anything that may be a credential.
    return { problem: { kind: 'proxy-scheme', variable, scheme: url.protocol.replace(/:$/, ''), host: url.host } };
  }
  const protocol = url.protocol;
  const port = url.port ? Number(url.port) : protocol === 'https:' ? 443 : 80;
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const user = decoded(url.username);
  const password = decoded(url.password);
  const authorization = user || password ? `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` : undefined;
  return {
    proxy: { protocol, host, port, label: `${url.hostname}:${port}`, variable, ...(authorization ? { authorization } : {}) },
  };
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The proxy a request to `host:port` over `protocol` goes through, or undefined to go direct. */
export function proxyFor(settings: ProxySettings, protocol: string, host: string, port: number): ProxyServer | undefined {
  const proxy = protocol === 'https:' ? settings.https : protocol === 'http:' ? settings.http : undefined;
  if (!proxy || bypassesProxy(settings.noProxy, host, port)) return undefined;
  return proxy;
}

/**
 * The no_proxy rule (the toolkit's): loopback and link-local hosts never use a proxy; `*` bypasses
 * every host; an entry matches the host itself and its subdomains (`example.com` matches
 * example.com and api.example.com); a leading dot matches subdomains only (`.example.com` matches
 * api.example.com, not example.com); an entry with a port matches only that port (the URL's port,
 * else 443 for https and 80 for http); case does not matter; an IP address matches only itself.
 */
export function bypassesProxy(noProxy: readonly string[], host: string, port: number): boolean {
  const name = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (isLoopbackOrLinkLocal(name)) return true;
  const hosts = [name, `${name}:${port}`];
  return noProxy.some((entry) => {
    const wanted = entry.replace(/^\[(.*)\](:\d+)?$/, '$1$2');
    return wanted === '*' || hosts.some((h) => h === wanted || h.endsWith(`.${wanted}`) || (wanted.startsWith('.') && h.endsWith(wanted)));
  });
}

// Instance metadata (169.254.169.254, fd00:ec2::254) and container credentials (169.254.170.2,
// 169.254.170.23, or loopback) are on the runner's own host or link: a proxy cannot reach them.
function isLoopbackOrLinkLocal(host: string): boolean {
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.startsWith('127.') ||
    host === '::1' ||
    host === '0:0:0:0:0:0:0:1' ||
    host.startsWith('169.254.') ||
    /^fe[89ab][0-9a-f]:/.test(host) ||
    host === 'fd00:ec2::254'
  );
}
