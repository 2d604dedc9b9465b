export const id = 317;
export const ids = [317];
export const modules = {

/***/ 6317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  customConnection: () => (/* binding */ customConnection)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./src/network/ca-bundle.ts
// AWS_CA_BUNDLE, else ca_bundle in the selected profile: the CA file the AWS CLI honours, and that
// runners set up for the CLI often carry. The JavaScript SDK ignores both; this step reads them.
//
// The bundle is added to Node's trusted roots instead of replacing them, as the CLI does. A bundle
// written for the CLI often holds only the company's CA (for a TLS-inspecting proxy), and Node's
// roots already hold what NODE_EXTRA_CA_CERTS adds: replacing them would break a connection that
// works without the bundle (AWS reached directly, or a proxy trusted through NODE_EXTRA_CA_CERTS).
// What is lost is the CLI's use of a bundle to trust fewer CAs; the README says so.




const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
/** The CA bundle to add, none, or what is wrong with it (said before any request). */
async function readCaBundle(env, profile) {
    const fromEnvironment = env.AWS_CA_BUNDLE?.trim();
    let source = 'AWS_CA_BUNDLE';
    let path = fromEnvironment;
    if (!path) {
        const { name, settings } = await profile();
        path = settings?.ca_bundle?.trim();
        source = `ca_bundle of profile ${name}`;
    }
    if (!path)
        return {};
    const file = path.startsWith('~/') ? `${(0,external_node_os_.homedir)()}${path.slice(1)}` : path;
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        return { problem: { kind: 'ca-bundle-unreadable', source, path, code: error.code } };
    }
    const certificates = text.match(PEM_CERTIFICATE) ?? [];
    if (certificates.length === 0) {
        return { problem: { kind: 'ca-bundle-empty', source, path } };
    }
    const broken = certificates.findIndex((pem) => !parses(pem));
    if (broken >= 0) {
        return { problem: { kind: 'ca-bundle-broken', source, path, certificate: broken + 1 } };
    }
    return { bundle: { source, path, certificates } };
}
function parses(pem) {
    try {
        new external_node_crypto_.X509Certificate(pem);
        return true;
    }
    catch {
        return false;
    }
}
/** Node's roots (bundled, and NODE_EXTRA_CA_CERTS's) plus the bundle's. */
function trustedWith(bundle) {
    return [...external_node_tls_.getCACertificates('default'), ...bundle.certificates];
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/network/proxy-error-shape.ts
var proxy_error_shape = __webpack_require__(7133);
;// CONCATENATED MODULE: ./src/network/proxy-problem.ts

/**
 * Raised by the step's proxy agents; the request's error is this, so it reaches the report as it is.
 * It carries its problem and whether to try again, so the code every run loads (proton/attempts.ts,
 * proton/credentials.ts) recognises it by shape (see ProxyErrorShape) and never loads this module itself.
 */
class ProxyError extends Error {
    problem;
    code = 'EPROXY';
    mayPass;
    constructor(problem) {
        // For a stack trace in debug output only: people read report/connection-words.ts's sentence.
        super(`proxy ${problem.proxy} (${problem.variable}): ${problem.kind} connecting to ${problem.destination}`);
        this.problem = problem;
        this.name = proxy_error_shape/* PROXY_ERROR_NAME */.s;
        this.mayPass = proxyProblemMayPass(problem);
    }
}
/** Whether asking again may help: a proxy that is busy or briefly down, not one that says no. */
function proxyProblemMayPass(problem) {
    switch (problem.kind) {
        case 'refused':
            return problem.status >= 500;
        case 'unreachable':
            return problem.code !== 'ENOTFOUND';
        case 'closed':
            return true;
        case 'no-answer':
            return false;
    }
}

;// CONCATENATED MODULE: ./src/network/proxy-route.ts
// Which proxy, if any, a request to a given host goes through: the variables the runner exports to
// every step (https_proxy, http_proxy, no_proxy, in both cases), read by the rule of the toolkit our
// users already live with (@actions/http-client 4.0.1, lib/proxy.js: getProxyUrl, checkBypass), so
// that this step goes where their other actions go. docs/self-hosted-runners.md
// states the rule; test/unit/network/proxy-route.test.ts pins each of its edges.
/** Whether any proxy variable is set at all: without one, no proxy code is loaded. */
function proxyVariablesSet(env) {
    return Boolean(env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY);
}
/** The proxies the environment names, or every problem with them (a URL this step cannot use). */
function readProxySettings(env) {
    const problems = [];
    const pick = (lower, upper) => {
        // Lower case wins, as with the runner and the toolkit; an empty value counts as unset.
        const variable = env[lower]?.trim() ? lower : env[upper]?.trim() ? upper : undefined;
        if (!variable)
            return undefined;
        const read = parseProxyUrl(env[variable].trim(), variable);
        if ('problem' in read)
            problems.push(read.problem);
        return 'proxy' in read ? read.proxy : undefined;
    };
    const https = pick('https_proxy', 'HTTPS_PROXY');
    const http = pick('http_proxy', 'HTTP_PROXY');
    if (problems.length > 0)
        return { problems };
    const noProxy = (env.no_proxy || env.NO_PROXY || '')
        .split(',')
        .map((entry) => entry.trim().toLowerCase())
        .filter((entry) => entry !== '');
    return { settings: { ...(https ? { https } : {}), ...(http ? { http } : {}), noProxy } };
}
/** A proxy URL as the toolkit reads it: `host:port` alone means http://host:port. */
function parseProxyUrl(value, variable) {
    let url;
    try {
        url = new URL(value.includes('://') ? value : `http://${value}`);
    }
    catch {
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
function decoded(part) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        return part;
    }
}
/** The proxy a request to `host:port` over `protocol` goes through, or undefined to go direct. */
function proxyFor(settings, protocol, host, port) {
    const proxy = protocol === 'https:' ? settings.https : protocol === 'http:' ? settings.http : undefined;
    if (!proxy || bypassesProxy(settings.noProxy, host, port))
        return undefined;
    return proxy;
}
/**
 * The no_proxy rule (the toolkit's): loopback and link-local hosts never use a proxy; `*` bypasses
 * every host; an entry matches the host itself and its subdomains (`example.com` matches
 * example.com and api.example.com); a leading dot matches subdomains only (`.example.com` matches
 * api.example.com, not example.com); an entry with a port matches only that port (the URL's port,
 * else 443 for https and 80 for http); case does not matter; an IP address matches only itself.
 */
function bypassesProxy(noProxy, host, port) {
    const name = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
    if (isLoopbackOrLinkLocal(name))
        return true;
    const hosts = [name, `${name}:${port}`];
    return noProxy.some((entry) => {
        const wanted = entry.replace(/^\[(.*)\](:\d+)?$/, '$1$2');
        return wanted === '*' || hosts.some((h) => h === wanted || h.endsWith(`.${wanted}`) || (wanted.startsWith('.') && h.endsWith(wanted)));
    });
}
// Instance metadata (169.254.169.254, fd00:ec2::254) and container credentials (169.254.170.2,
// 169.254.170.23, or loopback) are on the runner's own host or link: a proxy cannot reach them.
function isLoopbackOrLinkLocal(host) {
    return (host === 'localhost' ||
        host.endsWith('.localhost') ||
        host.startsWith('127.') ||
        host === '::1' ||
        host === '0:0:0:0:0:0:0:1' ||
        host.startsWith('169.254.') ||
        /^fe[89ab][0-9a-f]:/.test(host) ||
        host === 'fd00:ec2::254');
}

;// CONCATENATED MODULE: ./src/network/proxy-agents.ts
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






/** From the connection to the proxy until it answers CONNECT. */
const PROXY_ANSWER_TIMEOUT_MS = 10_000;
const CONNECTION_CODES_BEFORE_ANY_ANSWER = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT']);
/** An HTTPS agent that reaches hosts through the proxy the environment names for them, and others directly. */
class TunnellingAgent extends external_node_https_.Agent {
    proxies;
    constructor(proxies, options) {
        super(options);
        this.proxies = proxies;
    }
    createConnection(options, callback) {
        const host = options.host ?? options.hostname ?? 'localhost';
        const port = Number(options.port ?? 443);
        const proxy = isProxyItself(this.proxies, host, port) ? undefined : proxyFor(this.proxies, 'https:', host, port);
        if (!proxy || !callback)
            return super.createConnection(options, callback);
        const servername = options.servername || ((0,external_node_net_.isIP)(host) ? undefined : host);
        openTunnel(proxy, host, port, options.ca).then((tunnel) => secureThroughTunnel(tunnel, { ...options, ...(servername ? { servername } : {}) }, proxy, `${host}:${port}`, callback), (error) => callback(error, undefined));
        return undefined;
    }
}
/** Opens a CONNECT tunnel to `host:port` through `proxy`; rejects with a ProxyError that says how it failed. */
function openTunnel(proxy, host, port, ca, answerTimeoutMs = PROXY_ANSWER_TIMEOUT_MS) {
    const authority = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
    const failure = (problem) => proxyError(proxy, authority, problem);
    return new Promise((resolve, reject) => {
        const request = (proxy.protocol === 'https:' ? external_node_https_ : external_node_http_).request({
            host: proxy.host,
            port: proxy.port,
            method: 'CONNECT',
            path: authority,
            agent: false,
            headers: { host: authority, ...(proxy.authorization ? { 'proxy-authorization': proxy.authorization } : {}) },
            ...(proxy.protocol === 'https:' ? { ca, ...((0,external_node_net_.isIP)(proxy.host) ? {} : { servername: proxy.host }) } : {}),
        });
        let settled = false;
        const settle = (outcome) => {
            if (settled)
                return;
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
                if (head.length > 0)
                    socket.unshift(head);
                settle(() => resolve(socket));
                return;
            }
            socket.destroy();
            settle(() => reject(failure({ kind: 'refused', status, statusText: response.statusMessage ?? '' })));
        });
        request.once('error', (error) => {
            const code = error.code ?? '';
            settle(() => reject(failure(CONNECTION_CODES_BEFORE_ANY_ANSWER.has(code) ? { kind: 'unreachable', code } : { kind: 'closed' })));
        });
        request.once('close', () => settle(() => reject(failure({ kind: 'closed' }))));
        request.end();
    });
}
/** TLS with the destination, inside the tunnel; the socket is handed over once the handshake is done. */
function secureThroughTunnel(tunnel, options, proxy, destination, callback) {
    const secure = external_node_tls_.connect({ ...options, socket: tunnel });
    const onError = (error) => {
        secure.off('secureConnect', onSecure);
        secure.destroy();
        // A tunnel that closes before the handshake ends: the proxy cut it (certificate errors keep their own code).
        callback(error.code === 'ECONNRESET' || error.code === 'EPIPE' ? proxyError(proxy, destination, { kind: 'closed' }) : error, undefined);
    };
    const onSecure = () => {
        secure.off('error', onError);
        callback(null, secure);
    };
    secure.once('error', onError);
    secure.once('secureConnect', onSecure);
}
/** The proxy's own address is never sent through a proxy (an https:// proxy for a plain-HTTP endpoint). */
function isProxyItself(proxies, host, port) {
    return [proxies.https, proxies.http].some((proxy) => proxy !== undefined && proxy.host === host && proxy.port === port);
}
function proxyError(proxy, destination, problem) {
    return new ProxyError({ proxy: proxy.label, variable: proxy.variable, destination, withCredentials: proxy.authorization !== undefined, ...problem });
}
/** Rewrites a plain-HTTP request to go to its proxy, if one applies; returns whether it did. */
function forwardThroughProxy(request, proxies) {
    if (request.protocol !== 'http:')
        return false;
    const port = request.port ?? 80;
    const proxy = proxyFor(proxies, 'http:', request.hostname, port);
    if (!proxy)
        return false;
    const authority = request.hostname.includes(':') ? `[${request.hostname}]:${port}` : `${request.hostname}:${port}`;
    request.path = `http://${authority}${request.path}`;
    request.hostname = proxy.host;
    request.port = proxy.port;
    request.protocol = proxy.protocol;
    if (proxy.authorization)
        request.headers['proxy-authorization'] = proxy.authorization;
    return true;
}

