// The SDK's classes this action uses, by name: the bundle keeps these and leaves out the rest of the
// Proton API (loaded as one namespace, webpack could not tell which operations are used). The shared
// config reader, the default credential chain and the request handler come from the very packages the
// client uses (pinned to the same versions), so a profile's ca_bundle is read as the SDK reads that
// profile, and the credential providers' own STS and SSO clients connect as the Proton client does.
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
export { defaultProvider } from '@aws-sdk/credential-provider-node';
export { getProfileName, loadSharedConfigFiles } from '@smithy/core/config';
export { NodeHttpHandler } from '@smithy/node-http-handler';
