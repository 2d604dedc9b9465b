// A Proton API emulator: real HTTP on 127.0.0.1, speaking AWS JSON 1.0 as the service does (see
// ../shared/notes/proton-api.md), so tests drive the real ProtonClient over the wire. It implements
// the four cancel calls, the four reads and GetDeployment (the deployment history); it scripts
// deployments through IN_PROGRESS -> CANCELLING -> CANCELLED | FAILED | SUCCEEDED, newer deployments
// that start mid-wait, and injects the faults a real service, proxy or network produces.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Kind = 'environment' | 'service-instance' | 'service-pipeline' | 'component';
export type EndStatus = 'CANCELLED' | 'FAILED' | 'SUCCEEDED';

/** Present in every spec the emulator returns: a test that finds it in a log, summary or output found a leak. */
export const SECRET_MARKER = 'emulator-secret-7f3a9c';
export const ACCOUNT = '111122223333';
/** Also in every description: the outputs withhold descriptions. */
export const DESCRIPTION_MARKER = 'emulator-description-2b8e';

export interface NewDeployment {
  /** Reads after it started until it ends by itself; it never does when absent. */
  finishesAfterReads?: number;
  finishesAs?: EndStatus;
  statusMessage?: string;
}

export interface DeploymentScript {
  /** Where the deployment is now; IN_PROGRESS unless said otherwise. CANCELLING: someone else is cancelling it. */
  status?: string;
  statusMessage?: string;
  /** Where a cancellation leads; `never` keeps it CANCELLING for ever. */
  cancelEndsAs?: EndStatus | 'never';
  /** How many reads after the cancel still show CANCELLING; 0 ends the cancel at once. */
  readsUntilEnd?: number;
  endMessage?: string;
  /** An older resource without lastAttemptedDeploymentId, lastSucceededDeploymentId and the like. */
  legacy?: boolean;
  /** After this many reads following the cancel, ours ends and someone starts a new deployment. */
  redeployAfterReads?: number;
  /** How that new deployment behaves. */
  newDeployment?: NewDeployment;
  /** An IN_PROGRESS deployment that nobody cancels ends by itself after this many reads. */
  finishesAfterReads?: number;
  finishesAs?: EndStatus;
  /** Extra fields merged into every rendering of the resource: hostile or oversized replies. */
  extraFields?: Record<string, unknown>;
  /** The current deployment started this long ago (it starts now otherwise). */
  startedSecondsAgo?: number;
  /** A cancellation ends this long (wall clock) after it was requested, instead of after a number of reads. */
  cancelEndsAfterMs?: number;
}

export type FaultKind =
  | 'throttle' // 400 ThrottlingException (with Retry-After when `retryAfterSeconds` is set)
  | 'internal' // 500 InternalServerException
  | 'bad-gateway' // 502 with an HTML body, as a proxy would answer
  | 'empty-error' // an error status (`status`, default 502) with an empty body
  | 'html-403' // 403 with an HTML page, as a proxy or firewall would answer
  | 'unknown-error' // 400 with an error type the action does not know
  | 'conflict' // 400 ConflictException although the resource is IN_PROGRESS (a stale Conflict)
  | 'empty-body' // the request takes effect, then 200 with an empty body
  | 'not-json' // the request takes effect, then 200 with a body that is not JSON
  | 'lost-reply' // the request takes effect, then the connection drops before the answer
  | 'drop' // the connection is destroyed without an answer
  | 'hang' // the request is never answered
  | 'delay' // answered normally, after `delayMs`
  | 'access-denied'
  | 'expired-token'
  | 'not-found';

export interface FaultRule {
  kind: FaultKind;
  /** Only requests for this operation; any operation when absent. */
  operation?: string;
  /** How many matching requests it affects; Infinity for all. */
  times?: number;
  /** Affects every matching request for this long after it was injected (instead of `times`). */
  forMs?: number;
  delayMs?: number;
  retryAfterSeconds?: number;
  status?: number;
}

export interface RecordedRequest {
  operation: string;
  input: Record<string, unknown>;
  region: string | undefined;
  accessKeyId: string | undefined;
  /** performance.now() when the request arrived. */
  at: number;
}

interface Deployment {
  id: string;
  status: string;
  statusMessage: string | undefined;
  createdAt: number;
  completedAt?: number;
}

