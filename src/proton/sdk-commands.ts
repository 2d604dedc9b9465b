// The SDK's classes this action uses, by name: the bundle keeps these and leaves out the rest of the
// Proton API (loaded as one namespace, webpack could not tell which operations are used).
export {
  CancelComponentDeploymentCommand,
  CancelEnvironmentDeploymentCommand,
  CancelServiceInstanceDeploymentCommand,
  CancelServicePipelineDeploymentCommand,
  GetComponentCommand,
  GetDeploymentCommand,
  GetEnvironmentCommand,
  GetServiceCommand,
  GetServiceInstanceCommand,
  ListComponentsCommand,
  ListEnvironmentsCommand,
  ListServiceInstancesCommand,
  ProtonClient,
} from '@aws-sdk/client-proton';
