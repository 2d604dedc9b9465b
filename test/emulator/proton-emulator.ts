// A Proton API emulator: real HTTP on 127.0.0.1, speaking AWS JSON 1.0 as the service does (see
// ../shared/notes/proton-api.md), so tests drive the real ProtonClient over the wire. It implements
// the four cancel calls and the four reads, scripts deployments through
// IN_PROGRESS -> CANCELLING -> CANCELLED | FAILED | SUCCEEDED, and injects faults on demand.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Kind = 'environment' | 'service-instance' | 'service-pipeline' | 'component';
export type EndStatus = 'CANCELLED' | 'FAILED' | 'SUCCEEDED';

/** Present in every spec the emulator returns: a test that finds it in a log, summary or output found a leak. */
export const SECRET_MARKER = 'emulator-secret-7f3a9c';
export const ACCOUNT = '111122223333';

export interface DeploymentScript {
  /** Where the deployment is now; IN_PROGRESS unless said otherwise. */
  status?: string;
  statusMessage?: string;
  /** Where a cancellation leads; `never` keeps it CANCELLING for ever. */
  cancelEndsAs?: EndStatus | 'never';
  /** How many reads after the cancel still show CANCELLING; 0 ends the cancel at once. */
  readsUntilEnd?: number;
  endMessage?: string;
  /** An older resource without lastAttemptedDeploymentId, lastSucceededDeploymentId and the like. */
  legacy?: boolean;
  /** After this many reads following the cancel, someone starts a new deployment (IN_PROGRESS, new id). */
  redeployAfterReads?: number;
}

export type FaultKind =
  | 'throttle' // 400 ThrottlingException: the SDK retries it
  | 'internal' // 500 InternalServerException: retried
  | 'bad-gateway' // 502 with an HTML body, as a proxy would answer: retried, not JSON
  | 'drop' // the connection is destroyed without an answer: retried
  | 'hang' // the request is never answered
  | 'delay' // answered normally, after `delayMs`
  | 'access-denied'
  | 'expired-token';

export interface FaultRule {
  kind: FaultKind;
  /** Only requests for this operation; any operation when absent. */
  operation?: string;
  /** How many matching requests it affects; Infinity for all. */
  times?: number;
  delayMs?: number;
}

export interface RecordedRequest {
  operation: string;
  input: Record<string, unknown>;
  region: string | undefined;
  accessKeyId: string | undefined;
}

interface Resource {
  kind: Kind;
  name: string;
  serviceName?: string;
  script: Required<Omit<DeploymentScript, 'statusMessage' | 'endMessage' | 'redeployAfterReads'>> &
    Pick<DeploymentScript, 'statusMessage' | 'endMessage' | 'redeployAfterReads'>;
  status: string;
  statusMessage: string | undefined;
  readsSinceCancel: number | undefined;
  deploymentId: string;
  createdAt: number;
}

const NAME = /^[0-9A-Za-z]+[0-9A-Za-z_-]*$/;
const TARGET_PREFIX = 'AwsProton20200720.';
const SCOPE = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request, ?SignedHeaders=[^,]+, ?Signature=[0-9a-f]{64}$/;

class ApiError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export class ProtonEmulator {
  readonly requests: RecordedRequest[] = [];
  private readonly resources = new Map<string, Resource>();
  private faults: Array<FaultRule & { left: number }> = [];
  private readonly sockets = new Set<Socket>();
  private openRequests = 0;
  /** The most requests that were open at the same time. */
  peakInFlight = 0;
  private server: Server | undefined;
  private deploymentCounter = 0;
  url = '';

  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Requests that have arrived and not been answered (a hung request stays here until its socket closes). */
  get inFlight(): number {
    return this.openRequests;
  }

