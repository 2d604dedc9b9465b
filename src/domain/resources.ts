// The one place that knows how the four Proton resource types differ. Everything else (inputs,
// cancelling, waiting, error advice, summary links, the README's IAM policy) reads this table, so a
// fifth type is one more entry here, and one in proton/resource-calls.ts for its SDK commands.
import type { DeploymentStatus } from './deployment-status.js';

/**
 * The fields this action relies on; every Proton resource it cancels has them (all optional on the
 * wire, and `undefined` where the SDK's types say so). A resource read by a Get or a cancel carries
 * the rest of what Proton returned, which the `resource` output passes on without its spec.
 */
export interface ProtonResource {
  arn?: string | undefined;
  deploymentStatus?: DeploymentStatus | undefined;
  deploymentStatusMessage?: string | undefined;
  lastAttemptedDeploymentId?: string | undefined;
  lastSucceededDeploymentId?: string | undefined;
  lastDeploymentAttemptedAt?: Date | undefined;
}

export type ResourceTypeId = 'environment' | 'service-instance' | 'service-pipeline' | 'component';

/** One deployment to cancel: a resource named on its own, or a service instance within its service. */
export type Target =
  | { type: 'environment' | 'service-pipeline' | 'component'; name: string; serviceName?: never }
  | { type: 'service-instance'; name: string; serviceName: string };

/** A target of a type: a service instance is named within its service; the other types stand alone. */
export function targetOf(type: ResourceTypeId, name: string, serviceName?: string): Target {
  // Inputs are checked before any target is made, and Proton names an instance's service: '' is never used.
  return type === 'service-instance' ? { type, name, serviceName: serviceName ?? '' } : { type, name };
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
  deploymentScope(target: Target): DeploymentScope;
  /**
   * The list call: `*` finds the in-progress ones with it, and a fleet is polled with it, a page
   * telling up to 100 statuses at once. Absent where none tells the status (service pipelines: only
   * GetService does).
   */
  listOperation?: string;
  /** IAM resource ARN both operations are authorised against (see the Service Authorization Reference). */
  iamResource(target: Target, region: string, account?: string): string;
  /** Fragment of the Proton console URL that shows the resource. */
  consolePath(target: Target): string;
}

// Names are validated before any request, so the service name is always present where it is read.
const serviceOf = (target: Target): string => target.serviceName ?? '';

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
    deploymentScope: (t) => ({ environmentName: t.name }),
    listOperation: 'ListEnvironments',
    iamResource: (t, region, account = '*') => `arn:aws:proton:${region}:${account}:environment/${t.name}`,
    consolePath: (t) => `/environments/detail/${t.name}`,
  },
  {
    id: 'service-instance',
    namesInput: 'service-instance-name',
    serviceInput: 'service-name',
    cancelOperation: 'CancelServiceInstanceDeployment',
    readOperation: 'GetServiceInstance',
    deploymentScope: (t) => ({ serviceName: serviceOf(t), serviceInstanceName: t.name }),
    listOperation: 'ListServiceInstances',
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
    deploymentScope: (t) => ({ serviceName: t.name }),
    iamResource: (t, region, account = '*') => `arn:aws:proton:${region}:${account}:service/${t.name}`,
    consolePath: (t) => `/services/detail/${t.name}`,
  },
  {
    id: 'component',
    namesInput: 'component-name',
    cancelOperation: 'CancelComponentDeployment',
    readOperation: 'GetComponent',
    deploymentScope: (t) => ({ componentName: t.name }),
    listOperation: 'ListComponents',
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

/** A type as a noun in a sentence: "service instance". */
export function typeNoun(type: ResourceTypeId): string {
  return type.replace(/-/g, ' ');
}

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
  return type.listOperation ? [`proton:${type.listOperation}`] : [];
}

/** Proton's deployment history; needed only when a newer deployment starts while the step waits. */
export const DEPLOYMENT_HISTORY_OPERATION = 'GetDeployment';

/** IAM resource ARN GetDeployment is authorised against (the Service Authorization Reference's `deployment`). */
export function deploymentIamResource(region: string, account = '*'): string {
  return `arn:aws:proton:${region}:${account}:deployment/*`;
}
