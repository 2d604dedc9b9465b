// What the action asks of Proton, one request each, as an interface: the SDK's client is one
// implementation (sdkCalls, made by client.ts), and tests of the decisions above it use a fake
// (test/support/fake-proton.ts), as actions/checkout fakes git behind its git-command-manager.
// Retries, pacing and the attempt tally are not here: ProtonApi wraps every call.
import type { DeploymentStatus } from '../domain/deployment-status.js';
import type { ProtonResource, ResourceTypeId, Target } from '../domain/resources.js';

export interface RequestOptions {
  abortSignal: AbortSignal;
}

/**
 * One resource as a list call describes it: its target and its deployment, as true as a Get's
 * (the list summaries carry the status, its message and the deployment ids, and no spec).
 */
export interface ListedResource {
  target: Target;
  resource: ProtonResource;
}

export interface ListPage {
  items: ListedResource[];
  nextToken?: string;
}

export interface ListQuery {
  /** Only the instances of this service (service instances); every one in the region when absent. */
  serviceName?: string | undefined;
  /** Only deployments IN_PROGRESS, where the list can filter by status (service instances). */
  inProgressOnly?: boolean;
}

/** One deployment of Proton's deployment history, as far as the action reads it (never its specs). */
export interface HistoricDeployment {
  deploymentStatus?: DeploymentStatus | undefined;
  deploymentStatusMessage?: string | undefined;
}

/** The credentials the requests are signed with, as far as the step looks at them. */
export interface CredentialIdentity {
  expiration?: Date | undefined;
  /** Set by the SDK's providers (@aws-sdk/credential-provider-node 3.972.98): which one found them. */
  $source?: Record<string, unknown>;
}

export interface ProtonCalls {
  /** The type's cancel operation: the resource as Proton answered, undefined when it sent no body. */
  cancel(target: Target, options: RequestOptions): Promise<ProtonResource | undefined>;
  /** The type's read operation. */
  read(target: Target, options: RequestOptions): Promise<ProtonResource | undefined>;
  /** A page of the type's list call; only types with a listOperation have one. */
  listPage(type: ResourceTypeId, query: ListQuery, nextToken: string | undefined, options: RequestOptions): Promise<ListPage>;
  /** GetDeployment: one deployment of the target, by id. */
  getDeployment(target: Target, id: string, options: RequestOptions): Promise<HistoricDeployment | undefined>;
  /** Resolves the credentials (the provider chain runs once; the SDK caches them). */
  credentials(): Promise<CredentialIdentity>;
  /** Closes the connections. */
  destroy(): void;
}