interface Resource {
  kind: Kind;
  name: string;
  serviceName?: string;
  script: DeploymentScript;
  deployment: Deployment;
  /** Reads since the cancel while CANCELLING; undefined otherwise. */
  readsSinceCancel: number | undefined;
  /** performance.now() of the cancel request. */
  cancelledAt?: number;
  /** performance.now() when a read first answered an end status after a cancel: the deciding poll. */
  endServedAt?: number;
  /** Reads since the current deployment started (for one that finishes by itself). */
  readsSinceStart: number;
  finishes?: NewDeployment;
  createdAt: number;
}

const NAME = /^[0-9A-Za-z]+[0-9A-Za-z_-]*$/;
const DEPLOYMENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TARGET_PREFIX = 'AwsProton20200720.';
const SCOPE = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request, ?SignedHeaders=[^,]+, ?Signature=[0-9a-f]{64}$/;
/** Epoch seconds, as the API's timestamps are. */
const nowSeconds = (): number => Date.now() / 1000;

/** Faults that are answers of the API, the same over HTTP and in process. */
const API_FAULTS: Partial<Record<FaultKind, () => ApiError>> = {
  internal: () => new ApiError('InternalServerException', 'We encountered an internal error. Please try again.', 500),
  'access-denied': () => new ApiError('AccessDeniedException', 'User: arn:aws:sts::111122223333:assumed-role/ci is not authorized'),
  'expired-token': () => new ApiError('ExpiredTokenException', 'The security token included in the request is expired'),
  'not-found': () => new ApiError('ResourceNotFoundException', 'The requested resource does not exist'),
  'unknown-error': () => new ApiError('BrandNewException', 'Something Proton added after the action was written'),
  conflict: () => new ApiError('ConflictException', 'A conflicting operation is in progress'),
};