  add(kind: Kind, name: string, script: DeploymentScript = {}, serviceName?: string): this {
    const deploymentId = this.nextDeploymentId();
    this.resources.set(key(kind, name, serviceName), {
      kind,
      name,
      ...(serviceName ? { serviceName } : {}),
      script: {
        status: script.status ?? 'IN_PROGRESS',
        cancelEndsAs: script.cancelEndsAs ?? 'CANCELLED',
        readsUntilEnd: script.readsUntilEnd ?? 1,
        legacy: script.legacy ?? false,
        ...(script.statusMessage ? { statusMessage: script.statusMessage } : {}),
        ...(script.endMessage ? { endMessage: script.endMessage } : {}),
        ...(script.redeployAfterReads ? { redeployAfterReads: script.redeployAfterReads } : {}),
      },
      status: script.status ?? 'IN_PROGRESS',
      statusMessage: script.statusMessage,
      readsSinceCancel: undefined,
      deploymentId,
      createdAt: 1732579200.123,
    });
    return this;
  }

  /** A target as the action names it: `{ type, name, serviceName }`. */
  addTarget(target: { type: Kind; name: string; serviceName?: string }, script: DeploymentScript = {}): this {
    return this.add(target.type, target.name, script, target.serviceName);
  }

  /** Starts a new deployment on a resource, as a user's UpdateEnvironment (or the like) would. */
  redeploy(kind: Kind, name: string, serviceName?: string): void {
    const resource = this.find(kind, name, serviceName);
    resource.deploymentId = this.nextDeploymentId();
    resource.status = 'IN_PROGRESS';
    resource.readsSinceCancel = undefined;
  }

  statusOf(kind: Kind, name: string, serviceName?: string): string {
    return this.find(kind, name, serviceName).status;
  }

  inject(rule: FaultRule): this {
    this.faults.push({ ...rule, left: rule.times ?? 1 });
    return this;
  }

  /** Forgets faults, recorded requests and the peak, for the next test. */
  reset(): void {
    this.faults = [];
    this.requests.length = 0;
    this.peakInFlight = 0;
  }

  /** Resolves when a request for `operation` arrives (already arrived ones count). */
  received(operation: string): Promise<void> {
    return new Promise((resolve) => {
      const check = (): void => {
        if (this.requests.some((r) => r.operation === operation)) resolve();
        else setTimeout(check, 5);
      };
      check();
    });
  }

  operations(): string[] {
    return this.requests.map((r) => r.operation);
  }

  private nextDeploymentId(): string {
    this.deploymentCounter += 1;
    return `deployment-${String(this.deploymentCounter).padStart(4, '0')}`;
  }

