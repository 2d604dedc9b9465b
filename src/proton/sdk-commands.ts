// The SDK's classes this action uses, by name: the bundle keeps these and leaves out the rest of the
// Proton API (loaded as one namespace, webpack could not tell which operations are used). The shared
// config reader is the SDK's own (@smithy/core, pinned to the version the client uses), so a
// profile's ca_bundle is read as the SDK reads that profile.
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
export { getProfileName, loadSharedConfigFiles } from '@smithy/core/config';
// Planned from inside this chunk: the proxy and CA chunk it may load then shares this chunk's modules
// (the request handler, the credential chain) instead of webpack splitting them into chunks of their
// own that every run would load (measured: three files instead of one, +5% start-up).
export { planConnection } from '../network/connection.js';
