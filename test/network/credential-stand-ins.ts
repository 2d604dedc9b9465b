// Local stand-ins for where a self-hosted runner's credentials come from, speaking each source's own
// protocol as the SDK's providers call it: STS (AssumeRole, AssumeRoleWithWebIdentity; the query
// protocol, XML answers), the EC2 instance metadata service (IMDSv2: token, role, credentials), the
// container credentials endpoint (ECS task role, EKS Pod Identity) and the SSO portal
// (GetRoleCredentials). Each issues a fresh key on every call, with the lifetime a test asks for, and
// remembers what it issued and what it was asked.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Issued {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
}

export interface StandInCall {
  path: string;
  /** STS's Action, when it is STS. */
  action?: string;
  /** What identified the caller: the web identity token, the container token, the SSO bearer token, the signing key. */
  credential?: string;
  /** RoleArn (STS), role name (IMDS, SSO). */
  role?: string;
}

let counter = 0;

abstract class StandIn {
  readonly issued: Issued[] = [];
  readonly calls: StandInCall[] = [];
  /** How long issued credentials last, from now. */
  lifetimeMs = 3_600_000;
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The keys issued so far, in order. */
  keys(): string[] {
    return this.issued.map((i) => i.accessKeyId);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void body(req).then((text) => this.handle(req, text, res));
    });
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
    this.issued.length = 0;
    this.calls.length = 0;
    this.lifetimeMs = 3_600_000;
  }

  protected issue(prefix: string): Issued {
    counter += 1;
    const issued = {
      accessKeyId: `${prefix}${String(counter).padStart(20 - prefix.length, '0')}`,
      secretAccessKey: `stand-in-secret-${counter}`,
      sessionToken: `stand-in-session-${counter}`,
      expiration: new Date(Date.now() + this.lifetimeMs),
    };
    this.issued.push(issued);
    return issued;
  }

  protected abstract handle(req: IncomingMessage, body: string, res: ServerResponse): void;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => resolve(text));
  });
}

/** STS, as the SDK's nested STS client calls it for web identity (EKS IRSA) and for a profile's role_arn. */
export class StsStandIn extends StandIn {
  protected handle(req: IncomingMessage, text: string, res: ServerResponse): void {
    const form = new URLSearchParams(text);
    const action = form.get('Action') ?? '';
    const signedBy = /Credential=([^/]+)\//.exec(String(req.headers.authorization ?? ''))?.[1];
    this.calls.push({
      path: req.url ?? '',
      action,
      role: form.get('RoleArn') ?? '',
      credential: action === 'AssumeRoleWithWebIdentity' ? (form.get('WebIdentityToken') ?? '') : (signedBy ?? ''),
    });
    if (action !== 'AssumeRoleWithWebIdentity' && action !== 'AssumeRole') {
      res.writeHead(400, { 'content-type': 'text/xml' }).end(`<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>${action}</Message></Error></ErrorResponse>`);
      return;
    }
    const c = this.issue('ASIASTS');
    const xml =
      `<${action}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><${action}Result>` +
      `<Credentials><AccessKeyId>${c.accessKeyId}</AccessKeyId><SecretAccessKey>${c.secretAccessKey}</SecretAccessKey>` +
      `<SessionToken>${c.sessionToken}</SessionToken><Expiration>${c.expiration.toISOString()}</Expiration></Credentials>` +
      `<AssumedRoleUser><Arn>arn:aws:sts::111122223333:assumed-role/ci/session</Arn><AssumedRoleId>AROATEST:session</AssumedRoleId></AssumedRoleUser>` +
      `</${action}Result><ResponseMetadata><RequestId>stand-in</RequestId></ResponseMetadata></${action}Response>`;
    res.writeHead(200, { 'content-type': 'text/xml' }).end(xml);
  }
}

/** The EC2 instance metadata service, IMDSv2: a token first, then the role, then its credentials. */
export class ImdsStandIn extends StandIn {
  readonly role = 'runner-instance-role';
  private readonly token = 'imds-session-token';

  protected handle(req: IncomingMessage, _text: string, res: ServerResponse): void {
    const path = req.url ?? '';
    this.calls.push({ path, credential: String(req.headers['x-aws-ec2-metadata-token'] ?? '') });
    if (req.method === 'PUT' && path === '/latest/api/token') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end(this.token);
      return;
    }
    if (req.headers['x-aws-ec2-metadata-token'] !== this.token) {
      res.writeHead(401).end();
      return;
    }
    if (path === '/latest/meta-data/iam/security-credentials/') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end(this.role);
      return;
    }
    if (path === `/latest/meta-data/iam/security-credentials/${this.role}`) {
      const c = this.issue('ASIAIMDS');
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          Code: 'Success',
          LastUpdated: new Date().toISOString(),
          Type: 'AWS-HMAC',
          AccessKeyId: c.accessKeyId,
          SecretAccessKey: c.secretAccessKey,
          Token: c.sessionToken,
          Expiration: c.expiration.toISOString(),
        }),
      );
      return;
    }
    res.writeHead(404).end();
  }
}

/** The container credentials endpoint of an ECS task role or EKS Pod Identity (AWS_CONTAINER_CREDENTIALS_FULL_URI). */
export class ContainerCredentialsStandIn extends StandIn {
  readonly authorizationToken = 'pod-identity-token-7c1d';

  protected handle(req: IncomingMessage, _text: string, res: ServerResponse): void {
    this.calls.push({ path: req.url ?? '', credential: String(req.headers.authorization ?? '') });
    if (req.headers.authorization !== this.authorizationToken) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"invalid token"}');
      return;
    }
    const c = this.issue('ASIAPOD');
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({ AccessKeyId: c.accessKeyId, SecretAccessKey: c.secretAccessKey, Token: c.sessionToken, Expiration: c.expiration.toISOString(), AccountId: '111122223333' }),
    );
  }
}

/** The SSO portal's GetRoleCredentials, as the SDK calls it with a cached SSO token. */
export class SsoStandIn extends StandIn {
  readonly accessToken = 'sso-access-token-41a9';

  protected handle(req: IncomingMessage, _text: string, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://sso');
    this.calls.push({ path: url.pathname, role: url.searchParams.get('role_name') ?? '', credential: String(req.headers['x-amz-sso_bearer_token'] ?? '') });
    if (url.pathname !== '/federation/credentials' || req.headers['x-amz-sso_bearer_token'] !== this.accessToken) {
      res.writeHead(401, { 'content-type': 'application/json', 'x-amzn-errortype': 'UnauthorizedException' }).end('{"message":"Session token not found or invalid"}');
      return;
    }
    const c = this.issue('ASIASSO');
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({ roleCredentials: { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken, expiration: c.expiration.getTime() } }),
    );
  }
}
