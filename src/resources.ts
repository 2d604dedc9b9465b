// The one place that knows how the four Proton resource types differ. Everything else (inputs,
// cancelling, waiting, error advice, summary links, the README's IAM policy) reads this table, so a
// fifth type is one more entry here.
import type { Proton } from './proton/sdk.js';

/** The fields this action relies on; every Proton resource it cancels has them (all optional on the wire). */
export interface ProtonResource {
  arn?: string;
  deploymentStatus?: string;
  deploymentStatusMessage?: string;
  lastAttemptedDeploymentId?: string;
  lastSucceededDeploymentId?: string;
  lastDeploymentAttemptedAt?: Date;
}

export type ResourceTypeId = 'environment' | 'service-instance' | 'service-pipeline' | 'component';

/** One deployment to cancel. `serviceName` is set only for types that live inside a service. */
export interface Target {
  type: ResourceTypeId;
  name: string;
  serviceName?: string;
}

export interface RequestOptions {
  abortSignal: AbortSignal;
}

type Call = (proton: Proton, target: Target, options: RequestOptions) => Promise<ProtonResource | undefined>;

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

/**
 * A list call of a type: `*` finds the in-progress ones with it, and a fleet is polled with it, a
 * page telling up to 100 statuses at once.
 */
export interface Listing {
  operation: string;
  page(proton: Proton, query: ListQuery, nextToken: string | undefined, options: RequestOptions): Promise<ListPage>;
}

/** The names GetDeployment takes to find a deployment of this target (Proton's deployment history). */
export interface DeploymentScope {
  environmentName?: string;
  serviceName?: string;
  serviceInstanceName?: string;
  componentName?: string;
}

export interface ResourceType {
  id: ResourceTypeId;
  /** Input that lists the names to cancel (one or more). */
  namesInput: string;
  /** Input naming the one service the targets belong to, for types that need it. */
  serviceInput?: string;
  cancelOperation: string;
  readOperation: string;
  cancel: Call;
  read: Call;
  deploymentScope(target: Target): DeploymentScope;
  /** The list call; absent where none tells the status (service pipelines: only GetService does). */
  listing?: Listing;
  /** IAM resource ARN both operations are authorised against (see the Service Authorization Reference). */
  iamResource(target: Target, region: string, account?: string): string;
  /** Fragment of the Proton console URL that shows the resource. */
  consolePath(target: Target): string;
}

// Names are validated before any request, so the service name is always present where it is read.
const serviceOf = (target: Target): string => target.serviceName ?? '';

interface Summary {
  arn?: string | undefined;
  deploymentStatus?: string | undefined;
  deploymentStatusMessage?: string | undefined;
  lastAttemptedDeploymentId?: string | undefined;
  lastSucceededDeploymentId?: string | undefined;
  lastDeploymentAttemptedAt?: Date | undefined;
}

function listed(target: { type: ResourceTypeId; name?: string | undefined; serviceName?: string | undefined }, summary: Summary): ListedResource {
  const resource: ProtonResource = {};
  // Only what the action relies on, field by field: a summary carries no spec, but nothing else is kept either.
  if (summary.arn) resource.arn = summary.arn;
  if (summary.deploymentStatus) resource.deploymentStatus = summary.deploymentStatus;
  if (summary.deploymentStatusMessage) resource.deploymentStatusMessage = summary.deploymentStatusMessage;
  if (summary.lastAttemptedDeploymentId) resource.lastAttemptedDeploymentId = summary.lastAttemptedDeploymentId;
  if (summary.lastSucceededDeploymentId) resource.lastSucceededDeploymentId = summary.lastSucceededDeploymentId;
  if (summary.lastDeploymentAttemptedAt) resource.lastDeploymentAttemptedAt = summary.lastDeploymentAttemptedAt;
  return {
    target: { type: target.type, name: target.name ?? '', ...(target.serviceName !== undefined ? { serviceName: target.serviceName } : {}) },
    resource,
  };
}

const next = (out: { nextToken?: string | undefined }): { nextToken?: string } => (out.nextToken ? { nextToken: out.nextToken } : {});
/** The most a list page holds: fewer pages, fewer requests. */
const PAGE = 100;

/** The name pattern and length every Proton name must have (API reference). */
const PROTON_NAME = /^[0-9A-Za-z]+[0-9A-Za-z_-]*$/;
export const MAX_NAME_LENGTH = 100;

export function isProtonName(name: string): boolean {
  return name.length <= MAX_NAME_LENGTH && PROTON_NAME.test(name);
}

