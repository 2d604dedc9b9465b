// The one place that knows how the four Proton resource types differ. Everything else (inputs,
// cancelling, waiting, error advice, summary links, the README's IAM policy) reads this table, so a
// fifth type is one more entry here.
import {
  CancelComponentDeploymentCommand,
  CancelEnvironmentDeploymentCommand,
  CancelServiceInstanceDeploymentCommand,
  CancelServicePipelineDeploymentCommand,
  GetComponentCommand,
  GetEnvironmentCommand,
  GetServiceCommand,
  GetServiceInstanceCommand,
  type ProtonClient,
} from '@aws-sdk/client-proton';

/** The fields this action relies on; every Proton resource it cancels has them (all optional on the wire). */
export interface ProtonResource {
  arn?: string;
  deploymentStatus?: string;
  deploymentStatusMessage?: string;
  lastAttemptedDeploymentId?: string;
  lastSucceededDeploymentId?: string;
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

type Call = (client: ProtonClient, target: Target, options: RequestOptions) => Promise<ProtonResource | undefined>;

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
  /** IAM resource ARN both operations are authorised against (see the Service Authorization Reference). */
  iamResource(target: Target, region: string, account?: string): string;
  /** Fragment of the Proton console URL that shows the resource. */
  consolePath(target: Target): string;
}

// Names are validated before any request, so the service name is always present where it is read.
const serviceOf = (target: Target): string => target.serviceName ?? '';

export const RESOURCE_TYPES: readonly ResourceType[] = [
  {
    id: 'environment',
    namesInput: 'environment-name',
    cancelOperation: 'CancelEnvironmentDeployment',
    readOperation: 'GetEnvironment',
    cancel: async (client, t, o) =>
      (await client.send(new CancelEnvironmentDeploymentCommand({ environmentName: t.name }), o)).environment,
    read: async (client, t, o) => (await client.send(new GetEnvironmentCommand({ name: t.name }), o)).environment,
    iamResource: (t, region, account = '*') => `arn:aws:proton:${region}:${account}:environment/${t.name}`,
    consolePath: (t) => `/environments/detail/${t.name}`,
  },
  {
    id: 'service-instance',
    namesInput: 'service-instance-name',
    serviceInput: 'service-name',
    cancelOperation: 'CancelServiceInstanceDeployment',
    readOperation: 'GetServiceInstance',
    cancel: async (client, t, o) =>
      (
        await client.send(
          new CancelServiceInstanceDeploymentCommand({ serviceInstanceName: t.name, serviceName: serviceOf(t) }),
          o,
        )
      ).serviceInstance,
    read: async (client, t, o) =>
      (await client.send(new GetServiceInstanceCommand({ name: t.name, serviceName: serviceOf(t) }), o))
        .serviceInstance,
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
    cancel: async (client, t, o) =>
      (await client.send(new CancelServicePipelineDeploymentCommand({ serviceName: t.name }), o)).pipeline,
    read: async (client, t, o) => (await client.send(new GetServiceCommand({ name: t.name }), o)).service?.pipeline,
    iamResource: (t, region, account = '*') => `arn:aws:proton:${region}:${account}:service/${t.name}`,
    consolePath: (t) => `/services/detail/${t.name}`,
  },
  {
    id: 'component',
    namesInput: 'component-name',
    cancelOperation: 'CancelComponentDeployment',
    readOperation: 'GetComponent',
    cancel: async (client, t, o) =>
      (await client.send(new CancelComponentDeploymentCommand({ componentName: t.name }), o)).component,
    read: async (client, t, o) => (await client.send(new GetComponentCommand({ name: t.name }), o)).component,
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
