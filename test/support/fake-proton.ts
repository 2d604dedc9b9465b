// A Proton in memory behind the ProtonCalls seam, for tests of decisions (what is cancelled, retried,
// reported) that need no HTTP. Errors are shaped as the SDK's are (name, $fault, $metadata), so the
// real attempt classification and retry logic run on them. What crosses the wire is tested against
// the HTTP emulator (test/emulator/) instead.
import type { DeploymentStatus } from '../../src/domain/deployment-status.js';
import { resourceType, targetOf, type ProtonResource, type ResourceTypeId, type Target } from '../../src/domain/resources.js';
import type { ConnectProton } from '../../src/proton/client.js';
import type { CredentialIdentity, HistoricDeployment, ListPage, ListQuery, ProtonCalls, RequestOptions } from '../../src/proton/proton-calls.js';

export interface FakeDeployment {
  status: DeploymentStatus;
  /** Status reads after a cancel before the deployment ends; 0 ends it in the cancel's answer. */
  readsUntilEnd?: number;
  /** Where a cancelled deployment ends. */
  endsAs?: DeploymentStatus;
  attemptedAt?: Date;
}

/** An error as the SDK throws it for an API answer. */
export function apiError(name: string, status: number, message = `${name} from the fake`): Error {
  return Object.assign(new Error(message), { name, $fault: status >= 500 ? 'server' : 'client', $metadata: { httpStatusCode: status } });
}

const keyOf = (target: Target): string => `${target.type}:${target.serviceName ?? ''}/${target.name}`;

interface Held {
  target: Target;
  deployment: FakeDeployment & { id: string };
  readsSinceCancel?: number;
}

export class FakeProton implements ProtonCalls {
  /** Every call, as "Operation name". */
  readonly calls: string[] = [];
  private readonly held = new Map<string, Held>();
  private readonly faults: Array<{ operation: string; error: () => Error; times: number }> = [];
  private deployments = 0;

  add(target: Target, deployment: FakeDeployment): this {
    this.held.set(keyOf(target), { target, deployment: { ...deployment, id: `00000000-0000-4000-8000-${String(++this.deployments).padStart(12, '0')}` } });
    return this;
  }

  /** The next `times` calls of the operation throw the error (an API answer unless given otherwise). */
  fail(operation: string, error: () => Error, times = Infinity): this {
    this.faults.push({ operation, error, times });
    return this;
  }

  /** A ConnectProton that hands this fake to the step. */
  readonly connect: ConnectProton = () => Promise.resolve({ proton: this, connection: {} });

  count(operation: string): number {
    return this.calls.filter((call) => call.startsWith(`${operation} `)).length;
  }

  cancel(target: Target, options: RequestOptions): Promise<ProtonResource | undefined> {
    return this.answer(resourceType(target.type).cancelOperation, target, options, (held) => {
      if (held.deployment.status !== 'IN_PROGRESS') throw apiError('ConflictException', 409, 'no deployment in progress');
      held.deployment.status = 'CANCELLING';
      held.readsSinceCancel = 0;
      if (held.deployment.readsUntilEnd === 0) held.deployment.status = held.deployment.endsAs ?? 'CANCELLED';
      return this.view(held);
    });
  }

  read(target: Target, options: RequestOptions): Promise<ProtonResource | undefined> {
    return this.answer(resourceType(target.type).readOperation, target, options, (held) => {
      if (held.deployment.status === 'CANCELLING' && held.readsSinceCancel !== undefined) {
        held.readsSinceCancel += 1;
        if (held.readsSinceCancel >= (held.deployment.readsUntilEnd ?? 1)) held.deployment.status = held.deployment.endsAs ?? 'CANCELLED';
      }
      return this.view(held);
    });
  }

  listPage(type: ResourceTypeId, query: ListQuery, _nextToken: string | undefined, options: RequestOptions): Promise<ListPage> {
    const operation = resourceType(type).listOperation ?? `List(${type})`;
    return this.answer(operation, targetOf(type, '*', query.serviceName), options, () => ({
      items: [...this.held.values()]
        .filter((held) => held.target.type === type && (!query.serviceName || held.target.serviceName === query.serviceName))
        .filter((held) => !query.inProgressOnly || held.deployment.status === 'IN_PROGRESS')
        .map((held) => ({ target: held.target, resource: this.view(held) })),
    }));
  }

  getDeployment(target: Target, id: string, options: RequestOptions): Promise<HistoricDeployment | undefined> {
    return this.answer('GetDeployment', target, options, (held) => {
      if (held.deployment.id !== id) throw apiError('ResourceNotFoundException', 404);
      return { deploymentStatus: held.deployment.status };
    });
  }

  credentials(): Promise<CredentialIdentity> {
    return Promise.resolve({});
  }

  destroy(): void {}

  private view({ deployment }: Held): ProtonResource {
    return {
      deploymentStatus: deployment.status,
      lastAttemptedDeploymentId: deployment.id,
      ...(deployment.attemptedAt ? { lastDeploymentAttemptedAt: deployment.attemptedAt } : {}),
    };
  }

  /** Records the call, then answers it (or throws a fault) a microtask later, as a reply would come. */
  private async answer<T>(operation: string, target: Target, options: RequestOptions, reply: (held: Held) => T): Promise<T> {
    this.calls.push(`${operation} ${target.name}`);
    await Promise.resolve();
    if (options.abortSignal.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
    const fault = this.faults.find((f) => f.operation === operation && f.times > 0);
    if (fault) {
      fault.times -= 1;
      throw fault.error();
    }
    const held = this.held.get(keyOf(target));
    if (!held && target.name !== '*') throw apiError('ResourceNotFoundException', 404, `${target.name} not found`);
    return reply(held!);
  }
}
