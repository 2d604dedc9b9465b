// Plays the AWS endpoints' TLS side on 127.0.0.1: it presents a certificate for the AWS host names
// (signed by the test CA, or self-signed as a TLS-inspecting proxy's would be), and passes what it
// decrypts to the local HTTP server that plays the host the client asked for (by SNI).
import { connect, type AddressInfo, type Socket } from 'node:net';
import { createSecureContext, createServer, type Server, type TLSSocket } from 'node:tls';
import type { TestCa } from './test-ca.js';

export class TlsFront {
  /** Host name (or a pattern such as /^sts\./) → the local port of the HTTP server that plays it. */
  private readonly routes: Array<{ host: RegExp; port: number }> = [];
  /** The names clients asked for, in order, once the handshake succeeded. */
  readonly servernames: string[] = [];
  /** Handshakes the client gave up on (it did not trust the certificate, say). */
  failedHandshakes = 0;
  /** Present the self-signed certificate instead of the CA-signed one. */
  selfSigned = false;
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly ca: TestCa) {}

  route(host: RegExp, port: number): this {
    this.routes.push({ host, port });
    return this;
  }

  async start(): Promise<this> {
    const signed = createSecureContext({ cert: this.ca.cert, key: this.ca.key });
    const self = createSecureContext({ cert: this.ca.selfSigned.cert, key: this.ca.selfSigned.key });
    this.server = createServer({ SNICallback: (_name, done) => done(null, this.selfSigned ? self : signed), cert: this.ca.cert, key: this.ca.key }, (socket: TLSSocket) => {
      const name = String(socket.servername || '');
      this.servernames.push(name);
      const route = this.routes.find((r) => r.host.test(name));
      if (!route) return socket.destroy();
      const backend = connect(route.port, '127.0.0.1');
      socket.pipe(backend).pipe(socket);
      const close = (): void => {
        socket.destroy();
        backend.destroy();
      };
      socket.on('error', close).on('close', close);
      backend.on('error', close).on('close', close);
    });
    this.server.on('tlsClientError', () => (this.failedHandshakes += 1));
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
}
