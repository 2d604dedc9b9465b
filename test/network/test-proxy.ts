// A forward proxy on 127.0.0.1, as companies run them: CONNECT tunnels for HTTPS, absolute-form
// requests for plain HTTP, Basic credentials when asked for, and the ways proxies say no (407, 403,
// closing the tunnel). It never connects off the machine: every destination goes to a local server.
import { connect, type AddressInfo, type Socket } from 'node:net';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface ProxyVisit {
  method: string;
  /** "proton.us-east-1.amazonaws.com:443" for CONNECT; the absolute URL for plain HTTP. */
  target: string;
  /** The Proxy-Authorization header, decoded: "user:password". */
  credentials?: string;
}

export type ProxyMode =
  | { kind: 'forward' }
  /** Answer CONNECT (and plain requests) with this status. */
  | { kind: 'refuse'; status: number; statusText: string }
  /** Answer 200 to CONNECT, then close the connection before any byte passes. */
  | { kind: 'close-tunnel' };

export class TestProxy {
  readonly visits: ProxyVisit[] = [];
  mode: ProxyMode = { kind: 'forward' };
  /** When set, requests without these Basic credentials get 407. */
  requireCredentials: string | undefined;
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  /** `route(host, port)`: the local port that plays that destination (the TLS front for HTTPS). */
  constructor(private readonly route: (host: string, port: number) => number | undefined) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** CONNECT targets and plain URLs, in order. */
  targets(): string[] {
    return this.visits.map((v) => v.target);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.forward(req, res));
    this.server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => this.tunnel(req, socket, head));
    this.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  reset(): void {
    this.visits.length = 0;
    this.mode = { kind: 'forward' };
    this.requireCredentials = undefined;
  }

  /** The status to answer with instead of passing the request on, if any. */
  private refusal(req: IncomingMessage, target: string): { status: number; statusText: string } | undefined {
    const header = req.headers['proxy-authorization'];
    const credentials = header?.startsWith('Basic ') ? Buffer.from(header.slice(6), 'base64').toString() : undefined;
    this.visits.push({ method: req.method ?? '', target, ...(credentials !== undefined ? { credentials } : {}) });
    if (this.requireCredentials !== undefined && credentials !== this.requireCredentials) return { status: 407, statusText: 'Proxy Authentication Required' };
    if (this.mode.kind === 'refuse') return this.mode;
    return undefined;
  }

  private tunnel(req: IncomingMessage, socket: Socket, head: Buffer): void {
    const target = req.url ?? '';
    socket.on('error', () => socket.destroy());
    const refused = this.refusal(req, target);
    if (refused) {
      const challenge = refused.status === 407 ? 'Proxy-Authenticate: Basic realm="corp"\r\n' : '';
      socket.end(`HTTP/1.1 ${refused.status} ${refused.statusText}\r\n${challenge}Content-Length: 0\r\nConnection: close\r\n\r\n`);
      return;
    }
    if (this.mode.kind === 'close-tunnel') {
      socket.write('HTTP/1.1 200 Connection established\r\n\r\n', () => socket.destroy());
      return;
    }
    const [host = '', port = '443'] = target.replace(/^\[(.*)\]/, '$1').split(/:(?=\d+$)/);
    const local = this.route(host, Number(port));
    if (local === undefined) {
      socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const upstream = connect(local, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('close', () => upstream.destroy());
  }

  private forward(req: IncomingMessage, res: ServerResponse): void {
    const target = req.url ?? '';
    const refused = this.refusal(req, target);
    if (refused) {
      res.writeHead(refused.status, refused.statusText, refused.status === 407 ? { 'proxy-authenticate': 'Basic realm="corp"' } : {}).end();
      return;
    }
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      res.writeHead(400, 'Bad Request').end('not an absolute URL: a forward proxy needs one');
      return;
    }
    const local = this.route(url.hostname, Number(url.port || 80));
    if (local === undefined) {
      res.writeHead(502, 'Bad Gateway').end();
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    const upstream = request({ host: '127.0.0.1', port: local, method: req.method, path: `${url.pathname}${url.search}`, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  }
}