export const RESOURCE_TYPES: readonly ResourceType[] = [
  {
    id: 'environment',
    namesInput: 'environment-name',
    cancelOperation: 'CancelEnvironmentDeployment',
    readOperation: 'GetEnvironment',
    cancel: async ({ client, sdk }, t, o) =>
      (await client.send(new sdk.CancelEnvironmentDeploymentCommand({ environmentName: t.name }), o)).environment,
    read: async ({ client, sdk }, t, o) => (await client.send(new sdk.GetEnvironmentCommand({ name: t.name }), o)).environment,
    deploymentScope: (t) => ({ environmentName: t.name }),
    // ListEnvironments filters only by template: every page is read, and filtered by the caller.
    listing: {
      operation: 'ListEnvironments',
      page: async ({ client, sdk }, _query, nextToken, o) => {
        const out = await client.send(new sdk.ListEnvironmentsCommand({ maxResults: PAGE, ...(nextToken ? { nextToken } : {}) }), o);
        return { items: (out.environments ?? []).map((e) => listed({ type: 'environment', name: e.name }, e)), ...next(out) };
      },
    },
    iamResource: (t, region, account = '*') => `arn:aws:proton:${region}:${account}:environment/${t.name}`,
    consolePath: (t) => `/environments/detail/${t.name}`,
  },
  {
    id: 'service-instance',
    namesInput: 'service-instance-name',
    serviceInput: 'service-name',
    cancelOperation: 'CancelServiceInstanceDeployment',
    readOperation: 'GetServiceInstance',
    cancel: async ({ client, sdk }, t, o) =>
      (
        await client.send(
          new sdk.CancelServiceInstanceDeploymentCommand({ serviceInstanceName: t.name, serviceName: serviceOf(t) }),
          o,
        )
      ).serviceInstance,
    read: async ({ client, sdk }, t, o) =>
      (await client.send(new sdk.GetServiceInstanceCommand({ name: t.name, serviceName: serviceOf(t) }), o))
        .serviceInstance,
    deploymentScope: (t) => ({ serviceName: serviceOf(t), serviceInstanceName: t.name }),
    listing: {
      operation: 'ListServiceInstances',
      page: async ({ client, sdk }, { serviceName, inProgressOnly }, nextToken, o) => {
        const out = await client.send(
          new sdk.ListServiceInstancesCommand({
            ...(serviceName ? { serviceName } : {}),
            ...(inProgressOnly ? { filters: [{ key: 'deploymentStatus', value: 'IN_PROGRESS' }] } : {}),
            maxResults: PAGE,
            ...(nextToken ? { nextToken } : {}),
          }),
          o,
        );
        const items = (out.serviceInstances ?? []).map((i) => listed({ type: 'service-instance', name: i.name, serviceName: i.serviceName }, i));
        return { items, ...next(out) };
      },
    },
    iamResource: (t, region, account = '*') =>
      `arn:aws:proton:${region}:${account}:service/${serviceOf(t)}/service-instance/${t.name}`,
    consolePath: (t) => `/services/detail/${serviceOf(t)}`,
  },
  {
    id: 'service-pipeline',
    namesInput: 'service-name',
    cancelOperation: 'CancelServicePipelineDeployment',
    // There is no GetServicePipeline: the pipeline is read through its service.
    readOperation: 'GetService',
    cancel: async ({ client, sdk }, t, o) =>
      (await client.send(new sdk.CancelServicePipelineDeploymentCommand({ serviceName: t.name }), o)).pipeline,
    read: async ({ client, sdk }, t, o) => (await client.send(new sdk.GetServiceCommand({ name: t.name }), o)).service?.pipeline,
    deploymentScope: (t) => ({ serviceName: t.name }),
    iamResource: (t, region, account = '*') => `arn:aws:proton:${region}:${account}:service/${t.name}`,
    consolePath: (t) => `/services/detail/${t.name}`,
  },
  {
    id: 'component',
    namesInput: 'component-name',
    cancelOperation: 'CancelComponentDeployment',
    readOperation: 'GetComponent',
    cancel: async ({ client, sdk }, t, o) =>
      (await client.send(new sdk.CancelComponentDeploymentCommand({ componentName: t.name }), o)).component,
    read: async ({ client, sdk }, t, o) => (await client.send(new sdk.GetComponentCommand({ name: t.name }), o)).component,
    deploymentScope: (t) => ({ componentName: t.name }),
    // ListComponents filters only by environment or service: every page is read, and filtered by the caller.
    listing: {
      operation: 'ListComponents',
      page: async ({ client, sdk }, _query, nextToken, o) => {
        const out = await client.send(new sdk.ListComponentsCommand({ maxResults: PAGE, ...(nextToken ? { nextToken } : {}) }), o);
        return { items: (out.components ?? []).map((c) => listed({ type: 'component', name: c.name }, c)), ...next(out) };
      },
    },
    iamResource: (t, region, account = '*') => `arn:aws:proton:${region}:${account}:component/${t.name}`,
    consolePath: (t) => `/components/detail/${t.name}`,
  },
];

export function resourceType(id: ResourceTypeId): ResourceType {
  const found = RESOURCE_TYPES.find((type) => type.id === id);
  if (!found) throw new Error(`unknown resource type ${id}`);
  return found;
}

/** Every input that names resources, whichever type uses it. */
export const NAME_INPUTS: readonly string[] = [
  ...new Set(RESOURCE_TYPES.flatMap((type) => [type.namesInput, ...(type.serviceInput ? [type.serviceInput] : [])])),
];

/** How a target reads in logs and errors: `service-instance api/prod`. */
export function describeTarget(target: Target): string {
  const path = target.serviceName ? `${target.serviceName}/${target.name}` : target.name;
  return `${target.type} ${path}`;
}

export function consoleUrl(target: Target, region: string): string {
  return `https://${region}.console.aws.amazon.com/proton/home?region=${region}#${resourceType(target.type).consolePath(target)}`;
}

export function iamActions(type: ResourceType): string[] {
  return [`proton:${type.cancelOperation}`, `proton:${type.readOperation}`];
}

/** The IAM actions `*` needs for a type, on any resource ("*"): the list call (plus the type's own). */
export function listIamActions(type: ResourceType): string[] {
  return type.listing ? [`proton:${type.listing.operation}`] : [];
}

/** Proton's deployment history; needed only when a newer deployment starts while the step waits. */
export const DEPLOYMENT_HISTORY_OPERATION = 'GetDeployment';

/** IAM resource ARN GetDeployment is authorised against (the Service Authorization Reference's `deployment`). */
export function deploymentIamResource(region: string, account = '*'): string {
  return `arn:aws:proton:${region}:${account}:deployment/*`;
}
