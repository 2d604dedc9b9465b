// What can go wrong with how the step reaches Proton, as facts: a proxy that fails a request, and
// proxy or CA bundle settings that cannot be used. src/network/ finds them; report/connection-words.ts
// says them. A proxy is named by host and port and the variable that set it, never by its URL, which
// may hold a user name and password.

export type ProxyVariable = 'https_proxy' | 'HTTPS_PROXY' | 'http_proxy' | 'HTTP_PROXY';

/** Where the step was going, and through which proxy. */
export interface ProxyContext {
  /** "proxy.corp:3128". */
  proxy: string;
  variable: ProxyVariable;
  /** "proton.us-east-1.amazonaws.com:443": where the step was going. */
  destination: string;
  /** Whether the proxy URL carried a user name or password. */
  withCredentials: boolean;
}

/** How it failed. */
export type ProxyFailure =
  /** The proxy answered CONNECT (or a proxied request) with a status other than 2xx. */
  | { kind: 'refused'; status: number; statusText: string }
  /** No connection to the proxy: refused, unreachable, or its name does not resolve. */
  | { kind: 'unreachable'; code: string }
  /** The proxy accepted the connection but gave no answer in time. */
  | { kind: 'no-answer'; limitMs: number }
  /** The proxy closed the connection before the tunnel (or TLS through it) was set up. */
  | { kind: 'closed' };

export type ProxyProblem = ProxyContext & ProxyFailure;

/** Proxy or CA bundle settings this step cannot use: found before any request. */
export type ConnectionSettingsProblem =
  /** The variable's value is not a URL with a host. */
  | { kind: 'proxy-url'; variable: ProxyVariable }
  /** A proxy of a scheme other than http:// or https:// (socks5://, say). */
  | { kind: 'proxy-scheme'; variable: ProxyVariable; scheme: string; host: string }
  /** `source`: "AWS_CA_BUNDLE", or "ca_bundle of profile ci". `code`: the file system's error code. */
  | { kind: 'ca-bundle-unreadable'; source: string; path: string; code: string | undefined }
  | { kind: 'ca-bundle-empty'; source: string; path: string }
  /** Certificate number `certificate` (from 1) does not parse. */
  | { kind: 'ca-bundle-broken'; source: string; path: string; certificate: number };
