// The SDK commands behind each type's operations (resources.ts names them): what a cancel, a read
// and a page of the list call send, and the fields of the answer the action keeps. sdkCalls() makes
// the SDK's client the action's ProtonCalls.
import { resourceType, targetOf, type ProtonResource, type ResourceTypeId, type Target } from '../domain/resources.js';
import type { ListedResource, ListPage, ListQuery, ProtonCalls, RequestOptions } from './proton-calls.js';
import type { Proton } from './sdk.js';

type Call = (proton: Proton, target: Target, options: RequestOptions) => Promise<ProtonResource | undefined>;

type ListPageCall = (proton: Proton, query: ListQuery, nextToken: string | undefined, options: RequestOptions) => Promise<ListPage>;

export interface ResourceCalls {
  cancel: Call;
  read: Call;
  /** A page of the type's list call (resources.ts's listOperation), where it has one. */
  listPage?: ListPageCall;
}

// Names are validated before any request, so the service name is always present where it is read.
const serviceOf = (target: Target): string => target.serviceName ?? '';


/** Only what the action relies on, field by field: a summary carries no spec, but nothing else is kept either. */
function kept(answer: ProtonResource): ProtonResource {
  const resource: ProtonResource = {};
  if (answer.arn) resource.arn = answer.arn;
  if (answer.deploymentStatus) resource.deploymentStatus = answer.deploymentStatus;
  if (answer.deploymentStatusMessage) resource.deploymentStatusMessage = answer.deploymentStatusMessage;
  if (answer.lastAttemptedDeploymentId) resource.lastAttemptedDeploymentId = answer.lastAttemptedDeploymentId;
  if (answer.lastSucceededDeploymentId) resource.lastSucceededDeploymentId = answer.lastSucceededDeploymentId;
  if (answer.lastDeploymentAttemptedAt) resource.lastDeploymentAttemptedAt = answer.lastDeploymentAttemptedAt;
  return resource;
}

function listed(target: { type: ResourceTypeId; name?: string | undefined; serviceName?: string | undefined }, summary: ProtonResource): ListedResource {
  return {
    target: targetOf(target.type, target.name ?? '', target.serviceName),
    resource: kept(summary),
  };
}

const next = (out: { nextToken?: string | undefined }): { nextToken?: string } => (out.nextToken ? { nextToken: out.nextToken } : {});
/** The most a list page holds: fewer pages, fewer requests. */
const PAGE = 100;

export const RESOURCE_CALLS: Readonly<Record<ResourceTypeId, ResourceCalls>> = {
  environment: {
    cancel: async ({ client, sdk }, t, o) => (await client.send(new sdk.CancelEnvironmentDeploymentCommand({ environmentName: t.name }), o)).environment,
    read: async ({ client, sdk }, t, o) => (await client.send(new sdk.GetEnvironmentCommand({ name: t.name }), o)).environment,
    // ListEnvironments filters only by template: every page is read, and filtered by the caller.
    listPage: async ({ client, sdk }, _query, nextToken, o) => {
      const out = await client.send(new sdk.ListEnvironmentsCommand({ maxResults: PAGE, ...(nextToken ? { nextToken } : {}) }), o);
      return { items: (out.environments ?? []).map((e) => listed({ type: 'environment', name: e.name }, e)), ...next(out) };
    },
  },
  'service-instance': {
    cancel: async ({ client, sdk }, t, o) =>
      (await client.send(new sdk.CancelServiceInstanceDeploymentCommand({ serviceInstanceName: t.name, serviceName: serviceOf(t) }), o)).serviceInstance,
    read: async ({ client, sdk }, t, o) =>
      (await client.send(new sdk.GetServiceInstanceCommand({ name: t.name, serviceName: serviceOf(t) }), o)).serviceInstance,
    listPage: async ({ client, sdk }, { serviceName, inProgressOnly }, nextToken, o) => {
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
  'service-pipeline': {
    cancel: async ({ client, sdk }, t, o) => (await client.send(new sdk.CancelServicePipelineDeploymentCommand({ serviceName: t.name }), o)).pipeline,
    // There is no GetServicePipeline: the pipeline is read through its service.
    read: async ({ client, sdk }, t, o) => (await client.send(new sdk.GetServiceCommand({ name: t.name }), o)).service?.pipeline,
  },
  component: {
    cancel: async ({ client, sdk }, t, o) => (await client.send(new sdk.CancelComponentDeploymentCommand({ componentName: t.name }), o)).component,
    read: async ({ client, sdk }, t, o) => (await client.send(new sdk.GetComponentCommand({ name: t.name }), o)).component,
    // ListComponents filters only by environment or service: every page is read, and filtered by the caller.
    listPage: async ({ client, sdk }, _query, nextToken, o) => {
      const out = await client.send(new sdk.ListComponentsCommand({ maxResults: PAGE, ...(nextToken ? { nextToken } : {}) }), o);
      return { items: (out.components ?? []).map((c) => listed({ type: 'component', name: c.name }, c)), ...next(out) };
    },
  },
};

/** The SDK's client as the action's ProtonCalls. */
export function sdkCalls(proton: Proton): ProtonCalls {
  const { client, sdk } = proton;
  return {
    cancel: (target, options) => RESOURCE_CALLS[target.type].cancel(proton, target, options),
    read: (target, options) => RESOURCE_CALLS[target.type].read(proton, target, options),
    listPage: (type, query, nextToken, options) => {
      const { listPage } = RESOURCE_CALLS[type];
      if (!listPage) throw new Error(`resource type ${type} has no list call`);
      return listPage(proton, query, nextToken, options);
    },
    getDeployment: async (target, id, options) =>
      (await client.send(new sdk.GetDeploymentCommand({ id, ...resourceType(target.type).deploymentScope(target) }), options)).deployment,
    credentials: () => client.config.credentials(),
    destroy: () => client.destroy(),
  };
}