/** An answer of the Proton API's error model: its type, message and HTTP status. */
export class ApiError extends Error {
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
  /** Every deployment that has ended because a newer one started: the deployment history. */
  private readonly history = new Map<string, { deployment: Deployment; resource: Resource }>();
  private faults: Array<FaultRule & { left: number; until: number }> = [];
  private hooks: Array<{ operation: string; run: () => void }> = [];
  private readonly sockets = new Set<Socket>();
  private openRequests = 0;
  /** The most requests that were open at the same time. */
  peakInFlight = 0;
  private server: Server | undefined;
  private deploymentCounter = 0;
  private listCounter = 0;
  /**
   * The emulator's time (ms), for its own schedule: the token bucket, deployments that end a while
   * after their cancel, fault windows, request times. Tests on a virtual clock give theirs.
   */
  now: () => number = () => performance.now();
  /**
   * An account's request quota, as AWS control planes throttle: one token bucket shared by every
   * operation, `burst` tokens, refilled at `ratePerSecond`; a request that finds it empty is answered
   * ThrottlingException (and counted in `throttledRequests`).
   */
  private bucket: { ratePerSecond: number; burst: number; tokens: number; at: number } | undefined;
  throttledRequests = 0;
  /** List summaries leave out deploymentStatusMessage (a Get still carries it). */
  summariesWithoutMessages = false;
  /** Access keys whose session has expired: requests signed with them get ExpiredTokenException. */
  readonly expiredKeys = new Set<string>();
  /** Items per page of the list operations (their maxResults, when smaller, wins). */
  pageSize = 100;
  url = '';

  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', resolve);
    });
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
    const status = script.status ?? 'IN_PROGRESS';
    this.resources.set(key(kind, name, serviceName), {
      kind,
      name,
      ...(serviceName ? { serviceName } : {}),
      script,
      deployment: { id: this.nextDeploymentId(), status, statusMessage: script.statusMessage, createdAt: nowSeconds() - (script.startedSecondsAgo ?? 0) },
      // Someone else's cancellation moves on with reads, as one the step requested would.
      readsSinceCancel: status === 'CANCELLING' ? 0 : undefined,
      readsSinceStart: 0,
      ...(script.finishesAfterReads !== undefined
        ? { finishes: { finishesAfterReads: script.finishesAfterReads, finishesAs: script.finishesAs ?? 'SUCCEEDED' } }
        : {}),
      createdAt: 1732579200.123,
    });
    return this;
  }

  /** A target as the action names it: `{ type, name, serviceName }`. */
  addTarget(target: { type: Kind; name: string; serviceName?: string }, script: DeploymentScript = {}): this {
    return this.add(target.type, target.name, script, target.serviceName);
  }

  /**
   * Someone starts a new deployment (UpdateEnvironment or the like). Proton runs one deployment per
   * resource at a time, so the current one ends first: a cancellation as scripted, a deployment in
   * progress as SUCCEEDED. It stays readable in the deployment history.
   */
  redeploy(kind: Kind, name: string, serviceName?: string, next: NewDeployment = {}): string {
    const resource = this.find(kind, name, serviceName);
    const old = resource.deployment;
    if (old.status === 'CANCELLING') {
      const ends = resource.script.cancelEndsAs ?? 'CANCELLED';
      old.status = ends === 'never' ? 'CANCELLED' : ends;
      old.statusMessage = resource.script.endMessage;
    } else if (old.status === 'IN_PROGRESS') {
      old.status = 'SUCCEEDED';
    }
    old.completedAt = nowSeconds();
    this.history.set(old.id, { deployment: { ...old }, resource });
    resource.deployment = { id: this.nextDeploymentId(), status: 'IN_PROGRESS', statusMessage: next.statusMessage, createdAt: nowSeconds() };
    resource.readsSinceCancel = undefined;
    resource.readsSinceStart = 0;
    if (next.finishesAfterReads !== undefined) resource.finishes = next;
    else delete resource.finishes;
    return resource.deployment.id;
  }

  statusOf(kind: Kind, name: string, serviceName?: string): string {
    return this.find(kind, name, serviceName).deployment.status;
  }

  deploymentIdOf(kind: Kind, name: string, serviceName?: string): string {
    return this.find(kind, name, serviceName).deployment.id;
  }

  inject(rule: FaultRule): this {
    const forever = rule.forMs !== undefined;
    this.faults.push({ ...rule, left: forever ? Infinity : (rule.times ?? 1), until: forever ? this.now() + rule.forMs! : Infinity });
    return this;
  }

  /** Runs `change` once, when the next request for `operation` arrives and before it is answered. */
  before(operation: string, change: () => void): this {
    this.hooks.push({ operation, run: change });
    return this;
  }

  /** Forgets faults, hooks, recorded requests and the peak, for the next test. */
  /** Throttle like an account-wide token bucket (see `bucket`); undefined turns it off. */
  throttleAt(quota: { ratePerSecond: number; burst: number } | undefined): this {
    this.bucket = quota ? { ...quota, tokens: quota.burst, at: this.now() } : undefined;
    this.throttledRequests = 0;
    return this;
  }

  /** Takes one token from the bucket; false when it is empty. */
  private takeToken(): boolean {
    const bucket = this.bucket;
    if (!bucket) return true;
    const now = this.now();
    bucket.tokens = Math.min(bucket.burst, bucket.tokens + ((now - bucket.at) * bucket.ratePerSecond) / 1000);
    bucket.at = now;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  reset(): void {
    this.expiredKeys.clear();
    this.bucket = undefined;
    this.throttledRequests = 0;
    this.summariesWithoutMessages = false;
    this.faults = [];
    this.hooks = [];
    this.requests.length = 0;
    this.peakInFlight = 0;
  }

  /** Forgets every resource too: for tests of `*`, which lists them all. */
  clearResources(): void {
    this.resources.clear();
    this.history.clear();
  }

  /** Resolves when a request for `operation` arrives (already arrived ones count). */
  received(operation: string, count = 1): Promise<void> {
    return new Promise((resolve) => {
      const check = (): void => {
        if (this.requests.filter((r) => r.operation === operation).length >= count) resolve();
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
    // The API's ids are UUIDs; these are too, and readable in a failing test.
    return `00000000-0000-4000-8000-${String(this.deploymentCounter).padStart(12, '0')}`;
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
      this.requests.push({ operation, input, accessKeyId: scope?.[1], region: scope?.[3], at: this.now() });
      if (!scope) throw new ApiError('MissingAuthenticationTokenException', 'Missing Authentication Token', 403);
      if (scope[4] !== 'proton') throw new ApiError('InvalidSignatureException', `signed for ${scope[4]}, not proton`, 403);
      if (this.expiredKeys.has(scope[1] ?? '')) throw new ApiError('ExpiredTokenException', 'The security token included in the request is expired', 403);
      if (!this.takeToken()) {
        this.throttledRequests += 1;
        send(res, 400, { __type: 'com.amazonaws.proton#ThrottlingException', message: 'Rate exceeded' });
        return;
      }

      const hook = this.hooks.findIndex((h) => h.operation === operation);
      if (hook >= 0) this.hooks.splice(hook, 1)[0]!.run();
      const fault = this.takeFault(operation);
      if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 100));
      else if (fault && this.applyFault(fault, req, res)) return;
      const answer = this.answer(operation, input, scope[3] ?? 'us-east-1');
      if (fault?.kind === 'lost-reply') req.socket.destroy();
      else if (fault?.kind === 'empty-body') res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end('');
      else if (fault?.kind === 'not-json') res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Welcome to the proxy</body></html>');
      else send(res, 200, answer);
    } catch (error) {
      if (error instanceof ApiError) {
        send(res, error.status, { __type: `com.amazonaws.proton#${error.type}`, message: error.message });
      } else {
        send(res, 500, { __type: 'com.amazonaws.proton#InternalServerException', message: String(error) });
      }
    }
  }

  /**
   * The same model without HTTP, for tests over the action's client seam (test/support/
   * in-process-proton.ts): the request is recorded and counted against the token bucket, hooks run,
   * and an API fault (throttling, access denied, conflict ...) is thrown as an ApiError; a delay is
   * handed back for the caller's clock to wait. Faults that live on the wire (a dropped connection,
   * an HTML page, a reply that never comes) cannot be told without HTTP: they throw, so a test that
   * needs them runs over HTTP.
   */
  serveInProcess(operation: string, input: Record<string, unknown>, region: string): { delayMs: number; answer: () => Record<string, unknown> } {
    this.requests.push({ operation, input, accessKeyId: 'in-process', region, at: this.now() });
    if (!this.takeToken()) {
      this.throttledRequests += 1;
      throw new ApiError('ThrottlingException', 'Rate exceeded');
    }
    const hook = this.hooks.findIndex((h) => h.operation === operation);
    if (hook >= 0) this.hooks.splice(hook, 1)[0]!.run();
    const fault = this.takeFault(operation);
    const apiFault = fault && fault.kind !== 'delay' ? API_FAULTS[fault.kind] : undefined;
    if (fault?.kind === 'throttle') throw Object.assign(new ApiError('ThrottlingException', 'Rate exceeded'), { retryAfterSeconds: fault.retryAfterSeconds });
    if (apiFault) throw apiFault();
    if (fault && fault.kind !== 'delay') throw new Error(`the emulator's fault "${fault.kind}" is on the wire: test it over HTTP`);
    return { delayMs: fault?.kind === 'delay' ? (fault.delayMs ?? 100) : 0, answer: () => this.answer(operation, input, region) };
  }

  private takeFault(operation: string): FaultRule | undefined {
    const now = this.now();
    const rule = this.faults.find((f) => f.left > 0 && now < f.until && (!f.operation || f.operation === operation));
    if (rule) rule.left -= 1;
    return rule;
  }

  /** Returns true when the fault took the request over; false when the request goes on (and may be mangled after). */
  private applyFault(fault: FaultRule, req: IncomingMessage, res: ServerResponse): boolean {
    switch (fault.kind) {
      case 'throttle':
        send(res, 400, { __type: 'com.amazonaws.proton#ThrottlingException', message: 'Rate exceeded' }, fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {});
        return true;
      case 'internal':
      case 'access-denied':
      case 'expired-token':
      case 'not-found':
      case 'unknown-error':
      case 'conflict':
        throw API_FAULTS[fault.kind]!();
      case 'bad-gateway':
        res.writeHead(502, { 'content-type': 'text/html' }).end('<html><body><h1>502 Bad Gateway</h1></body></html>');
        return true;
      case 'html-403':
        res.writeHead(403, { 'content-type': 'text/html' }).end('<html><body><h1>403 Forbidden</h1><p>Request blocked by proxy</p></body></html>');
        return true;
      case 'empty-error':
        res.writeHead(fault.status ?? 502).end();
        return true;
      case 'drop':
        req.socket.destroy();
        return true;
      case 'hang':
        return true;
      case 'delay':
      case 'empty-body':
      case 'not-json':
      case 'lost-reply':
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
      case 'GetDeployment':
        return { deployment: this.deployment(input, region) };
      case 'ListEnvironments':
        return this.list('ListEnvironments', 'environments', input, region, (r) => r.kind === 'environment');
      case 'ListServiceInstances': {
        const serviceName = input.serviceName === undefined ? undefined : name('serviceName');
        const filters = parseFilters(input.filters);
        return this.list('ListServiceInstances', 'serviceInstances', input, region, (r) => {
          if (r.kind !== 'service-instance' || (serviceName !== undefined && r.serviceName !== serviceName)) return false;
          const field = { name: r.name, deploymentStatus: r.deployment.status, serviceName: r.serviceName, environmentName: 'prod-env', templateName: 'web-service' };
          return filters.every(([key, values]) => values.includes(String(field[key as keyof typeof field])));
        });
      }
      case 'ListComponents':
        return this.list('ListComponents', 'components', input, region, (r) => r.kind === 'component');
      default:
        throw new ApiError('UnknownOperationException', `the emulator does not implement ${operation}`);
    }
  }

  /** A list operation: summaries of the resources `keep` selects, a page at a time, with a real nextToken. */
  private list(operation: string, key: string, input: Record<string, unknown>, region: string, keep: (r: Resource) => boolean): Record<string, unknown> {
    const all = [...this.resources.values()].filter(keep);
    let offset = 0;
    if (input.nextToken !== undefined) {
      const token = typeof input.nextToken === 'string' ? /^(\w+)\.(\d+)\.(\d+)$/.exec(input.nextToken) : null;
      if (!token || token[1] !== operation) throw new ApiError('ValidationException', 'The nextToken is not valid');
      offset = Number(token[3]);
    }
    const limit = Math.min(this.pageSize, typeof input.maxResults === 'number' ? input.maxResults : Infinity);
    const page = all.slice(offset, offset + limit);
    this.listCounter += 1;
    const more = offset + limit < all.length;
    return {
      [key]: page.map((r) => this.summary(r, region)),
      ...(more ? { nextToken: `${operation}.${this.listCounter}.${offset + limit}` } : {}),
    };
  }

  private summary(resource: Resource, region: string): Record<string, unknown> {
    this.observe(resource);
    // A summary carries no spec.
    const omitted = new Set(['spec', 'serviceSpec', 'protonServiceRoleArn', 'lastClientRequestToken', ...(this.summariesWithoutMessages ? ['deploymentStatusMessage'] : [])]);
    return Object.fromEntries(Object.entries(this.render(resource, region)).filter(([key]) => !omitted.has(key)));
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
    if (resource.deployment.status !== 'IN_PROGRESS') {
      throw new ApiError('ConflictException', `Deployment status is ${resource.deployment.status}; only IN_PROGRESS deployments can be cancelled`);
    }
    resource.deployment.status = 'CANCELLING';
    resource.deployment.statusMessage = undefined;
    resource.readsSinceCancel = 0;
    resource.cancelledAt = this.now();
    delete resource.finishes;
    this.advance(resource);
    return this.render(resource, region);
  }

  private read(kind: Kind, name: string, serviceName: string | undefined, region: string): Record<string, unknown> {
    const resource = this.existing(kind, name, serviceName);
    this.observe(resource);
    return this.render(resource, region);
  }

  /**
   * A read, or a listing that shows the resource: either is a poll of it, so the scripts that count
   * polls (readsUntilEnd, redeployAfterReads, finishesAfterReads) move on the same way.
   */
  private observe(resource: Resource): void {
    resource.readsSinceStart += 1;
    if (resource.readsSinceCancel !== undefined) resource.readsSinceCancel += 1;
    const { redeployAfterReads, newDeployment } = resource.script;
    if (redeployAfterReads !== undefined && resource.readsSinceCancel === redeployAfterReads) {
      this.redeploy(resource.kind, resource.name, resource.serviceName, newDeployment);
      return;
    }
    this.advance(resource);
    this.noticeEnd(resource);
  }

  /** The first answer that shows a cancelled deployment's end: the deciding poll. */
  private noticeEnd(resource: Resource): void {
    if (resource.cancelledAt !== undefined && resource.endServedAt === undefined && !['IN_PROGRESS', 'CANCELLING'].includes(resource.deployment.status)) {
      resource.endServedAt = this.now();
    }
  }

  /** When the resource's cancel was answered (this.now()), if one was. */
  cancelledAt(kind: Kind, name: string, serviceName?: string): number | undefined {
    return this.find(kind, name, serviceName).cancelledAt;
  }

  /** When each cancel was answered, by resource: for measuring how fast a fleet's cancellations were made. */
  cancelTimes(): number[] {
    return [...this.resources.values()].flatMap((r) => (r.cancelledAt !== undefined ? [r.cancelledAt] : []));
  }

  /** When a read first answered an end status after the cancel (performance.now()), if one has. */
  endServedAt(kind: Kind, name: string, serviceName?: string): number | undefined {
    return this.find(kind, name, serviceName).endServedAt;
  }

  private service(name: string, region: string): Record<string, unknown> {
    const pipeline = this.resources.get(key('service-pipeline', name, undefined));
    const hasInstances = [...this.resources.values()].some((r) => r.serviceName === name);
    if (!pipeline && !hasInstances) throw new ApiError('ResourceNotFoundException', `The service ${name} does not exist`);
    return {
      name,
      arn: `arn:aws:proton:${region}:${ACCOUNT}:service/${name}`,
      status: 'ACTIVE',
      description: `emulated service ${DESCRIPTION_MARKER}`,
      templateName: 'web-service',
      templateMajorVersion: '1',
      templateMinorVersion: '2',
      spec: `proton: ServiceSpec\n# ${SECRET_MARKER}\n`,
      createdAt: 1732579200.123,
      lastModifiedAt: 1732579300.5,
      ...(pipeline ? { pipeline: this.read('service-pipeline', name, undefined, region) } : {}),
    };
  }

  /** GetDeployment: the current deployment of a resource, or one from the history. */
  private deployment(input: Record<string, unknown>, region: string): Record<string, unknown> {
    const id = input.id;
    if (typeof id !== 'string' || !DEPLOYMENT_ID.test(id)) {
      throw new ApiError('ValidationException', "1 validation error detected: Value at 'id' failed to satisfy constraint");
    }
    const current = [...this.resources.values()].find((r) => r.deployment.id === id);
    const found = current ? { deployment: current.deployment, resource: current } : this.history.get(id);
    if (!found || !scopeMatches(found.resource, input)) throw new ApiError('ResourceNotFoundException', `The deployment ${id} does not exist`);
    const { deployment, resource } = found;
    const state = { spec: `proton: Spec\n# ${SECRET_MARKER}\n`, templateName: 'web-service', templateMajorVersion: '1', templateMinorVersion: '2' };
    return {
      id,
      arn: `arn:aws:proton:${region}:${ACCOUNT}:deployment/${id}`,
      targetArn: arnFor(resource, region),
      targetResourceType: resource.kind.toUpperCase().replace('-', '_'),
      targetResourceCreatedAt: resource.createdAt,
      environmentName: resource.kind === 'environment' ? resource.name : 'prod-env',
      ...(resource.kind === 'service-instance' ? { serviceName: resource.serviceName, serviceInstanceName: resource.name } : {}),
      ...(resource.kind === 'service-pipeline' ? { serviceName: resource.name } : {}),
      ...(resource.kind === 'component' ? { componentName: resource.name } : {}),
      deploymentStatus: deployment.status,
      ...(deployment.statusMessage ? { deploymentStatusMessage: deployment.statusMessage } : {}),
      createdAt: deployment.createdAt,
      lastModifiedAt: deployment.completedAt ?? deployment.createdAt,
      ...(deployment.completedAt ? { completedAt: deployment.completedAt } : {}),
      initialState: { environment: state },
      targetState: { environment: state },
    };
  }

  private advance(resource: Resource): void {
    const { deployment } = resource;
    const finishes = resource.finishes;
    if (deployment.status === 'IN_PROGRESS' && finishes?.finishesAfterReads !== undefined && resource.readsSinceStart >= finishes.finishesAfterReads) {
      deployment.status = finishes.finishesAs ?? 'SUCCEEDED';
      deployment.statusMessage = finishes.statusMessage;
      return;
    }
    const { cancelEndsAs = 'CANCELLED', readsUntilEnd = 1, endMessage, cancelEndsAfterMs } = resource.script;
    if (deployment.status !== 'CANCELLING' || cancelEndsAs === 'never') return;
    if (cancelEndsAfterMs !== undefined) {
      if (this.now() - (resource.cancelledAt ?? Infinity) < cancelEndsAfterMs) return;
    } else if ((resource.readsSinceCancel ?? 0) < readsUntilEnd) return;
    deployment.status = cancelEndsAs;
    deployment.statusMessage = endMessage;
    deployment.completedAt = nowSeconds();
    resource.readsSinceCancel = undefined;
  }

  private render(resource: Resource, region: string): Record<string, unknown> {
    const { deployment, script } = resource;
    const common: Record<string, unknown> = {
      arn: arnFor(resource, region),
      createdAt: resource.createdAt,
      deploymentStatus: deployment.status,
      ...(deployment.statusMessage ? { deploymentStatusMessage: deployment.statusMessage } : {}),
      lastDeploymentAttemptedAt: deployment.createdAt,
      lastDeploymentSucceededAt: 1732579100,
      ...(script.legacy
        ? {}
        : { lastAttemptedDeploymentId: deployment.id, lastSucceededDeploymentId: '00000000-0000-4000-8000-000000000000' }),
    };
    const template = { templateName: 'web-service', templateMajorVersion: '1', templateMinorVersion: '2' };
    const rendered = ((): Record<string, unknown> => {
      switch (resource.kind) {
        case 'environment':
          return {
            ...common,
            ...template,
            name: resource.name,
            description: `emulated environment ${DESCRIPTION_MARKER}`,
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
            ...(script.legacy ? {} : { lastClientRequestToken: 'token-1' }),
          };
        case 'service-pipeline':
          return { ...common, ...template, spec: `proton: ServiceSpec\npipeline:\n  token: ${SECRET_MARKER}\n` };
        case 'component':
          return {
            ...common,
            name: resource.name,
            environmentName: 'prod-env',
            description: `emulated component ${DESCRIPTION_MARKER}`,
            lastModifiedAt: 1732579300.5,
            serviceSpec: `proton: ServiceSpec\n# ${SECRET_MARKER}\n`,
          };
      }
    })();
    return { ...rendered, ...script.extraFields };
  }
}