;// CONCATENATED MODULE: ./src/network/custom-connection.ts





// The SDK's own defaults for its agents (@smithy/node-http-handler 4.14).
const AGENT_OPTIONS = { keepAlive: true, maxSockets: 50 };
async function customConnection(input, profile) {
    const { endpoint, env, connectionTimeoutMs } = input;
    const problems = [];
    const proxyRead = proxyVariablesSet(env) ? readProxySettings(env) : undefined;
    if (proxyRead && 'problems' in proxyRead)
        problems.push(...proxyRead.problems);
    const caRead = await readCaBundle(env, profile);
    if ('problem' in caRead)
        problems.push(caRead.problem);
    if (problems.length > 0 || 'problem' in caRead)
        return { problems };
    const proxies = proxyRead && 'settings' in proxyRead ? proxyRead.settings : undefined;
    const { bundle } = caRead;
    const httpsOptions = { ...AGENT_OPTIONS, ...(bundle ? { ca: trustedWith(bundle) } : {}) };
    const httpsAgent = proxies ? new TunnellingAgent(proxies, httpsOptions) : new external_node_https_.Agent(httpsOptions);
    const httpAgent = new external_node_http_.Agent(AGENT_OPTIONS);
    const options = { httpAgent, httpsAgent, connectionTimeout: connectionTimeoutMs };
    const [{ defaultProvider }, { NodeHttpHandler }] = await Promise.all([__webpack_require__.e(/* import() */ 949).then(__webpack_require__.bind(__webpack_require__, 9949)), __webpack_require__.e(/* import() */ 383).then(__webpack_require__.bind(__webpack_require__, 5383))]);
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
/** The SDK's handler, sending plain-HTTP requests to their proxy in the form a forward proxy expects. */
function forwardingHandler(Base) {
    return class ForwardingHandler extends Base {
        proxies;
        constructor(proxies, options) {
            super(options);
            this.proxies = proxies;
        }
        handle(request, options) {
            // A copy: the SDK may send the same request object again on a retry.
            const copy = Object.assign(Object.create(Object.getPrototypeOf(request)), request, { headers: { ...request.headers } });
            return super.handle(forwardThroughProxy(copy, this.proxies) ? copy : request, options);
        }
    };
}


/***/ })

};