  private find(kind: Kind, name: string, serviceName?: string): Resource {
    const resource = this.resources.get(key(kind, name, serviceName));
    if (!resource) throw new Error(`no emulated ${kind} ${serviceName ? `${serviceName}/` : ''}${name}`);
    return resource;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.openRequests += 1;
    this.peakInFlight = Math.max(this.peakInFlight, this.openRequests);
    let settled = false;
    const settle = (): void => {
      if (!settled) this.openRequests -= 1;
      settled = true;
    };
    res.on('finish', settle);
    res.on('close', settle);

    const body = await readBody(req);
    try {
      const target = String(req.headers['x-amz-target'] ?? '');
      if (req.method !== 'POST' || req.url !== '/' || !target.startsWith(TARGET_PREFIX)) {
        throw new ApiError('UnknownOperationException', `not an AWS JSON 1.0 Proton request: ${req.method} ${req.url}`);
      }
      if (req.headers['content-type'] !== 'application/x-amz-json-1.0') {
        throw new ApiError('SerializationException', 'expected Content-Type application/x-amz-json-1.0');
      }
      const operation = target.slice(TARGET_PREFIX.length);
      const scope = SCOPE.exec(String(req.headers.authorization ?? ''));
      const input = JSON.parse(body || '{}') as Record<string, unknown>;
      this.requests.push({ operation, input, accessKeyId: scope?.[1], region: scope?.[3] });
      if (!scope) throw new ApiError('MissingAuthenticationTokenException', 'Missing Authentication Token', 403);
      if (scope[4] !== 'proton') throw new ApiError('InvalidSignatureException', `signed for ${scope[4]}, not proton`, 403);

      const fault = this.takeFault(operation);
      if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 100));
      else if (fault && this.applyFault(fault, req, res)) return;
      send(res, 200, this.answer(operation, input, scope[3] ?? 'us-east-1'));
    } catch (error) {
      if (error instanceof ApiError) {
        send(res, error.status, { __type: `com.amazonaws.proton#${error.type}`, message: error.message });
      } else {
        send(res, 500, { __type: 'com.amazonaws.proton#InternalServerException', message: String(error) });
      }
    }
  }

  private takeFault(operation: string): FaultRule | undefined {
    const rule = this.faults.find((f) => f.left > 0 && (!f.operation || f.operation === operation));
    if (rule) rule.left -= 1;
    return rule;
  }

  /** Returns true when the fault took the request over. */
  private applyFault(fault: FaultRule, req: IncomingMessage, res: ServerResponse): boolean {
    switch (fault.kind) {
      case 'throttle':
        throw new ApiError('ThrottlingException', 'Rate exceeded');
      case 'internal':
        throw new ApiError('InternalServerException', 'We encountered an internal error. Please try again.', 500);
      case 'access-denied':
        throw new ApiError('AccessDeniedException', 'User: arn:aws:sts::111122223333:assumed-role/ci is not authorized');
      case 'expired-token':
        throw new ApiError('ExpiredTokenException', 'The security token included in the request is expired');
      case 'bad-gateway':
        res.writeHead(502, { 'content-type': 'text/html' }).end('<html><body><h1>502 Bad Gateway</h1></body></html>');
        return true;
      case 'drop':
        req.socket.destroy();
        return true;
      case 'hang':
        return true;
      case 'delay':
        return false;
    }
  }

  private answer(operation: string, input: Record<string, unknown>, region: string): Record<string, unknown> {
    const name = (field: string): string => {
      const value = input[field];
      if (typeof value !== 'string' || value.length < 1 || value.length > 100 || !NAME.test(value)) {
        throw new ApiError('ValidationException', `1 validation error detected: Value at '${field}' failed to satisfy constraint`);
      }
      return value;
    };
    switch (operation) {
      case 'CancelEnvironmentDeployment':
        return { environment: this.cancel('environment', name('environmentName'), undefined, region) };
      case 'CancelServiceInstanceDeployment':
        return {
          serviceInstance: this.cancel('service-instance', name('serviceInstanceName'), name('serviceName'), region),
        };
      case 'CancelServicePipelineDeployment':
        return { pipeline: this.cancel('service-pipeline', name('serviceName'), undefined, region) };
      case 'CancelComponentDeployment':
        return { component: this.cancel('component', name('componentName'), undefined, region) };
      case 'GetEnvironment':
        return { environment: this.read('environment', name('name'), undefined, region) };
      case 'GetServiceInstance':
        return { serviceInstance: this.read('service-instance', name('name'), name('serviceName'), region) };
      case 'GetService':
        return { service: this.service(name('name'), region) };
      case 'GetComponent':
        return { component: this.read('component', name('name'), undefined, region) };
      default:
        throw new ApiError('UnknownOperationException', `the emulator does not implement ${operation}`);
    }
  }

  private existing(kind: Kind, name: string, serviceName: string | undefined): Resource {
    const resource = this.resources.get(key(kind, name, serviceName));
    if (!resource) {
      const what = kind === 'service-pipeline' ? `service ${name} has no pipeline or` : `${kind} ${serviceName ? `${serviceName}/` : ''}${name}`;
      throw new ApiError('ResourceNotFoundException', `The ${what} does not exist`);
    }
    return resource;
  }

  private cancel(kind: Kind, name: string, serviceName: string | undefined, region: string): Record<string, unknown> {
    const resource = this.existing(kind, name, serviceName);
    if (resource.status !== 'IN_PROGRESS') {
      throw new ApiError('ConflictException', `Deployment status is ${resource.status}; only IN_PROGRESS deployments can be cancelled`);
    }
    resource.status = 'CANCELLING';
    resource.statusMessage = undefined;
    resource.readsSinceCancel = 0;
    this.advance(resource);
    return this.render(resource, region);
  }

  private read(kind: Kind, name: string, serviceName: string | undefined, region: string): Record<string, unknown> {
    const resource = this.existing(kind, name, serviceName);
    if (resource.readsSinceCancel !== undefined) resource.readsSinceCancel += 1;
    const { redeployAfterReads } = resource.script;
    if (redeployAfterReads !== undefined && resource.readsSinceCancel === redeployAfterReads) {
      this.redeploy(kind, name, serviceName);
      return this.render(resource, region);
    }
    this.advance(resource);
    return this.render(resource, region);
  }

  private service(name: string, region: string): Record<string, unknown> {
    const pipeline = this.resources.get(key('service-pipeline', name, undefined));
    const hasInstances = [...this.resources.values()].some((r) => r.serviceName === name);
    if (!pipeline && !hasInstances) throw new ApiError('ResourceNotFoundException', `The service ${name} does not exist`);
    return {
      name,
      arn: `arn:aws:proton:${region}:${ACCOUNT}:service/${name}`,
      status: 'ACTIVE',
      templateName: 'web-service',
      templateMajorVersion: '1',
      templateMinorVersion: '2',
      spec: `proton: ServiceSpec\n# ${SECRET_MARKER}\n`,
      createdAt: 1732579200.123,
      lastModifiedAt: 1732579300.5,
      ...(pipeline ? { pipeline: this.read('service-pipeline', name, undefined, region) } : {}),
    };
  }

  private advance(resource: Resource): void {
    const { cancelEndsAs, readsUntilEnd, endMessage } = resource.script;
    if (resource.status !== 'CANCELLING' || cancelEndsAs === 'never') return;
    if ((resource.readsSinceCancel ?? 0) < readsUntilEnd) return;
    resource.status = cancelEndsAs;
    resource.statusMessage = endMessage;
    resource.readsSinceCancel = undefined;
  }

  private render(resource: Resource, region: string): Record<string, unknown> {
    const common: Record<string, unknown> = {
      arn: arnOf(resource, region),
      createdAt: resource.createdAt,
      deploymentStatus: resource.status,
      ...(resource.statusMessage ? { deploymentStatusMessage: resource.statusMessage } : {}),
      lastDeploymentAttemptedAt: 1732579260.25,
      lastDeploymentSucceededAt: 1732579100,
      ...(resource.script.legacy
        ? {}
        : { lastAttemptedDeploymentId: resource.deploymentId, lastSucceededDeploymentId: 'deployment-0000' }),
    };
    const template = { templateName: 'web-service', templateMajorVersion: '1', templateMinorVersion: '2' };
    switch (resource.kind) {
      case 'environment':
        return {
          ...common,
          ...template,
          name: resource.name,
          description: 'emulated environment',
          protonServiceRoleArn: `arn:aws:iam::${ACCOUNT}:role/proton-service`,
          spec: `proton: EnvironmentSpec\nspec:\n  token: ${SECRET_MARKER}\n`,
        };
      case 'service-instance':
        return {
          ...common,
          ...template,
          name: resource.name,
          serviceName: resource.serviceName,
          environmentName: 'prod-env',
          spec: `proton: ServiceSpec\ninstances:\n  - token: ${SECRET_MARKER}\n`,
          ...(resource.script.legacy ? {} : { lastClientRequestToken: 'token-1' }),
        };
      case 'service-pipeline':
        return { ...common, ...template, spec: `proton: ServiceSpec\npipeline:\n  token: ${SECRET_MARKER}\n` };
      case 'component':
        return {
          ...common,
          name: resource.name,
          environmentName: 'prod-env',
          description: 'emulated component',
          lastModifiedAt: 1732579300.5,
          serviceSpec: `proton: ServiceSpec\n# ${SECRET_MARKER}\n`,
        };
    }
  }
}

export async function startEmulator(port = 0): Promise<ProtonEmulator> {
  return new ProtonEmulator().start(port);
}

function key(kind: Kind, name: string, serviceName: string | undefined): string {
  return `${kind}:${serviceName ?? ''}:${name}`;
}

function arnOf(resource: Resource, region: string): string {
  const base = `arn:aws:proton:${region}:${ACCOUNT}`;
  switch (resource.kind) {
    case 'environment':
      return `${base}:environment/${resource.name}`;
    case 'service-instance':
      return `${base}:service/${resource.serviceName}/service-instance/${resource.name}`;
    case 'service-pipeline':
      return `${base}:service/${resource.name}/pipeline`;
    case 'component':
      return `${base}:component/${resource.name}`;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'emulated' }).end(text);
}