export async function startEmulator(port = 0): Promise<ProtonEmulator> {
  return new ProtonEmulator().start(port);
}

/** ListServiceInstances' filters: values of one key are alternatives, different keys must all hold. */
function parseFilters(filters: unknown): Array<[string, string[]]> {
  const byKey = new Map<string, string[]>();
  for (const filter of Array.isArray(filters) ? (filters as Array<{ key?: unknown; value?: unknown }>) : []) {
    const key = String(filter.key);
    byKey.set(key, [...(byKey.get(key) ?? []), String(filter.value)]);
  }
  return [...byKey];
}

function key(kind: Kind, name: string, serviceName: string | undefined): string {
  return `${kind}:${serviceName ?? ''}:${name}`;
}

/** GetDeployment's optional names must describe the deployment's resource, as Proton checks them. */
function scopeMatches(resource: Resource, input: Record<string, unknown>): boolean {
  const given = (field: string, value: string | undefined): boolean => input[field] === undefined || input[field] === value;
  switch (resource.kind) {
    case 'environment':
      return given('environmentName', resource.name) && !input.componentName && !input.serviceInstanceName;
    case 'service-instance':
      return given('serviceName', resource.serviceName) && given('serviceInstanceName', resource.name);
    case 'service-pipeline':
      return given('serviceName', resource.name) && !input.serviceInstanceName;
    case 'component':
      return given('componentName', resource.name);
  }
}

/** The ARN Proton gives a resource (a service pipeline's ends in /pipeline). */
export function arnFor(resource: Pick<Resource, 'kind' | 'name' | 'serviceName'>, region: string): string {
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

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'emulated', ...headers }).end(text);
}
